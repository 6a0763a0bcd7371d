// NerTagger: the named-entity recognizer. Greedy left-to-right BIO tagging (PER, ORG,
// LOC) with an averaged-perceptron classifier; decoding never starts an I- tag that does
// not continue an entity of its type. Sentences set in capitals (headlines) are
// recognized with case-blind features. The model file ("ner" kind) holds sections
// "labels" (the BIO tags) and "classifier".
//
// Thread-safety: immutable after Load(); Tag() may run on many threads at once.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "doc/tagsets.h"
#include "entities/ner_features.h"
#include "entities/ner_gazetteer.h"
#include "entities/ner_iob.h"
#include "entities/ner_scores.h"
#include "learn/label_set.h"
#include "learn/linear_model.h"
#include "learn/model_file.h"
#include "syntax/word_clusters.h"
#include "syntax/word_features.h"

namespace dateline::entities {

class NerTagger {
 public:
  static Result<NerTagger> Load(const std::string& path);
  static Result<NerTagger> FromModel(const learn::ModelFile& file);

  // BIO label ids, one per word. `upos`: the words' parts of speech, or empty (the
  // model then works without them, less accurately, when it was trained with them).
  void Tag(std::span<const std::string_view> words, std::span<const Upos> upos,
           std::vector<int>* labels) const;
  // BIO tags as strings ("O", "B-PER", ...).
  void TagBio(std::span<const std::string_view> words, std::span<const Upos> upos,
              std::vector<std::string>* tags) const;
  // Whether the model was trained with part-of-speech features.
  bool uses_pos() const { return uses_pos_; }
  const learn::LabelSet& labels() const { return labels_; }

  // Greedy constrained decoding with `score` (a LinearModel or a trainer), shared with
  // the trainer. allowed_after[p * L + c]: label c may follow label p (p = L: the start).
  template <typename Scorer>
  static void Decode(const Scorer& score, const std::vector<bool>& allowed_after, int num_labels,
                     std::span<const syntax::WordInfo> words, std::span<const NerWordContext> ctx,
                     std::vector<int>* labels);
  // The BIO constraint table for a label set.
  static std::vector<bool> Transitions(const learn::LabelSet& labels);

 private:
  learn::LabelSet labels_;
  learn::LinearModel model_;
  std::vector<bool> allowed_;
  syntax::WordClusters clusters_;
  NerGazetteer gazetteer_;
  bool uses_pos_ = false;
};

}  // namespace dateline::entities

namespace dateline::entities {

template <typename Scorer>
void NerTagger::Decode(const Scorer& score, const std::vector<bool>& allowed_after, int num_labels,
                       std::span<const syntax::WordInfo> words, std::span<const NerWordContext> ctx,
                       std::vector<int>* labels) {
  labels->assign(words.size(), 0);
  const bool caps = MostlyCapitals(words);
  std::vector<uint64_t> feats;
  std::vector<float> scores(static_cast<size_t>(num_labels));
  int p1 = -1, p2 = -1;
  for (size_t i = 0; i < words.size(); ++i) {
    feats.clear();
    NerFeatures(words, ctx, caps, i, p1, p2, &feats);
    score(feats, scores.data());
    const size_t row = static_cast<size_t>(p1 < 0 ? num_labels : p1) * num_labels;
    int best = -1;
    for (int c = 0; c < num_labels; ++c) {
      if (!allowed_after[row + c]) continue;
      if (best < 0 || scores[c] > scores[best]) best = c;
    }
    (*labels)[i] = best;
    p2 = p1;
    p1 = best;
  }
}

}  // namespace dateline::entities
