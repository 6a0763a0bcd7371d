// Query arguments: the checks and error wording shared by the query functions, so that a
// bad date or a bad search query reads the same everywhere.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace dateline {

// OK when value is empty or a real YYYY-MM-DD date; InvalidInput naming `what` otherwise.
Status CheckDate(std::string_view value, std::string_view what);
// OK unless both dates are given and from is after to.
Status CheckDateRange(std::string_view from, std::string_view to);
// Rewords an SQL failure that happened while running a full-text query: FTS5 errors
// become InvalidInput naming the user's query; other errors are returned unchanged.
Status SearchFailure(const Status& s, std::string_view user_query);

}  // namespace dateline
