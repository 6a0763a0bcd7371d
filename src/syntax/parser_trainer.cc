#include "syntax/parser_trainer.h"

#include <fmt/core.h>

#include <chrono>
#include <random>

#include "learn/label_set.h"
#include "learn/model_file.h"
#include "learn/perceptron_trainer.h"
#include "syntax/conllu.h"
#include "syntax/parser.h"
#include "syntax/syntax_scores.h"
#include "syntax/tagger.h"
#include "syntax/tagger_trainer.h"

namespace dateline::syntax {

namespace {

struct ParseSentence {
  std::vector<ParserToken> tokens;  // node 0 = root
  std::vector<int> gold_head;       // per node; [0] unused
  std::vector<int> gold_label;      // per node
};

std::vector<ParseSentence> Prepare(const std::vector<ConlluSentence>& sents, const Tagger& tagger,
                                   learn::LabelSet* labels, bool add,
                                   const WordClusters* clusters) {
  std::vector<ParseSentence> out;
  std::vector<std::string_view> forms;
  std::vector<int> tags;
  for (const ConlluSentence& s : sents) {
    forms.clear();
    for (const ConlluWord& w : s.words) forms.push_back(w.form);
    tagger.Tag(forms, &tags);
    ParseSentence p;
    std::vector<Upos> upos;
    std::vector<uint8_t> xpos;
    for (int t : tags) {
      upos.push_back(tagger.upos(t));
      xpos.push_back(tagger.xpos(t));
    }
    Parser::Describe(forms, upos, xpos, clusters, &p.tokens);
    p.gold_head.push_back(-1);
    p.gold_label.push_back(-1);
    for (const ConlluWord& w : s.words) {
      p.gold_head.push_back(w.head);
      p.gold_label.push_back(add ? labels->Add(w.deprel) : labels->Find(w.deprel));
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

Status TrainParser(const ParserTrainOptions& o, const TrainLog& log) {
  const auto start = std::chrono::steady_clock::now();
  auto tagger = Tagger::Load(o.pos_model);
  if (!tagger.ok()) return tagger.status();
  auto train = ReadConllu(o.train_path);
  if (!train.ok()) return train.status();
  auto dev = ReadConllu(o.dev_path);
  if (!dev.ok()) return dev.status();
  WordClusters clusters;
  std::string clusters_bytes;
  if (!o.clusters_path.empty()) {
    auto c = LoadClusters(o.clusters_path, "frequent");
    if (!c.ok()) return c.status();
    clusters = std::move(*c);
    clusters_bytes = clusters.Serialize();
  }
  learn::LabelSet labels;
  std::vector<ParseSentence> tr = Prepare(*train, *tagger, &labels, true, &clusters);
  if (o.jackknife > 1) {
    // Re-tag each fold with a tagger that never saw it.
    const size_t k = static_cast<size_t>(o.jackknife);
    for (size_t fold = 0; fold < k; ++fold) {
      std::vector<ConlluSentence> rest, held;
      std::vector<size_t> held_ids;
      for (size_t i = 0; i < train->size(); ++i) {
        if (i % k == fold) {
          held.push_back((*train)[i]);
          held_ids.push_back(i);
        } else {
          rest.push_back((*train)[i]);
        }
      }
      TaggerTrainOptions to;
      to.epochs = 6;
      to.seed = o.seed;
      to.clusters_path = o.clusters_path;
      auto bytes = TrainTaggerModel(rest, *dev, to, [](const std::string&) {});
      if (!bytes.ok()) return bytes.status();
      auto file = learn::ModelFile::Parse(std::move(*bytes), "jackknife tagger", "pos");
      if (!file.ok()) return file.status();
      auto fold_tagger = Tagger::FromModel(*file);
      if (!fold_tagger.ok()) return fold_tagger.status();
      const std::vector<ParseSentence> tagged =
          Prepare(held, *fold_tagger, &labels, true, &clusters);
      for (size_t j = 0; j < held_ids.size(); ++j) tr[held_ids[j]].tokens = tagged[j].tokens;
      log(fmt::format("jackknife fold {}/{} tagged", fold + 1, k));
    }
  }
  const std::vector<ParseSentence> dv = Prepare(*dev, *tagger, &labels, false, &clusters);
  const int L = labels.size();
  const int classes = 1 + 2 * L;
  // UAS and LAS of a model on the dev sentences.
  const auto dev_scores = [&](const learn::LinearModel& m) {
    SyntaxScores sc;
    std::vector<Parser::Arc> arcs;
    for (const ParseSentence& s : dv) {
      Parser::Decode([&](std::span<const uint64_t> f, float* out) { m.Score(f, out); }, L,
                     s.tokens, &arcs);
      for (size_t i = 0; i < arcs.size(); ++i) {
        ++sc.words;
        if (arcs[i].head == s.gold_head[i + 1]) {
          ++sc.uas;
          const std::string& gl = s.gold_label[i + 1] >= 0 ? labels.Name(s.gold_label[i + 1]) : "";
          const std::string& pl = labels.Name(arcs[i].label);
          sc.las += gl.substr(0, gl.find(':')) == pl.substr(0, pl.find(':'));
        }
      }
    }
    return sc;
  };
  // One model trained with a shuffling seed: the epoch that scores best on dev.
  const auto train_one = [&](uint64_t seed, const std::string& name) {
    learn::PerceptronTrainer p(classes);
    std::vector<uint64_t> feats;
    std::vector<float> scores(static_cast<size_t>(classes));
    std::mt19937_64 rng(seed);
    double best_las = -1;
    learn::LinearModel best;
    for (int epoch = 1; epoch <= o.epochs; ++epoch) {
      const bool explore = epoch > o.explore_after;
      size_t steps = 0, errors = 0;
      for (size_t idx : EpochOrder(tr.size(), seed, epoch)) {
        const ParseSentence& s = tr[idx];
        ArcHybridState st(static_cast<int>(s.tokens.size()) - 1);
        while (!st.Terminal()) {
          feats.clear();
          ParserFeatures(st, s.tokens, &feats);
          p.Score(feats, scores.data());
          bool valid[3];
          int cost[3];
          int min_cost = 1 << 30;
          for (int m = 0; m < 3; ++m) {
            valid[m] = st.Valid(static_cast<Move>(m));
            cost[m] = valid[m] ? st.Cost(static_cast<Move>(m), s.gold_head) : 1 << 30;
            if (cost[m] < min_cost) min_cost = cost[m];
          }
          const int s0 = st.Stack(0);
          const int gold_label = s0 >= 0 ? s.gold_label[s0] : -1;
          int guess = -1, best_ok = -1;
          bool guess_ok = false;
          for (int c = 0; c < classes; ++c) {
            const int m = static_cast<int>(TransitionMove(c, L));
            if (!valid[m]) continue;
            const int l = TransitionLabel(c, L);
            const bool ok = cost[m] == min_cost && (m == 0 || l == gold_label || gold_label < 0);
            if (guess < 0 || scores[c] > scores[guess]) guess = c, guess_ok = ok;
            if (ok && (best_ok < 0 || scores[c] > scores[best_ok])) best_ok = c;
          }
          ++steps;
          if (!guess_ok) {
            ++errors;
            p.Update(feats, best_ok, guess);
          }
          p.Tick();
          int next = best_ok;
          if (guess_ok ||
              (explore && std::uniform_real_distribution<double>(0, 1)(rng) < o.explore)) {
            next = guess;
          }
          st.Apply(TransitionMove(next, L), TransitionLabel(next, L));
        }
      }
      learn::LinearModel avg = p.Average(o.prune);
      const SyntaxScores sc = dev_scores(avg);
      const double las = SyntaxScores::Percent(sc.las, sc.words);
      const double secs =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      log(fmt::format(
          "{}epoch {}: train errors {:.2f}%  dev UAS {:.2f} LAS {:.2f}  features {}  "
          "weights {}  ({:.0f} s)",
          name, epoch, 100.0 * static_cast<double>(errors) / static_cast<double>(steps),
          SyntaxScores::Percent(sc.uas, sc.words), las, avg.num_features(), avg.num_weights(),
          secs));
      if (las > best_las) {
        best_las = las;
        best = std::move(avg);
      }
    }
    return best;
  };
  std::vector<learn::LinearModel> models;
  for (int k = 0; k < std::max(1, o.ensemble); ++k) {
    models.push_back(train_one(o.seed + 7919 * static_cast<uint64_t>(k),
                               o.ensemble > 1 ? fmt::format("model {}: ", k + 1) : ""));
  }
  learn::LinearModel model =
      models.size() == 1 ? std::move(models.front()) : learn::LinearModel::Average(models, 0.0f);
  const SyntaxScores final_scores = dev_scores(model);
  const double best_las = SyntaxScores::Percent(final_scores.las, final_scores.words);
  if (models.size() > 1) {
    log(fmt::format("{} models averaged: dev UAS {:.2f} LAS {:.2f}", models.size(),
                    SyntaxScores::Percent(final_scores.uas, final_scores.words), best_las));
  }
  std::string best_model = model.Serialize();
  learn::ModelWriter w("parse");
  w.Add("labels", labels.Serialize());
  w.Add("classifier", std::move(best_model));
  if (!clusters_bytes.empty()) w.Add("clusters", std::move(clusters_bytes));
  if (Status st = w.Write(o.out_path); !st.ok()) return st;
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  log(fmt::format("wrote {} (best dev LAS {:.2f}) in {:.0f} s", o.out_path, best_las, secs));
  return Status::OK();
}

}  // namespace dateline::syntax
