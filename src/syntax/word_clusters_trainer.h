// TrainWordClusters: learns WordClusters from a folder of plain-text news.
//
// Every word seen at least `min_count` times is described by the words to its left and
// right (the most frequent `context_words` words, counts square-rooted), projected to
// `dims` dimensions by a fixed random projection and normalized; spherical k-means
// (initialized with the most frequent words, so deterministic) then groups the words
// into `fine`, `mid` and `coarse` classes (three separate clusterings).
//
// Thread-safety: one call per thread; uses one core.
#pragma once

#include <string>

#include "base/status.h"
#include "syntax/train_util.h"
#include "syntax/word_clusters.h"

namespace dateline::syntax {

struct ClusterOptions {
  std::string corpus_dir;
  int min_count = 2;  // the tagger's and parser's classes: 4
  int context_words = 1500;
  int dims = 96;
  int fine = 1024;
  int mid = 256;  // the parser reads this granularity
  int coarse = 64;
  int iterations = 12;
};

Result<WordClusters> TrainWordClusters(const ClusterOptions& options, const TrainLog& log);

}  // namespace dateline::syntax
