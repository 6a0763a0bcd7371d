// WordInfo: the hashed, context-free description of one word that the sequence models
// (tagger, parser, entity recognizer) build their features from: its form, lowercase
// form, affixes, word shape and a few orthographic flags.
//
// Describing a word hashes its strings once; every feature template then combines
// these hashes without touching text again.
//
// Thread-safety: pure functions over their arguments.
#pragma once

#include "base/ascii.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace dateline::syntax {

enum WordFlag : uint8_t {
  kInitUpper = 1,
  kAllUpper = 2,
  kHasDigit = 4,
  kAllDigit = 8,
  kHasHyphen = 16,
  kHasPeriod = 32,
  kNoLetter = 64,
};

struct WordInfo {
  uint64_t form = 0;                       // exact form
  uint64_t lower = 0;                      // ASCII-lowercased form
  uint64_t prefix[3] = {};                 // lowercase prefixes of 1..3 bytes (0 when shorter)
  uint64_t suffix[4] = {};                 // lowercase suffixes of 1..4 bytes
  uint64_t shape = 0;                      // e.g. "Xx", "dd.d", "X.X."
  uint8_t flags = 0;                       // WordFlag bits
  uint8_t length = 0;                      // min(byte length, 255)
  uint16_t fine = 0, coarse = 0, mid = 0;  // word classes (see WordClusters); 0 = unknown
  uint8_t capitalized = 0;                 // capitalization class (see WordClusters); 0 = unknown
};

class WordClusters;

// Fills *info for the word `form`, with its word classes when `clusters` is given.
void DescribeWord(std::string_view form, WordInfo* info, const WordClusters* clusters = nullptr);

// Hash of the boundary pseudo-words before the first and after the last word.
inline constexpr uint64_t kStartWord = 0x5354415254ull;
inline constexpr uint64_t kEndWord = 0x454e44ull;

}  // namespace dateline::syntax
