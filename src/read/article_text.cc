#include "read/article_text.h"

#include <xxhash.h>

#include "base/utf8.h"

namespace dateline::reading {
namespace {

constexpr size_t kMaxHeadlineChars = 200;
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// True if `line` ends like a sentence: with . ! ? : ; , or …, possibly followed by
// closing quotes (a headline may end with a quotation, a sentence ends with a full stop).
bool EndsLikeSentence(std::string_view line) {
  static constexpr std::string_view kClosingQuotes[] = {"\"", "'", "\u201D" /* ” */,
                                                        "\u2019" /* ’ */, "\u00BB" /* » */};
  static constexpr std::string_view kEnders[] = {".", "!", "?", ":", ";", ",", "\u2026" /* … */};
  bool stripped = true;
  while (stripped) {
    stripped = false;
    for (std::string_view q : kClosingQuotes) {
      if (line.ends_with(q)) {
        line.remove_suffix(q.size());
        stripped = true;
      }
    }
  }
  for (std::string_view e : kEnders) {
    if (line.ends_with(e)) return true;
  }
  return false;
}

bool IsBlankLine(std::string_view line) { return Trim(line).empty(); }

}  // namespace

std::string NormalizeNewlines(std::string text) {
  if (text.find('\r') == std::string::npos) return text;
  size_t out = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      text[out++] = '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      text[out++] = text[i];
    }
  }
  text.resize(out);
  return text;
}

std::string_view Trim(std::string_view text) {
  while (true) {
    if (!text.empty() && IsAsciiSpace(text.front())) {
      text.remove_prefix(1);
    } else if (text.starts_with(kNoBreakSpace)) {
      text.remove_prefix(kNoBreakSpace.size());
    } else {
      break;
    }
  }
  while (true) {
    if (!text.empty() && IsAsciiSpace(text.back())) {
      text.remove_suffix(1);
    } else if (text.ends_with(kNoBreakSpace)) {
      text.remove_suffix(kNoBreakSpace.size());
    } else {
      break;
    }
  }
  return text;
}

std::optional<CivilDate> ParsePublicationDate(std::string_view s) {
  if (s.size() < 10) return std::nullopt;
  for (size_t i = 0; i < 10; ++i) {
    const bool ok = (i == 4 || i == 7) ? s[i] == '-' : IsDigit(s[i]);
    if (!ok) return std::nullopt;
  }
  if (s.size() > 10) {
    // A time may follow: "T08:30", " 08:30:00", "T08:30:00Z", ...
    const char sep = s[10];
    if ((sep != 'T' && sep != ' ') || s.size() < 13 || !IsDigit(s[11]) || !IsDigit(s[12])) {
      return std::nullopt;
    }
  }
  return CivilDate::Parse(s.substr(0, 10));
}

std::string_view HeadlineOf(std::string_view body) {
  const size_t eol = body.find('\n');
  if (eol == std::string_view::npos) return {};
  // The next line must be blank, with more text after it.
  const size_t next_eol = body.find('\n', eol + 1);
  if (next_eol == std::string_view::npos || !IsBlankLine(body.substr(eol + 1, next_eol - eol - 1)))
    return {};
  if (Trim(body.substr(next_eol)).empty()) return {};

  const std::string_view line = Trim(body.substr(0, eol));
  if (line.empty() || utf8::CountCodePoints(line) > kMaxHeadlineChars) return {};
  // A line ending with a parenthesized source, "... in Iraq (BBC)", is a summary.
  if (EndsLikeSentence(line) || line.ends_with(')') || line.ends_with(']')) return {};
  return line;
}

std::string ContentHash(const CivilDate& date, std::string_view body) {
  std::string input = date.ToString();
  input.push_back('\n');
  input.append(body);
  const XXH128_hash_t hash = XXH3_128bits(input.data(), input.size());
  XXH128_canonical_t canonical;
  XXH128_canonicalFromHash(&canonical, hash);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * sizeof(canonical.digest));
  for (const unsigned char b : canonical.digest) {
    hex.push_back(kHex[b >> 4]);
    hex.push_back(kHex[b & 15]);
  }
  return hex;
}

void FinishDoc(Doc* doc) {
  doc->body = NormalizeNewlines(std::move(doc->body));
  const std::string_view body = Trim(doc->body);
  if (body.size() != doc->body.size()) doc->body = std::string(body);

  std::string title = NormalizeNewlines(std::move(doc->title));
  for (char& c : title) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  const std::string_view trimmed = Trim(title);
  doc->title = trimmed.empty() ? std::string(HeadlineOf(doc->body)) : std::string(trimmed);

  doc->content_hash = ContentHash(doc->date, doc->body);
  if (doc->id.empty()) doc->id = doc->content_hash.substr(0, 16);
}

std::string QuoteSnippet(std::string_view text, size_t max_chars) {
  std::string out;
  size_t pos = 0;
  size_t chars = 0;
  while (pos < text.size() && chars < max_chars) {
    const size_t start = pos;
    const char32_t cp = utf8::Decode(text, &pos);
    if (cp < 0x20 || cp == 0x7F) {
      out.push_back(' ');
    } else if (cp == utf8::kReplacement) {
      utf8::Append(cp, &out);
    } else {
      out.append(text.substr(start, pos - start));
    }
    ++chars;
  }
  if (pos < text.size()) out += "...";
  return out;
}

}  // namespace dateline::reading
