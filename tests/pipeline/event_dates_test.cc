// The date of an event comes from the temporal expression that governs its clause, not
// from whichever one is nearest in the sentence. Texts are dated Thursday 2020-10-08.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/coded_events.h"

namespace dateline {
namespace {

// The date, precision and status of the one event the word `trigger` tells.
std::string DateOf(const std::string& body, const std::string& trigger) {
  const Event e = testing::OnlyEvent(testing::CodeEventsWithTrigger(body, trigger), trigger);
  return e.date + " " + e.date_precision + " " + e.status;
}

TEST(EventDatesTest, UntilNamesWhenAnActEndsNotWhenItHappens) {
  EXPECT_EQ(DateOf("Kenya extends its nationwide night curfew until December 12.", "curfew"),
            "2020-10-08 article asserted");
  EXPECT_EQ(DateOf("Malaysia declares a state of emergency until August 1, 2021.", "declares"),
            "2020-10-08 article asserted");
}

TEST(EventDatesTest, ADateInASubordinateClauseDatesThatClause) {
  const std::string poland =
      "Poland accuses Russia of orchestrating a wave of illegal immigration after four people "
      "were found dead yesterday at the border.";
  EXPECT_EQ(DateOf(poland, "accuses"), "2020-10-08 article asserted");
  const std::string iran =
      "France condemns Iran for planning to enrich uranium, which goes against the nuclear deal "
      "that the United States withdrew from in 2018.";
  EXPECT_EQ(DateOf(iran, "condemns"), "2020-10-08 article asserted");
  const std::string vaccine =
      "Kazakhstan signs an agreement with Pfizer for four million doses which will be delivered "
      "in the fourth quarter of this year.";
  EXPECT_EQ(DateOf(vaccine, "signs"), "2020-10-08 article asserted");
}

TEST(EventDatesTest, ADateBeforeANounDatesThatNoun) {
  const std::string bombing =
      "Hernandez was responsible for the 2003 El Nogal Club bombing that killed 36 people.";
  EXPECT_EQ(DateOf(bombing, "bombing"), "2003 year asserted");
  const std::string deadline =
      "Mujahid said that the United States must stick to its August 31 withdrawal deadline.";
  for (const Event& e : testing::CodeEvents(deadline)) {
    EXPECT_EQ(e.date, "2020-10-08") << e.trigger;
  }
}

TEST(EventDatesTest, AnEventInsideAnotherSharesItsDate) {
  EXPECT_EQ(DateOf("A police officer injured in yesterday's riot in Washington is on life "
                   "support.",
                   "injured"),
            "2020-10-07 day asserted");
}

TEST(EventDatesTest, AnActBeginningOnADateHappensThen) {
  EXPECT_EQ(DateOf("Lebanon imposes a 24-hour curfew for 11 days beginning October 14.", "curfew"),
            "2020-10-14 day future");
}

TEST(EventDatesTest, DatesJoinedByAndHangTogether) {
  EXPECT_EQ(DateOf("Switzerland signs an agreement with Pfizer to supply 14 million doses of the "
                   "vaccine in 2022 and 2023.",
                   "signs"),
            "2020-10-08 article asserted");
}

TEST(EventDatesTest, ADateOnTheVerbOrItsSubjectDatesTheEvent) {
  EXPECT_EQ(DateOf("Armenian forces shelled the town of Tartar on Tuesday.", "shelled"),
            "2020-10-06 day asserted");
  EXPECT_EQ(DateOf("Turkish President Recep Tayyip Erdogan on Monday accused Armenia of "
                   "occupying Azerbaijani land.",
                   "accused"),
            "2020-10-05 day asserted");
}

TEST(EventDatesTest, ATimeOfDayAloneGivesNoDate) {
  EXPECT_EQ(DateOf("Slovakia imposes an overnight curfew from 8:00 p.m. to 5:00 a.m. local time.",
                   "curfew"),
            "2020-10-08 article asserted");
}

TEST(EventDatesTest, ADateInAPhraseOfAnotherVerbIsThatVerbs) {
  EXPECT_EQ(DateOf("Three of the students kidnapped from a university in Kaduna, Nigeria, on "
                   "Tuesday are found shot dead.",
                   "shot"),
            "2020-10-08 article asserted");
}

TEST(EventDatesTest, WhatHappenedAndWhatIsToComeAreTwoEvents) {
  const std::vector<Event> events = testing::CodeEventsOfType(
      "France seizes a British trawler fishing inside its territorial waters. The French "
      "government also says that, beginning October 12, it will impose extra customs checks on "
      "British goods.",
      "COERCE");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].date + " " + events[0].status, "2020-10-08 asserted");
  EXPECT_EQ(events[1].date + " " + events[1].status, "2020-10-12 future");
}

