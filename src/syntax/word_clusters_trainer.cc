#include "syntax/word_clusters_trainer.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <unordered_map>

#include "learn/hash.h"
#include "syntax/word_features.h"
#include "text/tokenizer.h"

namespace dateline::syntax {

namespace {

std::vector<int> KMeans(const std::vector<float>& vecs, size_t n, int dims, int k, int iters) {
  const size_t d = static_cast<size_t>(dims);
  const size_t kk = std::min<size_t>(static_cast<size_t>(k), n);
  std::vector<float> cent(kk * d);
  for (size_t c = 0; c < kk; ++c) {
    std::copy(vecs.begin() + static_cast<long>(c * d),
              vecs.begin() + static_cast<long>((c + 1) * d),
              cent.begin() + static_cast<long>(c * d));
  }
  std::vector<int> assign(n, 0);
  for (int it = 0; it < iters; ++it) {
    for (size_t w = 0; w < n; ++w) {
      const float* v = &vecs[w * d];
      float best = -1e30f;
      int arg = 0;
      for (size_t c = 0; c < kk; ++c) {
        const float* ce = &cent[c * d];
        float dot = 0;
        for (size_t j = 0; j < d; ++j) dot += v[j] * ce[j];
        if (dot > best) best = dot, arg = static_cast<int>(c);
      }
      assign[w] = arg;
    }
    std::fill(cent.begin(), cent.end(), 0.0f);
    for (size_t w = 0; w < n; ++w) {
      float* ce = &cent[static_cast<size_t>(assign[w]) * d];
      for (size_t j = 0; j < d; ++j) ce[j] += vecs[w * d + j];
    }
    for (size_t c = 0; c < kk; ++c) {
      float norm = 0;
      for (size_t j = 0; j < d; ++j) norm += cent[c * d + j] * cent[c * d + j];
      norm = std::sqrt(norm);
      if (norm > 0) {
        for (size_t j = 0; j < d; ++j) cent[c * d + j] /= norm;
      }
    }
  }
  return assign;
}

}  // namespace

std::string CorpusText(std::string_view path, std::string_view content) {
  std::string text;
  if (path.ends_with(".tml") || path.ends_with(".TE3input")) {
    const size_t open = content.find("<TEXT>");
    const size_t close = content.find("</TEXT>");
    if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
      content = content.substr(open + 6, close - open - 6);
    }
    bool in_tag = false;
    for (char c : content) {
      if (c == '<') in_tag = true;
      if (!in_tag) text += c;
      if (c == '>') in_tag = false;
    }
    return text;
  }
  const bool conllu = path.ends_with(".conllu");
  const bool columns = path.ends_with(".iob2") || path.ends_with(".conll");
  if (!conllu && !columns) return std::string(content);
  size_t pos = 0;
  bool sentence_open = false;
  while (pos < content.size()) {
    size_t eol = content.find('\n', pos);
    if (eol == std::string_view::npos) eol = content.size();
    std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (conllu) {
      constexpr std::string_view kText = "# text = ";
      if (line.starts_with(kText)) {
        text.append(line.substr(kText.size()));
        text += '\n';
      }
      continue;
    }
    if (line.empty() || line.starts_with("-DOCSTART-")) {
      if (sentence_open) text += '\n';
      sentence_open = false;
      continue;
    }
    const size_t cut = line.find_first_of(" \t");
    if (sentence_open) text += ' ';
    text.append(line.substr(0, cut));
    sentence_open = true;
  }
  if (sentence_open) text += '\n';
  return text;
}

