// DocView: what the event coder reads about a document, precomputed once per document —
// lower-cased token texts, which tokens lie inside quotations, and which timex and
// entity (if any) covers each token — so that the per-trigger rules are cheap lookups.
//
// Thread-safety: a DocView is built and used by one call; it borrows the Doc.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "doc/doc.h"

namespace dateline::events {

struct DocView {
  explicit DocView(const Doc& doc);

  const Doc& doc;
  std::string lower_body;               // doc.body with ASCII letters lower-cased
  std::vector<std::string_view> lower;  // per token, into lower_body
  std::vector<uint8_t> in_quote;        // per token: inside a quotation
  std::vector<int32_t> timex_at;        // per token: index into doc.timexes, or -1
  std::vector<int32_t> entity_at;       // per token: index into doc.entities, or -1

  uint32_t size() const { return static_cast<uint32_t>(lower.size()); }
  bool Is(uint32_t i, std::string_view w) const { return i < lower.size() && lower[i] == w; }
  bool IsPunct(uint32_t i) const { return doc.tokens[i].kind == TokenKind::kPunctuation; }
  bool IsQuote(uint32_t i) const;
  // Is token i a preposition that opens a date ("on Tuesday", "on 9 October")?
  bool OpensDate(uint32_t i) const {
    return lower[i] == "on" && i + 1 < timex_at.size() && timex_at[i + 1] >= 0;
  }
};

// Whether `w` is one of `words` (the event rules' word lists).
bool OneOf(std::string_view w, std::initializer_list<std::string_view> words);

}  // namespace dateline::events
