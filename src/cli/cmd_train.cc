// `dateline train pos|parse|ner`: trains one model on one core and writes it under
// models/ (or --out). Defaults read the shared data next to the source tree.
#include <fmt/core.h>

#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "entities/ner_trainer.h"
#include "learn/model_dir.h"
#include "learn/model_file.h"
#include "syntax/parser_trainer.h"
#include "syntax/tagger_trainer.h"
#include "syntax/word_clusters_trainer.h"

#ifndef DATELINE_DATA_DIR
#define DATELINE_DATA_DIR "../shared/data"
#endif

namespace dateline::cli {

namespace {

// Epochs of each model of a final recognizer trained with the dev split: where the
// development curves of `dateline train ner` level off.
constexpr int kNerFinalEpochs = 5;

// The recognizer's word classes: two context places each side and 160 projected
// dimensions scored best on the dev split (mean of two seeds: window 1 75.28, window 2
// 76.12, 3 75.02; with window 2, 160 dimensions 76.87, 256 76.59, 96 76.12).
constexpr int kNerClassWindow = 2;
constexpr int kNerClassDims = 160;

std::string Or(const std::string& value, const std::string& fallback) {
  return value.empty() ? fallback : value;
}

void Log(const std::string& line) {
  fmt::print(stderr, "{}\n", line);
  std::fflush(stderr);
}

int Done(const Status& st) {
  if (!st.ok()) {
    fmt::print(stderr, "error: {}\n", st.message());
    return kExitUsage;
  }
  return kExitOk;
}

int TrainClusters(const TrainArgs& args) {
  const std::string wcep = std::string(DATELINE_DATA_DIR) + "/corpora/wcep-portal";
  syntax::ClusterOptions o;
  o.corpus = args.corpus.empty() ? std::vector<std::string>{wcep} : args.corpus;
  o.window = args.window > 0 ? args.window : kNerClassWindow;
  o.dims = kNerClassDims;
  auto clusters = syntax::TrainWordClusters(o, Log);
  if (!clusters.ok()) return Done(clusters.status());
  // The tagger and the parser do better with classes of frequent words only.
  syntax::ClusterOptions po;
  po.corpus = {wcep};
  po.min_count = 4;
  po.fine = 256;
  po.mid = 256;
  po.coarse = 32;
  auto parser_clusters = syntax::TrainWordClusters(po, Log);
  if (!parser_clusters.ok()) return Done(parser_clusters.status());
  learn::ModelWriter w("clusters");
  w.Add("clusters", clusters->Serialize());
  w.Add("frequent", parser_clusters->Serialize());
  const std::string out = Or(args.out, learn::ModelPath("clusters.model"));
  if (Status st = w.Write(out); !st.ok()) return Done(st);
  Log(fmt::format("wrote {} ({} words)", out, clusters->size()));
  return kExitOk;
}

}  // namespace

int RunTrain(const TrainArgs& args) {
  const std::string ud = std::string(DATELINE_DATA_DIR) + "/ner/ud-ewt/";
  const std::string uner = std::string(DATELINE_DATA_DIR) + "/ner/uner-ewt/";
  const std::string clusters = Or(args.clusters, learn::ModelPath("clusters.model"));
  if (args.model == "clusters") return TrainClusters(args);
  if (args.model == "pos") {
    syntax::TaggerTrainOptions o;
    o.train_path = Or(args.train, ud + "train.conllu");
    o.dev_path = Or(args.dev, ud + "dev.conllu");
    o.out_path = Or(args.out, learn::ModelPath("pos.model"));
    if (args.epochs > 0) o.epochs = args.epochs;
    o.seed = args.seed;
    o.clusters_path = clusters;
    if (args.prune >= 0) o.prune = args.prune;
    return Done(syntax::TrainTagger(o, Log));
  }
  if (args.model == "parse") {
    syntax::ParserTrainOptions o;
    o.train_path = Or(args.train, ud + "train.conllu");
    o.dev_path = Or(args.dev, ud + "dev.conllu");
    o.out_path = Or(args.out, learn::ModelPath("parse.model"));
    o.pos_model = Or(args.pos_model, learn::ModelPath("pos.model"));
    if (args.epochs > 0) o.epochs = args.epochs;
    o.seed = args.seed;
    o.clusters_path = clusters;
    if (args.prune >= 0) o.prune = args.prune;
    if (args.ensemble > 0) o.ensemble = args.ensemble;
    return Done(syntax::TrainParser(o, Log));
  }
  if (args.model == "ner") {
    entities::NerTrainOptions o;
    o.train_path = Or(args.train, uner + "train.iob2");
    o.dev_path = Or(args.dev, uner + "dev.iob2");
    o.out_path = Or(args.out, learn::ModelPath("ner.model"));
    if (args.epochs > 0) o.epochs = args.epochs;
    o.seed = args.seed;
    o.clusters_path = clusters;
    // WikiGold (encyclopedia text) by default: it helps on the web-text dev split too.
    o.extra_train = args.extra;
    if (!args.extra_given) o.extra_train = {std::string(DATELINE_DATA_DIR) + "/ner/wikigold.conll"};
    std::erase(o.extra_train, std::string());
    o.pos_model = args.pos_model;  // no part-of-speech features unless asked for
    o.actors_path = learn::ModelPath("actors.tsv");
    o.places_path = learn::ModelPath("gazetteer.bin");
    o.organizations_path = args.organizations;
    if (args.prune >= 0) o.prune = args.prune;
    o.document = args.document;
    o.history = !args.no_history;
    if (args.folds > 1) o.folds = args.folds;
    if (args.fold_epochs > 0) o.fold_epochs = args.fold_epochs;
    if (args.ensemble > 0) o.ensemble = args.ensemble;
    o.fixed_epochs = args.fixed_epochs || args.with_dev;
    o.with_dev = args.with_dev;
    if (o.with_dev && args.epochs <= 0) o.epochs = kNerFinalEpochs;
    if (o.with_dev && args.fold_epochs <= 0) o.fold_epochs = kNerFinalEpochs;
    return Done(entities::TrainNer(o, Log));
  }
  fmt::print(stderr, "error: unknown model '{}' (expected pos, parse or ner)\n", args.model);
  return kExitUsage;
}

}  // namespace dateline::cli
