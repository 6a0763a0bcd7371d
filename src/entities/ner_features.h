// The feature templates of the named-entity recognizer, shared by the recognizer and
// its trainer. Emission features describe a word in its window (words, shapes, affixes,
// flags, word classes, name-list bits, parts of speech); transition features conjoin a
// few of them with the label of the previous word, so a first-order Viterbi search can
// score every label pair. When the sentence is set in capitals or title case (a
// headline), case-sensitive features are left out.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "syntax/word_features.h"

namespace dateline::entities {

// True when most words of the sentence are in capitals (headline or shouting text) or
// every word longer than three letters is capitalized (a headline in title case): case
// then says little about names.
bool MostlyCapitals(std::span<const syntax::WordInfo> words);

// What the recognizer knows of a word beyond its text: name-list bits (NerGazetteer),
// the known name covering it and the part of speech (Upos id, 0 when untagged).
struct NerWordContext {
  uint32_t gaz = 0;
  uint32_t upos = 0;
  uint32_t phrase = 0;  // NerGazetteer::Mark: kinds and position of a known name
};

// ctx: one entry per word, or empty.
void NerEmissionFeatures(std::span<const syntax::WordInfo> words,
                         std::span<const NerWordContext> ctx, bool capitals, size_t i,
                         std::vector<uint64_t>* out);
// Features of word i given the label id of the previous word (-1 at the start).
void NerTransitionFeatures(std::span<const syntax::WordInfo> words,
                           std::span<const NerWordContext> ctx, bool capitals, size_t i, int prev,
                           std::vector<uint64_t>* out);

}  // namespace dateline::entities
