// `dateline eval events --suite plover FILE.json [--split dev|test|all]`: runs the
// standard pipeline on the sentence of each PLOVER gold record and scores the coded
// events against the record's event, first by type alone, then by type, source and
// target; the last line is the latter's precision, recall and F1. Records alternate
// between a development half (odd positions) and a test half (even positions), so that
// rules can be tuned on one and reported on the other.
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "base/civil_date.h"
#include "cli/commands.h"
#include "doc/doc.h"
#include "events/plover_records.h"
#include "pipeline/pipeline.h"

namespace dateline::cli {
namespace {

struct Tally {
  size_t gold = 0, coded = 0, correct_gold = 0, correct_coded = 0;
  double precision() const { return coded ? static_cast<double>(correct_coded) / coded : 0; }
  double recall() const { return gold ? static_cast<double>(correct_gold) / gold : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

std::string ShowActors(const std::vector<events::PloverActor>& actors) {
  if (actors.empty()) return "-";
  std::string out;
  for (const events::PloverActor& a : actors) {
    if (!out.empty()) out += ",";
    out += a.code + a.sector;
  }
  return out;
}

std::string ShowActor(const EventActor& a) {
  if (!a.ref.code.empty()) return a.ref.code;
  if (!a.ref.country.empty()) return a.ref.country + a.ref.role;
  return "-";
}

void PrintTally(const char* label, const Tally& t) {
  std::printf("%s: P %.2f R %.2f F1 %.2f  (records %zu, coded %zu, records found %zu)\n", label,
              t.precision(), t.recall(), t.f1(), t.gold, t.coded, t.correct_gold);
}

}  // namespace

int RunEvalPlover(const EvalEventsArgs& args) {
  auto records = events::ReadPloverRecords(args.file);
  if (!records.ok()) {
    std::fprintf(stderr, "dateline: %s\n", records.status().ToString().c_str());
    return kExitUsage;
  }
  auto pipeline = Pipeline::Standard();
  if (!pipeline.ok()) {
    std::fprintf(stderr, "dateline: %s\n", pipeline.status().ToString().c_str());
    return kExitUsage;
  }
  Tally by_type, by_actors;
  std::map<std::string, std::pair<size_t, size_t>> per_type;  // gold records, found with actors
  for (const events::PloverRecord& r : *records) {
    const bool dev = r.index % 2 == 1;
    if ((args.split == "dev" && !dev) || (args.split == "test" && dev)) continue;
    Doc doc;
    doc.id = r.id;
    doc.path = args.file + ":" + r.id;
    doc.body = r.text;
    doc.date = *CivilDate::Parse("2000-01-01");  // the records carry no real date
    if (Status st = (*pipeline)->Process(&doc); !st.ok()) {
      std::fprintf(stderr, "dateline: %s: %s\n", doc.path.c_str(), st.ToString().c_str());
      return kExitRejected;
    }
    bool type_found = false, actors_found = false;
    std::vector<events::PloverMatch> matches;
    for (const Event& e : doc.events) {
      if (e.status == "negated") continue;
      const events::PloverMatch m = events::MatchPloverEvent(r, e);
      matches.push_back(m);
      ++by_type.coded;
      ++by_actors.coded;
      if (m != events::PloverMatch::kNone) {
        ++by_type.correct_coded;
        type_found = true;
      }
      if (m == events::PloverMatch::kActors) {
        ++by_actors.correct_coded;
        actors_found = true;
      }
    }
    ++by_type.gold;
    ++by_actors.gold;
    by_type.correct_gold += type_found;
    by_actors.correct_gold += actors_found;
    auto& t = per_type[r.type];
    ++t.first;
    t.second += actors_found;
    if (args.errors && (!actors_found || matches.size() > 1)) {
      std::printf("%s: %s\n  %s gold  %s %s %s\n", r.id.c_str(), r.text.c_str(),
                  actors_found ? "ok  " : (type_found ? "ACTR" : "MISS"), r.type.c_str(),
                  ShowActors(r.sources).c_str(), ShowActors(r.targets).c_str());
      size_t k = 0;
      for (const Event& e : doc.events) {
        if (e.status == "negated") continue;
        const events::PloverMatch m = matches[k++];
        std::printf("  %s coded %s %s %s %s [%s] %s\n",
                    m == events::PloverMatch::kActors ? "ok  "
                    : m == events::PloverMatch::kType ? "ACTR"
                                                      : "OTHR",
                    e.type.c_str(), e.cameo.c_str(), ShowActor(e.source).c_str(),
                    ShowActor(e.target).c_str(), e.trigger.c_str(), e.status.c_str());
      }
    }
  }
  std::printf("records: %zu (%s)\n", by_type.gold, args.split.c_str());
  for (const auto& [type, counts] : per_type) {
    std::printf("  %-12s %3zu records, %3zu found with their actors\n", type.c_str(), counts.first,
                counts.second);
  }
  PrintTally("type", by_type);
  PrintTally("type and actors", by_actors);
  std::printf("plover: P %.2f R %.2f F1 %.2f\n", by_actors.precision(), by_actors.recall(),
              by_actors.f1());
  return kExitOk;
}

}  // namespace dateline::cli
