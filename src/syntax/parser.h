// Parser: greedy arc-hybrid dependency parser with an averaged-perceptron classifier
// over labeled transitions. It reads words and the tagger's joint tags and returns, per
// word, the 1-based index of its head (0 for the root) and a Universal Dependencies
// relation. The model file ("parse" kind) holds sections "labels" (relation names) and
// "classifier".
//
// Thread-safety: immutable after Load(); Parse() may run on many threads at once.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "doc/tagsets.h"
#include "learn/label_set.h"
#include "learn/linear_model.h"
#include "learn/model_file.h"
#include "syntax/parser_features.h"
#include "syntax/word_clusters.h"

namespace dateline::syntax {

class Parser {
 public:
  struct Arc {
    int head = 0;   // 0 = root, else 1-based word index
    int label = 0;  // into labels()
  };

  static Result<Parser> Load(const std::string& path);
  static Result<Parser> FromModel(const learn::ModelFile& file);

  // Parses one sentence: words and their tags (as Tagger::upos/xpos give them).
  void Parse(std::span<const std::string_view> words, std::span<const Upos> upos,
             std::span<const uint8_t> xpos, std::vector<Arc>* arcs) const;

  const std::string& label_name(int label) const { return labels_.Name(label); }
  const learn::LabelSet& labels() const { return labels_; }

  // The parser's view of a sentence (shared with the trainer): node 0 is the root.
  static void Describe(std::span<const std::string_view> words, std::span<const Upos> upos,
                       std::span<const uint8_t> xpos, const WordClusters* clusters,
                       std::vector<ParserToken>* out);
  // Greedy decoding with `score` (a LinearModel or a trainer) over L labels.
  template <typename Scorer>
  static void Decode(const Scorer& score, int num_labels, std::span<const ParserToken> tokens,
                     std::vector<Arc>* arcs);

 private:
  learn::LabelSet labels_;
  learn::LinearModel model_;
  WordClusters clusters_;
};

// Class id <-> (move, label) for L labels.
inline int TransitionClass(Move m, int label, int num_labels) {
  return m == Move::kShift ? 0 : m == Move::kLeft ? 1 + label : 1 + num_labels + label;
}
inline Move TransitionMove(int cls, int num_labels) {
  return cls == 0 ? Move::kShift : cls <= num_labels ? Move::kLeft : Move::kRight;
}
inline int TransitionLabel(int cls, int num_labels) {
  return cls == 0 ? -1 : cls <= num_labels ? cls - 1 : cls - 1 - num_labels;
}

template <typename Scorer>
void Parser::Decode(const Scorer& score, int num_labels, std::span<const ParserToken> tokens,
                    std::vector<Arc>* arcs) {
  const int n = static_cast<int>(tokens.size()) - 1;
  ArcHybridState st(n);
  std::vector<uint64_t> feats;
  const int classes = 1 + 2 * num_labels;
  std::vector<float> scores(static_cast<size_t>(classes));
  while (!st.Terminal()) {
    feats.clear();
    ParserFeatures(st, tokens, &feats);
    score(feats, scores.data());
    const bool vs = st.Valid(Move::kShift), vl = st.Valid(Move::kLeft), vr = st.Valid(Move::kRight);
    int best = -1;
    for (int c = 0; c < classes; ++c) {
      const Move m = TransitionMove(c, num_labels);
      if (!(m == Move::kShift ? vs : m == Move::kLeft ? vl : vr)) continue;
      if (best < 0 || scores[c] > scores[best]) best = c;
    }
    st.Apply(TransitionMove(best, num_labels), TransitionLabel(best, num_labels));
  }
  arcs->assign(static_cast<size_t>(n), Arc{});
  for (int i = 1; i <= n; ++i) {
    (*arcs)[i - 1] = Arc{std::max(0, st.head(i)), std::max(0, st.label(i))};
  }
}

}  // namespace dateline::syntax
