// Event queries: the stored events that match a filter on date, actor, country, PLOVER
// type and the text of their sentence, with the article and sentence they came from.
//
// Dates are compared on the day span an event's date covers: an event dated "2020-10-08"
// matches from=2020-10-01 to=2020-10-31; one dated "2020-10" (month precision) matches
// only when the range covers all of October. Results come in event-date order (events
// without a date last), then in article and event order, so they are stable across runs.
//
// Thread-safety: the functions use the Store's connection; the Store rule applies (one
// thread at a time).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "doc/doc.h"
#include "store/store.h"

namespace dateline {

struct EventFilter {
  std::string from, to;  // YYYY-MM-DD, inclusive, on the event date; empty: open
  std::string actor;     // actor code prefix on source or target: "RUS" matches RUSGOV
  std::string country;   // ISO 3166 alpha-3 (or IGO code) of source or target
  std::string type;      // PLOVER event type, e.g. PROTEST
  std::string text;      // full-text query on its sentence (fts_query.h); blank: any
  int64_t limit = 0;     // 0: no limit
  int64_t offset = 0;
};

struct EventRow {
  std::string article_id, article_date, article_title;
  uint32_t event_idx = 0;     // position of the event in its article
  std::string sentence_text;  // the sentence the event was coded from
  Event event;                // trigger_token is not stored and reads as 0
};

// Calls fn for each matching event in order; fn returns false to stop early.
Status ForEachEvent(Store& store, const EventFilter& filter,
                    const std::function<bool(const EventRow&)>& fn);
// All matching events (up to filter.limit).
Result<std::vector<EventRow>> QueryEvents(Store& store, const EventFilter& filter);

}  // namespace dateline
