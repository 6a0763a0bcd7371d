// Event columns: the SELECT list that reads a stored event back into an Event, shared by
// the queries that return events (event_query.h, article.h).
//
// Thread-safety: pure functions over a statement the caller owns.
#pragma once

#include "doc/doc.h"
#include "store/sqlite.h"

namespace dateline {

// Columns of the events table aliased `e`, in the order ReadEvent expects them.
inline constexpr char kEventColumns[] =
    "e.type, e.cameo, e.mode, e.source_text, e.source_code, e.source_country, e.source_role, "
    "e.target_text, e.target_code, e.target_country, e.target_role, e.trigger_text, "
    "e.sentence, e.date, e.date_precision, e.location_text, e.location_name, "
    "e.location_country, e.lat, e.lon, e.killed_min, e.killed_exact, e.injured_min, "
    "e.injured_exact, e.victims, e.status, e.attributed_text, e.attributed_code, e.mentions, "
    "e.missing_min, e.missing_exact, e.detained_min, e.detained_exact, e.running_total";
inline constexpr int kEventColumnCount = 34;

// Reads the kEventColumns starting at column `first` of the current row.
Event ReadEvent(const sqlite::Statement& st, int first);

}  // namespace dateline
