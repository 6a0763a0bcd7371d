#include "events/clause_cues.h"

#include <algorithm>
#include <initializer_list>

#include "doc/tagsets.h"
#include "events/casualties.h"

namespace dateline::events {
namespace {

bool IsReportVerb(std::string_view w) {
  return OneOf(w, {"said",     "says",     "say",      "told",   "tells",  "added",     "adds",
                   "stated",   "states",   "claimed",  "claims", "claim",  "announced", "announces",
                   "announce", "reported", "reports",  "report", "noted",  "confirmed", "confirms",
                   "confirm",  "insisted", "insists",  "warned", "warns",  "warn",      "alleged",
                   "alleges",  "stressed", "stresses", "wrote",  "writes", "tweeted"});
}

// A reporting verb at token i; "States" in "the United States" is a name, not a verb, and
// "report" or "claims" a verb only where the tagger says so ("a UN report").
bool IsReportVerbAt(const DocView& v, uint32_t i) {
  if (!IsReportVerb(v.lower[i]) || v.entity_at[i] >= 0) return false;
  const std::string_view w = v.lower[i];
  if (OneOf(w, {"report", "reports", "claim", "claims", "states", "warn", "confirm"})) {
    if (v.doc.tokens[i].upos == Upos::kVerb || v.doc.tokens[i].upos == Upos::kNone) return true;
    // "The Houthis claim at least 68 people are killed": right after a name and before
    // what opens a clause, "claim" is the name's verb though the tagger read a noun.
    return OneOf(w, {"claim", "claims"}) && i > 0 && i + 1 < v.lower.size() &&
           v.entity_at[i - 1] >= 0 &&
           (OneOf(v.lower[i + 1], {"that", "at", "more", "some", "its", "their", "the"}) ||
            v.doc.tokens[i + 1].upos == Upos::kNum);
  }
  return true;
}

bool IsAdverbLike(std::string_view w) {
  return (w.size() > 3 && w.ends_with("ly")) || OneOf(w, {"not", "n't", "also", "never", "all"});
}

bool IsDeny(std::string_view w) {
  return OneOf(w, {"deny", "denies", "denied", "denying", "denial"});
}

bool IsCommaOrQuote(const DocView& v, uint32_t i) { return v.lower[i] == "," || v.IsQuote(i); }

// Words that may follow a closing "X said": "in a statement", "on Thursday".
bool IsTailWord(const DocView& v, uint32_t i) {
  return v.IsPunct(i) || v.timex_at[i] >= 0 ||
         OneOf(v.lower[i], {"in", "a", "an", "the", "statement", "on", "late", "earlier", "later",
                            "interview", "briefing", "told", "reporters"});
}

// A word that makes the "to" after it a preposition of cause or relation, not an
// infinitive's: "due to", "according to", "in response to".
bool CauseBeforeTo(std::string_view w) {
  return OneOf(w, {"due", "according", "owing", "thanks", "addition", "next", "prior", "close",
                   "similar", "as", "contrary", "response"});
}

// "ready to", "pledged to": the word before "to" that announces an act of one's own.
bool IsReadinessWord(std::string_view w) {
  return OneOf(w, {"ready", "willing", "prepared", "pledged", "pledges", "promised", "promises",
                   "vowed", "vows", "intends", "decided"});
}

// The readiness words that say one means to act, as against having decided to.
bool IsIntentWord(std::string_view w) { return IsReadinessWord(w) && w != "decided"; }

}  // namespace

bool IsBe(std::string_view w) {
  return OneOf(
      w, {"is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got", "'re"});
}

IntentCue ExpressedIntent(const DocView& v, uint32_t sb, const std::vector<TriggerSite>& sites,
                          uint32_t i) {
  // "ready to send", "willing to immediately send"
  uint32_t to = i;
  if (to > sb && IsAdverbLike(v.lower[to - 1])) --to;
  if (to <= sb + 1 || v.lower[to - 1] != "to") return IntentCue::kNone;
  if (IsIntentWord(v.lower[to - 2])) return IntentCue::kAvowed;
  for (size_t s = 0; s < sites.size() && sites[s].token < to; ++s) {
    if (sites[s].intent && !v.lower[sites[s].token].starts_with("invit")) {
      return IntentCue::kAgreed;
    }
  }
  return IntentCue::kNone;
}

namespace {

// CAMEO code prefixes of acts and the intent to do them; the longest prefix that matches
// an act's code decides. Cooperation becomes the 03 family, coercion and force a threat,
// the 13 family.
struct IntentPrefix {
  std::string_view act, intent;
};
constexpr IntentPrefix kIntentPrefixes[] = {
    // 04 consult, 05 diplomatic cooperation.
    {"04", "036"},
    {"05", "032"},
    // 06 material cooperation: 061 economic ... 064 intelligence.
    {"06", "031"},
    {"061", "0311"},
    {"062", "0312"},
    {"063", "0313"},
    {"064", "0314"},
    // 07 aid: 071 economic ... 074 protection.
    {"07", "033"},
    {"071", "0331"},
    {"072", "0332"},
    {"073", "0333"},
    {"074", "0334"},
    // 08 yield: 081 administrative sanctions, 082 dissent, 083 political reform, 084
    // release, 085 economic sanctions, 086 international involvement, 087 de-escalation.
    {"08", "035"},
    {"081", "0351"},
    {"082", "0352"},
    {"083", "034"},
    {"084", "0353"},
    {"085", "0354"},
    {"086", "0355"},
    {"087", "0356"},
    // 14 protest: threaten dissent; 15 a show of force.
    {"14", "133"},
    {"15", "138"},
    // 16 reduce relations: 161 break relations, 162 aid, 163 embargo or sanctions, 164
    // talks, 165 mediation, 166 expel or withdraw.
    {"16", "131"},
    {"161", "1313"},
    {"162", "1311"},
    {"163", "1312"},
    {"164", "134"},
    {"165", "135"},
    {"166", "136"},
    // 17 coerce: 172x administrative sanctions (restrictions, bans, curfews, martial
    // law); seizing, arresting, expelling, repressing.
    {"17", "137"},
    {"170", "130"},
    {"172", "132"},
    {"1721", "1321"},
    {"1722", "1322"},
    {"1723", "1323"},
    {"1724", "1324"},
    // 18 unconventional violence; 19 fight: 191 blockade, 192 occupation; 20 mass violence.
    {"18", "1383"},
    {"19", "1384"},
    {"191", "1381"},
    {"192", "1382"},
    {"20", "1385"},
};

}  // namespace

std::string IntentCode(std::string_view cameo) {
  if (cameo.size() < 3) return "";
  std::string_view best, intent;
  for (const IntentPrefix& p : kIntentPrefixes) {
    if (cameo.starts_with(p.act) && p.act.size() > best.size()) best = p.act, intent = p.intent;
  }
  return std::string(intent);
}

bool IsReportingVerb(const DocView& v, uint32_t i) {
  return IsReportVerbAt(v, i) || (OneOf(v.lower[i], {"say", "saying"}) && v.entity_at[i] < 0);
}

bool IsPassive(const DocView& v, uint32_t sb, uint32_t i) {
  // "is refusing", "are demanding": a form of "be" before a gerund is the progressive.
  if (v.lower[i].ends_with("ing")) return false;
  // "Israel is opposed to French mediation": a state of mind, said of its subject.
  if (v.lower[i] == "opposed" && i + 1 < v.lower.size() && v.lower[i + 1] == "to") return false;
  // "Kurdish forces backed by U.S. airstrikes": a participle with its agent.
  if (v.lower[i].ends_with("ed") && i + 1 < v.lower.size() && v.lower[i + 1] == "by") return true;
  for (uint32_t j = i; j > sb && i - j < 3;) {
    --j;
    if (IsBe(v.lower[j])) return true;
    if (!IsAdverbLike(v.lower[j])) break;
  }
  // "are killed and another three injured", "is killed and his daughter injured": a
  // participle coordinated with a passive one, with only its own subject between, is
  // passive too.
  if (!v.lower[i].ends_with("ed")) return false;
  // "is indicted by a federal grand jury and arrested": with a parse, the participle a
  // passive one coordinates.
  static const uint8_t kConj = DeprelFromName("conj"), kVbn = XposFromName("VBN");
  if (const Token& t = v.doc.tokens[i];
      t.deprel == kConj && t.head >= static_cast<int32_t>(sb) && t.head < static_cast<int32_t>(i) &&
      v.doc.tokens[t.head].xpos == kVbn && IsPassive(v, sb, static_cast<uint32_t>(t.head))) {
    // (Not one with a subject of its own: "tankers are torched, and the army attacked".)
    static const uint8_t kNsubj = DeprelFromName("nsubj");
    bool own_subject = false;
    for (uint32_t j = static_cast<uint32_t>(t.head) + 1; j < i; ++j) {
      own_subject = own_subject || (v.doc.tokens[j].head == static_cast<int32_t>(i) &&
                                    v.doc.tokens[j].deprel == kNsubj);
    }
    if (!own_subject) return true;
  }
  for (uint32_t j = i; j > sb && i - j < 6;) {
    --j;
    const std::string_view w = v.lower[j];
    if (w == "and") {
      if (j > sb && v.lower[j - 1].ends_with("ed")) return IsPassive(v, sb, j - 1);
      // "is convicted of terrorism in Libya and sentenced to life imprisonment": right
      // after "and", the participle joins the last verb before it, past its phrase.
      if (j + 1 != i) return false;
      for (uint32_t k = j; k > sb && j - k < 8;) {
        --k;
        if (v.IsPunct(k)) return false;
        if (v.doc.tokens[k].upos == Upos::kVerb) {
          return v.lower[k].ends_with("ed") && IsPassive(v, sb, k);
        }
      }
      return false;
    }
    const Upos u = v.doc.tokens[j].upos;
    if (u == Upos::kVerb || u == Upos::kAux || v.IsPunct(j)) return false;
  }
  return false;
}

bool IsClauseBoundary(const DocView& v, uint32_t i) {
  // "following the shooting deaths of two Israelis" is "after" them ("the following
  // day" is not).
  if (v.lower[i] == "following") return i == 0 || !OneOf(v.lower[i - 1], {"the", "a"});
  return v.IsQuote(i) ||
         OneOf(
             v.lower[i],
             {",",       ";",        ":",       "-",      "\xE2\x80\x93", "\xE2\x80\x94", "that",
              "which",   "who",      "while",   "but",    "whereas",      "after",        "before",
              "because", "although", "despite", "unless", "amid",         "amidst"});
}

// Does the verb at r, one that may announce an act ("announces the arrest"), have an
// object but no clause of its own (parsed text only)?
bool TakesObjectNotClause(const DocView& v, uint32_t r, uint32_t sb, uint32_t se) {
  const std::string_view w = v.lower[r];
  if (!(w.starts_with("announc") || w.starts_with("confirm") || w.starts_with("report") ||
        w.starts_with("claim"))) {
    return false;  // "says the killing ... resulted from": a parse may miss the clause
  }
  static const uint8_t kObj = DeprelFromName("obj"), kCcomp = DeprelFromName("ccomp"),
                       kParataxis = DeprelFromName("parataxis");
  int32_t object = -1;
  for (uint32_t k = sb; k < se; ++k) {
    const Token& t = v.doc.tokens[k];
    if (t.head != static_cast<int32_t>(r)) continue;
    if (t.deprel == kCcomp || t.deprel == kParataxis) return false;
    if (t.deprel == kObj && object < 0) object = static_cast<int32_t>(k);
  }
  if (object < 0) return false;
  // "Syrian state media reports 12 people killed in an airstrike": a toll after the
  // object makes it a report of what befell them.
  for (uint32_t k = static_cast<uint32_t>(object) + 1; k < se && k <= r + 8; ++k) {
    const std::string_view x = v.lower[k];
    if (OneOf(x, {"that", "which", "who"})) break;  // a clause of the object's own
    const int32_t head = v.doc.tokens[k].head;
    // (Also of a noun the object counts: "reported dozens of their soldiers killed".)
    // (A participle or adjective, not "claims responsibility for the killing".)
    if ((head == object || head == static_cast<int32_t>(r) ||
         (head >= 0 && v.doc.tokens[head].head == object)) &&
        (OneOf(x, {"killed", "injured", "wounded", "dead", "missing", "hurt"}))) {
      return false;
    }
  }
  return true;
}

namespace {

// Is there a comma between tokens a and b?
bool CommaBetween(const DocView& v, uint32_t a, uint32_t b) {
  for (uint32_t k = a + 1; k < b; ++k) {
    if (v.lower[k] == ",") return true;
  }
  return false;
}

// Is token a an ancestor of token b in the parse (within a few steps)?
bool Governs(const DocView& v, uint32_t a, uint32_t b) {
  constexpr int kDepth = 8;
  int32_t h = v.doc.tokens[b].head;
  for (int step = 0; step < kDepth && h >= 0; ++step) {
    if (h == static_cast<int32_t>(a)) return true;
    h = v.doc.tokens[static_cast<size_t>(h)].head;
  }
  return false;
}

}  // namespace

std::optional<Attribution> FindAttribution(const DocView& v, uint32_t sb, uint32_t se) {
  // "according to X," anywhere.
  for (uint32_t i = sb; i + 2 < se; ++i) {
    if (v.lower[i] == "according" && v.lower[i + 1] == "to") {
      uint32_t e = i + 2;
      while (e < se && e - (i + 2) < 12 && !IsCommaOrQuote(v, e) && v.lower[e] != ";" &&
             !(v.IsPunct(e) && e + 1 == se)) {
        ++e;
      }
      if (e > i + 2) return Attribution{i + 2, e};
    }
  }
  // "..., X said." / "..." the statement added." / "..., said X."
  uint32_t last = se;
  while (last > sb && (v.IsPunct(last - 1) || v.IsQuote(last - 1))) --last;
  for (uint32_t r = last; r > sb && last - r < 9;) {
    --r;
    if (!IsReportVerbAt(v, r)) continue;
    // "..., but no casualties are reported": a passive report names no speaker.
    if (r > sb && IsBe(v.lower[r - 1])) continue;
    if (r > sb && IsCommaOrQuote(v, r - 1) && last > r + 1 && last - r <= 9 &&
        v.lower[r + 1] != "that") {
      bool tail_only = true;  // ", said the Kremlin."
      for (uint32_t k = r + 1; k < last; ++k) tail_only &= !IsCommaOrQuote(v, k);
      if (tail_only) return Attribution{r + 1, last};
    }
    bool tail = true;
    for (uint32_t k = r + 1; k < last && tail; ++k) tail = IsTailWord(v, k);
    if (!tail) continue;
    uint32_t j = r;
    while (j > sb && r - j < 10 && !IsCommaOrQuote(v, j - 1)) --j;
    // ("..., no fatalities reported": what is reported, not who.)
    // (", which Armenian officials did not confirm": a relative clause on the claim, and a
    // report denied, name no speaker of it.)
    bool negated = false;
    for (uint32_t k = j; k < r; ++k) negated |= OneOf(v.lower[k], {"not", "n't", "never"});
    if (j > sb && j < r && IsCommaOrQuote(v, j - 1) && !OneOf(v.lower[j], {"no", "none"}) &&
        !OneOf(v.lower[j], {"which", "who"}) && !negated) {
      return Attribution{j, r};
    }
  }
  // "X said (that) ..." at the start, or after a phrase set before it ("In an interview
  // for German TV, Syrian President Bashar Assad states that ...", "On Monday, ...",
  // "Late on Thursday, ...").
  uint32_t start = sb;
  while (start < se && v.IsQuote(start)) ++start;
  const auto fronted = [&](uint32_t k) {
    const Upos u = v.doc.tokens[k].upos;
    return u == Upos::kAdp || u == Upos::kAdv ||
           (u == Upos::kAdj && k + 1 < se && v.doc.tokens[k + 1].upos == Upos::kAdp);
  };
  if (start < se && fronted(start)) {
    constexpr uint32_t kFrontedMax = 10;
    for (uint32_t k = start + 1; k < se && k - start <= kFrontedMax; ++k) {
      const Upos u = v.doc.tokens[k].upos;
      if (u == Upos::kVerb || u == Upos::kAux || v.IsQuote(k) || v.lower[k] == ";") break;
      if (v.lower[k] == ",") {
        start = k + 1;
        break;
      }
    }
  }
  for (uint32_t r = start + 1; r < se && r - start <= 12; ++r) {
    if (IsCommaOrQuote(v, r) || v.lower[r] == ";") break;
    if (IsReportVerbAt(v, r) && !IsBe(v.lower[r - 1]) && r + 2 < se) {
      // "Police arrest seven protesters and reported two officers injured": a clause of
      // its own before the verb is no speaker.
      bool clause = OneOf(v.lower[r - 1], {"and", "but", "or"});
      for (uint32_t k = start; k < r && !clause; ++k) {
        clause = v.doc.tokens[k].upos == Upos::kVerb;
      }
      if (clause) break;
      // "The armed forces announce the arrest of ...": a verb with an object and no clause
      // tells of an act of the speaker's own, not of a report.
      if (TakesObjectNotClause(v, r, sb, se)) break;
      // "Belarus previously said", "Pompeo has stated": the speaker without the adverb or
      // the auxiliary.
      uint32_t end = r;
      while (end > start + 1 && (v.lower[end - 1].ends_with("ly") ||
                                 OneOf(v.lower[end - 1], {"has", "have", "had", "later", "also",
                                                          "again", "earlier", "then"}))) {
        --end;
      }
      return Attribution{start, end, true};
    }
  }
  return std::nullopt;
}

namespace {

// Does a casualty word come before token j ("One man is killed and three injured in")?
bool TollBefore(const DocView& v, uint32_t sb, uint32_t j) {
  for (uint32_t k = sb; k < j; ++k) {
    const std::string_view w = v.lower[k];
    if (w.starts_with("kill") || w.starts_with("injur") || w.starts_with("wound") ||
        OneOf(w, {"dead", "died", "die", "dies"})) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view EventStatus(const DocView& v, uint32_t sb, uint32_t se,
                             const std::vector<TriggerSite>& sites, size_t site, bool future_date) {
  const TriggerSite& t = sites[site];
  const uint32_t i = t.token;
  // Negation right before the trigger: "did not attack", "never met", "no talks", "to
  // avoid house arrest".
  for (uint32_t j = i; j > sb && i - j < 3;) {
    --j;
    if (v.IsPunct(j)) break;
    if (OneOf(v.lower[j], {"not", "n't", "never", "no", "neither", "nor", "banning"})) {
      return "negated";
    }
    // "to avoid house arrest", "escaped the attack"; but "inmates escape during clashes":
    // what follows a preposition is not what is escaped.
    if (OneOf(v.lower[j], {"avoid", "avoids", "avoided", "avoiding", "evade", "evaded", "evading",
                           "escape", "escaped", "escaping"}) &&
        (j + 1 == i || v.doc.tokens[j + 1].upos != Upos::kAdp)) {
      return "negated";
    }
    // "fail to reach agreement", "refused to attend", "Mongolia's refusal to arrest", "have
    // yet to approve"
    if (v.lower[j] == "to" && j > sb &&
        OneOf(v.lower[j - 1],
              {"fail", "fails", "failed", "failing", "failure", "refuse", "refuses", "refused",
               "refusing", "refusal", "decline", "declines", "declined", "declining", "yet"})) {
      return "negated";
    }
    // "rules out supporting a resolution", "ruled out sending troops"
    if (v.lower[j] == "out" && j + 1 == i && j > sb && v.lower[i].ends_with("ing") &&
        OneOf(v.lower[j - 1], {"rule", "rules", "ruled", "ruling"})) {
      return "negated";
    }
    // "a nationwide ban on visits"
    if (v.lower[j] == "on" && j > sb && OneOf(v.lower[j - 1], {"ban", "bans", "moratorium"})) {
      return "negated";
    }
    // "prohibits all airlines from flying to the U.S."
    if (v.lower[j] == "from" && j + 1 == i && v.lower[i].ends_with("ing")) {
      for (uint32_t k = j; k > sb && j - k < 5;) {
        --k;
        const std::string_view w = v.lower[k];
        if (w.starts_with("prohibit") || w.starts_with("ban") || w.starts_with("bar") ||
            w.starts_with("prevent") || w.starts_with("forbid") || w.starts_with("block") ||
            w.starts_with("stop")) {
          return "negated";
        }
      }
    }
  }
  // Allegations: "accused X of doing", "allegedly", "claimed that".
  bool alleged = false;
  for (size_t s = 0; s < site && !alleged; ++s) {
    if (!sites[s].accuse) continue;
    // "accused X of doing", "blamed X for doing" (but "accuses North Korea of using VX,
    // and imposes sanctions", "..., and he called on": a finite verb after "and", or after
    // "and" and a pronoun, opens the accuser's next act).
    static const uint8_t kVbz = XposFromName("VBZ"), kVbd = XposFromName("VBD"),
                         kVbp = XposFromName("VBP");
    for (uint32_t k = sites[s].token + 1; k < i; ++k) {
      alleged |= v.lower[k] == "of" || v.lower[k] == "for";
      if (v.lower[k] != "and") continue;
      const uint32_t n = v.doc.tokens[k + 1].upos == Upos::kPron && k + 2 <= i ? k + 2 : k + 1;
      const uint8_t next = v.doc.tokens[n].xpos;
      if (next == kVbz || next == kVbd || next == kVbp) alleged = false;
    }
  }
  for (uint32_t j = i; j > sb && i - j < 3 && !alleged;) {
    --j;
    alleged = OneOf(v.lower[j], {"allegedly", "alleged", "reportedly"});
  }
  // "the teenager charged for killing two protesters", "suspected of planting the bomb",
  // "on charges of killing".
  for (uint32_t j = i; j > sb + 1 && i - j < 4 && !alleged;) {
    --j;
    alleged = OneOf(v.lower[j], {"with", "of", "for"}) &&
              OneOf(v.lower[j - 1], {"charged", "accused", "suspected", "convicted", "indicted",
                                     "arrested", "jailed", "sentenced", "detained", "charges",
                                     "suspicion", "allegations", "accusations", "trial"});
  }
  for (uint32_t j = sb; j + 1 < i && !alleged; ++j) {
    alleged = OneOf(v.lower[j], {"claimed", "claims", "claim", "alleged", "alleges"}) &&
              v.lower[j + 1] == "that";
  }
  // Denials: "denied sending", "denied that ... attacked", or an allegation that the
  // sentence goes on to deny ("a move that Turkey has denied").
  if (!t.accuse) {
    for (uint32_t j = sb; j < i; ++j) {
      if (!IsDeny(v.lower[j])) continue;
      bool that = i - j <= 3;
      for (uint32_t k = j + 1; k < i && !that; ++k) that = v.lower[k] == "that";
      if (that) return "denied";
    }
    if (alleged) {
      for (uint32_t j = i + 1; j < se; ++j) {
        if (IsDeny(v.lower[j])) return "denied";
      }
    }
  }
  if (alleged) return "alleged";
  // Threats: "threatened to strike", "threatened sanctions".
  if (!t.threaten) {
    // "threatened today to impose": a "to" between the threat and the act.
    for (uint32_t j = i; j > sb && i - j < 6;) {
      --j;
      if (!OneOf(v.lower[j], {"threaten", "threatens", "threatened", "threatening"})) continue;
      for (uint32_t k = j + 1; k < i; ++k) {
        if (v.lower[k] == "to") return "threatened";
      }
      if (i - j <= 3) return "threatened";  // "threatens trade sanctions"
    }
  }
  // "demanding an end to Israel's bombardment", "urging Russia to stop its attacks":
  // what is to end is going on.
  const bool noun = v.doc.tokens[i].upos == Upos::kNoun;
  for (uint32_t j = i; j > sb + 1 && i - j < 5;) {
    --j;
    if (v.lower[j] == "to" && OneOf(v.lower[j - 1], {"end", "halt", "stop"})) return "asserted";
    if (noun && OneOf(v.lower[j], {"stop", "stops", "stopped", "halt", "halts", "halted", "end",
                                   "ends", "ended", "cease", "ceases", "ceased"})) {
      return "asserted";
    }
  }
  // Requests: "urged the sides to hold talks", "called for talks", "demanded the release",
  // "stressed that the sides must withdraw" (but "urged Cambodia to release its citizens
  // arrested after crossing the border": a participle describing a noun tells what
  // happened).
  static const uint8_t kAcl = DeprelFromName("acl"), kPastParticiple = XposFromName("VBN");
  const Token& tok = v.doc.tokens[i];
  // (The tagger may read it as a past tense: an "-ed" form right after a noun counts.)
  const bool after_auxiliary =
      i > sb && OneOf(v.lower[i - 1], {"be", "been", "being", "is", "are", "was", "were"});
  const bool acl_participle = tok.xpos == kPastParticiple && tok.deprel == kAcl &&
                              tok.head >= static_cast<int32_t>(sb) &&
                              tok.head < static_cast<int32_t>(i);
  const bool ed_after_noun =
      i > sb + 1 && v.lower[i].ends_with("ed") &&
      (v.doc.tokens[i - 1].upos == Upos::kNoun || v.doc.tokens[i - 1].upos == Upos::kPropn ||
       (v.lower[i - 1] == "," && v.doc.tokens[i - 2].upos == Upos::kPropn));
  const bool describes_noun = !after_auxiliary && (acl_participle || ed_after_noun);
  if (!t.request && !describes_noun) {
    for (size_t s = 0; s < site; ++s) {
      if (!sites[s].request) continue;
      // "protesters calling for a ceasefire are arrested", "the UN, calling for restraint,
      // condemns the attack": the act the request hangs on is outside what it asks.
      if (Governs(v, i, sites[s].token)) continue;
      if (i - sites[s].token <= 3) return "requested";  // "demanded the release"
      // "urged Russia to return to talks after it withdrew from them": what a subordinate
      // clause tells happened.
      bool subordinate = false;
      for (uint32_t k = sites[s].token + 1; k < i && !subordinate; ++k) {
        subordinate = OneOf(v.lower[k], {"after", "because", "since", "although", "though",
                                         "despite", "while", "when", ";"}) ||
                      (v.lower[k] == "due" && k + 1 < i && v.lower[k + 1] == "to") ||
                      (v.lower[k] == "as" && k + 1 < i && v.lower[k + 1] != "well" &&
                       v.lower[k - 1] != "well");  // "as well as" goes on with the request
      }
      if (subordinate) continue;
      // "demand that the United States release all prisoners"
      const uint32_t r = sites[s].token;
      if (v.lower[r + 1] == "that" && !CommaBetween(v, r + 1, i) &&
          (v.lower[r].starts_with("demand") || v.lower[r].starts_with("insist") ||
           v.lower[r].starts_with("request"))) {
        return "requested";
      }
      for (uint32_t k = r + 1; k < i; ++k) {
        // "urged X to", "called for", "stressed that X must"
        if (OneOf(v.lower[k], {"to", "for", "must", "should"})) return "requested";
      }
    }
  }
  // "a strike on Syria may come within days", "talks could resume": a noun subject of a
  // verb of taking place takes the mood of its modal (and "talks will begin" its future);
  // not what an act is judged to be or bring ("attacks could amount to war crimes", "the
  // blockade will not end").
  static const uint8_t kNsubj = DeprelFromName("nsubj"), kAux = DeprelFromName("aux");
  if (noun && tok.deprel == kNsubj && tok.head > static_cast<int32_t>(i) &&
      tok.head < static_cast<int32_t>(se) &&
      OneOf(v.doc.Lemma(static_cast<uint32_t>(tok.head)),
            {"come", "occur", "happen", "take", "begin", "start", "resume", "proceed", "commence",
             "go", "continue", "materialize", "materialise", "follow"})) {
    for (auto k = static_cast<uint32_t>(tok.head); k > i + 1;) {
      --k;
      if (v.doc.tokens[k].head != tok.head || v.doc.tokens[k].deprel != kAux) continue;
      if (OneOf(v.lower[k], {"could", "would", "might", "may"})) return "hypothetical";
      if (OneOf(v.lower[k], {"will", "'ll", "shall"})) return "future";
    }
  }
  // Hypotheticals: "if", "unless", or a modal right before.
  for (uint32_t j = sb; j < i; ++j) {
    if (OneOf(v.lower[j], {"if", "unless"})) return "hypothetical";
    // "in the event of a Chinese invasion", "in case of an attack"
    if (j + 3 <= i && v.lower[j] == "in" &&
        ((v.lower[j + 1] == "the" && v.lower[j + 2] == "event" && v.lower[j + 3] == "of") ||
         (v.lower[j + 1] == "case" && v.lower[j + 2] == "of"))) {
      return "hypothetical";
    }
  }
  // "is open to holding a trilateral meeting": what one is open to has not happened.
  for (uint32_t j = i; j > sb + 1 && i - j < 6;) {
    --j;
    if (IsClauseBoundary(v, j)) break;
    if (v.lower[j] == "to" && v.lower[j - 1] == "open") return "hypothetical";
  }
  for (uint32_t j = i; j > sb && i - j < 3;) {
    --j;
    if (OneOf(v.lower[j], {"could", "would", "might", "may", "should"})) return "hypothetical";
    // "a potential ceasefire", "a possible attack": not one that took place (but "killed in
    // a possible militant attack" tells of one whose doers are in doubt).
    if (OneOf(v.lower[j], {"potential", "possible"}) && !TollBefore(v, sb, j)) {
      return "hypothetical";
    }
    // "warns the United States against selling weapons to Taiwan": what one is warned
    // against has not happened.
    if (v.lower[j] == "against" && j + 1 == i && v.lower[i].ends_with("ing")) {
      for (uint32_t k = j; k > sb && j - k < 10;) {
        --k;
        if (v.lower[k].starts_with("warn") || v.lower[k].starts_with("caution")) {
          return "hypothetical";
        }
      }
    }
    // "giving Ukraine approval to use long-range missiles": a permission is no act.
    if (v.lower[j] == "to" && j > sb &&
        OneOf(v.lower[j - 1], {"approval", "permission", "authorization", "authorisation"})) {
      return "hypothetical";
    }
    // "an ISIL plot to murder Theresa May": a plotted act has not happened.
    if (v.lower[j] == "to" && j > sb &&
        OneOf(v.lower[j - 1],
              {"plot", "plots", "plotting", "plotted", "conspiracy", "conspiring", "conspired"})) {
      return "hypothetical";
    }
  }
  // Future: "will", "is to", "to be held", "expected to", "ready to", "invited to".
  for (uint32_t j = i; j > sb && i - j < 4;) {
    --j;
    const std::string_view w = v.lower[j];
    // ("warplanes, suspected to be Israeli, strike": a cue set off by a comma is another
    // clause's.)
    if (OneOf(w, {",", ";"})) break;
    // ("preparing a terrorist attack", "planning an offensive": not yet done.)
    // (Not a participle describing another noun: "A planned refugee shelter is set on fire";
    // but "a planned ground invasion".)
    uint32_t k = j + 1;
    while (k < i && (v.doc.tokens[k].upos == Upos::kNoun || v.doc.tokens[k].upos == Upos::kPropn ||
                     v.doc.tokens[k].upos == Upos::kAdj)) {
      ++k;
    }
    const bool describes =
        k > j + 1 && k < i &&
        (v.doc.tokens[k].upos == Upos::kAux || v.doc.tokens[k].upos == Upos::kVerb);
    if (OneOf(w, {"will", "'ll", "shall", "plans", "scheduled", "upcoming"}) ||
        (!describes &&
         OneOf(w, {"planned", "planning", "preparing", "prepares", "plotting", "plotted"}))) {
      return "future";
    }
    if (w == "be" && j > sb && v.lower[j - 1] == "to") return "future";
    // ("due to renewed fighting" gives a cause, "due to meet" a plan.)
    static const uint8_t kBaseVerb = XposFromName("VB");
    const bool due_cause = j > sb && CauseBeforeTo(v.lower[j - 1]) && j + 1 <= i &&
                           v.doc.tokens[j + 1].xpos != kBaseVerb;
    if (w == "to" && j > sb && !due_cause &&
        (OneOf(v.lower[j - 1], {"is", "are", "expected", "due", "going", "set"}) ||
         IsReadinessWord(v.lower[j - 1]))) {
      return "future";
    }
  }
  for (size_t s = 0; s < site; ++s) {
    if (!sites[s].intent) continue;
    for (uint32_t k = sites[s].token + 1; k < i; ++k) {
      // ("forced to flee due to renewed fighting": "due to" gives a cause.)
      if (v.lower[k] == "to" && !CauseBeforeTo(v.lower[k - 1])) return "future";
    }
  }
  if (future_date) return "future";
  return "asserted";
}

}  // namespace dateline::events
