// The feature templates of the named-entity recognizer, shared by the recognizer and
// its trainer: word, lowercase form, shape, affixes, flags, word classes and name-list
// bits of a five-word window, the two previous BIO tags, and whether the sentence is set in
// capitals (a headline), in which case case-sensitive features are left out.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "syntax/word_features.h"

namespace dateline::entities {

// True when most letters of the sentence are capitals (headline or shouting text).
bool MostlyCapitals(std::span<const syntax::WordInfo> words);

// What the recognizer knows of a word beyond its text: name-list bits (NerGazetteer)
// and the part of speech (Upos id, 0 when untagged).
struct NerWordContext {
  uint32_t gaz = 0;
  uint32_t upos = 0;
};

// ctx: one entry per word, or empty.
void NerFeatures(std::span<const syntax::WordInfo> words, std::span<const NerWordContext> ctx,
                 bool capitals, size_t i, int prev1, int prev2, std::vector<uint64_t>* out);

}  // namespace dateline::entities
