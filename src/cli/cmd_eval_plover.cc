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

// Precision over the coded events, recall over the records.
struct Tally {
  size_t correct_coded = 0, records_found = 0;
  struct Figures {
    double p, r, f1;
  };
  Figures Of(size_t records, size_t coded) const {
    const double p = coded ? static_cast<double>(correct_coded) / coded : 0;
    const double r = records ? static_cast<double>(records_found) / records : 0;
    return {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0};
  }
  void Print(const char* label, size_t records, size_t coded) const {
    const Figures f = Of(records, coded);
    std::printf("%s: P %.2f R %.2f F1 %.2f  (records %zu, coded %zu, records found %zu)\n", label,
                f.p, f.r, f.f1, records, coded, records_found);
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

const char* MatchLabel(events::PloverMatch m) {
  switch (m) {
    case events::PloverMatch::kActors:
      return "ok  ";
    case events::PloverMatch::kType:
      return "ACTR";
    case events::PloverMatch::kNone:
      break;
  }
  return "OTHR";
}

}  // namespace

int ScorePloverRecords(const EvalEventsArgs& args, const Pipeline& pipeline) {
  auto records = events::ReadPloverRecords(args.file);
  if (!records.ok()) {
    std::fprintf(stderr, "dateline: %s\n", records.status().ToString().c_str());
    return kExitUsage;
  }
  const CivilDate date = *CivilDate::Parse("2000-01-01");  // the records carry no real date
  size_t scored = 0, coded = 0;
  Tally by_type, by_actors;
  std::map<std::string, std::pair<size_t, size_t>> per_type;  // gold records, found with actors
  for (const events::PloverRecord& r : *records) {
    const bool dev = r.index % 2 == 1;
    if ((args.split == "dev" && !dev) || (args.split == "test" && dev)) continue;
    Doc doc;
    doc.id = r.id;
    doc.path = args.file + ":" + r.id;
    doc.body = r.text;
    doc.date = date;
    if (Status st = pipeline.Process(&doc); !st.ok()) {
      std::fprintf(stderr, "dateline: %s: %s\n", doc.path.c_str(), st.ToString().c_str());
      return kExitRejected;
    }
    std::vector<std::pair<const Event*, events::PloverMatch>> matches;
    bool type_found = false, actors_found = false;
    for (const Event& e : doc.events) {
      if (e.status == "negated") continue;
      const events::PloverMatch m = events::MatchPloverEvent(r, e);
      matches.emplace_back(&e, m);
      by_type.correct_coded += m != events::PloverMatch::kNone;
      by_actors.correct_coded += m == events::PloverMatch::kActors;
      type_found |= m != events::PloverMatch::kNone;
      actors_found |= m == events::PloverMatch::kActors;
    }
    ++scored;
    coded += matches.size();
    by_type.records_found += type_found;
    by_actors.records_found += actors_found;
    auto& t = per_type[r.type];
    ++t.first;
    t.second += actors_found;
    if (args.errors && (!actors_found || matches.size() > 1)) {
      std::printf("%s: %s\n  %s gold  %s %s %s\n", r.id.c_str(), r.text.c_str(),
                  actors_found ? "ok  " : (type_found ? "ACTR" : "MISS"), r.type.c_str(),
                  ShowActors(r.sources).c_str(), ShowActors(r.targets).c_str());
      for (const auto& [e, m] : matches) {
        std::printf("  %s coded %s %s %s %s [%s] %s\n", MatchLabel(m), e->type.c_str(),
                    e->cameo.c_str(), ShowActor(e->source).c_str(), ShowActor(e->target).c_str(),
                    e->trigger.c_str(), e->status.c_str());
      }
    }
  }
  std::printf("records: %zu (%s)\n", scored, args.split.c_str());
  for (const auto& [type, counts] : per_type) {
    std::printf("  %-12s %3zu records, %3zu found with their actors\n", type.c_str(), counts.first,
                counts.second);
  }
  by_type.Print("type", scored, coded);
  by_actors.Print("type and actors", scored, coded);
  const Tally::Figures f = by_actors.Of(scored, coded);
  std::printf("plover: P %.2f R %.2f F1 %.2f\n", f.p, f.r, f.f1);
  return kExitOk;
}

}  // namespace dateline::cli
