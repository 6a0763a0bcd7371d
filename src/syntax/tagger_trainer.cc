#include "syntax/tagger_trainer.h"

#include <fmt/core.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "learn/label_set.h"
#include "learn/model_file.h"
#include "learn/perceptron_trainer.h"
#include "syntax/conllu.h"
#include "syntax/lemmatizer_trainer.h"
#include "syntax/tagger_features.h"
#include "syntax/word_clusters.h"

namespace dateline::syntax {

namespace {

struct TagSentence {
  std::vector<WordInfo> words;
  std::vector<int> gold;
};

std::vector<TagSentence> Prepare(const std::vector<ConlluSentence>& sents, learn::LabelSet* tags,
                                 bool add, const WordClusters* clusters) {
  std::vector<TagSentence> out;
  for (const ConlluSentence& s : sents) {
    TagSentence t;
    for (const ConlluWord& w : s.words) {
      WordInfo info;
      DescribeWord(w.form, &info, clusters);
      t.words.push_back(info);
      const std::string name = w.upos + "|" + w.xpos;
      t.gold.push_back(add ? tags->Add(name) : tags->Find(name));
    }
    out.push_back(std::move(t));
  }
  return out;
}

template <typename ScoreFn>
double Accuracy(const std::vector<TagSentence>& sents, int num_tags, const ScoreFn& score) {
  size_t right = 0, total = 0;
  std::vector<uint64_t> feats;
  std::vector<float> scores(static_cast<size_t>(num_tags));
  for (const TagSentence& s : sents) {
    int p1 = -1, p2 = -1;
    for (size_t i = 0; i < s.words.size(); ++i) {
      feats.clear();
      TaggerFeatures(s.words, i, p1, p2, &feats);
      score(feats, scores.data());
      const int best = learn::LinearModel::Argmax(scores.data(), num_tags);
      right += best == s.gold[i];
      ++total;
      p2 = p1;
      p1 = best;
    }
  }
  return total ? 100.0 * static_cast<double>(right) / static_cast<double>(total) : 0.0;
}

}  // namespace

Status TrainTagger(const TaggerTrainOptions& o, const TrainLog& log) {
  const auto start = std::chrono::steady_clock::now();
  auto train = ReadConllu(o.train_path);
  if (!train.ok()) return train.status();
  auto dev = ReadConllu(o.dev_path);
  if (!dev.ok()) return dev.status();
  auto bytes = TrainTaggerModel(*train, *dev, o, log);
  if (!bytes.ok()) return bytes.status();
  {
    std::ofstream out(o.out_path + ".tmp", std::ios::binary | std::ios::trunc);
    out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
    if (!out) return Status::IOError(o.out_path + ".tmp: write failed");
  }
  std::error_code ec;
  std::filesystem::rename(o.out_path + ".tmp", o.out_path, ec);
  if (ec) return Status::IOError(o.out_path + ": cannot rename into place: " + ec.message());
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  log(fmt::format("wrote {} in {:.0f} s", o.out_path, secs));
  return Status::OK();
}

Result<std::string> TrainTaggerModel(const std::vector<ConlluSentence>& train_sents,
                                     const std::vector<ConlluSentence>& dev_sents,
                                     const TaggerTrainOptions& o, const TrainLog& log) {
  const std::vector<ConlluSentence>* train = &train_sents;
  const std::vector<ConlluSentence>* dev = &dev_sents;
  WordClusters clusters;
  std::string clusters_bytes;
  if (!o.clusters_path.empty()) {
    auto c = LoadClusters(o.clusters_path, "frequent");
    if (!c.ok()) return c.status();
    clusters = std::move(*c);
    clusters_bytes = clusters.Serialize();
  }
  learn::LabelSet tags;
  const std::vector<TagSentence> tr = Prepare(*train, &tags, true, &clusters);
  const std::vector<TagSentence> dv = Prepare(*dev, &tags, false, &clusters);
  LemmatizerTrainer lemmas;
  for (const ConlluSentence& s : *train) {
    for (const ConlluWord& w : s.words) lemmas.Add(w.form, UposFromName(w.upos), w.lemma);
  }
  learn::PerceptronTrainer p(tags.size());
  std::vector<uint64_t> feats;
  std::vector<float> scores(static_cast<size_t>(tags.size()));
  double best_acc = -1;
  std::string best_model;
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    size_t right = 0, total = 0;
    for (size_t idx : EpochOrder(tr.size(), o.seed, epoch)) {
      const TagSentence& s = tr[idx];
      int p1 = -1, p2 = -1;
      for (size_t i = 0; i < s.words.size(); ++i) {
        feats.clear();
        TaggerFeatures(s.words, i, p1, p2, &feats);
        p.Score(feats, scores.data());
        const int guess = learn::LinearModel::Argmax(scores.data(), tags.size());
        p.Update(feats, s.gold[i], guess);
        p.Tick();
        right += guess == s.gold[i];
        ++total;
        p2 = p1;
        p1 = guess;
      }
    }
    learn::LinearModel avg = p.Average(o.prune);
    const double acc = Accuracy(dv, tags.size(),
                                [&](std::span<const uint64_t> f, float* sc) { avg.Score(f, sc); });
    log(fmt::format("epoch {}: train {:.2f}  dev joint-tag {:.2f}  features {}  weights {}", epoch,
                    100.0 * static_cast<double>(right) / static_cast<double>(total), acc,
                    avg.num_features(), avg.num_weights()));
    if (acc > best_acc) {
      best_acc = acc;
      best_model = avg.Serialize();
    }
  }
  learn::ModelWriter w("pos");
  w.Add("tags", tags.Serialize());
  w.Add("classifier", std::move(best_model));
  w.Add("lemmatizer", lemmas.Finish().Serialize());
  if (!clusters_bytes.empty()) w.Add("clusters", std::move(clusters_bytes));
  log(fmt::format("best dev joint-tag {:.2f}", best_acc));
  return w.Serialize();
}

}  // namespace dateline::syntax
