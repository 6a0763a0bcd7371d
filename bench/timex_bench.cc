// Throughput of the time stage (TimexTagger::Tag) on the TempEval-3 silver corpus. The
// documents are read and tokenized (text stage) once, before timing; only the tagger
// is timed. The data directory is taken from the DATELINE_DATA environment variable,
// else DATELINE_SHARED_DIR/data, else ../shared/data.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "bench/bench_data.h"
#include "doc/doc.h"
#include "text/text_component.h"
#include "time/timeml.h"
#include "time/timex_tagger.h"

namespace dateline {
namespace {

using bench::DataDir;

// Every TEXT of te3-silver, tokenized and split into sentences, dated by its DCT.
const std::vector<Doc>& Corpus() {
  static const std::vector<Doc>* const corpus = [] {
    auto* docs = new std::vector<Doc>();
    const std::filesystem::path dir = DataDir() / "timeml" / "te3-silver";
    const std::vector<std::filesystem::path> files = bench::FilesUnder(dir, ".tml");
    const auto text = NewTextComponent();
    for (const auto& f : files) {
      auto tml = timex::ReadTimemlFile(f.string());
      if (!tml.ok()) {
        std::cerr << "timex_bench: " << tml.status().message() << "\n";
        continue;
      }
      Doc doc;
      doc.body = std::move(tml->text);
      doc.date = tml->dct;
      if (!text->Process(&doc).ok()) continue;
      docs->push_back(std::move(doc));
    }
    if (docs->empty()) std::cerr << "timex_bench: no corpus under " << dir << "\n";
    return docs;
  }();
  return *corpus;
}

int64_t CorpusBytes() {
  int64_t n = 0;
  for (const Doc& d : Corpus()) n += static_cast<int64_t>(d.body.size());
  return n;
}

void BM_TimexTagger(benchmark::State& state) {
  const auto& corpus = Corpus();
  const timex::TimexTagger tagger;
  std::vector<Timex> out;
  size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (const Doc& doc : corpus) {
      out.clear();
      tagger.Tag(doc, &out);
      found += out.size();
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
  state.counters["docs"] = static_cast<double>(corpus.size());
  state.counters["timexes"] = static_cast<double>(found);
}
BENCHMARK(BM_TimexTagger)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dateline

BENCHMARK_MAIN();
