#include "entities/ner_trainer.h"

#include <fmt/core.h>

#include <chrono>
#include <functional>

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
  size_t doc = 0;     // document index
  size_t origin = 0;  // the sentence a capitals or lowercase copy was made from (else itself)
};

// The sentences of each document (originals only, not the copies), in order.
std::vector<std::vector<size_t>> Documents(const std::vector<NerSentence>& sents) {
  std::vector<std::vector<size_t>> docs;
  for (size_t i = 0; i < sents.size(); ++i) {
    if (sents[i].origin != i) continue;
    if (docs.size() <= sents[i].doc) docs.resize(sents[i].doc + 1);
    docs[sents[i].doc].push_back(i);
  }
  return docs;
}

std::vector<NerDocSentence> DocView(std::vector<NerSentence>& sents,
                                    const std::vector<size_t>& doc) {
  std::vector<NerDocSentence> view;
  view.reserve(doc.size());
  for (size_t i : doc) view.push_back({sents[i].words, sents[i].ctx, {}});
  return view;
}

// Document evidence of the originals, then copied to their copies.
void AddSurfaceEvidence(std::vector<NerSentence>* sents) {
  for (const std::vector<size_t>& doc : Documents(*sents)) {
    AddNerDocumentEvidence(DocView(*sents, doc), false);
  }
  for (NerSentence& s : *sents) {
    if (s.origin == static_cast<size_t>(&s - sents->data())) continue;
    const NerSentence& o = (*sents)[s.origin];
    for (size_t i = 0; i < s.ctx.size(); ++i) s.ctx[i].doc = o.ctx[i].doc;
  }
}

using Scorer = std::function<void(std::span<const uint64_t>, float*)>;

// Entity F1 of decoding the documents of `sents` with `first` (and `second`, see
// NerTagger::DecodeDocument).
double ScoreDocuments(std::vector<NerSentence>& sents, const learn::LabelSet& labels,
                      const std::vector<bool>& allowed, const Scorer& first, const Scorer* second) {
  const std::vector<uint32_t> types = NerTagger::LabelTypes(labels);
  NerScores sc;
  std::vector<std::vector<int>> ids;
  std::vector<std::string> pred;
  for (const std::vector<size_t>& doc : Documents(sents)) {
    NerTagger::DecodeDocument(first, second, allowed, labels.size(), types, DocView(sents, doc),
                              &ids);
    for (size_t k = 0; k < doc.size(); ++k) {
      pred.clear();
      for (int id : ids[k]) pred.push_back(NerTagger::ToBio(labels.Name(id)));
      sc.Add(sents[doc[k]].tags, pred);
    }
  }
  return sc.Overall().f1;
}

// Structured perceptron training over the sentences tr[use]; after each epoch the
// averaged model is scored by dev_f1, and the best one is returned (the last one when
// `fixed`).
learn::LinearModel TrainPass(const std::vector<NerSentence>& tr, const std::vector<size_t>& use,
                             int L, const std::vector<bool>& allowed, int epochs, bool fixed,
                             uint64_t seed, float prune,
                             const std::function<double(const Scorer&)>& dev_f1,
                             const syntax::TrainLog& log, const std::string& name,
                             std::chrono::steady_clock::time_point start, double* best_f1) {
  learn::PerceptronTrainer p(L);
  std::vector<uint64_t> feats;
  std::vector<int> guess;
  *best_f1 = -1;
  learn::LinearModel best;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    for (size_t pick : syntax::EpochOrder(use.size(), seed, epoch)) {
      const NerSentence& s = tr[use[pick]];
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
    learn::LinearModel avg = p.Average(prune);
    const double f1 = dev_f1([&](std::span<const uint64_t> f, float* out) { avg.Score(f, out); });
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    log(fmt::format("{} epoch {}: dev F1 {:.2f}  features {}  weights {}  ({:.0f} s)", name, epoch,
                    f1, avg.num_features(), avg.num_weights(), secs));
    if (f1 > *best_f1 || (fixed && epoch == epochs)) {
      *best_f1 = f1;
      best = std::move(avg);
    }
  }
  return best;
}

