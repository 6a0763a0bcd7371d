// TrainParser: trains the arc-hybrid dependency parser on a CoNLL-U treebank with a
// dynamic oracle (Goldberg & Nivre 2013) and writes a "parse" model file. The training
// sentences are tagged by the given tagger model, so the parser learns from the same
// kind of tags it sees at run time. After each epoch the averaged model is scored on
// the development file (LAS); the best epoch is kept. Deterministic for a given seed.
//
// Thread-safety: one call per thread; uses one core.
#pragma once

#include <cstdint>
#include <string>

#include "base/status.h"
#include "syntax/train_util.h"

namespace dateline::syntax {

struct ParserTrainOptions {
  std::string train_path, dev_path, out_path, pos_model;
  std::string clusters_path;  // optional: a "clusters" model whose classes become features
  int epochs = 15;
  uint64_t seed = 1;
  float prune = 1.5f;     // averaged weights smaller than this are dropped
  double explore = 0.9;   // probability of following the model's own (wrong) transition
  int explore_after = 1;  // epochs trained with the static path before exploring
  // Training tags come from `jackknife` taggers, each trained on the other folds of the
  // training file (so they are as wrong as at run time); 1 = from pos_model.
  int jackknife = 5;
  // Models trained with different shuffling seeds and averaged into one (an ensemble at
  // the cost of one model when parsing).
  int ensemble = 1;
};

Status TrainParser(const ParserTrainOptions& options, const TrainLog& log);

}  // namespace dateline::syntax
