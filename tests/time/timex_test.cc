#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "text/text_component.h"
#include "time/timex_component.h"

namespace dateline {
namespace {

// Runs text + timex on `body` dated `date`; returns "span=value" per timex.
std::vector<std::string> Tag(const std::string& body, const std::string& date,
                             std::vector<Timex>* timexes = nullptr) {
  static const auto text = NewTextComponent();
  static const auto timex = NewTimexComponent();
  Doc doc;
  doc.body = body;
  doc.date = *CivilDate::Parse(date);
  EXPECT_TRUE(text->Process(&doc).ok());
  EXPECT_TRUE(timex->Process(&doc).ok());
  std::vector<std::string> out;
  for (const Timex& t : doc.timexes) {
    out.push_back(std::string(doc.SpanText(t.token_begin, t.token_end)) + "=" + t.value);
  }
  if (timexes) *timexes = doc.timexes;
  return out;
}

struct Case {
  const char* text;
  const char* date;
  std::vector<std::string> expected;
};

class TimexCaseTest : public ::testing::TestWithParam<Case> {};

TEST_P(TimexCaseTest, Normalizes) {
  const Case& c = GetParam();
  EXPECT_EQ(Tag(c.text, c.date), c.expected) << c.text << " @ " << c.date;
}

// 2020-10-08 is a Thursday in ISO week 2020-W41.
const Case kCases[] = {
    // Explicit and partial calendar dates.
    {"The region saw an escalation of tension on 27 September.",
     "2020-10-08",
     {"27 September=2020-09-27"}},
    {"Ministers are invited to Moscow on 9 October to hold talks.",
     "2020-10-08",
     {"9 October=2020-10-09"}},
    {"Talks began on September 27.", "2020-10-08", {"September 27=2020-09-27"}},
    {"The deal was signed on Sept. 27, 2020 in Moscow.",
     "2020-10-08",
     {"Sept. 27, 2020=2020-09-27"}},
    {"Elections were held on 27 September 2020.", "2020-10-08", {"27 September 2020=2020-09-27"}},
    {"The agreement signed in Paris on 12 December 2015 entered into force.",
     "2020-10-08",
     {"12 December 2015=2015-12-12"}},
    {"He was sworn in on the 3rd of March 2019.", "2020-10-08", {"3rd of March 2019=2019-03-03"}},
    {"The ceasefire was signed on 27/09/2020.", "2020-10-08", {"27/09/2020=2020-09-27"}},
    {"The report is dated 2020-09-27.", "2020-10-08", {"2020-09-27=2020-09-27"}},
    {"The deadline was 10/31/2020.", "2020-10-08", {"10/31/2020=2020-10-31"}},
    {"The ceasefire collapsed on 30 December.", "2021-01-05", {"30 December=2020-12-30"}},
    {"Talks will resume on 3 January.", "2020-12-28", {"3 January=2021-01-03"}},
    {"The talks, held in Geneva on 5 and 6 October, failed.",
     "2020-10-08",
     {"6 October=2020-10-06"}},
    {"On Sunday, Oct. 4, protesters marched.", "2020-10-08", {"Sunday, Oct. 4=2020-10-04"}},
    {"Talks were held on Thursday, October 1.", "2020-10-08", {"Thursday, October 1=2020-10-01"}},
    // Weekdays: past by default, future with a future cue; the article's own weekday is
    // the article date.
    {"Putin on Thursday urged the sides to cease fire.", "2020-10-08", {"Thursday=2020-10-08"}},
    {"The ministers will meet on Friday.", "2020-10-08", {"Friday=2020-10-09"}},
    {"The ministers met on Friday.", "2020-10-08", {"Friday=2020-10-02"}},
    {"He said he would arrive on Monday.", "2020-10-08", {"Monday=2020-10-12"}},
    {"The summit is to take place on Tuesday.", "2020-10-08", {"Tuesday=2020-10-13"}},
    {"The vote is expected on Sunday.", "2020-10-08", {"Sunday=2020-10-11"}},
    {"Protests erupted on Monday.", "2020-10-08", {"Monday=2020-10-05"}},
    {"The army said on Monday it will withdraw.", "2020-10-08", {"Monday=2020-10-05"}},
    {"Envoys are to arrive on Saturday.", "2020-10-08", {"Saturday=2020-10-10"}},
    {"The ministers met last Thursday.", "2020-10-08", {"last Thursday=2020-10-01"}},
    {"They will meet next Monday.", "2020-10-08", {"next Monday=2020-10-12"}},
    {"The blast happened on Thursday night.", "2020-10-08", {"Thursday night=2020-10-08"}},
    // Day words and parts of the day.
    {"Today the army announced a ceasefire.", "2020-10-08", {"Today=2020-10-08"}},
    {"Clashes resumed yesterday.", "2020-10-08", {"yesterday=2020-10-07"}},
    {"The envoy arrives tomorrow.", "2020-10-08", {"tomorrow=2020-10-09"}},
    {"Tomorrow morning the polls open.", "2020-10-08", {"Tomorrow morning=2020-10-09TMO"}},
    {"Shelling continued last night.", "2020-10-08", {"last night=2020-10-07TNI"}},
    {"The curfew starts at 10 p.m. sharp.", "2020-10-08", {"10 p.m.=2020-10-08T22:00"}},
    {"They met at 9:30 a.m. in Baku.", "2020-10-08", {"9:30 a.m.=2020-10-08T09:30"}},
    // Relative periods.
    {"Fighting intensified last week.", "2020-10-08", {"last week=2020-W40"}},
    {"Talks continue this week.", "2020-10-08", {"this week=2020-W41"}},
    {"Elections are due next month.", "2020-10-08", {"next month=2020-11"}},
    {"Inflation rose last year.", "2020-10-08", {"last year=2019"}},
    {"Last month, prices fell.", "2020-10-08", {"Last month=2020-09"}},
    {"Last week's attack shocked the city.", "2020-10-08", {"Last week=2020-W40"}},
    {"Troops withdrew earlier this month.", "2020-10-08", {"earlier this month=2020-10"}},
    {"Later this year, the bank will decide.", "2020-10-08", {"Later this year=2020"}},
    {"The attack happened three days ago.", "2020-10-08", {"three days ago=2020-10-05"}},
    {"Two weeks ago the border was closed.", "2020-10-08", {"Two weeks ago=2020-W39"}},
    {"A week ago the town fell.", "2020-10-08", {"A week ago=2020-W40"}},
    {"Several years ago the dam collapsed.", "2020-10-08", {"Several years ago=PAST_REF"}},
    {"The coffins were sealed 2,500 years ago.", "2020-10-03", {"2,500 years ago=BC0481"}},
    {"The restrictions will last two weeks.", "2020-10-08", {"two weeks=P2W"}},
    {"Tokyo (Japan Today) reported the news today.", "2020-10-08", {"today=2020-10-08"}},
    {"Elections are expected this summer.", "2020-03-10", {"this summer=2020-SU"}},
    {"The war ended in the summer of 2008.", "2020-10-08", {"the summer of 2008=2008-SU"}},
    // Months without a day, with and without a year.
    {"The talks will resume in October.", "2020-10-08", {"October=2020-10"}},
    {"The rebels attacked the town in December.", "2021-01-15", {"December=2020-12"}},
    {"Elections will be held in December.", "2021-01-15", {"December=2021-12"}},
    {"The vote is planned for November.", "2021-01-15", {"November=2021-11"}},
    {"Results for November were released.", "2021-01-15", {"November=2020-11"}},
    {"The vote took place in May.", "2020-10-08", {"May=2020-05"}},
    {"May the best team win.", "2020-10-08", {}},
    {"The rebels have held the town since March.", "2020-10-08", {"March=2020-03"}},
    {"Fighting broke out in October 2020.", "2020-10-08", {"October 2020=2020-10"}},
    {"Fighting broke out in mid-October.", "2020-10-20", {"mid-October=2020-10"}},
    {"The economy shrank in late 2019.", "2020-10-08", {"late 2019=2019"}},
    {"Voters go to the polls early next year.", "2020-10-08", {"early next year=2021"}},
    {"Profits fell in the third quarter.", "2020-10-08", {"the third quarter=2020-Q3"}},
    {"Fourth-quarter sales rose, unlike Q2 2019.",
     "2020-10-08",
     {"Fourth-quarter=2020-Q4", "Q2 2019=2019-Q2"}},
    // Years and decades.
    {"The conflict began in 1988.", "2020-10-08", {"1988=1988"}},
    {"Sanctions have been in place since 2014.", "2020-10-08", {"2014=2014"}},
    {"The election of 2016 was disputed.", "2020-10-08", {"2016=2016"}},
    {"By 2030 the plan will be complete.", "2020-10-08", {"2030=2030"}},
    {"The decision came in 2019 after months of talks.", "2020-10-08", {"2019=2019"}},
    {"The 2020 delegates met in Geneva.", "2020-10-08", {}},
    {"The attack killed 1,301 people.", "2020-10-08", {}},
    {"The plan won 2020 votes.", "2020-10-08", {}},
    {"Unemployment soared in the 1980s.", "2020-10-08", {"the 1980s=198"}},
    {"The government has ruled since the 1990s.", "2020-10-08", {"the 1990s=199"}},
    // Present, past and future references.
    {"The region is currently under curfew.", "2020-10-08", {"currently=PRESENT_REF"}},
    {"Now the sides must negotiate.", "2020-10-08", {"Now=PRESENT_REF"}},
    {"The town was recently shelled.", "2020-10-08", {"recently=PAST_REF"}},
    // Durations.
    {"The truce lasted three days.", "2020-10-08", {"three days=P3D"}},
    {"Talks stalled for two weeks.", "2020-10-08", {"two weeks=P2W"}},
    {"A three-day truce began on Saturday.",
     "2020-10-08",
     {"three-day=P3D", "Saturday=2020-10-03"}},
    {"The 12-hour curfew ended.", "2020-10-08", {"12-hour=PT12H"}},
    {"Talks lasted 24 hours.", "2020-10-08", {"24 hours=PT24H"}},
    {"Over the past two weeks, dozens died.", "2020-10-08", {"the past two weeks=P2W"}},
    {"The mission will last for years.", "2020-10-08", {"years=PXY"}},
    {"Three Russians suffered injuries, among them two journalists.", "2020-10-08", {}},
};

INSTANTIATE_TEST_SUITE_P(Cases, TimexCaseTest, ::testing::ValuesIn(kCases));

TEST(TimexTest, TypesAndMods) {
  std::vector<Timex> t;
  Tag("The truce lasted three days and ended on Thursday night in mid-October.", "2020-10-20", &t);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].type, "DURATION");
  EXPECT_EQ(t[1].type, "DATE");  // TimeBank: a weekday with a part of the day is a DATE
  EXPECT_EQ(t[2].type, "DATE");
  EXPECT_EQ(t[2].mod, "MID");
  Tag("The economy shrank in late 2019 and early next year.", "2020-10-08", &t);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].mod, "END");
  EXPECT_EQ(t[1].mod, "START");
}

