#include "entities/phrase_dictionary.h"

#include <vector>

#include "text/tokenizer.h"

namespace dateline::entities {

bool PhraseDictionary::Add(std::string_view phrase, uint32_t value) {
  std::vector<Token> tokens;
  Tokenize(phrase, &tokens);
  if (tokens.empty()) return false;
  std::string key;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (k > 0 && t.space_before) key.push_back(' ');
    key.append(phrase.substr(t.byte_start, t.byte_end - t.byte_start));
    const bool last = k + 1 == tokens.size();
    auto [it, inserted] = keys_.try_emplace(key, last ? value : kNoValue);
    if (last) {
      if (!inserted && it->second != kNoValue) return false;
      it->second = value;
    }
  }
  if (tokens.size() > max_tokens_) max_tokens_ = static_cast<uint32_t>(tokens.size());
  ++phrases_;
  return true;
}

uint32_t PhraseDictionary::LongestMatch(const Doc& doc, uint32_t i, uint32_t end,
                                        uint32_t* match_end, std::string* scratch) const {
  uint32_t best = kNoValue;
  scratch->clear();
  for (uint32_t j = i; j < end && j - i < max_tokens_; ++j) {
    if (j > i && doc.tokens[j].space_before) scratch->push_back(' ');
    scratch->append(doc.TokenText(j));
    auto it = keys_.find(std::string_view(*scratch));
    if (it == keys_.end()) break;
    if (it->second != kNoValue) {
      best = it->second;
      *match_end = j + 1;
    }
  }
  return best;
}

uint32_t PhraseDictionary::Find(std::string_view key) const {
  auto it = keys_.find(key);
  return it == keys_.end() ? kNoValue : it->second;
}

}  // namespace dateline::entities
