// The time stage of the pipeline: adds Doc::timexes, every temporal expression in the
// article normalized to a TIMEX3 type/value/mod against the publication date (Doc::date).
// It reads Doc::tokens and Doc::sentences, so it runs after the text stage.
//
// The component owns one TimexTagger (its vocabulary tables are built once, in
// NewTimexComponent()). Process() is const and keeps no state between calls, so one
// instance serves every thread of the pipeline.
#pragma once

#include <memory>

#include "pipeline/component.h"

namespace dateline {

// The rule-based English TIMEX3 tagger (see time/timex_tagger.h for what it covers).
std::unique_ptr<Component> NewTimexComponent();

}  // namespace dateline
