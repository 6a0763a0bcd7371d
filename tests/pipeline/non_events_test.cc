// Sentences that tell of no event between actors, through the standard pipeline:
// weather disasters, awards and hosting a contest.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/coded_events.h"

namespace dateline {
namespace {

using testing::EventSummaries;

TEST(NonEventsTest, DeathsInAStormAreNoAttack) {
  EXPECT_TRUE(EventSummaries("Seven people in Greece are killed and 100 others injured during a "
                             "violent storm that swept across Thessaloniki.")
                  .empty());
}

TEST(NonEventsTest, WinningAPrizeIsNoEvent) {
  for (const std::string& e :
       EventSummaries("Iranian lawyer Nasrin Sotoudeh, who won the Sakharov Prize of the European "
                      "Parliament in 2012, is sentenced to 38 years in prison.")) {
    EXPECT_NE(e.substr(0, 7), "SUPPORT") << e;
  }
}

TEST(NonEventsTest, HostingATournamentIsNoVisit) {
  EXPECT_TRUE(EventSummaries("North Korea and South Korea express interest in jointly hosting "
                             "the 2023 FIFA Women's World Cup.")
                  .empty());
}

TEST(NonEventsTest, AStateVisitIsStillHosted) {
  EXPECT_EQ(EventSummaries("Turkey hosted the Azerbaijani president in Ankara."),
            (std::vector<std::string>{"CONSULT TUR>AZEGOV asserted"}));
}

}  // namespace
}  // namespace dateline
