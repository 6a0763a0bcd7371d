// Throughput of the shipped tagger, parser and entity recognizer on one core, in words
// per second, over the sentences of UD English-EWT dev (read at start-up). The data
// directory is taken from DATELINE_DATA, else DATELINE_SHARED_DIR/data; the models from
// DATELINE_MODELS, else the source tree's models/.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "bench/bench_data.h"
#include "entities/ner.h"
#include "learn/model_dir.h"
#include "syntax/conllu.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace dateline {
namespace {

using bench::DataDir;

struct Data {
  std::vector<std::vector<std::string_view>> sentences;
  std::vector<syntax::ConlluSentence> conllu;
  size_t words = 0;
};

const Data& Sentences() {
  static const Data* const data = [] {
    auto* d = new Data();
    auto s = syntax::ReadConllu((DataDir() / "ner/ud-ewt/dev.conllu").string());
    if (!s.ok()) {
      std::cerr << s.status().ToString() << "\n";
      std::exit(1);
    }
    d->conllu = std::move(*s);
    for (const syntax::ConlluSentence& c : d->conllu) {
      std::vector<std::string_view> words;
      for (const syntax::ConlluWord& w : c.words) words.emplace_back(w.form);
      d->words += words.size();
      d->sentences.push_back(std::move(words));
    }
    return d;
  }();
  return *data;
}

template <typename T>
const T& Load(const char* file) {
  static const T* const model = [file] {
    auto m = T::Load(learn::ModelPath(file));
    if (!m.ok()) {
      std::cerr << m.status().ToString() << "\n";
      std::exit(1);
    }
    return new T(std::move(*m));
  }();
  return *model;
}

void BM_Tagger(benchmark::State& state) {
  const Data& d = Sentences();
  const auto& tagger = Load<syntax::Tagger>("pos.model");
  std::vector<int> tags;
  for (auto _ : state) {
    for (const auto& s : d.sentences) tagger.Tag(s, &tags);
    benchmark::DoNotOptimize(tags.data());
  }
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(d.words) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tagger)->Unit(benchmark::kMillisecond);

void BM_Parser(benchmark::State& state) {
  const Data& d = Sentences();
  const auto& tagger = Load<syntax::Tagger>("pos.model");
  const auto& parser = Load<syntax::Parser>("parse.model");
  std::vector<std::vector<Upos>> upos;
  std::vector<std::vector<uint8_t>> xpos;
  std::vector<int> tags;
  for (const auto& s : d.sentences) {
    tagger.Tag(s, &tags);
    upos.emplace_back();
    xpos.emplace_back();
    for (int t : tags) {
      upos.back().push_back(tagger.upos(t));
      xpos.back().push_back(tagger.xpos(t));
    }
  }
  std::vector<syntax::Parser::Arc> arcs;
  for (auto _ : state) {
    for (size_t i = 0; i < d.sentences.size(); ++i) {
      parser.Parse(d.sentences[i], upos[i], xpos[i], &arcs);
    }
    benchmark::DoNotOptimize(arcs.data());
  }
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(d.words) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Parser)->Unit(benchmark::kMillisecond);

void BM_EntityRecognizer(benchmark::State& state) {
  const Data& d = Sentences();
  const auto& tagger = Load<syntax::Tagger>("pos.model");
  const auto& ner = Load<entities::NerTagger>("ner.model");
  std::vector<std::vector<Upos>> upos;
  std::vector<int> tags;
  for (const auto& s : d.sentences) {
    tagger.Tag(s, &tags);
    upos.emplace_back();
    for (int t : tags) upos.back().push_back(tagger.upos(t));
  }
  std::vector<int> labels;
  for (auto _ : state) {
    for (size_t i = 0; i < d.sentences.size(); ++i) ner.Tag(d.sentences[i], upos[i], &labels);
    benchmark::DoNotOptimize(labels.data());
  }
  state.counters["words/s"] =
      benchmark::Counter(static_cast<double>(d.words) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}
BENCHMARK(BM_EntityRecognizer)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dateline

BENCHMARK_MAIN();
