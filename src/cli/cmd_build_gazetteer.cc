// `dateline build-gazetteer`: compiles GeoNames places and the project's supplement into
// the binary gazetteer the entities stage loads (see entities/gazetteer_builder.h).
#include <cstdio>

#include "cli/commands.h"
#include "entities/gazetteer_builder.h"
#include "entities/model_files.h"

namespace dateline::cli {

int RunBuildGazetteer(const BuildGazetteerArgs& args) {
  const std::string out = args.out.empty() ? entities::ModelPath("gazetteer.bin") : args.out;
  auto stats = entities::BuildGazetteer(args.geonames, args.supplement, out);
  if (!stats.ok()) {
    std::fprintf(stderr, "dateline: %s\n", stats.status().ToString().c_str());
    return kExitUsage;
  }
  std::printf("%s: %u places (%u from the supplement, %u from GeoNames), %u names, %llu bytes\n",
              out.c_str(), stats->entries, stats->supplement_entries, stats->geonames_entries,
              stats->keys, static_cast<unsigned long long>(stats->bytes));
  return kExitOk;
}

}  // namespace dateline::cli
