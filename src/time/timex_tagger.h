// TimexTagger: finds temporal expressions in tokenized English news and normalizes them
// to TIMEX3 type/value/mod against the article date, following the TimeML conventions of
// TimeBank/AQUAINT (extents, and value forms such as P20Y for "two decades").
//
// Rules run left to right over each sentence's tokens; at each token the first
// applicable pattern wins and tagging resumes after it. Covered forms: explicit dates
// ("27 September 2020", "Sept. 27, 2020", 27/09/2020, 2020-09-27), months with or
// without a year ("in October", "October 2020", "mid-October", "late-November"), years
// ("since 2014", "the 1987 crash", "nineteen ninety-six"; not counts such as "the 2020
// delegates"), decades and centuries ("the 1980s", "the late 1970s", "the nineties",
// "the 20th century"), weeks ("week 41", "the week of March 6"), weekdays ("on
// Thursday", "last Friday", "Thursday night"), day words ("yesterday", "tomorrow
// morning"), clock times with zones and days ("10 a.m.", "9 a.m. EST Tuesday", "noon
// Thursday"), relative periods ("last week", "next month", "earlier this month", "the
// past two weeks"), "N units ago" at the unit's granularity, seasons, quarters and fiscal
// years ("the third quarter", "Q3 2020", "fiscal 1989", "this year's first quarter"),
// holidays, PRESENT_REF/PAST_REF/FUTURE_REF words, durations with modifiers ("nearly
// three days", "more than a week", "a five year low", "2 1/2 years"), sets ("daily",
// "every Thursday", "each July") and parts of periods ("the end of the year").
//
// Underspecified dates take their direction from the clause (see tense.h): weekdays
// look back unless the clause looks ahead; a month or day-month without a year is the
// nearest one unless the clause points the other way. Expressions that count from the
// narrative ("a year earlier", "the previous day", "that day", "the year-earlier
// quarter") count from the last calendar value mentioned in the document, else from the
// article date ("a year earlier" after a day named by its date is that day a year back;
// the closing day of a quarter, "the quarter ended Sept. 30", leaves the quarter as the
// reference; "N units ago" counts from the article and moves no reference); bare clock
// times fall on the last mentioned day. Cost is linear in the
// tokens: one hash probe per token plus bounded look-ahead.
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
