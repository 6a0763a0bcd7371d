// NerTagger: the named-entity recognizer. Sequence labelling (PER, ORG, LOC) with a
// structured averaged perceptron and first-order Viterbi decoding over BIO or BILOU
// labels (the model's label set says which; results are always given as IOB2); decoding
// never continues an entity that was not begun, nor (BILOU) leaves one open at the end. Sentences
// set in capitals (headlines) are recognized with case-blind features. The model file ("ner" kind)
// holds sections "labels" (the BIO or BILOU tags) and "classifier", and optionally "clusters",
// "gazetteer" (NerGazetteer), "uses-pos", "document" (the model reads document evidence:
// how a word is written elsewhere in the document) and "history" (a second classifier that
// re-decodes the sentences holding a word the first pass labelled elsewhere in the
// document, with those labels as features).
//
// Thread-safety: immutable after Load(); Tag() may run on many threads at once.
#pragma once

#include <algorithm>
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

  // Label ids of labels() (BIO or BILOU), one per word. `upos`: the words' parts of speech, or
  // empty (the model then works without them, less accurately, when it was trained with them).
  void Tag(std::span<const std::string_view> words, std::span<const Upos> upos,
           std::vector<int>* labels) const;
  // The sentences of one document together, so that the words recurring in it lend each
  // other evidence; labels[s]: the label ids of sentence s. upos: empty, or one span per
  // sentence as for Tag().
  void TagDocument(std::span<const std::span<const std::string_view>> sentences,
                   std::span<const std::span<const Upos>> upos,
                   std::vector<std::vector<int>>* labels) const;
  // IOB2 tags as strings ("O", "B-PER", "I-PER", ...).
  void TagBio(std::span<const std::string_view> words, std::span<const Upos> upos,
              std::vector<std::string>* tags) const;
  // Whether the model was trained with part-of-speech features.
  bool uses_pos() const { return uses_pos_; }
  const learn::LabelSet& labels() const { return labels_; }

  // The best label sequence under `score` (a LinearModel or a trainer) by Viterbi search
  // over the allowed label pairs, shared with the trainer. A scorer with a member
  // Each(features, ends, scores) (see LinearModel::ScoreEach) scores the transitions from
  // all previous labels in one call. allowed_after[p * L + c]:
  // label c may follow label p (p = L: the start).
  template <typename Scorer>
  static void Decode(const Scorer& score, const std::vector<bool>& allowed_after, int num_labels,
                     std::span<const syntax::WordInfo> words, std::span<const NerWordContext> ctx,
                     std::vector<int>* labels);
  // Decode() for every sentence of a document (contexts with document evidence already
  // added) with `first`; then, with `second`, again for each sentence holding a word whose
  // other occurrences the first pass labelled, with the label history added to the
  // contexts. label_types[label id]: the kDocPer/kDocOrg/kDocLoc bit of a label, 0 for O.
  template <typename First, typename Second>
  static void DecodeDocument(const First& first, const Second* second,
                             const std::vector<bool>& allowed_after, int num_labels,
                             std::span<const uint32_t> label_types,
                             std::span<const NerDocSentence> doc,
                             std::vector<std::vector<int>>* labels);
  // label_types for DecodeDocument().
  static std::vector<uint32_t> LabelTypes(const learn::LabelSet& labels);
  // The constraint table for a label set (BIO, or BILOU when it has L- and U- labels):
  // rows 0..L-1 after each label, row L at the start, row L + 1 whether a label may end
  // the sentence.
  static std::vector<bool> Transitions(const learn::LabelSet& labels);
  // BILOU -> BIO for one label ("U-PER" -> "B-PER", "L-PER" -> "I-PER"), and IOB2 -> BILOU
  // for a sentence.
  static std::string ToBio(const std::string& label);
  static std::vector<std::string> ToBilou(const std::vector<std::string>& bio);

 private:
  learn::LabelSet labels_;
  learn::LinearModel model_;
  learn::LinearModel history_;
  bool has_history_ = false, document_ = false;
  std::vector<uint32_t> label_types_;
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
  const size_t n = words.size();
  const size_t L = static_cast<size_t>(num_labels);
  labels->assign(n, 0);
  if (n == 0) return;
  const bool caps = MostlyCapitals(words);
  constexpr float kNone = -1e30f;
  std::vector<uint64_t> feats;
  std::vector<float> emit(L), trans(L), best(n * L, kNone);
  std::vector<int> back(n * L, -1);
  std::vector<int> prev;
  std::vector<uint32_t> ends;
  for (size_t i = 0; i < n; ++i) {
    feats.clear();
    NerEmissionFeatures(words, ctx, caps, i, &feats);
    score(feats, emit.data());
    float* row = &best[i * L];
    int* from = &back[i * L];
    // The transition features of every live previous label, scored together.
    prev.clear();
    ends.clear();
    feats.clear();
    for (int p = i == 0 ? -1 : 0; p <= (i == 0 ? -1 : num_labels - 1); ++p) {
      if (p >= 0 && best[(i - 1) * L + static_cast<size_t>(p)] <= kNone) continue;
      NerTransitionFeatures(words, ctx, caps, i, p, &feats);
      prev.push_back(p);
      ends.push_back(static_cast<uint32_t>(feats.size()));
    }
    trans.resize(prev.size() * L);
    if constexpr (requires { score.Each(feats, ends, trans.data()); }) {
      score.Each(feats, ends, trans.data());
    } else {
      for (size_t g = 0; g < prev.size(); ++g) {
        const size_t from_feat = g == 0 ? 0 : ends[g - 1];
        score(std::span<const uint64_t>(feats).subspan(from_feat, ends[g] - from_feat),
              trans.data() + g * L);
      }
    }
    for (size_t g = 0; g < prev.size(); ++g) {
      const int p = prev[g];
      const float base = p < 0 ? 0.0f : best[(i - 1) * L + static_cast<size_t>(p)];
      const size_t allowed_row = static_cast<size_t>(p < 0 ? num_labels : p) * L;
      const float* t = trans.data() + g * L;
      for (size_t c = 0; c < L; ++c) {
        if (!allowed_after[allowed_row + c]) continue;
        const float v = base + emit[c] + t[c];
        if (v > row[c]) {
          row[c] = v;
          from[c] = p;
        }
      }
    }
  }
  const size_t end_row = (L + 1) * L;
  int c = -1;
  for (size_t k = 0; k < L; ++k) {
    if (!allowed_after[end_row + k] || best[(n - 1) * L + k] <= kNone) continue;
    if (c < 0 || best[(n - 1) * L + k] > best[(n - 1) * L + static_cast<size_t>(c)]) {
      c = static_cast<int>(k);
    }
  }
  if (c < 0) c = 0;
  for (size_t i = n; i-- > 0;) {
    (*labels)[i] = c;
    c = back[i * L + static_cast<size_t>(c)];
  }
}

}  // namespace dateline::entities

