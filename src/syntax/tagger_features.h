// The feature templates of the part-of-speech tagger, shared by the tagger and its
// trainer so that both see exactly the same features.
//
// Thread-safety: pure function.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "syntax/word_features.h"

namespace dateline::syntax {

// Appends to *out the features for word i of `words` given the two previous tags
// (-1 before the sentence start).
void TaggerFeatures(std::span<const WordInfo> words, size_t i, int prev1, int prev2,
                    std::vector<uint64_t>* out);

}  // namespace dateline::syntax
