// Travel verbs through the standard pipeline (the compiled verb patterns code tagged
// verbs only): a visit is an official's, not a private traveller's.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/coded_events.h"

namespace dateline {
namespace {

std::vector<std::string> Visits(const std::string& body) {
  std::vector<std::string> out;
  for (const Event& e : testing::CodeEvents(body)) {
    if (e.type == "CONSULT")
      out.push_back(e.cameo + " " + e.source.ref.code + ">" + e.target.ref.code);
  }
  return out;
}

TEST(TravelTest, AnOfficialsJourneyIsAVisitBothWays) {
  EXPECT_EQ(Visits("The Armenian foreign minister returned from Russia on Friday."),
            (std::vector<std::string>{"042 ARMGOV>RUS", "043 RUS>ARMGOV"}));
}

TEST(TravelTest, PrivateTravellersMakeNoVisit) {
  EXPECT_TRUE(Visits("Kazakhstan reports two cases; both are Kazakh nationals who recently "
                     "returned from Germany.")
                  .empty());
  EXPECT_TRUE(
      Visits("Barbados reports its first death, an 81-year-old man who recently travelled to "
             "the United Kingdom.")
          .empty());
  EXPECT_TRUE(
      Visits("Many families from Stepanakert have left for Armenia since 27 September.").empty());
  EXPECT_EQ(Visits("The French president left for Moscow on Monday."),
            (std::vector<std::string>{"042 FRAGOV>RUSGOV", "043 RUSGOV>FRAGOV"}));
}

}  // namespace
}  // namespace dateline

namespace dateline {
namespace {

TEST(TravelTest, AnArrivalOnAVisitIsOneVisitToWhereTheVisitorArrived) {
  EXPECT_EQ(Visits("French President Emmanuel Macron arrived in Germany on Monday on his first "
                   "official foreign visit."),
            (std::vector<std::string>{"042 FRAGOV>DEU", "043 DEU>FRAGOV"}));
}

}  // namespace
}  // namespace dateline

namespace dateline {
namespace {

TEST(TravelTest, ACapitalArrivedInHostsForItsCountry) {
  EXPECT_EQ(Visits("Iraqi President Saddam Hussein arrived in Amman on a previously unannounced "
                   "visit on Wednesday."),
            (std::vector<std::string>{"042 IRQGOV>JOR", "043 JOR>IRQGOV"}));
}

}  // namespace
}  // namespace dateline
