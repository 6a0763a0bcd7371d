// TimeML documents: the reader and writer for the TempEval-3 file format, so the time
// stage can be trained, scored and compared with other taggers on TimeBank/AQUAINT.
//
// A TimeML file holds a document creation time (<DCT><TIMEX3 ... value=...>), the raw
// article inside <TEXT>…</TEXT> and, in gold files, inline annotations (TIMEX3, EVENT,
// SIGNAL) in that text. ParseTimeml() keeps the text with every tag removed and entities
// decoded, and the TIMEX3 annotations as byte spans into that text; WriteTimeml() puts a
// set of TIMEX3 spans back inline, producing a file the official TempEval-3 scorer reads.
// The parser is a small scanner for this one format, not a general XML parser.
//
// Thread-safety: pure functions over plain values.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_date.h"
#include "base/status.h"

namespace dateline::timex {

// One TIMEX3 annotation; start/end are byte offsets into TimemlDoc::text.
struct TimemlTimex {
  uint32_t start = 0, end = 0;
  std::string tid;
  std::string type;   // DATE TIME DURATION SET
  std::string value;  // TIMEX3 value
  std::string mod;    // empty when absent
};

struct TimemlDoc {
  std::string name;                  // file name without directory and without .tml / .TE3input
  std::string dct_value;             // the DCT TIMEX3 value, e.g. 1998-01-08 or 1998-01-08T18:30
  CivilDate dct;                     // its date part; invalid when the file has none
  std::string dct_type;              // the DCT TIMEX3 type (DATE or TIME)
  std::string head;                  // the file up to and including <TEXT> (verbatim), for writing
  std::string text;                  // the TEXT content: tags removed, entities decoded
  std::vector<TimemlTimex> timexes;  // TIMEX3 inside TEXT, in text order
};

// Parses the content of a TimeML file; `path` only names the file in error messages.
Result<TimemlDoc> ParseTimeml(std::string_view content, std::string_view path);

// Reads and parses a file.
Result<TimemlDoc> ReadTimemlFile(const std::string& path);

// The TimeML file for `doc` with `timexes` (non-overlapping, any order) inline in its
// TEXT; tids are renumbered t1, t2, ... in text order. The DCT and header are kept.
std::string WriteTimeml(const TimemlDoc& doc, std::vector<TimemlTimex> timexes);

// "A &amp; B" -> "A & B" (the five XML entities and numeric references).
std::string DecodeEntities(std::string_view s);
// "A & B" -> "A &amp; B" for text content.
std::string EscapeXml(std::string_view s);

}  // namespace dateline::timex
