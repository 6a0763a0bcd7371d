// TrainTagger: trains the part-of-speech tagger and lemmatizer on a CoNLL-U treebank
// and writes a "pos" model file. After each epoch the averaged model is scored on the
// development file; the best epoch is kept. Deterministic for a given seed.
//
// Thread-safety: one call per thread; uses one core.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "syntax/train_util.h"

namespace dateline::syntax {

struct TaggerTrainOptions {
  std::string train_path, dev_path, out_path;
  std::string clusters_path;  // optional: a "clusters" model whose classes become features
  int epochs = 10;
  uint64_t seed = 1;
  float prune = 0.05f;  // averaged weights smaller than this are dropped
};

Status TrainTagger(const TaggerTrainOptions& options, const TrainLog& log);

struct ConlluSentence;
// Trains on sentences in memory (train_path/dev_path/out_path unused); returns the bytes
// of the model file.
Result<std::string> TrainTaggerModel(const std::vector<ConlluSentence>& train,
                                     const std::vector<ConlluSentence>& dev,
                                     const TaggerTrainOptions& options, const TrainLog& log);

}  // namespace dateline::syntax
