// KeyIndex: where a 64-bit key sits in a table of distinct keys, in about one memory read.
//
// Tables that are kept sorted by key in the model files (word classes, lemma rules) were
// searched by bisection: some twenty dependent reads per word, most of them cache misses.
// A KeyIndex is built beside such a table when it is loaded: an open-addressing array,
// at most half full, of (fingerprint, position) pairs. A lookup probes from the key's
// home slot and reads the table's own entry only when a fingerprint matches. The keys are
// hashes already (learn/hash.h), so their bits serve as they are.
//
// Thread-safety: immutable after Build(); lookups may run on many threads at once.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace dateline::learn {

class KeyIndex {
 public:
  // Indexes table[i].key for every i; the keys must be distinct.
  template <typename T>
  void Build(const std::vector<T>& table) {
    const size_t cap = std::bit_ceil(std::max<size_t>(16, table.size() * 2));
    shift_ = 64 - static_cast<uint32_t>(std::countr_zero(cap));
    slots_.assign(cap, Slot{});
    for (size_t p = 0; p < table.size(); ++p) {
      size_t i = Home(table[p].key);
      while (slots_[i].pos != 0) i = (i + 1) & (cap - 1);
      slots_[i] = Slot{Fingerprint(table[p].key), static_cast<uint32_t>(p + 1)};
    }
  }

  // The entry of `table` (the one Build() indexed) whose key is `key`, or null.
  template <typename T>
  const T* Find(const std::vector<T>& table, uint64_t key) const {
    if (slots_.empty()) return nullptr;
    const uint32_t fp = Fingerprint(key);
    const size_t mask = slots_.size() - 1;
    for (size_t i = Home(key);; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.pos == 0) return nullptr;
      if (s.fingerprint == fp && table[s.pos - 1].key == key) return &table[s.pos - 1];
    }
  }

 private:
  struct Slot {
    uint32_t fingerprint = 0;
    uint32_t pos = 0;  // position + 1; 0 = empty
  };
  size_t Home(uint64_t key) const {
    return static_cast<size_t>((key * 0x9e3779b97f4a7c15ull) >> shift_);
  }
  static uint32_t Fingerprint(uint64_t key) { return static_cast<uint32_t>(key); }

  uint32_t shift_ = 60;
  std::vector<Slot> slots_;
};

}  // namespace dateline::learn
