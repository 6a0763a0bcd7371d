// EventWriter: renders stored events for `dateline events` and the HTTP API, as a JSON
// array (PRODUCT.md's event objects plus the article they came from), CSV (RFC 4180,
// with a header row) or TSV (tabs and newlines inside fields become spaces). The CSV
// and TSV columns form a flat, GDELT-like table: one row an event.
//
// Rows are appended one at a time, so large results stream. Not thread-safe: one
// writer per output.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "query/event_query.h"

namespace dateline {

enum class EventFormat { kJson, kCsv, kTsv };

// Parses "json", "csv" or "tsv".
bool ParseEventFormat(std::string_view name, EventFormat* format);

class EventWriter {
 public:
  EventWriter(EventFormat format, std::string* out) : format_(format), out_(out) {}
  void Begin();
  void Add(const EventRow& row);
  void End();

 private:
  void Field(std::string_view value, bool last = false);
  EventFormat format_;
  std::string* out_;
  bool first_ = true;
};

}  // namespace dateline
