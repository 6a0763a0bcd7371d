#include "time/timeml.h"

#include <fmt/core.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/utf8.h"

namespace dateline::timex {
namespace {

size_t LineOf(std::string_view s, size_t offset) {
  return 1 + static_cast<size_t>(
                 std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Decodes the entity starting at s[0] == '&' into *out; returns its length or 0.
size_t DecodeEntityAt(std::string_view s, std::string* out) {
  const size_t semi = s.find(';');
  if (semi == std::string_view::npos || semi > 10) return 0;
  const std::string_view name = s.substr(1, semi - 1);
  if (name == "amp") {
    out->push_back('&');
  } else if (name == "lt") {
    out->push_back('<');
  } else if (name == "gt") {
    out->push_back('>');
  } else if (name == "quot") {
    out->push_back('"');
  } else if (name == "apos") {
    out->push_back('\'');
  } else if (name.size() >= 2 && name[0] == '#') {
    uint32_t cp = 0;
    const bool hex = name[1] == 'x' || name[1] == 'X';
    for (size_t i = hex ? 2 : 1; i < name.size(); ++i) {
      const char c = name[i];
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      if (d < 0 || cp > 0x10FFFF) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    }
    utf8::Append(static_cast<char32_t>(cp), out);
  } else {
    return 0;
  }
  return semi + 1;
}

// The value of attribute `name` in a tag's text (`<TIMEX3 tid="t1" ...>`), decoded.
std::string Attribute(std::string_view tag, std::string_view name) {
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    const bool word_start = pos > 0 && (tag[pos - 1] == ' ' || tag[pos - 1] == '\t' ||
                                        tag[pos - 1] == '\n' || tag[pos - 1] == '\r');
    size_t k = pos + name.size();
    while (k < tag.size() && tag[k] == ' ') ++k;
    if (!word_start || k >= tag.size() || tag[k] != '=') {
      pos += name.size();
      continue;
    }
    ++k;
    while (k < tag.size() && tag[k] == ' ') ++k;
    if (k >= tag.size() || (tag[k] != '"' && tag[k] != '\'')) return {};
    const char quote = tag[k];
    const size_t close = tag.find(quote, k + 1);
    if (close == std::string_view::npos) return {};
    return DecodeEntities(tag.substr(k + 1, close - k - 1));
  }
  return {};
}

bool TagNameIs(std::string_view tag, std::string_view name) {
  // tag is "<NAME ...>" or "</NAME>"; compares NAME.
  size_t k = 1;
  if (k < tag.size() && tag[k] == '/') ++k;
  if (tag.substr(k, name.size()) != name) return false;
  const size_t after = k + name.size();
  return after < tag.size() && (tag[after] == '>' || tag[after] == ' ' || tag[after] == '/' ||
                                tag[after] == '\n' || tag[after] == '\t' || tag[after] == '\r');
}

std::string BaseName(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  std::string name(slash == std::string_view::npos ? path : path.substr(slash + 1));
  if (name.ends_with(".TE3input")) name.resize(name.size() - 9);
  if (name.ends_with(".tml")) name.resize(name.size() - 4);
  return name;
}

}  // namespace

std::string DecodeEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      const size_t n = DecodeEntityAt(s.substr(i), &out);
      if (n > 0) {
        i += n - 1;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

std::string EscapeXml(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

Result<TimemlDoc> ParseTimeml(std::string_view content, std::string_view path) {
  TimemlDoc doc;
  doc.name = BaseName(path);

  // The document creation time.
  if (const size_t dct = content.find("<DCT>"); dct != std::string_view::npos) {
    const size_t open = content.find("<TIMEX3", dct);
    const size_t dct_end = content.find("</DCT>", dct);
    if (open != std::string_view::npos && (dct_end == std::string_view::npos || open < dct_end)) {
      const size_t close = content.find('>', open);
      if (close == std::string_view::npos) {
        return Status::InvalidInput(
            fmt::format("{}:{}: unterminated TIMEX3 tag in DCT", path, LineOf(content, open)));
      }
      const std::string_view tag = content.substr(open, close - open + 1);
      doc.dct_value = Attribute(tag, "value");
      doc.dct_type = Attribute(tag, "type");
      if (doc.dct_value.size() >= 10) {
        if (auto d = CivilDate::Parse(std::string_view(doc.dct_value).substr(0, 10))) doc.dct = *d;
      }
      if (!doc.dct.valid()) {
        return Status::InvalidInput(
            fmt::format("{}:{}: expected a DCT value YYYY-MM-DD…, found '{}'", path,
                        LineOf(content, open), doc.dct_value));
      }
    }
  }

  size_t text_open = content.find("<TEXT");
  while (text_open != std::string_view::npos && !TagNameIs(content.substr(text_open, 7), "TEXT")) {
    text_open = content.find("<TEXT", text_open + 1);
  }
  if (text_open == std::string_view::npos) {
    return Status::InvalidInput(fmt::format("{}:1: expected a <TEXT> element", path));
  }
  const size_t text_start = content.find('>', text_open);
  const size_t text_end = content.find("</TEXT>", text_open);
  if (text_start == std::string_view::npos || text_end == std::string_view::npos) {
    return Status::InvalidInput(
        fmt::format("{}:{}: <TEXT> is not closed", path, LineOf(content, text_open)));
  }
  doc.head = std::string(content.substr(0, text_start + 1));

  const std::string_view body = content.substr(text_start + 1, text_end - text_start - 1);
  doc.text.reserve(body.size());
  std::vector<size_t> open_timexes;  // indexes into doc.timexes
  for (size_t i = 0; i < body.size();) {
    const char c = body[i];
    if (c == '<') {
      const size_t close = body.find('>', i);
      if (close == std::string_view::npos) {
        return Status::InvalidInput(
            fmt::format("{}:{}: unterminated tag", path, LineOf(content, text_start + 1 + i)));
      }
      const std::string_view tag = body.substr(i, close - i + 1);
      if (TagNameIs(tag, "TIMEX3")) {
        if (tag[1] == '/') {
          if (open_timexes.empty()) {
            return Status::InvalidInput(fmt::format("{}:{}: </TIMEX3> without an opening tag", path,
                                                    LineOf(content, text_start + 1 + i)));
          }
          doc.timexes[open_timexes.back()].end = static_cast<uint32_t>(doc.text.size());
          open_timexes.pop_back();
        } else {
          TimemlTimex t;
          t.start = t.end = static_cast<uint32_t>(doc.text.size());
          t.tid = Attribute(tag, "tid");
          t.type = Attribute(tag, "type");
          t.value = Attribute(tag, "value");
          t.mod = Attribute(tag, "mod");
          doc.timexes.push_back(std::move(t));
          if (tag[tag.size() - 2] != '/') open_timexes.push_back(doc.timexes.size() - 1);
        }
      }
      i = close + 1;
      continue;
    }
    if (c == '&') {
      const size_t n = DecodeEntityAt(body.substr(i), &doc.text);
      if (n > 0) {
        i += n;
        continue;
      }
    }
    doc.text.push_back(c);
    ++i;
  }
  if (!open_timexes.empty()) {
    return Status::InvalidInput(
        fmt::format("{}:{}: <TIMEX3> not closed before </TEXT>", path, LineOf(content, text_end)));
  }
  return doc;
}

Result<TimemlDoc> ReadTimemlFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(fmt::format("{}: cannot open", path));
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError(fmt::format("{}: read error", path));
  return ParseTimeml(ss.str(), path);
}

std::string WriteTimeml(const TimemlDoc& doc, std::vector<TimemlTimex> timexes) {
  std::sort(timexes.begin(), timexes.end(),
            [](const TimemlTimex& a, const TimemlTimex& b) { return a.start < b.start; });
  std::string out = doc.head;
  size_t pos = 0;
  int tid = 1;
  for (const TimemlTimex& t : timexes) {
    if (t.start < pos || t.end <= t.start || t.end > doc.text.size()) continue;
    out += EscapeXml(std::string_view(doc.text).substr(pos, t.start - pos));
    out += fmt::format("<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\"", tid++, EscapeXml(t.type),
                       EscapeXml(t.value));
    if (!t.mod.empty()) out += fmt::format(" mod=\"{}\"", EscapeXml(t.mod));
    out += " temporalFunction=\"false\" functionInDocument=\"NONE\">";
    out += EscapeXml(std::string_view(doc.text).substr(t.start, t.end - t.start));
    out += "</TIMEX3>";
    pos = t.end;
  }
  out += EscapeXml(std::string_view(doc.text).substr(pos));
  out += "</TEXT>\n\n</TimeML>\n";
  return out;
}

}  // namespace dateline::timex
