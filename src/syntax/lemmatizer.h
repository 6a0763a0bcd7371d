// Lemmatizer: word + UPOS -> lemma by suffix-edit rules learned from a treebank.
//
// A rule says "optionally lowercase, strip k bytes, append s" (running -> strip 3 ->
// run; mice -> strip 3, append "ouse"). A known word takes the rule it most often took
// in training (looked up by exact form + UPOS, then lowercase form + UPOS); an unknown
// word takes the most frequent rule of its longest known lowercase suffix (up to 6 bytes)
// under its UPOS, else the identity.
//
// Thread-safety: immutable after Parse(); Lemmatize() may run on many threads at once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "doc/tagsets.h"
#include "learn/key_index.h"

namespace dateline::syntax {

struct LemmaRule {
  bool lower = false;
  uint8_t strip = 0;
  std::string append;
};

class Lemmatizer {
 public:
  struct KeyRule {
    uint64_t key = 0;
    uint32_t rule = 0;
    uint32_t pad = 0;
  };

  Lemmatizer() = default;
  Lemmatizer(std::vector<LemmaRule> rules, std::vector<KeyRule> words,
             std::vector<KeyRule> suffixes);

  // Appends the lemma of `form` (tagged `upos`) to *out.
  void Lemmatize(std::string_view form, Upos upos, std::string* out) const;

  // True when the treebank had the lowercase form `lower` with this part of speech.
  bool Knows(std::string_view lower, Upos upos) const {
    return words_index_.Find(words_, WordKey(lower, upos, true)) != nullptr;
  }

  std::string Serialize() const;
  static Result<Lemmatizer> Parse(std::string_view bytes, const std::string& context);

  // Lookup keys, shared with the trainer.
  static uint64_t WordKey(std::string_view form, Upos upos, bool lowered);
  static uint64_t SuffixKey(std::string_view lower_suffix, Upos upos);
  static constexpr size_t kMaxSuffix = 6;

 private:
  void BuildIndexes();
  std::vector<LemmaRule> rules_;
  std::vector<KeyRule> words_, suffixes_;  // sorted by key
  learn::KeyIndex words_index_, suffixes_index_;
};

}  // namespace dateline::syntax
