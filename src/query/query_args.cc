#include "query/query_args.h"

#include <fmt/core.h>

#include "base/civil_date.h"

namespace dateline {

Status CheckDate(std::string_view value, std::string_view what) {
  if (value.empty() || CivilDate::Parse(value)) return Status::OK();
  return Status::InvalidInput(fmt::format("{}: expected a date YYYY-MM-DD, got '{}'", what, value));
}

Status CheckDateRange(std::string_view from, std::string_view to) {
  Status s = CheckDate(from, "from");
  if (s.ok()) s = CheckDate(to, "to");
  if (s.ok() && !from.empty() && !to.empty() && from > to) {
    s = Status::InvalidInput(
        fmt::format("date range {} to {} is empty (from is after to)", from, to));
  }
  return s;
}

Status SearchFailure(const Status& s, std::string_view user_query) {
  if (s.ok()) return s;
  const std::string& m = s.message();
  if (m.find("fts5") != std::string::npos || m.find("malformed MATCH") != std::string::npos) {
    return Status::InvalidInput(
        fmt::format("search query '{}' could not be run: {}", user_query, m));
  }
  return s;
}

}  // namespace dateline
