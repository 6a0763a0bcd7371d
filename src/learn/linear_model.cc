#include "learn/linear_model.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <type_traits>

#include "learn/byte_io.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace dateline::learn {

namespace {

// row[c] += weights[c] for c in [0, n): a dense row added to integer or float sums, eight
// classes at a time where the processor has SSE2.
void AddDense(const int16_t* weights, size_t n, int32_t* row) {
  size_t c = 0;
#if defined(__SSE2__)
  for (; c + 8 <= n; c += 8) {
    const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(weights + c));
    const __m128i lo = _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16);
    const __m128i hi = _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16);
    auto* out = reinterpret_cast<__m128i*>(row + c);
    _mm_storeu_si128(out, _mm_add_epi32(_mm_loadu_si128(out), lo));
    _mm_storeu_si128(out + 1, _mm_add_epi32(_mm_loadu_si128(out + 1), hi));
  }
#endif
  for (; c < n; ++c) row[c] += weights[c];
}

#if defined(__x86_64__)
// AddDense sixteen classes at a time, for processors with AVX2 (most since 2013).
__attribute__((target("avx2"))) void AddDenseAvx2(const int16_t* weights, size_t n, int32_t* row) {
  size_t c = 0;
  for (; c + 16 <= n; c += 16) {
    const __m256i w = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(weights + c));
    const __m256i lo = _mm256_cvtepi16_epi32(_mm256_castsi256_si128(w));
    const __m256i hi = _mm256_cvtepi16_epi32(_mm256_extracti128_si256(w, 1));
    auto* out = reinterpret_cast<__m256i*>(row + c);
    _mm256_storeu_si256(out, _mm256_add_epi32(_mm256_loadu_si256(out), lo));
    _mm256_storeu_si256(out + 1, _mm256_add_epi32(_mm256_loadu_si256(out + 1), hi));
  }
  for (; c + 8 <= n; c += 8) {
    const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(weights + c));
    auto* out = reinterpret_cast<__m256i*>(row + c);
    _mm256_storeu_si256(out, _mm256_add_epi32(_mm256_loadu_si256(out), _mm256_cvtepi16_epi32(w)));
  }
  for (; c < n; ++c) row[c] += weights[c];
}
#endif

void AddDense(const int16_t* weights, size_t n, float* row) {
  for (size_t c = 0; c < n; ++c) row[c] += weights[c];
}

}  // namespace

void LinearModel::Layout(const std::vector<RowRef>& rows, const std::vector<Entry>& entries) {
  // A quarter full at most: a feature the model lacks (most of those asked for) ends its
  // probe at the first empty slot.
  const size_t cap = std::bit_ceil(std::max<size_t>(16, rows.size() * 4));
  shift_ = 64 - static_cast<uint32_t>(std::countr_zero(cap));
  slots_.assign(cap, Slot{});
  stride_ = (num_classes_ + 7) / 8 * 8;
  data_.clear();
  num_rows_ = 0;
  num_weights_ = 0;
  // A row is dense when adding all classes, eight at a time, costs no more than adding
  // its own weights one by one.
  const size_t dense_from = stride_ / 8;
  for (const RowRef& r : rows) {
    const std::span<const Entry> row(entries.data() + r.begin, r.end - r.begin);
    if (row.empty()) continue;
    bool ascending = true;  // (classes in order, no weight 0: always so but in a hand-made file)
    for (size_t k = 0; k < row.size(); ++k) {
      ascending = ascending && row[k].weight != 0 && (k == 0 || row[k - 1].cls < row[k].cls);
    }
    const auto at = static_cast<uint32_t>(data_.size());
    if (ascending && row.size() >= dense_from) {
      data_.push_back(0);
      data_.resize(data_.size() + stride_, 0);
      for (const Entry& e : row) data_[at + 1 + e.cls] = e.weight;
    } else {
      data_.push_back(static_cast<int16_t>(static_cast<uint16_t>(row.size())));
      for (const Entry& e : row) {
        data_.push_back(static_cast<int16_t>(e.cls));
        data_.push_back(e.weight);
      }
    }
    size_t i = Home(r.key);
    while (slots_[i].key != 0) i = (i + 1) & (cap - 1);
    slots_[i] = Slot{r.key, at};
    ++num_rows_;
    num_weights_ += row.size();
  }
}

template <typename Fn>
void LinearModel::ForEachWeight(const Slot& s, Fn&& fn) const {
  const int16_t* p = &data_[s.at];
  const auto len = static_cast<uint16_t>(p[0]);
  if (len == 0) {
    for (uint32_t c = 0; c < num_classes_; ++c) {
      if (p[1 + c] != 0) fn(static_cast<uint16_t>(c), p[1 + c]);
    }
    return;
  }
  for (uint32_t k = 0; k < len; ++k) fn(static_cast<uint16_t>(p[1 + 2 * k]), p[2 + 2 * k]);
}

