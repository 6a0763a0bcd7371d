// TimexEval: TempEval-3 Task A scoring of temporal expressions — how well predicted
// TIMEX3 spans match gold ones (strict: same extent; relaxed: overlapping extents) and,
// over the relaxed matches, how often their value and type agree.
//
// Value F1 and type F1 follow TempEval-3: attribute accuracy over the relaxed matches
// times relaxed F1. Each gold and each predicted expression takes part in at most one
// match (predictions matched in text order to the first unmatched overlapping gold).
// Counts add up across documents, so the overall figures are micro-averaged.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <string>
#include <vector>

#include "time/timeml.h"

namespace dateline::timex {

struct TimexCounts {
  int gold = 0, pred = 0;
  int strict = 0;   // predictions with exactly the gold extent
  int relaxed = 0;  // predictions overlapping a gold extent (one-to-one)
  int value = 0;    // relaxed matches with the gold value
  int type = 0;     // relaxed matches with the gold type

  TimexCounts& operator+=(const TimexCounts& o);

  double StrictPrecision() const;
  double StrictRecall() const;
  double StrictF1() const;
  double RelaxedPrecision() const;
  double RelaxedRecall() const;
  double RelaxedF1() const;
  double ValueAccuracy() const;  // over relaxed matches
  double TypeAccuracy() const;
  double ValueF1() const;  // ValueAccuracy() * RelaxedF1()
  double TypeF1() const;
};

// One relaxed match (indexes into the gold and predicted lists) — for error analysis.
struct TimexMatch {
  int gold = -1, pred = -1;  // -1: unmatched
};

// Scores `pred` against `gold` (spans into the same text).
TimexCounts ScoreTimexes(const std::vector<TimemlTimex>& gold, const std::vector<TimemlTimex>& pred,
                         std::vector<TimexMatch>* matches = nullptr);

// "strict P 0.912 R 0.880 F1 0.896 | relaxed ... | value F1 ... | type F1 ..." style lines.
std::string FormatCounts(const TimexCounts& c);

}  // namespace dateline::timex
