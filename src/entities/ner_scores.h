// NerScores: entity-level precision, recall and F1 per type with conlleval semantics: an
// entity counts as found only when its type and both boundaries match exactly.
//
// Thread-safety: a plain value.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace dateline::entities {

struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};

// Chunks [begin, end, type] of an IOB2 (or IOB1) tag sequence, conlleval-style.
struct Chunk {
  size_t begin = 0, end = 0;
  std::string type;
  bool operator<(const Chunk& o) const {
    return begin != o.begin ? begin < o.begin : end != o.end ? end < o.end : type < o.type;
  }
};
std::vector<Chunk> Chunks(const std::vector<std::string>& tags);

class NerScores {
 public:
  void Add(const std::vector<std::string>& gold, const std::vector<std::string>& pred);
  Prf Overall() const;
  Prf ForType(const std::string& type) const;
  // One line per type and the overall line, conlleval-like.
  std::string Report() const;

 private:
  struct Counts {
    size_t gold = 0, pred = 0, right = 0;
  };
  static Prf Score(const Counts& c);
  std::map<std::string, Counts> by_type_;
  Counts all_;
};

}  // namespace dateline::entities