NerSentence Prepare(const std::vector<std::string>& words, const std::vector<std::string>& tags,
                    learn::LabelSet* labels, const syntax::WordClusters* clusters,
                    const NerGazetteer* gazetteer, const syntax::Tagger* tagger, bool document) {
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
  if (gazetteer || tagger || document) {
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
    auto g = NerGazetteer::Build(o.actors_path, o.places_path, o.organizations_path);
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
  const bool doc_on = o.document || o.history;
  std::vector<NerSentence> tr, dv;
  size_t docs = 0;
  if (o.with_dev && !o.fixed_epochs) {
    return Status::InvalidInput("training on the dev sentences needs a fixed number of epochs");
  }
  std::vector<std::string> files = {o.train_path};
  if (o.with_dev) files.push_back(o.dev_path);
  files.insert(files.end(), o.extra_train.begin(), o.extra_train.end());
  size_t n = 0;
  for (const std::string& f : files) {
    auto sents = ReadIob(f);
    if (!sents.ok()) return sents.status();
    for (const IobSentence& s : *sents) {
      if (s.new_document || tr.empty()) ++docs;
      const size_t origin = tr.size();
      tr.push_back(Prepare(s.words, s.tags, &labels, &clusters, gaz_ptr, tag_ptr, doc_on));
      tr.back().doc = docs - 1;
      tr.back().origin = origin;
      // Every tenth sentence also as a headline in capitals, and another tenth also in
      // lowercase (as in hasty posts), so that neither leans on case alone.
      ++n;
      if (n % 10 == 0) {
        std::vector<std::string> upper;
        for (const std::string& w : s.words) upper.push_back(AsciiUpper(w));
        tr.push_back(Prepare(upper, s.tags, &labels, &clusters, gaz_ptr, tag_ptr, doc_on));
        tr.back().doc = docs - 1;
        tr.back().origin = origin;
      }
      if (n % 10 == 3) {
        std::vector<std::string> lower;
        for (const std::string& w : s.words) lower.push_back(AsciiLower(w));
        tr.push_back(Prepare(lower, s.tags, &labels, &clusters, gaz_ptr, tag_ptr, doc_on));
        tr.back().doc = docs - 1;
        tr.back().origin = origin;
      }
    }
  }
  auto dev = ReadIob(o.dev_path);
  if (!dev.ok()) return dev.status();
  docs = 0;
  for (const IobSentence& s : *dev) {
    if (s.new_document || dv.empty()) ++docs;
    dv.push_back(Prepare(s.words, s.tags, &labels, &clusters, gaz_ptr, tag_ptr, doc_on));
    dv.back().doc = docs - 1;
    dv.back().origin = dv.size() - 1;
  }
  if (o.document) {
    AddSurfaceEvidence(&tr);
    AddSurfaceEvidence(&dv);
  }
  const int L = labels.size();
  const std::vector<bool> allowed = NerTagger::Transitions(labels);
  std::vector<size_t> all(tr.size());
  for (size_t i = 0; i < tr.size(); ++i) all[i] = i;
  const auto first_f1 = [&](const Scorer& m) {
    return ScoreDocuments(dv, labels, allowed, m, nullptr);
  };
  double best_f1 = -1;
  // One pass, trained o.ensemble times with different seeds and averaged.
  const auto ensemble = [&](const std::function<double(const Scorer&)>& dev_f1,
                            const std::string& name) {
    std::vector<learn::LinearModel> models;
    double f1 = 0;
    for (int k = 0; k < std::max(1, o.ensemble); ++k) {
      models.push_back(TrainPass(tr, all, L, allowed, o.epochs, o.fixed_epochs,
                                 o.seed + 7919 * static_cast<uint64_t>(k), o.prune, dev_f1, log,
                                 k == 0 ? name : fmt::format("{} ({})", name, k + 1), start, &f1));
    }
    if (models.size() == 1) {
      best_f1 = f1;
      return std::move(models.front());
    }
    learn::LinearModel avg = learn::LinearModel::Average(models, 0.0f);
    best_f1 = dev_f1([&](std::span<const uint64_t> f, float* out) { avg.Score(f, out); });
    log(fmt::format("{}: {} models averaged, dev F1 {:.2f}", name, models.size(), best_f1));
    return avg;
  };
  learn::LinearModel first = ensemble(first_f1, "first pass");
  learn::LinearModel history;
  if (o.history) {
    // The label history of the training sentences comes from models that did not see
    // them (k-fold by document), so it is as noisy as it will be on new text.
    const std::vector<uint32_t> types = NerTagger::LabelTypes(labels);
    const std::vector<std::vector<size_t>> tr_docs = Documents(tr);
    std::vector<std::vector<int>> ids;
    for (int fold = 0; fold < o.folds; ++fold) {
      std::vector<size_t> rest;
      for (size_t i : all) {
        if (static_cast<int>(tr[i].doc % static_cast<size_t>(o.folds)) != fold) rest.push_back(i);
      }
      double f1 = 0;
      const learn::LinearModel m =
          TrainPass(tr, rest, L, allowed, o.fold_epochs, o.fixed_epochs,
                    o.seed + 101 * static_cast<uint64_t>(fold + 1), o.prune, first_f1, log,
                    fmt::format("fold {}", fold + 1), start, &f1);
      const Scorer ms = [&](std::span<const uint64_t> f, float* out) { m.Score(f, out); };
      for (size_t d = static_cast<size_t>(fold); d < tr_docs.size();
           d += static_cast<size_t>(o.folds)) {
        std::vector<NerDocSentence> view = DocView(tr, tr_docs[d]);
        NerTagger::DecodeDocument(ms, static_cast<const Scorer*>(nullptr), allowed, L, types, view,
                                  &ids);
        std::vector<std::vector<uint32_t>> t(view.size());
        for (size_t k = 0; k < view.size(); ++k) {
          for (int id : ids[k]) t[k].push_back(types[static_cast<size_t>(id)]);
          view[k].types = t[k];
        }
        AddNerDocumentEvidence(view, true);
      }
    }
    for (NerSentence& s : tr) {
      if (s.origin == static_cast<size_t>(&s - tr.data())) continue;
      for (size_t i = 0; i < s.ctx.size(); ++i) s.ctx[i].doc = tr[s.origin].ctx[i].doc;
    }
    const Scorer fs = [&](std::span<const uint64_t> f, float* out) { first.Score(f, out); };
    const auto second_f1 = [&](const Scorer& m) {
      return ScoreDocuments(dv, labels, allowed, fs, &m);
    };
    history = ensemble(second_f1, "second pass");
  }
  learn::ModelWriter w("ner");
  w.Add("labels", labels.Serialize());
  w.Add("classifier", first.Serialize());
  if (o.history) w.Add("history", history.Serialize());
  if (o.document) w.Add("document", "");
  if (!clusters_bytes.empty()) w.Add("clusters", std::move(clusters_bytes));
  if (o.gazetteer) w.Add("gazetteer", gazetteer.Serialize());
  if (tag_ptr) w.Add("uses-pos", "");
  if (Status st = w.Write(o.out_path); !st.ok()) return st;
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  log(o.with_dev
          ? fmt::format("wrote {} (trained on the dev split too) in {:.0f} s", o.out_path, secs)
          : fmt::format("wrote {} (best dev F1 {:.2f}) in {:.0f} s", o.out_path, best_f1, secs));
  return Status::OK();
}

}  // namespace dateline::entities
