// Throughput of the entities stage — actor resolution (name tables, the compiled actor
// dictionary, back-references) and geocoding against the compiled gazetteer — on real
// news: the wcep-portal corpus, tokenized once at start-up. Also the gazetteer's load
// time. The data directory is taken from DATELINE_DATA, else DATELINE_SHARED_DIR/data.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/bench_data.h"
#include "entities/entity_component.h"
#include "entities/model_files.h"
#include "entities/place_gazetteer.h"
#include "text/text_component.h"

namespace dateline {
namespace {

using bench::DataDir;

// The corpus as tokenized Docs dated by their header, in a stable order.
const std::vector<Doc>& Corpus() {
  static const std::vector<Doc>* const corpus = [] {
    auto* docs = new std::vector<Doc>();
    const auto text = NewTextComponent();
    const std::vector<std::filesystem::path> files =
        bench::FilesUnder(DataDir() / "corpora" / "wcep-portal", ".txt");
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      Doc doc;
      doc.body = ss.str();
      const size_t nl = doc.body.find('\n');
      if (doc.body.starts_with("date ") && nl != std::string::npos) {
        if (auto d = CivilDate::Parse(doc.body.substr(5, 10))) doc.date = *d;
        doc.body.erase(0, nl + 1);
      }
      if (text->Process(&doc).ok()) docs->push_back(std::move(doc));
    }
    return docs;
  }();
  return *corpus;
}

void BM_EntitiesStage(benchmark::State& state) {
  const auto entities = NewEntityComponent();
  std::vector<Doc> docs = Corpus();
  int64_t bytes = 0;
  for (const Doc& d : docs) bytes += static_cast<int64_t>(d.body.size());
  for (auto _ : state) {
    for (Doc& d : docs) {
      if (!entities->Process(&d).ok()) state.SkipWithError("entities failed");
      benchmark::DoNotOptimize(d.entities.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_EntitiesStage)->Unit(benchmark::kMillisecond);

void BM_LoadGazetteer(benchmark::State& state) {
  const std::string path = entities::ModelPath("gazetteer.bin");
  for (auto _ : state) {
    auto g = entities::PlaceGazetteer::Load(path);
    if (!g.ok()) state.SkipWithError(g.status().ToString().c_str());
    benchmark::DoNotOptimize(g.ok());
  }
}
BENCHMARK(BM_LoadGazetteer)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dateline

BENCHMARK_MAIN();
