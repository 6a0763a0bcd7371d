// JsonWriter: a small streaming JSON writer that appends to a std::string.
//
// Used for every JSON the engine emits (annotate lines, query results, the HTTP API).
// It escapes strings per RFC 8259 and inserts commas itself; the caller only nests
// Begin/End calls correctly. Not thread-safe; one writer per output string.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  // Writes an object key; the next call writes its value.
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view s);
  // Writes null when s is empty.
  JsonWriter& StringOrNull(std::string_view s);
  JsonWriter& Int(int64_t v);
  JsonWriter& Double(double v);
  JsonWriter& Bool(bool v);
  JsonWriter& Null();
  // Inserts already-serialized JSON as a value.
  JsonWriter& Raw(std::string_view json);

  static void AppendEscaped(std::string_view s, std::string* out);

 private:
  void Separate();
  std::string* out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

}  // namespace dateline
