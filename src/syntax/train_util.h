// Small helpers shared by the syntax and entity trainers: a deterministic shuffle (the
// same order on every platform, unlike std::shuffle) and a progress logger type.
//
// Thread-safety: pure functions; the logger is called on the training thread.
#pragma once

#include <cstdint>
#include <functional>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace dateline::syntax {

using TrainLog = std::function<void(const std::string&)>;

// The permutation 0..n-1 for epoch `epoch` under `seed`.
inline std::vector<size_t> EpochOrder(size_t n, uint64_t seed, int epoch) {
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(seed * 1000003ull + static_cast<uint64_t>(epoch));
  for (size_t i = n; i > 1; --i) {
    const size_t j = static_cast<size_t>(rng() % i);
    std::swap(order[i - 1], order[j]);
  }
  return order;
}

}  // namespace dateline::syntax
