#include "read/json_lines.h"

#include <simdjson.h>

#include <optional>

#include "read/article_text.h"
#include "read/encoding.h"
#include "read/file_io.h"

namespace dateline::reading {
namespace {

constexpr size_t kSnippetChars = 40;

std::string_view TypeName(simdjson::dom::element_type type) {
  using T = simdjson::dom::element_type;
  switch (type) {
    case T::ARRAY:
      return "an array";
    case T::OBJECT:
      return "an object";
    case T::INT64:
    case T::UINT64:
    case T::DOUBLE:
      return "a number";
    case T::STRING:
      return "a string";
    case T::BOOL:
      return "a boolean";
    case T::NULL_VALUE:
      return "null";
  }
  return "a value";
}

// Reads optional string field `key` into *out. Absent and null leave *out empty; numbers
// are accepted when `allow_number` (ids). Returns a rejection reason, or nullopt.
std::optional<std::string> OptionalString(const simdjson::dom::object& obj, std::string_view key,
                                          bool allow_number, std::string* out) {
  simdjson::dom::element value;
  if (obj.at_key(key).get(value) != simdjson::SUCCESS || value.is_null()) return std::nullopt;
  std::string_view text;
  if (value.get_string().get(text) == simdjson::SUCCESS) {
    out->assign(text);
    return std::nullopt;
  }
  int64_t i = 0;
  uint64_t u = 0;
  if (allow_number && value.get_int64().get(i) == simdjson::SUCCESS) {
    *out = std::to_string(i);
    return std::nullopt;
  }
  if (allow_number && value.get_uint64().get(u) == simdjson::SUCCESS) {
    *out = std::to_string(u);
    return std::nullopt;
  }
  std::string reason = "\"";
  reason.append(key).append("\" is ").append(TypeName(value.type()));
  reason.append(allow_number ? ", not a string or an integer" : ", not a string");
  return reason;
}

}  // namespace

bool IsBlankLine(std::string_view line) {
  for (const char c : line) {
    if (!IsAsciiSpace(c)) return false;
  }
  return true;
}

struct JsonLinesParser::Impl {
  simdjson::dom::parser parser;
  std::string padded;  // the line followed by simdjson's padding
};

JsonLinesParser::JsonLinesParser() : impl_(std::make_unique<Impl>()) {}
JsonLinesParser::~JsonLinesParser() = default;

ReadItem JsonLinesParser::Parse(std::string_view line, const std::string& path,
                                uint64_t line_number) {
  ReadItem item;
  item.bytes = line.size();
  auto reject = [&](std::string reason) {
    item.rejection = Rejection{path, line_number, std::move(reason)};
    return std::move(item);
  };
  if (line.ends_with('\r')) line.remove_suffix(1);
  if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);

  std::vector<std::string> notes;
  std::string converted;
  if (!simdjson::validate_utf8(line.data(), line.size())) {
    DecodedText decoded = DecodeToUtf8(line);
    converted = std::move(decoded.text);
    notes = std::move(decoded.notes);
    line = converted;
  }

  std::string& padded = impl_->padded;
  padded.assign(line);
  padded.append(simdjson::SIMDJSON_PADDING, '\0');
  simdjson::dom::element root;
  if (const auto error = impl_->parser.parse(padded.data(), line.size(), false).get(root)) {
    return reject(std::string("invalid JSON: ") + simdjson::error_message(error));
  }
  simdjson::dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS) {
    return reject("expected a JSON object, found " + std::string(TypeName(root.type())));
  }

  simdjson::dom::element date_value;
  if (obj.at_key("date").get(date_value) != simdjson::SUCCESS) return reject("missing \"date\"");
  std::string_view date_text;
  if (date_value.get_string().get(date_text) != simdjson::SUCCESS) {
    return reject("\"date\" is " + std::string(TypeName(date_value.type())) +
                  ", not a string \"YYYY-MM-DD\"");
  }
  const std::optional<CivilDate> date = ParsePublicationDate(date_text);
  if (!date) {
    return reject("invalid date '" + QuoteSnippet(date_text, kSnippetChars) + "' in \"date\"");
  }

  simdjson::dom::element text_value;
  if (obj.at_key("text").get(text_value) != simdjson::SUCCESS) return reject("missing \"text\"");
  std::string_view text;
  if (text_value.get_string().get(text) != simdjson::SUCCESS) {
    return reject("\"text\" is " + std::string(TypeName(text_value.type())) + ", not a string");
  }
  if (Trim(text).empty()) return reject("empty body: \"text\" is blank");

  Doc doc;
  doc.date = *date;
  doc.body.assign(text);
  for (auto reason :
       {OptionalString(obj, "title", false, &doc.title), OptionalString(obj, "id", true, &doc.id),
        OptionalString(obj, "source", false, &doc.source),
        OptionalString(obj, "url", false, &doc.url)}) {
    if (reason) return reject(*std::move(reason));
  }
  const std::string_view id = Trim(doc.id);
  if (id.size() != doc.id.size()) doc.id = std::string(id);
  doc.path = path + ":" + std::to_string(line_number);
  doc.notes = std::move(notes);
  FinishDoc(&doc);
  item.doc = std::move(doc);
  return item;
}

}  // namespace dateline::reading

namespace dateline {

ReadItem ParseJsonLine(std::string_view line, const std::string& path, uint64_t line_number,
                       const ReadOptions& options) {
  if (line.size() > options.max_bytes) {
    ReadItem item;
    item.rejection =
        Rejection{path, line_number, reading::TooLargeReason(options.max_bytes, line.size())};
    item.bytes = line.size();
    return item;
  }
  reading::JsonLinesParser parser;
  return parser.Parse(line, path, line_number);
}

}  // namespace dateline
