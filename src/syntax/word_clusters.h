// WordClusters: distributional word classes learned from unlabelled news, used as
// features by the tagger, the parser and the entity recognizer so that a word seen
// rarely (or never) in the annotated data shares weights with words used like it.
//
// Each known lowercase word has classes at three granularities (fine, mid, coarse;
// numbered from 1) and a capitalization class (1..5: the share of its occurrences inside
// a sentence that are capitalized, in fifths); 0 means unknown. The table is stored as a section of
// each model file that uses it.
//
// Thread-safety: immutable after Parse(); lookups may run on many threads at once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "learn/key_index.h"

namespace dateline::syntax {

class WordClusters {
 public:
  struct Entry {
    uint64_t key = 0;  // hash of the lowercase word
    uint16_t fine = 0, coarse = 0, mid = 0;
    uint16_t capitalized = 0;  // 1..5: how often the word is capitalized inside a sentence
  };

  WordClusters() = default;
  explicit WordClusters(std::vector<Entry> entries);

  // Looks up by the lowercase-word hash (WordInfo::lower); null when unknown.
  const Entry* Find(uint64_t lower_hash) const;
  bool empty() const { return entries_.empty(); }
  size_t size() const { return entries_.size(); }

  std::string Serialize() const;
  static Result<WordClusters> Parse(std::string_view bytes, const std::string& context);

 private:
  std::vector<Entry> entries_;  // sorted by key
  learn::KeyIndex index_;
};

// Reads word classes from a "clusters" model file: section "clusters" (a large
// vocabulary, for the entity recognizer) or "frequent" (frequent words only, which the
// tagger and the parser do better with).
Result<WordClusters> LoadClusters(const std::string& path, std::string_view section = "clusters");

}  // namespace dateline::syntax
