// Tagger: greedy left-to-right part-of-speech tagger (UPOS and Penn Treebank XPOS as one
// joint tag) with an averaged-perceptron classifier, plus the lemmatizer trained beside
// it. The model file ("pos" kind) holds sections "tags" (the joint tag names,
// "UPOS|XPOS"), "classifier" and "lemmatizer".
//
// Thread-safety: immutable after Load(); Tag() may run on many threads at once (each
// call uses its own scratch buffers).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "doc/tagsets.h"
#include "learn/label_set.h"
#include "learn/linear_model.h"
#include "learn/model_file.h"
#include "syntax/lemmatizer.h"
#include "syntax/word_clusters.h"

namespace dateline::syntax {

class Tagger {
 public:
  static Result<Tagger> Load(const std::string& path);
  static Result<Tagger> FromModel(const learn::ModelFile& file);

  // Joint tag ids for `words` (one per word) into *tags.
  void Tag(std::span<const std::string_view> words, std::vector<int>* tags) const;

  Upos upos(int tag) const { return upos_[tag]; }
  uint8_t xpos(int tag) const { return xpos_[tag]; }
  const std::string& upos_name(int tag) const { return upos_names_[tag]; }
  const std::string& xpos_name(int tag) const { return xpos_names_[tag]; }
  const learn::LabelSet& tags() const { return tags_; }
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }
  const learn::LinearModel& classifier() const { return model_; }
  const WordClusters& clusters() const { return clusters_; }

 private:
  learn::LabelSet tags_;
  learn::LinearModel model_;
  Lemmatizer lemmatizer_;
  WordClusters clusters_;
  std::vector<Upos> upos_;
  std::vector<uint8_t> xpos_;
  std::vector<std::string> upos_names_, xpos_names_;
};

}  // namespace dateline::syntax
