#include "learn/linear_model.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

#include "learn/byte_io.h"

namespace dateline::learn {

void LinearModel::Insert(uint32_t key, uint32_t begin, uint32_t end) {
  size_t i = Home(key);
  while (slots_[i].key != 0) i = (i + 1) & (slots_.size() - 1);
  slots_[i] = Slot{key, begin, end};
  ++num_rows_;
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
  const size_t cap = std::bit_ceil(std::max<size_t>(16, merged.size() * 2));
  m.shift_ = 64 - static_cast<uint32_t>(std::countr_zero(cap));
  m.slots_.assign(cap, Slot{});
  for (const auto& [key, row] : merged) {
    const uint32_t begin = static_cast<uint32_t>(m.entries_.size());
    for (const auto& [c, w] : row) {
      const long q = std::lround(w / m.scale_);
      if (q != 0) m.entries_.push_back(Entry{static_cast<uint16_t>(c), static_cast<int16_t>(q)});
    }
    const uint32_t end = static_cast<uint32_t>(m.entries_.size());
    if (begin != end) m.Insert(key, begin, end);
  }
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
      for (uint32_t i = s.begin; i < s.end; ++i) {
        row.emplace_back(m.entries_[i].cls, m.entries_[i].weight * m.scale_ * share);
      }
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
  w.U64(entries_.size());
  uint32_t last = 0;
  for (const Slot* s : rows) {
    w.Varint(s->key - last);
    last = s->key;
    w.Varint(s->end - s->begin);
    for (uint32_t i = s->begin; i < s->end; ++i) {
      w.Varint(entries_[i].cls);
      const int16_t v = entries_[i].weight;
      w.Raw(&v, sizeof v);
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
  const size_t cap = std::bit_ceil(std::max<size_t>(16, rows * 2));
  m.shift_ = 64 - static_cast<uint32_t>(std::countr_zero(cap));
  m.slots_.assign(cap, Slot{});
  m.entries_.reserve(entries);
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
    const uint32_t begin = static_cast<uint32_t>(m.entries_.size());
    for (uint64_t k = 0; k < len; ++k) {
      uint64_t cls = 0;
      int16_t v = 0;
      if (st = r.Varint(&cls); !st.ok()) return st;
      if (st = r.I16(&v); !st.ok()) return st;
      if (cls >= m.num_classes_) return Status::Corruption(context + ": class id out of range");
      m.entries_.push_back(Entry{static_cast<uint16_t>(cls), v});
    }
    m.Insert(static_cast<uint32_t>(key), begin, static_cast<uint32_t>(m.entries_.size()));
  }
  if (!r.done() || m.entries_.size() != entries) {
    return Status::Corruption(context + ": classifier size mismatch");
  }
  return m;
}

void LinearModel::Score(std::span<const uint64_t> features, float* scores) const {
  const uint32_t end = static_cast<uint32_t>(features.size());
  ScoreEach(features, std::span<const uint32_t>(&end, 1), scores);
}

void LinearModel::ScoreEach(std::span<const uint64_t> features, std::span<const uint32_t> ends,
                            float* scores) const {
  const size_t cells = ends.size() * num_classes_;
  std::fill(scores, scores + cells, 0.0f);
  if (slots_.empty() || ends.empty()) return;
  // Sums in integers (the weights are int16), scaled once at the end.
  constexpr size_t kLocal = 4096;
  int32_t local[kLocal];
  const bool integer = cells <= kLocal;
  if (integer) std::fill(local, local + cells, 0);
  // Probe in batches: prefetch every feature's home slot first, then every found row's
  // weights, so that the cache misses of a batch overlap instead of queueing one after
  // another.
  constexpr size_t kBatch = 32;
  size_t home[kBatch];
  const Slot* found[kBatch];
  size_t found_group[kBatch];
  const size_t mask = slots_.size() - 1;
  size_t group = 0;
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
          __builtin_prefetch(&entries_[s.begin]);
          found_group[rows] = group * num_classes_;
          found[rows++] = &s;
          break;
        }
        if (s.key == 0) break;
      }
    }
    for (size_t k = 0; k < rows; ++k) {
      const Slot& s = *found[k];
      if (integer) {
        int32_t* out = local + found_group[k];
        for (uint32_t e = s.begin; e < s.end; ++e) out[entries_[e].cls] += entries_[e].weight;
      } else {
        float* out = scores + found_group[k];
        for (uint32_t e = s.begin; e < s.end; ++e) out[entries_[e].cls] += entries_[e].weight;
      }
    }
  }
  if (integer) {
    for (size_t c = 0; c < cells; ++c) scores[c] = static_cast<float>(local[c]) * scale_;
  } else {
    for (size_t c = 0; c < cells; ++c) scores[c] *= scale_;
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
