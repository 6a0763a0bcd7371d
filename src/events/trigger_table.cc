#include "events/trigger_table.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "doc/tagsets.h"

namespace dateline::events {
namespace {

constexpr uint32_t kParticleWindow = 5;
constexpr uint32_t kObjectWindow = 5;
constexpr uint32_t kComplementWindow = 14;

// Words before an ambiguous form that make it a noun: "repeated calls", "its support".
constexpr std::string_view kNounDeterminers =
    "the|a|an|its|their|his|her|our|multiple|repeated|several|many|new|renewed|growing|"
    "further|fresh|latest|recent|these|those|such|no|any|two|three|international|first";

// What is fought without force: "to help fight pollution", "the fight against corruption".
constexpr std::string_view kAbstractFoes =
    "pollution|corruption|poverty|crime|disease|diseases|inflation|hunger|drugs|racism|"
    "discrimination|illiteracy|climate|wildfires|wildfire|fires|fire|blaze|flames|virus|"
    "pandemic|coronavirus|covid-19|cancer|malaria|ebola|obesity|smoking|unemployment|"
    "extremism|misinformation|disinformation|fraud|piracy|doping|addiction|epidemic|outbreak";

constexpr std::string_view kMilitaryObjects =
    "troops|soldiers|advisors|advisers|weapons|arms|mercenaries|fighters|forces|militants";

// verbs, nouns, type, cameo, mode, flags, particles, objects, refinement.
constexpr TriggerDef kTriggers[] = {
    // REQUEST: appeals (CAMEO 02) and demands (CAMEO 10) are both requests in PLOVER.
    {"urge|urges|urged|urging", "", "REQUEST", "020", "", kRequest, "", "", Refinement::kAppeal},
    {"appeal|appeals|appealed|appealing", "appeal|appeals", "REQUEST", "020", "", kRequest, "", "",
     Refinement::kAppeal},
    {"call|calls|called|calling", "call|calls", "REQUEST", "020", "", kRequest, "for|on|to", "",
     Refinement::kAppeal},
    {"request|requests|requested|requesting", "request|requests|plea|pleas", "REQUEST", "020", "",
     kRequest, "", "", Refinement::kAppeal},
    {"demand|demands|demanded|demanding|insist|insists|insisted", "demand|demands", "REQUEST",
     "100", "", kRequest, "", "", Refinement::kDemand},
    // AGREE: intentions to cooperate, meet or negotiate.
    {"invite|invites|invited|inviting", "invitation|invitations", "AGREE", "036", "", kIntent, "",
     "", Refinement::kInvite},
    // Statements that say what must or should be done are requests.
    {"outline|outlines|outlined|outlining|stress|stresses|stressed|stressing|emphasize|"
     "emphasizes|emphasized|emphasizing|emphasise|emphasised|underline|underlines|underlined|"
     "underlining|reiterate|reiterates|reiterated|reiterating",
     "", "REQUEST", "020", "", kRequest, "", "", Refinement::kAppeal, "must|should"},
    // Telling someone to do something demands it ("The United Nations tells Israel to end
    // its blockade of Gaza"); telling what happened is a statement.
    {"tell|tells|told|telling", "", "REQUEST", "100", "", kRequest, "", "", Refinement::kDemand, "",
     true},
    // So do plain statements of what another must do ("declared that China must drop
    // barriers"), but not of what should happen, which is as often a forecast.
    {"say|says|said|saying|declare|declares|declared|declaring|remind|reminds|reminded|"
     "reminding|tell|tells|told|telling|argue|argues|argued|arguing|add|adds|added|adding",
     "reminder|reminders", "REQUEST", "020", "", kRequest, "", "", Refinement::kAppeal, "must"},
    {"agree|agrees|agreed|agreeing", "", "AGREE", "030", "", kIntent, "to", "", Refinement::kNone},
    {"pledge|pledges|pledged|promise|promises|promised|offer|offers|offered", "pledge|offer",
     "AGREE", "030", "", kIntent, "", "", Refinement::kNone},
    // REJECT: talks put off or called off (CAMEO 125, reject a proposal to meet).
    {"postpone|postpones|postponed|postponing|delay|delays|delayed|delaying|cancel|cancels|"
     "cancelled|canceled|cancelling|canceling|suspend|suspends|suspended|suspending",
     "", "REJECT", "125", "", 0, "",
     "meeting|meetings|talks|visit|summit|negotiations|"
     "consultations",
     Refinement::kNone},
    // CONSULT: meetings, talks, visits, mediation, negotiation.
    {"meet|meets|met", "meeting|meetings|talks|consultations|summit|conversation|conversations",
     "CONSULT", "040", "", 0, "", "", Refinement::kConsult},
    {"visit|visits|visited|visiting", "visit|visits", "CONSULT", "042", "visit", 0, "", "",
     Refinement::kNone},
    {"host|hosts|hosted|hosting", "", "CONSULT", "043", "visit", 0, "", "", Refinement::kNone},
    {"mediate|mediates|mediated|mediating", "mediation", "CONSULT", "045", "", 0, "", "",
     Refinement::kNone},
    {"negotiate|negotiates|negotiated|negotiating", "negotiation|negotiations", "CONSULT", "046",
     "", 0, "", "", Refinement::kNone},
    // SUPPORT: praise, endorse, sign agreements.
    {"support|supports|supported|supporting|backs|backed|endorse|endorses|endorsed|praise|"
     "praises|praised|welcome|welcomes|welcomed",
     "support", "SUPPORT", "051", "", 0, "", "", Refinement::kNone},
    {"sign|signs|signed|signing", "", "SUPPORT", "057", "", 0, "",
     "agreement|deal|treaty|accord|pact|memorandum|ceasefire|truce|protocol|declaration",
     Refinement::kNone},
    // AID and RETREAT.
    {"send|sends|sent|sending|supply|supplies|supplied|supplying", "", "AID", "072", "", 0, "",
     kMilitaryObjects, Refinement::kAid},
    {"provide|provides|provided|providing|deliver|delivers|delivered|delivering", "", "AID", "070",
     "", 0, "", "aid|assistance|help|supplies", Refinement::kAid},
    {"", "ceasefire|ceasefires|cease-fire|truce", "RETREAT", "0871", "ceasefire", 0, "", "",
     Refinement::kNone},
    // "the withdrawal of its forces from Panama".
    {"", "withdrawal|withdrawals|pullout|pull-out", "RETREAT", "0874", "", 0, "", "",
     Refinement::kNone},
    {"release|releases|released|releasing|free|freed|frees", "", "RETREAT", "0841", "release", 0,
     "", "prisoners|hostages|detainees|captives|prisoner|hostage", Refinement::kNone},
    // ACCUSE: accusations, criticism, condemnation.
    {"accuse|accuses|accused|accusing|blame|blames|blamed|blaming",
     "accusation|accusations|allegation|allegations", "ACCUSE", "112", "disapprove", kAccuse, "",
     "", Refinement::kNone},
    {"criticize|criticizes|criticized|criticizing|criticise|criticises|criticised|criticising|"
     "condemn|condemns|condemned|condemning|denounce|denounces|denounced|denouncing",
     "criticism|condemnation", "ACCUSE", "111", "disapprove", 0, "", "", Refinement::kNone},
    // REJECT.
    {"reject|rejects|rejected|rejecting|refuse|refuses|refused|refusing", "rejection", "REJECT",
     "120", "", 0, "", "", Refinement::kNone},
    // THREATEN.
    {"threaten|threatens|threatened|threatening", "threat|threats", "THREATEN", "130", "", 0, "",
     "", Refinement::kThreaten},
    {"", "ultimatum|ultimatums", "THREATEN", "139", "", 0, "", "", Refinement::kNone},
    // PROTEST.
    {"protest|protests|protested|protesting", "protest|protests", "PROTEST", "140", "", 0, "", "",
     Refinement::kNone},
    {"demonstrate|demonstrated|rally|rallied|rallies|march|marches|marched|marching",
     "demonstration|demonstrations|rally|rallies|march|marches", "PROTEST", "141", "demo", 0, "",
     "", Refinement::kNone},
    {"", "strike|strikes", "PROTEST", "143", "boycott", 0, "", "", Refinement::kLabourStrike},
    // CONCEDE: a resignation (the verb is the dictionary's).
    {"", "resignation|resignations", "CONCEDE", "083", "", 0, "", "", Refinement::kNone},
    // MOBILIZE.
    {"mobilize|mobilizes|mobilized|mobilise|mobilises|mobilised|deploy|deploys|deployed|"
     "deploying",
     "mobilization|mobilisation|deployment", "MOBILIZE", "154", "troops", 0, "", "",
     Refinement::kNone},
    // COERCE.
    {"arrest|arrests|arrested|arresting|detain|detains|detained|detaining",
     "arrest|arrests|"
     "detention",
     "COERCE", "173", "arrest", kDetain, "", "", Refinement::kNone},
    {"deport|deports|deported|deporting", "deportation", "COERCE", "174", "deport", 0, "", "",
     Refinement::kNone},
    {"sanction|sanctions|sanctioned", "sanction|sanctions", "COERCE", "163", "restrict", 0, "", "",
     Refinement::kNone},
    {"", "embargo|embargoes", "COERCE", "163", "restrict", 0, "", "", Refinement::kNone},
    {"", "blockade|blockades|siege", "COERCE", "191", "restrict", 0, "", "", Refinement::kNone},
    {"", "curfew|curfews", "COERCE", "1723", "restrict", 0, "", "", Refinement::kNone},
    // INVESTIGATE (an accusation in PLOVER's grouping, CAMEO 09).
    {"", "investigation|investigations|inquiry", "ACCUSE", "090", "", 0, "", "", Refinement::kNone},
    // REJECT: a veto.
    {"", "veto|vetoes", "REJECT", "129", "", 0, "", "", Refinement::kNone},
    // ASSAULT: uses of force and their casualties.
    {"attack|attacks|attacked|attacking|strike|strikes|struck|invade|invades|invaded|invading",
     "attack|attacks|strike|strikes|airstrike|airstrikes|invasion|offensive|assault|raid|raids",
     "ASSAULT", "190", "", kViolent, "", "", Refinement::kAssault},
    {"fight|fights|fought|fighting|clash|clashes|clashed|clashing", "fighting|clashes|clash",
     "ASSAULT", "190", "", kViolent, "", "", Refinement::kNone},
    {"shell|shells|shelled|shelling", "shelling|bombardment", "ASSAULT", "194", "heavy-weapons",
     kViolent, "", "", Refinement::kNone},
    {"bomb|bombs|bombed|bombing", "bombing|bombings|bombardment", "ASSAULT", "195", "heavy-weapons",
     kViolent, "", "", Refinement::kNone},
    {"shoot|shoots|shot|shooting", "shooting|shootings", "ASSAULT", "193", "firearms", kViolent, "",
     "", Refinement::kNone},
    // "Gunmen open fire on villagers", "open mortar fire" (before the CAMEO dictionary's
    // OPEN patterns: "open ... border" is diplomacy).
    {"open|opens|opened|opening", "", "ASSAULT", "193", "firearms", kViolent, "", "fire|gunfire",
     Refinement::kNone},
    {"", "crackdown|crackdowns", "ASSAULT", "175", "", kViolent, "", "", Refinement::kNone},
    {"", "torture", "ASSAULT", "1822", "", kViolent, "", "", Refinement::kNone},
    {"", "assassination|assassinations", "ASSAULT", "186", "", kViolent, "", "", Refinement::kNone},
    {"", "kidnappings|abduction|abductions", "ASSAULT", "181", "", kViolent, "", "",
     Refinement::kNone},
    {"", "massacre|massacres", "ASSAULT", "202", "", kViolent, "", "", Refinement::kNone},
    {"", "cleansing", "ASSAULT", "203", "", kViolent, "", "", Refinement::kNone},
    {"", "ambush|ambushes", "ASSAULT", "190", "", kViolent, "", "", Refinement::kNone},
    // "an exchange of fire"; also "troops exchange fire" where the tagger reads the verb
    // as a noun.
    {"", "exchange|exchanges", "ASSAULT", "190", "", kViolent, "", "fire|gunfire|shots",
     Refinement::kNone},
    {"kill|kills|killed|killing", "killing|killings", "ASSAULT", "190", "", kKill, "", "",
     Refinement::kNone},
    // "a suicide bombing claims at least 26 lives", "claimed the lives of 265 people"
    {"claim|claims|claimed|claiming", "", "ASSAULT", "190", "", kKill, "",
     "lives|people|civilians|soldiers|victims|persons", Refinement::kNone},
    {"injure|injures|injured|injuring|wound|wounds|wounded|wounding", "injuries", "ASSAULT", "190",
     "", kInjure, "", "", Refinement::kNone},
    {"die|dies|died", "dead|deaths", "ASSAULT", "190", "", kKill | kNoAgent | kAttachOnly, "", "",
     Refinement::kNone},
    {"", "missing", "ASSAULT", "190", "", kMissing | kNoAgent | kAttachOnly, "", "",
     Refinement::kNone},
    {"", "toll|tolls", "ASSAULT", "190", "", kKill | kNoAgent | kAttachOnly | kCountAfter, "", "",
     Refinement::kNone},
};

// Stand-ins for compiled dictionary verbs, one per PLOVER type. Only requests carry a
// flag: what they ask for is requested; intents are left to the hand-written "invite",
// "offer", "agree to", whose complements are known.
constexpr TriggerDef kDictionaryDefs[] = {
    {"", "", "AGREE", "030", "", 0, "", "", Refinement::kNone},
    {"", "", "CONSULT", "040", "", 0, "", "", Refinement::kNone},
    {"", "", "SUPPORT", "050", "", 0, "", "", Refinement::kNone},
    {"", "", "COOPERATE", "060", "", 0, "", "", Refinement::kNone},
    {"", "", "AID", "070", "", 0, "", "", Refinement::kNone},
    {"", "", "CONCEDE", "080", "", 0, "", "", Refinement::kNone},
    {"", "", "RETREAT", "084", "", 0, "", "", Refinement::kNone},
    {"", "", "REQUEST", "020", "", kRequest, "", "", Refinement::kNone},
    {"", "", "ACCUSE", "110", "", 0, "", "", Refinement::kNone},
    {"", "", "REJECT", "120", "", 0, "", "", Refinement::kNone},
    {"", "", "THREATEN", "130", "", 0, "", "", Refinement::kNone},
    {"", "", "PROTEST", "140", "", 0, "", "", Refinement::kNone},
    {"", "", "SANCTION", "160", "", 0, "", "", Refinement::kNone},
    {"", "", "MOBILIZE", "150", "", 0, "", "", Refinement::kNone},
    {"", "", "COERCE", "170", "", 0, "", "", Refinement::kNone},
    {"", "", "ASSAULT", "190", "", kViolent, "", "", Refinement::kNone},
};

template <typename F>
void ForEachForm(std::string_view s, F f) {
  while (!s.empty()) {
    const size_t bar = s.find('|');
    f(s.substr(0, bar));
    if (bar == std::string_view::npos) break;
    s.remove_prefix(bar + 1);
  }
}

bool InList(std::string_view list, std::string_view word) {
  bool found = false;
  ForEachForm(list, [&](std::string_view w) { found |= (w == word); });
  return found;
}

// Where the first of the '|'-separated words in `list` stands among the next `window`
// tokens after i (without crossing punctuation other than hyphens), or 0 if none does.
uint32_t Following(const DocView& v, uint32_t i, uint32_t end, uint32_t window,
                   std::string_view list) {
  for (uint32_t j = i + 1; j < end && j <= i + window; ++j) {
    if (v.IsPunct(j) && v.lower[j] != "-") return 0;
    if (InList(list, v.lower[j])) return j;
  }
  return 0;
}

// "claims at least 26 lives", "claimed the lives of 12 people": only a count and its
// qualifiers between the verb at i and the victims at `object`, who are no subject of a
// verb of their own (not "claims their attack targeted soldiers", "claimed 12 soldiers
// were captured").
bool ClaimsLives(const DocView& v, uint32_t i, uint32_t object, uint32_t end) {
  for (uint32_t k = i + 1; k < object; ++k) {
    if (v.doc.tokens[k].upos != Upos::kNum &&
        !InList("the|lives|of|at|least|more|than|over|nearly|about|around|some|almost|up|to|"
                "another|a|further|dozens|hundreds|thousands",
                v.lower[k])) {
      return false;
    }
  }
  return !(object + 1 < end && (v.doc.tokens[object + 1].upos == Upos::kAux ||
                                v.doc.tokens[object + 1].upos == Upos::kVerb));
}

// Is one of the particles in `list` after the verb at i, as its particle? A verb
// followed by a particle of another phrasal verb is that verb ("calls off the search
// for"), and "on" before a date is none ("called Biden on Tuesday").
bool ParticleFollows(const DocView& v, uint32_t i, uint32_t end, std::string_view list) {
  if (i + 1 < end && InList("off|up|out|back|down|away", v.lower[i + 1]) &&
      !InList(list, v.lower[i + 1])) {
    return false;
  }
  // ("called on Thursday for an end": the date is passed over.)
  for (uint32_t from = i; from < end;) {
    const uint32_t j = Following(v, from, end, kParticleWindow - (from - i), list);
    if (j == 0) return false;
    if (!v.OpensDate(j)) return true;
    from = j;
  }
  return false;
}

// Is one of the words in `list` in the complement after i, before a ';', a quote or a
// sentence-internal stop? "must have" (a guess, not a demand) does not count.
bool InComplement(const DocView& v, uint32_t i, uint32_t end, std::string_view list) {
  for (uint32_t j = i + 1; j < end && j <= i + kComplementWindow; ++j) {
    if (v.lower[j] == ";" || v.IsQuote(j)) return false;
    if (InList(list, v.lower[j])) return !(j + 1 < end && v.lower[j + 1] == "have");
  }
  return false;
}

// "told Israel to end", "tells the army's commanders to withdraw": a short object after
// the verb at i, then "to" and a verb.
bool ObjectThenTo(const DocView& v, uint32_t i, uint32_t end) {
  constexpr uint32_t kObjectReach = 6;
  for (uint32_t j = i + 2; j + 1 < end && j <= i + kObjectReach; ++j) {
    const Upos u = v.doc.tokens[j - 1].upos;
    if (v.IsPunct(j - 1) || u == Upos::kVerb || u == Upos::kAux ||
        InList("that|to|about|of", v.lower[j - 1])) {
      return false;
    }
    if (v.lower[j] == "to") return v.doc.tokens[j + 1].upos == Upos::kVerb;
  }
  return false;
}

// First keyword from a list of (keywords, value) groups found in the complement.
struct Keyed {
  std::string_view keywords;
  std::string_view appeal, demand, demand_mode;
};
constexpr Keyed kRequestObjects[] = {
    {"ceasefire|cease-fire|truce|cease|halt|stop|end|de-escalation|hostilities|fighting|"
     "withdraw|withdrawal|restraint|calm",
     "0256", "1056", "yield"},
    {"release|free|prisoners|hostages|detainees", "0253", "1053", "yield"},
    {"talks|negotiations|negotiate|dialogue|meet|meeting|consultations", "026", "106", "meet"},
    {"settlement|settle|peace", "027", "107", "meet"},
    {"mediation|mediate|mediator", "028", "108", "meet"},
    {"aid|assistance|help", "023", "103", "assist"},
};

// "a 72-hour strike", "a general strike", "teachers go on strike", "a hunger strike":
// is the strike noun at i a labour action or a hunger strike?
bool LabourStrike(const DocView& v, uint32_t i, uint32_t end) {
  if (!InList("strike|strikes", v.lower[i])) return false;
  if (i > 0 && InList("hunger|general", v.lower[i - 1])) return true;
  // ("rocket strikes", "multi-day strikes in Iraq and Syria against multiple targets",
  // "the Kurdistan Workers' Party": arms and names, no labour.)
  constexpr uint32_t kReach = 6;
  const uint32_t from = i > kReach ? i - kReach : 0;
  for (uint32_t k = from; k < end && k <= i + kReach + 2; ++k) {
    if (InList("air|drone|drones|missile|missiles|rocket|rockets|target|targets|military|"
               "troops|forces|airstrike|airstrikes|militants|bombing|bombings",
               v.lower[k])) {
      return false;
    }
  }
  if (i + 1 < end && InList("action|actions", v.lower[i + 1])) return true;
  if (i == 0) return false;
  const std::string_view before = v.lower[i - 1];
  if (before.ends_with("-hour") || before.ends_with("-day") || before.ends_with("-week")) {
    return true;
  }
  if (InList("labor|labour|worker|workers|nationwide|indefinite|warning|wildcat|"
             "teachers|doctors|nurses|miners|dockworkers|truckers|pilots|union|unions|rail|"
             "transport|sit-down|sit-in|students|student|staff",
             before)) {
    return true;
  }
  // "go on strike", "are on strike", "remain on strike"
  if (before == "on" && i >= 2 &&
      InList("go|goes|went|going|gone|are|is|were|was|be|been|remain|remains|remained|stay",
             v.lower[i - 2])) {
    return true;
  }
  // "Oil workers start a strike", "a strike over pay"
  for (uint32_t k = from; k < i; ++k) {
    if (InList("workers|employees|union|unions|teachers|doctors|nurses|miners|staff",
               v.lower[k]) &&
        v.doc.TokenText(k)[0] >= 'a') {  // (lower case: not "Workers' Party")
      return true;
    }
  }
  for (uint32_t k = i + 1; k < end && k <= i + 3; ++k) {
    if (InList("pay|wages|wage|salaries|salary|pensions|pension", v.lower[k])) return true;
  }
  return false;
}

}  // namespace

const TriggerDef* DictionaryDef(std::string_view plover_type) {
  for (const TriggerDef& d : kDictionaryDefs) {
    if (d.type == plover_type) return &d;
  }
  return nullptr;
}

bool IsDictionaryDef(const TriggerDef* def) {
  return def >= std::begin(kDictionaryDefs) && def < std::end(kDictionaryDefs);
}

std::vector<TriggerDef> TriggerDefinitions() {
  return std::vector<TriggerDef>(std::begin(kTriggers), std::end(kTriggers));
}

TriggerTable::TriggerTable() {
  for (size_t d = 0; d < std::size(kTriggers); ++d) {
    const TriggerDef& def = kTriggers[d];
    ForEachForm(def.verbs, [&](std::string_view w) {
      forms_[std::string(w)].push_back({static_cast<uint16_t>(d), false});
    });
    ForEachForm(def.nouns, [&](std::string_view w) {
      forms_[std::string(w)].push_back({static_cast<uint16_t>(d), true});
    });
  }
}

bool MilitarySupport(const DocView& v, uint32_t i) {
  return i > 0 && v.lower[i].starts_with("support") &&
         InList("fire|gunfire|air|artillery|naval|logistical|logistic", v.lower[i - 1]);
}

std::optional<TriggerHit> TriggerTable::Match(const DocView& v, uint32_t i, uint32_t end) const {
  auto it = forms_.find(v.lower[i]);
  if (it == forms_.end()) return std::nullopt;
  // "calls" after "repeated" or before "by" is a noun, and so is a capitalized plural
  // opening a sentence ("Calls to end hostilities have been voiced"); otherwise verb
  // readings go first.
  const std::string_view text = v.doc.TokenText(i);
  const bool opens_sentence = !text.empty() && text[0] >= 'A' && text[0] <= 'Z' &&
                              text.back() == 's' && (i == 0 || InList(".|!|?", v.lower[i - 1]));
  // With a parse, the tagger's noun reading counts too ("a roadside bombing attack").
  const bool tagged_noun = v.doc.tokens[i].upos == Upos::kNoun;
  // A gerund after "in", "during" or "amid" names the event: "killed in fighting".
  const bool gerund_noun =
      i > 0 && v.lower[i].ends_with("ing") && InList("in|during|amid", v.lower[i - 1]);
  const bool noun_context =
      opens_sentence || tagged_noun || gerund_noun ||
      (i > 0 && InList(kNounDeterminers, v.lower[i - 1])) ||
      (i + 1 < end && (v.Is(i + 1, "by") || v.Is(i + 1, "from") || v.Is(i + 1, "of")));
  for (int pass = 0; pass < 2; ++pass) {
    for (const Form& form : it->second) {
      if ((form.noun == noun_context) != (pass == 0)) continue;
      const TriggerDef& def = kTriggers[form.def];
      if (!def.particles.empty() && !ParticleFollows(v, i, end, def.particles)) {
        continue;
      }
      if (!def.objects.empty()) {
        const uint32_t object = Following(v, i, end, kObjectWindow, def.objects);
        if (object == 0) continue;
        if ((def.flags & kKill) && v.lower[i].starts_with("claim") &&
            !ClaimsLives(v, i, object, end)) {
          continue;
        }
      }
      if (!def.complements.empty() && !InComplement(v, i, end, def.complements)) continue;
      if (def.object_to && !ObjectThenTo(v, i, end)) continue;
      // Fighting pollution, corruption or a fire is no use of force.
      if (v.lower[i].starts_with("fight") && Following(v, i, end, 3, kAbstractFoes) > 0) continue;
      if (def.type == "SUPPORT" && MilitarySupport(v, i)) continue;
      // A strike that is a labour action is not an attack, and only such a strike is one.
      if ((def.refinement == Refinement::kAssault || def.refinement == Refinement::kLabourStrike) &&
          (def.refinement == Refinement::kLabourStrike) != LabourStrike(v, i, end)) {
        continue;
      }
      TriggerHit hit;
      hit.def = &def;
      // A bare verb form after a determiner is used as a noun: "the release of prisoners";
      // so is a bare form the parse makes a noun modifying a noun ("a car bomb blast").
      // (Or one with its own determiner past its modifiers: "a roadside bomb", or a plural
      // with its own number: "two bombs explode".)
      static const uint8_t kCompound = DeprelFromName("compound");
      static const uint8_t kDet = DeprelFromName("det");
      static const uint8_t kNummod = DeprelFromName("nummod");
      const bool bare = !v.lower[i].ends_with("ing") && !v.lower[i].ends_with("ed");
      const bool plural = v.lower[i].ends_with("s");
      bool determined = false;
      // (Not a casualty verb: "Six U.S. air strikes over the weekend kill at least 62".)
      const bool casualty = (def.flags & (kKill | kInjure | kMissing | kDetain)) != 0;
      // (Or a plural weapon the parse makes a subject or object: "after bombs planted by
      // militants explode", "shells fired by government forces hit a prison".)
      if (plural && !casualty && def.type == "ASSAULT") {
        static const std::array<uint8_t, 4> kArguments = {
            DeprelFromName("nsubj"), DeprelFromName("nsubj:pass"), DeprelFromName("obj"),
            DeprelFromName("obl")};
        determined = std::find(kArguments.begin(), kArguments.end(), v.doc.tokens[i].deprel) !=
                     kArguments.end();
      }
      for (uint32_t j = i; j > 0 && i - j < 4 && !determined && !casualty;) {
        --j;
        const uint8_t rel = v.doc.tokens[j].deprel;
        determined = v.doc.tokens[j].head == static_cast<int32_t>(i) &&
                     (plural ? rel == kNummod : rel == kDet);
      }
      hit.noun = form.noun || gerund_noun ||
                 (pass == 1 && bare && tagged_noun &&
                  (v.doc.tokens[i].deprel == kCompound || determined)) ||
                 (i > 0 && !v.lower[i].ends_with("ed") &&
                  InList("the|a|an|its|their|his|her", v.lower[i - 1]));
      hit.cameo = std::string(def.cameo);
      hit.mode = std::string(def.mode);
      Refine(v, i, end, &hit);
      return hit;
    }
  }
  return std::nullopt;
}

void TriggerTable::Refine(const DocView& v, uint32_t i, uint32_t end, TriggerHit* hit) const {
  const uint32_t stop = std::min(end, i + kComplementWindow + 1);
  switch (hit->def->refinement) {
    case Refinement::kNone:
      return;
    case Refinement::kAppeal:
    case Refinement::kDemand: {
      const bool appeal = hit->def->refinement == Refinement::kAppeal;
      // "outlining that a settlement must begin with a ceasefire": what must be done
      // follows the modal.
      uint32_t from = i + 1;
      if (!hit->def->complements.empty()) {
        while (from < stop && !InList(hit->def->complements, v.lower[from])) ++from;
      }
      for (uint32_t j = from; j < stop; ++j) {
        for (const Keyed& k : kRequestObjects) {
          if (InList(k.keywords, v.lower[j])) {
            hit->cameo = std::string(appeal ? k.appeal : k.demand);
            hit->mode = appeal ? std::string() : std::string(k.demand_mode);
            return;
          }
        }
      }
      return;
    }
    case Refinement::kInvite:
      for (uint32_t j = i + 1; j < stop; ++j) {
        if (InList("talks|negotiations|negotiate|discussions", v.lower[j])) {
          hit->cameo = "046";
          return;
        }
        if (InList("consultations|meeting|summit|meet|consult", v.lower[j])) {
          hit->cameo = "040";
          return;
        }
      }
      return;
    case Refinement::kThreaten:
      for (uint32_t j = i + 1; j < stop; ++j) {
        if (InList("attack|strike|strikes|invade|invasion|force|military|war|retaliate|bomb",
                   v.lower[j])) {
          hit->cameo = "138";
          hit->mode = "violence";
          return;
        }
      }
      return;
    case Refinement::kLabourStrike:
      if (i > 0 && v.Is(i - 1, "hunger")) {
        hit->cameo = "142";
        hit->mode = "hunger";
      }
      return;
    case Refinement::kConsult:
      if (i > 0 && (v.Is(i - 1, "phone") || v.Is(i - 1, "telephone"))) {
        hit->cameo = "041";
        hit->mode = "phone";
      }
      return;
    case Refinement::kAssault:
      if (v.lower[i].starts_with("air") ||
          (i > 0 && (v.Is(i - 1, "air") || v.Is(i - 1, "drone") || v.Is(i - 1, "missile") ||
                     v.Is(i - 1, "rocket")))) {
        hit->cameo = "195";
        hit->mode = "heavy-weapons";
      } else if (i > 0 && v.Is(i - 1, "artillery")) {
        hit->cameo = "194";
        hit->mode = "heavy-weapons";
      }
      return;
    case Refinement::kAid:
      for (uint32_t j = i + 1; j < stop; ++j) {
        if (v.Is(j, "humanitarian")) {
          hit->cameo = "073";
          hit->mode = "";
          return;
        }
      }
      if (hit->cameo == "072") return;
      for (uint32_t j = i + 1; j < stop; ++j) {
        if (InList(kMilitaryObjects, v.lower[j])) {
          hit->cameo = "072";
          return;
        }
      }
      return;
  }
}

}  // namespace dateline::events
