// dateline: the command-line entry point. Parses arguments and dispatches to the
// commands in commands.h.
#include <CLI/CLI.hpp>

#include <cstdio>

#include "base/civil_date.h"
#include "cli/commands.h"

namespace {

bool ValidDate(const std::string& s) {
  return s.empty() || dateline::CivilDate::Parse(s).has_value();
}

}  // namespace

static int RunMain(int argc, char** argv) {
  using namespace dateline::cli;
  CLI::App app{"dateline: dated news articles in, a queryable record of events and timelines out"};
  app.set_version_flag("--version", std::string("dateline ") + DATELINE_VERSION);
  app.require_subcommand(1);

  auto date_check = CLI::Validator(
      [](std::string& s) { return ValidDate(s) ? std::string() : "expected YYYY-MM-DD, got " + s; },
      "YYYY-MM-DD");

  AnnotateArgs annotate;
  auto* a = app.add_subcommand("annotate", "Annotate articles; print one JSON object per article");
  a->add_option("inputs", annotate.inputs, "files, directories, or - for stdin")->required();
  a->add_option("--threads", annotate.threads, "worker threads (default: all cores)");
  a->add_option("--max-bytes", annotate.max_bytes, "reject inputs larger than this");

  IngestArgs ingest;
  auto* i = app.add_subcommand("ingest", "Annotate articles and store them in the database");
  i->add_option("inputs", ingest.inputs, "files, directories, or - for stdin")->required();
  i->add_option("--db", ingest.db, "database file")->capture_default_str();
  i->add_option("--threads", ingest.threads, "worker threads (default: all cores)");
  i->add_option("--max-bytes", ingest.max_bytes, "reject inputs larger than this");
  i->add_flag("--quiet,-q", ingest.quiet, "no progress, summary only");

  EventsArgs events;
  auto* e = app.add_subcommand("events", "List stored events");
  e->add_option("--db", events.db, "database file")->capture_default_str();
  e->add_option("--from", events.from, "first event date")->check(date_check);
  e->add_option("--to", events.to, "last event date")->check(date_check);
  e->add_option("--actor", events.actor, "actor code or prefix, e.g. RUSGOV or RUS");
  e->add_option("--country", events.country, "ISO 3166 alpha-3 country of source or target");
  e->add_option("--type", events.type, "PLOVER event type, e.g. REQUEST");
  e->add_option("--text", events.text, "full-text filter on the event's sentence");
  e->add_option("--limit", events.limit, "at most this many events");
  e->add_option("--format", events.format)
      ->check(CLI::IsMember({"json", "csv", "tsv"}))
      ->capture_default_str();

  TimelineArgs timeline;
  auto* t = app.add_subcommand("timeline", "Build a dated timeline for a query");
  t->add_option("query", timeline.query, "what the timeline is about (full-text query)")
      ->required();
  t->add_option("--db", timeline.db, "database file")->capture_default_str();
  t->add_option("--from", timeline.from, "first date")->check(date_check);
  t->add_option("--to", timeline.to, "last date")->check(date_check);
  t->add_option("--dates", timeline.dates, "number of dates")
      ->capture_default_str()
      ->check(CLI::Range(1, 10000));
  t->add_option("--sentences", timeline.sentences, "sentences per date")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  t->add_option("--format", timeline.format)
      ->check(CLI::IsMember({"text", "json", "html"}))
      ->capture_default_str();

  SearchArgs search;
  auto* s = app.add_subcommand("search", "Full-text search over stored sentences");
  s->add_option("query", search.query, "search terms")->required();
  s->add_option("--db", search.db, "database file")->capture_default_str();
  s->add_option("--from", search.from, "first article date")->check(date_check);
  s->add_option("--to", search.to, "last article date")->check(date_check);
  s->add_option("--limit", search.limit, "at most this many hits")->capture_default_str();
  s->add_option("--format", search.format)
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();

  ServeArgs serve;
  auto* v = app.add_subcommand("serve", "Serve the HTTP JSON API and the web page");
  v->add_option("--db", serve.db, "database file")->capture_default_str();
  v->add_option("--host", serve.host, "address to bind")->capture_default_str();
  v->add_option("--port", serve.port, "port")->capture_default_str()->check(CLI::Range(1, 65535));

  // `dateline eval STAGE ...`: each scorer is one subcommand of eval whose callback sets
  // `rc`; the headline figure is printed last.
  int rc = kExitUsage;
  auto* eval = app.add_subcommand("eval", "Score a stage against gold data (headline figure last)");
  eval->require_subcommand(1);
  (void)eval;

  EvalTimexArgs eval_timex;
  auto* et = eval->add_subcommand("timex", "TempEval-3 Task A scores of the time stage");
  et->add_option("--gold", eval_timex.gold, "directory of gold TimeML .tml files")->required();
  et->add_option("--pred", eval_timex.pred,
                 "directory of predicted .tml files (default: tag the gold TEXT)");
  et->add_flag("--errors", eval_timex.errors, "list every mismatch under its file");
  et->callback([&] { rc = RunEvalTimex(eval_timex); });

  TimemlArgs timeml;
  auto* tm =
      app.add_subcommand("timeml", "Tag TempEval-3 input files; write TimeML with TIMEX3 inline");
  tm->add_option("inputs", timeml.inputs, "*.tml.TE3input or .tml files")->required();
  tm->add_option("--out", timeml.out, "output directory")->required();

  TrainArgs train;
  auto* tr = app.add_subcommand("train",
                                "Train a shipped model (clusters, pos, parse or ner) on one core");
  tr->add_option("model", train.model, "clusters | pos | parse | ner")
      ->required()
      ->check(CLI::IsMember({"pos", "parse", "ner", "clusters"}));
  tr->add_option("--train", train.train, "training file (default: the shared data split)");
  tr->add_option("--dev", train.dev, "development file (default: the shared data split)");
  tr->add_option("--out", train.out, "model file to write (default: models/<model>.model)");
  tr->add_option("--pos-model", train.pos_model, "parse, ner: tagger model for the training tags");
  tr->add_option("--epochs", train.epochs, "training epochs (default: the model's own)");
  tr->add_option("--seed", train.seed, "shuffling seed")->capture_default_str();
  tr->add_option("--clusters", train.clusters,
                 "word classes model (default: models/clusters.model)");
  tr->add_option("--corpus", train.corpus,
                 "clusters: folders and files of unlabelled text for the recognizer's classes "
                 "(default: the shared WCEP summaries)");
  tr->add_option("--window", train.window,
                 "clusters: context words each side for the recognizer's classes (default 2)");
  auto* extra = tr->add_option(
      "--extra", train.extra,
      "ner: more training files, IOB2 or CoNLL (default: the shared WikiGold; \"\" for none)");
  tr->add_option("--organizations", train.organizations,
                 "ner: list of organization names for the name-list features (\"\" for none)")
      ->capture_default_str();
  tr->add_option("--prune", train.prune, "drop averaged weights smaller than this");
  tr->add_flag("--document", train.document,
               "ner: also how each word is written elsewhere in its document");
  tr->add_flag("--no-history", train.no_history,
               "ner: no second pass over the labels of a word's other occurrences");
  tr->add_option("--folds", train.folds, "ner: folds for the label history of the training set");
  tr->add_option("--fold-epochs", train.fold_epochs, "ner: training epochs of each fold's model");
  tr->add_option("--ensemble", train.ensemble,
                 "parse, ner: models trained with different seeds and averaged into one "
                 "(ner: per pass; default: parse 1, ner 3)");
  tr->add_flag("--fixed-epochs", train.fixed_epochs,
               "ner: every model keeps its last epoch instead of its best on dev");
  tr->add_flag("--with-dev", train.with_dev,
               "ner: the final model: train on the dev split too, for a fixed number of "
               "epochs (--epochs and --fold-epochs, default 5; dev figures are then not held out)");

  ModelEvalArgs model_eval;
  auto add_model_eval = [&](const char* name, const char* help, int (*run)(const ModelEvalArgs&)) {
    auto* sub = eval->add_subcommand(name, help);
    sub->add_option("--gold", model_eval.gold, "gold file")->required();
    sub->add_option("--out", model_eval.out, "write predictions in the gold file's format");
    sub->add_option("--models", model_eval.models,
                    "models directory (default: the shipped models)");
    sub->callback([&, run] { rc = run(model_eval); });
  };
  add_model_eval("pos", "UPOS/XPOS/lemma accuracy on a CoNLL-U file", RunEvalPos);
  add_model_eval("parse", "UAS/LAS (CoNLL 2018) on a CoNLL-U file", RunEvalParse);
  add_model_eval("ner", "entity precision/recall/F1 (conlleval) on an IOB2 file", RunEvalNer);

  EvalGeoArgs eval_geo;
  auto* eg = eval->add_subcommand("geo", "Geocoding accuracy on GeoVirus-format gold (XML)");
  eg->add_option("--gold", eval_geo.gold, "GeoVirus-format XML file")->required();
  eg->add_option("--gazetteer", eval_geo.gazetteer,
                 "compiled gazetteer (default: models/gazetteer.bin)");
  eg->add_flag("--errors", eval_geo.errors, "list each mention placed more than 161 km off");
  eg->callback([&] { rc = RunEvalGeo(eval_geo); });

  EvalEventsArgs eval_events;
  auto* ee = eval->add_subcommand(
      "events", "Event coding scores on PETRARCH-format records or PLOVER gold records");
  ee->add_option("--suite", eval_events.suite,
                 "record format: petrarch (XML records, CAMEO codes) or plover (JSON records, "
                 "PLOVER types)")
      ->check(CLI::IsMember({"petrarch", "plover"}))
      ->capture_default_str();
  ee->add_option("file", eval_events.file, "validation records (XML or JSON)")->required();
  ee->add_option("--split", eval_events.split,
                 "plover: dev (odd records), test (even records) or all")
      ->check(CLI::IsMember({"dev", "test", "all"}))
      ->capture_default_str();
  ee->add_option("--actors", eval_events.actors,
                 "the suite's own actor dictionary (PETRARCH format), laid over the entities");
  ee->add_flag("--errors", eval_events.errors, "list each record with a missed or wrong event");
  ee->callback([&] { rc = RunEvalEvents(eval_events); });

  BuildGazetteerArgs build_gazetteer;
  auto* bg = app.add_subcommand("build-gazetteer",
                                "Compile GeoNames places and the supplement into the gazetteer");
  bg->add_option("--geonames", build_gazetteer.geonames, "GeoNames cities file (cities1000.txt)")
      ->required();
  bg->add_option("--supplement", build_gazetteer.supplement, "the project's places.tsv")
      ->capture_default_str();
  bg->add_option("--out", build_gazetteer.out, "output file (default: models/gazetteer.bin)");
  bg->callback([&] { rc = RunBuildGazetteer(build_gazetteer); });

  BuildActorsArgs build_actors;
  auto* ba = app.add_subcommand(
      "build-actors",
      "Compile the PETRARCH2 dictionaries and the supplement into the actor dictionary");
  ba->add_option("--petrarch", build_actors.petrarch, "PETRARCH2 dictionaries folder")->required();
  ba->add_option("--supplement", build_actors.supplement, "the project's supplement")
      ->capture_default_str();
  ba->add_option("--out", build_actors.out, "output file (default: models/actors.tsv)");
  ba->callback([&] { rc = RunBuildActors(build_actors); });

  BuildVerbsArgs build_verbs;
  auto* bv =
      app.add_subcommand("build-verbs", "Compile the CAMEO verb dictionary into the verb patterns");
  bv->add_option("--cameo", build_verbs.cameo, "PETRARCH2 CAMEO.2.0.txt")->required();
  bv->add_option("--additions", build_verbs.additions, "the project's additions, same format")
      ->capture_default_str();
  bv->add_option("--out", build_verbs.out, "output file (default: models/verbs.tsv)");
  bv->callback([&] { rc = RunBuildVerbs(build_verbs); });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& err) {
    const int code = app.exit(err);
    return code == 0 ? kExitOk : kExitUsage;
  }

  if (a->parsed()) return RunAnnotate(annotate);
  if (i->parsed()) return RunIngest(ingest);
  if (e->parsed()) return RunEvents(events);
  if (t->parsed()) return RunTimeline(timeline);
  if (s->parsed()) return RunSearch(search);
  if (v->parsed()) return RunServe(serve);
  if (tr->parsed()) {
    train.extra_given = extra->count() > 0;
    return RunTrain(train);
  }
  if (tm->parsed()) return RunTimeml(timeml);
  return rc;
}

// The engine reports errors as values; this only keeps an unexpected exception (for
// example std::bad_alloc) from ending the process without a word.
int main(int argc, char** argv) {
  try {
    return RunMain(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "error: unexpected failure\n");
  }
  return dateline::cli::kExitUsage;
}
