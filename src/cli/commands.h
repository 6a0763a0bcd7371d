// The dateline commands, one function per subcommand. main.cc parses the command line
// into these option structs; each Run* returns the process exit status:
//   0 all good, 1 some input rejected (each reported, the rest processed), 2 usage error.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dateline {
class Pipeline;
}  // namespace dateline

namespace dateline::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitRejected = 1;
inline constexpr int kExitUsage = 2;

struct AnnotateArgs {
  std::vector<std::string> inputs;  // files, directories, or "-"
  unsigned threads = 0;             // 0 = all cores
  uint64_t max_bytes = 64ull << 20;
};
int RunAnnotate(const AnnotateArgs& args);

struct IngestArgs {
  std::vector<std::string> inputs;
  std::string db = "dateline.db";
  unsigned threads = 0;
  uint64_t max_bytes = 64ull << 20;
  bool quiet = false;
};
int RunIngest(const IngestArgs& args);

struct EventsArgs {
  std::string db = "dateline.db";
  std::string from, to, actor, country, type, text;
  std::string format = "json";  // json | csv | tsv
  int limit = 0;                // 0 = no limit
};
int RunEvents(const EventsArgs& args);

struct TimelineArgs {
  std::string query;
  std::string db = "dateline.db";
  std::string from, to;
  int dates = 10;
  int sentences = 2;
  std::string format = "text";  // text | json | html
};
int RunTimeline(const TimelineArgs& args);

struct SearchArgs {
  std::string query;
  std::string db = "dateline.db";
  std::string from, to;
  int limit = 20;
  std::string format = "text";  // text | json
};
int RunSearch(const SearchArgs& args);

struct ServeArgs {
  std::string db = "dateline.db";
  std::string host = "127.0.0.1";
  int port = 8080;
};
int RunServe(const ServeArgs& args);

struct EvalTimexArgs {
  std::string gold;     // directory of gold .tml files
  std::string pred;     // directory of predicted .tml files; empty: run the tagger
  bool errors = false;  // list mismatches per file
};
int RunEvalTimex(const EvalTimexArgs& args);

struct TimemlArgs {
  std::vector<std::string> inputs;  // *.tml.TE3input or .tml files
  std::string out;                  // output directory
};
int RunTimeml(const TimemlArgs& args);

// `dateline train pos|parse|ner`: rebuilds a shipped model from the shared data.
struct TrainArgs {
  std::string model;                // pos | parse | ner | clusters
  std::string train, dev;           // default: the shared data splits for the model
  std::string out;                  // default: <models dir>/<model>.model
  std::string pos_model;            // parse, ner: the tagger whose tags the model trains on
  std::string clusters;             // word classes model (default: <models dir>/clusters.model)
  std::vector<std::string> corpus;  // clusters: folders and files of unlabelled text
  int window = 0;                   // clusters: context words each side (0 = the default)
  std::vector<std::string> extra;   // ner: more training files
  bool extra_given = false;         // ner: --extra was given (else WikiGold is the extra file)
  // ner: the organization list for the name-list features ("" = none)
  std::string organizations = "data/gazetteer/organizations.txt";
  float prune = -1;  // < 0 = the model's default
  int epochs = 0;    // 0 = the model's default
  uint64_t seed = 1;
  bool document = false;      // ner: evidence from how words are written elsewhere
  bool no_history = false;    // ner: no second pass over the document's label history
  int folds = 0;              // ner: 0 = the default number of folds for the label history
  int fold_epochs = 0;        // ner: 0 = the default epochs of each fold's model
  int ensemble = 0;           // ner: 0 = the default number of averaged models per pass
  bool fixed_epochs = false;  // ner: keep the last epoch, not the best on dev
  bool with_dev = false;      // ner: train on the dev split too (implies fixed_epochs)
};
int RunTrain(const TrainArgs& args);

// `dateline eval pos|parse|ner --gold FILE [--out PRED]`: scores a shipped model on a
// gold file and prints the headline figure last.
struct ModelEvalArgs {
  std::string gold;
  std::string out;     // optional: predictions in the gold file's format
  std::string models;  // optional: models directory (default: the shipped models)
};
int RunEvalPos(const ModelEvalArgs& args);
int RunEvalParse(const ModelEvalArgs& args);
int RunEvalNer(const ModelEvalArgs& args);

// `dateline eval geo --gold FILE.xml`: geocoding on GeoVirus-format gold; prints
// "within 161 km: X.X %" (given the gold spans) last.
struct EvalGeoArgs {
  std::string gold;
  std::string gazetteer;  // default: <models dir>/gazetteer.bin
  bool errors = false;    // list each mention placed wrong
};
int RunEvalGeo(const EvalGeoArgs& args);

// `dateline eval events --suite petrarch FILE.xml`: codes the raw sentences of
// PETRARCH-format validation records and scores them; prints "root: P R F1" last.
struct EvalEventsArgs {
  std::string suite = "petrarch";
  std::string file;
  std::string actors;         // optional: the suite's PETRARCH-format actor dictionary
  bool errors = false;        // list each record with a missed or wrong event
  std::string split = "all";  // plover: dev (odd records), test (even records) or all
};
int RunEvalEvents(const EvalEventsArgs& args);
// The plover suite of `dateline eval events` with the standard pipeline already loaded
// (cmd_eval_plover.cc).
int ScorePloverRecords(const EvalEventsArgs& args, const Pipeline& pipeline);

// `dateline build-verbs --cameo CAMEO.2.0.txt`: compiles the verb patterns.
struct BuildVerbsArgs {
  std::string cameo;                                // the PETRARCH2 CAMEO verb dictionary
  std::string additions = "data/events/verbs.txt";  // the project's additions ("": none)
  std::string out;                                  // default: <models dir>/verbs.tsv
};
int RunBuildVerbs(const BuildVerbsArgs& args);

// `dateline build-gazetteer --geonames cities1000.txt`: compiles the gazetteer.
struct BuildGazetteerArgs {
  std::string geonames;
  std::string supplement = "data/gazetteer/places.tsv";
  std::string out;  // default: <models dir>/gazetteer.bin
};
int RunBuildGazetteer(const BuildGazetteerArgs& args);

// `dateline build-actors --petrarch DIR`: compiles the actor dictionary.
struct BuildActorsArgs {
  std::string petrarch;  // the PETRARCH2 dictionaries folder
  std::string supplement = "data/actors/supplement.txt";
  std::string out;  // default: <models dir>/actors.tsv
};
int RunBuildActors(const BuildActorsArgs& args);

}  // namespace dateline::cli
