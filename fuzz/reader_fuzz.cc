// Fuzzes the readers of untrusted input: the seed format, JSON Lines records and gzip.
// Beyond the sanitizers, checks the promises the reader makes about what it returns.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "read/gzip.h"
#include "read/json_lines.h"
#include "read/reader.h"

namespace {

using dateline::ReadItem;

void Require(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "broken promise: %s\n", what);
    std::abort();
  }
}

void CheckItem(const ReadItem& item) {
  Require(item.doc.has_value() != item.rejection.has_value(), "exactly one of doc/rejection");
  if (item.rejection) {
    Require(!item.rejection->reason.empty(), "rejection has a reason");
    return;
  }
  const dateline::Doc& doc = *item.doc;
  Require(!doc.body.empty(), "body not empty");
  Require(dateline::utf8::IsValid(doc.body), "body is valid UTF-8");
  Require(dateline::utf8::IsValid(doc.title), "title is valid UTF-8");
  Require(doc.body.find('\r') == std::string::npos, "body has LF line ends");
  Require(doc.body.back() != ' ' && doc.body.back() != '\n', "body trimmed");
  Require(doc.date.valid(), "date is valid");
  Require(doc.content_hash.size() == 32, "content hash has 32 hex digits");
  Require(!doc.id.empty(), "id not empty");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dateline::ReadOptions options;
  options.max_bytes = 1 << 20;

  CheckItem(dateline::ParseArticle(bytes, "fuzz.txt", options));

  dateline::reading::JsonLinesParser parser;
  uint64_t line_number = 0;
  size_t pos = 0;
  while (pos <= bytes.size()) {
    size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos) eol = bytes.size();
    const std::string_view line = bytes.substr(pos, eol - pos);
    ++line_number;
    if (!dateline::reading::IsBlankLine(line)) {
      CheckItem(parser.Parse(line, "fuzz.jsonl", line_number));
    }
    pos = eol + 1;
  }

  const dateline::Result<std::string> plain = dateline::reading::Gunzip(bytes, 1 << 20);
  if (plain.ok()) {
    Require(plain->size() <= (1 << 20), "gunzip respects its limit");
    CheckItem(dateline::ParseArticle(*plain, "fuzz.txt.gz", options));
  }
  return 0;
}
