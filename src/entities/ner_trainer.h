// TrainNer: trains the named-entity recognizer (a structured averaged perceptron with
// first-order Viterbi decoding, see ner.h) on IOB2 files and writes a "ner" model file.
// Each sentence is decoded with the current weights and, when the best sequence differs
// from the gold one, the features of the differing positions move weight to the gold
// labels and label pairs. After each epoch the averaged model is scored on the
// development file (entity F1); the best epoch is kept. With the label history (the
// default), a second classifier is then trained the same way on features that say which
// types the first pass gave a word's other occurrences in its document; for the training
// set those labels come from k-fold models that did not see the document. Deterministic
// for a given seed.
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
  // Every model keeps its weights after exactly `epochs` epochs instead of the epoch
  // that scored best on dev. For a final model trained with the dev sentences
  // (`with_dev`), whose dev figures are then no longer held out.
  bool fixed_epochs = false;
  // The dev sentences are also training sentences (needs fixed_epochs).
  bool with_dev = false;
  // Each pass is trained this many times with different shuffling seeds and the models
  // averaged into one (an ensemble at the cost of one model when tagging).
  int ensemble = 3;
  uint64_t seed = 1;
  float prune = 0.05f;
  bool bilou = true;               // BILOU labels inside the model (read and written as IOB2)
  bool gazetteer = true;           // name-list features from entities/name_tables.h and:
  std::string actors_path;         // optional: the actor dictionary (models/actors.tsv)
  std::string places_path;         // optional: the place gazetteer (models/gazetteer.bin)
  std::string organizations_path;  // optional: data/gazetteer/organizations.txt
  // Optional: a tagger whose UPOS tags become features. Off by default: the shipped
  // tagger was trained on the same sentences as UNER-EWT, so its tags on the training
  // split are better than anywhere else, and the recognizer does better without them.
  std::string pos_model;
  // Document evidence: how each word is written elsewhere in its document. Off by
  // default: on UNER EWT (web text, short documents) it costs F1.
  bool document = false;
  // A second pass that also reads the labels the first pass gave the word's other
  // occurrences in the document; trained on labels from `folds` models each trained
  // without a share of the documents, for fold_epochs epochs.
  bool history = true;
  int folds = 4;
  int fold_epochs = 12;
};

Status TrainNer(const NerTrainOptions& options, const syntax::TrainLog& log);

}  // namespace dateline::entities