Result<WordClusters> TrainWordClusters(const ClusterOptions& o, const TrainLog& log) {
  std::vector<std::filesystem::path> files;
  for (const std::string& source : o.corpus) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(source, ec)) {
      files.emplace_back(source);
      continue;
    }
    std::vector<std::filesystem::path> found;
    for (auto it = std::filesystem::recursive_directory_iterator(source, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file()) found.push_back(it->path());
    }
    if (ec) return Status::IOError(source + ": " + ec.message());
    if (found.empty()) return Status::NotFound(source + ": no text files");
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  if (files.empty()) return Status::InvalidInput("no corpus to learn word classes from");
  // Corpus as word ids (lowercase), with -1 at sentence/paragraph breaks.
  std::unordered_map<std::string, int> ids;
  std::vector<std::string> words;
  std::vector<int> corpus;
  std::vector<uint32_t> capital_count, inner_count;  // per word id
  std::vector<Token> tokens;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IOError(path.string() + ": cannot read");
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = CorpusText(path.string(), ss.str());
    Tokenize(text, &tokens);
    corpus.push_back(-1);
    uint32_t last_end = 0;
    for (const Token& t : tokens) {
      if (text.find('\n', last_end) < t.byte_start) corpus.push_back(-1);
      last_end = t.byte_end;
      const std::string w =
          AsciiLower(std::string_view(text).substr(t.byte_start, t.byte_end - t.byte_start));
      auto [it, fresh] = ids.emplace(w, static_cast<int>(words.size()));
      if (fresh) {
        words.push_back(w);
        capital_count.push_back(0);
        inner_count.push_back(0);
      }
      // Capitalization counts only inside a sentence: not after a break or a full stop.
      const int prev = corpus.back();
      const bool initial =
          prev < 0 || words[static_cast<size_t>(prev)] == "." ||
          words[static_cast<size_t>(prev)] == "?" || words[static_cast<size_t>(prev)] == "!" ||
          words[static_cast<size_t>(prev)] == ":" || words[static_cast<size_t>(prev)] == "\"";
      if (!initial) {
        const size_t id = static_cast<size_t>(it->second);
        ++inner_count[id];
        const char c0 = text[t.byte_start];
        if (c0 >= 'A' && c0 <= 'Z') ++capital_count[id];
      }
      corpus.push_back(it->second);
    }
  }
  corpus.push_back(-1);
  std::vector<uint32_t> freq(words.size(), 0);
  for (int id : corpus) {
    if (id >= 0) ++freq[static_cast<size_t>(id)];
  }
  std::vector<int> by_freq(words.size());
  for (size_t i = 0; i < by_freq.size(); ++i) by_freq[i] = static_cast<int>(i);
  std::stable_sort(by_freq.begin(), by_freq.end(), [&](int a, int b) {
    return freq[static_cast<size_t>(a)] > freq[static_cast<size_t>(b)];
  });
  std::vector<int> context(words.size(), -1), vocab(words.size(), -1);
  for (size_t r = 0; r < by_freq.size() && r < static_cast<size_t>(o.context_words); ++r) {
    context[static_cast<size_t>(by_freq[r])] = static_cast<int>(r);
  }
  size_t n = 0;
  std::vector<int> vocab_words;
  for (int w : by_freq) {
    if (freq[static_cast<size_t>(w)] < static_cast<uint32_t>(o.min_count)) break;
    vocab[static_cast<size_t>(w)] = static_cast<int>(n++);
    vocab_words.push_back(w);
  }
  log(fmt::format("clusters: {} files, {} tokens, {} word types, {} clustered", files.size(),
                  corpus.size(), words.size(), n));
  // Sparse context counts: (vocab word, place, context word) -> count, the places being
  // 1..window words to the left and to the right; a break ends the context.
  std::unordered_map<uint64_t, uint32_t> counts;
  const uint64_t cw = static_cast<uint64_t>(o.context_words) + 1;
  const size_t window = static_cast<size_t>(std::max(1, o.window));
  const uint64_t places = 2 * window;
  const auto context_of = [&](int id) {
    return id < 0 || context[static_cast<size_t>(id)] < 0
               ? cw - 1
               : static_cast<uint64_t>(context[static_cast<size_t>(id)]);
  };
  for (size_t i = 1; i + 1 < corpus.size(); ++i) {
    const int w = corpus[i];
    if (w < 0 || vocab[static_cast<size_t>(w)] < 0) continue;
    const uint64_t v = static_cast<uint64_t>(vocab[static_cast<size_t>(w)]);
    for (size_t k = 1; k <= window && k <= i; ++k) {
      const int l = corpus[i - k];
      ++counts[(v * places + (k - 1)) * cw + context_of(l)];
      if (l < 0) break;
    }
    for (size_t k = 1; k <= window && i + k < corpus.size(); ++k) {
      const int r = corpus[i + k];
      ++counts[(v * places + window + (k - 1)) * cw + context_of(r)];
      if (r < 0) break;
    }
  }
  const size_t d = static_cast<size_t>(o.dims);
  std::vector<float> proj(places * cw * d);
  std::mt19937_64 rng(7);
  std::normal_distribution<float> normal(0.0f, 1.0f);
  for (float& x : proj) x = normal(rng);
  std::vector<float> vecs(n * d, 0.0f);
  for (const auto& [key, c] : counts) {
    const uint64_t ctx = key % cw;
    const uint64_t place_word = key / cw;
    const uint64_t v = place_word / places, place = place_word % places;
    const float weight = std::sqrt(static_cast<float>(c));
    const float* p = &proj[(place * cw + ctx) * d];
    float* out = &vecs[v * d];
    for (size_t j = 0; j < d; ++j) out[j] += weight * p[j];
  }
  for (size_t v = 0; v < n; ++v) {
    float norm = 0;
    for (size_t j = 0; j < d; ++j) norm += vecs[v * d + j] * vecs[v * d + j];
    norm = std::sqrt(norm);
    if (norm > 0) {
      for (size_t j = 0; j < d; ++j) vecs[v * d + j] /= norm;
    }
  }
  const std::vector<int> fine = KMeans(vecs, n, o.dims, o.fine, o.iterations);
  const std::vector<int> coarse = KMeans(vecs, n, o.dims, o.coarse, o.iterations);
  const std::vector<int> mid = KMeans(vecs, n, o.dims, o.mid, o.iterations);
  std::vector<WordClusters::Entry> entries;
  for (size_t v = 0; v < n; ++v) {
    const size_t id = static_cast<size_t>(vocab_words[v]);
    uint32_t cap = 0;
    if (inner_count[id] >= 2) {
      cap = 1 + std::min<uint32_t>(4, 5 * capital_count[id] / inner_count[id]);
    }
    entries.push_back(
        WordClusters::Entry{learn::HashString(words[id]), static_cast<uint16_t>(fine[v] + 1),
                            static_cast<uint16_t>(coarse[v] + 1), static_cast<uint16_t>(mid[v] + 1),
                            static_cast<uint16_t>(cap)});
  }
  std::sort(
      entries.begin(), entries.end(),
      [](const WordClusters::Entry& a, const WordClusters::Entry& b) { return a.key < b.key; });
  entries.erase(std::unique(entries.begin(), entries.end(),
                            [](const WordClusters::Entry& a, const WordClusters::Entry& b) {
                              return a.key == b.key;
                            }),
                entries.end());
  return WordClusters(std::move(entries));
}

}  // namespace dateline::syntax