TEST(EventDatesTest, AnInfinitiveThatIsAnActOfItsOwnKeepsItsDate) {
  // The deal is signed now; the war is to end by the deadline.
  const std::string deal =
      "Armenia has signed a deal with Azerbaijan to end the war by Tuesday morning.";
  EXPECT_EQ(DateOf(deal, "signed"), "2020-10-08 article asserted");
  // A deal struck last month dates the striking, not the release it is part of.
  EXPECT_EQ(DateOf("The Houthis release six Saudi prisoners as part of a United Nations-mediated "
                   "deal struck last month.",
                   "release"),
            "2020-10-08 article asserted");
  // A verb that only says the event happens passes its date on.
  EXPECT_EQ(DateOf("Russia's talks with Ukraine are expected to occur on Friday.", "talks"),
            "2020-10-09 day future");
}

TEST(EventDatesTest, TheTollOfAnEventInARelativeClauseDatesIt) {
  EXPECT_EQ(DateOf("Bahrain executes three people for their alleged involvement in a bombing that "
                   "killed three police officers in 2014.",
                   "bombing"),
            "2014 year asserted");
}

TEST(EventDatesTest, ADateOfWhatIsAskedForIsNotTheRequests) {
  const std::string strike = "Palestinian factions call for a general strike on Monday.";
  EXPECT_EQ(DateOf(strike, "call"), "2020-10-08 article asserted");
  EXPECT_EQ(DateOf(strike, "strike"), "2020-10-12 day requested");
}

TEST(EventDatesTest, ADateInARelativeClauseAfterTheEventIsThatClauses) {
  EXPECT_EQ(DateOf("Saudi Arabia arrests Samar Badawi, a human rights activist who received the "
                   "International Women of Courage Award from the United States in 2012.",
                   "arrests"),
            "2020-10-08 article asserted");
  EXPECT_EQ(DateOf("Turkey freezes the assets of former commander Abu Maria al-Qahtani, who was "
                   "killed in April, to comply with the Security Council's policies.",
                   "freezes"),
            "2020-10-08 article asserted");
}

TEST(EventDatesTest, WhatCameBeforeAndThePastOfThoseNamedKeepTheirDates) {
  // A person's past, in a clause set off before the act.
  EXPECT_EQ(
      DateOf("British Prime Minister David Cameron, who called the referendum three years ago, "
             "announces his resignation.",
             "resignation"),
      "2020-10-08 article asserted");
  // What an "after" clause tells came before the act.
  EXPECT_EQ(DateOf("The Russian foreign ministry expels three Slovak diplomats after the Slovak "
                   "foreign ministry expelled three Russian diplomats on August 11.",
                   "expels"),
            "2020-10-08 article asserted");
  // A date that owns a noun dates that noun.
  EXPECT_EQ(DateOf("During the rallies, Bolsonaro alleges that next year's presidential election "
                   "would be a \"farce\" and criticizes the Supreme Federal Court for "
                   "investigating him and his allies.",
                   "criticizes"),
            "2020-10-08 article alleged");
  // A date right after an event noun is its own, however the parse hangs it.
  EXPECT_EQ(
      DateOf("Police fire tear gas after a bus bombing yesterday killed nine people.", "bombing"),
      "2020-10-07 day asserted");
}

TEST(EventDatesTest, TalksInvitedToOnAWeekdayAreOnTheComingOne) {
  // Thursday 2020-10-08: the invitation is past, the talks on the coming Friday.
  EXPECT_EQ(DateOf("He invited the Armenian foreign minister to Moscow on Friday for "
                   "consultations.",
                   "invited"),
            "2020-10-09 day future");
  // The day the invitation was made stays its own.
  EXPECT_EQ(DateOf("Putin on Tuesday invited the foreign ministers to Moscow for consultations.",
                   "invited"),
            "2020-10-06 day future");
}

}  // namespace
}  // namespace dateline
