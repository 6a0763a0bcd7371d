// TrainNer: trains the named-entity recognizer (greedy BIO tagging with an averaged
// perceptron) on IOB2 files and writes a "ner" model file. After each epoch the averaged
// model is scored on the development file (entity F1); the best epoch is kept.
// Deterministic for a given seed.
//
// Thread-safety: one call per thread; uses one core.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "syntax/train_util.h"

namespace dateline::entities {

struct NerTrainOptions {
  std::string train_path, dev_path, out_path;
  std::vector<std::string> extra_train;  // more training files (IOB2 or CoNLL)
  std::string clusters_path;  // optional: a "clusters" model whose classes become features
  int epochs = 12;
  uint64_t seed = 1;
  float prune = 0.05f;
  bool gazetteer = true;  // name-list features from entities/name_tables.h
  std::string pos_model;  // optional: a tagger whose UPOS tags become features
};

Status TrainNer(const NerTrainOptions& options, const syntax::TrainLog& log);

}  // namespace dateline::entities
