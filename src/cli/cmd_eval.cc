// `dateline eval pos|parse|ner`: runs a shipped model over a gold file's own tokens and
// scores it; --out writes the predictions in the gold file's format. Each scorer is its
// own function; each prints its headline figure last.
#include <fmt/core.h>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "entities/ner.h"
#include "entities/ner_scores.h"
#include "learn/model_dir.h"
#include "syntax/conllu.h"
#include "syntax/parser.h"
#include "syntax/syntax_scores.h"
#include "syntax/tagger.h"

namespace dateline::cli {

namespace {

std::string ModelFile(const ModelEvalArgs& args, std::string_view file) {
  return args.models.empty() ? learn::ModelPath(file) : args.models + "/" + std::string(file);
}

int Fail(const Status& st) {
  fmt::print(stderr, "error: {}\n", st.message());
  return kExitUsage;
}

// CPU time of this thread, so that speeds are per core even on a busy machine.
double CpuNow() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

double Seconds(double since) { return CpuNow() - since; }

// Tags (and, with a parser, parses) every gold sentence; prints the scores.
int EvalSyntax(const ModelEvalArgs& args, bool parse) {
  auto tagger = syntax::Tagger::Load(ModelFile(args, "pos.model"));
  if (!tagger.ok()) return Fail(tagger.status());
  std::unique_ptr<syntax::Parser> parser;
  if (parse) {
    auto p = syntax::Parser::Load(ModelFile(args, "parse.model"));
    if (!p.ok()) return Fail(p.status());
    parser = std::make_unique<syntax::Parser>(std::move(*p));
  }
  auto gold = syntax::ReadConllu(args.gold);
  if (!gold.ok()) return Fail(gold.status());
  std::ofstream out;
  if (!args.out.empty()) {
    out.open(args.out, std::ios::binary | std::ios::trunc);
    if (!out) return Fail(Status::IOError(args.out + ": cannot open for writing"));
  }
  syntax::SyntaxScores scores;
  std::vector<std::string_view> forms;
  std::vector<int> tags;
  std::vector<Upos> upos;
  std::vector<uint8_t> xpos;
  std::vector<syntax::Parser::Arc> arcs;
  std::string lemma;
  size_t tokens = 0;
  double tag_secs = 0, parse_secs = 0;
  for (const syntax::ConlluSentence& s : *gold) {
    forms.clear();
    for (const syntax::ConlluWord& w : s.words) forms.push_back(w.form);
    auto start = CpuNow();
    tagger->Tag(forms, &tags);
    tag_secs += Seconds(start);
    std::vector<syntax::ConlluWord> pred = s.words;
    for (size_t i = 0; i < pred.size(); ++i) {
      pred[i].upos = tagger->upos_name(tags[i]);
      pred[i].xpos = tagger->xpos_name(tags[i]);
      lemma.clear();
      tagger->lemmatizer().Lemmatize(forms[i], tagger->upos(tags[i]), &lemma);
      pred[i].lemma = lemma;
    }
    if (parser) {
      start = CpuNow();
      upos.clear();
      xpos.clear();
      for (int t : tags) {
        upos.push_back(tagger->upos(t));
        xpos.push_back(tagger->xpos(t));
      }
      parser->Parse(forms, upos, xpos, &arcs);
      parse_secs += Seconds(start);
      for (size_t i = 0; i < pred.size(); ++i) {
        pred[i].head = arcs[i].head;
        pred[i].deprel = parser->label_name(arcs[i].label);
      }
    }
    tokens += forms.size();
    scores.Add(s.words, pred);
    if (out.is_open()) out << syntax::FormatConllu(s, pred);
  }
  using S = syntax::SyntaxScores;
  fmt::print("words {}  (one core: tagger {:.0f} words/s", scores.words,
             static_cast<double>(tokens) / tag_secs);
  if (parse) fmt::print(", parser {:.0f} words/s", static_cast<double>(tokens) / parse_secs);
  fmt::print(")\n");
  fmt::print("XPOS {:.2f}\n", S::Percent(scores.xpos, scores.words));
  fmt::print("LEMMA {:.2f}\n", S::Percent(scores.lemma, scores.words));
  if (parse) {
    fmt::print("UPOS {:.2f}\n", S::Percent(scores.upos, scores.words));
    fmt::print("UAS {:.2f}\n", S::Percent(scores.uas, scores.words));
    fmt::print("LAS {:.2f}\n", S::Percent(scores.las, scores.words));
  } else {
    fmt::print("UPOS {:.2f}\n", S::Percent(scores.upos, scores.words));
  }
  return kExitOk;
}

}  // namespace

int RunEvalPos(const ModelEvalArgs& args) { return EvalSyntax(args, false); }

int RunEvalParse(const ModelEvalArgs& args) { return EvalSyntax(args, true); }

int RunEvalNer(const ModelEvalArgs& args) {
  auto ner = entities::NerTagger::Load(ModelFile(args, "ner.model"));
  if (!ner.ok()) return Fail(ner.status());
  std::optional<syntax::Tagger> tagger;
  if (ner->uses_pos()) {
    auto t = syntax::Tagger::Load(ModelFile(args, "pos.model"));
    if (!t.ok()) return Fail(t.status());
    tagger = std::move(*t);
  }
  auto gold = entities::ReadIob(args.gold);
  if (!gold.ok()) return Fail(gold.status());
  std::ofstream out;
  if (!args.out.empty()) {
    out.open(args.out, std::ios::binary | std::ios::trunc);
    if (!out) return Fail(Status::IOError(args.out + ": cannot open for writing"));
  }
  entities::NerScores scores;
  size_t tokens = 0;
  double tag_secs = 0, ner_secs = 0;
  // One document at a time, as the pipeline runs the recognizer.
  const std::vector<entities::IobSentence>& sents = *gold;
  std::vector<std::vector<std::string_view>> forms;
  std::vector<std::vector<Upos>> upos;
  std::vector<std::span<const std::string_view>> form_spans;
  std::vector<std::span<const Upos>> upos_spans;
  std::vector<std::vector<int>> ids;
  std::vector<int> tags;
  std::vector<std::string> pred;
  for (size_t b = 0; b < sents.size();) {
    size_t e = b + 1;
    while (e < sents.size() && !sents[e].new_document) ++e;
    forms.assign(e - b, {});
    upos.assign(e - b, {});
    form_spans.clear();
    upos_spans.clear();
    auto start = CpuNow();
    for (size_t k = b; k < e; ++k) {
      forms[k - b].assign(sents[k].words.begin(), sents[k].words.end());
      if (tagger) {
        tagger->Tag(forms[k - b], &tags);
        for (int t : tags) upos[k - b].push_back(tagger->upos(t));
      }
      form_spans.emplace_back(forms[k - b]);
      upos_spans.emplace_back(upos[k - b]);
      tokens += forms[k - b].size();
    }
    tag_secs += Seconds(start);
    start = CpuNow();
    ner->TagDocument(form_spans, upos_spans, &ids);
    ner_secs += Seconds(start);
    for (size_t k = b; k < e; ++k) {
      pred.clear();
      for (int id : ids[k - b]) pred.push_back(entities::NerTagger::ToBio(ner->labels().Name(id)));
      scores.Add(sents[k].tags, pred);
      if (out.is_open()) out << entities::FormatIob(sents[k], pred);
    }
    b = e;
  }
  fmt::print("tokens {}  (one core: recognizer {:.0f} tokens/s", tokens,
             static_cast<double>(tokens) / ner_secs);
  if (tagger) {
    fmt::print(", with its tagger {:.0f} tokens/s",
               static_cast<double>(tokens) / (ner_secs + tag_secs));
  }
  fmt::print(")\n");
  fmt::print("{}", scores.Report());
  fmt::print("F1 {:.2f}\n", scores.Overall().f1);
  return kExitOk;
}

}  // namespace dateline::cli
