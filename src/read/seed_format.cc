// The seed format: an optional byte order mark and leading whitespace, the word "date",
// whitespace and the publication date YYYY-MM-DD; then the body, starting on the same
// line after whitespace or on the following lines. An optional "title: ..." line may
// come right after the header (when the body does not start on the header line).

#include <string>
#include <string_view>

#include "read/article_text.h"
#include "read/encoding.h"
#include "read/file_io.h"
#include "read/reader.h"

namespace dateline {
namespace {

constexpr size_t kSnippetChars = 40;

bool IsHorizontalSpace(char c) { return c == ' ' || c == '\t'; }

bool StartsWithWord(std::string_view text, std::string_view word) {
  if (text.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return true;
}

std::string_view LineAt(std::string_view text, size_t pos) {
  const size_t eol = text.find('\n', pos);
  return text.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
}

ReadItem Reject(const std::string& path, uint64_t line, std::string reason, uint64_t bytes) {
  ReadItem item;
  item.rejection = Rejection{path, line, std::move(reason)};
  item.bytes = bytes;
  return item;
}

}  // namespace

ReadItem ParseArticle(std::string_view bytes, const std::string& path, const ReadOptions& options) {
  const uint64_t size = bytes.size();
  if (size > options.max_bytes) {
    return Reject(path, 0, reading::TooLargeReason(options.max_bytes, size), size);
  }
  Result<reading::DecodedText> decoded = reading::DecodeText(bytes);
  if (!decoded.ok()) return Reject(path, 0, decoded.status().message(), size);
  const std::string text = reading::NormalizeNewlines(std::move(decoded->text));
  const std::string_view t = text;

  // Leading whitespace, counting lines.
  size_t pos = 0;
  uint64_t line = 1;
  while (pos < t.size()) {
    if (t[pos] == '\n') {
      ++line;
    } else if (!reading::IsAsciiSpace(t[pos])) {
      break;
    }
    ++pos;
  }
  if (pos == t.size()) {
    return Reject(path, 0,
                  std::string("expected a 'date YYYY-MM-DD' header, found ") +
                      (t.empty() ? "an empty file" : "only whitespace"),
                  size);
  }
  const uint64_t header_line = line;
  auto no_header = [&] {
    return Reject(path, header_line,
                  "expected a 'date YYYY-MM-DD' header, found '" +
                      reading::QuoteSnippet(LineAt(t, pos), kSnippetChars) + "'",
                  size);
  };

  // "date", an optional colon, whitespace, the date.
  size_t p = pos;
  if (!StartsWithWord(t.substr(p), "date")) return no_header();
  p += 4;
  const bool colon = p < t.size() && t[p] == ':';
  if (colon) ++p;
  const size_t spaces_start = p;
  while (p < t.size() && IsHorizontalSpace(t[p])) ++p;
  if ((p == spaces_start && !colon) || p == t.size() || t[p] == '\n') return no_header();
  const size_t date_start = p;
  while (p < t.size() && !reading::IsAsciiSpace(t[p])) ++p;
  const std::string_view date_text = t.substr(date_start, p - date_start);
  const std::optional<CivilDate> date = reading::ParsePublicationDate(date_text);
  if (!date) {
    return Reject(
        path, header_line,
        "invalid date '" + reading::QuoteSnippet(date_text, kSnippetChars) + "' in header", size);
  }

  Doc doc;
  doc.path = path;
  doc.date = *date;
  doc.notes = std::move(decoded->notes);

  // The body: on the header line, or on the following lines after an optional title.
  while (p < t.size() && IsHorizontalSpace(t[p])) ++p;
  size_t body_start = p;
  if (p == t.size() || t[p] == '\n') {
    size_t q = p;
    while (q < t.size() && reading::IsAsciiSpace(t[q])) ++q;
    while (q > p && t[q - 1] != '\n') --q;  // back to the start of the first non-blank line
    const std::string_view first = LineAt(t, q);
    const std::string_view trimmed = reading::Trim(first);
    if (StartsWithWord(trimmed, "title:")) {
      doc.title = std::string(reading::Trim(trimmed.substr(6)));
      body_start = q + first.size();
    }
  }
  doc.body = std::string(reading::Trim(t.substr(body_start)));
  if (doc.body.empty()) {
    return Reject(path, header_line, "empty body: no text after the 'date' header", size);
  }
  reading::FinishDoc(&doc);

  ReadItem item;
  item.doc = std::move(doc);
  item.bytes = size;
  return item;
}

}  // namespace dateline
