// PhraseDictionary: maps multi-token phrases ("United States", "Nagorno-Karabakh", "U.S.")
// to values and finds, at a token position, the longest phrase that starts there.
//
// Phrases are tokenized with the pipeline's own tokenizer, so a phrase matches exactly
// when the text tokenizes the same way; the key of a token sequence is its token texts
// joined by one space where the text had whitespace, so "Russia 's" and "Russia's"
// never collide. Matching is case-sensitive. Every proper prefix of a phrase is stored
// as well, so a scan stops at the first token that cannot continue any phrase: most
// tokens cost a single hash probe.
//
// Thread-safety: Add() during construction only; afterwards LongestMatch() may be
// called concurrently (callers pass their own scratch buffer).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "doc/doc.h"

namespace dateline::entities {

class PhraseDictionary {
 public:
  static constexpr uint32_t kNoValue = UINT32_MAX;

  // Adds `phrase` with `value`. The first value added for a phrase wins; returns false
  // if the phrase was already present (or tokenizes to nothing).
  bool Add(std::string_view phrase, uint32_t value);

  // The value of the longest phrase starting at token i and ending by `end`, with its
  // end token through *match_end; kNoValue if none. `scratch` is reused between calls.
  uint32_t LongestMatch(const Doc& doc, uint32_t i, uint32_t end, uint32_t* match_end,
                        std::string* scratch) const;

  // The value of a phrase given as its key (one token's text: "Saudi"), or kNoValue.
  uint32_t Find(std::string_view key) const;

  size_t phrase_count() const { return phrases_; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Key -> value; kNoValue marks a key that is only a prefix of longer phrases.
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> keys_;
  size_t phrases_ = 0;
  uint32_t max_tokens_ = 0;
};

}  // namespace dateline::entities
