#include "entities/ner_scores.h"

#include <fmt/core.h>

#include <algorithm>

namespace dateline::entities {

std::vector<Chunk> Chunks(const std::vector<std::string>& tags) {
  std::vector<Chunk> out;
  std::string type;
  size_t begin = 0;
  bool open = false;
  for (size_t i = 0; i <= tags.size(); ++i) {
    const std::string t = i < tags.size() ? tags[i] : "O";
    const char p = t.empty() ? 'O' : t[0];
    const std::string ty = t.size() > 2 ? t.substr(2) : "";
    const bool starts = p == 'B' || (p == 'I' && (!open || ty != type));
    const bool ends = open && (p == 'O' || starts);
    if (ends) {
      out.push_back(Chunk{begin, i, type});
      open = false;
    }
    if (starts) {
      open = true;
      begin = i;
      type = ty;
    }
  }
  return out;
}

void NerScores::Add(const std::vector<std::string>& gold, const std::vector<std::string>& pred) {
  std::vector<Chunk> g = Chunks(gold), p = Chunks(pred);
  std::sort(g.begin(), g.end());
  std::sort(p.begin(), p.end());
  for (const Chunk& c : g) ++by_type_[c.type].gold, ++all_.gold;
  for (const Chunk& c : p) ++by_type_[c.type].pred, ++all_.pred;
  std::vector<Chunk> both;
  std::set_intersection(g.begin(), g.end(), p.begin(), p.end(), std::back_inserter(both));
  for (const Chunk& c : both) ++by_type_[c.type].right, ++all_.right;
}

Prf NerScores::Score(const Counts& c) {
  Prf r;
  r.precision = c.pred ? 100.0 * static_cast<double>(c.right) / static_cast<double>(c.pred) : 0;
  r.recall = c.gold ? 100.0 * static_cast<double>(c.right) / static_cast<double>(c.gold) : 0;
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0;
  return r;
}

Prf NerScores::Overall() const { return Score(all_); }

Prf NerScores::ForType(const std::string& type) const {
  auto it = by_type_.find(type);
  return it == by_type_.end() ? Prf{} : Score(it->second);
}

std::string NerScores::Report() const {
  std::string out;
  for (const auto& [type, c] : by_type_) {
    const Prf s = Score(c);
    out += fmt::format("{:<4} precision {:6.2f}  recall {:6.2f}  F1 {:6.2f}  (gold {}, found {})\n",
                       type, s.precision, s.recall, s.f1, c.gold, c.pred);
  }
  const Prf s = Score(all_);
  out += fmt::format("all  precision {:6.2f}  recall {:6.2f}  F1 {:6.2f}  (gold {}, found {})\n",
                     s.precision, s.recall, s.f1, all_.gold, all_.pred);
  return out;
}

}  // namespace dateline::entities
