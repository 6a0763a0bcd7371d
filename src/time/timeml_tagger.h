// TimemlTagger: runs the text (and optionally the syntax) and time stages on the TEXT of
// a TimeML document, with its DCT as the article date, and returns the expressions as
// TIMEX3 spans into that text — what `dateline timeml` writes and `dateline eval timex`
// scores.
//
// Thread-safety: immutable after construction; Tag() may run concurrently.
#pragma once

#include <memory>
#include <vector>

#include "base/status.h"
#include "pipeline/component.h"
#include "time/timeml.h"
#include "time/timex_tagger.h"

namespace dateline::timex {

class TimemlTagger {
 public:
  // `syntax`, when given, runs between the text and time stages, as in the standard
  // pipeline, so that the tagger can read part-of-speech tags.
  explicit TimemlTagger(std::unique_ptr<Component> syntax = nullptr);

  Result<std::vector<TimemlTimex>> Tag(const TimemlDoc& doc) const;

 private:
  std::unique_ptr<Component> text_;
  std::unique_ptr<Component> syntax_;
  TimexTagger tagger_;
};

}  // namespace dateline::timex
