// `dateline eval events --suite petrarch FILE.xml`: runs the standard pipeline on the raw
// sentence of each PETRARCH-format validation record (dated with the record's date) and
// scores the coded events against the expected ones; the last line is the root-level
// precision, recall and F1. With --actors, the suite's own actor dictionary (the
// PETRARCH suites code invented states) is laid over the entities before events are
// coded.
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "base/civil_date.h"
#include "cli/commands.h"
#include "doc/doc.h"
#include "entities/role_nouns.h"
#include "events/event_eval.h"
#include "events/suite_actors.h"
#include "pipeline/pipeline.h"

namespace dateline::cli {
namespace {

std::string CodeOf(const EventActor& a) {
  return events::KeyOfActor(a.ref.code, a.ref.country, a.ref.role).Code();
}

std::string Show(const events::EventTriple& t) {
  return (t.source.empty() ? "-" : t.source) + " " + (t.target.empty() ? "-" : t.target) + " " +
         t.cameo;
}

void PrintScores(const char* label, const events::EventScores& s) {
  std::printf("%s: P %.2f R %.2f F1 %.2f  (gold %zu, coded %zu, correct %zu)\n", label,
              s.precision(), s.recall(), s.f1(), s.gold, s.predicted, s.correct);
}

}  // namespace

int RunEvalEvents(const EvalEventsArgs& args) {
  if (args.suite != "petrarch" && args.suite != "plover") {
    std::fprintf(stderr, "dateline: unknown suite %s (expected petrarch or plover)\n",
                 args.suite.c_str());
    return kExitUsage;
  }
  auto pipeline = Pipeline::Standard();
  if (!pipeline.ok()) {
    std::fprintf(stderr, "dateline: %s\n", pipeline.status().ToString().c_str());
    return kExitUsage;
  }
  if (args.suite == "plover") return ScorePloverRecords(args, **pipeline);
  auto records = events::ReadPetrarchRecords(args.file);
  if (!records.ok()) {
    std::fprintf(stderr, "dateline: %s\n", records.status().ToString().c_str());
    return kExitUsage;
  }
  std::optional<events::SuiteActors> suite_actors;
  if (!args.actors.empty()) {
    auto loaded = events::SuiteActors::Load(args.actors);
    if (!loaded.ok()) {
      std::fprintf(stderr, "dateline: %s\n", loaded.status().ToString().c_str());
      return kExitUsage;
    }
    suite_actors = std::move(*loaded);
  }
  const entities::RoleNouns roles;
  events::EventScores root, full;
  size_t scored = 0, skipped = 0, resolvable = 0;
  for (const events::PetrarchRecord& r : *records) {
    if (!r.evaluate || r.text.empty()) {
      ++skipped;
      continue;
    }
    Doc doc;
    doc.id = r.id;
    doc.path = args.file + ":" + std::to_string(r.line);
    doc.body = r.text;
    if (auto d = CivilDate::Parse(r.date)) doc.date = *d;
    // The suite's own actors are laid over the entities before the events are coded.
    for (const auto& c : (*pipeline)->components()) {
      if (suite_actors && c->name() == "events") suite_actors->Annotate(&doc, roles);
      if (Status st = c->Process(&doc); !st.ok()) {
        std::fprintf(stderr, "dateline: %s: %s\n", doc.path.c_str(), st.ToString().c_str());
        return kExitRejected;
      }
    }
    // Like PETRARCH, only events with both a source and a target are coded, and an
    // event said not to happen is no event.
    std::vector<events::EventTriple> predicted;
    for (const Event& e : doc.events) {
      if (e.source.ref.empty() || e.target.ref.empty() || e.cameo.empty()) continue;
      if (e.status == "negated") continue;
      predicted.push_back({CodeOf(e.source), CodeOf(e.target), e.cameo});
    }
    // The ceiling the actor layer sets: gold events whose two actors are both among the
    // sentence's resolved entities.
    for (const events::EventTriple& g : r.gold) {
      bool source = false, target = false;
      const events::ActorKey gs = events::KeyOfCode(g.source), gt = events::KeyOfCode(g.target);
      for (const Entity& e : doc.entities) {
        if (!e.actor) continue;
        const events::ActorKey k = events::KeyOfCode(
            events::KeyOfActor(e.actor->code, e.actor->country, e.actor->role).Code());
        source |= gs.valid() && k == gs;
        target |= gt.valid() && k == gt;
      }
      if (source && target) ++resolvable;
    }
    std::vector<bool> hit;
    const events::EventScores rs =
        events::ScoreRecord(r.gold, predicted, events::MatchLevel::kRoot, &hit);
    root.Add(rs);
    full.Add(events::ScoreRecord(r.gold, predicted, events::MatchLevel::kFull));
    ++scored;
    if (args.errors && (rs.correct < rs.gold || rs.correct < rs.predicted)) {
      std::printf("%s (line %zu): %s\n", r.id.c_str(), r.line, r.text.c_str());
      for (size_t g = 0; g < r.gold.size(); ++g) {
        std::printf("  %s gold  %s\n", hit[g] ? "ok  " : "MISS", Show(r.gold[g]).c_str());
      }
      for (const events::EventTriple& p : predicted) {
        bool ok = false;
        for (const events::EventTriple& g : r.gold) {
          ok |= events::EventsMatch(g, p, events::MatchLevel::kRoot);
        }
        std::printf("  %s coded %s\n", ok ? "ok  " : "FALSE", Show(p).c_str());
      }
    }
  }
  std::printf("records: %zu scored, %zu skipped (not evaluated or no text)\n", scored, skipped);
  std::printf("gold events whose two actors the entities resolve: %zu of %zu\n", resolvable,
              root.gold);
  PrintScores("full", full);
  PrintScores("root level", root);
  std::printf("root: P %.2f R %.2f F1 %.2f\n", root.precision(), root.recall(), root.f1());
  return kExitOk;
}

}  // namespace dateline::cli
