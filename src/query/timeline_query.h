// QueryTimeline: a timeline for a full-text query over the store — the dated sentences
// that match (query/dated_sentences.h) fed to BuildTimeline (query/timeline.h).
//
// Articles published up to a week before `from` and a month after `to` are read too,
// since they may name dates inside the range; the timeline's dates always lie in it.
//
// Thread-safety: uses the Store's connection; the Store rule applies.
#pragma once

#include <string_view>
#include <vector>

#include "base/status.h"
#include "query/timeline.h"
#include "store/store.h"

namespace dateline {

Result<std::vector<TimelineEntry>> QueryTimeline(Store& store, std::string_view query,
                                                 const TimelineOptions& options);

}  // namespace dateline
