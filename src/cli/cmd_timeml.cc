// `dateline timeml`: tags TempEval-3 input files (or gold TimeML files, whose TIMEX3
// tags are ignored) and writes DIR/NAME.tml with the TIMEX3 tags inline.
#include <fmt/core.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "cli/commands.h"
#include "time/timeml.h"
#include "time/timeml_tagger.h"

namespace dateline::cli {

int RunTimeml(const TimemlArgs& args) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(args.out, ec);
  if (ec || !fs::is_directory(args.out)) {
    fmt::print(stderr, "error: {}: cannot create the output directory\n", args.out);
    return kExitUsage;
  }
  const timex::TimemlTagger tagger;
  int rejected = 0, written = 0;
  for (const std::string& path : args.inputs) {
    auto doc = timex::ReadTimemlFile(path);
    if (!doc.ok()) {
      fmt::print(stderr, "error: {}\n", doc.status().message());
      ++rejected;
      continue;
    }
    auto timexes = tagger.Tag(*doc);
    if (!timexes.ok()) {
      fmt::print(stderr, "error: {}\n", timexes.status().message());
      ++rejected;
      continue;
    }
    const fs::path out = fs::path(args.out) / (doc->name + ".tml");
    std::ofstream f(out, std::ios::binary);
    f << timex::WriteTimeml(*doc, std::move(*timexes));
    f.close();
    if (!f) {
      fmt::print(stderr, "error: {}: cannot write\n", out.string());
      ++rejected;
      continue;
    }
    ++written;
  }
  fmt::print(stderr, "{} file(s) written to {}, {} rejected\n", written, args.out, rejected);
  return rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace dateline::cli
