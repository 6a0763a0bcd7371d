// Feature hashing: 64-bit hashes of strings and of feature tuples.
//
// Sparse models key every feature by one 64-bit value built from a template id and the
// hashes of the values it reads (a word, a tag, a suffix). Building a feature is then a
// few multiplications with no string formatting. Key 0 is reserved (an empty slot in the
// model's table), so FeatureKey never returns it.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string_view>

namespace dateline::learn {

inline uint64_t MixBits(uint64_t x) {
  x ^= x >> 31;
  x *= 0x7fb5d329728ea185ull;
  x ^= x >> 27;
  x *= 0x81dadef4bc2dd44dull;
  x ^= x >> 33;
  return x;
}

// FNV-1a over the bytes, finished by a bit mixer.
inline uint64_t HashString(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return MixBits(h);
}

inline uint64_t Combine(uint64_t a, uint64_t b) {
  return MixBits(a * 0x9e3779b97f4a7c15ull + b + 0x632be59bd9b4e019ull);
}

// The key of feature template `tmpl` over the values a (and b, c).
inline uint64_t FeatureKey(uint32_t tmpl, uint64_t a) {
  return Combine(0x51ed270b27ull + tmpl, a) | 1;
}
inline uint64_t FeatureKey(uint32_t tmpl, uint64_t a, uint64_t b) {
  return Combine(Combine(0x51ed270b27ull + tmpl, a), b) | 1;
}
inline uint64_t FeatureKey(uint32_t tmpl, uint64_t a, uint64_t b, uint64_t c) {
  return Combine(Combine(Combine(0x51ed270b27ull + tmpl, a), b), c) | 1;
}

}  // namespace dateline::learn
