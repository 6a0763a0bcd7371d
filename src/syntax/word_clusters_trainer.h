// TrainWordClusters: learns WordClusters from unlabelled text: folders or files of plain
// text, of TimeML documents (the text inside <TEXT>, tags dropped), of CoNLL-U (the
// "# text =" lines) or of CoNLL/IOB2 columns (the first column, a sentence a line).
//
// Every word seen at least `min_count` times is described by the words up to `window`
// places to its left and right (each place apart; the most frequent `context_words`
// words, counts square-rooted), projected to
// `dims` dimensions by a fixed random projection and normalized; spherical k-means
// (initialized with the most frequent words, so deterministic) then groups the words
// into `fine`, `mid` and `coarse` classes (three separate clusterings).
//
// Thread-safety: one call per thread; uses one core.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "syntax/train_util.h"
#include "syntax/word_clusters.h"

namespace dateline::syntax {

struct ClusterOptions {
  std::vector<std::string> corpus;  // folders (read recursively) and files
  int min_count = 2;                // the tagger's and parser's classes: 4
  int context_words = 1500;
  int window = 1;
  int dims = 96;
  int fine = 1024;
  int mid = 256;  // the parser reads this granularity
  int coarse = 64;
  int iterations = 12;
};

// The running text of one corpus file, by its name's extension (see above); other files
// are read as plain text.
std::string CorpusText(std::string_view path, std::string_view content);

Result<WordClusters> TrainWordClusters(const ClusterOptions& options, const TrainLog& log);

}  // namespace dateline::syntax
