// JSON Lines: one article per line, as an object {"date", "text", "title"?, "id"?,
// "source"?, "url"?}.
//
// "date" is "YYYY-MM-DD", optionally followed by a time ("2020-10-08T09:30:00Z"); "text"
// is the body; "id" may be a string or an integer; unknown keys are ignored. A line that
// is not valid UTF-8 is decoded like a seed-format file (windows-1252 or repair) before
// parsing. Each line is parsed and validated on its own (simdjson DOM, error codes), so
// one bad line becomes one Rejection and the other lines are still read.
//
// Thread-safety: a JsonLinesParser is used by one thread at a time (it reuses buffers);
// IsBlankLine is pure.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "read/reader.h"

namespace dateline::reading {

// True if `line` holds only whitespace; the reader skips such lines.
bool IsBlankLine(std::string_view line);

class JsonLinesParser {
 public:
  JsonLinesParser();
  ~JsonLinesParser();
  JsonLinesParser(const JsonLinesParser&) = delete;
  JsonLinesParser& operator=(const JsonLinesParser&) = delete;

  // Parses `line` (without its newline; a trailing CR is ignored), the `line_number`-th
  // line of `path`. The Doc's path is "path:line_number"; a Rejection names `path` and
  // `line_number`. ReadItem::bytes is the line's size.
  ReadItem Parse(std::string_view line, const std::string& path, uint64_t line_number);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dateline::reading
