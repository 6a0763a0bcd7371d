// `dateline build-verbs --cameo CAMEO.2.0.txt`: compiles the PETRARCH2 CAMEO verb
// dictionary and the project's additions into models/verbs.tsv (see
// events/verb_patterns.h).
#include <cstdio>
#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "entities/model_files.h"
#include "events/verb_patterns.h"

namespace dateline::cli {
namespace {

bool ReadAll(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *text = ss.str();
  return !in.bad();
}

}  // namespace

int RunBuildVerbs(const BuildVerbsArgs& args) {
  std::string cameo, additions;
  if (!ReadAll(args.cameo, &cameo)) {
    std::fprintf(stderr, "dateline: %s: cannot read\n", args.cameo.c_str());
    return kExitUsage;
  }
  if (!args.additions.empty() && !ReadAll(args.additions, &additions)) {
    std::fprintf(stderr, "dateline: %s: cannot read\n", args.additions.c_str());
    return kExitUsage;
  }
  auto text = events::CompileVerbPatterns(cameo, args.cameo, additions, args.additions);
  if (!text.ok()) {
    std::fprintf(stderr, "dateline: %s\n", text.status().ToString().c_str());
    return kExitUsage;
  }
  auto check = events::VerbPatterns::Parse(*text, "compiled verbs");
  if (!check.ok()) {
    std::fprintf(stderr, "dateline: %s\n", check.status().ToString().c_str());
    return kExitUsage;
  }
  const std::string out = args.out.empty() ? entities::ModelPath("verbs.tsv") : args.out;
  std::ofstream f(out, std::ios::binary);
  f << *text;
  if (!f.flush()) {
    std::fprintf(stderr, "dateline: %s: cannot write\n", out.c_str());
    return kExitUsage;
  }
  std::printf("%s: %zu verb forms, %zu patterns, %zu bytes\n", out.c_str(), check->form_count(),
              check->pattern_count(), text->size());
  return kExitOk;
}

}  // namespace dateline::cli
