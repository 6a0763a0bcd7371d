#include "events/plover_records.h"

#include <gtest/gtest.h>

#include <string>

namespace dateline::events {
namespace {

constexpr char kRecords[] = R"([
{"id": "DOC-0001", "event": "DOCUMENT", "eventText": "no text: skipped"},
{"id": "R-0001", "event": "DEMAND", "text": "Serbia demanded a meeting of the U.N. Security Council.",
 "source": [{"actorText": "Serbia", "code": "SRB"}],
 "target": [{"actorText": "U.N. Security Council", "code": "IGO", "sector": "GOV"}]},
{"id": "R-0002", "event": "AGREE", "text": "The United States and Jordan have agreed upon a pact.",
 "source": [{"actorText": "United States", "code": "USA"}, {"actorText": "Jordan", "code": "JOR"}],
 "target": ""},
{"id": "R-0003", "event": "FIGHT", "text": "Serb forces killed three.", "source": null,
 "target": "diplomatic"}
])";

Event MakeEvent(std::string type, ActorRef source, ActorRef target) {
  Event e;
  e.type = std::move(type);
  e.source.ref = std::move(source);
  e.target.ref = std::move(target);
  return e;
}

TEST(PloverRecords, ReadsRecordsAndMapsEarlyTypes) {
  auto records = ParsePloverRecords(kRecords, "gsr.json");
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_EQ(records->size(), 3u);
  const PloverRecord& r = (*records)[0];
  EXPECT_EQ(r.id, "R-0001");
  EXPECT_EQ(r.index, 0u);
  EXPECT_EQ(r.type, "REQUEST");
  ASSERT_EQ(r.sources.size(), 1u);
  EXPECT_EQ(r.sources[0].code, "SRB");
  ASSERT_EQ(r.targets.size(), 1u);
  EXPECT_EQ(r.targets[0].code, "IGO");
  EXPECT_EQ(r.targets[0].sector, "GOV");
  EXPECT_EQ((*records)[1].sources.size(), 2u);
  EXPECT_TRUE((*records)[1].targets.empty());
  EXPECT_EQ((*records)[2].type, "ASSAULT");
  EXPECT_EQ((*records)[2].index, 2u);
  EXPECT_TRUE((*records)[2].sources.empty());
  EXPECT_TRUE((*records)[2].targets.empty());
}

TEST(PloverRecords, ModernTypes) {
  EXPECT_EQ(ModernPloverType("DISAPPROVE"), "ACCUSE");
  EXPECT_EQ(ModernPloverType("INVESTIGATE"), "ACCUSE");
  EXPECT_EQ(ModernPloverType("DEMAND"), "REQUEST");
  EXPECT_EQ(ModernPloverType("FIGHT"), "ASSAULT");
  EXPECT_EQ(ModernPloverType("CONSULT"), "CONSULT");
}

TEST(PloverRecords, BadInputIsAnErrorNamingTheRecord) {
  auto not_json = ParsePloverRecords("[{", "a.json");
  ASSERT_FALSE(not_json.ok());
  EXPECT_NE(not_json.status().ToString().find("a.json"), std::string::npos);
  auto no_type = ParsePloverRecords(R"([{"id": "X-1", "text": "t"}])", "b.json");
  ASSERT_FALSE(no_type.ok());
  EXPECT_NE(no_type.status().ToString().find("record 1 (X-1)"), std::string::npos);
  auto bad_actor = ParsePloverRecords(R"([{"id": "X-2", "text": "t", "event": "AGREE",
      "source": 3}])",
                                      "c.json");
  ASSERT_FALSE(bad_actor.ok());
  EXPECT_NE(bad_actor.status().ToString().find("\"source\""), std::string::npos);
  EXPECT_FALSE(ParsePloverRecords("{}", "d.json").ok());
}

TEST(PloverRecords, MatchesTypeThenActors) {
  auto records = ParsePloverRecords(kRecords, "gsr.json");
  ASSERT_TRUE(records.ok());
  const PloverRecord& demand = (*records)[0];
  // The UN as an organization matches the gold "IGO" by its role or its code's start.
  EXPECT_EQ(
      MatchPloverEvent(demand, MakeEvent("REQUEST", {"SRB", "SRB", ""}, {"UNO", "UNO", "IGO"})),
      PloverMatch::kActors);
  EXPECT_EQ(
      MatchPloverEvent(demand, MakeEvent("REQUEST", {"SRBGOV", "SRB", "GOV"}, {"IGOUNO", "", ""})),
      PloverMatch::kActors);
  EXPECT_EQ(MatchPloverEvent(demand, MakeEvent("REQUEST", {"SRB", "SRB", ""}, {})),
            PloverMatch::kType);
  EXPECT_EQ(
      MatchPloverEvent(demand, MakeEvent("REQUEST", {"HRV", "HRV", ""}, {"UNO", "UNO", "IGO"})),
      PloverMatch::kType);
  EXPECT_EQ(
      MatchPloverEvent(demand, MakeEvent("ACCUSE", {"SRB", "SRB", ""}, {"UNO", "UNO", "IGO"})),
      PloverMatch::kNone);
  // No gold target: any target (or none) will do; either gold source will.
  const PloverRecord& agree = (*records)[1];
  EXPECT_EQ(MatchPloverEvent(agree, MakeEvent("AGREE", {"JOR", "JOR", ""}, {})),
            PloverMatch::kActors);
  EXPECT_EQ(MatchPloverEvent(agree, MakeEvent("AGREE", {}, {"USA", "USA", ""})),
            PloverMatch::kType);
}

}  // namespace
}  // namespace dateline::events
