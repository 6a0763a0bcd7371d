// TimexTagger: finds temporal expressions in tokenized English news and normalizes them
// to TIMEX3 type/value/mod against the article date.
//
// Rules run left to right over each sentence's tokens; at each token the longest
// applicable pattern wins and tagging resumes after it. Covered forms: explicit dates
// ("27 September 2020", "Sept. 27, 2020", 27/09/2020, 2020-09-27), months with or
// without a year ("in October", "October 2020", "mid-October"), years after a
// preposition or position word ("since 2014", "late 2019"), decades ("the 1980s"),
// weekdays ("on Thursday", "last Friday", "Thursday night"), day words ("yesterday",
// "tomorrow morning"), relative periods ("last week", "next month", "earlier this
// month", "the past two weeks"), "N days/weeks/months/years ago", seasons, quarters
// ("the third quarter", "Q3 2020"), clock
// times ("10 a.m."), PRESENT_REF/PAST_REF/FUTURE_REF words, and durations ("three
// days", "a three-day truce", "for years"). Underspecified dates take their direction
// from the clause (see tense.h). Cost is linear in the tokens: one hash probe per token
// plus bounded look-ahead.
//
// Thread-safety: immutable after construction; Tag() may run concurrently.
#pragma once

#include <vector>

#include "doc/doc.h"
#include "time/date_words.h"

namespace dateline::timex {

class TimexTagger {
 public:
  TimexTagger() = default;

  // Appends the temporal expressions found in doc (which must be tokenized; a doc
  // without sentences is treated as one sentence) to *out, in token order. Expressions
  // never overlap. Uses doc.date as the anchor; with an invalid date, only expressions
  // that need no anchor (explicit dates, durations) are normalized.
  void Tag(const Doc& doc, std::vector<Timex>* out) const;

  const DateWords& words() const { return words_; }

 private:
  DateWords words_;
};

}  // namespace dateline::timex