namespace dateline::entities {

template <typename First, typename Second>
void NerTagger::DecodeDocument(const First& first, const Second* second,
                               const std::vector<bool>& allowed_after, int num_labels,
                               std::span<const uint32_t> label_types,
                               std::span<const NerDocSentence> doc,
                               std::vector<std::vector<int>>* labels) {
  constexpr uint32_t kHistory = kDocPer | kDocOrg | kDocLoc;
  labels->resize(doc.size());
  for (size_t s = 0; s < doc.size(); ++s) {
    for (NerWordContext& c : doc[s].ctx) c.doc &= ~kHistory;
    Decode(first, allowed_after, num_labels, doc[s].words, doc[s].ctx, &(*labels)[s]);
  }
  if (second == nullptr) return;
  std::vector<std::vector<uint32_t>> types(doc.size());
  std::vector<NerDocSentence> with(doc.begin(), doc.end());
  bool any = false;
  for (size_t s = 0; s < doc.size(); ++s) {
    for (int id : (*labels)[s]) {
      types[s].push_back(label_types[static_cast<size_t>(id)]);
      any = any || types[s].back() != 0;
    }
    with[s].types = types[s];
  }
  if (!any) return;
  AddNerDocumentEvidence(with, true);
  for (size_t s = 0; s < doc.size(); ++s) {
    if (std::any_of(doc[s].ctx.begin(), doc[s].ctx.end(),
                    [](const NerWordContext& c) { return (c.doc & kHistory) != 0; })) {
      Decode(*second, allowed_after, num_labels, doc[s].words, doc[s].ctx, &(*labels)[s]);
    }
  }
}

}  // namespace dateline::entities
