// LinearModel: a trained multi-class linear classifier over hashed sparse features.
//
// Each feature key (see learn/hash.h) maps, through an open-addressing table, to a sparse
// row of (class, weight) pairs; the score of a class is the sum of its weights over the
// active features. Weights are stored as int16 with one scale per model, rows keep only
// the classes whose weight survived pruning, so a model with a million features and a
// hundred classes fits in a few megabytes and scores with one table probe per feature.
// In memory, a row with weights for many of the classes is kept dense and added eight (or,
// with AVX2, sixteen) classes at a time; the file keeps every row sparse.
//
// Thread-safety: immutable after Parse(); Score() may run on many threads at once.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "learn/huge_pages.h"

namespace dateline::learn {

class LinearModel {
 public:
  // Feature keys are kept as 32-bit fingerprints (the high half of the 64-bit key; the
  // hashing trick: the rare collision merges two features).
  struct Slot {
    uint32_t key = 0;  // 0 = empty
    uint32_t at = 0;   // the row in data_
  };
  struct Entry {
    uint16_t cls = 0;
    int16_t weight = 0;
  };

  LinearModel() = default;

  // Builds a model from rows of (class, weight) per feature key. Weights whose magnitude
  // is below `prune` are dropped, as are rows left empty.
  static LinearModel Build(
      int num_classes,
      const std::vector<std::pair<uint64_t, std::vector<std::pair<int, float>>>>& rows,
      float prune);

  // The mean of several models over the same classes (an ensemble folded into one model:
  // scoring costs what one model costs). Weights below `prune` after averaging are dropped.
  static LinearModel Average(const std::vector<LinearModel>& models, float prune);

  // Serialization (one section of a ModelFile); `context` names the source in errors.
  std::string Serialize() const;
  static Result<LinearModel> Parse(std::string_view bytes, const std::string& context);

  int num_classes() const { return static_cast<int>(num_classes_); }
  size_t num_features() const { return num_rows_; }
  size_t num_weights() const { return num_weights_; }

  // scores[0..num_classes) = sum of the weights of `features` (zeroed first).
  void Score(std::span<const uint64_t> features, float* scores) const;
  // Score() for several feature groups at once: group g is features [ends[g - 1], ends[g])
  // (from 0 for g = 0), its scores scores[g * num_classes, (g + 1) * num_classes). One
  // call overlaps the memory accesses of all groups.
  void ScoreEach(std::span<const uint64_t> features, std::span<const uint32_t> ends,
                 float* scores) const;

  // The highest-scoring class among those with allowed[c] (all when allowed is null).
  static int Argmax(const float* scores, int n, const bool* allowed = nullptr);

  static uint32_t Fingerprint(uint64_t key) {
    const uint32_t k = static_cast<uint32_t>(key >> 32);
    return k == 0 ? 1 : k;
  }

 private:
  size_t Home(uint32_t key) const {
    return static_cast<size_t>((key * 0x9e3779b97f4a7c15ull) >> shift_);
  }
  // A row of entries[begin, end) under a fingerprint, as Layout() takes them.
  struct RowRef {
    uint32_t key = 0, begin = 0, end = 0;
  };
  // Builds the probe table and data_ from rows (empty ones are skipped).
  void Layout(const std::vector<RowRef>& rows, const std::vector<Entry>& entries);
  // fn(class, weight) for each weight of a row, in class order.
  template <typename Fn>
  void ForEachWeight(const Slot& s, Fn&& fn) const;
  template <typename Sum>
  void Accumulate(std::span<const uint64_t> features, std::span<const uint32_t> ends,
                  Sum* out) const;

  uint32_t num_classes_ = 0;
  uint32_t num_rows_ = 0;
  uint32_t stride_ = 0;  // num_classes_ rounded up to a multiple of 8
  uint32_t shift_ = 60;
  float scale_ = 1.0f;
  size_t num_weights_ = 0;
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  // The rows, each a header and its weights. Header n > 0: n (class, weight) pairs
  // follow; header 0: a weight for every class, padded with zeros to stride_, follows (a
  // dense row, which scoring adds eight or sixteen classes at a time).
  std::vector<int16_t, HugePageAllocator<int16_t>> data_;
};

}  // namespace dateline::learn
