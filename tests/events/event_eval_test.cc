#include "events/event_eval.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dateline::events {
namespace {

constexpr char kRecords[] = R"(<Validation>
<!-- a comment with <Sentence date="19990101" id="NOT-A-RECORD"> inside -->
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- Last update: 29 July 2013 -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding eventcode="042" sourcecode='IGOUNO' targetcode="GONGOV" />
<Text>
Arnor is about to restore   full diplomatic ties
with Gondor &amp; friends.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))))
</Parse>
</Sentence>
<Sentence date = "20080801" id ="ERROR-01" evaluate="false">
<EventCoding error="dateline" />
<Text>CEBU CITY: -- a suit.</Text>
</Sentence>
<Sentence date="20010203" id="NONE-01">
<EventCoding noevents = "True">
<Text>Nothing happened.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(EventEvalTest, ParsesRecords) {
  auto records = ParsePetrarchRecords(kRecords, "suite.xml");
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_EQ(records->size(), 3u);
  const PetrarchRecord& r = (*records)[0];
  EXPECT_EQ(r.id, "DEMO-00");
  EXPECT_EQ(r.date, "1995-01-01");
  EXPECT_EQ(r.line, 4u);
  EXPECT_TRUE(r.evaluate);
  EXPECT_EQ(r.text, "Arnor is about to restore full diplomatic ties with Gondor & friends.");
  ASSERT_EQ(r.gold.size(), 2u);
  EXPECT_EQ(r.gold[0].source, "ARN");
  EXPECT_EQ(r.gold[0].target, "GON");
  EXPECT_EQ(r.gold[0].cameo, "064");
  EXPECT_EQ(r.gold[1].source, "IGOUNO");
  EXPECT_EQ((*records)[1].id, "ERROR-01");
  EXPECT_EQ((*records)[1].date, "2008-08-01");
  EXPECT_FALSE((*records)[1].evaluate);
  EXPECT_TRUE((*records)[1].gold.empty());
  EXPECT_TRUE((*records)[2].gold.empty());
  EXPECT_EQ((*records)[2].text, "Nothing happened.");
}

TEST(EventEvalTest, ErrorsNameFileAndLine) {
  auto bad = ParsePetrarchRecords("<Sentence id=\"X\">\n<Text>a</Text>\n</Sentence>", "f.xml");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("f.xml:1"), std::string::npos);
  auto unclosed = ParsePetrarchRecords("<Sentence date=\"19950101\">\n<Text>a</Text>\n", "g.xml");
  ASSERT_FALSE(unclosed.ok());
  EXPECT_NE(unclosed.status().message().find("g.xml:3"), std::string::npos);
  auto partial = ParsePetrarchRecords(
      "<Sentence date=\"19950101\">\n\n<EventCoding sourcecode=\"A\"/></Sentence>", "h.xml");
  ASSERT_FALSE(partial.ok());
  EXPECT_NE(partial.status().message().find("h.xml:3"), std::string::npos);
  EXPECT_FALSE(ReadPetrarchRecords("/nonexistent/records.xml").ok());
}

TEST(EventEvalTest, ActorKeysSplitCountryAndRole) {
  EXPECT_EQ(KeyOfCode("ARMGOV"), (ActorKey{"ARM", "GOV"}));
  EXPECT_EQ(KeyOfCode("USA"), (ActorKey{"USA", ""}));
  EXPECT_EQ(KeyOfCode("ARNGOVFRM"), (ActorKey{"ARN", "GOV"}));
  EXPECT_EQ(KeyOfCode("IGOUNO"), (ActorKey{"UNO", "IGO"}));
  EXPECT_EQ(KeyOfCode("NGOARNGOV"), (ActorKey{"ARN", "NGO"}));
  EXPECT_FALSE(KeyOfCode("---").valid());
  EXPECT_FALSE(KeyOfCode("").valid());
  // Ours: the UN resolves to country UNO, role IGO; an unknown role is no role.
  EXPECT_EQ(KeyOfActor("UNO", "UNO", "IGO").Code(), "IGOUNO");
  EXPECT_EQ(KeyOfActor("ARM", "ARM", "UNK").Code(), "ARM");
  EXPECT_EQ(KeyOfActor("RUSGOV", "", "").Code(), "RUSGOV");
}

TEST(EventEvalTest, MatchesAtRootAndFullLevel) {
  const EventTriple gold{"ARMGOV", "AZE", "0256"};
  EXPECT_TRUE(EventsMatch(gold, {"ARMGOVFRM", "AZE", "020"}, MatchLevel::kRoot));
  EXPECT_FALSE(EventsMatch(gold, {"ARMGOVFRM", "AZE", "020"}, MatchLevel::kFull));
  EXPECT_TRUE(EventsMatch(gold, {"ARMGOV", "AZE", "0256"}, MatchLevel::kFull));
  EXPECT_FALSE(EventsMatch(gold, {"ARM", "AZE", "0256"}, MatchLevel::kRoot));     // role
  EXPECT_FALSE(EventsMatch(gold, {"AZE", "ARMGOV", "0256"}, MatchLevel::kRoot));  // direction
  EXPECT_FALSE(EventsMatch(gold, {"ARMGOV", "AZE", "036"}, MatchLevel::kRoot));   // code
  EXPECT_FALSE(EventsMatch({"---", "AZE", "020"}, {"---", "AZE", "020"}, MatchLevel::kRoot));
}

TEST(EventEvalTest, ScoresEachGoldEventOnce) {
  const std::vector<EventTriple> gold = {{"ARM", "AZE", "190"}, {"AZE", "ARM", "190"}};
  const std::vector<EventTriple> pred = {
      {"ARM", "AZE", "190"}, {"ARM", "AZE", "190"}, {"ARM", "AZE", "193"}, {"TUR", "AZE", "051"}};
  std::vector<bool> hit;
  const EventScores root = ScoreRecord(gold, pred, MatchLevel::kRoot, &hit);
  EXPECT_EQ(root.gold, 2u);
  EXPECT_EQ(root.predicted, 3u);  // the repeated triple counts once
  EXPECT_EQ(root.correct, 1u);
  EXPECT_EQ(hit, (std::vector<bool>{true, false}));
  EXPECT_NEAR(root.precision(), 1.0 / 3, 1e-9);
  EXPECT_NEAR(root.recall(), 0.5, 1e-9);
  EXPECT_NEAR(root.f1(), 0.4, 1e-9);
  const EventScores none = ScoreRecord({}, {}, MatchLevel::kFull);
  EXPECT_EQ(none.precision(), 0);
  EXPECT_EQ(none.f1(), 0);
}

}  // namespace
}  // namespace dateline::events
