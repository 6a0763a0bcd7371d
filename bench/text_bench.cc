// Throughput of the text stage (Tokenize, SplitSentences) on real news: the
// wcep-portal corpus, read from disk at start-up. The data directory is taken from the
// DATELINE_DATA environment variable, else DATELINE_SHARED_DIR/data, else
// ../shared/data.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/bench_data.h"
#include "doc/doc.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace dateline {
namespace {

using bench::DataDir;

// Every article body of the corpus, in a stable order.
const std::vector<std::string>& Corpus() {
  static const std::vector<std::string>* const corpus = [] {
    auto* docs = new std::vector<std::string>();
    const std::filesystem::path dir = DataDir() / "corpora" / "wcep-portal";
    const std::vector<std::filesystem::path> files = bench::FilesUnder(dir, ".txt");
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      std::string text = ss.str();
      // Skip the "date YYYY-MM-DD" header line: the body is what the stage sees.
      const size_t nl = text.find('\n');
      if (text.starts_with("date ") && nl != std::string::npos) text.erase(0, nl + 1);
      docs->push_back(std::move(text));
    }
    if (docs->empty()) std::cerr << "text_bench: no corpus under " << dir << "\n";
    return docs;
  }();
  return *corpus;
}

int64_t CorpusBytes() {
  int64_t n = 0;
  for (const std::string& d : Corpus()) n += static_cast<int64_t>(d.size());
  return n;
}

void BM_Tokenize(benchmark::State& state) {
  const auto& corpus = Corpus();
  std::vector<Token> tokens;
  for (auto _ : state) {
    for (const std::string& body : corpus) {
      Tokenize(body, &tokens);
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_SplitSentences(benchmark::State& state) {
  const auto& corpus = Corpus();
  std::vector<std::vector<Token>> tokens(corpus.size());
  for (size_t i = 0; i < corpus.size(); ++i) Tokenize(corpus[i], &tokens[i]);
  std::vector<Sentence> sentences;
  for (auto _ : state) {
    for (size_t i = 0; i < corpus.size(); ++i) {
      SplitSentences(corpus[i], tokens[i], &sentences);
      benchmark::DoNotOptimize(sentences.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

void BM_TokenizeAndSplit(benchmark::State& state) {
  const auto& corpus = Corpus();
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  for (auto _ : state) {
    for (const std::string& body : corpus) {
      Tokenize(body, &tokens);
      SplitSentences(body, tokens, &sentences);
      benchmark::DoNotOptimize(sentences.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
}
BENCHMARK(BM_TokenizeAndSplit)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dateline

BENCHMARK_MAIN();
