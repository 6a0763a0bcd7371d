#include "learn/perceptron_trainer.h"

#include <algorithm>

namespace dateline::learn {

namespace {

size_t SlotOf(uint64_t key, size_t mask) { return (key * 0x9e3779b97f4a7c15ull >> 20) & mask; }

}  // namespace

PerceptronTrainer::PerceptronTrainer(int num_classes) : num_classes_(num_classes) {
  keys_.assign(1 << 16, 0);
  row_of_.assign(1 << 16, 0);
}

int64_t PerceptronTrainer::FindRow(uint64_t key) const {
  const size_t mask = keys_.size() - 1;
  for (size_t i = SlotOf(key, mask);; i = (i + 1) & mask) {
    if (keys_[i] == key) return row_of_[i];
    if (keys_[i] == 0) return -1;
  }
}

void PerceptronTrainer::Grow() {
  std::vector<uint64_t> keys(keys_.size() * 2, 0);
  std::vector<uint32_t> rows(keys.size(), 0);
  const size_t mask = keys.size() - 1;
  for (size_t r = 0; r < row_key_.size(); ++r) {
    size_t i = SlotOf(row_key_[r], mask);
    while (keys[i] != 0) i = (i + 1) & mask;
    keys[i] = row_key_[r];
    rows[i] = static_cast<uint32_t>(r);
  }
  keys_.swap(keys);
  row_of_.swap(rows);
}

uint32_t PerceptronTrainer::RowFor(uint64_t key) {
  if ((rows_.size() + 1) * 2 > keys_.size()) Grow();
  const size_t mask = keys_.size() - 1;
  size_t i = SlotOf(key, mask);
  for (; keys_[i] != 0; i = (i + 1) & mask) {
    if (keys_[i] == key) return row_of_[i];
  }
  keys_[i] = key;
  row_of_[i] = static_cast<uint32_t>(rows_.size());
  row_key_.push_back(key);
  rows_.emplace_back();
  return row_of_[i];
}

void PerceptronTrainer::Score(std::span<const uint64_t> features, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  for (uint64_t f : features) {
    const int64_t r = FindRow(f);
    if (r < 0) continue;
    for (const Cell& c : rows_[r]) scores[c.cls] += c.w;
  }
}

void PerceptronTrainer::Update(std::span<const uint64_t> features, int truth, int guess,
                               float step) {
  if (truth == guess) return;
  const double t = static_cast<double>(time_);
  for (uint64_t f : features) {
    std::vector<Cell>& row = rows_[RowFor(f)];
    for (int k = 0; k < 2; ++k) {
      const int cls = k == 0 ? truth : guess;
      const float d = k == 0 ? step : -step;
      if (cls < 0) continue;
      auto it = std::find_if(row.begin(), row.end(), [&](const Cell& c) { return c.cls == cls; });
      if (it == row.end()) {
        row.push_back(Cell{static_cast<uint16_t>(cls), 0.0f, 0.0});
        it = row.end() - 1;
      }
      it->w += d;
      it->acc += t * d;
    }
  }
}

LinearModel PerceptronTrainer::Average(float prune) const {
  std::vector<std::pair<uint64_t, std::vector<std::pair<int, float>>>> rows;
  rows.reserve(rows_.size());
  const double t = static_cast<double>(time_);
  for (size_t r = 0; r < rows_.size(); ++r) {
    std::vector<std::pair<int, float>> row;
    for (const Cell& c : rows_[r]) {
      const float avg = static_cast<float>(c.w - c.acc / t);
      if (avg != 0.0f) row.emplace_back(c.cls, avg);
    }
    if (!row.empty()) rows.emplace_back(row_key_[r], std::move(row));
  }
  return LinearModel::Build(num_classes_, rows, prune);
}

}  // namespace dateline::learn
