#include "query/fts_query.h"

#include <fmt/core.h>

#include <vector>

namespace dateline {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// True if s holds a letter or a digit (any non-ASCII byte counts: it belongs to a
// non-ASCII character, which the tokenizer may index).
bool Searchable(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      return true;
    }
  }
  return false;
}

std::string Quote(std::string_view s, bool prefix) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  if (prefix) out.push_back('*');
  return out;
}

}  // namespace

Result<std::string> ToFtsQuery(std::string_view text) {
  std::vector<std::vector<std::string>> groups;  // AND of ORs
  std::vector<std::string> excluded;
  bool pending_or = false;
  bool last_was_positive = false;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    while (i < n && IsSpace(text[i])) ++i;
    if (i >= n) break;
    bool negated = false;
    if (text[i] == '-' && i + 1 < n && !IsSpace(text[i + 1])) {
      negated = true;
      ++i;
    }
    std::string_view term;
    bool prefix = false;
    bool quoted = false;
    if (text[i] == '"') {
      quoted = true;
      const size_t close = text.find('"', i + 1);
      const size_t end = close == std::string_view::npos ? n : close;
      term = text.substr(i + 1, end - i - 1);
      i = close == std::string_view::npos ? n : close + 1;
      if (i < n && text[i] == '*') {
        prefix = true;
        ++i;
      }
    } else {
      const size_t start = i;
      while (i < n && !IsSpace(text[i])) ++i;
      term = text.substr(start, i - start);
      while (term.size() > 1 && term.back() == '*') {
        prefix = true;
        term.remove_suffix(1);
      }
    }
    if (!quoted && !negated && (term == "OR" || term == "AND")) {
      if (term == "OR" && last_was_positive) pending_or = true;
      continue;
    }
    if (!Searchable(term)) continue;
    std::string q = Quote(term, prefix);
    if (negated) {
      excluded.push_back(std::move(q));
      pending_or = false;
      last_was_positive = false;
      continue;
    }
    if (pending_or && !groups.empty()) {
      groups.back().push_back(std::move(q));
    } else {
      groups.push_back({std::move(q)});
    }
    pending_or = false;
    last_was_positive = true;
  }
  if (groups.empty()) {
    return Status::InvalidInput(
        fmt::format("search query '{}' has no words to look for (excluded words need at least "
                    "one word to keep)",
                    text));
  }
  std::string out;
  for (const auto& g : groups) {
    if (!out.empty()) out += " AND ";
    if (g.size() == 1) {
      out += g[0];
      continue;
    }
    out += "(";
    for (size_t k = 0; k < g.size(); ++k) {
      if (k > 0) out += " OR ";
      out += g[k];
    }
    out += ")";
  }
  if (!excluded.empty()) {
    out = "(" + out + ")";
    for (const std::string& x : excluded) out += " NOT " + x;
  }
  return out;
}

}  // namespace dateline
