#include "time/tense.h"

#include <array>
#include <string_view>

namespace dateline::timex {
namespace {

constexpr size_t kWindow = 12;

// -ed words that are not past-tense verbs, or are mostly adjectives in news.
constexpr std::array<std::string_view, 22> kNotPast = {
    "indeed",       "need",      "speed",         "proceed",     "exceed",   "succeed",
    "hundred",      "breed",     "bleed",         "united",      "based",    "armed",
    "alleged",      "concerned", "related",       "detailed",    "advanced", "limited",
    "unrecognized", "so-called", "unprecedented", "unidentified"};

enum class Cue { kNone, kFuture, kPast, kStop };

// "are invited", "will be held", "was not invited", "the injured": a participle that is
// passive or adjectival, not a past tense.
bool IsParticipleUse(const std::vector<TokenInfo>& t, size_t sb, size_t j) {
  for (size_t k = j, steps = 0; k > sb && steps < 2; ++steps) {
    --k;
    const TokenInfo& p = t[k];
    if (p.word && p.word->tense == TenseCue::kBe) return true;
    if (p.lower == "the" || p.lower == "a" || p.lower == "an") return true;
    const bool adverb = p.lower.size() > 3 && p.lower.ends_with("ly");
    if (!adverb && p.lower != "not" && p.lower != "n't") break;
  }
  return false;
}

bool IsEdPast(const std::vector<TokenInfo>& t, size_t sb, size_t j) {
  const std::string_view w = t[j].lower;
  if (t[j].kind != TokenKind::kWord || w.size() < 5 || !w.ends_with("ed")) return false;
  for (std::string_view x : kNotPast) {
    if (w == x) return false;
  }
  return !IsParticipleUse(t, sb, j);
}

// "has met", "had not been": a participle after a form of "have".
bool AfterHave(const std::vector<TokenInfo>& t, size_t sb, size_t j) {
  for (size_t k = j, steps = 0; k > sb && steps < 3; ++steps) {
    --k;
    const std::string_view w = t[k].lower;
    if (w == "has" || w == "have" || w == "had" || w == "'ve" || w == "'d") return true;
    const bool skip =
        w == "not" || w == "n't" || w == "been" || (w.size() > 3 && w.ends_with("ly"));
    if (!skip) break;
  }
  return false;
}

// The cue of a token the syntax stage tagged and the word lists do not cover: a past
// tense (VBD) looks back, and so does a participle that is not passive ("shares issued
// July 1", "has met"). A present tense is no cue: news uses it for schedules ("the
// ministers meet Monday") as much as for states that began earlier.
Cue TaggedCue(const std::vector<TokenInfo>& t, size_t sb, size_t j) {
  switch (t[j].verb) {
    case VerbForm::kPast:
      return Cue::kPast;
    case VerbForm::kParticiple:
      return IsParticipleUse(t, sb, j) ? Cue::kNone : Cue::kPast;
    default:
      return Cue::kNone;
  }
}

// Verbs of threatening or promising, future cues before "to".
bool IsPledge(std::string_view w) {
  return w == "threatens" || w == "threaten" || w == "vows" || w == "pledges" || w == "promises";
}

// Is there a "to" and a verb within a few tokens before token `by`, in its clause ("to
// end the war by")? A determiner after "to" makes it a preposition ("to the border by").
bool InfinitiveBefore(const std::vector<TokenInfo>& t, size_t sb, size_t by) {
  constexpr size_t kReach = 6;
  for (size_t j = by; j > sb && by - j < kReach;) {
    --j;
    if (t[j].lower == "," || (t[j].word && t[j].word->tense == TenseCue::kBoundary)) return false;
    if (t[j].lower != "to" || j + 1 >= by) continue;
    const TokenInfo& next = t[j + 1];
    if (next.capitalized || next.verb == VerbForm::kPast || next.verb == VerbForm::kParticiple) {
      continue;
    }
    const std::string_view w = next.lower;
    if (w != "the" && w != "a" && w != "an" && w != "its" && w != "their" && w != "his" &&
        w != "her") {
      return true;
    }
  }
  return false;
}

// "calls for", "calling for": is token j a present appeal for something?
bool CallsFor(const std::vector<TokenInfo>& t, size_t j, size_t end) {
  const std::string_view w = t[j].lower;
  return (w == "call" || w == "calls" || w == "calling") && j + 1 < end && t[j + 1].lower == "for";
}

// Is a demand or an appeal ("demanding", "calls for", "urges") within a few tokens before
// token `by`, in its clause?
bool DemandBefore(const std::vector<TokenInfo>& t, size_t sb, size_t by) {
  constexpr size_t kReach = 8;
  for (size_t j = by; j > sb && by - j < kReach;) {
    --j;
    if (t[j].lower == "," || (t[j].word && t[j].word->tense == TenseCue::kBoundary)) return false;
    const std::string_view w = t[j].lower;
    if (w.starts_with("demand") || w.starts_with("urg") || CallsFor(t, j, by)) return true;
  }
  return false;
}

Cue CueAt(const std::vector<TokenInfo>& t, size_t sb, size_t se, size_t j) {
  const TokenInfo& tok = t[j];
  const bool tagged = tok.verb != VerbForm::kUntagged;
  // "calls for a general strike on Monday": what a present appeal asks for is to come (a
  // past one may be dated itself: "called for a ceasefire on Monday"; "urges" is a future
  // cue among the date words).
  if (CallsFor(t, j, se)) return Cue::kFuture;
  if (tok.word) {
    const std::string_view w = tok.lower;
    switch (tok.word->tense) {
      case TenseCue::kBoundary:
        return Cue::kStop;
      case TenseCue::kFuture: {
        const bool after_be = j > sb && t[j - 1].word && t[j - 1].word->tense == TenseCue::kBe;
        const bool after_to = j > sb && t[j - 1].lower == "to";
        const bool before_to = j + 1 < se && t[j + 1].lower == "to";
        // "had been due to expire Friday", "had been scheduled to expire at midnight
        // Friday": the deadline has passed.
        if (j >= sb + 2 && t[j - 1].lower == "been" && t[j - 2].lower == "had") return Cue::kPast;
        // "is expected", "talks expected to occur on Thursday"; but "due to the storm".
        if (w == "expected" && !after_be && !before_to) return Cue::kNone;
        if (w == "due" && !after_be) return Cue::kNone;
        if (w == "going" && !before_to) return Cue::kNone;
        if (w == "arrive" && !after_to) return Cue::kNone;
        // "threatens to strike on Friday", "vows to respond by Monday": what is
        // threatened or promised is to come; not "the threatens" of a headline noun.
        if ((w == "plan" || w == "plans" || w == "planning" || w == "set" || IsPledge(w)) &&
            !before_to) {
          return Cue::kNone;
        }
        if (w == "next" && before_to) return Cue::kNone;  // "next to the embassy"
        // "a memorial service planned for Saturday was canceled": a participle after a
        // noun names the plan, not when the clause happens.
        if (tok.verb == VerbForm::kParticiple && !after_be && !AfterHave(t, sb, j) &&
            (w == "planned" || w == "scheduled")) {
          return Cue::kNone;
        }
        return Cue::kFuture;
      }
      case TenseCue::kPast:
        return IsParticipleUse(t, sb, j) ? Cue::kNone : Cue::kPast;
      case TenseCue::kBe:
        return (j + 1 < se && t[j + 1].lower == "to") ? Cue::kFuture : Cue::kNone;
      case TenseCue::kReport:
        // A reporting verb is neutral, except that its past form still dates the clause
        // the way any other -ed form does ("reported on Monday").
        return IsEdPast(t, sb, j) ? Cue::kPast : Cue::kNone;
      case TenseCue::kNone:
        break;
    }
  }
  if (tagged) return TaggedCue(t, sb, j);
  return IsEdPast(t, sb, j) ? Cue::kPast : Cue::kNone;
}

bool IsPastReport(const TokenInfo& t) {
  if (!t.word || t.word->tense != TenseCue::kReport) return false;
  const std::string_view w = t.lower;
  return w.ends_with("ed") || w == "said" || w == "told";
}

}  // namespace

Direction ClauseDirection(const std::vector<TokenInfo>& tokens, size_t sentence_begin,
                          size_t sentence_end, size_t begin, size_t end) {
  // An expression right next to a past reporting verb dates the report: "said on
  // Monday it will ...", "Putin on Monday said".
  size_t left = begin;
  if (left > sentence_begin && tokens[left - 1].lower == "on") --left;
  if (left > sentence_begin && IsPastReport(tokens[left - 1])) return Direction::kPast;
  if (end < sentence_end && IsPastReport(tokens[end])) return Direction::kPast;

  // "until Tuesday", "as early as Tuesday", "as soon as Tuesday": a deadline or a
  // prospect, ahead of the report.
  if (left > sentence_begin) {
    const std::string_view prev = tokens[left - 1].lower;
    // A fronted "Until Thursday, they had not ..." looks back from the report instead.
    if ((prev == "until" || prev == "till") && left - 1 > sentence_begin) {
      return Direction::kFuture;
    }
    // "a deal to end the war by Tuesday morning", "demanding the resignation of Imran Khan
    // by Sunday": a deadline of an act still to come.
    if (prev == "by" && (InfinitiveBefore(tokens, sentence_begin, left - 1) ||
                         DemandBefore(tokens, sentence_begin, left - 1))) {
      return Direction::kFuture;
    }
    if (prev == "as" && left >= sentence_begin + 3 && tokens[left - 3].lower == "as" &&
        (tokens[left - 2].lower == "early" || tokens[left - 2].lower == "soon")) {
      return Direction::kFuture;
    }
  }

  // A future cue earlier in the clause wins: "planned a rally ... on Saturday", "said he
  // will begin withdrawing troops on Friday".
  for (size_t j = begin; j > sentence_begin && begin - j < kWindow;) {
    --j;
    const Cue cue = CueAt(tokens, sentence_begin, sentence_end, j);
    if (cue == Cue::kStop) break;
    if (cue == Cue::kFuture) return Direction::kFuture;
  }
  bool left_open = true, right_open = true;
  for (size_t d = 1; d <= kWindow && (left_open || right_open); ++d) {
    // Left first: "said it will meet on Friday" and "met on Friday" both read leftwards.
    if (left_open) {
      if (begin < sentence_begin + d) {
        left_open = false;
      } else {
        switch (CueAt(tokens, sentence_begin, sentence_end, begin - d)) {
          case Cue::kFuture:
            return Direction::kFuture;
          case Cue::kPast:
            return Direction::kPast;
          case Cue::kStop:
            left_open = false;
            break;
          case Cue::kNone:
            break;
        }
      }
    }
    if (right_open) {
      const size_t j = end + d - 1;
      if (j >= sentence_end) {
        right_open = false;
      } else if (IsPledge(tokens[j].lower)) {
        // "following the execution on Saturday, threatens to destroy": what is threatened
        // is ahead of the threat, not of a day named before it.
      } else {
        switch (CueAt(tokens, sentence_begin, sentence_end, j)) {
          case Cue::kFuture:
            return Direction::kFuture;
          case Cue::kPast:
            return Direction::kPast;
          case Cue::kStop:
            right_open = false;
            break;
          case Cue::kNone:
            break;
        }
      }
    }
  }
  return Direction::kUnknown;
}

}  // namespace dateline::timex
