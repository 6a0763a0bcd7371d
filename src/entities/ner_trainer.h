// TrainNer: trains the named-entity recognizer (a structured averaged perceptron with
// first-order Viterbi decoding, see ner.h) on IOB2 files and writes a "ner" model file.
// Each sentence is decoded with the current weights and, when the best sequence differs
// from the gold one, the features of the differing positions move weight to the gold
// labels and label pairs. After each epoch the averaged model is scored on the
// development file (entity F1); the best epoch is kept. Deterministic for a given seed.
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
  bool bilou = true;        // BILOU labels inside the model (read and written as IOB2)
  bool gazetteer = true;    // name-list features from entities/name_tables.h and:
  std::string actors_path;  // optional: the actor dictionary (models/actors.tsv)
  std::string places_path;  // optional: the place gazetteer (models/gazetteer.bin)
  // Optional: a tagger whose UPOS tags become features. Off by default: the shipped
  // tagger was trained on the same sentences as UNER-EWT, so its tags on the training
  // split are better than anywhere else, and the recognizer does better without them.
  std::string pos_model;
};

Status TrainNer(const NerTrainOptions& options, const syntax::TrainLog& log);

}  // namespace dateline::entities
