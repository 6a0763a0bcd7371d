#include "events/doc_view.h"

#include <algorithm>

namespace dateline::events {

bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

DocView::DocView(const Doc& d) : doc(d), lower_body(d.body) {
  for (char& c : lower_body) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  const size_t n = d.tokens.size();
  lower.reserve(n);
  for (const Token& t : d.tokens) {
    lower.push_back(std::string_view(lower_body).substr(t.byte_start, t.byte_end - t.byte_start));
  }
  timex_at.assign(n, -1);
  for (size_t k = 0; k < d.timexes.size(); ++k) {
    for (uint32_t i = d.timexes[k].token_begin; i < d.timexes[k].token_end && i < n; ++i) {
      timex_at[i] = static_cast<int32_t>(k);
    }
  }
  entity_at.assign(n, -1);
  for (size_t k = 0; k < d.entities.size(); ++k) {
    for (uint32_t i = d.entities[k].token_begin; i < d.entities[k].token_end && i < n; ++i) {
      entity_at[i] = static_cast<int32_t>(k);
    }
  }
  // Quotations: straight quotes toggle, curly quotes open and close; a paragraph
  // break closes whatever is open, so one unbalanced quote cannot swallow the article.
  in_quote.assign(n, 0);
  bool open = false;
  uint32_t paragraph = 0;
  size_t s = 0;
  for (uint32_t i = 0; i < n; ++i) {
    while (s < d.sentences.size() && d.sentences[s].token_end <= i) ++s;
    if (s < d.sentences.size() && d.sentences[s].paragraph != paragraph) {
      paragraph = d.sentences[s].paragraph;
      open = false;
    }
    const std::string_view t = lower[i];
    if (t == "\"") {
      open = !open;
    } else if (t == "\xE2\x80\x9C" || t == "\xC2\xAB") {  // “ «
      open = true;
    } else if (t == "\xE2\x80\x9D" || t == "\xC2\xBB") {  // ” »
      open = false;
    } else {
      in_quote[i] = open ? 1 : 0;
    }
  }
}

bool DocView::IsQuote(uint32_t i) const {
  const std::string_view t = lower[i];
  return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D" || t == "\xC2\xAB" ||
         t == "\xC2\xBB";
}

}  // namespace dateline::events
