// `dateline build-actors`: compiles the PETRARCH2 actor and agent dictionaries and the
// project's supplement into models/actors.tsv (see entities/actor_dictionary.h).
#include <cstdio>
#include <fstream>

#include "cli/commands.h"
#include "entities/actor_dictionary.h"
#include "entities/model_files.h"

namespace dateline::cli {

int RunBuildActors(const BuildActorsArgs& args) {
  const std::string dir = args.petrarch;
  // The supplement first: its dated terms win over the older dictionaries.
  const std::vector<std::string> actor_files = {
      args.supplement, dir + "/Phoenix.Countries.actors.txt",
      dir + "/Phoenix.International.actors.txt", dir + "/Phoenix.MilNonState.actors.txt"};
  const std::vector<std::string> agent_files = {dir + "/Phoenix.agents.txt"};
  entities::ActorCompileStats stats;
  auto text = entities::CompileActorDictionary(actor_files, agent_files, &stats);
  if (!text.ok()) {
    std::fprintf(stderr, "dateline: %s\n", text.status().ToString().c_str());
    return kExitUsage;
  }
  const std::string out = args.out.empty() ? entities::ModelPath("actors.tsv") : args.out;
  std::ofstream f(out, std::ios::binary);
  f << *text;
  if (!f.flush()) {
    std::fprintf(stderr, "dateline: %s: cannot write\n", out.c_str());
    return kExitUsage;
  }
  std::printf("%s: %zu actors, %zu names, %zu agent nouns from %zu files, %zu bytes\n", out.c_str(),
              stats.actors, stats.names, stats.agents, stats.files, text->size());
  return kExitOk;
}

}  // namespace dateline::cli
