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
  uint32_t doc = 0;     // NerDocBit: what the rest of the document says of the word
};

// Evidence from the other occurrences of a word (case-blind) in the same document.
enum NerDocBit : uint32_t {
  kDocCapitalized = 1,  // written capitalized elsewhere, not first in its sentence
  kDocLowercase = 2,    // written in lowercase elsewhere
  // The first pass's labels of the other occurrences (see AddNerLabelHistory).
  kDocPer = 4,
  kDocOrg = 8,
  kDocLoc = 16,
  kDocSurfaceBits = kDocCapitalized | kDocLowercase,
};

// One sentence of a document: its words, their contexts (filled in) and, for the label
// history, the entity type of each word from a first pass (0 = none, else a kDocPer,
// kDocOrg or kDocLoc bit).
struct NerDocSentence {
  std::span<const syntax::WordInfo> words;
  std::span<NerWordContext> ctx;
  std::span<const uint32_t> types;
};

// Sets the kDocCapitalized and kDocLowercase bits of every word of the document's
// sentences (ctx must be sized); with `history`, the type bits from the other
// occurrences' types instead (their previous type bits are replaced).
void AddNerDocumentEvidence(std::span<const NerDocSentence> doc, bool history);

// ctx: one entry per word, or empty.
void NerEmissionFeatures(std::span<const syntax::WordInfo> words,
                         std::span<const NerWordContext> ctx, bool capitals, size_t i,
                         std::vector<uint64_t>* out);
// Features of word i given the label id of the previous word (-1 at the start).
void NerTransitionFeatures(std::span<const syntax::WordInfo> words,
                           std::span<const NerWordContext> ctx, bool capitals, size_t i, int prev,
                           std::vector<uint64_t>* out);

}  // namespace dateline::entities