LinearModel LinearModel::Build(
    int num_classes,
    const std::vector<std::pair<uint64_t, std::vector<std::pair<int, float>>>>& rows, float prune) {
  LinearModel m;
  m.num_classes_ = static_cast<uint32_t>(num_classes);
  // Merge rows by fingerprint, summing weights, then prune.
  std::vector<std::pair<uint32_t, size_t>> order;
  order.reserve(rows.size());
  for (size_t r = 0; r < rows.size(); ++r) order.emplace_back(Fingerprint(rows[r].first), r);
  std::sort(order.begin(), order.end());
  std::vector<std::pair<uint32_t, std::vector<std::pair<int, float>>>> merged;
  std::vector<float> dense(static_cast<size_t>(num_classes));
  float max_abs = 0;
  for (size_t i = 0; i < order.size();) {
    const uint32_t key = order[i].first;
    std::fill(dense.begin(), dense.end(), 0.0f);
    for (; i < order.size() && order[i].first == key; ++i) {
      for (const auto& [c, w] : rows[order[i].second].second) dense[static_cast<size_t>(c)] += w;
    }
    std::vector<std::pair<int, float>> row;
    for (int c = 0; c < num_classes; ++c) {
      const float w = dense[static_cast<size_t>(c)];
      if (w != 0 && std::fabs(w) >= prune) {
        row.emplace_back(c, w);
        max_abs = std::max(max_abs, std::fabs(w));
      }
    }
    if (!row.empty()) merged.emplace_back(key, std::move(row));
  }
  m.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<RowRef> refs;
  std::vector<Entry> entries;
  for (const auto& [key, row] : merged) {
    const uint32_t begin = static_cast<uint32_t>(entries.size());
    for (const auto& [c, w] : row) {
      const long q = std::lround(w / m.scale_);
      if (q != 0) entries.push_back(Entry{static_cast<uint16_t>(c), static_cast<int16_t>(q)});
    }
    refs.push_back(RowRef{key, begin, static_cast<uint32_t>(entries.size())});
  }
  m.Layout(refs, entries);
  return m;
}

LinearModel LinearModel::Average(const std::vector<LinearModel>& models, float prune) {
  if (models.empty()) return LinearModel();
  std::vector<std::pair<uint64_t, std::vector<std::pair<int, float>>>> rows;
  const float share = 1.0f / static_cast<float>(models.size());
  for (const LinearModel& m : models) {
    for (const Slot& s : m.slots_) {
      if (s.key == 0) continue;
      std::vector<std::pair<int, float>> row;
      m.ForEachWeight(s, [&](uint16_t cls, int16_t weight) {
        row.emplace_back(cls, static_cast<float>(weight) * m.scale_ * share);
      });
      // Build() merges rows by fingerprint, the high half of the key.
      rows.emplace_back(static_cast<uint64_t>(s.key) << 32, std::move(row));
    }
  }
  return Build(static_cast<int>(models.front().num_classes_), rows, prune);
}

