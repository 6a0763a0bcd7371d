// PerceptronTrainer: learns a LinearModel with the averaged perceptron.
//
// The trainer keeps, per feature key, a sparse row of (class, weight, accumulator)
// cells; an update touches only the cells of the true and the predicted class, so rows
// stay short even with a hundred classes. Averaging uses the usual trick: with c the
// number of examples seen, each update d at time c adds c*d to the accumulator and the
// averaged weight is w - acc/c. Training is deterministic: the result depends only on
// the sequence of Score/Update/Tick calls.
//
// Thread-safety: not thread-safe; one trainer per thread.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "learn/linear_model.h"

namespace dateline::learn {

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes);

  int num_classes() const { return num_classes_; }
  // Scores with the current (not averaged) weights; scores is zeroed first.
  void Score(std::span<const uint64_t> features, float* scores) const;
  // Moves weight from `guess` to `truth` on every feature (a no-op when equal).
  void Update(std::span<const uint64_t> features, int truth, int guess, float step = 1.0f);
  // Marks the end of one training example (advances the averaging clock).
  void Tick() { ++time_; }

  // The averaged model, dropping weights smaller than `prune` in magnitude.
  LinearModel Average(float prune = 0.0f) const;
  size_t num_features() const { return rows_.size(); }

 private:
  struct Cell {
    uint16_t cls;
    float w;
    double acc;
  };
  // Index of the row for key, or -1.
  int64_t FindRow(uint64_t key) const;
  uint32_t RowFor(uint64_t key);
  void Grow();

  int num_classes_;
  uint64_t time_ = 1;
  std::vector<uint64_t> keys_;     // open addressing; 0 = empty
  std::vector<uint32_t> row_of_;   // parallel to keys_
  std::vector<uint64_t> row_key_;  // per row
  std::vector<std::vector<Cell>> rows_;
};

}  // namespace dateline::learn
