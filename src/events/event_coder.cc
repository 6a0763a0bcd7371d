#include "events/event_coder.h"

#include <algorithm>
#include <cstdlib>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "base/ascii.h"
#include "doc/tagsets.h"
#include "entities/model_files.h"
#include "events/casualties.h"
#include "events/clause_cues.h"
#include "events/doc_view.h"
#include "time/date_words.h"

namespace dateline::events {
namespace {

constexpr uint32_t kSourceWindow = 25;
constexpr uint32_t kPatientWindow = 8;
constexpr uint32_t kModifierWindow = 3;
constexpr uint32_t kAgentWindow = 4;
constexpr uint32_t kNounPhraseMax = 5;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "accused", "blames": a verb that lays an act on someone ("of doing", "for doing").
bool AccusingWord(std::string_view w) { return w.starts_with("accus") || w.starts_with("blam"); }

// Verbs of sanction or prosecution: "arrests", "fined", "sentencing", "executes".
bool SanctionVerb(std::string_view w) {
  for (std::string_view stem : {"arrest", "detain", "fine", "fining", "sanction", "sentenc",
                                "charg", "convict", "sue", "suing", "indict", "execut", "jail",
                                "imprison", "prosecut", "punish", "expel", "deport", "ban"}) {
    if (w.starts_with(stem)) return true;
  }
  return false;
}

// "condemns NATO for rejecting", "praised Qatar for mediating": a verb whose object did
// the act its "for" or "of" phrase names.
bool JudgesAnAct(std::string_view w) {
  if (AccusingWord(w)) return true;
  for (std::string_view stem : {"condemn", "critici", "denounc", "rebuk", "censur", "slam", "prais",
                                "thank", "commend", "punish"}) {
    if (w.starts_with(stem)) return true;
  }
  return false;
}

// An event under construction with what the sentence-level passes need.
struct Draft {
  Event event;
  const TriggerDef* def = nullptr;
  int32_t source = -1, target = -1;  // entities filling the slots
  bool drop = false;
  bool noun = false;       // the trigger is a noun ("talks"), not a verb
  bool shown = false;      // a show of force recoded from an attack: it has no target
  bool one_sided = false;  // no joint act among coordinated sources (see ExpandCoordination)
  bool casualty() const { return (def->flags & (kKill | kInjure | kMissing)) != 0; }
};

// Gives `into` the place of `from` when it has none of its own.
void TakeLocation(const Event& from, Event* into) {
  if (into->location || !from.location) return;
  into->location = from.location;
  into->location_text = from.location_text;
}

// Every count the event gives is zero ("no one was injured").
bool NoneHurt(const Event& e) {
  bool any = false, zero = true;
  for (const std::optional<Count>* c : {&e.killed, &e.injured, &e.missing, &e.detained}) {
    if (!*c) continue;
    any = true;
    zero = zero && (*c)->min == 0;
  }
  return any && zero;
}

// Codes the events of one sentence.
class SentenceCoder {
 public:
  SentenceCoder(const DocView& v, const TriggerTable& triggers, const entities::RoleNouns& roles,
                const VerbPatterns* verbs, uint32_t sentence, uint32_t sb, uint32_t se)
      : v_(v),
        doc_(v.doc),
        triggers_(triggers),
        roles_(roles),
        verbs_(verbs),
        s_(sentence),
        sb_(sb),
        se_(se) {}

  void Run(std::vector<Event>* out) {
    first_out_ = out->size();
    SkipTopicLabel();
    attribution_ = FindAttribution(v_, sb_, se_);
    std::vector<TriggerSite> sites;
    std::vector<std::pair<uint32_t, TriggerHit>> hits;
    std::vector<bool> bare;  // per hit: a dictionary verb coded by its own code alone
    for (uint32_t i = sb_; i < se_; ++i) {
      if (v_.entity_at[i] >= 0 || v_.timex_at[i] >= 0) continue;
      // A capitalized word inside a sentence belongs to a name ("Court of Appeals").
      if (i > sb_ && Capitalized(i) && !v_.IsQuote(i - 1) && v_.lower[i - 1] != ":") {
        continue;
      }
      // A dictionary pattern with its complement words ("restore {diplomatic ties}") is
      // finer than the hand-written trigger; the verb's bare code is not.
      uint32_t pattern_words = 0;
      std::optional<TriggerHit> dict = DictionaryHit(i, &pattern_words);
      std::optional<TriggerHit> hit = triggers_.Match(v_, i, se_);
      // A casualty word keeps the hand-written trigger, which counts its victims
      // ("three are injured in the attack" is no pattern of its own).
      const bool counts = hit && (hit->def->flags & (kKill | kInjure | kMissing | kDetain)) != 0;
      // (So does a pattern of a verb the parse tags as one, over a noun-only trigger of
      // the table: "The Israeli Army exchanges fire with the Lebanese Army" is the
      // dictionary's 193.)
      const bool verb_read_as_noun = hit && hit->noun && hit->def->verbs.empty() &&
                                     pattern_words >= 1 && doc_.tokens[i].upos == Upos::kVerb;
      // (And a call refined by what it calls for: "called for an end to the fighting" is
      // an appeal for de-escalation, 0256, not the dictionary's 053; "calling for Biden to
      // press for a ceasefire" no telephone call.)
      const bool refined_request = hit && (hit->def->flags & kRequest) &&
                                   hit->cameo != hit->def->cameo && dict &&
                                   (dict->cameo.starts_with("04") || dict->cameo.starts_with("05"));
      if (dict && !refined_request &&
          (!hit || (pattern_words > 1 && !counts) || verb_read_as_noun)) {
        hit = std::move(dict);
      }
      if (!hit) continue;
      // "The military says 14 terrorists attacked a base": a reporting verb does not do
      // the material act its pattern words name; that act's own verb codes it.
      if (IsDictionaryDef(hit->def) && IsReportingVerb(v_, i) &&
          OneOf(hit->def->type, {"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT", "CONCEDE",
                                 "SANCTION", "COOPERATE"})) {
        continue;
      }
      // "Japan said it had halted economic aid": nor does it express an intent its
      // pattern words name when a verb after it tells the act.
      if (IsDictionaryDef(hit->def) && IsReportingVerb(v_, i) && hit->def->type == "AGREE" &&
          LaterVerbTrigger(i)) {
        continue;
      }
      if (!hit->noun && LightVerb(i)) continue;
      if (!hit->noun && IsDictionaryDef(hit->def) && TellsItsSubjectTookPlace(i, hit->def->type)) {
        continue;
      }
      // "Israel faces international condemnation": facing censure is no meeting; the
      // censure is the event.
      if (!hit->noun && IsDictionaryDef(hit->def) && ObjectIsCensure(i)) continue;
      if (!hit->noun && NamingParticiple(i)) continue;  // "a missile called the Fateh"
      // "commit without delay to resuming negotiations": no postponement.
      if (i > sb_ && v_.lower[i - 1] == "without" && OneOf(v_.lower[i], {"delay", "delays"})) {
        continue;
      }
      // "the court of appeal": a body, not an appeal.
      if (i >= sb_ + 2 && v_.lower[i - 1] == "of" && v_.lower[i - 2] == "court") continue;
      // "the injured civilians", "those killed": a participle used as an adjective
      // (though "those killed by the British Army" names who killed).
      if (!hit->noun && v_.lower[i].ends_with("ed") && i > sb_ && !v_.Is(i + 1, "by") &&
          OneOf(v_.lower[i - 1],
                {"the", "a", "an", "its", "their", "his", "her", "those", "these"})) {
        continue;
      }
      // "five suspected militants", "kidnapped Indonesian sailors", "alleged
      // irregularities": a participle the parse makes a noun's modifier describes it.
      // (A past participle only, and not after a plural or proper noun, a pronoun or an
      // auxiliary: "accused each other of attacking civilians", "armed militants raided
      // villages", "has shelled areas" are misparses; "mortgage backed securities" is not.)
      // (Nor before a number: "that an Israeli airstrike killed four people" is a verb
      // the parse lost.)
      if (!hit->noun && HasSyntax() && doc_.tokens[i].deprel == Rel().amod &&
          doc_.tokens[i].xpos == Rel().vbn && doc_.tokens[i].head > static_cast<int32_t>(i) &&
          !(i > sb_ && MaySubject(doc_.tokens[i - 1])) &&
          !((hit->def->flags & (kKill | kInjure | kMissing | kDetain)) && i + 1 < se_ &&
            doc_.tokens[i + 1].upos == Upos::kNum)) {
        continue;
      }
      // (A noun trigger whose object follows it, "troops exchange fire" with the verb read
      // as a noun, is no modifier of that object.)
      const bool takes_object = hit->noun && !hit->def->objects.empty();
      // "fraudulent bomb detectors": a singular noun before another noun modifies it.
      // ("an Israeli airstrike south of Deir al-Balah": a direction is no noun it modifies.)
      const bool direction_next =
          i + 1 < se_ && OneOf(v_.lower[i + 1], {"north", "south", "east", "west", "northeast",
                                                 "northwest", "southeast", "southwest"});
      if (hit->noun && !takes_object && !direction_next && HasSyntax() &&
          !v_.lower[i].ends_with("s") && i + 1 < se_ && doc_.tokens[i + 1].upos == Upos::kNoun &&
          v_.entity_at[i + 1] < 0 && v_.timex_at[i + 1] < 0 && !triggers_.Match(v_, i + 1, se_)) {
        continue;
      }
      // "a ceasefire agreement", "attack helicopters": a noun modifying another noun names
      // no event of its own. (A date is no such noun: "a bus bombing yesterday".)
      const int32_t head = doc_.tokens[i].head;
      const bool before_date = head >= 0 && v_.timex_at[static_cast<uint32_t>(head)] >= 0;
      if (hit->noun && !takes_object &&
          ((doc_.tokens[i].deprel == Rel().compound && !direction_next && !before_date) ||
           (i + 1 < se_ && OneOf(v_.lower[i + 1],
                                 {"agreement", "agreements", "deal", "accord", "treaty", "pact",
                                  "plan", "proposal", "terms", "talks", "negotiations", "violation",
                                  "violations", "line", "regime", "monitors", "protocol"})))) {
        continue;
      }
      // "Serbia lifted a night curfew": a restriction lifted is no restriction imposed.
      if (hit->noun && OneOf(hit->def->type, {"COERCE", "SANCTION"}) && LiftedBy(i)) continue;
      if (hit->noun && hit->def->type == "ACCUSE" && ClearedOf(i)) continue;
      TriggerSite site;
      site.token = i;
      // ("calls for sanctions against Russia", "urges sanctions": the dictionary codes the
      // call a threat of sanctions, 1312, but the sanctions it names are asked for.)
      site.request =
          (hit->def->flags & kRequest) != 0 ||
          (IsDictionaryDef(hit->def) && (OneOf(doc_.Lemma(i), {"urge", "demand"}) ||
                                         (OneOf(doc_.Lemma(i), {"call", "appeal", "press"}) &&
                                          i + 1 < se_ && v_.lower[i + 1] == "for")));
      // A dictionary pattern may code the accusation ("accused each other of" 1123): what
      // it accuses of is alleged all the same.
      site.accuse = (hit->def->flags & kAccuse) != 0 ||
                    (hit->def->type == "ACCUSE" && AccusingWord(v_.lower[i]));
      site.intent = (hit->def->flags & kIntent) != 0 && !hit->noun;
      site.threaten = hit->def->type == "THREATEN";
      sites.push_back(site);
      bare.push_back(IsDictionaryDef(hit->def) && pattern_words == 0);
      hits.emplace_back(i, std::move(*hit));
    }
    if (hits.empty()) return;
    std::vector<Draft> drafts;
    for (size_t k = 0; k < hits.size(); ++k)
      drafts.push_back(Build(hits[k].first, hits[k].second, sites, k));
    DropInvitedTalks(&drafts);
    DropTalksAMeetingIsFor(&drafts);
    JoinArrivalAndVisit(&drafts);
    JoinedInAct(&drafts);
    MannerNouns(&drafts);
    DropNonEvents(&drafts);
    ObjectNouns(&drafts);
    OneBlast(&drafts);
    MergeCasualties(&drafts);
    AccusersClaims(&drafts);
    PurposeStatus(&drafts);
    AskedOfOthers(&drafts);
    for (size_t k = 0; k < drafts.size(); ++k) {
      Draft& d = drafts[k];
      if (d.drop || (d.def->flags & kAttachOnly)) continue;
      // (A bare sector noun is an actor too: "Police attack militants".)
      const auto actor = [](const EventActor& a) { return !a.ref.empty() || !a.ref.role.empty(); };
      const bool has_actor = actor(d.event.source) || actor(d.event.target);
      // ("No one was hurt" names no victims.)
      if (!has_actor && (!d.event.has_counts() || NoneHurt(d.event))) continue;
      const size_t before = out->size();
      ExpandCoordination(d, out);
      // A dictionary verb with no pattern words ("revealed", "conducted", "affected") is
      // an event only between two actors, as in PETRARCH's dyads; but one resigns alone
      // ("Raul Castro resigns as First Secretary").
      // (Nor does a court need a named defendant: "A man is sentenced to death by an
      // Iranian court".)
      const auto court_act = [&] {
        return d.event.source.ref.role == "JUD" && JudgmentVerb(doc_.Lemma(d.event.trigger_token));
      };
      if (bare[k] && !d.shown && !v_.lower[d.event.trigger_token].starts_with("resign") &&
          !court_act()) {
        DropOneSided(before, out);
      }
    }
  }

 private:
  // Is there a verb after token i in the sentence that a trigger or the dictionary codes?
  bool LaterVerbTrigger(uint32_t i) const {
    for (uint32_t j = i + 1; j < se_; ++j) {
      if (doc_.tokens[j].upos != Upos::kVerb) continue;
      uint32_t words = 0;
      if (const auto hit = triggers_.Match(v_, j, se_); hit && !hit->noun) return true;
      if (DictionaryHit(j, &words)) return true;
    }
    return false;
  }

  // A verb (lemma) of seizing ground or people.
  static bool SeizingVerb(std::string_view lemma) {
    return OneOf(lemma, {"capture", "seize", "recapture", "retake", "overrun"});
  }

  // What the verb of seizing at i takes, by its object or, passive, its subject: ground
  // ("192": a place, a town, an airbase, "it") or people ("173": a person, soldiers,
  // a suspect); empty when it says neither.
  std::string_view SeizedKind(uint32_t i) const {
    std::string_view kind;
    AnyDependent(i, se_, [&](uint32_t j) {
      const Token& t = doc_.tokens[j];
      if (t.deprel != Rel().obj && t.deprel != Rel().nsubj_pass) return false;
      // "dozens of Russian soldiers": what a quantity counts.
      if (OneOf(doc_.Lemma(j), {"dozen", "hundred", "thousand", "score", "number", "group"})) {
        for (uint32_t k = j + 1; k < se_ && k <= j + 4; ++k) {
          if (doc_.tokens[k].head == static_cast<int32_t>(j) &&
              doc_.tokens[k].deprel == Rel().nmod) {
            j = k;
            break;
          }
        }
      }
      // ("capture Indonesia's most wanted militant": the owner is not what is captured.)
      if (j + 1 < se_ && OneOf(v_.lower[j + 1], {"'s", "’s"})) return false;
      if (v_.entity_at[j] >= 0) {
        const Entity& e = doc_.entities[v_.entity_at[j]];
        // ("U.S. fugitive Danilo Cavalcante is captured": a name before a noun modifies it.)
        if (e.token_end < se_ && (doc_.tokens[e.token_end].upos == Upos::kNoun ||
                                  doc_.tokens[e.token_end].upos == Upos::kAdj ||
                                  doc_.tokens[e.token_end].upos == Upos::kPropn)) {
          return false;
        }
        if (e.place || e.label == "LOC" || e.label == "GPE") kind = "192";
        // A person is captured or seized; a name the recognizer took for a person that
        // is retaken or taken "from" someone is a place ("recapture Khreshchenivka",
        // "capture Abu Kamal from the Islamic State").
        if (e.label == "PER") {
          const bool from = e.token_end < se_ && v_.lower[e.token_end] == "from";
          kind = OneOf(doc_.Lemma(i), {"capture", "seize"}) && !from ? "173" : "192";
        }
      } else if (v_.lower[j] == "it" && t.deprel == Rel().nsubj_pass) {
        kind = "192";
      } else if (OneOf(doc_.Lemma(j),
                       {"town",          "city",     "village",   "airport",    "airbase",
                        "base",          "field",    "territory", "area",       "district",
                        "region",        "province", "capital",   "hill",       "bridge",
                        "post",          "port",     "position",  "stronghold", "headquarters",
                        "control",       "part",     "fortress",  "castle",     "checkpoint",
                        "crossing",      "outpost",  "island",    "settlement", "neighborhood",
                        "neighbourhood", "suburb",   "oilfield",  "dam",        "highway",
                        "road"})) {
        kind = "192";
      } else if (OneOf(
                     doc_.Lemma(j),
                     {"soldier",   "troop",     "serviceman", "fighter",  "militant",  "rebel",
                      "insurgent", "suspect",   "commander",  "leader",   "policeman", "officer",
                      "pilot",     "operative", "member",     "prisoner", "civilian",  "journalist",
                      "people",    "person",    "man",        "woman",    "hostage",   "militiaman",
                      "jihadist",  "terrorist", "mercenary",  "sailor",   "crew"})) {
        kind = "173";
      }
      return !kind.empty();
    });
    return kind;
  }

  // A verb of the compiled CAMEO dictionary at token i.
  std::optional<TriggerHit> DictionaryHit(uint32_t i, uint32_t* words) const {
    if (verbs_ == nullptr) return std::nullopt;
    // "is going to take its case to the UN": a future, no journey; "travel warnings
    // against going to Mindanao": a journey advised against.
    if (v_.lower[i] == "going" &&
        ((i + 2 < se_ && v_.lower[i + 1] == "to" && doc_.tokens[i + 2].upos == Upos::kVerb) ||
         (i > sb_ && v_.lower[i - 1] == "against"))) {
      return std::nullopt;
    }
    // "issues a travel warning to Israel": advice to its own travellers, no threat (nor
    // is the travel the advisory names a visit: "release travel advisories").
    for (uint32_t j = i; j + 1 < se_ && j <= i + 4; ++j) {
      if (v_.lower[j] == "travel" &&
          OneOf(v_.lower[j + 1], {"warning", "warnings", "advisory", "advisories", "alert"})) {
        return std::nullopt;
      }
    }
    if (MilitarySupport(v_, i)) return std::nullopt;
    const std::string_view lemma = doc_.Lemma(i);
    // "the pause was intended to allow the two sides to exchange prisoners of war": what
    // something is intended for is its purpose, no intent of anyone's (nor a war).
    if (lemma == "intend" && IsPassive(v_, sb_, i)) return std::nullopt;
    std::optional<VerbMatch> m = verbs_->Match(v_, sb_, se_, i);
    if (!m) return std::nullopt;
    // "Russia rules out sending troops", "Belgium ruled itself out", "the ruling
    // Kuomintang", "The Constitutional Court of Uganda rules the Act invalid": ruling is no
    // material cooperation.
    if (m->cameo.starts_with("06") && v_.lower[i].starts_with("rul")) return std::nullopt;
    // "accuses Israel of severe violations": an accusation of a crime is no legal
    // action (the dictionary files ACCUSE ... OF CRIME under ARREST, 173).
    if (v_.lower[i].starts_with("accus") && m->cameo.starts_with("17")) {
      m->cameo = "112";
      m->type = "ACCUSE";
    }
    // "Russian forces capture Pisky", "Iraq seized Kuwait", "The airport is later captured
    // by the rebels": seizing ground occupies it (192); "captured 102 Russian servicemen"
    // detains them (173). What is seized says which (its words after the verb may be the
    // agent's, "captured by Russian troops", or a place, "is captured in the city of
    // Torreon"): for "capture" always, for the other verbs of seizing where their
    // dictionary patterns found no words.
    if (lemma == "capture" || (m->words == 0 && SeizingVerb(lemma))) {
      if (const std::string_view code = SeizedKind(i); !code.empty()) {
        m->cameo = std::string(code);
        m->type = std::string(PloverTypeOfCameo(code));
        m->words = 1;
      }
    }
    // "Russian peacekeepers arrive in Stepanakert": the dictionary's "receive peacekeepers"
    // (0861) is the host's act; peacekeepers arriving are their country's peacekeeping
    // (074).
    if (m->cameo == "0861" && lemma == "arrive") {
      m->cameo = "074";
      m->type = std::string(PloverTypeOfCameo("074"));
    }
    *words = m->words;
    const TriggerDef* def = DictionaryDef(m->type);
    if (def == nullptr) return std::nullopt;
    TriggerHit hit;
    hit.def = def;
    hit.cameo = std::move(m->cameo);
    hit.bare = m->words == 0;
    return hit;
  }

  // "expressed its support", "voiced concern", "offered condolences", "expands its
  // sanctions", "authorizes the deployment": a verb whose object is itself an event noun
  // leaves the coding to the noun.
  bool LightVerb(uint32_t i) const {
    const std::string_view w = v_.lower[i];
    constexpr std::string_view kStems[] = {"express",  "voice", "extend",   "issu",   "enact",
                                           "reaffirm", "offer", "pledg",    "expand", "tighten",
                                           "broaden",  "widen", "authoriz", "conduct"};
    if (std::none_of(std::begin(kStems), std::end(kStems),
                     [&](std::string_view stem) { return w.starts_with(stem); })) {
      return false;
    }
    // Authorizing force is using it; authorizing a protest is allowing it.
    const bool force_only = w.starts_with("authoriz");
    for (uint32_t j = i + 1; j < se_ && j <= i + 3; ++j) {
      if (v_.IsPunct(j)) return false;
      if (std::optional<TriggerHit> h = triggers_.Match(v_, j, se_); h && h->noun) {
        return !force_only || OneOf(h->def->type, {"MOBILIZE", "ASSAULT", "COERCE"});
      }
    }
    return false;
  }

  // ---- syntax -----------------------------------------------------------------------
  struct SyntaxSlots {
    int32_t source = -1, target = -1;
    bool unnamed_doer = false;  // the parse names the doer, but no actor ("a nurse")
    int32_t destination = -1;   // "arrived in Amman": a place entity the visitor reached
  };
  struct Relations {
    uint8_t nsubj = DeprelFromName("nsubj"), nsubj_pass = DeprelFromName("nsubj:pass"),
            obj = DeprelFromName("obj"), iobj = DeprelFromName("iobj"), obl = DeprelFromName("obl"),
            obl_agent = DeprelFromName("obl:agent"), case_ = DeprelFromName("case"),
            xcomp = DeprelFromName("xcomp"), conj = DeprelFromName("conj"),
            compound = DeprelFromName("compound"), amod = DeprelFromName("amod"),
            nmod = DeprelFromName("nmod"), nmod_poss = DeprelFromName("nmod:poss"),
            flat = DeprelFromName("flat"), appos = DeprelFromName("appos"),
            advcl = DeprelFromName("advcl"), ccomp = DeprelFromName("ccomp"),
            acl_relcl = DeprelFromName("acl:relcl"), acl = DeprelFromName("acl"),
            parataxis = DeprelFromName("parataxis"), csubj = DeprelFromName("csubj"),
            mark = DeprelFromName("mark"), aux = DeprelFromName("aux"),
            nmod_desc = DeprelFromName("nmod:desc");
    // Penn part-of-speech tags the rules read.
    uint8_t vbn = XposFromName("VBN"), vbg = XposFromName("VBG"), nns = XposFromName("NNS"),
            vbd = XposFromName("VBD"), vbp = XposFromName("VBP"), vbz = XposFromName("VBZ"),
            vb = XposFromName("VB");
    bool Finite(uint8_t xpos) const { return xpos == vbd || xpos == vbp || xpos == vbz; }
  };
  static const Relations& Rel() {
    static const Relations kRel;
    return kRel;
  }

  bool Capitalized(uint32_t k) const {
    const std::string_view t = doc_.TokenText(k);
    return !t.empty() && t[0] >= 'A' && t[0] <= 'Z';
  }

  bool HasSyntax() const {
    return sb_ < se_ && (doc_.tokens[sb_].deprel != 0 || doc_.tokens[sb_].head >= 0);
  }

  // Nouns that name a kind of place: "the Thai border", "the Iraqi city".
  static bool IsPlaceNoun(std::string_view w) {
    return OneOf(
        w, {"border", "borders", "frontier", "city", "town", "village", "capital", "province",
            "region", "coast", "side", "outskirts", "suburbs", "suburb", "district", "parts"});
  }

  // Is entity e (through the head of its phrase) the object of the verb token i is
  // coordinated with ("killing 11 soldiers and wounding others")?
  bool ObjectOfOtherVerb(int32_t e, uint32_t i) const {
    if (!HasSyntax()) return false;
    if (InObjectListOf(e, i)) return true;
    // The verbs up the chain of conjuncts and completing participles ("hit a United
    // Nations car killing one foreigner and injuring three").
    std::vector<int32_t> chain;
    for (uint32_t v = i; chain.size() < 3;) {
      const Token& t = doc_.tokens[v];
      const bool link = t.deprel == Rel().conj || (t.deprel == Rel().xcomp && t.xpos == Rel().vbg);
      if (!link || t.head < static_cast<int32_t>(sb_) || t.head >= static_cast<int32_t>(se_)) {
        break;
      }
      chain.push_back(t.head);
      v = static_cast<uint32_t>(t.head);
    }
    if (chain.empty()) return false;
    const int32_t verb = VerbOfObject(e);
    return verb >= 0 && std::find(chain.begin(), chain.end(), verb) != chain.end();
  }

  // The verb whose object entity e is, through the head of its phrase (-1 if none).
  // (Through modifiers, and from a later conjunct to the first: "kill five Bangladeshi
  // nationals and two Libyans and wound 33 others".)
  int32_t VerbOfObject(int32_t e) const {
    const Entity& ent = doc_.entities[e];
    for (uint32_t j = ent.token_begin; j < ent.token_end; ++j) {
      uint32_t h = j;
      for (int hops = 0; hops < 4; ++hops) {
        const Token& t = doc_.tokens[h];
        if (t.head < static_cast<int32_t>(sb_) || t.head >= static_cast<int32_t>(se_)) break;
        if (t.deprel == Rel().obj || t.deprel == Rel().iobj) return t.head;
        if (t.deprel != Rel().amod && t.deprel != Rel().compound && t.deprel != Rel().flat &&
            !(t.deprel == Rel().conj && t.head < static_cast<int32_t>(h))) {
          break;
        }
        h = static_cast<uint32_t>(t.head);
      }
    }
    return -1;
  }

  // "A bomb kills two soldiers and wounds 33 others", with "wounds" read as a noun
  // conjoined to the object: is entity e in the object list the trigger at i ends?
  bool InObjectListOf(int32_t e, uint32_t i) const {
    if (!HasSyntax()) return false;
    uint32_t c = i;
    while (doc_.tokens[c].deprel == Rel().conj &&
           doc_.tokens[c].head >= static_cast<int32_t>(sb_) &&
           doc_.tokens[c].head < static_cast<int32_t>(c)) {
      c = static_cast<uint32_t>(doc_.tokens[c].head);
    }
    const Token& first = doc_.tokens[c];
    if (c == i || first.deprel != Rel().obj) return false;
    return VerbOfObject(e) == first.head;
  }

  // Is the trigger at i (or a verb it depends on) a participle right after the object of
  // an arresting verb ("arrest a jihadist preparing to commit an attack", "detain
  // protesters throwing stones")? kPlanned when the participle only plans the act;
  // *arrest_verb is where the arresting verb is.
  enum class ArrestedAct { kNone, kDone, kPlanned };
  ArrestedAct ActOfArrested(uint32_t i, uint32_t* arrest_verb) const {
    if (!HasSyntax()) return ArrestedAct::kNone;
    bool planned = false;
    uint32_t g = i;
    // Is token o a noun that is the object of an arresting verb before `before`?
    const auto arrested = [&](uint32_t o, uint32_t before) {
      const Token& object = doc_.tokens[o];
      return (object.upos == Upos::kNoun || object.upos == Upos::kPropn) &&
             object.deprel == Rel().obj && object.head >= static_cast<int32_t>(sb_) &&
             object.head < static_cast<int32_t>(before) &&
             OneOf(doc_.Lemma(static_cast<uint32_t>(object.head)),
                   {"arrest", "detain", "capture", "apprehend", "nab", "catch", "charge", "convict",
                    "sentence", "extradite", "deport", "jail", "indict"});
    };
    for (int hops = 0; hops < 4; ++hops) {
      const Token& t = doc_.tokens[g];
      planned = planned || OneOf(doc_.Lemma(g), {"prepare", "plan", "plot", "intend", "try",
                                                 "attempt", "seek", "conspire"});
      if (t.xpos == Rel().vbg && g > sb_ + 1 && arrested(g - 1, g)) {
        *arrest_verb = static_cast<uint32_t>(doc_.tokens[g - 1].head);
        return planned ? ArrestedAct::kPlanned : ArrestedAct::kDone;
      }
      // "arrest 17 suspected terrorists ready to launch an attack"
      if (t.upos == Upos::kAdj && t.deprel == Rel().amod && g > sb_ &&
          OneOf(v_.lower[g], {"ready", "poised", "set", "about"}) &&
          t.head == static_cast<int32_t>(g) - 1 && arrested(g - 1, g)) {
        *arrest_verb = static_cast<uint32_t>(doc_.tokens[g - 1].head);
        return ArrestedAct::kPlanned;
      }
      if (t.head < static_cast<int32_t>(sb_) || t.head >= static_cast<int32_t>(se_)) break;
      g = static_cast<uint32_t>(t.head);
    }
    return ArrestedAct::kNone;
  }

  // A plural or proper noun, a pronoun or an auxiliary: what may stand before a verb as
  // (part of) its subject.
  static bool MaySubject(const Token& t) {
    return t.upos == Upos::kPropn || t.upos == Upos::kPron || t.upos == Upos::kAux ||
           (t.upos == Upos::kNoun && t.xpos == Rel().nns);
  }

  // A participle after a determiner or possessive, used as an adjective: "Russia's
  // continuing attacks", "a suspected militant" (not "are withdrawing support", "following
  // attacks").
  bool Participle(uint32_t j) const {
    if (doc_.tokens[j].xpos != Rel().vbg && doc_.tokens[j].xpos != Rel().vbn) return false;
    return j > sb_ && OneOf(v_.lower[j - 1],
                            {"a", "an", "the", "'s", "’s", "his", "her", "its", "their", "our"});
  }

  // Does token v have a dependent (before `end`) for which pred(j) holds?
  template <typename Pred>
  bool AnyDependent(uint32_t v, uint32_t end, Pred pred) const {
    for (uint32_t j = sb_; j < end; ++j) {
      if (doc_.tokens[j].head == static_cast<int32_t>(v) && pred(j)) return true;
    }
    return false;
  }

  // Does the verb at token v have a direct object? (A passive participle has none.)
  bool HasObject(uint32_t v) const {
    return AnyDependent(v, se_, [&](uint32_t j) {
      return doc_.tokens[j].deprel == Rel().obj || doc_.tokens[j].deprel == Rel().iobj;
    });
  }

  // Does the verb at token v have an auxiliary ("has", "was")?
  bool HasAuxiliary(uint32_t v) const {
    return AnyDependent(v, v, [&](uint32_t j) { return doc_.tokens[j].upos == Upos::kAux; });
  }

  // "have", "has", "had", "having": the auxiliary of a perfect tense.
  static bool IsHave(std::string_view w) { return OneOf(w, {"have", "has", "had", "having"}); }

  // "find", "finds", "finding", "found".
  static bool IsFindWord(std::string_view w) { return w.starts_with("find") || w == "found"; }

  // A past participle completing a verb and its object ("leaving one police officer
  // injured", "left two soldiers dead"): what it tells befell that object. (Not a perfect
  // infinitive: "claimed to have killed".)
  bool CompletingParticiple(uint32_t v) const {
    const Token& t = doc_.tokens[v];
    if (t.head >= 0 && IsHave(v_.lower[t.head])) return false;
    // (A past form after a report's object is its participle: "officials reported dozens
    // of their soldiers killed".)
    const bool participle =
        t.xpos == Rel().vbn ||
        (t.xpos == Rel().vbd && t.head >= 0 && IsReportingVerb(v_, static_cast<uint32_t>(t.head)));
    return participle && t.deprel == Rel().xcomp && !AnyDependent(v, v, [&](uint32_t j) {
             return doc_.tokens[j].deprel == Rel().aux || doc_.tokens[j].deprel == Rel().mark;
           });
  }

  // "Stepanyan said Azerbaijan had fired artillery at Stepanakert and called on Baku",
  // "accused Azerbaijan of deliberately targeting the civilian population and called on
  // international organisations": a finite verb the parse joins to a participle or an
  // infinitive (`head`) cannot be its conjunct; it is the conjunct of the verb of its own
  // form above, told before it (not "rebels have kidnapped ... and exploded a series of
  // bombs, diplomatic sources said"). That verb, or -1.
  int32_t FiniteConjunctHead(uint32_t v, uint32_t head) const {
    const Token& t = doc_.tokens[v];
    const uint8_t form = doc_.tokens[head].xpos;
    // (A present plural after an infinitive may be an infinitive the tagger misread:
    // "carry out a day of protest to celebrate ... and condemn her arrest".)
    if (!Rel().Finite(t.xpos) || HasAuxiliary(v) || Rel().Finite(form) ||
        doc_.tokens[head].upos != Upos::kVerb || (t.xpos == Rel().vbp && form == Rel().vb)) {
      return -1;
    }
    // ("if Ukraine ... does not join NATO, recognizes Crimea": a verb with "do" is finite.)
    if (AnyDependent(head, head, [&](uint32_t j) { return doc_.Lemma(j) == "do"; })) return -1;
    for (int32_t k = doc_.tokens[head].head, hops = 0;
         k >= static_cast<int32_t>(sb_) && k < static_cast<int32_t>(head) && hops < 4;
         k = doc_.tokens[k].head, ++hops) {
      if (doc_.tokens[k].upos == Upos::kVerb) {
        return doc_.tokens[k].xpos == t.xpos ? k : -1;
      }
    }
    return -1;
  }

  // The nearest verb above token k in the parse, within the sentence; -1 if none.
  int32_t VerbAbove(uint32_t k) const {
    for (int hops = 0; hops < 8; ++hops) {
      const int32_t h = doc_.tokens[k].head;
      if (h < static_cast<int32_t>(sb_) || h >= static_cast<int32_t>(se_)) return -1;
      k = static_cast<uint32_t>(h);
      if (doc_.tokens[k].upos == Upos::kVerb) return h;
    }
    return -1;
  }

  // Does the verb at token v have a subject of its own?
  bool HasSubject(uint32_t v) const {
    return AnyDependent(v, se_, [&](uint32_t j) { return doc_.tokens[j].deprel == Rel().nsubj; });
  }

  // The actor the subject of the word at token v names, for the trigger at token i; -1
  // if none.
  int32_t SubjectActor(uint32_t v, uint32_t i) const {
    const int32_t subject = SubjectOf(v, false);
    return subject >= 0 ? PhraseActor(static_cast<uint32_t>(subject), i) : -1;
  }

  // Does the verb at token v have a subject of its own other than a pronoun? (Not one
  // after a preposition, which the parse mistook: "and in a separate statement offers".)
  bool HasNounSubject(uint32_t v) const {
    return AnyDependent(v, se_, [&](uint32_t j) {
      return doc_.tokens[j].deprel == Rel().nsubj && doc_.tokens[j].upos != Upos::kPron &&
             !AnyDependent(j, j, [&](uint32_t c) { return doc_.tokens[c].deprel == Rel().case_; });
    });
  }

  // A government, its forces or its courts.
  bool StateActor(int32_t e) const {
    return e >= 0 && doc_.entities[e].actor &&
           OneOf(doc_.entities[e].actor->role, {"GOV", "MIL", "COP", "JUD"});
  }

  // Verbs that carry out the act their object names: "conducted airstrikes", "launched an
  // offensive", "staged a protest", "announced the arrest", "imposed a curfew", "opened an
  // investigation", and an order, a decree or an approval is the act of whoever issues it
  // ("Trump orders a blockade"; see PerformsNoun).
  static bool PerformVerb(std::string_view w) {
    for (std::string_view stem :
         {"conduct", "carr",   "launch",  "stag",    "mount",  "unleash", "resum",  "intensif",
          "escalat", "organi", "perform", "announc", "impos",  "reimpos", "enforc", "tighten",
          "extend",  "open",   "renew",   "order",   "decree", "approv"}) {
      if (w.starts_with(stem)) return true;
    }
    return false;
  }

  // Does the verb at `verb` perform the event noun at `noun` of PLOVER type `type`? A
  // PerformVerb, except an order addressed to the act ("orders all attacks to cease") and
  // an approval of what is not the approver's own use of force or sanctions ("approves
  // Poland's request", "approves the resignation").
  bool PerformsNoun(uint32_t verb, uint32_t noun, std::string_view type) const {
    const std::string_view w = v_.lower[verb];
    if (!PerformVerb(w)) return false;
    if (noun + 2 < se_ && v_.lower[noun + 1] == "to" &&
        OneOf(doc_.Lemma(noun + 2), {"cease", "stop", "end", "halt", "pause"})) {
      return false;
    }
    return !w.starts_with("approv") ||
           OneOf(type, {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "AID"});
  }

  // A verb (lemma) that lifts or ends a restriction.
  static bool LiftingVerb(std::string_view lemma) {
    return OneOf(lemma, {"lift", "end", "ease", "relax", "remove", "revoke", "scrap", "suspend",
                         "cancel", "rescind", "drop", "waive", "loosen"});
  }

  // Is the noun at token i the object of a verb that lifts or ends what it names ("lifted
  // a night curfew", "eased sanctions on Iran", "ends the blockade")?
  bool LiftedBy(uint32_t i) const {
    const auto lifts = [&](uint32_t j) { return LiftingVerb(doc_.Lemma(j)); };
    // "approves the lifting of the unified curfew": a lifting noun before "of".
    for (uint32_t j = i; j > sb_ + 1 && i - j < 4;) {
      --j;
      if (v_.lower[j] == "of") {
        const std::string_view w = v_.lower[j - 1];
        return OneOf(w, {"lifting", "easing", "end", "removal", "relaxation", "suspension",
                         "cancellation", "scrapping", "repeal"});
      }
      const Upos u = doc_.tokens[j].upos;
      if (u != Upos::kDet && u != Upos::kAdj && u != Upos::kNoun && u != Upos::kPropn) break;
    }
    if (const int32_t verb = GoverningVerb(i); verb >= 0) return lifts(static_cast<uint32_t>(verb));
    // The parse may make the verb the noun's modifier: the verb right before the noun
    // phrase.
    for (uint32_t j = i; j > sb_ && i - j < 4;) {
      --j;
      const Upos u = doc_.tokens[j].upos;
      if (u == Upos::kVerb) return lifts(j);
      if (u != Upos::kDet && u != Upos::kPron && u != Upos::kAdj && u != Upos::kNum &&
          u != Upos::kNoun) {
        break;
      }
    }
    return false;
  }

  // "The Supreme Court clears the rescue centre of allegations of mistreatment": what
  // one is cleared, acquitted or exonerated of is no accusation made.
  bool ClearedOf(uint32_t i) const {
    uint32_t j = i;
    while (j > sb_ && i - j < 3 && !v_.Is(j - 1, "of")) {
      const Upos u = doc_.tokens[j - 1].upos;
      if (u != Upos::kAdj && u != Upos::kDet && u != Upos::kNoun) break;
      --j;
    }
    if (j <= sb_ + 1 || !v_.Is(j - 1, "of")) return false;
    // (Past an apposition: "clears the centre, run by the Reliance Foundation, of".)
    for (uint32_t k = j - 1; k > sb_ && j - k <= 16;) {
      --k;
      if (v_.lower[k] != "," && IsClauseBoundary(v_, k)) return false;
      if (OneOf(doc_.Lemma(k), {"clear", "acquit", "exonerate", "absolve"})) return true;
    }
    return false;
  }

  // The verb whose object the noun at token i is, when it stands before the noun.
  int32_t GoverningVerb(uint32_t i) const {
    if (!HasSyntax()) return -1;
    const Token& t = doc_.tokens[i];
    if (t.deprel != Rel().obj || t.head < static_cast<int32_t>(sb_) ||
        t.head >= static_cast<int32_t>(i) || doc_.tokens[t.head].upos != Upos::kVerb) {
      return -1;
    }
    return t.head;
  }

  // Is the verb at token i right after a relative clause set off by commas (", who ...
  // ,", ", which ... ,")? *antecedent: the eligible name right before the clause, or -1.
  bool ClauseBeforeVerb(uint32_t i, int32_t* antecedent) const {
    if (i < sb_ + 4 || v_.lower[i - 1] != ",") return false;
    for (uint32_t k = i - 1; k > sb_ + 1 && i - k < 40;) {
      --k;
      if (OneOf(v_.lower[k], {";", ".", "\""})) return false;
      // (Or a participle clause: "Luis Videgaray, flanked by visiting Rex Tillerson,
      // rejects".)
      // (Before a finite verb only, not in a chain of participles: "open fire on civilians
      // in Khartoum, Sudan, protesting ..., killing 14"; and not "including", "according".)
      const bool participle =
          HasSyntax() && k + 1 < i - 1 && v_.entity_at[k - 1] >= 0 &&
          !IsLocative(v_.entity_at[k - 1]) && doc_.tokens[k + 1].upos == Upos::kVerb &&
          (doc_.tokens[k + 1].xpos == Rel().vbn || doc_.tokens[k + 1].xpos == Rel().vbg) &&
          doc_.tokens[i].xpos != Rel().vbg && doc_.tokens[i].xpos != Rel().vbn &&
          !OneOf(v_.lower[k + 1], {"including", "according", "excluding", "following"});
      if (v_.lower[k] == "," && k + 1 < i - 1 &&
          (OneOf(v_.lower[k + 1], {"who", "which"}) || participle)) {
        const int32_t e = v_.entity_at[k - 1];
        *antecedent = e >= 0 && Eligible(e, i) ? e : -1;
        // "Mexico's Secretary of Foreign Affairs Luis Videgaray Caso, ...": a name the
        // dictionary does not know stands for the title before it.
        if (*antecedent < 0 && e >= 0 && doc_.entities[e].label == "PER") {
          constexpr uint32_t kTitleReach = 8;
          *antecedent = TitleOf(e, kTitleReach);
        }
        return true;
      }
    }
    return false;
  }

  // The eligible actor a phrase headed at token h names: the head's own entity, else
  // that of a modifier ("the Calenardhon government", "ambassadors of Arnor"), else that
  // of a modifier's modifier ("the withdrawal of Serbian forces", "restrictions against
  // German goods", "Russian President Vladimir Putin"), an "of" phrase first. With
  // `reporter`, the phrase may be the speaker of the trigger's clause; with `doer`, it is
  // who does the trigger's act (a subject or agent).
  int32_t PhraseActor(uint32_t h, uint32_t trigger, bool reporter = false,
                      bool doer = false) const {
    const auto ok = [&](int32_t e) {
      if (e < 0) return false;
      if (!reporter) return Eligible(e, trigger);
      const Entity& ent = doc_.entities[e];
      return ent.actor && !ent.actor->empty() &&
             v_.in_quote[ent.token_begin] == v_.in_quote[trigger];
    };
    if (const int32_t e = v_.entity_at[h]; ok(e)) return e;
    if (IsPlaceNoun(v_.lower[h])) return -1;  // a place, not an actor
    const Relations& r = Rel();
    // The first eligible entity on an amod (or compound) dependent of token j.
    const auto modifier_actor = [&](uint32_t j, bool compound) {
      for (uint32_t k = sb_; k < se_; ++k) {
        const Token& m = doc_.tokens[k];
        if (m.head == static_cast<int32_t>(j) &&
            (m.deprel == r.amod || (compound && m.deprel == r.compound)) && ok(v_.entity_at[k])) {
          return v_.entity_at[k];
        }
      }
      return -1;
    };
    int32_t nested = -1, nested_of = -1;
    for (uint32_t j = sb_; j < se_; ++j) {
      const Token& t = doc_.tokens[j];
      if (t.head != static_cast<int32_t>(h)) continue;
      // ("Russian Foreign Minister Sergei Lavrov": the title before a name.)
      if (t.deprel != r.compound && t.deprel != r.amod && t.deprel != r.nmod &&
          t.deprel != r.nmod_poss && t.deprel != r.flat && t.deprel != r.appos &&
          t.deprel != r.nmod_desc) {
        continue;
      }
      // "broke up protests against the president": whom a protest is against is not the
      // protesters.
      if (t.deprel == r.nmod && HasCase(j, {"against", "over"}) && IsEventNoun(h, "PROTEST"))
        continue;
      // "an attack against the Somali government offices kills two": nor is whom an
      // attack is against the attacker; and "killed by a car bomb in Moscow": where an
      // attack happened did not do it (though "condemns the killings in the Philippines"
      // is against that country).
      if (t.deprel == r.nmod &&
          (HasCase(j, {"against", "on", "upon"}) || (doer && HasCase(j, {"in", "at", "near"}))) &&
          IsEventNoun(h, "ASSAULT")) {
        continue;
      }
      // "police officers near the Israeli embassy", "the arrest of a man at a Prague
      // hotel": where they were, not whose they are.
      if (t.deprel == r.nmod && HasCase(j, {"near", "outside", "inside", "at"})) continue;
      // ("King Abdullah of Saudi Arabia": the title's own actor yields to an "of" phrase.)
      if (t.deprel == r.nmod_desc && ok(v_.entity_at[j])) {
        if (nested < 0) nested = v_.entity_at[j];
        continue;
      }
      if (const int32_t e = v_.entity_at[j]; ok(e)) return e;
      if (v_.entity_at[j] >= 0) continue;
      if (t.deprel == r.compound || t.deprel == r.nmod_desc) {
        if (nested < 0) nested = modifier_actor(j, false);  // the title's own modifier
      } else if (t.deprel == r.nmod) {
        int32_t& slot = HasCase(j, {"of"}) ? nested_of : nested;
        if (slot < 0) slot = modifier_actor(j, true);
      }
    }
    return nested_of >= 0 ? nested_of : nested;
  }

  // "broke up protests against the president": is entity e, after the verb at token i,
  // what a protest named between them is against? (Read from the words: the parse may
  // attach the "against" phrase to the verb.)
  bool ProtestedParty(uint32_t i, int32_t e) const {
    const Entity& ent = doc_.entities[e];
    for (uint32_t j = ent.token_begin; j > i + 1 && ent.token_begin - j < 3;) {
      --j;
      if (v_.IsPunct(j)) return false;
      if (!OneOf(v_.lower[j], {"against", "over"})) continue;
      return IsEventNoun(j - 1, "PROTEST");
    }
    return false;
  }

  // Is token i a noun trigger of the PLOVER type ("protests" PROTEST, "attack" ASSAULT),
  // or of any type when `type` is empty?
  bool IsEventNoun(uint32_t i, std::string_view type = {}) const {
    const std::optional<TriggerHit> h = triggers_.Match(v_, i, se_);
    return h && h->noun && (type.empty() || h->def->type == type);
  }

  // Is the place phrase that entity e ends ("in Bir Al Abd, Egypt") about an event — a
  // verb or an event noun before its preposition ("Shelling in", "A mass shooting in") —
  // rather than about people or a body ("Voters in Ireland", "The junta in Mali")?
  bool PlaceOfAnEvent(int32_t e) const {
    for (uint32_t p = doc_.entities[e].token_begin;
         p > sb_ + 1 && doc_.entities[e].token_begin - p < 10;) {
      --p;
      if (!OneOf(v_.lower[p], {"in", "at", "near"})) continue;
      if (doc_.tokens[p - 1].upos == Upos::kVerb) return true;
      // "Clashes between Christian Copts and Muslims in the Egyptian capital Cairo": an
      // event noun further back, with no verb between.
      for (uint32_t k = p; k > sb_;) {
        --k;
        if (IsEventNoun(k)) return true;
        if (doc_.tokens[k].upos == Upos::kVerb) return false;
      }
      return false;
    }
    return false;
  }

  // The actor a sentence opens with (within its first few words, not a place of the
  // event), before token i; -1 if none.
  int32_t OpeningActor(uint32_t i) const {
    constexpr uint32_t kOpening = 6;
    for (uint32_t j = sb_; j < i && j < sb_ + kOpening; ++j) {
      // Past the main verb, a name is its object ("militants attack a Malian base").
      if (doc_.tokens[j].upos == Upos::kVerb) return -1;
      const int32_t e = v_.entity_at[j];
      if (e >= 0 && Eligible(e, i) && !IsLocative(e)) return e;
    }
    return -1;
  }

  // "Pedro Sánchez signs a pact with Volodymyr Zelenskyy and pledges aid": a finite verb
  // right after "and" that the parse left without a subject shares the subject of the
  // first verb of the same form before it.
  int32_t SharedSubject(uint32_t i) const {
    if (!HasSyntax() || i < sb_ + 2 || v_.lower[i - 1] != "and") return -1;
    const Token& verb = doc_.tokens[i];
    if (verb.upos != Upos::kVerb || verb.xpos == Rel().vbg || verb.xpos == Rel().vbn) return -1;
    for (uint32_t k = sb_; k + 1 < i; ++k) {
      if (doc_.tokens[k].upos != Upos::kVerb || doc_.tokens[k].xpos != verb.xpos) continue;
      if (!HasSubject(k)) return -1;
      // (The subject as the first verb finds it: "Prime Minister of Spain Pedro Sánchez"
      // is Spain's government.)
      const int32_t e = NearestBefore(k, kSourceWindow, false);
      return e >= 0 && Eligible(e, i) ? e : -1;
    }
    return -1;
  }

  // Is entity e a country, coded as the country itself ("Turkey", "US"; not "Turkish
  // troops", not a city)?
  bool IsCountryEntity(int32_t e) const {
    const Entity& ent = doc_.entities[e];
    return ent.place && ent.place->admin1.empty() && ent.actor &&
           ent.actor->code == ent.place->country;
  }

  // Is entity e the bare name of a country ("Turkey"), with no role or title after it?
  bool IsCountryName(int32_t e) const {
    if (!IsCountryEntity(e)) return false;
    const Entity& ent = doc_.entities[e];
    if (ent.token_end >= se_) return true;
    const std::string_view next = doc_.TokenText(ent.token_end);
    return !(next[0] >= 'A' && next[0] <= 'Z') && roles_.Find(v_.lower[ent.token_end]).empty();
  }

  // The "between" that names the parties of the noun or verb at token i: right after it,
  // after one plain word ("fighting rages between"), or after a verb saying it took
  // place and its particle ("fighting breaks out between"); 0 if none.
  uint32_t BetweenAfter(uint32_t i) const {
    if (v_.Is(i + 1, "between")) return i + 1;
    if (v_.Is(i + 2, "between") && !v_.IsPunct(i + 1) && v_.entity_at[i + 1] < 0) return i + 2;
    if (v_.Is(i + 3, "between") && OccurrenceVerb(static_cast<int32_t>(i) + 1) &&
        OneOf(v_.lower[i + 2], {"out", "up", "again"})) {
      return i + 3;
    }
    // ("Heavy fighting broke out early on Sunday along the line of contact between ...":
    // further on, within the verb's clause.)
    if (HasSyntax() && i + 1 < se_ && OccurrenceVerb(static_cast<int32_t>(i) + 1)) {
      constexpr uint32_t kReach = 12;
      for (uint32_t k = i + 2; k < se_ && k <= i + 1 + kReach; ++k) {
        if (v_.IsPunct(k) || IsClauseBoundary(v_, k) || doc_.tokens[k].upos == Upos::kVerb) break;
        if (v_.lower[k] == "between") return k;
      }
    }
    return 0;
  }

  // "airstrikes between Sanaa and Hodeidah", "between Beqaa Valley and Hermel": a
  // one-sided act "between" two places (no country among them) is between them, not
  // between two parties. `between` is the event's "between" (BetweenAfter), 0 if none.
  bool OneSidedBetweenPlaces(uint32_t between, const Event& ev) const {
    if (between == 0 || IsJointAct(ev)) return false;
    const uint32_t b = between + 1;
    if (b >= se_ || v_.entity_at[b] < 0) return false;
    const Entity& ent = doc_.entities[v_.entity_at[b]];
    return ent.place && (!ent.actor || ent.actor->code != ent.actor->country);
  }

  // Does entity e name an actor (one the dictionaries code)?
  bool Coded(int32_t e) const {
    return e >= 0 && doc_.entities[e].actor && !doc_.entities[e].actor->empty();
  }

  // The first entity at a token of [begin, end) that names an actor, or -1.
  int32_t FirstCodedIn(uint32_t begin, uint32_t end) const {
    for (uint32_t k = begin; k < end && k < se_; ++k) {
      if (const int32_t e = v_.entity_at[k]; Coded(e)) return e;
    }
    return -1;
  }

  // Is entity e the bare name of a city (a capital stands for its government, but the
  // name is the place's own)?
  bool IsCityName(int32_t e) const {
    const Entity& ent = doc_.entities[e];
    if (!ent.place || !ent.actor || ent.actor->role.empty()) return false;
    return doc_.SpanText(ent.token_begin, ent.token_end) == ent.place->name &&
           ent.place->name != ent.place->country;
  }

  // "2011 Syrian protests: Police use guns to ...": a topic label before a colon, with no
  // verb of its own, is no part of the sentence's events.
  void SkipTopicLabel() {
    constexpr uint32_t kLabelMax = 8;
    for (uint32_t j = sb_; j < se_ && j < sb_ + kLabelMax; ++j) {
      if (doc_.tokens[j].upos == Upos::kVerb || doc_.tokens[j].upos == Upos::kAux) return;
      if (v_.lower[j] == ":") {
        if (j > sb_ && j + 1 < se_) sb_ = j + 1;
        return;
      }
    }
  }

  // "Several countries close their embassies in Venezuela in protest": the subject of the
  // protest (or of the verb its "in protest" phrase hangs on) is a state or another
  // body, not a crowd, so the protesters are not the opposition where it happens.
  bool InstitutionProtests(uint32_t i) const {
    if (!HasSyntax()) return false;
    uint32_t v = i;
    const Token& t = doc_.tokens[i];
    if (t.upos == Upos::kNoun && t.deprel == Rel().obl && t.head >= static_cast<int32_t>(sb_)) {
      v = static_cast<uint32_t>(t.head);
    }
    return AnyDependent(v, se_, [&](uint32_t j) {
      return doc_.tokens[j].deprel == Rel().nsubj &&
             OneOf(doc_.Lemma(j), {"country", "nation", "state", "government", "embassy",
                                   "ministry", "company", "firm", "airline", "bank", "club", "team",
                                   "league", "federation", "party", "parliament"});
    });
  }

  // Is the noun "strike" at token i a labour action: done by a business, or by staff,
  // workers, pilots or a union? (The trigger table already reads the words around a
  // strike, LabourStrike in trigger_table.cc; this reads who the coder found did it.)
  static bool Workers(std::string_view w) {
    return OneOf(w, {"staff", "workers", "employees", "pilots", "teachers", "doctors", "nurses",
                     "union", "unions", "miners", "drivers", "crew", "dockers", "strikers"});
  }
  bool StrikeByWorkers(uint32_t i, const Event& ev) const {
    if (!OneOf(v_.lower[i], {"strike", "strikes"})) return false;
    if (OneOf(ev.source.ref.role, {"BUS", "LAB", "EDU", "MED", "HLH"})) return true;
    for (uint32_t j = i + 1; j < se_ && j <= i + 6; ++j) {
      if (Workers(v_.lower[j])) return true;
      if (v_.IsPunct(j)) break;
    }
    // "Airport workers ... plan to strike over wages": workers are the verb's subject (or
    // the subject of the verb it completes).
    if (!HasSyntax()) return false;
    uint32_t v = i;
    if (doc_.tokens[v].deprel == Rel().xcomp && doc_.tokens[v].head >= static_cast<int32_t>(sb_) &&
        doc_.tokens[v].head < static_cast<int32_t>(i)) {
      v = static_cast<uint32_t>(doc_.tokens[v].head);
    }
    for (uint32_t j = sb_; j < v; ++j) {
      if (doc_.tokens[j].head == static_cast<int32_t>(v) && doc_.tokens[j].deprel == Rel().nsubj &&
          Workers(v_.lower[j])) {
        return true;
      }
    }
    return false;
  }

  // "the largest city Colombo", "the capital, Kabul": a name a place noun introduces.
  bool AfterPlaceNoun(int32_t e) const {
    uint32_t p = doc_.entities[e].token_begin;
    if (p > sb_ && v_.lower[p - 1] == ",") --p;
    return p > sb_ && IsPlaceNoun(v_.lower[p - 1]);
  }

  // "the 2001 Indian Parliament attack": a body that bears no arms, right before an
  // attack noun at token i (only nouns between), is what was attacked; -1 if none.
  int32_t BodyStruck(uint32_t i) const {
    const int32_t e = NearestBefore(i, kModifierWindow + 1, true);
    return IsBodyStruck(e, i) ? e : -1;
  }
  bool IsBodyStruck(int32_t e, uint32_t i) const {
    if (e < 0 || !doc_.entities[e].actor ||
        !OneOf(doc_.entities[e].actor->role,
               {"LEG", "EDU", "MED", "HLH", "BUS", "CVL", "REF", "MNC", "NGO"})) {
      return false;
    }
    for (uint32_t j = doc_.entities[e].token_end; j < i; ++j) {
      if (doc_.tokens[j].upos != Upos::kNoun && doc_.tokens[j].upos != Upos::kPropn) return false;
    }
    return true;
  }

  // "is elected by the Parliament amid protests": is the noun at i a circumstance, after
  // "amid" or "despite", the subject of a clause after "since" ("the first ceasefire
  // since fighting broke out"), or what a pause or halt interrupts ("wanted a
  // humanitarian pause in the fighting")? Its doer is not named before it (after
  // "following" it may be: "demonstrators rioted following a peaceful demonstration").
  // With `during`, a noun after "during" is one too ("Indonesia suspends TikTok's license
  // during nationwide protests": the protests are not Indonesia's).
  bool Circumstance(uint32_t i, bool during = false) const {
    // (The parse may miss the subject: "since fighting over Nagorno-Karabakh broke out".)
    const auto subject = [&] {
      constexpr uint32_t kVerbReach = 4;
      if (doc_.tokens[i].deprel == Rel().nsubj || doc_.tokens[i].deprel == Rel().nsubj_pass) {
        return true;
      }
      for (uint32_t k = i + 1; k < se_ && k <= i + kVerbReach; ++k) {
        if (OneOf(v_.lower[k], {"began", "begun", "started", "broke", "erupted", "resumed"})) {
          return true;
        }
      }
      return false;
    };
    for (uint32_t j = i; j > sb_ && i - j <= kModifierWindow;) {
      --j;
      if (OneOf(v_.lower[j], {"amid", "amidst", "despite"})) return true;
      if (during && v_.lower[j] == "during") return true;
      if (v_.lower[j] == "since" && subject()) return true;
      if (j > sb_ && OneOf(v_.lower[j], {"in", "to", "of"}) &&
          OneOf(v_.lower[j - 1], {"pause", "lull", "halt", "respite"})) {
        return true;
      }
      if (v_.entity_at[j] >= 0 || doc_.tokens[j].upos == Upos::kVerb) break;
    }
    return false;
  }

  // The doer of the noun event at token i that names no "by" agent: where it came from
  // ("a rocket attack from Lebanon", "criticism from Filipinos"), a modifier right before
  // it, else, except for attacks and detentions, a name further back.
  int32_t NounDoer(uint32_t i, const TriggerHit& hit, uint16_t flags) const {
    // "people protest against Israel ..., chanting slogans in support of Iranian leaders":
    // what is done in support or in protest is done by the subject of the clause it
    // qualifies, not by a name before it.
    if (HasSyntax() && i > sb_ && v_.lower[i - 1] == "in" &&
        OneOf(v_.lower[i], {"support", "protest", "solidarity"})) {
      return ClauseDoer(i);
    }
    // "annuls the passport at the request of prosecutors": who asked is after "of".
    if (AtTheRequestOf(i)) return FirstActorFrom(i + 2, i, kModifierWindow);
    if (i + 2 < se_ && v_.lower[i + 1] == "from") {
      if (const int32_t e = v_.entity_at[i + 2]; e >= 0 && Eligible(e, i)) return e;
    }
    // "increased threats of Russian military action": who would act threatens.
    if (i + 2 < se_ && hit.def->type == "THREATEN" && v_.lower[i + 1] == "of") {
      if (const int32_t e = v_.entity_at[i + 2]; e >= 0 && Eligible(e, i)) return e;
    }
    // "Rouhani sends letters to the leaders of France and Germany announcing the
    // country's partial withdrawal": the country is the sentence's first actor's (its
    // subject's, as a rule), not the last one named.
    if (const int32_t e = CountrysActor(i); e >= 0) return e;
    if (const int32_t e = TakesPartIn(i); e >= 0) return e;
    // ("his arrest", "her killing": the possessor is who it befell.)
    if (!(flags & (kViolent | kDetain | kKill | kInjure))) {
      if (const int32_t e = PossessorsActor(i); e >= 0) return e;
      // "Kanter alleged that his public opposition to Erdoğan and support of Gülen": a
      // person's own act, though no dictionary codes the person, is no nearby name's; it
      // is the title's, if any ("Brazil's Education Minister Abraham Weintraub announces
      // his resignation").
      if (const int32_t owner = UncodedOwner(i); owner >= 0) {
        constexpr uint32_t kTitleReach = 8;
        const int32_t title = TitleOf(owner, kTitleReach);
        return title >= 0 ? title : AppositionActor(owner, i);
      }
    }
    int32_t source = NearestBefore(i, kModifierWindow + 1, true);
    // "avoid harming Palestinian civilians in any offensive": the object of a verb, a
    // place preposition before the noun, is not its doer (but "criticizes China for a
    // recent crackdown" is China's).
    if (source >= 0 && HasSyntax() && VerbOfObject(source) >= 0) {
      for (uint32_t j = doc_.entities[source].token_end; j < i; ++j) {
        if (OneOf(v_.lower[j], {"in", "during", "at", "amid"})) {
          source = -1;
          break;
        }
      }
    }
    // "shot by police during protests": a state's forces or offices do not protest.
    if (source >= 0 && hit.def->type == "PROTEST" && StateActor(source)) source = -1;
    // "the recent Beirut bombings": a city before an attack is where it happened.
    if (source >= 0 && (flags & kViolent) && IsCityName(source)) source = -1;
    if ((flags & kViolent) && IsBodyStruck(source, i)) source = -1;
    // "oil from Iran or face sanctions": a name before a verb modifies no later noun (a
    // participle right before the noun is its modifier: "Russia's continuing attacks").
    // ("a Russian guided bomb": nor is a participle the parse makes the noun's modifier, or
    // that follows a nationality: "Russian guided bombs hit".)
    if (source >= 0) {
      const uint32_t end = doc_.entities[source].token_end;
      const bool nationality = doc_.tokens[end - 1].upos == Upos::kAdj;
      for (uint32_t j = end; j < i; ++j) {
        const bool modifier =
            j + 1 == i && (Participle(j) ||
                           (doc_.tokens[j].deprel == Rel().amod &&
                            doc_.tokens[j].head == static_cast<int32_t>(i)) ||
                           (nationality && j == end && v_.lower[j].ends_with("ed")));
        if (doc_.tokens[j].upos == Upos::kVerb && !modifier) {
          source = -1;
          break;
        }
      }
    }
    if (source >= 0) return source;
    // "Russia conducted airstrikes in Idlib", "students staged a protest": the noun is done
    // by the subject of the verb that performs it.
    if (const int32_t verb = GoverningVerb(i);
        verb >= 0 && PerformsNoun(static_cast<uint32_t>(verb), i, hit.def->type) &&
        HasSubject(static_cast<uint32_t>(verb))) {
      source = FromSyntax(static_cast<uint32_t>(verb), false, false).source;
      if (source >= 0) return source;
    }
    // "deports a journalist following three years of detention": the one named before a
    // detention is as often who was held; so for attacks, who was attacked.
    if (flags & (kViolent | kDetain)) return source;
    // A coercion noun is done by the subject of the verb it is the object of ("Biden
    // threatens to re-impose sanctions", "to introduce a package of sanctions"), but not
    // of "face" or "risk" ("countries that face sanctions").
    if (OneOf(hit.def->type, {"COERCE", "SANCTION"})) {
      // "The Security Council adopts Resolution 1718, imposing sanctions on North Korea":
      // a trailing participle clause is the sentence subject's act (the tagger may read
      // the participle as an adjective).
      if (i >= sb_ + 2 && v_.lower[i - 2] == "," && v_.lower[i - 1].ends_with("ing") &&
          !v_.lower[i - 1].starts_with("fac") && !v_.lower[i - 1].starts_with("risk")) {
        if (const int32_t e = OpeningActor(i - 1); e >= 0) return e;
      }
      int32_t verb = GoverningVerb(i);
      if (verb < 0 && i >= sb_ + 2 && v_.lower[i - 1] == "of") verb = GoverningVerb(i - 2);
      if (verb < 0 || v_.lower[verb].starts_with("fac") || v_.lower[verb].starts_with("risk")) {
        return -1;
      }
      source = FromSyntax(static_cast<uint32_t>(verb), false, false).source;
      return source >= 0 ? source : NearestBefore(i, kSourceWindow, false);
    }
    if (Circumstance(i, /*during=*/hit.def->type == "PROTEST")) return -1;
    source = NearestBefore(i, kSourceWindow, false);
    // "The government issues a decree following yesterday's protests": a state's offices
    // named further back are not who protests.
    if (source >= 0 && hit.def->type == "PROTEST" && StateActor(source)) source = -1;
    return source;
  }

  // "Lula lands in Israel at the start of his tour of Palestine and Jordan before his
  // visit to Iran": a noun event after "his" or "her" (with up to two modifiers between:
  // "his first official visit") is the act of the nearest person named before it, not of
  // a place or country just before it; -1 when none.
  int32_t PossessorsActor(uint32_t i) const {
    const uint32_t j = PastModifiers(i);
    if (j == sb_ || !OneOf(v_.lower[j - 1], {"his", "her"})) return -1;
    for (uint32_t k = j - 1; k > sb_;) {
      --k;
      const int32_t e = v_.entity_at[k];
      if (e < 0 || doc_.entities[e].label != "PER") continue;
      if (Eligible(e, i)) return e;
      // "Brazilian President Luiz Inácio Lula da Silva": the title before the name.
      const int32_t title = TitleOf(e, kModifierWindow);
      return title >= 0 && doc_.entities[title].label != "PER" ? title : -1;
    }
    return -1;
  }

  // "Trent Franks, a United States representative for Arizona, announces his
  // resignation": the first actor in an apposition set off by commas after `person`, or
  // -1.
  int32_t AppositionActor(int32_t person, uint32_t trigger) const {
    const uint32_t open = doc_.entities[person].token_end;
    if (open >= se_ || v_.lower[open] != ",") return -1;
    uint32_t close = open + 1;
    while (close < se_ && close < trigger && v_.lower[close] != ",") ++close;
    return FirstCodedIn(open + 1, close);
  }

  // The person, named before it and whom no actor stands for, whose "his" or "her" act
  // the noun at i is (also as the second of two: "his opposition ... and support"); -1
  // if none.
  int32_t UncodedOwner(uint32_t i) const {
    if (!HasSyntax()) return -1;
    uint32_t j = PastModifiers(i);
    if (j > sb_ && v_.lower[j - 1] == "and") {
      // Back over the first conjunct, which names no verb.
      constexpr uint32_t kConjunct = 12;
      for (uint32_t k = j - 1; k > sb_ && j - k <= kConjunct;) {
        --k;
        if (doc_.tokens[k].upos == Upos::kVerb && doc_.tokens[k].xpos != Rel().vbn) break;
        // (The first conjunct must name an act too: not "his term surrounded by
        // accusations of corruption and protests".)
        if (OneOf(v_.lower[k], {"his", "her"})) {
          const uint32_t first = PastModifiersAfter(k + 1);
          if (first < j && (triggers_.Match(v_, first, se_) ||
                            OneOf(v_.lower[first], {"opposition", "refusal", "rejection",
                                                    "decision", "role", "involvement"}))) {
            j = k + 1;
          }
          break;
        }
      }
    }
    if (j == sb_ || !OneOf(v_.lower[j - 1], {"his", "her"})) return -1;
    for (uint32_t k = j - 1; k > sb_;) {
      --k;
      const int32_t e = v_.entity_at[k];
      if (e < 0 || doc_.entities[e].label != "PER") continue;
      return Coded(e) ? -1 : e;
    }
    return -1;
  }

  // The first token from `from` on that is no adjective ("his public opposition": the
  // noun).
  uint32_t PastModifiersAfter(uint32_t from) const {
    uint32_t k = from;
    while (k < se_ && doc_.tokens[k].upos == Upos::kAdj) ++k;
    return k;
  }

  // Where the adjectives and nouns (at most two) right before token i begin: "first
  // official" in "his first official visit", "recent" in "the country's recent
  // offensive".
  uint32_t PastModifiers(uint32_t i) const {
    uint32_t j = i;
    for (int mods = 0;
         mods < 2 && j > sb_ && HasSyntax() &&
         (doc_.tokens[j - 1].upos == Upos::kAdj || doc_.tokens[j - 1].upos == Upos::kNoun);
         ++mods) {
      --j;
    }
    return j;
  }

  // The actor that stands for a person the dictionary does not know: the title named
  // within `reach` tokens before the name ("Mexico's Secretary of Foreign Affairs Luis
  // Videgaray Caso"), or -1.
  int32_t TitleOf(int32_t person, uint32_t reach) const {
    return NearestBefore(doc_.entities[person].token_begin, reach, true);
  }

  // For a noun event right after "the country's" (with up to two modifiers between:
  // "the country's recent offensive"), the sentence's first actor, when it is a state
  // or a state's body; -1 otherwise.
  int32_t CountrysActor(uint32_t i) const {
    const uint32_t j = PastModifiers(i);
    if (j < sb_ + 3 || !OneOf(v_.lower[j - 1], {"'s", "\u2019s"}) || v_.lower[j - 2] != "country" ||
        v_.lower[j - 3] != "the") {
      return -1;
    }
    for (uint32_t k = sb_; k + 3 < j; ++k) {
      const int32_t e = v_.entity_at[k];
      if (e < 0 || !Eligible(e, i)) continue;
      const ActorRef* a = doc_.entities[e].actor ? &*doc_.entities[e].actor : nullptr;
      if (a == nullptr || a->country.empty()) continue;
      return OneOf(a->role, {"", "GOV", "MIL", "LEG"}) ? e : -1;
    }
    return -1;
  }

  // "Serb forces were engaged in ethnic cleansing", "militants involved in the attack":
  // the subject of a verb of taking part does the act its "in" phrase names.
  int32_t TakesPartIn(uint32_t i) const {
    if (!HasSyntax() || !HasCase(i, {"in"})) return -1;
    const Token& t = doc_.tokens[i];
    if (t.head < static_cast<int32_t>(sb_) || t.head >= static_cast<int32_t>(i)) return -1;
    const uint32_t v = static_cast<uint32_t>(t.head);
    const std::string_view w = v_.lower[v];
    if (!(w.starts_with("engag") || w.starts_with("involv") || w.starts_with("participat"))) {
      return -1;
    }
    for (uint32_t j = sb_; j < v; ++j) {
      const Token& c = doc_.tokens[j];
      if (c.head == static_cast<int32_t>(v) &&
          (c.deprel == Rel().nsubj || c.deprel == Rel().nsubj_pass)) {
        return PhraseActor(j, i);
      }
    }
    return -1;
  }

  // "died as a result of torture while in Israeli police custody": who holds someone in
  // custody did what befell them there.
  int32_t CustodyHolder(uint32_t i) const {
    constexpr uint32_t kBefore = 3;
    for (uint32_t j = sb_; j < se_; ++j) {
      if (v_.lower[j] != "custody") continue;
      for (uint32_t k = j; k > sb_ && j - k < kBefore;) {
        --k;
        if (v_.lower[k] == "in") break;
        if (const int32_t e = v_.entity_at[k]; e >= 0 && Eligible(e, i)) return e;
      }
    }
    return -1;
  }

  // "stands trial", "goes on trial", "faces (criminal) charges": does the verb at i put
  // its subject before a court?
  bool FacesTrial(uint32_t i) const {
    const std::string_view lemma = doc_.Lemma(i);
    if (lemma == "go") return i + 2 < se_ && v_.lower[i + 1] == "on" && v_.lower[i + 2] == "trial";
    if (lemma == "stand") return i + 1 < se_ && v_.lower[i + 1] == "trial";
    if (lemma != "face") return false;
    constexpr uint32_t kReach = 3;  // "face criminal charges", "face war crimes charges"
    for (uint32_t k = i + 1; k < se_ && k <= i + kReach && !v_.IsPunct(k); ++k) {
      if (OneOf(v_.lower[k], {"trial", "charges", "charge", "prosecution", "impeachment",
                              "extradition", "accusations", "allegations", "indictment"})) {
        return true;
      }
    }
    return false;
  }

  // "under heavy shelling", "under attack": the "under" before the noun at token i, across
  // adjectives (and, with `adverbs`, adverbs); -1 if none.
  int32_t UnderBefore(uint32_t i, bool adverbs) const {
    uint32_t k = i;
    while (k > sb_ + 1 && (doc_.tokens[k - 1].upos == Upos::kAdj ||
                           (adverbs && doc_.tokens[k - 1].upos == Upos::kAdv))) {
      --k;
    }
    return k > sb_ && v_.lower[k - 1] == "under" ? static_cast<int32_t>(k - 1) : -1;
  }

  // "had been under shelling", "under heavy attack": is the attack noun at token i what
  // its subject was under?
  bool UnderAttack(uint32_t i) const { return UnderBefore(i, false) >= 0; }

  // Is the verb at token i "come under" followed, within a few words, by a word for which
  // pred(k) holds?
  template <typename Pred>
  bool ComesUnderA(uint32_t i, Pred pred) const {
    if (doc_.Lemma(i) != "come" || !v_.Is(i + 1, "under")) return false;
    for (uint32_t k = i + 2; k < se_ && k <= i + 4; ++k) {
      if (pred(k)) return true;
    }
    return false;
  }

  // "came under attack": the attack noun after it tells the event, the verb none.
  bool ComesUnderAttack(uint32_t i) const {
    return ComesUnderA(i, [&](uint32_t k) { return IsEventNoun(k, "ASSAULT"); });
  }

  // "Kofi Annan has come under fire", "comes under heavy criticism from": the subject of
  // "come under" is what the fire or censure is aimed at.
  bool ComesUnder(uint32_t i) const {
    return ComesUnderA(i, [&](uint32_t k) {
      return OneOf(v_.lower[k], {"fire", "censure", "criticism", "scrutiny", "pressure"});
    });
  }

  // "Israel faces international condemnation", "the plan draws criticism from China",
  // "comes under criticism": the verb whose subject receives the censure named by the
  // noun at token i, or -1.
  int32_t ReceivingVerb(uint32_t i) const {
    if (!HasSyntax() || !CensureWord(v_.lower[i])) return -1;
    if (const int32_t u = UnderBefore(i, true);
        u > static_cast<int32_t>(sb_) && doc_.Lemma(static_cast<uint32_t>(u) - 1) == "come") {
      return u - 1;
    }
    const int32_t verb = GoverningVerb(i);
    return verb >= 0 && ReceivingLemma(doc_.Lemma(static_cast<uint32_t>(verb))) ? verb : -1;
  }

  static bool CensureWord(std::string_view w) {
    return OneOf(w, {"criticism", "criticisms", "condemnation", "condemnations", "censure",
                     "rebuke", "backlash", "outrage", "anger", "ire"});
  }

  static bool ReceivingLemma(std::string_view lemma) {
    return OneOf(lemma, {"face", "draw", "receive", "attract", "incur", "earn", "spark", "provoke",
                         "prompt", "trigger", "meet", "suffer"});
  }

  // Is the verb at token v one that receives the censure its object names ("faces
  // condemnation", "drew criticism")?
  bool ObjectIsCensure(uint32_t v) const {
    if (!HasSyntax() || !ReceivingLemma(doc_.Lemma(v))) return false;
    for (uint32_t j = v + 1; j < se_; ++j) {
      if (doc_.tokens[j].head == static_cast<int32_t>(v) && doc_.tokens[j].deprel == Rel().obj) {
        return CensureWord(v_.lower[j]);
      }
    }
    return false;
  }

  // "came under fire from aircraft", "under artillery fire", soldiers under fire: fire
  // from arms, not words.
  bool ArmedFire(uint32_t i, int32_t from, int32_t target) const {
    const auto armed = [&](int32_t e) {
      return e >= 0 && doc_.entities[e].actor &&
             OneOf(doc_.entities[e].actor->role, {"MIL", "REB", "INS", "COP", "SPY", "UAF"});
    };
    if (armed(from) || armed(target)) return true;
    // "Officials in Stepanakert said it had come under fire": a place (or "it") under
    // fire not said to be for something is shot at.
    bool censure = false;
    for (uint32_t k = i + 2; k < se_ && k <= i + 6 && !censure; ++k) {
      censure = OneOf(v_.lower[k], {"for", "over", "after", "from"});
    }
    bool it = false;
    for (uint32_t k = i; k > sb_ && i - k <= 3 && !it;) it = v_.lower[--k] == "it";
    if (!censure && (it || (target >= 0 && doc_.entities[target].place))) return true;
    for (uint32_t k = i + 2; k < se_ && k <= i + 8 && !v_.IsPunct(k); ++k) {
      if (OneOf(v_.lower[k], {"artillery", "rocket", "mortar", "sniper", "gunfire", "aircraft",
                              "troops", "tanks", "drones", "militants", "gunmen", "shelling"})) {
        return true;
      }
    }
    return false;
  }

  // The accused before "stands trial for (the)" the act at token t, or -1.
  int32_t AccusedOnTrial(uint32_t t) const {
    constexpr uint32_t kSubjectReach = 8;
    uint32_t k = t;
    if (k > sb_ && OneOf(v_.lower[k - 1], {"the", "a", "an"})) --k;
    if (k < sb_ + 3 || !OneOf(v_.lower[k - 1], {"for", "over"}) || v_.lower[k - 2] != "trial") {
      return -1;
    }
    for (uint32_t verb = k - 2; verb > sb_ && k - 2 - verb < 3;) {
      --verb;
      if (FacesTrial(verb)) return NearestBefore(verb, kSubjectReach, true);
    }
    return -1;
  }

  // "a soldier accused of killing six", "suspected of killing", "arrested for allegedly
  // stabbing": the act at token t is one someone is accused of.
  bool AccusedOf(uint32_t t) const {
    uint32_t k = t;
    if (k > sb_ && v_.lower[k - 1] == "allegedly") --k;
    if (k < sb_ + 2 || !OneOf(v_.lower[k - 1], {"of", "for"})) return false;
    const std::string_view w = v_.lower[k - 2];
    return w.starts_with("accus") || w.starts_with("suspect") || w.starts_with("convict") ||
           w.starts_with("charg") || w.starts_with("arrest") || w == "guilty" || w == "suspicion" ||
           w.starts_with("allegation");
  }

  // "Clashes in Gyumri, Armenia between police and protesters": the first actor after a
  // "between" that follows a place phrase after the noun at token i, or -1.
  int32_t FirstPartyPastPlace(uint32_t i) const {
    constexpr uint32_t kReach = 8, kPartyReach = 2;
    if (i + 2 >= se_ || !OneOf(v_.lower[i + 1], {"in", "at", "near"})) return -1;
    bool place = false;
    for (uint32_t k = i + 2; k < se_ && k <= i + 2 + kReach; ++k) {
      const int32_t e = v_.entity_at[k];
      if (e >= 0 && IsLocative(e)) {
        place = true;
      } else if (v_.lower[k] == "between") {
        return place ? FirstActorFrom(k + 1, i, kPartyReach) : -1;
      } else if (!OneOf(v_.lower[k], {",", "the"})) {
        return -1;
      }
    }
    return -1;
  }

  // The first eligible actor for the trigger at i that begins in [from, from + reach],
  // not past punctuation; -1 if none.
  int32_t FirstActorFrom(uint32_t from, uint32_t i, uint32_t reach) const {
    for (uint32_t k = from; k < se_ && k <= from + reach && !v_.IsPunct(k); ++k) {
      if (const int32_t e = v_.entity_at[k]; e >= 0 && Eligible(e, i)) return e;
    }
    return -1;
  }

  // Is token j's phrase introduced by one of the prepositions?
  bool HasCase(uint32_t j, std::initializer_list<std::string_view> preps) const {
    for (uint32_t k = sb_; k < se_; ++k) {
      if (doc_.tokens[k].head == static_cast<int32_t>(j) && doc_.tokens[k].deprel == Rel().case_ &&
          OneOf(v_.lower[k], preps)) {
        return true;
      }
    }
    return false;
  }

  // The agent of a passive verb: "by" and its noun. ("Three people are found dead,
  // including two children": the parse may make a noun after another preposition the
  // agent.)
  bool IsAgent(uint32_t j) const {
    const auto d = doc_.tokens[j].deprel;
    return (d == Rel().obl_agent || d == Rel().obl) && HasCase(j, {"by"});
  }

  // "Japan said on Tuesday it had halted aid": a personal pronoun subject of a clause
  // reported by an actor is that actor.
  int32_t ReporterOfPronoun(uint32_t pronoun, uint32_t trigger) const {
    // ("Hassan Nasrallah of Hezbollah announces that his group will continue to support":
    // the speaker's own body, named by a possessive, is the speaker too.)
    const bool own_body =
        pronoun > sb_ && OneOf(v_.lower[pronoun - 1], {"his", "her", "its", "their"}) &&
        OneOf(v_.lower[pronoun], {"group", "party", "government", "country", "forces",
                                  "organization", "organisation", "movement", "administration"});
    if (!own_body && !OneOf(v_.lower[pronoun], {"it", "he", "she", "they", "we"})) return -1;
    // (Right after the speaker's verb, also where the parse loses the clause: "Keir
    // Starmer and Narendra Modi announce they have signed".)
    const uint32_t start = own_body ? pronoun - 1 : pronoun;
    if (attribution_ &&
        (start == attribution_->end + 1 ||
         (start == attribution_->end + 2 && v_.lower[attribution_->end + 1] == "that"))) {
      return AttributionSpeaker(trigger);
    }
    const Relations& r = Rel();
    uint32_t h = doc_.tokens[pronoun].head < 0 ? pronoun : doc_.tokens[pronoun].head;
    for (int hops = 0; hops < 3; ++hops) {
      const Token& t = doc_.tokens[h];
      if (t.head < static_cast<int32_t>(sb_) || t.head >= static_cast<int32_t>(se_)) return -1;
      const uint32_t up = static_cast<uint32_t>(t.head);
      if (t.deprel == r.ccomp) {
        // ("Baku offered its apologies to Russia, ... and said it was ready to pay": a
        // reporting verb after "and" speaks with the subject it shares.)
        uint32_t reporter = up;
        for (int shared = 0; shared < 3; ++shared) {
          for (uint32_t j = sb_; j < se_; ++j) {
            const Token& c = doc_.tokens[j];
            if (c.head != static_cast<int32_t>(reporter) || c.deprel != r.nsubj) continue;
            const int32_t speaker = PhraseActor(j, trigger, /*reporter=*/true);
            // ("Abe condemns the latest North Korean missile tests and says they violate
            // ...": "they" is no one person.)
            if (shared > 0 && speaker >= 0 && v_.lower[pronoun] == "they" && v_.entity_at[j] >= 0 &&
                doc_.entities[v_.entity_at[j]].label == "PER") {
              return -1;
            }
            if (speaker >= 0) return speaker;
            // "Indonesian Minister of Maritime Affairs and Fisheries Edhy Prabowo says that
            // they have detained": the actor of a long title the phrase does not reach.
            return InAttribution(j) ? AttributionSpeaker(trigger) : -1;
          }
          const Token& rv = doc_.tokens[reporter];
          if (rv.deprel != r.conj || rv.head < static_cast<int32_t>(sb_) ||
              rv.head >= static_cast<int32_t>(reporter)) {
            return -1;
          }
          // (Past a participle the parse joins it to: "said the incident was not directed
          // against Moscow and said it was ready".)
          const int32_t raised = FiniteConjunctHead(reporter, static_cast<uint32_t>(rv.head));
          reporter = static_cast<uint32_t>(raised >= 0 ? raised : rv.head);
        }
        return -1;
      }
      if (t.deprel != r.conj && t.deprel != r.xcomp) return -1;
      h = up;
    }
    return -1;
  }

  // The first actor named in the attribution ("Indonesian Minister of Maritime Affairs
  // and Fisheries Edhy Prabowo"), or -1.
  int32_t AttributionSpeaker(uint32_t trigger) const {
    if (!attribution_) return -1;
    const int32_t e = FirstCodedIn(attribution_->begin, attribution_->end);
    return e >= 0 && v_.in_quote[doc_.entities[e].token_begin] == v_.in_quote[trigger] ? e : -1;
  }

  // Source and target of the verb at token i from its dependents; a verb without a
  // subject borrows that of the verb it completes ("is about to restore", "met and
  // signed"). An accusation's target is what it is about ("complained to the UN over
  // Israeli raids"), not whom it is made to. A verb without a target takes that of the
  // act it completes ("threatened to impose restrictions against German goods"); a
  // request's, the subject of the clause it asks for ("demanded that the Sudanese
  // government end curbs").
  SyntaxSlots FromSyntax(uint32_t i, bool request, bool accuse) const {
    SyntaxSlots out;
    if (!HasSyntax()) return out;
    const Relations& r = Rel();
    int32_t patient = -1, obl_target = -1, obl_about = -1, obl_target_head = -1, obj_head = -1;
    bool agent_seen = false;
    for (uint32_t j = sb_; j < se_; ++j) {
      const Token& t = doc_.tokens[j];
      if (t.head != static_cast<int32_t>(i)) continue;
      // "buys drones from Baykar amid rising tensions between Morocco and Algeria": an
      // object past a word that opens an adjunct clause is a misparse.
      if (j > i && (t.deprel == r.obj || t.deprel == r.iobj || t.deprel == r.obl) &&
          BoundaryWordBetween(i, j)) {
        continue;
      }
      if (t.deprel == r.nsubj && out.source < 0) {
        out.source = PhraseActor(j, i, false, true);
        if (out.source < 0) out.source = ReporterOfPronoun(j, i);
      } else if (t.deprel == r.nsubj_pass && patient < 0) {
        patient = PhraseActor(j, i);
      } else if ((t.deprel == r.obj || t.deprel == r.iobj) && out.target < 0) {
        out.target = PhraseActor(j, i);
        if (out.target >= 0 && FiredFrom(i, out.target)) out.target = -1;
        obj_head = static_cast<int32_t>(j);
        // "Modi visits Kyiv", "McCain visits Benghazi": the country of the place visited
        // hosts the visit.
        if (out.target < 0 && VisitVerb(doc_.Lemma(i)) && PlaceInACountry(v_.entity_at[j])) {
          out.destination = v_.entity_at[j];
        }
      } else if (IsAgent(j)) {
        // Only the first agent: "bombed by pro-Gaddafi forces despite a no-fly zone by the
        // United Nations".
        if (out.source < 0 && !agent_seen) out.source = PhraseActor(j, i, false, true);
        agent_seen = true;
      } else if (t.deprel == r.obl && v_.entity_at[j] >= 0 && FiredFrom(i, v_.entity_at[j])) {
        continue;  // "rockets fired from Syria": where they came from, not whom they hit
      } else if (t.deprel == r.obl && HasCase(j, {"with"}) && WithDoing(j)) {
        continue;  // "with Polish President Andrzej Duda saying that": a circumstance
      } else if (t.deprel == r.obl && obl_target < 0 &&
                 HasCase(j, {"with", "to", "on", "against", "at", "into", "toward", "towards",
                             "upon", "from", "about", "over"})) {
        obl_target = PhraseActor(j, i);
        // "at a Prague hotel": a place that only qualifies the noun after "at" is where.
        if (obl_target >= 0 && doc_.entities[obl_target].place && HasCase(j, {"at"}) &&
            doc_.entities[obl_target].token_end == j && QualifiedCommonNoun(j)) {
          obl_target = -1;
        }
        obl_target_head = static_cast<int32_t>(j);
        if (accuse && obl_about < 0 && HasCase(j, {"against", "about", "over"})) {
          obl_about = obl_target;
        }
      } else if (t.deprel == r.obl && accuse && obl_about < 0 &&
                 HasCase(j, {"against", "about", "over"})) {
        obl_about = PhraseActor(j, i);
      } else if (t.deprel == r.obl && obl_target < 0 && v_.lower[i].starts_with("arriv") &&
                 HasCase(j, {"in"})) {
        obl_target = PhraseActor(j, i);  // "arrived in Germany": where the visitor goes
        if (obl_target < 0 && PlaceInACountry(v_.entity_at[j])) {
          out.destination = v_.entity_at[j];
        }
      }
    }
    // "complained to the United Nations over Israeli air raids": what is complained about
    // may hang on the audience's phrase; "files a complaint to the UN over Israel's
    // violations": or on the complaint's.
    for (uint32_t j = sb_; accuse && obl_about < 0 && j < se_; ++j) {
      const int32_t h = doc_.tokens[j].head;
      if ((h == obl_target_head || h == obj_head) && h >= 0 && doc_.tokens[j].deprel == r.nmod &&
          HasCase(j, {"against", "about", "over"})) {
        obl_about = PhraseActor(j, i);
        if (obl_about >= 0 && h == obj_head) out.target = obl_about;
      }
    }
    // "complained to the United Nations on Tuesday over two Israeli air raids": the
    // parse may lose the preposition altogether; the words still say what it is about.
    for (uint32_t j = i + 1; accuse && obl_about < 0 && j < se_ && !IsClauseBoundary(v_, j); ++j) {
      if (!OneOf(v_.lower[j], {"over", "about", "against"})) continue;
      obl_about = FirstActorFrom(j + 1, i, kAgentWindow - 1);
      break;
    }
    if (patient >= 0) {
      if (out.target < 0) out.target = patient;
    }
    if (out.target < 0) out.target = obl_about >= 0 ? obl_about : obl_target;
    for (uint32_t j = sb_; j < se_ && out.target < 0; ++j) {
      const Token& c = doc_.tokens[j];
      if (c.head != static_cast<int32_t>(i)) continue;
      // "threatened today to impose": an infinitive may hang on as an adverbial clause.
      bool infinitive = c.deprel == r.xcomp;
      for (uint32_t k = sb_; k < j && !infinitive && c.deprel == r.advcl; ++k) {
        infinitive = doc_.tokens[k].head == static_cast<int32_t>(j) && v_.lower[k] == "to";
      }
      if (!infinitive) continue;
      for (uint32_t k = sb_; k < se_ && out.target < 0; ++k) {
        const Token& o = doc_.tokens[k];
        if (o.head != static_cast<int32_t>(j)) continue;
        if (o.deprel == r.obj || o.deprel == r.iobj ||
            (o.deprel == r.obl && HasCase(k, {"to", "on", "against", "into", "toward", "towards",
                                              "upon", "from", "over"}))) {
          out.target = PhraseActor(k, i);
        }
      }
    }
    if (out.target < 0 && request) {
      for (uint32_t j = sb_; j < se_ && out.target < 0; ++j) {
        const Token& c = doc_.tokens[j];
        if (c.head != static_cast<int32_t>(i) || c.deprel != r.ccomp) continue;
        for (uint32_t k = sb_; k < se_ && out.target < 0; ++k) {
          const Token& sub = doc_.tokens[k];
          if (sub.head == static_cast<int32_t>(j) && sub.deprel == r.nsubj) {
            out.target = PhraseActor(k, i);
          }
        }
      }
    }
    // "demanded that the Sudanese government end curbs": where the parse misses the
    // clause ("end" read as a noun), its subject is still the name right after "that".
    if (out.target < 0 && request && v_.Is(i + 1, "that")) {
      out.target = FirstActorFrom(i + 2, i, kAgentWindow);
    }
    // Borrow the subject up a chain of xcomp/conj heads, or from the clause a gerund
    // hangs on ("Russia will take part despite invading Ukraine"). A clause completing a
    // verb with an object takes the object as its subject: "urged Iran to release" is
    // Iran's release.
    uint32_t h = i;
    for (int hops = 0; out.source < 0 && patient < 0 && hops < 3; ++hops) {
      const uint32_t at = h;
      const Token& t = doc_.tokens[at];
      const bool gerund_clause = t.deprel == r.advcl && t.xpos == r.vbg;
      if (t.head < static_cast<int32_t>(sb_) || t.head >= static_cast<int32_t>(se_)) break;
      // (A clause the parse hangs on a verb as a noun's would is its complement: "The
      // Israeli military claims to have killed".)
      const bool xcomp =
          t.deprel == r.xcomp || (t.deprel == r.acl && doc_.tokens[t.head].upos == Upos::kVerb);
      if (!xcomp && t.deprel != r.conj && !gerund_clause) break;
      const bool opened = t.deprel == r.conj && OpenedByConjunction(at);
      // A passive conjunct befalls the subject it shares ("is still alive and is being
      // held hostage").
      if (opened && IsPassive(v_, sb_, at) && SubjectOf(at, true) < 0) {
        if (out.target < 0) out.target = SubjectActor(static_cast<uint32_t>(t.head), i);
        break;
      }
      // A conjunct with a subject of its own ("but doctors have refused"; a pronoun, "and
      // it vowed", may stand for the first one's) borrows none, nor does one no
      // conjunction opens ("after Malta and Italy both refused the vessel").
      if (t.deprel == r.conj && (HasNounSubject(at) || !opened)) break;
      h = static_cast<uint32_t>(t.head);
      // "arrest an Iraqi al-Qaeda member and charge him": a verb the parse joins to the
      // object of another verb is that verb's conjunct. So is a finite verb joined to a
      // noun further down ("had spoken by phone with his counterparts ... before the
      // announcement, and urged them"): the conjunct of the verb above the noun.
      if (t.deprel == r.conj && doc_.tokens[h].upos == Upos::kNoun &&
          (doc_.tokens[h].deprel == r.obj || r.Finite(t.xpos))) {
        if (const int32_t verb = VerbAbove(h); verb >= 0) h = static_cast<uint32_t>(verb);
      }
      const int32_t finite_head = t.deprel == r.conj ? FiniteConjunctHead(at, h) : -1;
      const bool raised = finite_head >= 0;  // ("said ... had fired ... and called")
      if (raised) h = static_cast<uint32_t>(finite_head);
      // "announces measures targeting Pakistan including closing the border": the acts a
      // list names are done by the subject of the verb the list hangs under.
      if (v_.lower[h] == "including") {
        out.source = SubjectAbove(h, i);
        break;
      }
      // "blamed Azerbaijan for violating the truce": the one blamed is who violated it. A
      // participle after an object is the subject's act ("hit a United Nations car
      // killing one"), except after "from" or "against" ("deter Turkey from attacking")
      // and after a reporting verb, whose object and participle are a clause ("says
      // Russian jets buzzing a U.S. ship").
      const bool from_doing = i > sb_ && OneOf(v_.lower[i - 1], {"from", "against"});
      // (The object before a past participle is whom it befell: "leaving one police
      // officer injured".)
      // "Police arrest a nurse for allegedly killing four patients", "fines Uber for
      // breaching the rules": whom a sanction falls on did what it is for.
      const bool sanctioned_for = gerund_clause && SanctionVerb(v_.lower[h]) && ForDoing(i);
      const bool controlled = (xcomp && !CompletingParticiple(at) &&
                               (t.xpos != r.vbg || from_doing || IsReportingVerb(v_, h))) ||
                              (gerund_clause && (from_doing || JudgesAnAct(v_.lower[h]))) ||
                              sanctioned_for;
      // ("reported dozens of their soldiers killed": a participle completing a report is
      // done to its object, not by the reporter.)
      if (xcomp && CompletingParticiple(at) && IsReportingVerb(v_, h)) break;
      int32_t subject = -1, object = -1;
      bool subject_seen = false, object_seen = false, object_pronoun = false;
      for (uint32_t j = sb_; j < se_; ++j) {
        const Token& c = doc_.tokens[j];
        if (c.head != static_cast<int32_t>(h)) continue;
        // "Iraq was forced to withdraw", "it is prepared to impose": the passive subject
        // of a verb controls its infinitive.
        if ((c.deprel == r.nsubj || (xcomp && c.deprel == r.nsubj_pass)) && subject < 0) {
          subject_seen = true;
          // "Iraq said it is ready to send troops": the pronoun is the reporter; "Hamas
          // claims to have killed ten soldiers": so is whoever claims an act of its own.
          subject = PhraseActor(j, i, false, true);
          if (subject < 0) subject = ReporterOfPronoun(j, i);
          // ("Mali's Tuareg coalition claimed to have killed": not the owner.)
          if (subject < 0 && xcomp && IsReportingVerb(v_, h)) {
            const int32_t claimant = PhraseActor(j, i, true, true);
            const uint32_t end = claimant >= 0 ? doc_.entities[claimant].token_end : se_;
            if (end >= se_ || !OneOf(v_.lower[end], {"'s", "'"})) subject = claimant;
          }
        }
        if (controlled && (c.deprel == r.obj || c.deprel == r.iobj) && object < 0) {
          object = PhraseActor(j, i);
          object_seen = true;
          object_pronoun = OneOf(v_.lower[j], {"them", "him", "her", "us", "me", "you"});
        }
      }
      // (An object no actor names still did it: "arrest a nurse for killing", "accuses the
      // Dalai Lama of supporting the acts".)
      const bool judged_for = gerund_clause && JudgesAnAct(v_.lower[h]) && OfOrForDoing(i);
      // (The subject of the verb a finite conjunct was raised to, as that verb finds it:
      // "Chinese Foreign Ministry spokeswoman Hua Chunying reports ..., and requests".)
      if (raised && subject < 0) subject = NearestBefore(h, kSourceWindow, false);
      // Nor is that verb's act done by another when its subject names no actor
      // ("Stepanyan said Azerbaijan had fired ... and called on Baku").
      out.unnamed_doer = ((sanctioned_for || judged_for) && object_seen && object < 0) ||
                         (raised && subject_seen && subject < 0);
      // "urged them to stop the fighting": what is asked of a pronoun is not the asker's
      // act (the nearest actor before, the proximity guess, is most often the one meant).
      if (object_pronoun && object < 0 && !out.unnamed_doer) {
        out.source = -1;
        break;
      }
      out.source = object >= 0 ? object : out.unnamed_doer ? -1 : subject;
      if (out.unnamed_doer) break;
    }
    // "demonstrators protesting election results": a present participle that describes
    // a noun is done by what that noun names.
    const Token& self = doc_.tokens[i];
    constexpr int32_t kParticipleReach = 3;  // "protesters (in Minsk) protesting"
    if (out.source < 0 && patient < 0 && self.deprel == r.acl && self.xpos == r.vbg &&
        self.head >= static_cast<int32_t>(sb_) && self.head < static_cast<int32_t>(i) &&
        static_cast<int32_t>(i) - self.head <= kParticipleReach) {
      const int32_t doer = PhraseActor(static_cast<uint32_t>(self.head), i);
      if (doer != out.target) out.source = doer;
      // ("Gunmen opened fire against two social workers delivering aid": people no actor
      // names still did it, not the gunmen; "Saudi women's rights activists calling for":
      // a nationality in their noun phrase names them.)
      if (doer < 0 && IsPersonNoun(doc_.Lemma(static_cast<uint32_t>(self.head)))) {
        constexpr uint32_t kPhraseReach = 5;
        const auto head = static_cast<uint32_t>(self.head);
        int32_t named = -1;
        for (uint32_t k = head; k > sb_ && head - k < kPhraseReach && named < 0;) {
          --k;
          const Upos u = doc_.tokens[k].upos;
          if (u != Upos::kAdj && u != Upos::kNoun && u != Upos::kPropn && u != Upos::kNum &&
              u != Upos::kPart) {
            break;
          }
          if (Coded(v_.entity_at[k])) named = v_.entity_at[k];
        }
        if (named >= 0 && named != out.target) {
          out.source = named;
        } else {
          out.unnamed_doer = true;
        }
      }
      // "charges a couple for allegedly spying", "accuses the Dalai Lama of supporting the
      // acts": the noun did it, though no actor names it.
      const uint32_t noun = static_cast<uint32_t>(self.head);
      if (doer < 0 && doc_.tokens[noun].deprel == r.obj &&
          doc_.tokens[noun].head >= static_cast<int32_t>(sb_)) {
        const std::string_view verb = v_.lower[static_cast<uint32_t>(doc_.tokens[noun].head)];
        if ((SanctionVerb(verb) && ForDoing(i)) || (JudgesAnAct(verb) && OfOrForDoing(i))) {
          out.unnamed_doer = true;
        }
      }
    }
    // "seeking the death penalty against Satoshi Uematsu for stabbing 19 people",
    // "sanctions against Russia for invading Ukraine": whom a measure is against did what
    // it is for, named or not.
    if (ForDoing(i)) {
      for (uint32_t k = i - 1; k > sb_ && i - k <= 8;) {
        --k;
        if (IsClauseBoundary(v_, k)) break;
        if (v_.lower[k] != "against") continue;
        out.source = FirstActorFrom(k + 1, i, 4);
        out.unnamed_doer = out.source < 0;
        break;
      }
    }
    return out;
  }

  // Is the past participle at token i an adjective before a noun phrase, after a verb,
  // a preposition or a determiner ("visited jailed opposition leader X")?
  bool AttributiveParticiple(uint32_t i) const {
    if (i <= sb_ || i + 1 >= se_ || !v_.lower[i].ends_with("ed") || IsHave(v_.lower[i - 1]) ||
        OneOf(v_.lower[i - 1], {"be", "been", "being", "is", "are", "was", "were", "get", "got"})) {
      return false;
    }
    const Upos before = doc_.tokens[i - 1].upos, after = doc_.tokens[i + 1].upos;
    return (before == Upos::kVerb || before == Upos::kAdp || before == Upos::kDet) &&
           (after == Upos::kPropn || after == Upos::kAdj ||
            (after == Upos::kNoun && doc_.tokens[i].deprel != Rel().xcomp));
  }

  // Does an active "find" or "found" ("finds", "has found") stand between entity e and
  // token i?
  bool ActiveFindBetween(int32_t e, uint32_t i) const {
    for (uint32_t k = doc_.entities[e].token_end; k < i; ++k) {
      const bool perfect = k > sb_ && IsHave(v_.lower[k - 1]);
      if (IsFindWord(v_.lower[k]) && (Rel().Finite(doc_.tokens[k].xpos) || perfect)) {
        return true;
      }
    }
    return false;
  }

  // Does "on behalf of" (or "in the name of") come right before entity e, itself right
  // after the trigger at i ("an attack on behalf of Hamas")?
  bool OnBehalfOf(int32_t e, uint32_t i) const {
    constexpr uint32_t kNear = 5;
    uint32_t p = doc_.entities[e].token_begin;
    if (p > sb_ && v_.lower[p - 1] == "the") --p;
    return p > i && p <= i + kNear && p >= sb_ + 2 && v_.lower[p - 1] == "of" &&
           OneOf(v_.lower[p - 2], {"behalf", "name"});
  }

  // The actor subject of the nearest verb up the chain of heads from token h (-1 if
  // none within a few steps).
  int32_t SubjectAbove(uint32_t h, uint32_t trigger) const {
    for (int hops = 0; hops < 5; ++hops) {
      const int32_t up = doc_.tokens[h].head;
      if (up < static_cast<int32_t>(sb_) || up >= static_cast<int32_t>(se_)) return -1;
      h = static_cast<uint32_t>(up);
      if (const int32_t subject = SubjectOf(h, false); subject >= 0) {
        return PhraseActor(static_cast<uint32_t>(subject), trigger);
      }
    }
    return -1;
  }

  // The subject of the word at token v: its first nsubj dependent, else, with `passive`,
  // its first nsubj:pass; -1 if none.
  int32_t SubjectOf(uint32_t v, bool passive) const {
    int32_t subject = -1;
    for (uint32_t j = sb_; j < se_; ++j) {
      const Token& t = doc_.tokens[j];
      if (t.head != static_cast<int32_t>(v)) continue;
      if (t.deprel == Rel().nsubj) return static_cast<int32_t>(j);
      if (passive && t.deprel == Rel().nsubj_pass && subject < 0) subject = static_cast<int32_t>(j);
    }
    return subject;
  }

  // Is the noun at token i a request in "at the request of" ("at the invitation of")?
  bool AtTheRequestOf(uint32_t i) const {
    return i >= sb_ + 2 && i + 2 < se_ && v_.lower[i - 2] == "at" && v_.lower[i - 1] == "the" &&
           OneOf(v_.lower[i], {"request", "invitation", "behest", "urging"}) &&
           v_.lower[i + 1] == "of";
  }

  // Who does what the noun at token i names for the clause it qualifies ("people rally
  // in support of X"): the subject of the nearest verb above it within a few steps, its
  // passive subject when it has no active one ("is arrested for tweeting in support of"),
  // the noun a relative pronoun stands for ("members who voted in support of"), and the
  // people a quantity counts ("tens of thousands of demonstrators").
  int32_t ClauseDoer(uint32_t i) const {
    const Relations& r = Rel();
    uint32_t h = i;
    for (int hops = 0; hops < 4; ++hops) {
      const int32_t up = doc_.tokens[h].head;
      if (up < static_cast<int32_t>(sb_) || up >= static_cast<int32_t>(se_)) return -1;
      h = static_cast<uint32_t>(up);
      const int32_t subject = SubjectOf(h, true);
      if (subject < 0) continue;
      uint32_t s = static_cast<uint32_t>(subject);
      if (OneOf(v_.lower[s], {"who", "which", "that"}) && doc_.tokens[h].deprel == r.acl_relcl &&
          doc_.tokens[h].head >= static_cast<int32_t>(sb_)) {
        s = static_cast<uint32_t>(doc_.tokens[h].head);
        // "organized a general strike that shut down Khatmandu in protest": what a strike
        // does, its organizers do.
        if (v_.entity_at[s] < 0 && IsEventNoun(s)) {
          h = s;
          continue;
        }
      }
      while (OneOf(v_.lower[s], {"tens", "hundreds", "thousands", "millions", "dozens"})) {
        uint32_t counted = s;
        for (uint32_t j = s + 1; j < se_; ++j) {
          if (doc_.tokens[j].head == static_cast<int32_t>(s) && doc_.tokens[j].deprel == r.nmod &&
              HasCase(j, {"of"})) {
            counted = j;
            break;
          }
        }
        if (counted == s) break;
        s = counted;
      }
      return PhraseActor(s, i, false, true);
    }
    return -1;
  }

  // ---- coordination ------------------------------------------------------------------
  // A token that may sit between a conjunction and the next conjunct: a determiner, or
  // an adjective when the syntax stage tagged one ("the evil awful Gondor").
  bool IsModifier(uint32_t i) const {
    const Upos u = doc_.tokens[i].upos;
    if (u == Upos::kDet || u == Upos::kAdj) return true;
    return OneOf(v_.lower[i], {"the", "a", "an", "both"});
  }
  bool IsConjunction(uint32_t i) const {
    return OneOf(v_.lower[i], {",", "and", "or", "nor", "&"});
  }

  // Does a conjunction ("and", "but", a comma) come right before the verb at token i,
  // across adverbs, auxiliaries and a pronoun ("and then", "but has also", "and it")?
  // ("Malta and Italy both refused": "both" is none.)
  bool OpenedByConjunction(uint32_t i) const {
    for (uint32_t k = i; k > sb_;) {
      --k;
      if (OneOf(v_.lower[k], {"both", "either", "neither"})) return false;
      if (IsConjunction(k) || doc_.tokens[k].upos == Upos::kCconj) return true;
      const Upos u = doc_.tokens[k].upos;
      // (And across a phrase of the verb's own: "and in a separate statement offers".)
      if (u != Upos::kAdv && u != Upos::kAux && u != Upos::kPart && u != Upos::kPron &&
          !Below(k, i)) {
        return false;
      }
    }
    return false;
  }

  // "with Polish President Andrzej Duda saying": is the noun at token j, after "with",
  // followed by a participle (a few words on, within the phrase)?
  bool WithDoing(uint32_t j) const {
    constexpr uint32_t kReach = 3;
    for (uint32_t k = j + 1; k < se_ && k <= j + kReach && !v_.IsPunct(k); ++k) {
      if (doc_.tokens[k].xpos == Rel().vbg) return true;
    }
    return false;
  }

  // Is token k below token v in the parse (within a few steps)?
  bool Below(uint32_t k, uint32_t v) const {
    for (int hops = 0; hops < 4; ++hops) {
      const int32_t h = doc_.tokens[k].head;
      if (h < 0) return false;
      if (h == static_cast<int32_t>(v)) return true;
      k = static_cast<uint32_t>(h);
    }
    return false;
  }

  // Title words and a name an actor entity e titles ("Japanese | Prime Minister Shinzo
  // Abe", "Russian | President Vladimir Putin"): the token after them, else after e.
  uint32_t TitledNameEnd(int32_t e) const {
    constexpr uint32_t kTitleMax = 6;
    const uint32_t end = doc_.entities[e].token_end;
    uint32_t j = end;
    int32_t name = -1;
    while (j < se_ && j - end < kTitleMax && (Capitalized(j) || v_.lower[j] == "leader")) {
      const int32_t other = v_.entity_at[j];
      if (other >= 0) {
        const Entity& o = doc_.entities[other];
        if (o.label != "PER" || (o.actor && !o.actor->empty())) break;
        name = other;
        j = o.token_end;
        break;  // the name ends the title
      }
      ++j;
    }
    return name >= 0 ? j : end;
  }
  // The actor entity whose title phrase ends with the person entity e, or -1.
  int32_t TitledBy(int32_t e) const {
    if (doc_.entities[e].label != "PER") return -1;
    for (uint32_t j = doc_.entities[e].token_begin; j > sb_;) {
      --j;
      const int32_t other = v_.entity_at[j];
      if (other >= 0) return TitledNameEnd(other) == doc_.entities[e].token_end ? other : -1;
      if (!Capitalized(j) && v_.lower[j] != "leader") return -1;
    }
    return -1;
  }

  // Is entity `place` a place in the country entity `country` names ("Kyiv" in
  // "Ukraine")?
  bool PlaceWithin(int32_t place, int32_t country) const {
    const Entity& a = doc_.entities[place];
    const Entity& b = doc_.entities[country];
    return a.place && b.place && b.actor && b.actor->role.empty() && !b.actor->country.empty() &&
           b.actor->code == b.actor->country && a.place->country == b.actor->country &&
           a.place->name != b.place->name;
  }

  // A conjunct stands where the first member of its list does: the partner of a speaker
  // who does the act ("Qatar and the United Arab Emirates announce that they will restore
  // relations") is a speaker too.
  bool ConjunctEligible(int32_t conjunct, int32_t first, uint32_t trigger) const {
    if (Eligible(conjunct, trigger)) return true;
    const uint32_t at = doc_.entities[conjunct].token_begin;
    return InAttribution(doc_.entities[first].token_begin) && InAttribution(at) &&
           Coded(conjunct) && v_.in_quote[at] == v_.in_quote[trigger];
  }

  // A verb of visiting a place.
  static bool VisitVerb(std::string_view lemma) { return OneOf(lemma, {"visit", "tour"}); }

  // Is entity e (or -1) a place the gazetteer puts in a country?
  bool PlaceInACountry(int32_t e) const {
    return e >= 0 && doc_.entities[e].place && !doc_.entities[e].place->country.empty();
  }

  // A verb of what courts do to a defendant.
  static bool JudgmentVerb(std::string_view lemma) {
    return OneOf(lemma, {"sentence", "convict", "charge", "indict", "acquit", "fine", "jail",
                         "imprison", "try", "find"});
  }

  // "sentenced to death in an Iranian court": a court named after "in" or "before" in the
  // clause after token i.
  int32_t CourtOfVenue(uint32_t i) const {
    constexpr uint32_t kReach = 12;
    for (uint32_t k = i + 1; k + 1 < se_ && k <= i + kReach && !IsClauseBoundary(v_, k); ++k) {
      if (!OneOf(v_.lower[k], {"in", "before"})) continue;
      for (uint32_t j = k + 1; j < se_ && j <= k + 3; ++j) {
        const int32_t e = v_.entity_at[j];
        if (e < 0) continue;
        const Entity& ent = doc_.entities[e];
        // (The entity may be the adjective alone: "a Spanish court".)
        bool court = false;
        for (uint32_t t = ent.token_begin; t <= ent.token_end && t < se_; ++t)
          court |= OneOf(v_.lower[t], {"court", "tribunal"});
        if (ent.actor && ent.actor->role == "JUD" && court) return e;
        break;
      }
    }
    return -1;
  }

  // Is entity `person` a person of the same country as entity `title`, which is none?
  bool SameCountryPerson(int32_t title, int32_t person) const {
    const Entity& t = doc_.entities[title];
    const Entity& p = doc_.entities[person];
    return p.label == "PER" && t.label != "PER" && t.actor && p.actor &&
           !p.actor->country.empty() && t.actor->country == p.actor->country;
  }

  // The entities coordinated with entity e ("Mordor, Rohan, Arnor and Bree"), e
  // included, in text order; only eligible actors of the trigger's clause side.
  std::vector<int32_t> Conjuncts(int32_t e, uint32_t trigger) const {
    std::vector<int32_t> list = {e};
    constexpr uint32_t kMaxGap = 5;  // ", and the evil awful"
    // Rightwards.
    for (uint32_t j = TitledNameEnd(list.back());;) {
      uint32_t k = j;
      bool conj = false, comma_only = true;
      // An adjective that names an actor ("the Armenian and Azerbaijani ministers") is
      // the next conjunct, not a modifier of it.
      // ("Ithilen and the government of Gondor": a role noun and "of" lead to the name.)
      const auto role_of = [&](uint32_t x) {
        return conj && x + 1 < se_ && !roles_.Find(v_.lower[x]).empty() &&
               v_.lower[x + 1] == "of" && v_.entity_at[x] < 0;
      };
      while (k < se_ && k - j < kMaxGap &&
             (IsConjunction(k) || IsModifier(k) || role_of(k) ||
              (k > j && v_.lower[k] == "of" && role_of(k - 1))) &&
             !(conj && v_.entity_at[k] >= 0)) {
        conj |= IsConjunction(k);
        comma_only &= !IsConjunction(k) || v_.lower[k] == ",";
        ++k;
      }
      // "Arnor, the state's fiercest foe": no name follows, so no coordination.
      if (!conj || k >= se_) break;
      const int32_t next = v_.entity_at[k];
      if (next < 0 || doc_.entities[next].token_begin != k || !ConjunctEligible(next, e, trigger)) {
        break;
      }
      // "Sudan closes its borders with Ethiopia and the United Nations calls for ...": a
      // name after the trigger followed by a verb of its own begins a new clause.
      const uint32_t after = doc_.entities[next].token_end;
      if (HasSyntax() && k > trigger && after < se_ && doc_.tokens[after].upos == Upos::kVerb) {
        break;
      }
      // "During revenge attacks by Israelis, a Palestinian is shot": after a comma alone, a
      // name with an auxiliary or verb of its own begins the main clause.
      if (HasSyntax() && comma_only && after < se_ &&
          (doc_.tokens[after].upos == Upos::kAux || doc_.tokens[after].upos == Upos::kVerb)) {
        break;
      }
      // "an attack on Kyiv, Ukraine": the country after a comma says where the place
      // before it lies.
      if (comma_only && PlaceWithin(list.back(), next)) break;
      // "the Prime Minister, Tony Abbott, visits": a person of the title's country set off
      // by commas is who holds it.
      if (comma_only && after < se_ && v_.lower[after] == "," &&
          SameCountryPerson(list.back(), next)) {
        break;
      }
      list.push_back(next);
      j = TitledNameEnd(next);
    }
    // Leftwards.
    for (uint32_t j = doc_.entities[e].token_begin; j > sb_;) {
      uint32_t k = j;
      bool conj = false, comma_only = true;
      while (k > sb_ && j - k < kMaxGap && (IsConjunction(k - 1) || IsModifier(k - 1)) &&
             !(conj && v_.entity_at[k - 1] >= 0)) {
        conj |= IsConjunction(k - 1);
        comma_only &= !IsConjunction(k - 1) || v_.lower[k - 1] == ",";
        --k;
      }
      if (!conj || k <= sb_) break;
      int32_t prev = v_.entity_at[k - 1];
      // "Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin": the
      // country that titles a name stands for it (after "and" or "or": "After a visit by
      // U.S. President Donald Trump, the Taliban say" is no list).
      if (prev >= 0 && doc_.entities[prev].token_end == k && !Eligible(prev, trigger) &&
          !comma_only) {
        if (const int32_t titled = TitledBy(prev); titled >= 0) prev = titled;
      }
      if (prev < 0 || TitledNameEnd(prev) != k || !ConjunctEligible(prev, e, trigger)) break;
      // "In Afghanistan, Taliban soldiers invade": the place a sentence opens with is no
      // conjunct of its subject.
      if (IsLocative(prev) && !IsLocative(e)) break;
      if (comma_only && PlaceWithin(prev, list.front())) break;
      list.insert(list.begin(), prev);
      j = doc_.entities[prev].token_begin;
    }
    return list;
  }

  // Acts two parties do together: meetings (held or put off), cooperation, signing,
  // clashes.
  static bool IsJointAct(const Event& ev) {
    const std::string t = AsciiLower(ev.trigger);
    // "invites Argentina, Egypt and Iran to join the bloc": joining is no meeting of the
    // joiners with each other.
    if (t.starts_with("join")) return false;
    if (ev.type == "CONSULT" || ev.cameo == "057") return true;
    // Cooperation that is mutual by its verb; what one side gives, pays, appoints or
    // conducts is not ("Ambassadors of France, Italy and Spain are summoned to give
    // explanations" is no giving among them; see SaysJoint for "joint drills").
    if (ev.type == "COOPERATE") {
      for (std::string_view stem :
           {"cooperat",  "co-operat", "collaborat", "partner",  "ally",      "allied",
            "allies",    "work",      "trade",      "trading",  "exchang",   "sign",
            "establish", "improv",    "strengthen", "deepen",   "expand",    "boost",
            "enhanc",    "unit",      "merg",       "integrat", "coordinat", "normaliz",
            "normalis",  "restor",    "resum",      "shar",     "team"}) {
        if (t.starts_with(stem)) return true;
      }
      return false;
    }
    if (ev.cameo == "125") return true;  // "X and Y postponed their meeting"

    if (t.starts_with("agree")) return true;
    // "Mexico and the United States reach a deal"
    if (ev.type == "AGREE" && t.starts_with("reach")) return true;
    return ev.type == "ASSAULT" && (t.starts_with("clash") || t == "fought" ||
                                    t.starts_with("fight") || t.starts_with("exchang"));
  }

  // Removes the events appended from `from` on that lack a source or a target and carry
  // no casualty counts.
  void DropOneSided(size_t from, std::vector<Event>* out) {
    size_t kept = from;
    for (size_t k = from; k < out->size(); ++k) {
      const Event& ev = (*out)[k];
      if ((ev.source.ref.empty() || ev.target.ref.empty()) && !ev.has_counts()) continue;
      if (kept != k) {
        (*out)[kept] = std::move((*out)[k]);
        from_dictionary_[kept - first_out_] = from_dictionary_[k - first_out_];
      }
      ++kept;
    }
    out->resize(kept);
    from_dictionary_.resize(kept - first_out_);
  }

  // "exchanging accusations", "accusing each other": an act the coordinated actors do
  // to one another.
  // "exchanged accusations", "traded blows": the verb whose object two parties do to
  // each other.
  static bool ExchangeVerb(std::string_view w) {
    return w.starts_with("exchang") || w.starts_with("trad");
  }

  // "Russia and China conduct joint naval drills", "work together", "conduct a prisoner
  // exchange": the words after the trigger say the act is done jointly.
  bool SaysJoint(uint32_t i) const {
    for (uint32_t j = i + 1; j < se_ && j <= i + 3; ++j) {
      if (OneOf(v_.lower[j], {"joint", "jointly", "together", "exchange", "swap"})) return true;
    }
    return i > sb_ && v_.lower[i - 1] == "jointly";
  }

  bool Reciprocal(uint32_t i) const {
    if (v_.lower[i].starts_with("exchang")) return true;
    // "Gondor and Osgiliath have renewed diplomatic ties"
    for (uint32_t j = i + 1; j < se_ && j <= i + 4; ++j) {
      if (OneOf(v_.lower[j], {"ties", "relations"})) return true;
    }
    for (uint32_t j = i; j > sb_ && i - j < 3;) {
      --j;
      if (ExchangeVerb(v_.lower[j])) return true;
    }
    for (uint32_t j = i + 1; j + 1 < se_ && j <= i + 4; ++j) {
      if ((v_.lower[j] == "each" && v_.lower[j + 1] == "other") ||
          (v_.lower[j] == "one" && v_.lower[j + 1] == "another")) {
        return true;
      }
    }
    // "Armenia and Azerbaijan each blamed the other"
    // (Not "each side accusing the other party": "each" floats after the coordinated
    // subject, right before the verb or its adverb.)
    const bool each =
        (i > sb_ && v_.lower[i - 1] == "each") ||
        (i > sb_ + 1 && v_.lower[i - 2] == "each" && doc_.tokens[i - 1].upos == Upos::kAdv);
    for (uint32_t j = i + 1; each && j + 1 < se_ && j <= i + 3; ++j) {
      if (v_.lower[j] == "the" && v_.lower[j + 1] == "other") return true;
    }
    return false;
  }

  // A meeting is coded both ways, as CAMEO does: "X met Y" is also "Y met X".
  static bool IsMutual(const Event& ev) {
    return ev.type == "CONSULT" && ev.cameo == "040" &&
           OneOf(ev.trigger, {"meet", "meets", "met", "Meet", "Met"});
  }

  // "Activists staged a hunger strike in protest against abuses by Algerian security
  // forces": one act told twice, once with its doer named only by a sector and no target,
  // once with its target and no doer, is one event with both. Returns whether ev was
  // joined to an event already in *out.
  bool JoinSectorAndTarget(Event& ev, std::vector<Event>* out) const {
    const auto sector_only = [](const Event& e) {
      return e.source.ref.empty() && !e.source.ref.role.empty() && e.target.ref.empty();
    };
    const auto target_only = [](const Event& e) {
      return e.source.text.empty() && !e.target.ref.empty();
    };
    for (size_t k = out->size(); k-- > first_out_;) {
      Event& o = (*out)[k];
      if (o.type != ev.type || o.cameo.compare(0, 2, ev.cameo, 0, 2) != 0) continue;
      if (sector_only(o) && target_only(ev) && !o.has_counts()) {
        ev.source = std::move(o.source);
        o = std::move(ev);
        return true;
      }
      if (target_only(o) && sector_only(ev) && !ev.has_counts()) {
        o.source = std::move(ev.source);
        return true;
      }
    }
    return false;
  }

  // "the first such attack", "this attack": an act named again.
  bool Anaphoric(const Event& ev) const {
    const uint32_t i = ev.trigger_token;
    return i > sb_ && i < se_ && OneOf(v_.lower[i - 1], {"such", "this", "that", "same"});
  }

  // Appends ev unless the sentence has an event with the same actors and CAMEO root
  // already ("fired two artillery shells": one attack, not two), keeping the finer code;
  // casualty counts are never merged away.
  void Emit(Event ev, bool dictionary, std::vector<Event>* out) {
    // An actor acting on itself is a slot filled twice.
    if (!ev.source.ref.code.empty() && ev.source.ref.code == ev.target.ref.code) return;
    // "Serbia's request to deploy Serbian troops": the forces a country moves are its own
    // means, not whom it moves against.
    if (ev.type == "MOBILIZE" && !ev.source.ref.country.empty() &&
        ev.source.ref.country == ev.target.ref.country &&
        OneOf(ev.target.ref.role, {"MIL", "COP"})) {
      ev.target = {};
    }
    if (JoinSectorAndTarget(ev, out)) return;
    if (!ev.has_counts()) {
      for (size_t k = out->size(); k-- > first_out_;) {
        const Event& o = (*out)[k];
        if (o.type != ev.type || o.cameo.compare(0, 2, ev.cameo, 0, 2) != 0) continue;
        // "TPLF launches a surprise attack on the army": the same act told by the verb
        // with its doer and by the noun without one;
        // "Russian missile strikes hit Kyiv": the same act with and without its target.
        const bool fills_source = !ev.target.ref.empty() &&
                                  o.target.ref.code == ev.target.ref.code &&
                                  o.source.ref.empty() != ev.source.ref.empty();
        const bool fills_target = !ev.source.ref.empty() && OneOf(ev.type, {"ASSAULT", "AGREE"}) &&
                                  o.source.ref.code == ev.source.ref.code &&
                                  o.target.ref.empty() != ev.target.ref.empty();
        // ("An air strike kills a militant ... in the first such attack": an event with
        // counts takes a mention that adds nothing to it, and is never replaced.)
        if (o.has_counts()) {
          if (!Anaphoric(ev)) continue;
          const bool adds = fills_source   ? o.source.ref.empty()
                            : fills_target ? o.target.ref.empty()
                                           : o.source.ref.code != ev.source.ref.code ||
                                                 o.target.ref.code != ev.target.ref.code;
          if (adds) continue;
          return;
        }
        if (fills_source || fills_target) {
          if (fills_source ? o.source.ref.empty() : o.target.ref.empty()) {
            // The hand-written trigger's code is the finer one ("strikes" 195, "hit" 193).
            // An intent keeps the act's code ("agreed to provide aid": 033, not 030).
            if (!from_dictionary_[k - first_out_] && dictionary && ev.type != "AGREE") {
              ev.cameo = o.cameo;
            }
            (*out)[k] = std::move(ev);
            from_dictionary_[k - first_out_] = dictionary;
          }
          return;
        }
        if (o.source.ref.code != ev.source.ref.code || o.target.ref.code != ev.target.ref.code) {
          continue;
        }
        // "promised to withdraw": the promise takes the code of what it promises.
        if (ev.type == "AGREE" && o.cameo == "030") {
          (*out)[k].cameo = ev.cameo;
          return;
        }
        // The hand-written trigger, else the finer code.
        const bool old_dictionary = from_dictionary_[k - first_out_];
        if ((old_dictionary && !dictionary) ||
            (old_dictionary == dictionary && ev.cameo.size() > o.cameo.size())) {
          (*out)[k] = std::move(ev);
          from_dictionary_[k - first_out_] = dictionary;
        }
        return;
      }
    }
    // A meeting is coded both ways; a visit is also hosted: "X visited Y" is Y hosting X
    // (CAMEO 042 and 043).
    const bool visit = ev.cameo == "042";
    std::optional<Event> back;
    if ((visit || IsMutual(ev)) && !ev.source.ref.empty() && !ev.target.ref.empty()) {
      back = ev;
      std::swap(back->source, back->target);
      if (visit) back->cameo = "043";
    }
    out->push_back(std::move(ev));
    from_dictionary_.push_back(dictionary);
    if (back) {
      out->push_back(std::move(*back));
      from_dictionary_.push_back(dictionary);
    }
  }

  // One event per pair of coordinated source and target actors: "Arnor and Gondor
  // welcomed ties with Osgiliath" is two events. Lists that share an actor ("talks
  // between Russia and Turkey") are left as coded.
  void ExpandCoordination(Draft& d, std::vector<Event>* out) {
    const bool dictionary = IsDictionaryDef(d.def);
    const uint32_t trig = d.event.trigger_token;
    const std::vector<int32_t> sources =
        d.source >= 0 ? Conjuncts(d.source, trig) : std::vector<int32_t>{-1};
    const std::vector<int32_t> targets =
        d.target >= 0 ? Conjuncts(d.target, trig) : std::vector<int32_t>{-1};
    // "Armenia and Azerbaijan held talks / signed a ceasefire / clashed": without a
    // target, a joint act is coded between each pair of the coordinated actors.
    // Not people in two places: "its supporters in Indonesia and Malaysia ... fight
    // against the president" do not fight each other.
    const bool located = std::any_of(sources.begin(), sources.end(),
                                     [&](int32_t a) { return a >= 0 && IsLocative(a); });
    if (d.target < 0 && sources.size() >= 2 && !located && !d.one_sided &&
        (IsJointAct(d.event) || Reciprocal(trig) ||
         (OneOf(d.event.type, {"COOPERATE", "CONSULT"}) && SaysJoint(trig)))) {
      for (int32_t a : sources) {
        for (int32_t b : sources) {
          if (a == b) continue;
          Event ev = d.event;
          ev.source = MakeActor(a);
          ev.target = MakeActor(b);
          Emit(std::move(ev), dictionary, out);
        }
      }
      return;
    }
    // "fighting between Armenia and Azerbaijan", "talks between Russia and Turkey": a
    // joint act between two named parties goes both ways.
    if (d.source >= 0 && d.target >= 0 && IsJointAct(d.event) && BetweenAfter(trig) > 0) {
      Event back = d.event;
      std::swap(back.source, back.target);
      Emit(std::move(d.event), dictionary, out);
      Emit(std::move(back), dictionary, out);
      return;
    }
    bool overlap = false;
    for (int32_t a : sources) {
      overlap |= a >= 0 && std::find(targets.begin(), targets.end(), a) != targets.end();
    }
    if (overlap || (sources.size() == 1 && targets.size() == 1)) {
      Emit(std::move(d.event), dictionary, out);
      return;
    }
    // One event per distinct pair of codes ("people in Beirut, Lebanon" is one target).
    std::vector<std::pair<std::string, std::string>> done;
    for (int32_t a : sources) {
      for (int32_t b : targets) {
        Event ev = d.event;
        if (a >= 0 && a != d.source) ev.source = MakeActor(a);
        if (b >= 0 && b != d.target) ev.target = MakeActor(b);
        std::pair<std::string, std::string> codes{ev.source.ref.code, ev.target.ref.code};
        if (std::find(done.begin(), done.end(), codes) != done.end()) continue;
        done.push_back(std::move(codes));
        Emit(std::move(ev), dictionary, out);
      }
    }
  }

  // "opposition leader Victoire Ingabire, arrested last week": a past participle after a
  // name and a comma, with no object of its own, describes the name (the tagger may read
  // it as a past tense).
  bool AppositiveParticiple(uint32_t i) const {
    if (!HasSyntax() || i < sb_ + 2 || i + 1 >= se_ || v_.lower[i - 1] != "," ||
        !v_.lower[i].ends_with("ed") || doc_.tokens[i - 2].upos != Upos::kPropn) {
      return false;
    }
    // (The first comma of the sentence: "Bashar al-Jaafari, Permanent Representative of
    // Syria to the United Nations, called on Biden" closes an apposition.)
    for (uint32_t k = sb_; k + 1 < i; ++k) {
      if (v_.lower[k] == ",") return false;
    }
    return v_.IsPunct(i + 1) || OneOf(v_.lower[i + 1], {"in", "on", "at", "by", "last", "after",
                                                        "during", "for", "earlier", "yesterday"});
  }

  // For a verb at i after "to" and a noun of the doer's own will: the eligible actor of
  // "by X" after that noun ("attempts by Texas to block") or of "X's" before it ("Widodo's
  // refusal to grant", "Turkey's sudden decision to close"), or -1. ("Biden's call to
  // withdraw troops" is someone else's withdrawal.) kSomeoneElse when "by" names a doer
  // that is no eligible actor.
  static constexpr int32_t kSomeoneElse = -2;  // a doer named, but no eligible actor
  int32_t InfinitiveNounsAgent(uint32_t i) const {
    if (!HasSyntax() || i < sb_ + 3 || v_.lower[i - 1] != "to") return -1;
    const auto own_will = [&](uint32_t n) {
      return OneOf(
          v_.lower[n],
          {"attempt", "attempts",  "refusal",   "decision",    "plan",    "plans",        "bid",
           "pledge",  "promise",   "threat",    "threats",     "offer",   "effort",       "efforts",
           "move",    "intention", "readiness", "willingness", "failure", "determination"});
    };
    const uint32_t j = i - 2;
    if (const int32_t e = v_.entity_at[j]; e >= 0 && doc_.entities[e].token_end == i - 1) {
      const uint32_t b = doc_.entities[e].token_begin;
      if (b >= sb_ + 2 && v_.lower[b - 1] == "by" && own_will(b - 2)) {
        return Eligible(e, i) ? e : kSomeoneElse;
      }
      return -1;
    }
    if (!own_will(j)) return -1;
    uint32_t k = j;
    if (k > sb_ && doc_.tokens[k - 1].upos == Upos::kAdj) --k;  // "sudden"
    if (k < sb_ + 2 || !OneOf(v_.lower[k - 1], {"'s", "\u2019s"})) return -1;
    const int32_t owner = v_.entity_at[k - 2];
    if (owner < 0) return -1;
    if (Eligible(owner, i)) return owner;
    // "President Joko Widodo's": a name the dictionary does not know stands for its title.
    if (doc_.entities[owner].label != "PER") return -1;
    return TitleOf(owner, kModifierWindow);
  }

  // "Two Hezbollah personnel killed and a dozen civilians injured in an Israeli air
  // raid": after "and", another casualty participle of a headline before its "in" or "by".
  bool CoordinatedHeadlineParticiple(uint32_t i) const {
    constexpr uint32_t kReach = 8;
    if (i + 3 >= se_ || v_.lower[i + 1] != "and") return false;
    for (uint32_t k = i + 2; k + 1 < se_ && k <= i + kReach; ++k) {
      if (v_.IsPunct(k) || doc_.tokens[k].upos == Upos::kAux) return false;
      if (OneOf(v_.lower[k], {"killed", "injured", "wounded", "hurt", "arrested", "detained"})) {
        return OneOf(v_.lower[k + 1], {"in", "by", "during", "when", "after"});
      }
    }
    return false;
  }

  // "talks with officials in Russia", "meet with counterparts in Malaysia": is the "in" at
  // token p (after the trigger at i) part of whom the meeting is with?
  bool WithPeopleIn(uint32_t i, uint32_t p) const {
    constexpr uint32_t kReach = 3;
    for (uint32_t k = p; k > i + 1 && p - k < kReach;) {
      --k;
      if (v_.lower[k] == "with") return true;
    }
    return false;
  }

  // A word of meeting or talks ("meet", "talks", "hold", "summit").
  static bool MeetingWord(std::string_view lemma) {
    return OneOf(lemma, {"meet", "meeting", "talk", "talks", "negotiate", "negotiation",
                         "negotiations", "discuss", "discussion", "hold", "convene", "consult",
                         "consultation", "summit", "conference", "dialogue"});
  }

  // Does entity e stand in what a meeting at token i is about: after "on", "about" or
  // "over" within a few words ("on Syria", "on how to respond to North Korea's program"),
  // with no "with", comma or other name between? (Not whose accession is negotiated:
  // "negotiations on Moldova's accession to the European Union".)
  bool IsTopic(int32_t e, uint32_t i) const {
    constexpr uint32_t kReach = 6;
    const uint32_t b = doc_.entities[e].token_begin;
    const uint32_t after = doc_.entities[e].token_end;
    const auto accession = [&](uint32_t k) {
      return k < se_ && OneOf(v_.lower[k], {"accession", "membership", "admission"});
    };
    if (accession(after) ||
        (after + 1 < se_ && OneOf(v_.lower[after], {"'s", "\u2019s"}) && accession(after + 1))) {
      return false;
    }
    for (uint32_t k = b; k > i + 1 && b - k < kReach;) {
      --k;
      const std::string_view w = v_.lower[k];
      if (w == "with" || v_.IsPunct(k) || v_.entity_at[k] >= 0 || accession(k)) return false;
      if (OneOf(w, {"on", "about", "over", "regarding", "concerning"})) return true;
    }
    return false;
  }

  // The eligible actor right after a "with" in the clause of the trigger at i, or -1.
  int32_t WithParty(uint32_t i) const {
    for (uint32_t k = i + 1; k + 1 < se_ && !IsClauseBoundary(v_, k); ++k) {
      if (v_.lower[k] != "with") continue;
      const uint32_t at = v_.lower[k + 1] == "the" && k + 2 < se_ ? k + 2 : k + 1;
      const int32_t e = v_.entity_at[at];
      return e >= 0 && Eligible(e, i) ? e : -1;
    }
    return -1;
  }

  // ---- actors ----------------------------------------------------------------------
  bool InAttribution(uint32_t i) const {
    return attribution_ && i >= attribution_->begin && i < attribution_->end;
  }
  // The attribution's own verb ("Russia stressed that ... must"): when it is the
  // trigger, the speech is the event and the speaker its source. So is a verb the parse
  // joins to it ("Bolsonaro alleges that ... and criticizes the Supreme Federal Court").
  bool IsAttributionVerb(uint32_t i) const {
    if (!attribution_) return false;
    if (i == attribution_->end || i + 1 == attribution_->begin) return true;
    if (!HasSyntax() || i <= attribution_->end) return false;
    const Token& t = doc_.tokens[i];
    // (The parse may join it to the last word of what is said: "... would be a \"farce\"
    // and criticizes": a verb after "and" in the tense of the speaker's.)
    const bool joined =
        (t.deprel == Rel().conj && t.head == static_cast<int32_t>(attribution_->end)) ||
        (v_.lower[i - 1] == "and" && Rel().Finite(t.xpos) &&
         t.xpos == doc_.tokens[attribution_->end].xpos);
    // (With no subject of its own: "says that A and that B are welcome" goes on saying.)
    return joined && !AnyDependent(i, i, [&](uint32_t j) {
             return doc_.tokens[j].deprel == Rel().nsubj ||
                    doc_.tokens[j].deprel == Rel().nsubj_pass;
           });
  }

  // "a new missile called the Fateh", "an operation named Olive Branch": a participle
  // of naming after a noun at token i (the parse makes it the noun's clause).
  bool NamingParticiple(uint32_t i) const {
    return HasSyntax() && i > sb_ && OneOf(v_.lower[i], {"called", "named", "dubbed"}) &&
           doc_.tokens[i].deprel == Rel().acl && doc_.tokens[i - 1].upos == Upos::kNoun;
  }

  // An entity that can fill an actor slot of the trigger at `trigger`.
  bool Eligible(int32_t e, uint32_t trigger) const {
    const Entity& ent = doc_.entities[e];
    if (!ent.actor || ent.actor->empty()) return false;
    const uint32_t b = ent.token_begin;
    // The name a thing is called is no party ("a missile called the Fateh").
    if (b > sb_ + 1) {
      const uint32_t p = v_.lower[b - 1] == "the" ? b - 2 : b - 1;
      if (p > sb_ && NamingParticiple(p)) return false;
    }
    // "meet at the White House", "arrested outside Downing Street": a seat of power named
    // as a place (the entities stage gave it one) is where, not who.
    if (ent.place && ent.label == "ORG" && b > sb_ + 1) {
      const uint32_t p = v_.lower[b - 1] == "the" ? b - 2 : b - 1;
      if (OneOf(v_.lower[p], {"at", "outside", "near", "inside"})) return false;
    }
    // "130 US dollars", "Hong Kong dollars": a currency's country is no party.
    if (ent.token_end < se_ && OneOf(v_.lower[ent.token_end], {"dollar", "dollars"})) return false;
    // "Militants disguised as United Nations troops": a disguise is no party.
    if (b >= sb_ + 2 && v_.lower[b - 1] == "as" &&
        OneOf(v_.lower[b - 2], {"disguised", "dressed", "posing", "masquerading"})) {
      return false;
    }
    // A reporting verb that is itself the event ("Russia warned Turkey") reaches past the
    // speaker; other triggers stay on their side of the attribution.
    if (!IsAttributionVerb(trigger) && InAttribution(ent.token_begin) != InAttribution(trigger)) {
      return false;
    }
    // ("After a surprise visit by U.S. President Donald Trump, the Taliban say they are
    // ready to ... reach a ceasefire": the phrase set before the speaker is no party to
    // what is said.)
    if (attribution_ && attribution_->leading && b < attribution_->begin &&
        trigger >= attribution_->end) {
      return false;
    }
    return v_.in_quote[ent.token_begin] == v_.in_quote[trigger];
  }

  // Nearest eligible entity ending before `i`, at most `window` tokens back.
  int32_t NearestBefore(uint32_t i, uint32_t window, bool stop_at_boundary) const {
    for (uint32_t j = i; j > sb_ && i - j < window;) {
      --j;
      const std::string_view w = v_.lower[j];
      if (w == ";" || OneOf(w, {"while", "whereas", "but"})) return -1;
      if (stop_at_boundary && IsClauseBoundary(v_, j)) return -1;
      // A place the event happened in ("collapses in Ha Tinh Province in Vietnam,
      // killing", "in four cities, including the largest city Colombo, kills") neither
      // acts nor suffers.
      if (const int32_t e = v_.entity_at[j];
          e >= 0 && Eligible(e, i) && !IsLocative(e) && !AfterPlaceNoun(e)) {
        return e;
      }
    }
    return -1;
  }

  // "on the Thai border", "in the Iraqi city of Basra", "on the Belarus-Ukraine border":
  // a name that only says which place is meant.
  bool DescribesPlace(int32_t e) const {
    const Entity& ent = doc_.entities[e];
    // "clashes on the border with Lebanon" (but "closes its borders with Ethiopia")
    if (ent.token_begin >= sb_ + 4 && v_.lower[ent.token_begin - 1] == "with" &&
        IsPlaceNoun(v_.lower[ent.token_begin - 2]) && v_.lower[ent.token_begin - 3] == "the" &&
        OneOf(v_.lower[ent.token_begin - 4], {"on", "at", "along", "near", "across", "from"})) {
      return true;
    }
    if (ent.token_end >= se_ || !IsPlaceNoun(v_.lower[ent.token_end])) return false;
    for (uint32_t p = ent.token_begin; p > sb_ && ent.token_begin - p < 3;) {
      --p;
      if (OneOf(v_.lower[p],
                {"in", "on", "at", "near", "along", "across", "outside", "inside", "from"})) {
        return true;
      }
    }
    return false;
  }

  // "killed in US drone attacks", "in a United States drone strike": a country named
  // right before an attack noun (across an instrument noun or two) is who attacked, not
  // where (a city so named is where: "the Mumbai attacks").
  bool CountryBeforeAttack(int32_t e) const {
    if (!IsCountryEntity(e)) return false;
    const Entity& ent = doc_.entities[e];
    for (uint32_t k = ent.token_end; k < se_ && k < ent.token_end + 3; ++k) {
      if (IsEventNoun(k, "ASSAULT")) return true;
      if (!HasSyntax() || doc_.tokens[k].upos != Upos::kNoun) return false;
    }
    return false;
  }

  // A place named after "in", "at", "near" ("an attack in south Ithilen") is where the
  // event happened, not its target.
  bool IsLocative(int32_t e) const {
    const Entity& ent = doc_.entities[e];
    if (DescribesPlace(e)) return true;
    if (CountryBeforeAttack(e)) return false;
    // "near the Israeli embassy in Amman": a building named after a place preposition is
    // where, not whom.
    if (!ent.place) {
      const uint32_t b = ent.token_begin, end = ent.token_end;
      return end < se_ && IsStructureNoun(v_.lower[end]) && b >= sb_ + 2 &&
             v_.lower[b - 1] == "the" && OneOf(v_.lower[b - 2], {"near", "outside", "inside"});
    }
    uint32_t p = ent.token_begin;
    bool past_place_noun = false;
    // "in the capital Seoul", "in the Egyptian capital Cairo"
    for (int skip = 0; p > sb_ && skip < 4; ++skip) {
      const std::string_view w = v_.lower[p - 1];
      // "lawmakers in France", "militants in Mali": a role in a country is an actor.
      if (w == "in" && p >= sb_ + 2 && !roles_.Find(v_.lower[p - 2]).empty()) return false;
      if (OneOf(w, {"in", "at", "near", "outside", "inside", "across", "throughout"})) return true;
      if (w == "on" && past_place_noun) return true;  // "on the outskirts of Kingston"
      // "in Ayutthaya, Thailand": the place the comma follows decides.
      if (w == "," && p >= sb_ + 2 && v_.entity_at[p - 2] >= 0 &&
          (doc_.entities[v_.entity_at[p - 2]].place ||
           OneOf(doc_.entities[v_.entity_at[p - 2]].label, {"LOC", "GPE"}))) {
        p = doc_.entities[v_.entity_at[p - 2]].token_begin;
        --skip;
        continue;
      }
      // "in Daraban, Khyber Pakhtunkhwa, Pakistan": a name the gazetteer lacks.
      if (w == "," && p >= sb_ + 3 && v_.entity_at[p - 2] < 0 && Capitalized(p - 2)) {
        uint32_t b = p - 2;
        while (b > sb_ + 1 && v_.entity_at[b - 1] < 0 && Capitalized(b - 1)) --b;
        if (OneOf(v_.lower[b - 1], {"in", "at", "near", "outside", "inside"})) return true;
      }
      // (A capitalized word ends the phrase, but for a nationality: "the Egyptian capital".)
      const bool nationality = HasSyntax() && doc_.tokens[p - 1].upos == Upos::kAdj;
      if (v_.IsPunct(p - 1) ||
          ((doc_.TokenText(p - 1)[0] < 'a' || doc_.TokenText(p - 1)[0] > 'z') && !nationality)) {
        return false;
      }
      // "in the village of Nzakoundou": a place noun and its "of" are part of the phrase.
      if (w == "of" && p >= sb_ + 2 && IsPlaceNoun(v_.lower[p - 2])) {
        p -= 2;
        past_place_noun = true;
        continue;
      }
      // Only the words of a noun phrase lie between: "to protest Israel" is no place.
      if (HasSyntax()) {
        const Upos u = doc_.tokens[p - 1].upos;
        if (u != Upos::kDet && u != Upos::kAdj && u != Upos::kNoun && u != Upos::kNum) {
          return false;
        }
      }
      --p;  // "in the", "in south"
    }
    return false;
  }

  // Verbs whose subject withstands the attack their object names ("repelled",
  // "thwarts", "foiled", "intercepted").
  static bool RepelVerb(std::string_view w) {
    for (std::string_view stem : {"repel", "repuls", "thwart", "foil", "withst", "intercept"}) {
      if (w.starts_with(stem)) return true;
    }
    return false;
  }

  // The same at token v, also as a phrasal verb ("had beaten back attacks", "fended off
  // an assault").
  bool RepelsAt(uint32_t v) const {
    if (RepelVerb(v_.lower[v])) return true;
    return OneOf(doc_.Lemma(v), {"beat", "fight", "fend", "push", "drive", "ward"}) &&
           v + 1 < se_ && OneOf(v_.lower[v + 1], {"back", "off"});
  }

  // "arrested by the FBI for participating in the attack on the Capitol", "sentenced
  // for his role in the bombing": is the event noun at i one that someone took part in?
  bool PartIn(uint32_t i) const {
    uint32_t k = i;
    if (k > sb_ && OneOf(v_.lower[k - 1], {"the", "a", "an", "this", "that"})) --k;
    if (k < sb_ + 2 || v_.lower[k - 1] != "in") return false;
    const std::string_view w = v_.lower[k - 2];
    return OneOf(w, {"participating", "participation", "involvement", "role", "part", "involved",
                     "complicity"});
  }

  // The actor (eligible for `trigger`) within `window` tokens after the first `word`
  // that follows token `from` in its clause, at most `reach` tokens on; -1 if none.
  int32_t ActorAfterWord(uint32_t from, std::string_view word, uint32_t reach, uint32_t trigger,
                         uint32_t window) const {
    for (uint32_t k = from + 1; k < se_ && k <= from + reach; ++k) {
      if (IsClauseBoundary(v_, k)) return -1;
      if (v_.lower[k] == word) return FirstActorFrom(k + 1, trigger, window);
    }
    return -1;
  }

  // "released from U.S. federal custody", "freed from Iranian detention": the actor whose
  // custody the trigger at i is from, or -1.
  int32_t CustodyKeeper(uint32_t i) const {
    if (!v_.Is(i + 1, "from")) return -1;
    for (uint32_t k = i + 2; k < se_ && k <= i + 6; ++k) {
      if (!OneOf(v_.lower[k], {"custody", "prison", "jail", "detention", "captivity"})) continue;
      const int32_t e = FirstCodedIn(i + 2, k);
      return e >= 0 && doc_.entities[e].token_end <= k ? e : -1;
    }
    return -1;
  }

  // "for killing", "for allegedly spying": is the gerund at i what something is for?
  bool ForDoing(uint32_t i) const {
    return i > sb_ + 1 && (v_.lower[i - 1] == "for" ||
                           (v_.lower[i - 1] == "allegedly" && v_.lower[i - 2] == "for"));
  }

  // ForDoing, or "of" and perhaps an adverb before token i ("accuses X of supporting",
  // "of openly supporting").
  bool OfOrForDoing(uint32_t i) const {
    if (ForDoing(i)) return true;
    const uint32_t k = i > sb_ && doc_.tokens[i - 1].upos == Upos::kAdv ? i - 1 : i;
    return k > sb_ + 1 && v_.lower[k - 1] == "of";
  }

  // "shot in the leg", "shot in the head": is token i "shot" before a part of the body?
  bool ShotInTheBody(uint32_t i) const {
    if (v_.lower[i] != "shot" || i + 3 >= se_ || v_.lower[i + 1] != "in") return false;
    const uint32_t part = OneOf(v_.lower[i + 2], {"the", "his", "her", "their"}) ? i + 3 : i + 2;
    if (!OneOf(v_.lower[part],
               {"leg", "legs", "arm", "arms", "head", "chest", "back", "shoulder", "foot", "feet",
                "stomach", "neck", "abdomen", "hand", "face", "thigh", "knee"})) {
      return false;
    }
    // ("shot in the head and killed", "has died in hospital after being shot in the head",
    // "later dies from his wounds": the toll is the death's.)
    for (uint32_t k = sb_; k < se_; ++k) {
      if (OneOf(v_.lower[k], {"killed", "killing", "dead", "dies", "died", "death", "fatally"})) {
        return false;
      }
    }
    return true;
  }

  // Is a finite verb strictly between tokens a and b ("Huckle, who abused dozens of
  // children, is found stabbed to death": the dozens are another verb's)?
  bool FiniteVerbBetween(uint32_t a, uint32_t b) const {
    for (uint32_t k = a + 1; k < b; ++k) {
      if (doc_.tokens[k].upos == Upos::kVerb && Rel().Finite(doc_.tokens[k].xpos)) return true;
    }
    return false;
  }

  // Is token i a verb of firing or launching a projectile the sentence names ("rockets
  // fired", "launches a missile"; not "fires thousands of appointees")?
  bool Fires(uint32_t i) const {
    const std::string_view w = v_.lower[i];
    if (!OneOf(w, {"fire", "fires", "fired", "firing", "shoot", "shoots", "shot"}) &&
        !w.starts_with("launch")) {
      return false;
    }
    for (uint32_t k = sb_; k < se_; ++k) {
      if (OneOf(v_.lower[k], {"rocket", "rockets", "missile", "missiles", "shell", "shells",
                              "mortar", "mortars", "drone", "drones", "projectile", "projectiles",
                              "shots", "bullets", "artillery", "grenade", "grenades"})) {
        return true;
      }
    }
    return false;
  }

  // "fires rockets from Lebanon at Israel": is entity e where what verb i fires came from?
  bool FiredFrom(uint32_t i, int32_t e) const {
    if (!doc_.entities[e].place || !Fires(i)) return false;
    uint32_t b = OwnerAndDescriptionStart(doc_.entities[e].token_begin);
    if (b > sb_ && v_.lower[b - 1] == "the") --b;
    return b > sb_ && v_.lower[b - 1] == "from";
  }

  // "fatally shot four people", "police shot dead two protesters", "was fatally injured":
  // is token i a shooting, stabbing, beating or wounding the sentence tells was fatal?
  bool FatalAct(uint32_t i) const {
    const std::string_view w = v_.lower[i];
    if (OneOf(w, {"shoot", "shoots", "shot"}) && i + 1 < se_ && v_.lower[i + 1] == "dead") {
      return true;
    }
    // "shoots three children to death", "was stabbed to death", "beaten to death"
    const bool violent = w.starts_with("shoot") || w == "shot" || w.starts_with("stab") ||
                         w.starts_with("beat") || w.starts_with("hack") || w.starts_with("burn");
    for (uint32_t k = i + 1; violent && k + 1 < se_ && k <= i + 5; ++k) {
      if (v_.lower[k] == "to" && v_.lower[k + 1] == "death") return true;
      if (v_.IsPunct(k) || doc_.tokens[k].upos == Upos::kVerb) break;
    }
    return i > sb_ && v_.lower[i - 1] == "fatally" &&
           (violent || w.starts_with("wound") || w.starts_with("injur"));
  }

  // "arrest a man at a Prague hotel": is entity e a place that qualifies the noun after
  // it, after a place preposition (where an act happened, not whom it was done to)?
  bool PlaceQualifyingANoun(int32_t e) const {
    if (e < 0 || !doc_.entities[e].place || !IsLocative(e)) return false;
    const uint32_t end = doc_.entities[e].token_end;
    return end < se_ && QualifiedCommonNoun(end);
  }

  // Is token j a common noun a place name before it may qualify ("a Prague hotel"), not
  // the rest of a name ("the U.S. Embassy") nor a mission that stands for its state?
  bool QualifiedCommonNoun(uint32_t j) const {
    return doc_.tokens[j].upos == Upos::kNoun && !Capitalized(j) &&
           !OneOf(v_.lower[j], {"embassy", "embassies", "consulate", "consulates"});
  }

  // Nearest eligible entity after `i` (other than `exclude`) within the clause.
  // For force ("strike positions in Syria") a place may be the target. With a parse, the
  // target lies in the trigger's own clause.
  // With `surface`, a name a plain phrase links to the trigger counts even where the
  // parse puts it in another clause (see PlainPhraseBetween).
  int32_t NearestAfter(uint32_t i, int32_t exclude, bool place_target = false,
                       bool surface = false) const {
    // "reach an agreement mediated by Egypt, Qatar and the U.S.": the mediators of what
    // the trigger's parties do, up to the next verb, are no party to it (but "rejects a
    // plan proposed by the government" rejects the government's plan).
    bool agents = false;
    for (uint32_t j = i + 1; j < se_; ++j) {
      if (IsClauseBoundary(v_, j)) return -1;
      if (HasSyntax()) {
        const Upos u = doc_.tokens[j].upos;
        if (u == Upos::kVerb || u == Upos::kAux || v_.lower[j] == "to") agents = false;
        if (v_.lower[j] == "by" && j >= i + 2 &&
            OneOf(v_.lower[j - 1], {"mediated", "brokered", "negotiated", "facilitated"})) {
          agents = true;
        }
        if (agents) continue;
      }
      if (const int32_t e = v_.entity_at[j];
          e >= 0 && e != exclude && Eligible(e, i) && !DescribesPlace(e) &&
          (place_target || !IsLocative(e)) && !FiredFrom(i, e) &&
          (InClauseOf(doc_.entities[e].token_begin, i) ||
           (surface && !IsLocative(e) && PlainPhraseBetween(i, doc_.entities[e].token_begin)))) {
        return e;
      }
    }
    return -1;
  }

  // "cancelled a planned visit to Haiti", "killed 46 Afghan civilians": only nouns,
  // adjectives, numbers, determiners and prepositions (and a participle after a
  // determiner) lie between the trigger at i and token j, a few words apart. Such a name
  // belongs to the trigger's clause even where the parse hangs it elsewhere.
  bool PlainPhraseBetween(uint32_t i, uint32_t j) const {
    constexpr uint32_t kReach = 6;
    if (j <= i || j - i > kReach) return false;
    for (uint32_t k = i + 1; k < j; ++k) {
      const Token& t = doc_.tokens[k];
      if (v_.IsPunct(k) || IsClauseBoundary(v_, k)) return false;
      switch (t.upos) {
        case Upos::kNoun:
        case Upos::kAdj:
        case Upos::kNum:
        case Upos::kDet:
          break;
        case Upos::kVerb:
          if (k == i + 1 || !OneOf(v_.lower[k - 1], {"a", "an", "the"})) return false;
          break;
        case Upos::kAdp:
          if (OneOf(v_.lower[k], {"as", "than", "since", "until", "if"})) return false;
          break;
        default:
          return false;
      }
    }
    return true;
  }

  // Is there a word that opens a clause ("after", "amid", "despite", "which"), not a
  // punctuation mark, strictly between tokens a and b?
  bool BoundaryWordBetween(uint32_t a, uint32_t b) const {
    for (uint32_t k = a + 1; k < b; ++k) {
      if (!v_.IsPunct(k) && !v_.IsQuote(k) && IsClauseBoundary(v_, k)) return true;
    }
    return false;
  }

  // "talks between Russian President Vladimir Putin and Turkish President Recep Tayyip
  // Erdogan": the first actor after the "and" that follows the first party, other than
  // the first party again.
  int32_t SecondParty(uint32_t i, int32_t first) const {
    constexpr uint32_t kReach = 12;
    const Entity& a = doc_.entities[first];
    bool joined = false;  // past the "and" that joins the two
    for (uint32_t j = a.token_end; j < se_ && j < a.token_end + kReach; ++j) {
      if (IsClauseBoundary(v_, j)) return -1;
      joined |= v_.Is(j, "and");
      const int32_t e = v_.entity_at[j];
      if (!joined || e < 0 || e == first || !Eligible(e, i) || IsLocative(e)) continue;
      if (doc_.entities[e].actor->code == a.actor->code) continue;
      return e;
    }
    return -1;
  }

  // "breaks out", "erupts", "rages": is token v a verb that says its subject took place?
  bool OccurrenceVerb(int32_t v) const {
    if (v < static_cast<int32_t>(sb_) || v >= static_cast<int32_t>(se_)) return false;
    const auto t = static_cast<uint32_t>(v);
    if (doc_.tokens[t].upos != Upos::kVerb) return false;
    if (BreaksOut(t)) return true;
    // "Fighting went on into Monday" (not "went on trial", "goes on strike").
    if (doc_.Lemma(t) == "go" && v_.Is(t + 1, "on")) {
      return t + 2 >= se_ || v_.IsPunct(t + 2) || v_.timex_at[t + 2] >= 0 ||
             OneOf(v_.lower[t + 2], {"into", "for", "until", "in", "after", "despite", "amid"});
    }
    return OneOf(doc_.Lemma(t), {"erupt", "resume", "rage", "continue", "intensify", "flare",
                                 "escalate", "ensue", "occur", "persist", "re-erupt"});
  }

  // "Fighting went on" (the dictionary's GO, a meeting), "clashes escalate" (a show of
  // force): a verb saying that the event its subject names took place is no event of
  // another type. (One of the same type may be the only telling: "the peace talks with the
  // United States resumed".)
  bool TellsItsSubjectTookPlace(uint32_t i, std::string_view type) const {
    if (!HasSyntax() || !OccurrenceVerb(static_cast<int32_t>(i))) return false;
    int32_t subject = SubjectOf(i, false);
    // (A gerund opening the sentence that the parse hangs on the verb: "Fighting between
    // Azerbaijan and Armenian forces went on".)
    if (subject < 0 && doc_.tokens[sb_].head == static_cast<int32_t>(i) &&
        doc_.tokens[sb_].xpos == Rel().vbg) {
      subject = static_cast<int32_t>(sb_);
    }
    if (subject < 0) return false;
    const auto hit = triggers_.Match(v_, static_cast<uint32_t>(subject), se_);
    return hit && hit->def->type != type;
  }

  // "denied entry and deported a Taiwanese rights activist": denying entry, access or a
  // visa befalls a person, as the next verb's act does.
  bool DeniesEntry(uint32_t v) const {
    return doc_.Lemma(v) == "deny" && AnyDependent(v, se_, [&](uint32_t j) {
             return doc_.tokens[j].deprel == Rel().obj &&
                    OneOf(doc_.Lemma(j), {"entry", "access", "visa", "permission", "asylum"});
           });
  }

  // A verb that reacts to what others did or said: its object is their act.
  static bool ReactionVerb(std::string_view lemma) {
    return OneOf(lemma, {"condemn", "reject", "deny", "welcome", "praise", "criticize", "criticise",
                         "denounce", "deplore", "dismiss", "hail", "slam", "decry"});
  }

  // True when token j depends on token i without crossing into another clause (advcl,
  // ccomp, relative clause, parataxis) — "postponed their meeting after a hafling was
  // reported on the pass of Cirith Ungol": Cirith Ungol is not the meeting's. True
  // without a parse.
  bool InClauseOf(uint32_t j, uint32_t i) const {
    if (!HasSyntax()) return true;
    const Relations& r = Rel();
    // A noun's actors may hang on the verb it is the object of ("expressed its support
    // to Azerbaijan"), or on the verb that says it took place ("fighting breaks out
    // between the army and the rebels").
    // (Only the parties, "between" or "against" them; not where it took place.)
    const Token& noun = doc_.tokens[i];
    const int32_t light = noun.upos == Upos::kNoun && noun.deprel == r.obj ? noun.head : -1;
    const int32_t occurred =
        noun.upos == Upos::kNoun && noun.deprel == r.nsubj && OccurrenceVerb(noun.head) ? noun.head
                                                                                        : -1;
    for (int steps = 0; steps < 64; ++steps) {
      if (j == i || static_cast<int32_t>(j) == light) return true;
      const Token& t = doc_.tokens[j];
      if (occurred >= 0 && t.head == occurred) {
        return t.deprel == r.obl && HasCase(j, {"between", "against"});
      }
      if (t.head < static_cast<int32_t>(sb_) || t.head >= static_cast<int32_t>(se_)) return false;
      if (t.deprel == r.advcl || t.deprel == r.ccomp || t.deprel == r.acl_relcl ||
          t.deprel == r.parataxis || t.deprel == r.csubj) {
        return false;
      }
      // A later verb the parse joins by "and" to the one above it keeps what it takes to
      // itself where it is not a true conjunct of that verb: a finite verb joined to a
      // participle, the conjunct of a verb further up ("said Armenia was deliberately
      // targeting residential areas and accused Yerevan"); or a verb after a verbal
      // reaction with an object of its own ("condemned the escalation and urged the leaders
      // of Armenia and Azerbaijan"; not "kidnaps and executes six people", nor "imposes visa
      // restrictions and revokes visas for Nicaraguans", which share whom they befall).
      if (t.deprel == r.conj && doc_.tokens[j].upos == Upos::kVerb &&
          t.head < static_cast<int32_t>(j)) {
        const auto above = static_cast<uint32_t>(t.head);
        if (FiniteConjunctHead(j, above) >= 0) return false;
        if ((above == i || t.head == light) && ReactionVerb(doc_.Lemma(above)) &&
            HasObject(above) && !DeniesEntry(above)) {
          return false;
        }
      }
      // The subject of another verb ("condemn the executions and Amnesty International
      // alleges") is in that verb's clause.
      if (t.deprel == r.nsubj && t.head != static_cast<int32_t>(i) &&
          doc_.tokens[t.head].upos == Upos::kVerb && r.Finite(doc_.tokens[t.head].xpos)) {
        return false;
      }
      j = static_cast<uint32_t>(t.head);
    }
    return false;
  }

  // "violent crackdowns on protests against the government of Sheikh Hasina": the token
  // of the protest a crackdown or attack is on (0 if none). Whom the protest is against
  // is not whom the crackdown is.
  uint32_t ProtestActedOn(uint32_t i) const {
    if (!v_.Is(i + 1, "on") && !v_.Is(i + 1, "against")) return 0;
    for (uint32_t k = i + 2; k < se_ && k <= i + 4; ++k) {
      const std::string_view w = v_.lower[k];
      if (w.starts_with("protest") && !w.starts_with("protester")) return k;
      if (w.starts_with("demonstration") || OneOf(w, {"rally", "rallies", "marches", "dissent"})) {
        return k;
      }
      if (v_.entity_at[k] >= 0 || v_.IsPunct(k)) return 0;
    }
    return 0;
  }

  // "crackdowns on protests against the government by the military": a state's forces
  // named by "by" after the protest's phrase did the crackdown (no state holds a protest).
  int32_t StateAgentAfter(uint32_t protest, uint32_t trigger) const {
    constexpr uint32_t kReach = 16;
    const int32_t e = ActorAfterWord(protest, "by", kReach, trigger, kAgentWindow - 1);
    return StateActor(e) ? e : -1;
  }

  // "... by X" soon after the trigger: "shelled by Armenia", "the release of prisoners
  // by Armenia".
  // With `past_object`, a "by" after what the trigger is against is that thing's agent,
  // not the trigger's ("protests against abuses by the security forces").
  int32_t ByAgent(uint32_t i, bool past_object = false) const {
    uint32_t j = i + 1;
    while (j < se_ && j <= i + kAgentWindow && !v_.Is(j, "by") && !IsClauseBoundary(v_, j) &&
           !v_.IsPunct(j)) {
      if (past_object && OneOf(v_.lower[j], {"against", "over", "about"})) return -1;
      ++j;
    }
    // "Four soldiers are killed and many others are injured by Azerbaijani troops": the
    // agent of a coordinated passive is the agent of both.
    if (!v_.Is(j, "by") && i + 1 < se_ && v_.Is(i + 1, "and")) {
      uint32_t k = i + 2;
      while (k < se_ && k <= i + 2 + kAgentWindow && !v_.Is(k, "by") && !IsClauseBoundary(v_, k) &&
             !v_.IsPunct(k)) {
        ++k;
      }
      if (v_.Is(k, "by") && v_.lower[k - 1].ends_with("ed")) j = k;
    }
    if (!v_.Is(j, "by")) return -1;
    return FirstActorFrom(j + 1, i, kAgentWindow - 1);
  }

  // "Calls to end hostilities have been voiced by many states, including Russia": the
  // agent of the passive verb a noun trigger is the subject of, up to a dozen tokens on.
  int32_t PassiveAgent(uint32_t i) const {
    constexpr uint32_t kReach = 12, kAgentReach = 10;
    for (uint32_t j = i + 1; j + 1 < se_ && j <= i + kReach; ++j) {
      if (v_.lower[j] == ";" || v_.IsQuote(j)) return -1;
      if (!v_.Is(j, "by") || !v_.lower[j - 1].ends_with("ed")) continue;
      // "an investigation into schemes exposed by the Panama Papers": a participle that
      // describes another noun has an agent of its own ("a bomb, planted by ISIL-K" is
      // the bomb's).
      if (HasSyntax() && doc_.tokens[j - 1].deprel == Rel().acl &&
          doc_.tokens[j - 1].head != static_cast<int32_t>(i)) {
        return -1;
      }
      // (The agent phrase ends at a verb: "a march, organized by the TLP Party, attempted
      // to reach the American embassy".)
      for (uint32_t k = j + 1; k < se_ && k <= j + kAgentReach; ++k) {
        if (v_.lower[k] == ";" || v_.IsQuote(k) ||
            (doc_.tokens[k].upos == Upos::kVerb && v_.lower[k] != "including")) {
          break;
        }
        if (const int32_t e = v_.entity_at[k]; e >= 0 && Eligible(e, i)) return e;
      }
      return -1;
    }
    return -1;
  }

  // The role the phrase around entity e gives a bare country: a role after its
  // possessive ("Dagolath's first Deputy Prime Minister"), a role noun it follows
  // ("soldiers from Gondor", "lawmakers in Arnor", "the ambassadors of Arnor"), or, with
  // a parse, the role noun it (or the first of its conjuncts) modifies. *phrase_end is
  // where a role after the name ends, else the entity's end.
  std::string PhraseRole(int32_t e, uint32_t* phrase_end) const {
    const Entity& ent = doc_.entities[e];
    *phrase_end = ent.token_end;
    uint32_t r = ent.token_end;
    if (r < se_ && (v_.lower[r] == "'s" || v_.lower[r] == "\xE2\x80\x99s")) ++r;
    // "Dagolath's first Deputy Prime Minister": a few modifiers may come first.
    for (uint32_t skip = 0; skip <= 2 && r + skip < se_; ++skip) {
      uint32_t end = r + skip;
      const std::string_view role = roles_.Match(doc_, r + skip, se_, &end);
      if (!role.empty()) {
        *phrase_end = end;
        return std::string(role);
      }
      if (!OneOf(v_.lower[r + skip],
                 {"first", "new", "former", "top", "senior", "deputy", "acting", "chief"})) {
        break;
      }
    }
    const uint32_t b = ent.token_begin;
    // "President Prosper Avril": a capitalized title right before a name.
    if (b > sb_ && Capitalized(b - 1)) {
      const std::string_view title = roles_.Find(v_.lower[b - 1]);
      if (!title.empty()) return std::string(title);
    }
    if (b >= sb_ + 2 && OneOf(v_.lower[b - 1], {"of", "from", "in"})) {
      const std::string_view role = roles_.Find(v_.lower[b - 2]);
      // "its forces in Lebanon" are the forces of whoever "its" stands for; "Kurdish
      // fighters in Syria", "Russian troops in Syria" those of the name before them.
      const bool owned =
          b >= sb_ + 3 && (OneOf(v_.lower[b - 3], {"its", "their", "his", "her"}) ||
                           (v_.entity_at[b - 3] >= 0 && doc_.entities[v_.entity_at[b - 3]].actor));
      if (!role.empty() && !owned) return std::string(role);
    }
    if (!HasSyntax()) return {};
    const Relations& rel = Rel();
    uint32_t t = ent.token_end - 1;
    // The last word of the name that hangs outside it ("Avril" is flat on "Prosper").
    for (uint32_t k = ent.token_end; k > ent.token_begin;) {
      --k;
      const int32_t h = doc_.tokens[k].head;
      if (h < static_cast<int32_t>(ent.token_begin) || h >= static_cast<int32_t>(ent.token_end)) {
        t = k;
        break;
      }
    }
    for (int hops = 0; hops < 4 && doc_.tokens[t].deprel == rel.conj; ++hops) {
      const int32_t h = doc_.tokens[t].head;
      if (h < static_cast<int32_t>(sb_) || h >= static_cast<int32_t>(se_)) return {};
      t = static_cast<uint32_t>(h);
    }
    const Token& tok = doc_.tokens[t];
    if (tok.head < static_cast<int32_t>(sb_) || tok.head >= static_cast<int32_t>(se_)) return {};
    if (tok.deprel != rel.nmod && tok.deprel != rel.compound && tok.deprel != rel.amod &&
        tok.deprel != rel.nmod_poss) {
      return {};
    }
    const uint32_t head = static_cast<uint32_t>(tok.head);
    if (v_.entity_at[head] >= 0) return {};
    return std::string(roles_.Find(v_.lower[head]));
  }

  // A place standing for its country as an actor ("bombed Aleppo" -> SYR).
  static EventActor CountryOfPlace(std::string text, const std::string& country) {
    EventActor a;
    a.text = std::move(text);
    a.ref.country = country;
    a.ref.code = country;
    return a;
  }

  EventActor MakeActor(int32_t e) const {
    const Entity& ent = doc_.entities[e];
    uint32_t begin = ent.token_begin, end = ent.token_end;
    const std::string role = PhraseRole(e, &end);
    if (ent.label == "ORG" && begin > sb_ && v_.lower[begin - 1] == "the") --begin;
    EventActor a;
    a.text = std::string(doc_.SpanText(begin, end));
    a.ref = *ent.actor;
    // A bare country gets the role its phrase gives it: GON + MIL = GONMIL.
    if (!role.empty() && a.ref.role.empty() && !a.ref.country.empty() &&
        a.ref.code == a.ref.country) {
      a.ref.role = role;
      a.ref.code = a.ref.country + role;
    }
    return a;
  }

  // The noun phrase right after a verb ("urged the conflicting sides to ..."), when no
  // entity fills the target: a determiner and up to a few words.
  std::string ObjectPhrase(uint32_t i) const {
    uint32_t j = i + 1;
    if (j < se_ && v_.lower[j] == "on") ++j;  // "called on the sides"; "for" names the request
    if (j >= se_ || !OneOf(v_.lower[j], {"the", "a", "an", "both", "all", "its", "their"})) {
      return {};
    }
    uint32_t e = j + 1;
    while (e < se_ && e - j < kNounPhraseMax && !v_.IsPunct(e) &&
           doc_.tokens[e].kind == TokenKind::kWord &&
           !OneOf(v_.lower[e], {"in", "on", "at", "to", "for", "of", "with", "by", "from", "that",
                                "which", "who", "and", "or", "over", "into", "after"})) {
      ++e;
    }
    return e > j + 1 ? std::string(doc_.SpanText(j, e)) : std::string();
  }

  // ---- date, place, attribution ------------------------------------------------------
  // The trigger at i and the words whose time is its time, nearest first: up the head
  // chain through clausal complements, adverbial clauses and conjuncts, and from an
  // event noun to the verb or preposition that takes it ("held talks on Monday", "killed
  // in an attack on Sunday", "said on Thursday that Putin urged"), and from a participle
  // to the noun it describes ("an escalation on 27 September, with both sides exchanging
  // accusations"). A relative clause or a noun's modifier ends the chain: the year in
  // "the deal that the United States withdrew from in 2018" does not date a
  // condemnation of Iran.
  std::vector<uint32_t> TimeChain(uint32_t i) const {
    constexpr size_t kMaxChain = 6;
    const Relations& r = Rel();
    std::vector<uint32_t> chain{i};
    for (uint32_t v = i; chain.size() < kMaxChain;) {
      const Token& t = doc_.tokens[v];
      if (t.head < static_cast<int32_t>(sb_) || t.head >= static_cast<int32_t>(se_)) break;
      const bool noun = t.upos == Upos::kNoun || t.upos == Upos::kPropn;
      const bool clausal = t.deprel == r.ccomp || t.deprel == r.xcomp || t.deprel == r.advcl ||
                           t.deprel == r.conj || t.deprel == r.parataxis || t.deprel == r.acl;
      const bool argument = noun && (t.deprel == r.obj || t.deprel == r.nsubj ||
                                     t.deprel == r.nsubj_pass || t.deprel == r.obl);
      if (!clausal && !argument) break;
      v = static_cast<uint32_t>(t.head);
      chain.push_back(v);
    }
    return chain;
  }

  // The word a timex hangs on in the parse: the head of the token of its span whose own
  // head lies outside it; -1 when it has none.
  int32_t TimexGovernor(const Timex& t) const {
    for (uint32_t k = t.token_begin; k < t.token_end; ++k) {
      const int32_t h = doc_.tokens[k].head;
      if (h < static_cast<int32_t>(t.token_begin) || h >= static_cast<int32_t>(t.token_end)) {
        return h;
      }
    }
    return -1;
  }

  // A time of day with no day of its own ("from 8:00 p.m. to 5:00 a.m. local time"):
  // its date is only borrowed from the text around it.
  bool ClockOnly(const Timex& t) const {
    for (uint32_t k = t.token_begin; k < t.token_end; ++k) {
      if (doc_.tokens[k].kind == TokenKind::kNumber || v_.IsPunct(k)) continue;
      const std::string_view w = v_.lower[k];
      if (OneOf(w, {"a.m.", "p.m.", "a.m", "p.m", "am", "pm", "noon", "midnight", "local", "time",
                    "hours", "hrs", "gmt", "utc"})) {
        continue;
      }
      // A time zone: "EST", "IST", "CEST".
      const std::string_view text = doc_.TokenText(k);
      if (text.size() >= 3 && text.size() <= 4 &&
          std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        continue;
      }
      return false;
    }
    return true;
  }

  // Is the verb at g, other than the trigger at i, an act that codes an event itself?
  bool OwnAct(uint32_t g, uint32_t i) const {
    if (g == i || doc_.tokens[g].upos != Upos::kVerb) return false;
    if (const auto hit = triggers_.Match(v_, g, se_); hit && !hit->noun) return true;
    uint32_t words = 0;
    return DictionaryHit(g, &words).has_value();
  }

  // "the 2020 United States presidential election", "the January 26 riot", "its August
  // 31 withdrawal deadline": a timex between a determiner and a word modifies that word.
  bool PremodifiesNoun(const Timex& t) const {
    return t.token_begin > sb_ && t.token_end < se_ &&
           OneOf(v_.lower[t.token_begin - 1], {"the", "a", "its", "their", "his", "her", "this"}) &&
           doc_.tokens[t.token_end].kind == TokenKind::kWord;
  }

  // Is the timex t, after the trigger at i, in a relative clause that follows the trigger
  // ("protest against the re-development of a building, which was delisted as a cultural
  // asset last year"): a relative pronoun and then a verb stand between them. The parse
  // may hang such a date on the main verb.
  bool InLaterRelativeClause(uint32_t i, const Timex& t) const {
    bool relative = false, verb = false;
    for (uint32_t k = i + 1; k < t.token_begin; ++k) {
      if (OneOf(v_.lower[k], {"which", "who", "whom", "whose"})) {
        relative = true;
        verb = false;
      } else if (relative &&
                 (doc_.tokens[k].upos == Upos::kVerb || doc_.tokens[k].upos == Upos::kAux)) {
        verb = true;
      } else if (verb && OneOf(v_.lower[k], {",", ";"})) {
        relative = verb = false;  // the relative clause closed before the date
      }
    }
    return verb;
  }

  // Is the timex t, before the trigger at i, in a clause about a person set off by commas
  // that closes before the trigger ("A young Pakistani man, whose father was killed by
  // drones in March 2011, seeks to block"): when the person's past happened, not the act.
  bool InEarlierPersonClause(uint32_t i, const Timex& t) const {
    if (t.token_end > i || t.token_begin <= sb_) return false;
    bool open = false;
    for (uint32_t k = sb_ + 1; k < t.token_begin; ++k) {
      if (v_.lower[k - 1] == "," && OneOf(v_.lower[k], {"who", "whose", "whom"})) {
        open = true;
      } else if (OneOf(v_.lower[k], {",", ";"})) {
        open = false;
      }
    }
    if (!open) return false;
    for (uint32_t k = t.token_end; k < i; ++k) {
      if (v_.lower[k] == ",") return true;
    }
    return false;
  }

  // Is the timex t, after the trigger at i, in a clause of its own that "after" or "before"
  // opens ("fire tear gas amid clashes ..., after a bus bombing yesterday killed nine
  // people"): the time of what came before or after the act.
  bool InLaterSequenceClause(uint32_t i, const Timex& t) const {
    uint32_t open = 0;
    for (uint32_t k = i + 1; k < t.token_begin; ++k) {
      if (OneOf(v_.lower[k], {"after", "before"})) open = k;
    }
    if (open == 0) return false;
    for (uint32_t k = open + 1; k < se_ && !OneOf(v_.lower[k], {",", ";"}); ++k) {
      if (k >= t.token_begin && k < t.token_end) continue;
      if (doc_.tokens[k].upos == Upos::kVerb && doc_.tokens[k].xpos != Rel().vbg) return true;
    }
    return false;
  }

  // Whether token k has a determiner or a possessor of its own ("the closure", "its
  // deadline", "a referendum").
  bool Determined(uint32_t k) const {
    return AnyDependent(k, k, [&](uint32_t j) {
      return doc_.tokens[j].upos == Upos::kDet || doc_.tokens[j].deprel == Rel().nmod_poss;
    });
  }

  // The date of the timex that governs the event at i, with day, month or year
  // precision. Ranked, then nearest first:
  //  - one the parse hangs on the trigger or on a word up its time chain (see TimeChain),
  //    the trigger's own first; one between a subject and its verb counts as the verb's
  //    ("Putin on Thursday urged");
  //  - one on a verb the trigger's participle or infinitive leads to ("talks expected to
  //    occur on Friday"), and for `to_come` (an invitation to talks) one on a word the
  //    trigger governs ("invited them to talks in Moscow on 9 October");
  //  - else one the parse hangs on a noun without a determiner in a phrase that depends
  //    on a word of the chain ("an escalation of tension on 27 September", "shelled the
  //    town of Tartar on Tuesday"); never a time of day alone, nor one on another verb ("after four
  //    people were found dead yesterday", "the deal the United States withdrew from in 2018") or on
  //    a noun with its own determiner ("the closure on July 8", "its August 31 deadline").
  // A date right after an event noun is its own ("a bus bombing yesterday"); never one in
  // a clause about a person set off before the trigger, in an "after" or "before" clause
  // after it, or one that owns a noun other than the trigger ("last year's vote").
  // Without a parse, the nearest timex in the sentence. *chosen (when given) is the timex.
  bool NearestDate(uint32_t i, bool to_come, std::string* date, std::string* precision,
                   const Timex** chosen = nullptr) const {
    constexpr int64_t kLed = 1;         // added to the chain rank of a verb a trigger leads to
    constexpr int64_t kBareNoun = 100;  // the rank of a timex on a bare noun
    const bool syntax = HasSyntax();
    const std::vector<uint32_t> chain = syntax ? TimeChain(i) : std::vector<uint32_t>{};
    auto chain_rank = [&](int32_t k) -> int64_t {
      for (size_t c = 0; c < chain.size(); ++c) {
        if (static_cast<int32_t>(chain[c]) == k) return static_cast<int64_t>(c);
      }
      return -1;
    };
    // Rank of a timex by the word it hangs on, or -1 to skip it.
    auto rank = [&](const Timex& t) -> int64_t {
      if (!syntax) return 0;
      // "a bus bombing yesterday": a date right after an event noun is its own, however
      // the parse hangs it.
      if (t.token_begin == i + 1 && doc_.tokens[i].upos == Upos::kNoun) return 0;
      if (InLaterRelativeClause(i, t) || InEarlierPersonClause(i, t) ||
          InLaterSequenceClause(i, t)) {
        return -1;
      }
      int32_t g = TimexGovernor(t);
      // "last year's parliamentary vote": a timex that owns a noun dates that noun.
      const bool possessive =
          t.token_end < se_ && OneOf(v_.lower[t.token_end], {"'s", "\u2019s", "'"});
      if (g < static_cast<int32_t>(sb_) || g >= static_cast<int32_t>(se_)) return -1;
      // "in 2022 and 2023", "between July and August": a timex joined to another hangs
      // where that one does.
      if (const int32_t other = v_.timex_at[static_cast<uint32_t>(g)]; other >= 0) {
        g = TimexGovernor(doc_.timexes[static_cast<size_t>(other)]);
        if (g < static_cast<int32_t>(sb_) || g >= static_cast<int32_t>(se_)) return -1;
      }
      // "a curfew beginning January 14", "starting on June 7": the time the act starts.
      if (OneOf(v_.lower[static_cast<uint32_t>(g)], {"beginning", "starting", "effective"}) &&
          doc_.tokens[static_cast<uint32_t>(g)].head >= static_cast<int32_t>(sb_)) {
        g = doc_.tokens[static_cast<uint32_t>(g)].head;
      }
      if (const int64_t c = chain_rank(g); c >= 0) return c;
      const Token& gov = doc_.tokens[static_cast<uint32_t>(g)];
      // "injured in yesterday's riot", "killed during Sunday's protests": the event a
      // chain word happened in has its time.
      if (gov.deprel == Rel().obl && HasCase(static_cast<uint32_t>(g), {"in", "during", "amid"})) {
        if (const int64_t c = chain_rank(gov.head); c >= 0) return c + kLed;
      }
      if ((gov.deprel == Rel().nsubj || gov.deprel == Rel().nsubj_pass) &&
          static_cast<int32_t>(t.token_end) <= gov.head &&
          (!possessive || gov.head == static_cast<int32_t>(i))) {
        if (const int64_t c = chain_rank(gov.head); c >= 0) return c;
      }
      // "a bombing that killed three police officers in 2014": the toll of the event named
      // at i tells when it happened.
      if (gov.deprel == Rel().acl_relcl && gov.head == static_cast<int32_t>(i) &&
          OneOf(v_.lower[static_cast<uint32_t>(g)], {"killed", "wounded", "injured", "left"})) {
        return kLed;
      }
      // ("signed a deal to end the war by Tuesday": an infinitive that is an act of its
      // own keeps its time.)
      const bool own_act = OwnAct(static_cast<uint32_t>(g), i);
      for (int32_t u = g, steps = 0; steps < 3 && !own_act; ++steps) {
        const Token& tu = doc_.tokens[static_cast<uint32_t>(u)];
        if ((tu.deprel != Rel().xcomp && tu.deprel != Rel().acl) ||
            tu.head < static_cast<int32_t>(sb_) || tu.head >= static_cast<int32_t>(se_)) {
          break;
        }
        u = tu.head;
        if (const int64_t c = chain_rank(u); c >= 0) return c + kLed;
        // "a second round of talks expected to occur on Friday": the noun whose "of"
        // phrase the trigger is.
        if (doc_.tokens[i].head == u && doc_.tokens[i].deprel == Rel().nmod && HasCase(i, {"of"})) {
          return kLed;
        }
      }
      if (to_come && gov.head == static_cast<int32_t>(i)) return kLed;
      if (gov.upos != Upos::kNoun && gov.upos != Upos::kPropn) return -1;
      if (Determined(static_cast<uint32_t>(g))) return -1;
      if (PremodifiesNoun(t)) return -1;
      // Up the noun phrase to the word it depends on, which must be in the chain: "shelled
      // the town of Tartar on Tuesday", but not "kidnapped from a university in Kaduna,
      // Nigeria, on Tuesday" for the killing of those kidnapped.
      for (int32_t u = g, steps = 0; steps < 5; ++steps) {
        if (chain_rank(u) >= 0) return kBareNoun;
        const Token& tu = doc_.tokens[static_cast<uint32_t>(u)];
        if ((tu.upos != Upos::kNoun && tu.upos != Upos::kPropn) ||
            tu.head < static_cast<int32_t>(sb_) || tu.head >= static_cast<int32_t>(se_)) {
          break;
        }
        u = tu.head;
      }
      return -1;
    };
    int64_t best_rank = -1, best_dist = -1;
    // Timexes are in token order, hence grouped by sentence.
    auto first = std::lower_bound(doc_.timexes.begin(), doc_.timexes.end(), s_,
                                  [](const Timex& t, uint32_t s) { return t.sentence < s; });
    for (auto it = first; it != doc_.timexes.end() && it->sentence == s_; ++it) {
      const Timex& t = *it;
      if (t.type != "DATE" && t.type != "TIME") continue;
      if (t.token_begin < sb_) continue;  // in a topic label before the sentence proper
      if (t.type == "TIME" && ClockOnly(t)) continue;
      if (t.token_begin > sb_) {
        const std::string_view before = v_.lower[t.token_begin - 1];
        // "who has been in office since 2006": where a state began, not when the event
        // was; "extends the curfew until March 15", "postponed to May": when it ends or
        // what it moves to.
        if (OneOf(before, {"since", "until", "till", "through", "to", "before"})) continue;
      }
      // Without a parse, a year before a noun dates that noun unless the noun is the event
      // ("responsible for the 2002 Bali bombings").
      if (!syntax && t.value.size() == 4 && PremodifiesNoun(t) &&
          !(i >= t.token_end && i <= t.token_end + 2)) {
        continue;
      }
      const std::string& val = t.value;
      if (val.size() < 4 || !IsDigit(val[0]) || !IsDigit(val[1]) || !IsDigit(val[2]) ||
          !IsDigit(val[3])) {
        continue;
      }
      std::string d, p;
      if (val.size() == 4) {
        d = val, p = "year";
      } else if (val.size() == 7 && val[4] == '-' && IsDigit(val[5])) {
        d = val, p = "month";
      } else if (val.size() >= 10 && val[4] == '-' && val[7] == '-' && IsDigit(val[8])) {
        d = val.substr(0, 10), p = "day";
      } else {
        continue;
      }
      const int64_t r = rank(t);
      if (r < 0) continue;
      const int64_t dist = t.token_begin > i ? t.token_begin - i : i - t.token_end + 1;
      if (best_rank < 0 || r < best_rank || (r == best_rank && dist < best_dist)) {
        best_rank = r;
        best_dist = dist;
        *date = std::move(d);
        *precision = std::move(p);
        if (chosen != nullptr) *chosen = &t;
      }
    }
    return best_rank >= 0;
  }

  // "on Friday", "Friday": a timex that names a weekday and nothing else.
  bool WeekdayOnly(const Timex& t) const {
    bool weekday = false;
    for (uint32_t k = t.token_begin; k < t.token_end; ++k) {
      if (timex::ParseWeekday(v_.lower[k])) {
        weekday = true;
      } else if (v_.lower[k] != "on") {
        return false;
      }
    }
    return weekday;
  }

  // "an airstrike on a government building in a southern suburb of Sana'a": the attack
  // named at i struck a site, and the place at p (after its preposition) is where that
  // site lies — a plain phrase apart.
  bool StruckSiteIn(uint32_t i, uint32_t p) const {
    constexpr uint32_t kReach = 12;
    // "an airstrike on a hospital in Idlib", "attack a house in Gaza".
    if (!HasSyntax() || p <= i + 2 || p > i + kReach ||
        !(OneOf(v_.lower[i + 1], {"on", "against"}) || doc_.tokens[i].upos == Upos::kVerb ||
          doc_.tokens[i + 1].upos == Upos::kDet)) {
      return false;
    }
    bool site = false;
    for (uint32_t k = i + 1; k + 1 < p; ++k) {
      if (v_.IsPunct(k) || doc_.tokens[k].upos == Upos::kVerb || v_.entity_at[k] >= 0) {
        return false;
      }
      site |= IsStructureNoun(v_.lower[k]);
    }
    return site;
  }

  // The first token of the place name a comma at c continues, when the place after it
  // (ending at `end`) closes the phrase: a run of capitalized words, place nouns, "of",
  // "and" and commas back to its preposition ("in Rajouri, Jammu and Kashmir."). Else
  // c + 1, the place itself.
  uint32_t PlaceChainStart(uint32_t c, uint32_t end) const {
    constexpr uint32_t kReach = 10;
    // The rest of a name the place opens ("Luhansk Oblast", "Jammu and Kashmir").
    for (uint32_t k = 0; k < 4 && end < se_ && (Capitalized(end) || v_.lower[end] == "and"); ++k) {
      ++end;
    }
    if (end < se_ && !OneOf(v_.lower[end], {",", ".", ";", ")", "-", "--"})) return c + 1;
    uint32_t k = c;
    while (k > sb_ && c - k < kReach &&
           (Capitalized(k - 1) || IsPlaceNoun(v_.lower[k - 1]) ||
            OneOf(v_.lower[k - 1], {",", "of", "and", "the", "county", "oblast", "state"}))) {
      --k;
    }
    // The run must hold a name of its own before the comma, not only commas, and no
    // place the gazetteer knows: that one is the finer ("in Tel Aviv, Israel").
    if (k >= c || k == sb_ || v_.lower[k] == ",") return c + 1;
    for (uint32_t t = k; t < c; ++t) {
      if (v_.entity_at[t] >= 0 && doc_.entities[v_.entity_at[t]].place) return c + 1;
    }
    return k;
  }

  // The first token of the list of capitalized names an "and" at c closes ("An-Naqoura
  // and" in "in An-Naqoura and Baalbek"); c + 1 when no name comes before it.
  uint32_t ListStart(uint32_t c) const {
    constexpr uint32_t kReach = 8;
    uint32_t k = c;
    while (k > sb_ && c - k < kReach &&
           (Capitalized(k - 1) || OneOf(v_.lower[k - 1], {",", "and", "the"}))) {
      --k;
    }
    return k < c && Capitalized(k) ? k : c + 1;
  }

  // Does token k describe the place noun after it: an adjective or a nationality
  // ("northern", "Syrian")?
  bool Describes(uint32_t k) const {
    const Token& t = doc_.tokens[k];
    if (t.upos == Upos::kAdj) return true;
    // ("in Turkey's southeast Hakkari Province", tagged a noun; not the "South" of "New
    // South Wales".)
    if (OneOf(v_.lower[k], {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                            "southwest"})) {
      return k == sb_ || !Capitalized(k - 1);
    }
    const int32_t e = v_.entity_at[k];
    return e >= 0 && doc_.entities[e].label == "NORP";
  }

  // Is entity e a place with "'s" after it and, a few words on, a place of the same
  // country ("Lebanon's northern city of Tripoli" only if the gazetteer's Tripoli is
  // Lebanon's)?
  bool OwnsPlaceAfter(int32_t e) const {
    const uint32_t end = doc_.entities[e].token_end;
    if (end + 1 >= se_ || v_.lower[end] != "'s") return false;
    constexpr uint32_t kWithin = 5;
    for (uint32_t k = end + 1; k < se_ && k <= end + kWithin; ++k) {
      // ("Saudi Arabia's capital, Riyadh": the place after a comma is the owner's again.)
      if (v_.IsPunct(k)) return false;
      const int32_t f = v_.entity_at[k];
      if (f >= 0 && f != e && doc_.entities[f].place &&
          doc_.entities[f].place->country == doc_.entities[e].place->country) {
        return true;
      }
    }
    return false;
  }

  // Where the words that describe the place word at p begin: adjectives and
  // nationalities ("northern Syria", "the Syrian city"), and a place that owns it
  // ("Syria's Idlib province", "Lebanon's northern city").
  uint32_t OwnerAndDescriptionStart(uint32_t p) const {
    constexpr uint32_t kDescriptions = 3;
    // ("the Egyptian capital Cairo": a place noun right before the name.)
    if (p > sb_ + 1 && OneOf(v_.lower[p - 1], {"capital", "city", "town", "village"})) --p;
    for (uint32_t k = 0; k < kDescriptions && p > sb_ + 1 && Describes(p - 1); ++k) --p;
    if (p > sb_ + 1 && v_.lower[p - 1] == "'s") {
      const int32_t owner = v_.entity_at[p - 2];
      if (owner >= 0 && doc_.entities[owner].place) p = doc_.entities[owner].token_begin;
    }
    return p;
  }

  // Sets the event's location to the place nearest the trigger at i that a locative
  // preposition introduces (or, for a meeting, "to"; for an attack, the place it
  // struck). Returns whether that place is the one the attack struck.
  bool SetLocation(uint32_t i, bool meeting, Event* ev) const {
    int32_t best = -1;
    int64_t best_dist = 0;
    bool best_struck = false;
    // A site struck stands for its place only when a named attacker struck it, not for
    // those killed or hurt there.
    const bool named_attacker = !ev->source.ref.empty() && !ev->killed && !ev->injured;
    for (uint32_t j = sb_; j < se_; ++j) {
      const int32_t e = v_.entity_at[j];
      if (e < 0 || doc_.entities[e].token_begin != j || !doc_.entities[e].place ||
          CountryBeforeAttack(e)) {
        continue;
      }
      // "in Lebanon's northern city of Tripoli", "in Syria's Idlib province": the place
      // that owns another is not where it happened.
      if (OwnsPlaceAfter(e)) continue;
      uint32_t p = OwnerAndDescriptionStart(j);
      if (p > sb_ && v_.lower[p - 1] == "the") --p;
      // "on the outskirts of Kyiv", "in the village of Nzakoundou": the preposition
      // before the place noun.
      if (p >= sb_ + 2 && v_.lower[p - 1] == "of" && IsPlaceNoun(v_.lower[p - 2])) {
        // ("in the Syrian city of Aleppo", "in Lebanon's northern city of Tripoli".)
        p = OwnerAndDescriptionStart(p - 2);
        if (p > sb_ && v_.lower[p - 1] == "the") --p;
      }
      if (p == sb_) continue;
      // "in Orgene village, Mandera County, Kenya", "in Novoaidar, Luhansk Oblast": a
      // place after a comma is where the name before it lies, which the gazetteer may lack.
      if (v_.lower[p - 1] == ",") p = PlaceChainStart(p - 1, doc_.entities[e].token_end);
      if (p == sb_) continue;
      // "in An-Naqoura and Baalbek, Lebanon": a place after "and" shares the preposition
      // of the names before it.
      if (v_.lower[p - 1] == "and") p = ListStart(p - 1);
      if (p == sb_) continue;
      const std::string_view prep = v_.lower[p - 1];
      // "a strike on Stepanakert", "the shelling of Ganja": a place right after an attack
      // word is where it struck.
      // So is one right after an attack verb ("shelled Stepanakert", "struck Gaza").
      // A blockade, siege or curfew strikes the place it closes ("blockades in the West
      // Bank", "the siege of Sarajevo").
      const bool closes = ev->type == "COERCE" && OneOf(ev->cameo, {"191", "1723"});
      // So is a place right after a verb of seizing ground ("captured the village of Pisky").
      // ("took control of Goma".)
      const bool occupied =
          ev->cameo == "192" && !v_.IsPunct(i + 1) &&
          (SeizingVerb(doc_.Lemma(i)) || doc_.Lemma(i) == "take") &&
          (p == i + 1 || (p == i + 3 && prep == "of" && v_.lower[i + 1] == "control"));
      const bool struck =
          (ev->type == "ASSAULT" && ((p == i + 2 && OneOf(prep, {"on", "of", "against"})) ||
                                     p == i + 1 || (named_attacker && StruckSiteIn(i, p)))) ||
          (closes && p == i + 2 && OneOf(prep, {"on", "of", "in", "around"})) || occupied;
      // ("visits Kyiv": the place visited.)
      // (One place: a list of countries toured has no one place.)
      const uint32_t after = doc_.entities[e].token_end;
      const bool visited = p == i + 1 && doc_.entities[e].token_begin <= i + 2 &&
                           OneOf(ev->cameo, {"042", "043"}) && VisitVerb(doc_.Lemma(i)) &&
                           !(after < se_ && OneOf(v_.lower[after], {",", "and"}));
      if (!OneOf(prep, {"in", "at", "near", "outside", "across", "throughout"}) &&
          !(meeting && prep == "to") && !struck && !visited) {
        continue;
      }
      // Prefer places after the trigger: count distance before it double.
      const int64_t dist = j > i ? j - i : 2 * (i - j);
      if (best < 0 || dist < best_dist) {
        best = e;
        best_dist = dist;
        best_struck = struck;
      }
    }
    if (best < 0) return false;
    const Entity& ent = doc_.entities[best];
    ev->location_text = std::string(doc_.SpanText(ent.token_begin, ent.token_end));
    ev->location = ent.place;
    return best_struck;
  }

  // The actor right before the denial word of the sentence nearest the trigger at i.
  void SetDenier(uint32_t i, Event* ev) const {
    constexpr uint32_t kBefore = 4;
    int64_t best = -1;
    int32_t denier = -1;
    for (uint32_t j = sb_; j < se_; ++j) {
      if (!OneOf(v_.lower[j], {"deny", "denies", "denied", "denying", "rejected", "rejects"})) {
        continue;
      }
      for (uint32_t k = j; k > sb_ && j - k <= kBefore;) {
        --k;
        const int32_t e = v_.entity_at[k];
        if (!Coded(e)) continue;
        const int64_t dist = j > i ? j - i : i - j;
        if (best < 0 || dist < best) best = dist, denier = e;
        break;
      }
    }
    if (denier < 0) return;
    const Entity& ent = doc_.entities[denier];
    ev->attributed_to.text = std::string(doc_.SpanText(ent.token_begin, ent.token_end));
    ev->attributed_to.ref = *ent.actor;
  }

  // ---- one trigger -------------------------------------------------------------------
  Draft Build(uint32_t i, const TriggerHit& hit, const std::vector<TriggerSite>& sites,
              size_t site) const {
    Draft d;
    d.def = hit.def;
    d.noun = hit.noun;
    Event& ev = d.event;
    ev.type = std::string(hit.def->type);
    ev.cameo = hit.cameo;
    ev.mode = hit.mode;
    ev.trigger = std::string(doc_.TokenText(i));
    ev.trigger_token = i;
    ev.sentence = s_;
    ev.mentions.push_back({s_, ev.trigger});

    // A shooting, stabbing or beating told as fatal is an attack whatever a dictionary
    // pattern reaching further says ("shot dead and 12 injured as a result of 18 shootings"
    // matched a pattern for shooting down a solution).
    const bool fatal = FatalAct(i);
    if (fatal && ev.type != "ASSAULT") {
      ev.type = "ASSAULT";
      ev.cameo = v_.lower[i].starts_with("sho") ? "193" : "182";
      ev.mode.clear();
    }
    const uint16_t flags = hit.def->flags;
    const bool casualty = (flags & (kKill | kInjure | kMissing)) != 0;
    // A headline's casualty or arrest participle without its auxiliary is passive: "Two
    // Hezbollah militants killed in an Israeli airstrike" (only before "in", "by",
    // "during": the tagger reads many an active past tense as a participle).
    const bool appositive = AppositiveParticiple(i);
    const bool headline_participle =
        !hit.noun && HasSyntax() && doc_.tokens[i].head < 0 && !HasAuxiliary(i) && !HasObject(i) &&
        (flags & (kKill | kInjure | kDetain)) && v_.lower[i].ends_with("ed") && i + 1 < se_ &&
        (OneOf(v_.lower[i + 1], {"in", "by", "during", "when", "after"}) ||
         CoordinatedHeadlineParticiple(i));
    // So is a past participle that describes the noun before it: "the number of
    // Palestinians killed in an Israeli airstrike" (not one with an object, nor one on a
    // date or a subject: "The German government today welcomed the statement", "after
    // Indian Army soldiers shot dead two people" are misparses).
    const bool reduced_relative =
        (!hit.noun && HasSyntax() && doc_.tokens[i].xpos == Rel().vbn &&
         doc_.tokens[i].deprel == Rel().acl && doc_.tokens[i].head >= static_cast<int32_t>(sb_) &&
         doc_.tokens[i].head < static_cast<int32_t>(i) && v_.timex_at[doc_.tokens[i].head] < 0 &&
         !HasObject(i) && doc_.tokens[doc_.tokens[i].head].deprel != Rel().nsubj &&
         doc_.tokens[doc_.tokens[i].head].head >= 0 &&
         !HasCase(static_cast<uint32_t>(doc_.tokens[i].head),
                  {"after", "before", "as", "since", "until", "because", "while", "when"})) ||
        headline_participle || appositive;
    const bool passive =
        !hit.noun && (IsPassive(v_, sb_, i) || reduced_relative ||
                      (HasSyntax() && (casualty || (flags & kDetain)) && CompletingParticiple(i)));
    const bool force = OneOf(hit.def->type, {"ASSAULT", "THREATEN", "COERCE", "MOBILIZE"});
    const bool protest = hit.def->type == "PROTEST";
    int32_t source = -1, target = -1;
    bool whence_target = false;  // the place left, not a role there
    bool between_pair = false;   // the sides named after "between"
    const uint32_t between = BetweenAfter(i);
    if ((flags & kNoAgent) || (casualty && hit.noun)) {
      target = NearestBefore(i, kPatientWindow, true);  // "three Russians suffered injuries"
      // "Mexican police find nine migrants dead": who finds the dead is not among them.
      if (target >= 0 && (flags & kNoAgent) && ActiveFindBetween(target, i)) target = -1;
    } else if ((hit.noun || v_.lower[i] == "fighting") && between > 0 &&
               !OneSidedBetweenPlaces(between, ev)) {
      // "talks between Russia and Turkey", "fighting rages between Armenia and Azerbaijan"
      constexpr uint32_t kPartyReach = 3;
      source = between > i + 3 ? FirstActorFrom(between + 1, i, kPartyReach) : NearestAfter(i, -1);
      if (source >= 0) target = SecondParty(i, source);
      between_pair = source >= 0;
    } else if (const int32_t first = hit.noun ? FirstPartyPastPlace(i) : -1;
               first >= 0 && !OneSidedBetweenPlaces(between, ev)) {
      // "Clashes in Gyumri, Armenia between police and protesters"
      source = first;
      target = SecondParty(i, source);
      between_pair = true;
    } else if (hit.noun) {
      source = ByAgent(i, OneOf(hit.def->type, {"PROTEST", "ACCUSE"}));
      // "A march in Minsk is dispersed by police": a state's forces that act on a protest
      // do not hold it.
      if (source >= 0 && hit.def->type == "PROTEST" && StateActor(source)) source = -1;
      if (source < 0) source = PassiveAgent(i);
      // "1,500 members of the Turkish military in detention": who is in detention is held,
      // and no doer is looked for.
      const int32_t held =
          (flags & kDetain) && i > sb_ + 1 && OneOf(v_.lower[i - 1], {"in", "into"})
              ? NearestBefore(i, kModifierWindow + 2, true)
              : -1;
      if (held >= 0) source = -1;
      if (held < 0 && source < 0) source = NounDoer(i, hit, flags);
      // "The UN condemns the crackdown on protests": neither the crackdown's doer nor the
      // subject of the verb that tells of it holds the protest.
      if (hit.def->type == "PROTEST" &&
          std::any_of(sites.begin(), sites.end(),
                      [&](const TriggerSite& s) { return ProtestActedOn(s.token) == i; })) {
        source = -1;
      }
      // "Turkey rejected calls for a ceasefire", "condemned the attack": a noun that is
      // the object of another event's verb is not done by that verb's subject (a light
      // verb's object is: "expressed its support", "held talks").
      const int32_t verb = GoverningVerb(i);
      // (A participle right before the noun is its modifier: "Russia's continuing attacks".)
      // (A threat's object is the threatener's own act: "threatens trade sanctions".)
      const bool verb_is_event = verb >= 0 && !ExchangeVerb(v_.lower[verb]) &&
                                 !(static_cast<uint32_t>(verb) + 1 == i && Participle(verb)) &&
                                 std::any_of(sites.begin(), sites.end(), [&](const TriggerSite& s) {
                                   return s.token == static_cast<uint32_t>(verb) && !s.threaten;
                                 });
      if (source >= 0 && verb_is_event &&
          !PerformsNoun(static_cast<uint32_t>(verb), i, hit.def->type) &&
          doc_.entities[source].token_begin < static_cast<uint32_t>(verb)) {
        source = -1;
      }
      target = held >= 0 ? held : NearestAfter(i, source, force, true);
      // "Turkey's role has drawn criticism from France": the censure is aimed at the
      // subject of the verb that receives it, and comes "from" its doer.
      if (hit.def->type == "ACCUSE") {
        if (const int32_t receiver = ReceivingVerb(i); receiver >= 0) {
          constexpr uint32_t kFromReach = 6, kFromWindow = 3, kTitleWindow = 4, kSubjectWindow = 8;
          const auto at = static_cast<uint32_t>(receiver);
          const int32_t subject = SubjectOf(at, false);
          if (subject >= 0) {
            const auto s = static_cast<uint32_t>(subject);
            target = PhraseActor(s, at);
            // (A subject the parse splits from its title: "UK premier David Cameron".)
            if (target < 0) target = NearestBefore(s + 1, kTitleWindow, true);
          } else {
            target = NearestBefore(at, kSubjectWindow, true);
            // "Germany initiates border checks, prompting criticism", "resigns after
            // receiving criticism": a participle's subject is the sentence's.
            if (target < 0 && doc_.tokens[at].xpos == Rel().vbg) target = OpeningActor(at);
          }
          source = ActorAfterWord(i, "from", kFromReach, i, kFromWindow);
          if (source == target) source = -1;
        }
      }
      // ("Interpol issues a red notice at the request of Russia": Interpol was asked.)
      if (HasSyntax() && AtTheRequestOf(i)) target = ClauseDoer(i);
      if (hit.def->type == "COERCE" && PlaceQualifyingANoun(target)) target = -1;
      if (OneOf(hit.def->type, {"ASSAULT", "COERCE"})) {
        if (const uint32_t acted_on = ProtestActedOn(i); acted_on > 0) {
          target = -1;
          if (source < 0) source = StateAgentAfter(acted_on, i);
        }
      }
      // "airstrikes launched by the United States and the United Kingdom": the doer's
      // partner in its list is no target of a one-sided act.
      if (target >= 0 && source >= 0 && force && held < 0) {
        const std::vector<int32_t> doers = Conjuncts(source, i);
        if (doers.size() >= 2 && std::find(doers.begin(), doers.end(), target) != doers.end()) {
          target = -1;
        }
      }
      if (target < 0 && (flags & kViolent)) target = BodyStruck(i);
      // "the withdrawal of Russian forces from Syria": who withdraws follows "of", and
      // what they leave, "from".
      if (hit.def->type == "RETREAT" && v_.Is(i + 1, "of")) {
        constexpr uint32_t kReach = 8;
        int32_t who = -1, whence = -1;
        bool from = false;
        bool other_phrase = false;  // "of its personnel in the UN mission": not whose
        for (uint32_t k = i + 2; k < se_ && k <= i + 2 + kReach && !IsClauseBoundary(v_, k); ++k) {
          from |= v_.Is(k, "from");
          other_phrase |= !from && OneOf(v_.lower[k], {"in", "at", "with", "to", "under", "for"});
          const int32_t e = v_.entity_at[k];
          if (e < 0 || !Eligible(e, i) || doc_.entities[e].token_begin != k) continue;
          if (!from && other_phrase) continue;
          if (!from && who < 0) {
            who = e;
          } else if (from) {
            whence = e;
            break;
          }
        }
        if (who >= 0) {
          source = who;
          target = whence;
          whence_target = whence >= 0;
        }
      }
      // "Turkey blames the attack on the PKK": whom an act is blamed on did it.
      if (target >= 0 && source < 0 && verb >= 0 && v_.lower[verb].starts_with("blam")) {
        uint32_t p = doc_.entities[target].token_begin;
        if (p > sb_ && v_.lower[p - 1] == "the") --p;
        if (p > sb_ && v_.lower[p - 1] == "on") std::swap(source, target);
      }
    } else if (passive) {
      target = NearestBefore(i, kPatientWindow, true);
      source = ByAgent(i);
    } else {
      // (Fighting, which the dictionary has as a verb, may be a circumstance.)
      source = v_.lower[i] == "fighting" && Circumstance(i)
                   ? -1
                   : NearestBefore(i, kSourceWindow, false);
      // A dictionary verb coded by its own code alone ("ruled", "came") takes a target
      // only where the parse gives it one.
      target = NearestAfter(i, source, force, !hit.bare);
      if (hit.def->type == "COERCE" && PlaceQualifyingANoun(target)) target = -1;
    }
    // The dependency tree, when there is one, overrides the proximity guesses slot by
    // slot: subjects, objects, passive agents, prepositional targets.
    SyntaxSlots syn;
    // (The sides after "between" are the parties: "police flee as fighting between M23
    // rebels and the army intensifies".)
    if (!hit.noun && !(flags & kNoAgent) && !between_pair) {
      syn = FromSyntax(i, (flags & kRequest) != 0, hit.def->type == "ACCUSE");
      // ("Shelling in Bir Al Abd, Egypt kills nine": a subject the parse finds inside a
      // place phrase is where, not who.)
      if (syn.source >= 0 && IsLocative(syn.source) && PlaceOfAnEvent(syn.source)) syn.source = -1;
      if (syn.source >= 0 && syn.source != target) source = syn.source;
      if (syn.source < 0) {
        if (const int32_t shared = SharedSubject(i); shared >= 0 && shared != target) {
          source = shared;
        }
      }
      if (syn.target >= 0 && syn.target != source) target = syn.target;
      // "Armenian officials said fighting was continuing": a gerund between a reporting
      // verb and a finite one is the subject of what is reported (which the tagger may
      // read as the reporting verb's complement); the speaker does not do it (but "claim
      // taking control of" does).
      if (i > sb_ && i + 1 < se_ && v_.lower[i].ends_with("ing") && IsReportingVerb(v_, i - 1) &&
          (doc_.tokens[i + 1].upos == Upos::kAux || Rel().Finite(doc_.tokens[i + 1].xpos) ||
           doc_.tokens[i + 1].xpos == Rel().vbn)) {
        source = -1;
      }
      // "Nigerian police open fire on protesters in Lekki, Lagos State, killing several
      // people": a trailing participle clause is done by the sentence's subject, even
      // where the parse missed the main verb.
      // Without one, the nearest name before it is the main clause's object or place
      // ("rebels bomb a car in the commune of Southwest Cameroon, killing seven").
      const bool trailing_participle =
          i > sb_ && v_.lower[i - 1] == "," && v_.lower[i].ends_with("ing");
      if (syn.source < 0 && trailing_participle) {
        const int32_t subject = OpeningActor(i);
        source = subject != target && !(protest && StateActor(subject)) ? subject : -1;
      }
      // (Nor when the parse hangs the clause on the forces' verb: "Soldiers open fire on
      // civilians in Khartoum, protesting against the coup".)
      if (trailing_participle && protest && StateActor(source)) source = -1;
      // "killing 11 soldiers and wounding others": the object of one verb does not do the
      // next; "security forces open fire on people protesting": a state's
      // forces named nearby are not who protests.
      if (syn.source < 0 && source >= 0 &&
          (ObjectOfOtherVerb(source, i) || (protest && StateActor(source)))) {
        source = -1;
      }
      // "Fatima Gailani, who took part in peace talks with the Taliban, blames": a name
      // inside the subject's relative clause is not the subject; the name the clause
      // hangs on is (the parse often loses the verb after such a clause).
      if (syn.source < 0) {
        int32_t antecedent = -1;
        if (ClauseBeforeVerb(i, &antecedent) && source != antecedent) {
          source = antecedent >= 0 && antecedent != target ? antecedent : -1;
        }
      }
    }
    if (syn.unnamed_doer) source = -1;
    // "A Chinese court sentences the perpetrator of the car attack": courts do no
    // violence; one named near an act of violence judges it (prosecutors may raid).
    if (source >= 0 && (flags & (kViolent | kKill | kInjure)) && doc_.entities[source].actor &&
        doc_.entities[source].actor->role == "JUD" && !v_.lower[i].starts_with("raid")) {
      source = -1;
    }
    // "visited jailed Myanmar democracy leader Aung San Suu Kyi", "the release of detained
    // journalists": a participle before the noun it describes names what befell that noun,
    // and no doer.
    if (!hit.noun && AttributiveParticiple(i) &&
        (casualty || (flags & kDetain) || hit.def->type == "COERCE" ||
         hit.def->type == "ASSAULT")) {
      source = -1;
      constexpr uint32_t kNounPhrase = 4;  // "jailed Myanmar democracy leader X"
      const int32_t e = NearestAfter(i, -1);
      target = e >= 0 && doc_.entities[e].token_begin <= i + kNounPhrase ? e : -1;
    }
    // "preparing a terrorist attack on behalf of Hamas": whom an act is done for is its
    // doer, not its target.
    if (target >= 0 && OnBehalfOf(target, i)) {
      if (source < 0) source = target;
      target = -1;
    }
    // "A ship rescues 209 people but finds 22 dead bodies", "police found him dead": who
    // finds the dead did not kill them.
    if (!hit.noun && hit.def->type == "ASSAULT" && IsFindWord(v_.lower[i])) source = -1;
    if (!hit.noun && target >= 0 && ProtestedParty(i, target)) target = -1;
    // "Ukraine receives the first batch of tanks from Germany": who gives follows "from",
    // and who receives is the target.
    if (!hit.noun && doc_.Lemma(i) == "receive") {
      constexpr uint32_t kReach = 12, kWindow = 3;
      if (const int32_t giver = ActorAfterWord(i, "from", kReach, i, kWindow);
          giver >= 0 && giver != source) {
        target = source;
        source = giver;
      }
    }
    // "Hosni Mubarak stands trial", "goes on trial", "faces murder charges": the subject
    // is the accused, not the accuser.
    // (Not where it is tried: "extradited to the United States to face drug charges", "a
    // court in Munich rules that ... should face bribery charges"; nor who sends another to
    // it.)
    if (!hit.noun && source >= 0 && target < 0 && FacesTrial(i)) {
      const uint32_t b = doc_.entities[source].token_begin;
      const uint32_t p = b > sb_ + 1 && v_.lower[b - 1] == "the" ? b - 2 : b - 1;
      bool object = false;  // "seeking to extradite him to face trial": he faces it
      for (uint32_t k = b; k < i && !object; ++k) {
        object = OneOf(v_.lower[k], {"him", "her", "them"});
      }
      if (b < i && !object &&
          !(b > sb_ && OneOf(v_.lower[p], {"to", "in", "at", "by", "of", ","}))) {
        target = source;
        source = -1;
      }
    }
    // "the town, which Armenians call Shushi, had been under shelling": what is under
    // attack is its subject; only a "from" or "by" phrase, or the noun's own modifier,
    // names the attacker.
    if (hit.def->type == "ASSAULT" && UnderAttack(i)) {
      constexpr uint32_t kReach = 6, kWindow = 3;
      source = ActorAfterWord(i, "from", kReach, i, kWindow);
      if (source < 0) source = ActorAfterWord(i, "by", kReach, i, kWindow);
      if (source < 0) source = PhraseActor(i, i);  // "under heavy Russian bombardment"
      target = SubjectActor(i, i);
      if (target < 0 && doc_.tokens[i].head >= static_cast<int32_t>(sb_)) {
        target =
            SubjectActor(static_cast<uint32_t>(doc_.tokens[i].head), i);  // "came under attack"
      }
      if (target == source) target = -1;
    }
    if (!hit.noun && ComesUnder(i)) {
      constexpr uint32_t kReach = 8, kWindow = 3;
      int32_t from = ActorAfterWord(i, "from", kReach, i, kWindow);
      if (from < 0) from = ActorAfterWord(i, "by", kReach, i, kWindow);
      const int32_t subject = source >= 0 ? source : target;
      target = subject;
      source = from != subject ? from : -1;
      if (ev.type == "ACCUSE" && ArmedFire(i, from, target)) {
        ev.type = "ASSAULT";
        ev.cameo = "190";
      }
    }
    // "Hosni Mubarak stands trial for the killing of protesters": the accused did it.
    if (const int32_t accused = AccusedOnTrial(i); accused >= 0) {
      source = accused;
      if (target == accused) target = -1;
    }
    // "Evan Gershkovich is released from Russian custody": whose custody it was released.
    if (!hit.noun && ev.type == "RETREAT") {
      if (const int32_t keeper = CustodyKeeper(i); keeper >= 0) {
        if (target == keeper) target = -1;
        if (source < 0) source = keeper;
      }
    }
    // "attempts by Texas to block Syrian refugees", "Joko Widodo's refusal to grant them
    // clemency": the infinitive after a noun is the act of the noun's agent or possessor.
    if (!hit.noun) {
      if (const int32_t agent = InfinitiveNounsAgent(i); agent >= 0) {
        source = agent;
        if (target == source) target = -1;
      } else if (agent == kSomeoneElse) {
        source = -1;  // "attempts by Texas to block": a doer that is no coded actor
      }
    }
    // "flanked by visiting United States Secretary of State Rex Tillerson": the one named
    // after an attributive "visiting" is the visitor, and the sentence's opening actor the
    // host (a bare country after it is where the visit goes: "visiting Turkey").
    if (!hit.noun && v_.lower[i] == "visiting" && i > sb_ && i + 1 < se_ &&
        OneOf(v_.lower[i - 1], {"by", "the", "a", "with", "of", "to", "for"})) {
      const int32_t visitor = v_.entity_at[i + 1];
      if (visitor >= 0 && Eligible(visitor, i) && !IsCountryName(visitor)) {
        source = visitor;
        const int32_t host = OpeningActor(i);
        target = host != visitor ? host : -1;
      }
    }
    // "Bush and Howard discuss Iraq strategy", "Putin discusses Syria with Erdogan": what
    // is discussed is the topic; the party is the one discussed with. (Without an "and"
    // before it, no one discusses with the names in a list before the subject: "protests
    // spread beyond the capital Bangkok, the parliament discusses a motion".)
    bool one_sided = false;
    // "The United States and Russia start talks in Saudi Arabia": where talks are held is
    // no party to them (a visit's host is where the visitor goes).
    if (hit.def->type == "CONSULT" && target >= 0 && !OneOf(ev.cameo, {"042", "043"}) &&
        (MeetingWord(doc_.Lemma(i)) ||
         OneOf(doc_.Lemma(i), {"start", "begin", "open", "resume", "attend"})) &&
        doc_.entities[target].token_begin > i + 1 &&
        v_.lower[doc_.entities[target].token_begin - 1] == "in" && doc_.entities[target].place &&
        !WithPeopleIn(i, doc_.entities[target].token_begin - 1)) {
      target = WithParty(i);
    }
    // "Russia and Turkey meet in Moscow on Syria", "hold talks on Syria": what a meeting
    // is about is no party to it.
    if (hit.def->type == "CONSULT" && target >= 0 && MeetingWord(doc_.Lemma(i)) &&
        IsTopic(target, i)) {
      target = WithParty(i);
      if (target >= 0 && IsTopic(target, i)) target = -1;
    }
    if (!hit.noun && target >= 0 && v_.lower[i].starts_with("discuss")) {
      target = WithParty(i);
      one_sided =
          std::find(v_.lower.begin() + sb_, v_.lower.begin() + i, "and") == v_.lower.begin() + i;
    }
    // "soldiers who fought in Bakhmut", "a ruling which allowed": a relative clause on a
    // noun that names no actor does not take an actor from before that noun.
    if (!hit.noun && source >= 0 && HasSyntax()) {
      const Token& tt = doc_.tokens[i];
      if (tt.deprel == Rel().acl_relcl && tt.head >= static_cast<int32_t>(sb_) &&
          tt.head < static_cast<int32_t>(i) && v_.entity_at[tt.head] < 0 &&
          doc_.entities[source].token_begin < static_cast<uint32_t>(tt.head)) {
        source = -1;
      }
    }
    // "arrest a jihadist preparing to commit a terrorist attack": what the arrested did or
    // planned is theirs, not the arresting side's.
    uint32_t arrest_verb = 0;
    const ArrestedAct arrested = ActOfArrested(i, &arrest_verb);
    if (arrested != ArrestedAct::kNone && source >= 0 &&
        doc_.entities[source].token_begin < arrest_verb) {
      source = -1;
    }
    // "Police arrest Ramon Escobar on charges of killing homeless people": who arrests
    // did not do what the arrested are charged with.
    if (source >= 0 && AccusedOf(i) && doc_.entities[source].token_begin < i) {
      const uint32_t b = doc_.entities[source].token_begin;
      bool arrest_between = false;
      // (An active verb: "a soldier convicted of killing" did it.)
      for (uint32_t k = b; k < i && !arrest_between; ++k) {
        arrest_between = doc_.tokens[k].xpos != Rel().vbn &&
                         OneOf(doc_.Lemma(k), {"arrest", "detain", "charge", "indict", "convict",
                                               "sentence", "jail", "extradite"});
      }
      if (arrest_between) source = -1;
    }
    if (source < 0 && hit.def->type == "ASSAULT") source = CustodyHolder(i);
    // "opposition leader Victoire Ingabire, arrested last week": the name is who it befell,
    // and only a "by" agent did it.
    if (appositive) {
      if (const int32_t e = NearestBefore(i - 1, kModifierWindow + 1, false); e >= 0) target = e;
      source = ByAgent(i);
      if (source == target) source = -1;
    }
    // "Ariel Henry resigns as Prime Minister of Haiti": one resigns alone, and an office
    // named after it is the resigning side's; so is whoever a resignation is of ("calls
    // for the resignation of Netanyahu").
    if (v_.lower[i].starts_with("resign")) {
      if (source < 0 || (hit.noun && target >= 0)) source = target;
      target = -1;
    }
    // "is charged with manslaughter in a Spanish court": the court a charge or sentence
    // is passed in passed it, and is not who it befell.
    if (passive && !hit.noun && JudgmentVerb(doc_.Lemma(i))) {
      if (const int32_t court = CourtOfVenue(i); court >= 0) {
        if (target == court) target = NearestBefore(i, kPatientWindow, true);
        if (target == court) target = -1;
        if (source < 0) source = court;
      }
    }
    d.source = source;
    d.target = target;
    d.one_sided = one_sided;
    if (source >= 0) ev.source = MakeActor(source);
    if (target >= 0) {
      ev.target = MakeActor(target);
      if (whence_target) ev.target.ref = *doc_.entities[target].actor;
    } else if (syn.destination >= 0) {
      // The country of the place a visitor arrived in hosts the visit.
      const Entity& place = doc_.entities[syn.destination];
      ev.target = CountryOfPlace(std::string(doc_.SpanText(place.token_begin, place.token_end)),
                                 place.place->country);
    } else if (!hit.noun && !passive) {
      ev.target.text = ObjectPhrase(i);
    }

    // "invited the ministers to Moscow for negotiations": the event is the talks to come.
    const bool talks_to_come =
        hit.def->refinement == Refinement::kInvite && hit.cameo.starts_with("04");
    if (talks_to_come) ev.type = "CONSULT";

    // Date, and whether it lies after the article date.
    bool future_date = false;
    const Timex* when = nullptr;
    if (NearestDate(i, talks_to_come, &ev.date, &ev.date_precision, &when)) {
      // "invited the ministers to Moscow on Friday for consultations": talks to come are on
      // the coming Friday, whatever the tense of the invitation dated the weekday by (but
      // "on Tuesday invited" is when the invitation was made).
      constexpr int kWeek = 7;
      const auto day = CivilDate::Parse(ev.date);
      const int64_t ago = day && doc_.date.valid() ? doc_.date.ToDays() - day->ToDays() : 0;
      if (talks_to_come && ago > 0 && ago <= kWeek && when->token_begin > i && WeekdayOnly(*when)) {
        ev.date = day->AddDays(kWeek).ToString();
      }
      const std::string article = doc_.date.ToString().substr(0, ev.date.size());
      future_date = ev.date > article;
      const std::string_view w = v_.lower[i];
      const bool asks = (flags & kRequest) && (w.starts_with("call") || w.starts_with("urg") ||
                                               w.starts_with("appeal") || w.starts_with("demand") ||
                                               w.starts_with("ask") || w.starts_with("request"));
      if (future_date && ((flags & kIntent) || asks) && !hit.noun && !talks_to_come) {
        // "invited to Moscow on 9 October": the date is the meeting's, not the invitation's;
        // "calling for a general strike on Monday": the strike's, not the call's.
        future_date = false;
        ev.date.clear();
      }
    }
    if (ev.date.empty()) {
      ev.date = doc_.date.valid() ? doc_.date.ToString() : std::string();
      ev.date_precision = "article";
    }
    // "A strike by Indian Airlines ground staff": a strike by workers is a labour action.
    if (ev.type == "ASSAULT" && StrikeByWorkers(i, ev)) {
      ev.type = "PROTEST";
      ev.cameo = "143";
      // Where workers strike is no target ("Teachers strike over pay in Kenya").
      if (d.target >= 0 && IsLocative(d.target)) {
        d.target = -1;
        ev.target = EventActor{};
      }
    }
    ev.status = std::string(EventStatus(v_, sb_, se_, sites, site, future_date));
    if (talks_to_come && ev.status == "asserted") ev.status = "future";
    if (arrested == ArrestedAct::kPlanned && ev.status == "asserted") ev.status = "hypothetical";
    // "France is ready to contribute 4,000 troops", "agreed to provide aid": a cooperative
    // act its doer says it will do is an intent expressed now (CAMEO 03, AGREE); a
    // coercive one it vows or is ready to do ("prepared to impose martial law") a threat
    // (CAMEO 13, THREATEN). One with a date of its own ("agree to hold negotiations
    // tomorrow") is an act to come.
    // A noun counts through the verb that performs it ("vowed to impose sanctions").
    int32_t intent_verb = hit.noun ? GoverningVerb(i) : static_cast<int32_t>(i);
    if (hit.noun && intent_verb >= 0 &&
        !PerformsNoun(static_cast<uint32_t>(intent_verb), i, hit.def->type)) {
      intent_verb = -1;
    }
    const IntentCue cue =
        ev.status == "future" && !future_date && intent_verb >= 0 && !talks_to_come
            ? ExpressedIntent(v_, sb_, sites, static_cast<uint32_t>(intent_verb))
            : IntentCue::kNone;
    if (cue != IntentCue::kNone) {
      std::string code = IntentCode(ev.cameo);
      // Agreeing to a coercive act ("agree to deploy a standby force") is a decision, not
      // a threat.
      if (code.starts_with("13") && cue != IntentCue::kAvowed) code.clear();
      if (!code.empty()) {
        ev.type = code.starts_with("13") ? "THREATEN" : "AGREE";
        ev.cameo = std::move(code);
        ev.mode.clear();
        ev.status = "asserted";
      }
    }
    if (hit.noun && ev.type == "CONSULT" && PutOff(i)) ev.status = "negated";

    if (attribution_ && !InAttribution(i) && !IsAttributionVerb(i) &&
        !(attribution_->leading && i < attribution_->begin)) {
      ev.attributed_to.text = std::string(doc_.SpanText(attribution_->begin, attribution_->end));
      if (const int32_t e = FirstCodedIn(attribution_->begin, attribution_->end); e >= 0) {
        ev.attributed_to.ref = *doc_.entities[e].actor;
      }
    }
    // A denied act is attributed to who denies it: "... a move that Turkey has denied".
    if (ev.status == "denied" && ev.attributed_to.ref.empty()) SetDenier(i, &ev);

    if (casualty || (flags & kDetain) || fatal) {
      // "37 killed, 16 injured": a count right before the participle is its own.
      const bool count_before = i > sb_ && v_.lower[i].ends_with("ed") &&
                                ParseCasualtyNumber(v_.lower[i - 1]).has_value();
      const bool after_first =
          (!hit.noun && !passive && !count_before && !(flags & kNoAgent)) || (flags & kCountAfter);
      auto c = FindCasualties(v_, roles_, sb_, se_, i, after_first);
      // "killing 29 people and injuring 58 others before being shot dead by police": a
      // count before a clause word is another act's.
      if (c && fatal && c->number_token < i &&
          (BoundaryWordBetween(c->number_token, i) || FiniteVerbBetween(c->number_token, i))) {
        c.reset();
      }
      // "52 civilians are killed by Syrian security forces, 39 of which were killed in Hama":
      // a part of a toll told before is no toll of its own.
      if (c && c->number_token + 2 < i && v_.lower[c->number_token + 1] == "of" &&
          OneOf(v_.lower[c->number_token + 2], {"which", "whom", "them"})) {
        for (uint32_t k = sb_; k < c->number_token && !d.drop; ++k) {
          d.drop = v_.lower[k] == v_.lower[i] && FindCasualties(v_, roles_, sb_, se_, k, false);
        }
      }
      if (c) {
        if ((flags & kKill) || fatal) ev.killed = c->count;
        if ((flags & kInjure) && !fatal) ev.injured = c->count;
        if (flags & kMissing) ev.missing = c->count;
        if (flags & kDetain) ev.detained = c->count;
        ev.victims = c->victims;
        ev.running_total = c->running_total;
      }
      if (ev.victims.empty() && target >= 0) ev.victims = ev.target.ref.role;
    }
    // "Imran Khan is shot in the leg": whoever is shot in a part of the body is injured.
    if (passive && !ev.killed && !ev.injured && ShotInTheBody(i)) {
      if (auto c = FindCasualties(v_, roles_, sb_, se_, i, false)) {
        ev.injured = c->count;
        ev.victims = c->victims;
      } else if (target >= 0) {
        ev.injured = Count{1, true};
      }
    }
    // Verbal acts (requests, accusations, support ...) and phone calls are not located by
    // the places they talk about; meetings, signings ("sign a defence pact in Suva") and
    // material acts are.
    bool place_struck = false;
    if ((OneOf(ev.type, {"CONSULT", "ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "RETREAT",
                         "COOPERATE"}) ||
         (ev.type == "SUPPORT" && ev.cameo.starts_with("057"))) &&
        ev.mode != "phone") {
      place_struck = SetLocation(i, ev.type == "CONSULT", &ev);
    }
    // "Protests erupt in Tehran", "Thousands protest in Yerevan": protesters no name
    // qualifies are the opposition of the country they protest in.
    if (ev.type == "PROTEST" && ev.source.ref.empty() && ev.location &&
        !ev.location->country.empty() && !InstitutionProtests(i)) {
      const std::string& c = ev.location->country;
      ev.source.ref = ActorRef{c + "OPP", c, "OPP"};
    }
    // "bombed Aleppo", "an attack on Kharkiv": a place attacked stands for its country, as
    // PETRARCH codes a city (not where the attackers' own country lies).
    // Not a police raid, nor what "strikes" or "hits" with no doer named (tornadoes).
    const bool doerless_strike =
        ev.source.ref.empty() &&
        OneOf(v_.lower[i], {"strike", "strikes", "struck", "striking", "hit", "hits", "hitting"});
    // "Two prisons in Al Hudaydah, Yemen, are bombed by Saudi Arabian jets": a passive
    // attack struck where it happened.
    if (passive && !casualty && ev.type == "ASSAULT" && ev.location && StructureStruck(i)) {
      place_struck = true;
    }
    // A state's own curfew or siege ("The military government declared a state of siege
    // in Haiti") restricts its own country, which is then the target.
    const bool closes_own = ev.type == "COERCE" && !ev.source.ref.role.empty();
    if (place_struck && d.target < 0 && ev.target.ref.empty() && !ev.location->country.empty() &&
        (ev.location->country != ev.source.ref.country || closes_own) &&
        ev.source.ref.role != "COP" && !doerless_strike) {
      ev.target = CountryOfPlace(ev.location_text, ev.location->country);
    }
    if (hit.noun && OneOf(ev.type, {"ASSAULT", "COERCE"}) && d.source < 0 &&
        ev.source.ref.empty() && ev.source.text.empty()) {
      if (auto a = SectorModifierActor(i, ev)) ev.source = std::move(*a);
    }
    if (!hit.noun && OneOf(ev.type, {"ASSAULT", "COERCE", "FIGHT", "PROTEST"})) {
      if (d.source < 0 && ev.source.ref.empty() && ev.source.text.empty() && !(flags & kNoAgent)) {
        if (auto a = RoleNounActor(i, true, passive, ev)) ev.source = std::move(*a);
      }
      if (d.target < 0 && ev.target.ref.empty() && ev.target.text.empty()) {
        if (auto a = RoleNounActor(i, false, passive, ev)) ev.target = std::move(*a);
      }
    }
    return d;
  }

  // "Police attack militants", "Rebels seize the town", "protesters are arrested by
  // soldiers": a subject or object that is a bare noun of a sector, with no name, is an
  // actor of that sector; of the country where the act happens, when the sentence says.
  std::optional<EventActor> RoleNounActor(uint32_t verb, bool subject, bool passive,
                                          const Event& ev) const {
    if (!HasSyntax()) return std::nullopt;
    for (uint32_t k = sb_; k < se_; ++k) {
      const Token& t = doc_.tokens[k];
      if (t.head != static_cast<int32_t>(verb)) continue;
      const bool agent = IsAgent(k);
      const bool wanted = subject
                              ? (passive ? agent : t.deprel == Rel().nsubj)
                              : (passive ? t.deprel == Rel().nsubj_pass : t.deprel == Rel().obj);
      if (!wanted) continue;
      return SectorActor(k, subject, ev);
    }
    return std::nullopt;
  }

  // "in heavy government air strikes", "a police raid": a sector noun before an event
  // noun names its doer.
  std::optional<EventActor> SectorModifierActor(uint32_t noun, const Event& ev) const {
    if (!HasSyntax()) return std::nullopt;
    for (uint32_t k = noun; k > sb_;) {
      --k;
      const Token& t = doc_.tokens[k];
      // (Not a weapon, "military" or a building: "artillery shelling", "military
      // strikes", "the embassy bombings".)
      if (t.head == static_cast<int32_t>(noun) &&
          (t.deprel == Rel().compound || t.deprel == Rel().amod) &&
          OneOf(v_.lower[k],
                {"government", "regime", "junta", "police", "army", "rebel", "militant",
                 "insurgent", "jihadist", "guerrilla", "separatist", "militia"})) {
        if (auto a = SectorActor(k, true, ev, true)) return a;
      }
      if (t.upos != Upos::kNoun && t.upos != Upos::kAdj) break;
    }
    return std::nullopt;
  }

  // The actor of the sector noun at k (see RoleNounActor), if k is one.
  // A modifier ("government", "rebel") may be a state's, not a civilian's or the
  // opposition's ("a civilian convoy" is no civilian act).
  std::optional<EventActor> SectorActor(uint32_t k, bool subject, const Event& ev,
                                        bool modifier = false) const {
    const Token& t = doc_.tokens[k];
    if (v_.entity_at[k] >= 0 || (t.upos != Upos::kNoun && !modifier)) return std::nullopt;
    const std::string_view role = roles_.Find(v_.lower[k]);
    if (modifier ? !OneOf(role, {"GOV", "COP", "MIL", "REB", "INS"})
                 : !OneOf(role, {"COP", "MIL", "REB", "INS", "OPP", "CVL"})) {
      return std::nullopt;
    }
    // With the words that describe it: "Islamist militants", "riot police".
    uint32_t from = k;
    while (!modifier && from > sb_ && doc_.tokens[from - 1].head == static_cast<int32_t>(k) &&
           v_.entity_at[from - 1] < 0 &&
           (doc_.tokens[from - 1].deprel == Rel().amod ||
            doc_.tokens[from - 1].deprel == Rel().compound)) {
      --from;
    }
    // A name that qualifies the noun is for the entity rules ("Israeli Air Force jets",
    // "Jubaland forces"); a casualty verb's subject is no civilian doer (a misparse).
    if (subject && role == "CVL" && (ev.killed || ev.injured)) return std::nullopt;
    bool owned = false;  // "the country's police": whose they are, the place does not say
    for (uint32_t j = sb_; j < k; ++j) {
      if (doc_.tokens[j].head != static_cast<int32_t>(k)) continue;
      if (v_.entity_at[j] >= 0) return std::nullopt;
      owned = owned || doc_.tokens[j].deprel == Rel().nmod_poss;
    }
    EventActor a;
    a.text = std::string(doc_.SpanText(from, k + 1));
    // The longest phrase ending in the noun names the sector: "Turkish-backed rebel
    // forces" are rebels, not an army.
    a.ref.role = std::string(role);
    for (uint32_t j = from; j < k; ++j) {
      uint32_t phrase_end = 0;
      const std::string_view r = roles_.Match(doc_, j, k + 1, &phrase_end);
      if (!r.empty() && phrase_end == k + 1) {
        a.ref.role = std::string(r);
        break;
      }
    }
    // Soldiers often fight abroad ("a woman shot by soldiers in the West Bank"), so an
    // army's country is left unsaid; nor does the place make the two sides one ("a
    // Syrian helicopter is shot down by rebel forces near Idlib").
    // ("Government forces", "security forces" are the country's own.)
    const bool domestic =
        a.ref.role != "MIL" || (from < k && OneOf(v_.lower[from], {"government", "security"}));
    const EventActor& other = subject ? ev.target : ev.source;
    if (!owned && domestic && ev.location && !ev.location->country.empty() &&
        other.ref.code != ev.location->country + a.ref.role) {
      a.ref.country = ev.location->country;
      a.ref.code = a.ref.country + a.ref.role;
    }
    return a;
  }

  static bool IsStructureNoun(std::string_view w) {
    return OneOf(
        w, {"prison",     "prisons",   "hospital", "hospitals", "school",       "schools",
            "mosque",     "mosques",   "church",   "churches",  "market",       "markets",
            "building",   "buildings", "village",  "villages",  "town",         "towns",
            "base",       "bases",     "convoy",   "convoys",   "pipeline",     "embassy",
            "checkpoint", "camp",      "camps",    "airport",   "port",         "bridge",
            "station",    "positions", "targets",  "facility",  "facilities",   "headquarters",
            "compound",   "city",      "district", "suburb",    "neighborhood", "neighbourhood",
            "area",       "house",     "home",     "office",    "offices",      "hotel",
            "wedding",    "funeral",   "shelter",  "residence"});
  }

  // Is the subject of the passive verb at i a building, a site or a convoy ("Two prisons
  // ... are bombed", "a hospital was shelled"), not people?
  bool StructureStruck(uint32_t i) const {
    if (!HasSyntax()) return false;
    for (uint32_t j = sb_; j < i; ++j) {
      if (doc_.tokens[j].head != static_cast<int32_t>(i) ||
          doc_.tokens[j].deprel != Rel().nsubj_pass) {
        continue;
      }
      return IsStructureNoun(v_.lower[j]);
    }
    return false;
  }

  // Words that name a natural disaster or an accident wherever they stand.
  static bool DisasterWord(std::string_view w) {
    return OneOf(
        w,
        {"floods",        "flooding",     "wildfire",    "wildfires",  "earthquake", "quake",
         "tornadoes",     "hurricanes",   "typhoons",    "cyclones",   "mudslides",  "hurricane",
         "typhoon",       "cyclone",      "tornado",     "landslide",  "landslides", "mudslide",
         "avalanche",     "heatwave",     "collision",   "derailment", "stampede",   "outbreak",
         "drought",       "eruption",     "tsunami",     "capsizes",   "capsized",   "sinks",
         "sank",          "collapses",    "collapsed",   "blaze",      "blazes",     "bushfire",
         "bushfires",     "flames",       "earthquakes", "quakes",     "aftershock", "aftershocks",
         "tremor",        "crash",        "sink",        "meteorite",  "meteor",     "asteroid",
         "thunderstorms", "thunderstorm", "snowstorm",   "windstorm",  "monsoon",    "hailstorm",
         "hailstorms",    "stampedes",    "blizzard",    "blizzards",  "heatwaves",  "rockslide",
         "rockslides",    "rockfall",     "landslip",    "sinkhole",   "floodings",  "collisions",
         "accidents",     "whirlwind",    "lightning",   "hypothermia"});
  }

  // A word of a bomb or mine ("bombs", "a landmine", "an IED", "explosives").
  static bool ExplosiveWord(std::string_view w) {
    return w.starts_with("bomb") || w.ends_with("mine") || w.ends_with("mines") ||
           OneOf(w, {"explosive", "explosives", "device", "ied", "grenade", "shell"});
  }

  // "a shark attack", "killed by a bear": an animal; "after falling into": a fall.
  static bool AnimalOrFall(std::string_view w) {
    return OneOf(w, {"shark", "bear", "crocodile", "alligator", "tiger", "elephant", "leopard",
                     "snake", "falling"});
  }

  // Deaths from floods, fires, crashes or disease, and wins in sport, are not events
  // between actors: "Floods kill at least two people", "A gas explosion kills five",
  // "X beats Y in the final".
  bool AccidentalCause(uint32_t i) const {
    // "A high speed ferry hits a breakwater": what is hit is no one's.
    if (OneOf(v_.lower[i], {"hits", "hit", "strikes", "struck", "crashes", "slams", "slammed"})) {
      for (uint32_t j = i + 1; j < se_ && j <= i + 3; ++j) {
        if (OneOf(v_.lower[j],
                  {"breakwater", "wall", "tree", "pole", "rock", "rocks", "iceberg", "mountainside",
                   "pier", "barrier", "embankment", "reef", "pylon", "guardrail", "ditch"})) {
          return true;
        }
      }
    }
    auto cause = [&](uint32_t j) {
      const std::string_view w = v_.lower[j];
      // Words that name a cause only next to the casualty word: "fire", "storm" and
      // "virus" are too common to mark the whole sentence (see DisasterSentence).
      if (DisasterWord(w) || AnimalOrFall(w) ||
          OneOf(w, {"flood", "blaze", "storm", "storms", "crash", "accident", "lightning", "virus",
                    "pandemic", "disease", "covid-19", "coronavirus", "famine"})) {
        return true;
      }
      if (OneOf(w, {"fire", "fires"})) return !FireSetOrCaused(j);
      // "a gas explosion", not "a bomb explosion"; "an explosion at a sugar refinery".
      if (!OneOf(w, {"explosion", "blast"})) return false;
      if (j > sb_ && OneOf(v_.lower[j - 1], {"bomb", "car", "suicide", "ied", "grenade", "rocket",
                                             "mortar", "missile", "drone", "explosive"})) {
        return false;
      }
      const auto works = [](std::string_view x) {
        return OneOf(x, {"gas", "boiler", "mine", "factory", "chemical", "plant", "tank", "propane",
                         "fuel", "pipeline", "cylinder", "fireworks", "refinery", "warehouse",
                         "depot", "mill", "quarry", "reactor"});
      };
      if (j > sb_ && works(v_.lower[j - 1])) return true;
      for (uint32_t k = j + 1; k < se_ && k <= j + 5; ++k) {
        if (v_.IsPunct(k)) break;
        if (works(v_.lower[k])) return true;
      }
      return false;
    };
    // "the coal mine blast", "a gas explosion": the trigger itself names the accident.
    if (OneOf(v_.lower[i], {"explosion", "blast"}) && cause(i)) return true;
    for (uint32_t j = i; j > sb_ && i - j <= 3;) {
      --j;
      if (cause(j)) return true;
    }
    // "A tree falls over at a religious ceremony in Funchal, killing at least 12 people":
    // a trailing casualty participle of a verb of falling or sinking.
    // (Not a weapon that falls: "A Katyusha rocket falls in the Green Zone, injuring a
    // child".)
    if (HasSyntax() && OneOf(v_.lower[i], {"killing", "injuring", "wounding"}) &&
        doc_.tokens[i].head >= 0) {
      const uint32_t h = static_cast<uint32_t>(doc_.tokens[i].head);
      bool weapon = false;
      for (uint32_t k = sb_; k < h; ++k) {
        weapon |= doc_.tokens[k].head == static_cast<int32_t>(h) &&
                  OneOf(doc_.Lemma(k), {"rocket", "shell", "missile", "bomb", "mortar",
                                        "projectile", "drone", "grenade", "debris"});
      }
      if (h < i && !weapon && doc_.tokens[h].upos == Upos::kVerb &&
          OneOf(doc_.Lemma(h), {"fall", "collapse", "capsize", "sink", "derail", "overturn",
                                "plunge", "topple"})) {
        return true;
      }
    }
    // "A gas truck explodes", "a fuel tanker exploded": what blows up is no bomb.
    if (v_.lower[i].starts_with("explod")) {
      bool bomb = false, works = false;
      for (uint32_t j = i; j > sb_ && i - j <= 8;) {
        --j;
        const std::string_view w = v_.lower[j];
        if (v_.IsPunct(j)) break;
        bomb = bomb || ExplosiveWord(w);
        works = works || (i - j <= 3 && OneOf(w, {"gas", "fuel", "oil", "tanker", "cylinder",
                                                  "boiler", "propane", "pipeline", "reactor",
                                                  "transformer", "fireworks", "refinery"}));
      }
      if (works && !bomb) return true;
    }
    // "An explosion at a gas station kills 5": the subject of the casualty verb, also
    // past the commas of a place ("at a chemical factory in Firouzabad, Fars, Iran,"),
    // as is an accident or crash with only its place between.
    for (uint32_t j = i; j > sb_ && i - j <= 14;) {
      --j;
      if ((v_.IsPunct(j) && v_.lower[j] != ",") || doc_.tokens[j].upos == Upos::kVerb) break;
      if (OneOf(v_.lower[j], {"explosion", "blast"})) {
        if (cause(j)) return true;
        break;
      }
      // "A coal mine accident in Guizhou province, China's southwest, kills eighteen".
      if (OneOf(v_.lower[j], {"accident", "crash", "collapse", "derailment", "landslide",
                              "avalanche", "stampede", "slide"}) &&
          doc_.tokens[j].upos == Upos::kNoun &&
          (j + 1 == i || OneOf(v_.lower[j + 1], {"in", "at", "near", "on", "outside"}))) {
        return true;
      }
    }
    // "are killed in a bus accident", "die in a plane crash", "killed by a bear",
    // "killed after falling into an engine"
    for (uint32_t j = i + 1; j + 1 < se_ && j <= i + 2; ++j) {
      if (!OneOf(v_.lower[j], {"in", "during", "by", "after"})) continue;
      for (uint32_t k = j + 1; k < se_ && k <= j + 4; ++k) {
        const std::string_view w = v_.lower[k];
        // ("injured in three separate road accidents"; but "killed after a gunman opens
        // fire".)
        if (OneOf(w, {"accident", "accidents"})) return true;
        // ("killed by artillery fire", "by return fire": gunfire.)
        const bool by_fire = v_.lower[j] == "by" && OneOf(w, {"fire", "fires"});
        if (k <= j + 3 && !by_fire &&
            (DisasterWord(w) || AnimalOrFall(w) || OneOf(w, {"fire", "flood", "floods"}) ||
             (OneOf(w, {"wave", "waves"}) && !v_.Is(k + 1, "of")))) {
          return true;
        }
        if (OneOf(w, {"explosion", "blast"}) && cause(k)) return true;  // "at a refinery"
        if (v_.IsPunct(k)) break;
      }
      break;
    }
    if (!HasSyntax()) return false;
    for (uint32_t j = sb_; j < se_; ++j) {
      if (doc_.tokens[j].head == static_cast<int32_t>(i) && doc_.tokens[j].deprel == Rel().nsubj) {
        return cause(j);
      }
    }
    return false;
  }
  // "won the Sakharov Prize", "wins the Nobel Peace Prize": an award is no event between
  // the actors.
  bool AwardWon(uint32_t i) const {
    if (!OneOf(v_.lower[i], {"win", "wins", "won", "winning", "receives", "received", "awarded"})) {
      return false;
    }
    for (uint32_t j = i + 1; j < se_ && j <= i + 8; ++j) {
      if (OneOf(v_.lower[j], {"prize", "prizes", "award", "awards", "medal", "oscar", "oscars",
                              "grammy", "laureate"})) {
        return true;
      }
    }
    return false;
  }
  // "Projections show the SPD narrowly beating the CDU in the popular vote": a defeat in
  // an election, of a party, politician or government, is no attack.
  bool ElectionDefeat(const Draft& d) const {
    const std::string_view w = v_.lower[d.event.trigger_token];
    if (!w.starts_with("beat") && !w.starts_with("defeat")) return false;
    if (d.event.source.ref.role != "PTY" &&
        !OneOf(d.event.target.ref.role, {"PTY", "ELI", "GOV"})) {
      return false;
    }
    for (uint32_t j = sb_; j < se_; ++j) {
      if (OneOf(v_.lower[j], {"vote", "votes", "election", "elections", "polls", "runoff", "ballot",
                              "primary", "primaries", "percentage", "seats"})) {
        return true;
      }
    }
    return false;
  }

  // "Sweden defends its podium finish ... at the World Cup": in a sentence about a
  // contest, winning, beating, defending and hosting are sport.
  bool ContestSentence() const {
    for (uint32_t j = sb_; j < se_; ++j) {
      const std::string_view w = v_.lower[j];
      if (OneOf(w, {"tournament", "championship", "championships", "olympics", "podium", "medal",
                    "medals", "semifinal", "semi-final", "quarterfinal", "qualification", "goals",
                    "pitch", "uefa", "fifa"}) ||
          (w == "cup" && j > sb_ && v_.lower[j - 1] == "world") ||
          (w == "record" && j > sb_ && OneOf(v_.lower[j - 1], {"world", "national", "olympic"}))) {
        return true;
      }
    }
    return false;
  }
  static bool SportVerb(std::string_view w) {
    return w.starts_with("defend") || w.starts_with("beat") || w.starts_with("defeat") ||
           w.starts_with("win") || w == "won" || w.starts_with("host") || w.starts_with("clinch") ||
           w.starts_with("conced") || w.starts_with("invad") || w.starts_with("break") ||
           w == "broke" || w == "set" || w == "sets";
  }
  // "jointly hosting the 2023 FIFA Women's World Cup": hosting a sports or cultural event
  // is no visit.
  bool HostsContest(uint32_t i) const {
    if (!v_.lower[i].starts_with("host")) return false;
    for (uint32_t j = i + 1; j < se_ && j <= i + 8; ++j) {
      if (OneOf(v_.lower[j], {"cup", "olympics", "games", "tournament", "championship",
                              "championships", "contest", "festival", "expo", "exhibition",
                              "marathon", "race", "grand", "euro", "uefa", "fifa"})) {
        return true;
      }
    }
    return false;
  }
  bool SportsResult(uint32_t i) const {
    if (!OneOf(v_.lower[i], {"beat", "beats", "beating", "defeat", "defeats", "defeated",
                             "defeating", "wins", "won", "winning"})) {
      return false;
    }
    auto number = [&](uint32_t j) {
      const std::string_view w = v_.lower[j];
      return !w.empty() && w.size() <= 3 &&
             std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    for (uint32_t j = sb_; j < se_; ++j) {
      if (OneOf(v_.lower[j], {"final", "finals", "semifinal", "semi-final", "singles", "doubles",
                              "tournament", "championship", "championships", "cup", "league",
                              "match", "olympics", "grand", "medal", "title"})) {
        return true;
      }
      // A score: "Georgia defeat Tonga 17-10".
      if (j > sb_ && j + 1 < se_ && OneOf(v_.lower[j], {"-", "\xE2\x80\x93"}) && number(j - 1) &&
          number(j + 1)) {
        return true;
      }
    }
    return false;
  }
  // Travel is a visit only when an official travels: "a Vincentian who returned from the
  // United Kingdom", "Kazakh nationals who travelled to Germany" or "families from
  // Stepanakert have left for Armenia" is no event between states.
  bool PrivateTravel(const Draft& d) const {
    if (d.event.type != "CONSULT" || d.noun) return false;
    const std::string_view w = v_.lower[d.event.trigger_token];
    if (!(w.starts_with("return") || w.starts_with("travel") || w.starts_with("arriv") ||
          w.starts_with("depart") ||
          OneOf(w, {"fly", "flies", "flew", "flown", "came", "come", "comes", "went", "go", "goes",
                    "gone", "leave", "leaves", "left", "leaving"}))) {
      return false;
    }
    const ActorRef& who = d.event.source.ref;
    return who.empty() || who.role.empty() || OneOf(who.role, {"CVL", "UNK", "EDU", "MED", "BUS"});
  }

  // Is the "fire" at token j gunfire, arson or what an attack caused: "opened fire",
  // "set fire to", "are set on fire", "kills two people and causes fires"?
  bool FireSetOrCaused(uint32_t j) const {
    if (j == sb_) return false;
    const std::string_view before = v_.lower[j - 1];
    return OneOf(before,
                 {"open",     "opens",     "opened",     "opening",    "set",     "sets",
                  "setting",  "exchange",  "exchanged",  "exchanging", "cross",   "under",
                  "heavy",    "gun",       "mortar",     "artillery",  "rocket",  "sniper",
                  "live",     "return",    "returned",   "friendly",   "enemy",   "cease",
                  "causes",   "caused",    "causing",    "sparks",     "sparked", "sparking",
                  "triggers", "triggered", "triggering", "starts",     "started", "starting"}) ||
           (before == "on" && j >= sb_ + 2 && OneOf(v_.lower[j - 2], {"set", "sets", "setting"})) ||
           // "killed in exchanges of fire between neighborhoods".
           (before == "of" && j >= sb_ + 2 &&
            OneOf(v_.lower[j - 2], {"exchange", "exchanges", "volley", "volleys", "hail"}));
  }

  // A natural disaster or accident named anywhere in the sentence: "Four people are
  // killed by a 5.9 magnitude earthquake", "after a train derails".
  bool DisasterSentence() const {
    for (uint32_t j = sb_; j < se_; ++j) {
      if (DisasterWord(v_.lower[j]) ||
          OneOf(v_.lower[j],
                {"derails", "derailed", "crashes", "crashed", "collide", "collides", "collided",
                 "epidemic", "firework", "fireworks", "collapse", "sunk", "sinking"})) {
        return true;
      }
      // "found dead in his jail cell in an apparent suicide", not "a suicide bombing" or
      // a killer "committing suicide" afterwards.
      if (v_.lower[j] == "suicide" || v_.lower[j] == "overdose") {
        const std::string_view next = j + 1 < se_ ? v_.lower[j + 1] : std::string_view();
        bool attack = next == "-";
        for (std::string_view stem : {"bomb", "car", "attack", "vest", "truck", "blast", "explos",
                                      "squad", "mission", "drone"}) {
          attack |= next.starts_with(stem);
        }
        const bool killer = j > sb_ && (v_.lower[j - 1].starts_with("commit") ||
                                        OneOf(v_.lower[j - 1], {"before", "then"}));
        if (!attack && !killer) return true;
      }
      // "in a crowd crush at a football stadium", not "crush the rebellion".
      if (v_.lower[j] == "crush" && j > sb_ && OneOf(v_.lower[j - 1], {"crowd", "human"})) {
        return true;
      }
      // "during a violent storm", not "to storm the building".
      if (OneOf(v_.lower[j], {"storm", "storms", "downpour"}) &&
          doc_.tokens[j].upos == Upos::kNoun &&
          !(j + 1 < se_ && OneOf(v_.lower[j + 1], {"a", "an", "the", "into"}))) {
        return true;
      }
      // "killed by strong winds", "gale-force winds".
      if (OneOf(v_.lower[j], {"winds", "gales", "gale"})) return true;
      // "A severe cold spell kills", "a heat wave".
      if (OneOf(v_.lower[j], {"spell", "snap", "wave", "waves"}) && j > sb_ &&
          OneOf(v_.lower[j - 1], {"cold", "heat"})) {
        return true;
      }
      // "a passenger train hits their minibus", "a tree hits their vehicle" (not "hits a
      // land mine", "a car bomb hits").
      if (OneOf(v_.lower[j], {"hits", "hit", "strikes", "struck"}) && j > sb_ &&
          OneOf(v_.lower[j - 1], {"train", "tree", "truck", "bus", "lorry", "minibus", "vehicle",
                                  "car", "van", "ship", "boat", "tram"})) {
        bool weapon = false;
        for (uint32_t k = j + 1; k < se_ && k <= j + 5 && !weapon; ++k) {
          weapon = ExplosiveWord(v_.lower[k]);
        }
        if (!weapon) return true;
      }
      // "killed after drinking toxic alcohol", "bootleg liquor".
      if (OneOf(v_.lower[j], {"alcohol", "liquor", "moonshine", "methanol", "hooch"}) && j > sb_ &&
          (OneOf(v_.lower[j - 1],
                 {"toxic", "tainted", "bootleg", "illicit", "adulterated", "contaminated",
                  "counterfeit", "homemade", "spurious", "fake"}) ||
           (j >= sb_ + 2 && v_.lower[j - 2] == "drinking"))) {
        return true;
      }
      // "after their fishing vessel encountered severe weather", "when an elevator fails".
      if ((v_.lower[j] == "weather" && j > sb_ &&
           OneOf(v_.lower[j - 1], {"severe", "bad", "extreme", "inclement", "rough", "stormy"})) ||
          OneOf(v_.lower[j], {"elevator", "elevators"})) {
        return true;
      }
      // A vehicle leaving the road: "a bus plunges into a gorge", "runs off the road",
      // "rolls over".
      if (OneOf(v_.lower[j], {"plunges", "plunged", "plummets", "plummeted", "overturns",
                              "overturned", "overturn", "veers", "veered", "skids", "skidded"}) ||
          (v_.lower[j] == "off" && j + 2 < se_ && v_.lower[j + 1] == "the" &&
           v_.lower[j + 2] == "road") ||
          (OneOf(v_.lower[j], {"rolls", "rolled"}) && j + 1 < se_ && v_.lower[j + 1] == "over")) {
        return true;
      }
      // "A fire at a shopping complex kills 17".
      if (OneOf(v_.lower[j], {"fire", "fires"}) && doc_.tokens[j].upos == Upos::kNoun &&
          !FireSetOrCaused(j)) {
        return true;
      }
    }
    return false;
  }
  // "A United Arab Emirates Air Force fighter jet crashes near Aden, killing both
  // pilots": a crash kills whoever is in it, armed or not, unless something brought the
  // craft down.
  bool CrashSentence() const {
    bool crash = false;
    for (uint32_t j = sb_; j < se_; ++j) {
      const std::string_view w = v_.lower[j];
      if (OneOf(w, {"shot", "shoots", "downed", "downs", "missile", "missiles", "attack",
                    "attacked", "hijacked", "sabotage", "destroy", "destroys", "destroyed"}) ||
          (w == "operation" && j > sb_ && !OneOf(v_.lower[j - 1], {"rescue", "search"}))) {
        return false;
      }
      crash |=
          OneOf(w, {"crash", "crashes", "crashed", "crash-lands", "crash-landed", "crash-landing"});
      // "a military helicopter makes a hard landing"
      crash |= w == "landing" && j > sb_ && OneOf(v_.lower[j - 1], {"hard", "emergency"});
    }
    return crash;
  }

  // "the road leading from Kyiv", "a city favoured by oligarchs", "traces found at old
  // buildings": a dictionary verb's participle that only describes a noun which names
  // no actor tells of no event.
  bool DescriptiveParticiple(const Draft& d) const {
    // "three others injured in the attack": a casualty participle counts its victims.
    if (d.noun || !IsDictionaryDef(d.def) || d.casualty() || !HasSyntax()) return false;
    const uint32_t i = d.event.trigger_token;
    const Token& t = doc_.tokens[i];
    // "Algeria's leading human rights activist", "a suspected militant".
    if (Participle(i) && i + 1 < se_ &&
        (doc_.tokens[i + 1].upos == Upos::kNoun || doc_.tokens[i + 1].upos == Upos::kAdj)) {
      return true;
    }
    // "an attack on a school sheltering displaced people": what a building does.
    if (i > sb_ && v_.lower[i].ends_with("ing") && IsStructureNoun(v_.lower[i - 1]) &&
        v_.entity_at[i - 1] < 0) {
      return true;
    }
    // "shell the city using heavy artillery": the manner of another act.
    if (v_.lower[i] == "using" && t.deprel == Rel().advcl) return true;
    if (t.deprel != Rel().acl || t.head < static_cast<int32_t>(sb_) ||
        t.head >= static_cast<int32_t>(se_)) {
      return false;
    }
    if (t.xpos != Rel().vbg && t.xpos != Rel().vbn) return false;
    const uint32_t head = static_cast<uint32_t>(t.head);
    if (doc_.tokens[head].upos != Upos::kNoun || v_.entity_at[head] >= 0) return false;
    // "Protesters set fire to the Iranian embassy": a noun that is the root of its
    // sentence, right before the participle, is its subject; the parse found no verb.
    if (doc_.tokens[head].head < 0 && head + 1 == i) {
      bool clause = false;  // "They will be the first spacecraft sent to Venus"
      for (uint32_t j = sb_; j < se_ && !clause; ++j) {
        clause = doc_.tokens[j].head == static_cast<int32_t>(head) &&
                 (doc_.tokens[j].deprel == Rel().nsubj || doc_.tokens[j].upos == Upos::kAux);
      }
      if (!clause) return false;
    }
    // "guilty of violating": a clause introduced by a marker is no bare participle.
    for (uint32_t j = sb_; j < se_; ++j) {
      if (doc_.tokens[j].head == static_cast<int32_t>(d.event.trigger_token) &&
          doc_.tokens[j].deprel == Rel().mark) {
        return false;
      }
    }
    return true;
  }

  // Roles that wield force: in a disaster sentence only they can cause its casualties.
  static bool ArmedRole(std::string_view role) {
    return OneOf(role, {"MIL", "REB", "INS", "COP", "UAF", "SPY", "CRM"});
  }

  // "demonstrations continue in cities across Kenya": the dictionary's advance "across"
  // is no attack when nothing armed goes on and no attack is named.
  bool GoesOnAcross(const Draft& d) const {
    const uint32_t t = d.event.trigger_token;
    if (d.event.type != "ASSAULT" || d.noun || !v_.lower[t].starts_with("continu") ||
        ArmedRole(d.event.source.ref.role)) {
      return false;
    }
    bool across = false;
    for (uint32_t k = t + 1; k < se_ && !IsClauseBoundary(v_, k); ++k) {
      const std::string_view w = v_.lower[k];
      if (OneOf(w, {"offensive", "attack", "attacks", "bombardment", "hitting", "operation",
                    "operations", "action", "strikes", "shelling"})) {
        return false;
      }
      across |= w == "across";
    }
    return across;
  }

  // "Russian troops march into Crimea": armed forces marching do not protest.
  bool ArmedMarch(const Draft& d) const {
    return d.event.type == "PROTEST" && v_.lower[d.event.trigger_token].starts_with("march") &&
           ArmedRole(d.event.source.ref.role);
  }

  // "an assassination attempt at a campaign rally": a candidate's rally is no protest.
  bool CampaignRally(const Draft& d) const {
    const uint32_t t = d.event.trigger_token;
    return d.event.type == "PROTEST" && OneOf(v_.lower[t], {"rally", "rallies"}) && t > sb_ &&
           OneOf(v_.lower[t - 1], {"campaign", "election", "electoral", "pre-election", "victory"});
  }

  // "violating the truce", "breached the ceasefire": the truce named is an earlier one,
  // not a new one declared.
  bool ViolatedTruce(const Draft& d) const {
    if (!d.noun || d.event.type != "RETREAT") return false;
    const uint32_t t = d.event.trigger_token;
    for (uint32_t j = t; j > sb_ && t - j <= 4;) {
      --j;
      const std::string_view w = v_.lower[j];
      if (w.starts_with("violat") || w.starts_with("breach") ||
          OneOf(w, {"broke", "break", "breaks", "breaking"})) {
        return true;
      }
    }
    return false;
  }

  // "taking the nationwide total to 1,138,507", "pushing the tally to": a count growing,
  // not a taking.
  static bool IsTake(std::string_view w) { return w.starts_with("tak") || w == "took"; }

  bool RunningTotal(uint32_t t) const {
    const std::string_view w = v_.lower[t];
    if (!(IsTake(w) || w.starts_with("push") || w.starts_with("rais"))) {
      return false;
    }
    for (uint32_t j = t + 1; j < se_ && j <= t + 4; ++j) {
      if (OneOf(v_.lower[j], {"total", "tally", "toll", "count", "number"})) return true;
    }
    return false;
  }

  // "resume vaccine trials": a medical trial is no judicial one.
  bool MedicalTrial(const Draft& d) const {
    if (d.event.type != "ACCUSE" && d.event.type != "REQUEST") return false;
    const uint32_t t = d.event.trigger_token;
    constexpr uint32_t kReach = 6;  // "launch a four-day polio vaccination campaign"
    for (uint32_t j = t; j < se_ && j <= t + kReach; ++j) {
      if (v_.IsPunct(j)) break;
      if (d.event.type == "ACCUSE" && (v_.lower[j] == "trial" || v_.lower[j] == "trials") &&
          j > sb_ &&
          OneOf(v_.lower[j - 1],
                {"vaccine", "clinical", "drug", "medical", "human", "iii", "ii"})) {
        return true;
      }
      // "launches the vaccination campaign": a public campaign is no criticism, nor the
      // appeal the dictionary makes of "begins a campaign".
      if ((v_.lower[j] == "campaign" || v_.lower[j] == "drive") && j > sb_ &&
          OneOf(v_.lower[j - 1],
                {"vaccination", "vaccine", "immunization", "immunisation", "election", "electoral",
                 "fundraising", "awareness", "advertising", "recruitment", "testing"})) {
        return true;
      }
    }
    return false;
  }

  // "who do not meet the necessary criteria": meeting a requirement is no meeting.
  bool MeetsRequirement(const Draft& d) const {
    if (d.event.type != "CONSULT" || d.noun) return false;
    const uint32_t t = d.event.trigger_token;
    if (!v_.lower[t].starts_with("meet") && v_.lower[t] != "met") return false;
    for (uint32_t j = t + 1; j < se_ && j <= t + 4; ++j) {
      if (OneOf(v_.lower[j], {"criteria", "requirements", "requirement", "demands", "standards",
                              "needs", "target", "targets", "expectations", "deadline",
                              "conditions", "goals", "obligations", "threshold", "demand"})) {
        return true;
      }
    }
    return false;
  }

  // "Ceasefire talks between Russia and Ukraine, scheduled for today, are postponed": is
  // the meeting named at token i put off or called off later in its clause?
  bool PutOff(uint32_t i) const {
    for (uint32_t j = i + 1; j + 1 < se_; ++j) {
      if (v_.lower[j] == ";") return false;
      if (IsBe(v_.lower[j]) && OneOf(v_.lower[j + 1], {"postponed", "cancelled", "canceled",
                                                       "suspended", "delayed", "called"})) {
        return true;
      }
    }
    return false;
  }

  // "that the European Union considers to be linked to the invasion": a judgement, not a
  // consultation.
  // ("considers Israeli settlement of the West Bank as illegal", "considers the vote
  // illegal": "as" within the object's reach, or a predicate adjective.)
  bool ConsidersAs(uint32_t t) const {
    if (!v_.lower[t].starts_with("consider")) return false;
    for (uint32_t j = t + 1; j + 1 < se_ && j <= t + 9; ++j) {
      if (v_.IsPunct(j)) break;
      if ((v_.lower[j] == "to" && v_.lower[j + 1] == "be") || v_.lower[j] == "as") return true;
    }
    return HasSyntax() && AnyDependent(t, se_, [&](uint32_t j) {
             return doc_.tokens[j].deprel == Rel().xcomp && doc_.tokens[j].upos == Upos::kAdj;
           });
  }

  // "calling Nicolás Maduro a Cuban puppet": to call someone something names them, it
  // is no phone call. The predicate noun (or adjective) the verb's xcomp is, if any.
  int32_t NamedAs(uint32_t t) const {
    if (!HasSyntax() || !OneOf(doc_.Lemma(t), {"call", "brand", "label", "dub"})) return -1;
    // (The parse gives the predicate as an xcomp, or as the direct object after an
    // indirect one: "called Putin a killer".)
    int32_t pred = -1, second_object = -1;
    bool first_object = false;
    AnyDependent(t, se_, [&](uint32_t j) {
      const Token& x = doc_.tokens[j];
      const bool nominal = x.upos == Upos::kNoun || x.upos == Upos::kAdj;
      if (x.deprel == Rel().xcomp && nominal) pred = static_cast<int32_t>(j);
      if (x.deprel == Rel().iobj) first_object = true;
      if (x.deprel == Rel().obj && nominal) second_object = static_cast<int32_t>(j);
      return pred >= 0;
    });
    if (pred >= 0) return pred;
    if (first_object) return second_object;
    // ("called the Azerbaijani accusation false": the parse may read the adjective as
    // the object's head noun.)
    return second_object >= 0 && Dismissive(v_.lower[second_object]) ? second_object : -1;
  }

  // What one calls a claim one rejects ("false", "baseless").
  static bool Dismissive(std::string_view w) {
    return OneOf(w, {"false", "baseless", "groundless", "unfounded", "untrue", "fabricated", "fake",
                     "fabrication"});
  }

  // "a valid appeals ruling", "an arrest warrant", "the protest movement", "attack
  // helicopters": an event noun modifying a noun that names a thing, a body or a
  // document, not an event, tells no event.
  bool ModifiesThing(const Draft& d) const {
    const uint32_t t = d.event.trigger_token;
    if (!HasSyntax() || !d.noun) return false;
    // (The next word: a noun the parse makes the event noun's head is skipped where the
    // triggers are found; here the parse took the event noun for the head: "for a valid
    // appeals ruling".)
    const uint32_t h = t + 1;
    if (h >= se_) return false;
    // (The lemma of a noun, the word itself where it was read as a verb: "ruling".)
    const std::string_view noun = doc_.tokens[h].upos == Upos::kNoun ? doc_.Lemma(h) : v_.lower[h];
    return OneOf(noun,
                 {"court",      "ruling",    "judge",      "warrant",  "movement",   "leader",
                  "organizer",  "group",     "camp",       "site",     "helicopter", "aircraft",
                  "dog",        "submarine", "boat",       "vessel",   "ship",       "drone",
                  "unit",       "squad",     "capability", "capacity", "plan",       "planning",
                  "simulation", "song",      "music",      "film",     "game",       "sign",
                  "slogan",     "poster",    "banner",     "letter",   "rifle",      "weapon"});
  }

  // A name given in contempt ("a puppet", "a terrorist", "illegitimate").
  static bool Contemptuous(std::string_view w) {
    return OneOf(w, {"puppet",        "puppets",      "terrorist", "terrorists",   "dictator",
                     "tyrant",        "liar",         "criminal",  "criminals",    "thief",
                     "thieves",       "murderer",     "murderers", "traitor",      "traitors",
                     "fascist",       "fascists",     "nazi",      "nazis",        "racist",
                     "clown",         "butcher",      "killer",    "killers",      "enemy",
                     "enemies",       "threat",       "disgrace",  "failure",      "coward",
                     "hypocrite",     "illegitimate", "illegal",   "unacceptable", "genocide",
                     "aggression",    "provocation",  "occupier",  "occupiers",    "invader",
                     "invaders",      "regime",       "mafia",     "thug",         "thugs",
                     "lunatic",       "madman",       "scum",      "rogue",        "insult",
                     "shameful",      "outrageous",   "absurd",    "ridiculous",   "lie",
                     "lies",          "propaganda",   "violation", "crime",        "crimes",
                     "atrocity",      "massacre",     "terrorism", "disgraceful",  "unjustified",
                     "irresponsible", "dangerous"});
  }

  // "Ukraine claims to have sunk the ship", "claimed that": a claim reports an act, it
  // is no accusation of its own.
  bool ClaimOfAct(const Draft& d) const {
    const uint32_t t = d.event.trigger_token;
    if (d.noun || !v_.lower[t].starts_with("claim")) return false;
    // "Hamas claims full control of the agencies": a claim to something is no accusation.
    return d.event.type == "ACCUSE" || (t + 1 < se_ && OneOf(v_.lower[t + 1], {"to", "that"}));
  }

  // "An Indian Air Force jet goes missing", "appeals for a ceasefire went unheeded", "the
  // airline went bankrupt": "go" before an adjective or a participle tells what became of
  // its subject; no visit.
  bool GoesMissing(uint32_t t) const {
    const std::string_view w = v_.lower[t];
    if (!OneOf(w, {"go", "goes", "going", "gone", "went"}) || t + 1 >= se_) return false;
    const std::string_view next = v_.lower[t + 1];
    return next == "missing" || doc_.tokens[t + 1].upos == Upos::kAdj ||
           (next.starts_with("un") && next.ends_with("ed"));
  }

  // "launches the Simorgh rocket carrying two satellites", "launched a spy satellite into
  // orbit": a launch into space, no attack.
  bool SpaceLaunch(uint32_t t) const {
    if (!v_.lower[t].starts_with("launch") && !OneOf(v_.lower[t], {"fires", "fired"})) {
      return false;
    }
    for (uint32_t k = t + 1; k < se_ && k <= t + 10; ++k) {
      if (OneOf(v_.lower[k], {";", "killing", "injuring", "targeting", "at", "against", "on"})) {
        break;
      }
      if (OneOf(v_.lower[k], {"satellite", "satellites", "spacecraft", "orbit", "orbiter", "lander",
                              "rover", "astronauts", "cosmonauts", "telescope", "probe", "capsule",
                              "space", "spaceflight"})) {
        return true;
      }
    }
    return false;
  }

  // "refused to strike down a law": a court's ruling, no attack; "will contest a runoff
  // election": running in it, no accusation.
  bool StrikesDownOrRuns(uint32_t t) const {
    const std::string_view w = v_.lower[t];
    if (OneOf(w, {"strike", "strikes", "struck", "striking"}) && t + 1 < se_ &&
        v_.lower[t + 1] == "down") {
      return true;
    }
    if (!w.starts_with("contest")) return false;
    for (uint32_t j = t + 1; j < se_ && j <= t + 4; ++j) {
      if (OneOf(v_.lower[j], {"results", "result", "outcome"})) return false;
      if (OneOf(v_.lower[j], {"election", "elections", "runoff", "seat", "seats", "race", "polls",
                              "primary", "primaries"})) {
        return true;
      }
    }
    return false;
  }

  // "The Governor fires the state's public safety secretary": dismissing an official is no
  // shooting.
  bool Dismissal(uint32_t t) const {
    if (!OneOf(v_.lower[t], {"fire", "fires", "fired", "firing"})) return false;
    constexpr uint32_t kReach = 7;
    for (uint32_t j = t + 1; j < se_ && j <= t + kReach; ++j) {
      const std::string_view w = v_.lower[j];
      if (v_.IsPunct(j) || OneOf(w, {"on", "at", "into", "in", "from", "toward", "towards"})) {
        return false;
      }
      if (OneOf(w, {"secretary", "minister",  "ministers",  "chief",    "director",  "coach",
                    "manager",   "ceo",       "chairman",   "head",     "commander", "prosecutor",
                    "official",  "officials", "employees",  "staff",    "spokesman", "spokeswoman",
                    "adviser",   "advisor",   "ambassador", "governor", "president"})) {
        return true;
      }
    }
    return false;
  }

  // "reflecting strong demand": the market's demand, no request.
  bool MarketDemand(const Draft& d) const {
    const uint32_t t = d.event.trigger_token;
    if (!d.noun || !OneOf(v_.lower[t], {"demand", "demands"}) || t == sb_) return false;
    return OneOf(
        v_.lower[t - 1],
        {"strong",  "stronger",  "weak",   "weaker", "domestic", "global",  "consumer",    "rising",
         "falling", "high",      "higher", "low",    "lower",    "growing", "slowing",     "robust",
         "soaring", "weakening", "energy", "oil",    "gas",      "fuel",    "electricity", "power",
         "market",  "export",    "import", "food",   "housing",  "travel"});
  }

  // "The Iranian rial hits another record low against the US dollar", "stocks hit a
  // record high": a level a market or a currency reaches, no attack.
  bool MarketLevel(uint32_t t) const {
    if (!v_.lower[t].starts_with("hit") && !v_.lower[t].starts_with("reach")) return false;
    for (uint32_t k = t + 1; k < se_ && k <= t + 5; ++k) {
      if (!OneOf(v_.lower[k], {"low", "lows", "high", "highs"})) continue;
      return k + 1 == se_ ||
             (doc_.tokens[k + 1].upos != Upos::kNoun && doc_.tokens[k + 1].upos != Upos::kPropn);
    }
    return false;
  }

  // "Japan issues heat stroke warnings", "Taiwan issues land and sea warnings for
  // Typhoon Meranti": a warning of weather or a natural hazard threatens no one.
  bool HazardWarning(const Draft& d) const {
    if (d.event.type != "THREATEN") return false;
    const uint32_t t = d.event.trigger_token;
    bool warning = false;
    for (uint32_t k = t; k < se_ && k <= t + 6 && !warning; ++k) {
      warning = OneOf(v_.lower[k], {"warning", "warnings", "alert", "alerts", "advisory"});
    }
    if (!warning) return false;
    for (uint32_t k = sb_; k < se_; ++k) {
      const std::string_view w = v_.lower[k];
      if (DisasterWord(w) ||
          OneOf(w, {"heat",     "storm",          "storms",      "tsunami",    "weather",
                    "rainfall", "rain",           "rains",       "wind",       "winds",
                    "snow",     "snowfall",       "flood",       "evacuation", "temperatures",
                    "volcano",  "meteorological", "forecasters", "tropical",   "hurricane",
                    "typhoon",  "cyclone",        "tornado",     "heatwave",   "wildfires"})) {
        return true;
      }
    }
    return false;
  }

  // "Thousands of activists attend a protest in London": attending a protest is the
  // protest, which its noun codes; no visit.
  bool AttendsProtest(uint32_t t) const {
    if (!v_.lower[t].starts_with("attend")) return false;
    for (uint32_t k = t + 1; k < se_ && k <= t + 4; ++k) {
      if (OneOf(v_.lower[k], {"protest", "protests", "rally", "rallies", "demonstration",
                              "demonstrations", "march", "marches", "vigil", "sit-in"})) {
        return true;
      }
    }
    return false;
  }

  // "Voters go to the polls", "head to the polls": an election, no meeting; "the summit
  // of Mount Everest": a mountain's summit.
  bool PollsOrPeak(uint32_t t) const {
    if (t + 3 < se_ && v_.lower[t + 1] == "to" && v_.lower[t + 2] == "the" &&
        v_.lower[t + 3] == "polls") {
      return true;
    }
    if (v_.lower[t] != "summit" && v_.lower[t] != "summits") return false;
    for (uint32_t j = t + 1; j < se_ && j <= t + 3; ++j) {
      if (OneOf(v_.lower[j], {"mount", "mountain", "everest", "peak", "volcano", "hill"}))
        return true;
    }
    return false;
  }

  // "fail to reach agreement": failing marks what failed, it rejects no one.
  bool FailsTo(uint32_t t) const {
    return v_.lower[t].starts_with("fail") && t + 1 < se_ && v_.lower[t + 1] == "to";
  }

  // "a plant to slaughter horses", "kill dozens of stray cattle", "the culling of
  // birds": an act of violence whose victims are animals is no assault.
  bool AnimalVictims(const Draft& d) const {
    if (d.event.type != "ASSAULT" || !HasSyntax()) return false;
    const uint32_t t = d.event.trigger_token;
    const auto animal = [&](uint32_t j) {
      return OneOf(
          doc_.Lemma(j),
          {"animal",    "horse",    "cattle",    "cow",      "sheep",    "goat",       "pig",
           "chicken",   "poultry",  "bird",      "dog",      "cat",      "whale",      "dolphin",
           "shark",     "wolf",     "bear",      "elephant", "rhino",    "rhinoceros", "lion",
           "tiger",     "deer",     "fish",      "camel",    "donkey",   "monkey",     "bat",
           "livestock", "wildlife", "crocodile", "seal",     "kangaroo", "koala",      "bee",
           "mink",      "duck",     "badger",    "fox"});
    };
    // The victims: the verb's object or passive subject, or the noun's "of" phrase, or
    // what a number or quantity ("dozens of") before them counts.
    return AnyDependent(t, se_, [&](uint32_t j) {
      const Token& x = doc_.tokens[j];
      const bool victim = x.deprel == Rel().obj || x.deprel == Rel().nsubj_pass ||
                          (d.noun && x.deprel == Rel().nmod && v_.Is(j - 1, "of"));
      if (!victim) return false;
      if (animal(j)) return true;
      return AnyDependent(
          j, se_, [&](uint32_t k) { return doc_.tokens[k].deprel == Rel().nmod && animal(k); });
    });
  }

  // "dies of a heart attack", "a panic attack": an illness, not an assault.
  bool IllnessAttack(uint32_t t) const {
    return v_.lower[t].starts_with("attack") && t > sb_ &&
           OneOf(v_.lower[t - 1], {"heart", "panic", "asthma", "anxiety", "epileptic"});
  }

  // "Nations pledge to fight climate change", "measures to combat the pandemic": a fight
  // against a problem, not against a party.
  bool FightsAProblem(uint32_t t) const {
    const std::string_view w = v_.lower[t];
    if (!w.starts_with("fight") && !w.starts_with("combat") && !w.starts_with("tackl") &&
        !w.starts_with("battl")) {
      return false;
    }
    for (uint32_t k = t + 1; k < se_ && k <= t + 4; ++k) {
      const std::string_view o = v_.lower[k];
      if (OneOf(o,
                {"climate",        "corruption",   "poverty",        "pandemic",   "virus",
                 "covid-19",       "covid",        "coronavirus",    "disease",    "diseases",
                 "inflation",      "hunger",       "racism",         "cancer",     "misinformation",
                 "disinformation", "malaria",      "ebola",          "hiv",        "aids",
                 "antisemitism",   "islamophobia", "discrimination", "illiteracy", "wildfires",
                 "wildfire",       "blaze",        "blazes",         "fires",      "deforestation",
                 "pollution",      "obesity",      "unemployment",   "epidemic",   "outbreak"})) {
        return true;
      }
      if (v_.IsPunct(k) || v_.entity_at[k] >= 0 || doc_.tokens[k].upos == Upos::kVerb) break;
    }
    return false;
  }

  // "Demonstrations take place across Italy": the noun is the event, not the taking.
  // ("Joe Biden takes office", "a plane taking off from Jakarta": no seizure either.)
  bool TakesPlace(uint32_t t) const {
    return IsTake(v_.lower[t]) && t + 1 < se_ && OneOf(v_.lower[t + 1], {"place", "office", "off"});
  }

  // "Clashes broke out", "a fire breaks out": something began; "the ceasefire broke down
  // within hours": something ended. The thing that began or ended is the event, if any.
  bool BreaksOut(uint32_t t) const {
    return OneOf(v_.lower[t], {"break", "breaks", "breaking", "broke", "broken"}) && t + 1 < se_ &&
           OneOf(v_.lower[t + 1], {"out", "down"});
  }

  // "protesters gather in Sanaa": a crowd gathering is no meeting between parties.
  bool CrowdGathers(const Draft& d) const {
    return d.event.type == "CONSULT" && v_.lower[d.event.trigger_token].starts_with("gather") &&
           OneOf(d.event.source.ref.role, {"OPP", "CVL", ""});
  }

  // "North Korea fires a ballistic missile into the Sea of Japan", "test-fires two cruise
  // missiles": a missile fired into the sea or in a test strikes no one; it shows force
  // (CAMEO 15, MOBILIZE).
  bool MissileShown(uint32_t t) const {
    const std::string_view verb = v_.lower[t];
    const bool test_verb = verb.starts_with("test-");
    if (!test_verb && !verb.starts_with("fire") && !verb.starts_with("launch") &&
        !verb.starts_with("shoot") && verb != "shot") {
      return false;
    }
    bool missile = false;
    for (uint32_t k = t + 1; k < se_ && k <= t + 8; ++k) {
      const std::string_view w = v_.lower[k];
      if (v_.IsPunct(k) || OneOf(w, {"at", "on", "against", "toward", "towards", "killing"})) {
        return false;
      }
      if (OneOf(w, {"missile", "missiles", "rocket", "rockets"})) {
        missile = true;
        if (test_verb || (k + 1 < se_ && OneOf(v_.lower[k + 1], {"test", "tests"}))) return true;
        continue;
      }
      if (missile && w == "into" && k + 1 < se_) {
        for (uint32_t m = k + 1; m < se_ && m <= k + 3; ++m) {
          if (OneOf(v_.lower[m], {"sea", "ocean", "waters", "pacific"})) return true;
        }
        return false;
      }
    }
    return false;
  }

  // "an arms package to Israel, including hundreds of bombs", "the sale of missiles":
  // weapons traded or made are no attack.
  bool WeaponsTraded(const Draft& d) const {
    const uint32_t t = d.event.trigger_token;
    if (doc_.tokens[t].upos == Upos::kVerb ||
        !OneOf(v_.lower[t], {"bomb", "bombs", "missile", "missiles", "rocket", "rockets", "shells",
                             "drones", "munitions"})) {
      return false;
    }
    for (uint32_t j = t; j > sb_ && t - j <= 10;) {
      --j;
      if (v_.lower[j] == ";" || v_.IsQuote(j)) break;
      if (OneOf(v_.lower[j],
                {"package",     "sale",      "sales",      "supply",     "supplies",  "shipment",
                 "shipments",   "delivery",  "deliveries", "transfer",   "transfers", "sell",
                 "sells",       "sold",      "selling",    "supplying",  "deliver",   "delivers",
                 "delivered",   "stockpile", "stockpiles", "production", "produce",   "produces",
                 "manufacture", "export",    "exports",    "purchase",   "purchases", "buy",
                 "buys",        "bought",    "acquire",    "donate",     "donates",   "donated",
                 "donating",    "donation",  "give",       "gives",      "gave",      "send",
                 "sends",       "sent",      "provide",    "provides",   "provided",  "pledges",
                 "pledged"})) {
        return true;
      }
    }
    return false;
  }

  // "Canada ends all COVID-19 border measures": a verb that ends restrictions eases them
  // (CAMEO 081), where the dictionary reads "end ... border" as a closing.
  bool EndsRestrictions(const Draft& d) const {
    const uint32_t t = d.event.trigger_token;
    if (d.event.type != "COERCE" || d.noun || !LiftingVerb(doc_.Lemma(t))) return false;
    for (uint32_t k = t + 1; k < se_ && k <= t + 6 && !v_.IsPunct(k); ++k) {
      if (OneOf(v_.lower[k], {"measures", "restrictions", "requirements", "curbs", "controls",
                              "lockdown", "curfew", "quarantine", "mandate", "mandates"})) {
        return true;
      }
    }
    return false;
  }

  // "U.S. forces begin to withdraw from northern Syria", "pulls its troops out of
  // Yemen": armed forces withdrawing, or troops withdrawn, retreat militarily (CAMEO
  // 0874), where the dictionary gives withdrawing its general code (080, a concession)
  // or reads "pull out" as a visit's end.
  bool MilitaryWithdrawal(const Draft& d) const {
    const uint32_t t = d.event.trigger_token;
    // (Not a withdrawal promised or threatened: "agrees to withdraw" is an intent.)
    if (d.noun || d.event.cameo == "0874" || OneOf(d.event.type, {"AGREE", "THREATEN"})) {
      return false;
    }
    const std::string_view lemma = doc_.Lemma(t);
    const bool pull = lemma == "pull" && t + 1 < se_ &&
                      OneOf(v_.lower[t + 1], {"out", "back", "its", "their", "his", "all"});
    if (!(lemma == "withdraw" || lemma == "retreat" || pull)) return false;
    if (OneOf(d.event.source.ref.role, {"MIL", "REB", "INS", "UAF"})) return true;
    for (uint32_t k = t + 1; k < se_ && k <= t + 4 && !v_.IsPunct(k); ++k) {
      if (OneOf(v_.lower[k], {"troops", "forces", "soldiers", "fighters", "army", "units",
                              "personnel", "contingent", "peacekeepers", "militants", "positions",
                              "frontline", "front", "trenches", "bases"})) {
        return true;
      }
    }
    return false;
  }

  void DropNonEvents(std::vector<Draft>* drafts) const {
    bool accident = false;
    const bool disaster = DisasterSentence();
    const bool crash = CrashSentence();
    const bool contest = ContestSentence();
    for (Draft& d : *drafts) {
      const uint32_t t = d.event.trigger_token;
      if (ViolatedTruce(d) || CampaignRally(d) || ArmedMarch(d)) d.drop = true;
      if (EndsRestrictions(d)) {
        d.event.type = "CONCEDE";
        d.event.cameo = "081";
      }
      if (MilitaryWithdrawal(d)) {
        d.event.type = "RETREAT";
        d.event.cameo = "0874";
        d.event.mode.clear();
      }
      if (d.event.type == "ASSAULT" && MissileShown(t)) {
        d.event.type = "MOBILIZE";
        d.event.cameo = "150";
        d.event.mode.clear();
        d.target = -1;
        d.event.target = {};
        d.event.location.reset();
        d.event.location_text.clear();
        d.shown = true;
      }
      if ((contest && SportVerb(v_.lower[t])) || ElectionDefeat(d)) d.drop = true;
      if (GoesOnAcross(d)) d.drop = true;
      if (!d.noun && d.event.type == "CONSULT") {
        if (const int32_t pred = NamedAs(t); pred >= 0) {
          if (Dismissive(v_.lower[pred])) {
            d.event.type = "REJECT";
            d.event.cameo = "120";
            d.event.mode.clear();
          } else if (Contemptuous(v_.lower[pred])) {
            d.event.type = "ACCUSE";
            d.event.cameo = "111";
            d.event.mode = "disapprove";
          } else {
            d.drop = true;
          }
        }
      }
      if (PrivateTravel(d) || AwardWon(t) || DescriptiveParticiple(d) || RunningTotal(t) ||
          TakesPlace(t) || BreaksOut(t) || CrowdGathers(d) || IllnessAttack(t) ||
          FightsAProblem(t) || FailsTo(t) || GoesMissing(t) || PollsOrPeak(t) ||
          StrikesDownOrRuns(t) || Dismissal(t) || ComesUnderAttack(t) || SpaceLaunch(t) ||
          WeaponsTraded(d) || MarketDemand(d) || MarketLevel(t) || AttendsProtest(t) ||
          HazardWarning(d) || MedicalTrial(d) || MeetsRequirement(d) || ConsidersAs(t) ||
          ClaimOfAct(d) || ModifiesThing(d) || AnimalVictims(d) ||
          (d.event.type == "CONSULT" && HostsContest(t))) {
        d.drop = true;
      }
      if (d.event.type != "ASSAULT") continue;
      // In a disaster, those named before a casualty word are its victims or its place,
      // not its perpetrators ("Seven people in Greece are killed ... during a violent
      // storm", "a vehicle crashes in Ladakh, India, killing seven soldiers").
      const bool unarmed_source = d.source >= 0 && !ArmedRole(d.event.source.ref.role);
      if (AccidentalCause(t) || SportsResult(t) || (crash && d.casualty()) ||
          (disaster && (d.source < 0 || (d.casualty() && unarmed_source)))) {
        d.drop = true;
        accident = true;
      }
    }
    // "A stampede kills 15 people and wounds 11 others": the other casualty words of
    // the sentence belong to the same accident.
    if (!accident) return;
    for (Draft& d : *drafts) {
      if (d.casualty() && (d.source < 0 || !ArmedRole(d.event.source.ref.role))) d.drop = true;
    }
  }

  // "Iceland will join Ireland, the Netherlands and Spain in boycotting the contest":
  // joining others in an act is doing it, not meeting them; the act is the joiner's.
  void JoinedInAct(std::vector<Draft>* drafts) const {
    constexpr uint32_t kReach = 14;  // the list of those joined
    for (Draft& join : *drafts) {
      const uint32_t j = join.event.trigger_token;
      if (join.drop || join.noun || !v_.lower[j].starts_with("join")) continue;
      for (Draft& act : *drafts) {
        const uint32_t a = act.event.trigger_token;
        if (&act == &join || act.drop || a <= j + 1 || a > j + kReach || v_.lower[a - 1] != "in" ||
            doc_.tokens[a].xpos != Rel().vbg) {
          continue;
        }
        bool clause = false;  // only names and commas between
        for (uint32_t k = j + 1; k + 1 < a && !clause; ++k)
          clause = doc_.tokens[k].upos == Upos::kVerb;
        if (clause) continue;
        if (join.source >= 0) {
          act.source = join.source;
          act.event.source = join.event.source;
          act.event.status = join.event.status;
        }
        join.drop = true;
      }
    }
  }

  // "Macron arrived in Germany on his first official visit", "Modi heads to Myanmar for a
  // state visit": one visit, whose host is where the visitor arrived or headed.
  void JoinArrivalAndVisit(std::vector<Draft>* drafts) const {
    for (Draft& visit : *drafts) {
      if (visit.drop || !visit.noun || visit.event.cameo != "042" || visit.target >= 0) continue;
      for (Draft& arrival : *drafts) {
        const std::string_view verb = v_.lower[arrival.event.trigger_token];
        // ("heads to Myanmar for a state visit": the nearest name before the noun is the
        // destination, not the visitor.)
        const bool misread =
            visit.source >= 0 && visit.event.source.ref.code == arrival.event.target.ref.code;
        if (&arrival == &visit || arrival.drop || arrival.noun ||
            arrival.event.target.ref.empty() || arrival.event.type != "CONSULT" ||
            arrival.event.trigger_token > visit.event.trigger_token ||
            !(verb.starts_with("arriv") || verb.starts_with("head") || verb.starts_with("travel") ||
              OneOf(verb, {"flies", "flew", "fly", "goes", "went", "go"})) ||
            (visit.source >= 0 && arrival.source >= 0 && !misread &&
             visit.event.source.ref.code != arrival.event.source.ref.code)) {
          continue;
        }
        visit.target = arrival.target;  // -1 when only the destination's country is known
        visit.event.target = arrival.event.target;
        if (visit.source < 0 || misread) {
          visit.source = arrival.source;
          visit.event.source = arrival.event.source;
        }
        arrival.drop = true;
        break;
      }
    }
  }

  // "Ukraine will not use the missile systems to strike Russian cities": the purpose
  // infinitive of a verb that is negated, to come or hypothetical is so too.
  void PurposeStatus(std::vector<Draft>* drafts) const {
    constexpr uint32_t kReach = 8;
    for (Draft& d : *drafts) {
      const uint32_t t = d.event.trigger_token;
      if (d.noun || d.event.status != "asserted" || t < sb_ + 2 || v_.lower[t - 1] != "to") {
        continue;
      }
      for (const Draft& u : *drafts) {
        const uint32_t ut = u.event.trigger_token;
        if (&u == &d || u.noun || ut + 1 >= t - 1 || t - 1 - ut > kReach ||
            !OneOf(u.event.status, {"negated", "future", "hypothetical"})) {
          continue;
        }
        bool boundary = false;
        for (uint32_t k = ut + 1; k + 1 < t && !boundary; ++k) {
          boundary = IsClauseBoundary(v_, k) || doc_.tokens[k].upos == Upos::kVerb;
        }
        if (!boundary) d.event.status = u.event.status;
      }
    }
  }

  // "invited the ministers to Moscow for negotiations": the invitation codes the talks
  // to come, so a talks noun in its complement is the same event; and talks that are
  // "postponed" or "cancelled" do not happen.
  static void DropInvitedTalks(std::vector<Draft>* drafts) {
    constexpr uint32_t kComplement = 14;
    for (const Draft& inv : *drafts) {
      const bool invitation =
          inv.def->refinement == Refinement::kInvite && inv.event.type == "CONSULT";
      // Talks rejected, put off or called off do not happen.
      const bool called_off = inv.event.type == "REJECT";
      if (!invitation && !called_off) continue;
      const uint32_t at = inv.event.trigger_token;
      for (Draft& d : *drafts) {
        if (&d != &inv && d.noun && d.event.type == "CONSULT" && d.event.trigger_token > at &&
            d.event.trigger_token <= at + kComplement) {
          d.drop = true;
        }
      }
    }
  }

  // "Araghchi meets with the foreign ministers of the United Kingdom, Germany and France in
  // Geneva for talks about its nuclear program": the talks a meeting is held for are that
  // meeting, not talks among its guests. (Talks that name their own party, "for talks with
  // Xi", stay.)
  void DropTalksAMeetingIsFor(std::vector<Draft>* drafts) const {
    for (Draft& meeting : *drafts) {
      // (The dictionary codes "meet ... for talks" an intent to meet, 036: "meets Trump in
      // Washington for talks" is the meeting.)
      const bool meet = !meeting.noun && doc_.Lemma(meeting.event.trigger_token) == "meet";
      if (meeting.noun || (meeting.event.type != "CONSULT" && !meet)) continue;
      for (Draft& d : *drafts) {
        const uint32_t t = d.event.trigger_token;
        if (!d.noun || d.event.type != "CONSULT" || t <= meeting.event.trigger_token + 1) continue;
        // ("for talks", "for direct talks", "for Ukraine peace talks")
        uint32_t f = t - 1;
        while (f > meeting.event.trigger_token + 1 && t - f <= 3 &&
               (doc_.tokens[f].upos == Upos::kAdj || doc_.tokens[f].upos == Upos::kNoun ||
                doc_.tokens[f].upos == Upos::kPropn)) {
          --f;
        }
        const bool for_talks = v_.lower[f] == "for";
        if (for_talks && !v_.Is(t + 1, "with") && !v_.Is(t + 1, "between")) {
          d.drop = true;
          TakeLocation(d.event, &meeting.event);
          if (meeting.event.type == "AGREE") {
            meeting.event.type = "CONSULT";
            meeting.event.cameo = "040";
          }
          // (What the talks are about is no party: "meet in Paris for Ukraine peace talks".)
          if (meeting.target >= 0 && doc_.entities[meeting.target].token_begin > f &&
              (doc_.entities[meeting.target].token_begin < t || IsTopic(meeting.target, t))) {
            meeting.target = -1;
            meeting.event.target = EventActor{};
          }
        }
      }
    }
  }

  // "special forces detained the former president in a raid on his compound": a noun
  // event in an "in"/"during" phrase after a verb event tells how that act was done, so
  // the verb's doer does it (the nearest actor before the noun is the verb's object).
  void MannerNouns(std::vector<Draft>* drafts) const {
    for (size_t k = 1; k < drafts->size(); ++k) {
      Draft& n = (*drafts)[k];
      const uint32_t t = n.event.trigger_token;
      if (!n.noun || t < sb_ + 2) continue;
      const uint32_t p = OneOf(v_.lower[t - 1], {"a", "an", "the"}) ? t - 2 : t - 1;
      if (!OneOf(v_.lower[p], {"in", "during"})) continue;
      // "shot by police during protests": protests are not done by who acts during them
      // (but "recalls its ambassadors in protest" is a protest by the one recalling).
      if (n.event.type == "PROTEST" && v_.lower[p] == "during") continue;
      // ("wanted a humanitarian pause in the fighting": what a pause interrupts is no
      // manner of the wanting.)
      if (Circumstance(t)) continue;
      const Draft& verb = (*drafts)[k - 1];
      // Not over the noun's own doer ("an attack by Boko Haram"); "in protest" names
      // none ("in protest at the firing on fishermen by the Navy" is the firing's).
      const bool in_protest = n.event.type == "PROTEST" && v_.lower[p] == "in" && p + 1 == t;
      if ((!in_protest && ByAgent(t) >= 0) || verb.noun || verb.source < 0 ||
          verb.event.trigger_token >= p) {
        continue;
      }
      // "arrested by the FBI for participating in the attack": the agent of a passive
      // sanction took no part in what it punishes.
      if (PartIn(t) && ByAgent(verb.event.trigger_token) == verb.source) continue;
      bool boundary = false;
      for (uint32_t j = verb.event.trigger_token + 1; j < p; ++j) {
        // ("..., in protest": a comma sets the phrase off, and may end a place.)
        boundary = boundary || v_.lower[j] == ";" ||
                   (IsClauseBoundary(v_, j) && !(in_protest && v_.lower[j] == ","));
      }
      if (boundary) continue;
      n.source = verb.source;
      n.event.source = verb.event.source;
      if (n.target == n.source) {
        n.target = -1;
        n.event.target = {};
      }
    }
  }

  // "A bomb explodes at a market in Kandahar, killing four", "shells hit a prison": the
  // blast or impact of an attack noun is that attack, told once by the noun, which takes the place
  // (and, naming none, the target) the verb found.
  void OneBlast(std::vector<Draft>* drafts) const {
    if (!HasSyntax()) return;
    for (Draft& verb : *drafts) {
      const uint32_t t = verb.event.trigger_token;
      if (verb.drop || verb.noun || doc_.tokens[t].upos != Upos::kVerb ||
          verb.event.type != "ASSAULT" ||
          !OneOf(doc_.Lemma(t), {"explode", "detonate", "hit", "strike", "land"})) {
        continue;
      }
      for (Draft& n : *drafts) {
        const uint32_t b = n.event.trigger_token;
        // (Its subject, or right before it whatever the parse: "Russian guided bombs hit".)
        const bool subject =
            b + 1 == t ||
            (doc_.tokens[b].head == static_cast<int32_t>(t) &&
             (doc_.tokens[b].deprel == Rel().nsubj || doc_.tokens[b].deprel == Rel().nsubj_pass));
        if (&n == &verb || n.drop || n.casualty() || doc_.tokens[b].upos != Upos::kNoun ||
            n.event.type != "ASSAULT" || !subject) {
          continue;
        }
        if (n.target < 0 && n.event.target.ref.empty() && verb.target != n.source) {
          n.target = verb.target;
          n.event.target = verb.event.target;
        }
        TakeLocation(verb.event, &n.event);
        verb.drop = true;
        break;
      }
    }
  }

  // "exploded a series of bombs", "staged a protest against the government": an attack
  // noun in the object of an attack verb, or any event noun in the object of a verb that
  // performs it, is the verb's act, told once by the noun when the verb has a doer: the
  // verb's subject does it, and the verb's object is its target if the noun names none.
  void ObjectNouns(std::vector<Draft>* drafts) const {
    if (!HasSyntax()) return;
    const Relations& r = Rel();
    for (Draft& n : *drafts) {
      const uint32_t t = n.event.trigger_token;
      if (n.drop || n.casualty() || doc_.tokens[t].upos != Upos::kNoun) continue;
      // The object itself, or what an "of" phrase of the object names.
      int32_t obj = static_cast<int32_t>(t);
      if (doc_.tokens[t].deprel == r.nmod && HasCase(t, {"of"})) obj = doc_.tokens[t].head;
      if (obj < static_cast<int32_t>(sb_) || doc_.tokens[obj].deprel != r.obj) continue;
      const int32_t head = doc_.tokens[obj].head;
      // "Sisi makes his first official visit abroad to Algeria", "pays a visit": a light
      // verb whatever the dictionary codes it.
      const bool light_visit =
          n.event.cameo == "042" && OneOf(v_.lower[head], {"make", "makes", "made", "making", "pay",
                                                           "pays", "paid", "paying"});
      const bool performs = PerformsNoun(static_cast<uint32_t>(head), t, n.event.type);
      if (n.event.type != "ASSAULT" && !performs && !light_visit) continue;
      for (Draft& verb : *drafts) {
        if (&verb == &n || verb.drop ||
            (verb.event.type != n.event.type && !light_visit && !performs) ||
            static_cast<int32_t>(verb.event.trigger_token) != head) {
          continue;
        }
        if (verb.casualty() || verb.source < 0) break;
        // "Ukraine repelled Russian attacks": who repels the attack was its target.
        if (RepelsAt(static_cast<uint32_t>(head))) {
          if (n.source == verb.source) {
            n.source = -1;
            n.event.source = EventActor{};
          }
          n.target = verb.source;
          n.event.target = verb.event.source;
          verb.drop = true;
          break;
        }
        // "launched attacks", "announcing the country's partial withdrawal": a verb that
        // performs the noun's act is none of its own whatever the dictionary codes it, and
        // lends its doer only to a noun that names none.
        if (verb.event.type != n.event.type && !light_visit) {
          verb.drop = true;
          if (n.source >= 0) break;
        }
        n.source = verb.source;
        n.event.source = verb.event.source;
        // "staged daily protests": the verb's pattern may code the act more finely (141).
        const std::string& vc = verb.event.cameo;
        const std::string& nc = n.event.cameo;
        if (vc.compare(0, 2, nc, 0, 2) == 0 &&
            (vc.size() > nc.size() || (vc.size() == nc.size() && nc.back() == '0'))) {
          n.event.cameo = vc;
        }
        // A place struck is no target in the doer's own country ("imposed a curfew in
        // Tel Aviv"), unless a state's office restricts it ("the government imposed a
        // curfew in Abidjan").
        if (n.target < 0 && n.event.target.ref.country == n.event.source.ref.country &&
            (n.event.type != "COERCE" || n.event.source.ref.role.empty())) {
          n.event.target = EventActor{};
        }
        if (n.target == n.source || (n.target < 0 && verb.target >= 0)) {
          n.target = verb.target != n.source ? verb.target : -1;
          n.event.target = n.target >= 0 ? verb.event.target : EventActor{};
        }
        // "will not open a civil rights investigation": what the verb says of the act holds.
        if (n.event.status == "asserted") n.event.status = verb.event.status;
        verb.drop = true;
        break;
      }
    }
  }

  // Is entity e the subject of the verb at token i, or a modifier of the subject's head
  // word ("Palestinian suicide bombers killed", "Nigeria's military kill"), not a name
  // inside a phrase hanging on it ("a car bombing in the Somali capital kills")?
  bool NamedSubject(uint32_t i, int32_t e) const {
    if (!HasSyntax() || e < 0) return false;
    const Relations& r = Rel();
    const Entity& ent = doc_.entities[e];
    for (uint32_t j = ent.token_begin; j < ent.token_end; ++j) {
      uint32_t h = j;
      for (int hops = 0; hops < 4; ++hops) {
        const Token& t = doc_.tokens[h];
        if (t.head == static_cast<int32_t>(i) && t.deprel == r.nsubj) return true;
        if ((t.deprel != r.amod && t.deprel != r.compound && t.deprel != r.flat &&
             t.deprel != r.nmod_poss) ||
            t.head < static_cast<int32_t>(sb_) || t.head >= static_cast<int32_t>(se_)) {
          break;
        }
        h = static_cast<uint32_t>(t.head);
      }
    }
    return false;
  }

  // Does the verb at token i have "who", "which" or "that" among its dependents?
  bool HasRelativePronoun(uint32_t i) const {
    return AnyDependent(i, i, [&](uint32_t j) {
      return OneOf(v_.lower[j], {"who", "which", "that", "whom"});
    });
  }

  // "Armenia says ... while Azerbaijan blames Armenian forces for opening fire first":
  // an act someone is accused or blamed of is the accuser's claim, not the sentence's
  // speaker's.
  void AccusersClaims(std::vector<Draft>* drafts) const {
    for (Draft& d : *drafts) {
      if (d.event.status != "alleged") continue;
      const uint32_t t = d.event.trigger_token;
      const Draft* accuser = nullptr;
      for (const Draft& a : *drafts) {
        const uint32_t at = a.event.trigger_token;
        if (at >= t || a.event.type != "ACCUSE" || a.event.source.ref.empty() ||
            !AccusingWord(v_.lower[at])) {
          continue;
        }
        bool of = false;
        for (uint32_t k = at + 1; k < t && !of; ++k) of = OneOf(v_.lower[k], {"of", "for"});
        if (of && (accuser == nullptr || at > accuser->event.trigger_token)) accuser = &a;
      }
      if (accuser == nullptr) continue;
      d.event.attributed_to = accuser->event.source;
      // "accused Armenia of deliberately targeting civilians ... and of violating the
      // ceasefire": an act told by a gerund after "of" right after the accused, or after
      // "and of", is the accused's (where the parse loses it).
      uint32_t of = t;
      while (of > sb_ + 1 && doc_.tokens[of - 1].upos == Upos::kAdv) --of;
      const bool after_of = of >= sb_ + 2 && v_.lower[of - 1] == "of";
      if (after_of && doc_.tokens[t].xpos == Rel().vbg && accuser->target >= 0 &&
          (OneOf(v_.lower[of - 2], {"and", "or"}) ||
           doc_.entities[accuser->target].token_end == of - 1) &&
          d.source != accuser->target) {
        d.source = accuser->target;
        d.event.source = accuser->event.target;
        if (d.target == d.source) {
          d.target = -1;
          d.event.target = EventActor{};
        }
      }
    }
  }

  // "France, Russia and the United States called on both sides to return to
  // negotiations": what the requesters appeal to parties they do not name to do is not
  // their own act; it names no parties. (Parties named, "urged Armenia and Azerbaijan to return to
  // negotiations", are its doers already.)
  void AskedOfOthers(std::vector<Draft>* drafts) const {
    for (const Draft& r : *drafts) {
      if (r.drop || r.event.type != "REQUEST" || r.source < 0 || r.target >= 0 ||
          r.event.target.text.empty()) {
        continue;
      }
      const uint32_t rt = r.event.trigger_token;
      // (An order or a decree is the act of whoever issues it: "Haftar has ordered the LNA
      // to seize control of Tripoli".)
      if (!OneOf(doc_.Lemma(rt), {"call", "urge", "ask", "appeal", "encourage", "press", "plead",
                                  "implore", "request"})) {
        continue;
      }
      const std::vector<int32_t> requesters = Conjuncts(r.source, rt);
      const auto requester = [&](int32_t e) {
        return e >= 0 && std::find(requesters.begin(), requesters.end(), e) != requesters.end();
      };
      for (Draft& d : *drafts) {
        const uint32_t t = d.event.trigger_token;
        if (&d == &r || d.drop || t <= rt || !requester(d.source)) continue;
        bool infinitive = false, boundary = false;
        for (uint32_t k = rt + 1; k < t && !boundary; ++k) {
          infinitive |= v_.lower[k] == "to";
          boundary |= v_.lower[k] == ";" || OneOf(v_.lower[k], {"while", "but", "after"});
        }
        if (!infinitive || boundary) continue;
        d.source = -1;
        d.event.source = EventActor{};
        if (requester(d.target)) {
          d.target = -1;
          d.event.target = EventActor{};
        }
      }
    }
  }

  // "A strike killed 5": the counts of a casualty word go to the sentence's attack, or,
  // without one, "killed and 144 wounded" puts the wounded on the killing.
  void MergeCasualties(std::vector<Draft>* drafts) const {
    for (size_t c = 0; c < drafts->size(); ++c) {
      Draft& cas = (*drafts)[c];
      if (!cas.casualty() || cas.drop) continue;
      Draft* host = nullptr;
      uint32_t best = UINT32_MAX;
      for (Draft& d : *drafts) {
        if (&d == &cas || d.drop || d.casualty() || d.event.type != "ASSAULT") continue;
        // "clashes between police and protesters demanding the handover of a soldier accused
        // of killing six": a killing alleged is not the clash's toll.
        if (AccusedOf(cas.event.trigger_token) && d.event.status != "alleged") continue;
        // "killed 10 people in an operation against gunmen who attacked police patrols": an
        // attack a relative clause after the toll tells (in the active) is another event.
        if (HasSyntax() && d.event.trigger_token > cas.event.trigger_token &&
            doc_.tokens[d.event.trigger_token].deprel == Rel().acl_relcl &&
            HasRelativePronoun(d.event.trigger_token) &&
            !IsPassive(v_, sb_, d.event.trigger_token)) {
          continue;
        }
        // "Israeli soldiers kill three gunmen after coming under fire": who came under fire
        // and then killed did not suffer the toll.
        if (ComesUnder(d.event.trigger_token) && !cas.event.source.ref.empty() &&
            cas.event.source.ref.code == d.event.target.ref.code) {
          continue;
        }
        // A hand-written attack word ("strike", "shelling") hosts before a dictionary verb.
        constexpr uint32_t kDictionaryPenalty = 100;
        const uint32_t dist = (d.event.trigger_token > cas.event.trigger_token
                                   ? d.event.trigger_token - cas.event.trigger_token
                                   : cas.event.trigger_token - d.event.trigger_token) +
                              (IsDictionaryDef(d.def) ? kDictionaryPenalty : 0);
        if (dist < best) best = dist, host = &d;
      }
      // "killed and 144 wounded", "killed, with 12 more missing": the wounded or missing
      // join the killing told before them.
      if (host == nullptr && !(cas.def->flags & kKill)) {
        for (size_t k = 0; k < c; ++k) {
          Draft& d = (*drafts)[k];
          if (!d.drop && (d.def->flags & (kKill | kInjure)) &&
              (d.def->flags & cas.def->flags & (kInjure | kMissing)) == 0) {
            host = &d;
          }
        }
      }
      if (host == nullptr) continue;
      Event& h = host->event;
      if (cas.event.killed && !h.killed) h.killed = cas.event.killed;
      if (cas.event.injured && !h.injured) h.injured = cas.event.injured;
      if (cas.event.missing && !h.missing) h.missing = cas.event.missing;
      h.running_total |= cas.event.running_total;
      if (h.victims.empty()) h.victims = cas.event.victims;
      // "Hamas militants kill 16 Palestinians as clashes intensify": the killers are the
      // attack's doers when it names none, or only its victims; not when the killers found
      // are whom the attack struck ("an attack against the Somali government offices kills
      // two"), unless the toll's verb names them as its subject ("Two Palestinian suicide
      // bombers killed 23 ... in the second-worst attack in the Palestinian uprising").
      const bool killers_struck = !cas.event.source.ref.empty() &&
                                  cas.event.source.ref.code == h.target.ref.code &&
                                  !NamedSubject(cas.event.trigger_token, cas.source);
      if (!cas.event.source.ref.empty() && !killers_struck &&
          (h.source.ref.empty() || h.source.ref.code == cas.event.target.ref.code)) {
        h.source = cas.event.source;
        // A target guessed as the doers themselves gives way to the casualty's.
        if (h.target.ref.code == h.source.ref.code) h.target = cas.event.target;
      }
      // The victims named give way to no place: "Al-Shabaab militants ambush their convoy
      // near Mandera" killing Kenyan police officers is an attack on KENCOP, not KEN.
      const bool place_target = (host->target < 0 || killers_struck || IsLocative(host->target)) &&
                                !h.target.ref.empty() && h.target.ref.code == h.target.ref.country;
      if ((h.target.ref.empty() || place_target) && !cas.event.target.ref.empty() &&
          cas.event.target.ref.code != h.source.ref.code) {
        h.target = cas.event.target;
      }
      cas.drop = true;
    }
  }

  const DocView& v_;
  const Doc& doc_;
  const TriggerTable& triggers_;
  const entities::RoleNouns& roles_;
  const VerbPatterns* verbs_;
  uint32_t s_, sb_, se_;
  std::optional<Attribution> attribution_;
  size_t first_out_ = 0;               // the sentence's first event in the output
  std::vector<bool> from_dictionary_;  // per event of the sentence: a dictionary verb
};

// ---- one event told twice ----------------------------------------------------------------
// Two actor slots agree when both name the same actor, or the same country with one of
// them giving no role ("Armenia" and "Yerevan"); an empty slot agrees with anything.
bool SlotAgrees(const ActorRef& a, const ActorRef& b, bool* both) {
  *both = false;
  if (a.empty() || b.empty()) return true;
  *both = true;
  if (a.code == b.code) return true;
  if (a.country.empty() || a.country != b.country) return false;
  return a.role.empty() || b.role.empty();
}

// The first five letters of a trigger, lower-cased: "invited" and "invite" agree.
std::string StemOf(std::string_view w) {
  std::string out;
  for (size_t i = 0; i < w.size() && out.size() < 5; ++i) {
    const char c = w[i];
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool SameCount(const std::optional<Count>& a, const std::optional<Count>& b) {
  if (!a || !b) return !a && !b;
  return a->min == b->min && a->exact == b->exact;
}

// Is `later` the same real event as `first`, told again further on in the article? Same
// type and CAMEO root, actors that agree with at least one named on both sides, dates
// that agree (or one fell back to the article date), and the same casualty counts.
bool SameEvent(const Event& first, const Event& later) {
  if (first.type != later.type || first.cameo.compare(0, 2, later.cameo, 0, 2) != 0) return false;
  if (first.sentence == later.sentence) return false;
  bool source_both = false, target_both = false;
  if (!SlotAgrees(first.source.ref, later.source.ref, &source_both) ||
      !SlotAgrees(first.target.ref, later.target.ref, &target_both)) {
    return false;
  }
  if (!source_both && !target_both) return false;
  // A mention that leaves a slot open ("the ministers are invited") must be told with
  // the same word, and one of the two must carry its own date, lest "Armenia accused"
  // absorb every later accusation.
  if (!source_both || !target_both) {
    if (StemOf(first.trigger) != StemOf(later.trigger)) return false;
    if (first.date_precision == "article" && later.date_precision == "article") return false;
  }
  const bool dated = first.date_precision != "article" && later.date_precision != "article";
  if (dated && first.date != later.date) return false;
  if (!SameCount(first.killed, later.killed) || !SameCount(first.injured, later.injured) ||
      !SameCount(first.missing, later.missing) || !SameCount(first.detained, later.detained)) {
    return false;
  }
  // What happened and what is still to come are two events: "France seizes a British
  // trawler ... beginning November 2, it will impose extra customs checks".
  if ((first.status == "future") != (later.status == "future")) return false;
  return first.status == later.status || first.status == "asserted" || later.status == "asserted";
}

// Fills what the first telling left open from a later one and records the mention.
void Absorb(Event&& later, Event* first) {
  auto fill = [](EventActor& into, EventActor& from) {
    if (into.ref.empty()) {
      into = std::move(from);
    } else if (into.ref.role.empty() && !from.ref.role.empty() &&
               into.ref.country == from.ref.country) {
      into.ref = from.ref;  // "Armenia", later "Yerevan": the government
    }
  };
  fill(first->source, later.source);
  fill(first->target, later.target);
  if (first->date_precision == "article" && later.date_precision != "article") {
    first->date = later.date;
    first->date_precision = later.date_precision;
  }
  TakeLocation(later, first);
  if (first->attributed_to.ref.empty() && !later.attributed_to.ref.empty()) {
    first->attributed_to = later.attributed_to;
  }
  if (first->victims.empty()) first->victims = later.victims;
  for (EventMention& m : later.mentions) first->mentions.push_back(std::move(m));
}

// Merges each event of [begin, end) into the first earlier one it repeats.
void MergeRepeats(std::vector<Event>* events, size_t begin) {
  std::vector<Event> kept;
  for (size_t i = begin; i < events->size(); ++i) {
    Event& ev = (*events)[i];
    auto same =
        std::find_if(kept.begin(), kept.end(), [&](const Event& k) { return SameEvent(k, ev); });
    if (same != kept.end()) {
      Absorb(std::move(ev), &*same);
    } else {
      kept.push_back(std::move(ev));
    }
  }
  events->resize(begin);
  for (Event& k : kept) events->push_back(std::move(k));
}

}  // namespace

EventCoder::EventCoder() {
  auto verbs = VerbPatterns::Load(entities::ModelPath("verbs.tsv"));
  if (verbs.ok()) verbs_ = std::move(*verbs);
}

EventCoder::EventCoder(std::optional<VerbPatterns> verbs) : verbs_(std::move(verbs)) {}

void EventCoder::Code(const Doc& doc, std::vector<Event>* out) const {
  if (doc.tokens.empty()) return;
  const size_t begin = out->size();
  const DocView view(doc);
  if (doc.sentences.empty()) {
    SentenceCoder(view, triggers_, roles_, verbs_ ? &*verbs_ : nullptr, 0, 0, view.size()).Run(out);
    return;
  }
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    SentenceCoder(view, triggers_, roles_, verbs_ ? &*verbs_ : nullptr, static_cast<uint32_t>(s),
                  doc.sentences[s].token_begin, doc.sentences[s].token_end)
        .Run(out);
  }
  MergeRepeats(out, begin);
}

}  // namespace dateline::events
