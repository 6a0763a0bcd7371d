// The events stage of the pipeline: adds Doc::events — PLOVER-typed events with CAMEO
// codes, source and target actors, the date the event happened, location, casualties,
// status and attribution. It reads tokens, sentences, timexes and entities, so it runs
// after the text, time and entities stages.
//
// The trigger and role tables are built once, in NewEventComponent(); Process() is const
// and keeps no state between calls, so one instance serves every thread of the pipeline.
#pragma once

#include <memory>

#include "pipeline/component.h"

namespace dateline {

// The rule-based event coder (see events/event_coder.h).
std::unique_ptr<Component> NewEventComponent();

}  // namespace dateline
