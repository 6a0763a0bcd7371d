#include "events/clause_cues.h"

#include <gtest/gtest.h>

namespace dateline::events {
namespace {

TEST(IntentCodeTest, CooperationBecomesAnIntentAndForceAThreat) {
  EXPECT_EQ(IntentCode("042"), "036");    // a visit to come: intent to meet
  EXPECT_EQ(IntentCode("051"), "032");    // support
  EXPECT_EQ(IntentCode("0622"), "0312");  // military cooperation, finest prefix first
  EXPECT_EQ(IntentCode("065"), "031");
  EXPECT_EQ(IntentCode("072"), "0332");  // military aid
  EXPECT_EQ(IntentCode("080"), "035");
  EXPECT_EQ(IntentCode("083"), "034");    // political reform
  EXPECT_EQ(IntentCode("0874"), "0356");  // withdrawal: de-escalation
  EXPECT_EQ(IntentCode("143"), "133");
  EXPECT_EQ(IntentCode("163"), "1312");  // sanctions
  EXPECT_EQ(IntentCode("160"), "131");
  EXPECT_EQ(IntentCode("1724"), "1324");  // martial law
  EXPECT_EQ(IntentCode("1725"), "132");
  EXPECT_EQ(IntentCode("170"), "130");
  EXPECT_EQ(IntentCode("173"), "137");  // arrest: repression
  EXPECT_EQ(IntentCode("1831"), "1383");
  EXPECT_EQ(IntentCode("191"), "1381");  // blockade
  EXPECT_EQ(IntentCode("195"), "1384");
  EXPECT_EQ(IntentCode("202"), "1385");
  // Statements, requests, accusations and the like have no intent form; nor has a root.
  EXPECT_EQ(IntentCode("020"), "");
  EXPECT_EQ(IntentCode("112"), "");
  EXPECT_EQ(IntentCode("07"), "");
}

}  // namespace
}  // namespace dateline::events