// On disk: the rows sorted by fingerprint, fingerprints delta-coded as varints, each row
// its length and (class varint, int16 weight) pairs. The probe table is rebuilt on load.
std::string LinearModel::Serialize() const {
  std::vector<const Slot*> rows;
  for (const Slot& s : slots_) {
    if (s.key != 0) rows.push_back(&s);
  }
  std::sort(rows.begin(), rows.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
  ByteWriter w;
  w.U32(num_classes_);
  w.F32(scale_);
  w.U64(rows.size());
  w.U64(num_weights_);
  uint32_t last = 0;
  std::vector<Entry> row;
  for (const Slot* s : rows) {
    w.Varint(s->key - last);
    last = s->key;
    row.clear();
    ForEachWeight(*s, [&](uint16_t cls, int16_t weight) { row.push_back(Entry{cls, weight}); });
    w.Varint(row.size());
    for (const Entry& e : row) {
      w.Varint(e.cls);
      w.Raw(&e.weight, sizeof e.weight);
    }
  }
  return std::move(w.bytes());
}

Result<LinearModel> LinearModel::Parse(std::string_view bytes, const std::string& context) {
  ByteReader r(bytes, context);
  LinearModel m;
  uint64_t rows = 0, entries = 0;
  Status st = r.U32(&m.num_classes_);
  if (st.ok()) st = r.F32(&m.scale_);
  if (st.ok()) st = r.U64(&rows);
  if (st.ok()) st = r.U64(&entries);
  if (!st.ok()) return st;
  if (m.num_classes_ == 0 || m.num_classes_ > 65535 || rows > bytes.size() ||
      entries > bytes.size() || !std::isfinite(m.scale_)) {
    return Status::Corruption(context + ": malformed classifier header");
  }
  std::vector<RowRef> refs;
  std::vector<Entry> weights;
  refs.reserve(rows);
  weights.reserve(entries);
  uint64_t key = 0;
  for (uint64_t row = 0; row < rows; ++row) {
    uint64_t delta = 0, len = 0;
    if (st = r.Varint(&delta); !st.ok()) return st;
    if (st = r.Varint(&len); !st.ok()) return st;
    key += delta;
    if ((row > 0 && delta == 0) || key == 0 || key > UINT32_MAX || len == 0 ||
        len > m.num_classes_) {
      return Status::Corruption(context + ": malformed classifier row");
    }
    const uint32_t begin = static_cast<uint32_t>(weights.size());
    for (uint64_t k = 0; k < len; ++k) {
      uint64_t cls = 0;
      int16_t v = 0;
      if (st = r.Varint(&cls); !st.ok()) return st;
      if (st = r.I16(&v); !st.ok()) return st;
      if (cls >= m.num_classes_) return Status::Corruption(context + ": class id out of range");
      weights.push_back(Entry{static_cast<uint16_t>(cls), v});
    }
    refs.push_back(
        RowRef{static_cast<uint32_t>(key), begin, static_cast<uint32_t>(weights.size())});
  }
  if (!r.done() || weights.size() != entries) {
    return Status::Corruption(context + ": classifier size mismatch");
  }
  m.Layout(refs, weights);
  return m;
}

void LinearModel::Score(std::span<const uint64_t> features, float* scores) const {
  const uint32_t end = static_cast<uint32_t>(features.size());
  ScoreEach(features, std::span<const uint32_t>(&end, 1), scores);
}

void LinearModel::ScoreEach(std::span<const uint64_t> features, std::span<const uint32_t> ends,
                            float* scores) const {
  // Sums in integers (the weights are int16), scaled once at the end; each group's sums
  // padded to stride_ classes, as dense rows are.
  const size_t groups = ends.size(), cells = groups * stride_;
  const auto scale_out = [&](const auto* sums) {
    for (size_t g = 0; g < groups; ++g) {
      for (size_t c = 0; c < num_classes_; ++c) {
        scores[g * num_classes_ + c] = static_cast<float>(sums[g * stride_ + c]) * scale_;
      }
    }
  };
  constexpr size_t kLocal = 4096;
  if (cells <= kLocal) {
    int32_t local[kLocal];
    std::fill(local, local + cells, 0);
    Accumulate(features, ends, local);
    scale_out(local);
  } else {
    std::vector<float> sums(cells, 0.0f);
    Accumulate(features, ends, sums.data());
    scale_out(sums.data());
  }
}

template <typename Sum>
void LinearModel::Accumulate(std::span<const uint64_t> features, std::span<const uint32_t> ends,
                             Sum* out) const {
  if (slots_.empty() || ends.empty()) return;
  // Probe in batches: prefetch every feature's home slot first, then every found row's
  // weights, so that the cache misses of a batch overlap instead of queueing one after
  // another.
  constexpr size_t kBatch = 32;
  size_t home[kBatch];
  const Slot* found[kBatch];
  size_t found_group[kBatch];
  const size_t mask = slots_.size() - 1;
  size_t group = 0;
#if defined(__x86_64__)
  const bool avx2 = __builtin_cpu_supports("avx2");
#endif
  for (size_t at = 0; at < features.size(); at += kBatch) {
    const size_t n = std::min(kBatch, features.size() - at);
    for (size_t k = 0; k < n; ++k) {
      home[k] = Home(Fingerprint(features[at + k]));
      __builtin_prefetch(&slots_[home[k]]);
    }
    size_t rows = 0;
    for (size_t k = 0; k < n; ++k) {
      while (group + 1 < ends.size() && at + k >= ends[group]) ++group;
      const uint32_t key = Fingerprint(features[at + k]);
      for (size_t i = home[k];; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (s.key == key) {
          __builtin_prefetch(&data_[s.at]);
          found_group[rows] = group * stride_;
          found[rows++] = &s;
          break;
        }
        if (s.key == 0) break;
      }
    }
    for (size_t k = 0; k < rows; ++k) {
      const int16_t* row = &data_[found[k]->at];
      Sum* sums = out + found_group[k];
      const size_t len = static_cast<uint16_t>(row[0]);
      if (len == 0) {
#if defined(__x86_64__)
        if constexpr (std::is_same_v<Sum, int32_t>) {
          if (avx2) {
            AddDenseAvx2(row + 1, stride_, sums);
            continue;
          }
        }
#endif
        AddDense(row + 1, stride_, sums);
        continue;
      }
      const int16_t* const last = row + 1 + 2 * len;
      for (const int16_t* e = row + 1; e != last; e += 2) {
        sums[static_cast<uint16_t>(e[0])] += e[1];
      }
    }
  }
}

int LinearModel::Argmax(const float* scores, int n, const bool* allowed) {
  int best = -1;
  for (int c = 0; c < n; ++c) {
    if (allowed && !allowed[c]) continue;
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return best;
}

}  // namespace dateline::learn
