// `dateline eval timex`: TempEval-3 Task A scores of the time stage against gold TimeML
// files, per file and overall; the last line is the value F1.
#include <fmt/core.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <utility>

#include "cli/commands.h"
#include "syntax/syntax_component.h"
#include "time/timeml.h"
#include "time/timeml_tagger.h"
#include "time/timex_eval.h"

namespace dateline::cli {
namespace {

namespace fs = std::filesystem;

// The gold files under dir (recursively), sorted.
std::vector<fs::path> TimemlFiles(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".tml") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string Snippet(const timex::TimemlDoc& doc, const timex::TimemlTimex& t) {
  std::string s = doc.text.substr(t.start, t.end - t.start);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

}  // namespace

int RunEvalTimex(const EvalTimexArgs& args) {
  if (!fs::is_directory(args.gold)) {
    fmt::print(stderr, "error: {}: not a directory\n", args.gold);
    return kExitUsage;
  }
  const std::vector<fs::path> files = TimemlFiles(args.gold);
  if (files.empty()) {
    fmt::print(stderr, "error: {}: no .tml files\n", args.gold);
    return kExitUsage;
  }
  // Predictions are looked up by file name anywhere under --pred.
  std::vector<fs::path> pred_files;
  if (!args.pred.empty()) {
    if (!fs::is_directory(args.pred)) {
      fmt::print(stderr, "error: {}: not a directory\n", args.pred);
      return kExitUsage;
    }
    pred_files = TimemlFiles(args.pred);
  }
  // The time stage reads part-of-speech tags when the syntax stage ran before it, as it
  // does in the standard pipeline; without the models the tagger falls back to its word
  // cues.
  std::unique_ptr<Component> syntax;
  if (auto loaded = NewSyntaxComponent(); loaded.ok()) {
    syntax = std::move(*loaded);
  } else {
    fmt::print(stderr, "warning: {}; scoring without part-of-speech tags\n",
               loaded.status().message());
  }
  const timex::TimemlTagger tagger(std::move(syntax));
  timex::TimexCounts total;
  int rejected = 0;
  for (const fs::path& file : files) {
    auto gold = timex::ReadTimemlFile(file.string());
    if (!gold.ok()) {
      fmt::print(stderr, "error: {}\n", gold.status().message());
      ++rejected;
      continue;
    }
    std::vector<timex::TimemlTimex> pred;
    if (args.pred.empty()) {
      auto tagged = tagger.Tag(*gold);
      if (!tagged.ok()) {
        fmt::print(stderr, "error: {}\n", tagged.status().message());
        ++rejected;
        continue;
      }
      pred = std::move(*tagged);
    } else {
      auto it = std::find_if(pred_files.begin(), pred_files.end(),
                             [&](const fs::path& p) { return p.filename() == file.filename(); });
      if (it == pred_files.end()) {
        fmt::print(stderr, "warning: {}: no prediction; scored as empty\n", file.string());
      } else {
        auto p = timex::ReadTimemlFile(it->string());
        if (!p.ok()) {
          fmt::print(stderr, "error: {}\n", p.status().message());
          ++rejected;
          continue;
        }
        if (p->text != gold->text) {
          fmt::print(stderr, "warning: {}: TEXT differs from the gold file\n", it->string());
        }
        pred = std::move(p->timexes);
      }
    }
    std::vector<timex::TimexMatch> matches;
    const timex::TimexCounts c = timex::ScoreTimexes(gold->timexes, pred, &matches);
    total += c;
    fmt::print("{}\t{}\n", gold->name, timex::FormatCounts(c));
    if (args.errors) {
      for (const timex::TimexMatch& m : matches) {
        if (m.gold >= 0 && m.pred >= 0) {
          const auto& g = gold->timexes[m.gold];
          const auto& p = pred[m.pred];
          const bool same_extent = g.start == p.start && g.end == p.end;
          if (same_extent && g.value == p.value && g.type == p.type) continue;
          fmt::print("  {}\tgold [{}] {} {}{}\tpred [{}] {} {}{}\n",
                     same_extent ? "ATTR" : "EXTENT", Snippet(*gold, g), g.type, g.value,
                     g.mod.empty() ? "" : " " + g.mod, Snippet(*gold, p), p.type, p.value,
                     p.mod.empty() ? "" : " " + p.mod);
        } else if (m.gold >= 0) {
          const auto& g = gold->timexes[m.gold];
          fmt::print("  MISS\tgold [{}] {} {}\n", Snippet(*gold, g), g.type, g.value);
        } else {
          const auto& p = pred[m.pred];
          fmt::print("  SPURIOUS\tpred [{}] {} {}\n", Snippet(*gold, p), p.type, p.value);
        }
      }
    }
  }
  fmt::print("overall\t{}\n", timex::FormatCounts(total));
  fmt::print("strict P {:.4f} R {:.4f} F1 {:.4f}\n", total.StrictPrecision(), total.StrictRecall(),
             total.StrictF1());
  fmt::print("relaxed P {:.4f} R {:.4f} F1 {:.4f}\n", total.RelaxedPrecision(),
             total.RelaxedRecall(), total.RelaxedF1());
  fmt::print("type F1 {:.4f}\n", total.TypeF1());
  fmt::print("value F1 {:.4f}\n", total.ValueF1());
  return rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace dateline::cli
