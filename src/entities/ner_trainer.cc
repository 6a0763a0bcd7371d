#include "entities/ner_trainer.h"

#include <fmt/core.h>

#include <chrono>

#include "base/ascii.h"
#include "entities/ner.h"
#include "learn/model_file.h"
#include "learn/perceptron_trainer.h"
#include "syntax/tagger.h"

#include <optional>

namespace dateline::entities {

namespace {

struct NerSentence {
  std::vector<syntax::WordInfo> words;
  std::vector<NerWordContext> ctx;
  std::vector<int> gold;
  std::vector<std::string> tags;
};

NerSentence Prepare(const std::vector<std::string>& words, const std::vector<std::string>& tags,
                    learn::LabelSet* labels, const syntax::WordClusters* clusters,
                    const NerGazetteer* gazetteer, const syntax::Tagger* tagger) {
  NerSentence s;
  s.words.resize(words.size());
  const bool bilou = labels->Find("U-PER") >= 0;
  const std::vector<std::string> coded = bilou ? NerTagger::ToBilou(tags) : tags;
  for (size_t i = 0; i < words.size(); ++i) {
    syntax::DescribeWord(words[i], &s.words[i], clusters);
    s.gold.push_back(labels->Add(coded[i]));
  }
  std::vector<int> pos;
  if (tagger) {
    std::vector<std::string_view> forms(words.begin(), words.end());
    tagger->Tag(forms, &pos);
  }
  if (gazetteer || tagger) {
    s.ctx.resize(words.size());
    std::vector<uint32_t> marks(words.size(), 0);
    if (gazetteer) {
      std::vector<std::string_view> forms(words.begin(), words.end());
      gazetteer->Mark(forms, &marks);
    }
    for (size_t i = 0; i < words.size(); ++i) {
      s.ctx[i].phrase = marks[i];
      if (gazetteer) s.ctx[i].gaz = gazetteer->Bits(s.words[i].lower);
      if (tagger) s.ctx[i].upos = static_cast<uint32_t>(tagger->upos(pos[i]));
    }
  }
  s.tags = tags;
  return s;
}

}  // namespace

Status TrainNer(const NerTrainOptions& o, const syntax::TrainLog& log) {
  const auto start = std::chrono::steady_clock::now();
  syntax::WordClusters clusters;
  std::string clusters_bytes;
  if (!o.clusters_path.empty()) {
    auto c = syntax::LoadClusters(o.clusters_path);
    if (!c.ok()) return c.status();
    clusters = std::move(*c);
    clusters_bytes = clusters.Serialize();
  }
  NerGazetteer gazetteer;
  if (o.gazetteer) {
    auto g = NerGazetteer::Build(o.actors_path, o.places_path);
    if (!g.ok()) return g.status();
    gazetteer = std::move(*g);
  }
  const NerGazetteer* gaz_ptr = o.gazetteer ? &gazetteer : nullptr;
  std::optional<syntax::Tagger> tagger;
  if (!o.pos_model.empty()) {
    auto t = syntax::Tagger::Load(o.pos_model);
    if (!t.ok()) return t.status();
    tagger = std::move(*t);
  }
  const syntax::Tagger* tag_ptr = tagger ? &*tagger : nullptr;
  learn::LabelSet labels;
  labels.Add("O");
  for (const char* t : {"B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}) labels.Add(t);
  if (o.bilou) {
    for (const char* t : {"L-PER", "U-PER", "L-ORG", "U-ORG", "L-LOC", "U-LOC"}) labels.Add(t);
  }
  std::vector<NerSentence> tr, dv;
  std::vector<std::string> files = {o.train_path};
  files.insert(files.end(), o.extra_train.begin(), o.extra_train.end());
  size_t n = 0;
  for (const std::string& f : files) {
    auto sents = ReadIob(f);
    if (!sents.ok()) return sents.status();
    for (const IobSentence& s : *sents) {
      tr.push_back(Prepare(s.words, s.tags, &labels, &clusters, gaz_ptr, tag_ptr));
      // Every tenth sentence also as a headline in capitals, and another tenth also in
      // lowercase (as in hasty posts), so that neither leans on case alone.
      ++n;
      if (n % 10 == 0) {
        std::vector<std::string> upper;
        for (const std::string& w : s.words) upper.push_back(AsciiUpper(w));
        tr.push_back(Prepare(upper, s.tags, &labels, &clusters, gaz_ptr, tag_ptr));
      }
      if (n % 10 == 3) {
        std::vector<std::string> lower;
        for (const std::string& w : s.words) lower.push_back(AsciiLower(w));
        tr.push_back(Prepare(lower, s.tags, &labels, &clusters, gaz_ptr, tag_ptr));
      }
    }
  }
  auto dev = ReadIob(o.dev_path);
  if (!dev.ok()) return dev.status();
  for (const IobSentence& s : *dev) {
    dv.push_back(Prepare(s.words, s.tags, &labels, &clusters, gaz_ptr, tag_ptr));
  }
  const int L = labels.size();
  const std::vector<bool> allowed = NerTagger::Transitions(labels);
  learn::PerceptronTrainer p(L);
  std::vector<uint64_t> feats;
  std::vector<int> guess;
  double best_f1 = -1;
  std::string best_model;
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    for (size_t idx : syntax::EpochOrder(tr.size(), o.seed, epoch)) {
      const NerSentence& s = tr[idx];
      NerTagger::Decode([&](std::span<const uint64_t> f, float* out) { p.Score(f, out); }, allowed,
                        L, s.words, s.ctx, &guess);
      if (guess != s.gold) {
        const bool caps = MostlyCapitals(s.words);
        for (size_t i = 0; i < s.words.size(); ++i) {
          const int gp = i == 0 ? -1 : s.gold[i - 1], pp = i == 0 ? -1 : guess[i - 1];
          if (s.gold[i] == guess[i] && gp == pp) continue;
          feats.clear();
          NerEmissionFeatures(s.words, s.ctx, caps, i, &feats);
          p.Update(feats, s.gold[i], guess[i]);
          feats.clear();
          NerTransitionFeatures(s.words, s.ctx, caps, i, gp, &feats);
          if (gp == pp) {
            p.Update(feats, s.gold[i], guess[i]);
          } else {
            p.Update(feats, s.gold[i], -1);
            feats.clear();
            NerTransitionFeatures(s.words, s.ctx, caps, i, pp, &feats);
            p.Update(feats, -1, guess[i]);
          }
        }
      }
      p.Tick();
    }
    learn::LinearModel avg = p.Average(o.prune);
    NerScores sc;
    std::vector<int> ids;
    std::vector<std::string> pred;
    for (const NerSentence& s : dv) {
      NerTagger::Decode([&](std::span<const uint64_t> f, float* out) { avg.Score(f, out); },
                        allowed, L, s.words, s.ctx, &ids);
      pred.clear();
      for (int id : ids) pred.push_back(NerTagger::ToBio(labels.Name(id)));
      sc.Add(s.tags, pred);
    }
    const double f1 = sc.Overall().f1;
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    log(fmt::format("epoch {}: dev F1 {:.2f}  features {}  weights {}  ({:.0f} s)", epoch, f1,
                    avg.num_features(), avg.num_weights(), secs));
    if (f1 > best_f1) {
      best_f1 = f1;
      best_model = avg.Serialize();
    }
  }
  learn::ModelWriter w("ner");
  w.Add("labels", labels.Serialize());
  w.Add("classifier", std::move(best_model));
  if (!clusters_bytes.empty()) w.Add("clusters", std::move(clusters_bytes));
  if (o.gazetteer) w.Add("gazetteer", gazetteer.Serialize());
  if (tag_ptr) w.Add("uses-pos", "");
  if (Status st = w.Write(o.out_path); !st.ok()) return st;
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  log(fmt::format("wrote {} (best dev F1 {:.2f}) in {:.0f} s", o.out_path, best_f1, secs));
  return Status::OK();
}

}  // namespace dateline::entities
