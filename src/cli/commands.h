// The dateline commands, one function per subcommand. main.cc parses the command line
// into these option structs; each Run* returns the process exit status:
//   0 all good, 1 some input rejected (each reported, the rest processed), 2 usage error.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

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

}  // namespace dateline::cli