TEST(TimexTest, SentenceIndexes) {
  std::vector<Timex> t;
  Tag("Fighting began on 27 September. Talks are set for 9 October. Nothing else.", "2020-10-08",
      &t);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].sentence, 0u);
  EXPECT_EQ(t[1].sentence, 1u);
}

TEST(TimexTest, InvalidAnchorKeepsExplicitDates) {
  static const auto text = NewTextComponent();
  static const auto timex = NewTimexComponent();
  Doc doc;
  doc.body = "On Thursday, the deal of 27 September 2020 lasted three days.";
  ASSERT_TRUE(text->Process(&doc).ok());
  ASSERT_TRUE(timex->Process(&doc).ok());
  std::vector<std::string> values;
  for (const Timex& t : doc.timexes) values.push_back(t.value);
  EXPECT_EQ(values, (std::vector<std::string>{"2020-09-27", "P3D"}));
}

TEST(TimexTest, ProcessIsIdempotent) {
  static const auto text = NewTextComponent();
  static const auto timex = NewTimexComponent();
  Doc doc;
  doc.body = "Talks resumed yesterday.";
  doc.date = {2020, 10, 8};
  ASSERT_TRUE(text->Process(&doc).ok());
  ASSERT_TRUE(timex->Process(&doc).ok());
  ASSERT_TRUE(timex->Process(&doc).ok());
  EXPECT_EQ(doc.timexes.size(), 1u);
}

TEST(TimexTest, SeedArticle) {
  std::ifstream in(std::string(DATELINE_SHARED_DIR) + "/seed/000_b02f48862c04265b.txt");
  ASSERT_TRUE(in) << "seed file missing";
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string raw = ss.str();
  const std::string header = " date 2020-10-08 ";
  ASSERT_EQ(raw.rfind(header, 0), 0u);
  EXPECT_EQ(Tag(raw.substr(header.size()), "2020-10-08"),
            (std::vector<std::string>{"27 September=2020-09-27", "Thursday=2020-10-08",
                                      "9 October=2020-10-09", "27 September=2020-09-27"}));
}

}  // namespace
}  // namespace dateline
