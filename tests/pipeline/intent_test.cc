// A cooperative act that its doer says it is ready, willing or has agreed to do is an
// intent expressed now (CAMEO 03, PLOVER AGREE), not the act itself to come.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coded_events.h"

namespace dateline {
namespace {

TEST(IntentTest, ReadinessToHelpIsAnAgreementWithTheActsCode) {
  const std::vector<Event> events = testing::CodeEvents(
      "France is ready to contribute up to 4,000 troops to an international peace-keeping "
      "force in Liberia, Defence Minister Pierre Joxe said on Monday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, "AGREE");
  EXPECT_EQ(events[0].cameo, "0332");  // intent to provide military aid
  EXPECT_EQ(events[0].source.ref.code, "FRA");
  EXPECT_EQ(events[0].target.ref.country, "LBR");
  EXPECT_EQ(events[0].status, "asserted");
}

TEST(IntentTest, AnAgreementToActTakesTheActsTargets) {
  EXPECT_EQ(testing::EventSummaries("European Community foreign ministers agreed in principle on "
                                    "Saturday to provide about 70 million dollars of aid for "
                                    "Romania and Poland."),
            (std::vector<std::string>{"AGREE EEC>ROU asserted", "AGREE EEC>POL asserted"}));
  for (const Event& e : testing::CodeEvents("The European Union vows to help Ukraine with its "
                                            "gas supplies.")) {
    EXPECT_EQ(e.type, "AGREE") << e.trigger;
    EXPECT_EQ(e.cameo, "033") << e.trigger;
  }
}

TEST(IntentTest, ACoerciveActVowedOrPreparedForIsAThreat) {
  const std::vector<Event> martial = testing::CodeEvents(
      "Iraq's interim government announced that it is prepared to impose martial law.");
  ASSERT_EQ(martial.size(), 1u);
  EXPECT_EQ(martial[0].type, "THREATEN");
  EXPECT_EQ(martial[0].cameo, "1324");  // threaten martial law
  EXPECT_EQ(martial[0].source.ref.code, "IRQGOV");
  // The sanctions the vow names are the threat, told once.
  const std::vector<Event> sanctions =
      testing::CodeEvents("The United States vowed to impose sanctions on Iran.");
  ASSERT_EQ(sanctions.size(), 1u);
  EXPECT_EQ(sanctions[0].type, "THREATEN");
  EXPECT_EQ(sanctions[0].cameo, "1312");
  EXPECT_EQ(sanctions[0].target.ref.code, "IRN");
  // Agreeing to a coercive act is a decision, no threat.
  for (const Event& e : testing::CodeEvents("The Southern African Development Community agrees "
                                            "to deploy a standby force to Mozambique.")) {
    EXPECT_NE(e.type, "THREATEN") << e.trigger;
  }
}

TEST(IntentTest, InvitationsPlainFutureDatedActsAndNounsStayTheActToCome) {
  // The talks an invitation asks for are the meeting to come.
  for (const Event& e : testing::CodeEvents("Russia invited the foreign ministers of Armenia and "
                                            "Azerbaijan to Moscow for talks on Friday.")) {
    EXPECT_EQ(e.type, "CONSULT") << e.trigger;
    EXPECT_EQ(e.status, "future") << e.trigger;
  }
  const std::vector<Event> support = testing::CodeEventsOfType(
      "Portugal will support Turkey's efforts to become a full member of the European "
      "Community.",
      "SUPPORT");
  ASSERT_EQ(support.size(), 1u);
  EXPECT_EQ(support[0].status, "future");
  // An act with a date of its own is an act to come.
  EXPECT_EQ(testing::EventSummaries("Ukraine and Russia agree to hold negotiations on the "
                                    "Belarus-Ukraine border tomorrow."),
            (std::vector<std::string>{"AGREE UKR>RUS asserted", "AGREE RUS>UKR asserted",
                                      "CONSULT UKR>RUS future", "CONSULT RUS>UKR future"}));
  // The meeting a host offers is between others: theirs is no intent.
  const std::vector<Event> meeting = testing::CodeEventsWithTrigger(
      "Morocco is ready to host a meeting between Israeli and Palestinian officials.", "meeting");
  ASSERT_FALSE(meeting.empty());
  for (const Event& e : meeting) {
    EXPECT_EQ(e.type, "CONSULT");
    EXPECT_EQ(e.status, "future");
  }
}

}  // namespace
}  // namespace dateline
