// Normalization cases for the time stage: (text, article date, expected "span=value")
// per failure class that temporal taggers are known for — weekday direction, months and
// day-months without a year across a year boundary, narrative anchoring ("a month
// earlier", "the previous day"), granularity ("four years ago" is a year), week numbers,
// decades, PRESENT_REF and friends, durations with modifiers, sets, holidays, and numbers
// that are not dates. Article dates used: 2020-10-08 (a Thursday, ISO week 41),
// 2021-01-05 (a Tuesday, 2021-W01), 2020-12-28 (a Monday, 2020-W53), 2019-03-15 (a
// Friday) and 2020-06-30 (a Tuesday).
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "doc/doc.h"
#include "doc/tagsets.h"
#include "text/text_component.h"
#include "time/timex_component.h"

namespace dateline {
namespace {

std::vector<std::string> TagCase(const std::string& body, const std::string& date) {
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
  return out;
}

struct NormCase {
  const char* text;
  const char* date;
  std::vector<std::string> expected;
};

class TimexNormalizationTest : public ::testing::TestWithParam<NormCase> {};

TEST_P(TimexNormalizationTest, Normalizes) {
  const NormCase& c = GetParam();
  EXPECT_EQ(TagCase(c.text, c.date), c.expected) << c.text << " @ " << c.date;
}

const NormCase kNormCases[] = {
    // Explicit dates.
    {"The accord was signed on October 8, 2020.", "2020-10-08", {"October 8, 2020=2020-10-08"}},
    {"It happened on 8 Oct 2020 in Baku.", "2020-10-08", {"8 Oct 2020=2020-10-08"}},
    {"The filing is dated 2019-12-31.", "2020-10-08", {"2019-12-31=2019-12-31"}},
    {"The deadline is 31.12.2020.", "2020-10-08", {"31.12.2020=2020-12-31"}},
    {"The letter was dated 09/27/20.", "2020-10-08", {"09/27/20=2020-09-27"}},
    {"The vote was held on Nov. 3, 2020.", "2020-10-08", {"Nov. 3, 2020=2020-11-03"}},
    {"On March 15th, 2019, protests began.", "2020-10-08", {"March 15th, 2019=2019-03-15"}},
    {"The 1st of May 2018 was calm.", "2020-10-08", {"1st of May 2018=2018-05-01"}},
    {"In January 2019 the talks began.", "2020-10-08", {"January 2019=2019-01"}},
    {"By September of 2021 the plan ends.", "2020-10-08", {"September of 2021=2021-09"}},
    {"Since December 2015, nothing has changed.", "2020-10-08", {"December 2015=2015-12"}},
    {"The treaty of 12 June 1999 still holds.", "2020-10-08", {"12 June 1999=1999-06-12"}},
    {"The border was closed on Aug. 6.", "2020-10-08", {"Aug. 6=2020-08-06"}},
    {"Talks on Oct. 12 will be decisive.", "2020-10-08", {"Oct. 12=2020-10-12"}},
    {"Polls close on November 3.", "2020-10-08", {"November 3=2020-11-03"}},
    {"The truce began on 1 October.", "2020-10-08", {"1 October=2020-10-01"}},
    {"The statement of 14/07/2020 was withdrawn.", "2020-10-08", {"14/07/2020=2020-07-14"}},
    {"The ceasefire of 2020-09-27 failed.", "2020-10-08", {"2020-09-27=2020-09-27"}},
    {"The report covers 1 January 2020 to 30 June 2020.",
     "2020-10-08",
     {"1 January 2020=2020-01-01", "30 June 2020=2020-06-30"}},
    {"The ruling came on Jan. 6, 2000.", "2020-10-08", {"Jan. 6, 2000=2000-01-06"}},
    {"He was born on 3 March 1950.", "2020-10-08", {"3 March 1950=1950-03-03"}},
    {"The election took place on 27th September.", "2020-10-08", {"27th September=2020-09-27"}},
    {"Trading resumed on Sept. 28.", "2020-10-08", {"Sept. 28=2020-09-28"}},
    {"The clashes of 10-11 July left 16 dead.", "2020-10-08", {"11 July=2020-07-11"}},
    {"Voting ends Dec. 1.", "2020-10-08", {"Dec. 1=2020-12-01"}},
    // Months without a year.
    {"Prices rose sharply in November.", "2021-01-05", {"November=2020-11"}},
    {"The summit will take place in February.", "2020-12-10", {"February=2021-02"}},
    {"The army retook the town on 30 December.", "2021-01-05", {"30 December=2020-12-30"}},
    {"Talks will resume on 4 January.", "2020-12-28", {"4 January=2021-01-04"}},
    {"The cabinet met on Dec. 22.", "2021-01-05", {"Dec. 22=2020-12-22"}},
    {"A new parliament convenes on Jan. 12.", "2020-12-28", {"Jan. 12=2021-01-12"}},
    {"Sales collapsed in December.", "2021-02-02", {"December=2020-12"}},
    {"The harvest will begin in March.", "2020-11-20", {"March=2021-03"}},
    {"The border reopened in June.", "2020-10-08", {"June=2020-06"}},
    {"The plan was approved in June.", "2019-03-15", {"June=2018-06"}},
    {"The vote is scheduled for April.", "2019-03-15", {"April=2019-04"}},
    {"Inflation peaked in August.", "2019-03-15", {"August=2018-08"}},
    {"Talks are planned for early January.", "2020-12-28", {"early January=2021-01"}},
    {"Fighting flared in late December.", "2021-01-05", {"late December=2020-12"}},
    {"The company expects results in mid-February.", "2021-01-05", {"mid-February=2021-02"}},
    {"The ban was lifted on 31 December.", "2021-01-05", {"31 December=2020-12-31"}},
    {"The office opened in September.", "2020-10-08", {"September=2020-09"}},
    {"Results for November were released.", "2021-01-05", {"November=2020-11"}},
    // Weekdays.
    {"The rebels attacked on Monday.", "2020-10-08", {"Monday=2020-10-05"}},
    {"The president spoke on Thursday.", "2020-10-08", {"Thursday=2020-10-08"}},
    {"Voting will start on Saturday.", "2020-10-08", {"Saturday=2020-10-10"}},
    {"Officials said on Wednesday that the border was closed.",
     "2020-10-08",
     {"Wednesday=2020-10-07"}},
    {"The talks are scheduled to resume Tuesday.", "2020-10-08", {"Tuesday=2020-10-13"}},
    {"He will fly to Paris on Sunday.", "2020-10-08", {"Sunday=2020-10-11"}},
    {"Police arrested two men Friday.", "2020-10-08", {"Friday=2020-10-02"}},
    // What a present request asks for is ahead; a past call may be dated itself.
    {"The union calls for a general strike on Monday.", "2020-10-08", {"Monday=2020-10-12"}},
    {"Putin urges the sides to hold talks on Friday.", "2020-10-08", {"Friday=2020-10-09"}},
    {"The UN called for a ceasefire on Monday.", "2020-10-08", {"Monday=2020-10-05"}},
    {"Protesters demand the resignation of the prime minister by Sunday.",
     "2020-10-08",
     {"Sunday=2020-10-11"}},
    {"The protest was held last Saturday.", "2020-10-08", {"last Saturday=2020-10-03"}},
    {"The team meets next Wednesday.", "2020-10-08", {"next Wednesday=2020-10-14"}},
    {"The summit ends this Friday.", "2020-10-08", {"this Friday=2020-10-09"}},
    {"On Friday night, shelling resumed.", "2020-10-08", {"Friday night=2020-10-02"}},
    {"The strike ended on Monday morning.", "2020-10-08", {"Monday morning=2020-10-05"}},
    {"The vote took place on Tuesday.", "2021-01-05", {"Tuesday=2021-01-05"}},
    {"The market fell on Thursday.", "2021-01-05", {"Thursday=2020-12-31"}},
    {"The parliament will vote on Friday.", "2021-01-05", {"Friday=2021-01-08"}},
    {"Shops reopened on Saturday.", "2020-12-28", {"Saturday=2020-12-26"}},
    {"The minister is expected to visit on Wednesday.", "2020-12-28", {"Wednesday=2020-12-30"}},
    {"Germany advised its nationals against travel over a possible verdict Thursday.",
     "2020-12-28",
     {"Thursday=2020-12-31"}},
    {"The delegation arrived for talks expected to occur on Thursday.",
     "2022-03-02",
     {"Thursday=2022-03-03"}},
    {"Flights were cancelled due to the storm on Monday.", "2022-03-02", {"Monday=2022-02-28"}},
    {"Protesters planned a rally on Sunday.", "2019-03-15", {"Sunday=2019-03-17"}},
    {"Rescuers found survivors on Tuesday.", "2019-03-15", {"Tuesday=2019-03-12"}},
    {"The court will rule on Monday, March 18.", "2019-03-15", {"Monday, March 18=2019-03-18"}},
    {"The storm hit on Wednesday, Oct. 7.", "2020-10-08", {"Wednesday, Oct. 7=2020-10-07"}},
    {"Officials said Tuesday night that the fire was out.",
     "2020-06-30",
     {"Tuesday night=2020-06-30"}},
    {"The talks collapsed on Saturday.", "2020-06-30", {"Saturday=2020-06-27"}},
    // Day words and clock times.
    {"The envoy arrived yesterday.", "2020-10-08", {"yesterday=2020-10-07"}},
    {"The results are due tomorrow.", "2020-10-08", {"tomorrow=2020-10-09"}},
    {"Officials met today in Geneva.", "2020-10-08", {"today=2020-10-08"}},
    {"The curfew begins tonight.", "2020-10-08", {"tonight=2020-10-08TNI"}},
    {"The blast occurred yesterday morning.", "2020-10-08", {"yesterday morning=2020-10-07TMO"}},
    {"The talks continue tomorrow afternoon.", "2020-10-08", {"tomorrow afternoon=2020-10-09TAF"}},
    {"The ministers met this morning.", "2020-10-08", {"this morning=2020-10-08TMO"}},
    {"The vote ends this evening.", "2020-10-08", {"this evening=2020-10-08TEV"}},
    {"The polls open at 7 a.m. tomorrow.", "2020-10-08", {"7 a.m. tomorrow=2020-10-09T07:00"}},
    {"The shelling began at 10:30 p.m.", "2020-10-08", {"10:30 p.m.=2020-10-08T22:30"}},
    {"The deadline is 5 p.m. EST Friday.", "2020-10-08", {"5 p.m. EST Friday=2020-10-02T17:00"}},
    {"The strike starts at noon Thursday.", "2020-10-08", {"noon Thursday=2020-10-08T12:00"}},
    {"Voting closed at 8 pm.", "2020-10-08", {"8 pm=2020-10-08T20:00"}},
    {"The bomb exploded at 10:35 a.m. local time.", "2020-10-08", {"10:35 a.m.=2020-10-08T10:35"}},
    {"The flight left at 6 a.m. on Oct. 7.", "2020-10-08", {"6 a.m. on Oct. 7=2020-10-07T06:00"}},
    {"The meeting ends at midnight Friday.", "2020-10-08", {"midnight Friday=2020-10-02T24:00"}},
    {"At noon the square was empty.", "2020-10-08", {}},
    {"The day before yesterday the town fell.",
     "2020-10-08",
     {"The day before yesterday=2020-10-06"}},
    {"Shelling continued last night.", "2021-01-05", {"last night=2021-01-04TNI"}},
    {"The vote was held earlier today.", "2020-10-08", {"earlier today=2020-10-08"}},
    // Relative periods.
    {"Fighting intensified last month.", "2021-01-05", {"last month=2020-12"}},
    {"Unemployment rose last year.", "2021-01-05", {"last year=2020"}},
    {"The talks resume next week.", "2020-12-28", {"next week=2021-W01"}},
    {"Fighting continued this week.", "2021-01-05", {"this week=2021-W01"}},
    {"Prices fell last week.", "2021-01-05", {"last week=2020-W53"}},
    {"The law takes effect next month.", "2020-12-28", {"next month=2021-01"}},
    {"Elections will be held next year.", "2020-12-28", {"next year=2021"}},
    {"The economy grew this year.", "2020-10-08", {"this year=2020"}},
    {"Growth slowed this quarter.", "2020-10-08", {"this quarter=2020-Q4"}},
    {"Profits rose last quarter.", "2020-10-08", {"last quarter=2020-Q3"}},
    {"Sales will improve next quarter.", "2020-10-08", {"next quarter=2021-Q1"}},
    {"Troops withdrew earlier this year.", "2020-10-08", {"earlier this year=2020"}},
    {"The bank will act later this month.", "2020-10-08", {"later this month=2020-10"}},
    {"The ministers met earlier this week.", "2020-10-08", {"this week=2020-W41"}},
    {"The fund was set up last spring.", "2020-10-08", {"last spring=2020-SP"}},
    {"Crops failed last summer.", "2021-01-05", {"last summer=2020-SU"}},
    {"Elections are due next autumn.", "2020-10-08", {"next autumn=2021-FA"}},
    {"Talks resumed this winter.", "2021-01-05", {"this winter=2020-WI"}},
    {"The law was passed last December.", "2020-10-08", {"last December=2019-12"}},
    {"Voting ends next March.", "2020-10-08", {"next March=2021-03"}},
    {"Prices rose in early 2020.", "2020-10-08", {"early 2020=2020"}},
    {"Troops arrived in mid-2019.", "2020-10-08", {"mid-2019=2019"}},
    {"The plant closes late next year.", "2020-10-08", {"late next year=2021"}},
    {"The bank cut rates late last week.", "2020-10-08", {"late last week=2020-W40"}},
    {"Oil rose in the third quarter of 2019.", "2020-10-08", {"the third quarter of 2019=2019-Q3"}},
    {"Fourth-quarter profit doubled.", "2021-02-01", {"Fourth-quarter=2020-Q4"}},
    {"Output fell in Q1 2020.", "2020-10-08", {"Q1 2020=2020-Q1"}},
    {"Sales grew in the summer of 2019.", "2020-10-08", {"the summer of 2019=2019-SU"}},
    {"Prices climbed in winter 2018.", "2020-10-08", {"winter 2018=2018-WI"}},
    // Ago and granularity.
    {"The war ended four years ago.", "2020-10-08", {"four years ago=2016"}},
    {"The plant closed two months ago.", "2020-10-08", {"two months ago=2020-08"}},
    {"The attack happened a week ago.", "2021-01-05", {"a week ago=2020-W53"}},
    {"Talks collapsed five days ago.", "2021-01-05", {"five days ago=2020-12-31"}},
    {"The law passed a decade ago.", "2020-10-08", {"a decade ago=2010"}},
    {"The temple was built 3,000 years ago.", "2020-10-08", {"3,000 years ago=BC0981"}},
    {"The rebels left a few years ago.", "2020-10-08", {"a few years ago=PAST_REF"}},
    {"The firm was founded nearly four years ago.", "2020-10-08", {"nearly four years ago=2016"}},
    {"He resigned three weeks ago.", "2020-10-08", {"three weeks ago=2020-W38"}},
    {"Prices peaked a year ago.", "2020-10-08", {"a year ago=2019"}},
    {"Two years ago the dam burst.", "2021-01-05", {"Two years ago=2019"}},
    {"The ship sank a century ago.", "2020-10-08", {"a century ago=1920"}},
    // Narrative anchoring.
    {"Talks began on 5 March 2019. The previous day, shelling stopped.",
     "2020-10-08",
     {"5 March 2019=2019-03-05", "The previous day=2019-03-04"}},
    {"The treaty was signed in 2015. A year earlier, war had broken out.",
     "2020-10-08",
     {"2015=2015", "A year earlier=2014"}},
    {"Fighting erupted on 12 July 2018. Two days later, a truce was agreed.",
     "2020-10-08",
     {"12 July 2018=2018-07-12", "Two days later=2018-07-14"}},
    {"The plant opened in March 2017. A month earlier, workers had been hired.",
     "2020-10-08",
     {"March 2017=2017-03", "A month earlier=2017-02"}},
    {"Net income rose in the third quarter from $5 million a year earlier.",
     "1989-10-26",
     {"the third quarter=1989-Q3", "a year earlier=1988-Q3"}},
    {"Profit fell in the third quarter, compared with a year ago.",
     "1989-10-26",
     {"the third quarter=1989-Q3", "a year ago=1988-Q3"}},
    {"Year-earlier sales were $3 million in the second quarter.",
     "1989-10-26",
     {"Year-earlier=1988", "the second quarter=1989-Q2"}},
    {"Revenue rose 5% in the latest quarter.", "1989-10-26", {"the latest quarter=1989-Q3"}},
    {"Sales in the quarter rose 5%.", "1989-10-26", {"the quarter=1989-Q3"}},
    {"The mayor resigned on 3 May 2016. That day, protests began.",
     "2020-10-08",
     {"3 May 2016=2016-05-03", "That day=2016-05-03"}},
    {"The vote was on 4 June 2019. The following week, riots broke out.",
     "2020-10-08",
     {"4 June 2019=2019-06-04", "The following week=2019-W24"}},
    {"He arrived in Kabul in 2001. The next day he left.",
     "2020-10-08",
     {"2001=2001", "The next day=2020-10-09"}},
    {"It snowed on 2 February 2019. The same day, schools closed.",
     "2020-10-08",
     {"2 February 2019=2019-02-02", "The same day=2019-02-02"}},
    {"The firm reported a loss in fiscal 1989.", "2020-10-08", {"fiscal 1989=1989"}},
    {"Sales grew in the year-earlier quarter.", "1989-10-26", {"the year-earlier quarter=1988-Q3"}},
    {"Net rose in this year's third quarter.", "1989-10-26", {"this year's third quarter=1989-Q3"}},
    {"Earnings rose in the 1988 second quarter.",
     "1989-10-26",
     {"the 1988 second quarter=1988-Q2"}},
    {"The strike started on 1 May 2019 and ended three weeks later.",
     "2020-10-08",
     {"1 May 2019=2019-05-01", "three weeks later=2019-W21"}},
    // Decades and centuries.
    {"Inflation soared in the 1970s.", "2020-10-08", {"the 1970s=197"}},
    {"The city grew in the 1990's.", "2020-10-08", {"the 1990's=199"}},
    {"Music from the '80s is back.", "2020-10-08", {"the '80s=198"}},
    {"Profits fell in the late 1980s.", "2020-10-08", {"the late 1980s=198"}},
    {"The republic was founded in the early 1920s.", "2020-10-08", {"the early 1920s=192"}},
    {"Trade boomed in the mid-1990s.", "2020-10-08", {"the mid-1990s=199"}},
    // Years.
    {"The conflict began in 1994.", "2020-10-08", {"1994=1994"}},
    {"Between 2001 and 2005 the economy grew.", "2020-10-08", {"2001=2001", "2005=2005"}},
    {"Until 2019, the border was open.", "2020-10-08", {"2019=2019"}},
    {"The 1987 crash wiped out savings.", "2020-10-08", {"1987=1987"}},
    {"He was injured in the 1998 bombing.", "2020-10-08", {"1998=1998"}},
    {"The 2020 delegates met in Geneva.", "2020-10-08", {}},
    {"About 2000 people attended.", "2020-10-08", {}},
    {"The index closed at 2019 points.", "2020-10-08", {}},
    {"Prices rose 2019 percent.", "2020-10-08", {}},
    {"He paid $2015 for it.", "2020-10-08", {}},
    {"The firm has 1,995 employees.", "2020-10-08", {}},
    {"Call 2882015 for details.", "2020-10-08", {}},
    {"The plan won 2020 votes.", "2020-10-08", {}},
    {"Reports for 2018 and 2019 were published.", "2020-10-08", {"2018=2018", "2019=2019"}},
    {"The deal, signed in 2014, expired.", "2020-10-08", {"2014=2014"}},
    {"In nineteen ninety-six the war ended.", "2020-10-08", {"nineteen ninety-six=1996"}},
    {"The company will go public in the year two thousand.",
     "1998-03-01",
     {"the year two thousand=2000"}},
    // Numbers that are not dates.
    {"At least 30 civilians were killed and 144 wounded.", "2020-10-08", {}},
    {"The virus infected 1,301 people.", "2020-10-08", {}},
    {"The ship carried 12 containers and 3 trucks.", "2020-10-08", {}},
    {"The score was 3-2.", "2020-10-08", {}},
    {"Flight 370 disappeared.", "2020-10-08", {}},
    {"He won 52 percent of the vote.", "2020-10-08", {}},
    {"The army deployed 4,000 troops.", "2020-10-08", {}},
    {"The price rose to 9.5 dollars.", "2020-10-08", {}},
    {"Room 1204 was searched.", "2020-10-08", {}},
    {"Protesters march against Project 2025 and Saudi Vision 2030.", "2020-10-08", {}},
    {"The March 23 Movement and the March 14 Alliance rallied.", "2020-10-08", {}},
    {"The 747 landed safely.", "2020-10-08", {}},
    {"Rule 10.3 applies.", "2020-10-08", {}},
    {"Three Russians were injured.", "2020-10-08", {}},
    {"May the talks succeed.", "2020-10-08", {}},
    {"The march went ahead peacefully.", "2020-10-08", {}},
    {"He may sign the deal.", "2020-10-08", {}},
    {"The party will march to the square.", "2020-10-08", {}},
    {"Prices will last through the winter sale.", "2020-10-08", {}},
    // References.
    {"The town is now under curfew.", "2020-10-08", {"now=PRESENT_REF"}},
    {"Refugees are currently sheltering in schools.", "2020-10-08", {"currently=PRESENT_REF"}},
    {"The rebels recently seized the airport.", "2020-10-08", {"recently=PAST_REF"}},
    {"Talks will resume soon.", "2020-10-08", {"soon=FUTURE_REF"}},
    {"They left as soon as possible.", "2020-10-08", {}},
    {"Right now the border is closed.", "2020-10-08", {"Right now=PRESENT_REF"}},
    {"The group was active in the past.", "2020-10-08", {"the past=PAST_REF"}},
    {"More talks are likely in the future.", "2020-10-08", {"the future=FUTURE_REF"}},
    {"Nowadays few people travel.", "2020-10-08", {"Nowadays=PRESENT_REF"}},
    {"The plant is at present idle.", "2020-10-08", {"at present=PRESENT_REF"}},
    {"Prices have risen in recent years.", "2020-10-08", {"recent years=PAST_REF"}},
    {"More rain is expected in the coming days.", "2020-10-08", {"coming days=PXD"}},
    // Durations.
    {"The siege lasted three months.", "2020-10-08", {"three months=P3M"}},
    {"The hostages were held for 48 hours.", "2020-10-08", {"48 hours=PT48H"}},
    {"He served ten years in prison.", "2020-10-08", {"ten years=P10Y"}},
    {"The ceasefire held for a week.", "2020-10-08", {"a week=P1W"}},
    {"The strike lasted nearly two weeks.", "2020-10-08", {"nearly two weeks=P2W"}},
    {"The talks took more than five hours.", "2020-10-08", {"more than five hours=PT5H"}},
    {"The trial could take at least six months.", "2020-10-08", {"at least six months=P6M"}},
    {"The curfew lasts less than a day.", "2020-10-08", {"less than a day=P1D"}},
    {"He could face up to 20 years in prison.", "2020-10-08", {"up to 20 years=P20Y"}},
    {"The firm posted a five year low.", "2020-10-08", {"five year=P5Y"}},
    {"The war lasted two decades.", "2020-10-08", {"two decades=P20Y"}},
    {"Repairs will take a few days.", "2020-10-08", {"a few days=PXD"}},
    {"The negotiations took a couple of weeks.", "2020-10-08", {"a couple of weeks=P2W"}},
    {"A 90-day truce was agreed.", "2020-10-08", {"90-day=P90D"}},
    {"The six-month plan failed.", "2020-10-08", {"six-month=P6M"}},
    {"In the past three years, trade doubled.", "2020-10-08", {"the past three years=P3Y"}},
    {"Over the last five days, 40 died.", "2020-10-08", {"the last five days=P5D"}},
    {"The next two weeks will be decisive.", "2020-10-08", {"The next two weeks=P2W"}},
    {"The fighting lasted for years.", "2020-10-08", {"years=PXY"}},
    {"The court met for several hours.", "2020-10-08", {"several hours=PTXH"}},
    {"The fire burned for twenty-four hours.", "2020-10-08", {"twenty-four hours=PT24H"}},
    {"The dispute has lasted for centuries.", "2020-10-08", {"centuries=PXCE"}},
    // Sets.
    {"The newspaper is published daily.", "2020-10-08", {"daily=P1D"}},
    {"The board meets weekly.", "2020-10-08", {"weekly=P1W"}},
    {"The report is issued annually.", "2020-10-08", {"annually=P1Y"}},
    {"Patrols pass every day.", "2020-10-08", {"every day=P1D"}},
    {"The council meets each Thursday.", "2020-10-08", {"each Thursday=XXXX-WXX-4"}},
    {"Markets open every Sunday morning.", "2020-10-08", {"every Sunday morning=XXXX-WXX-7TMO"}},
    {"The festival is held every July.", "2020-10-08", {"every July=XXXX-07"}},
    {"Prices are reviewed every two weeks.", "2020-10-08", {"every two weeks=P2W"}},
    {"Data are updated monthly.", "2020-10-08", {"monthly=P1M"}},
    {"Buses run hourly.", "2020-10-08", {"hourly=PT1H"}},
    {"Votes are counted each year.", "2020-10-08", {"each year=P1Y"}},
    // Holidays.
    {"Stores closed on Christmas Day.", "2020-10-08", {"Christmas Day=2020-12-25"}},
    {"Families gathered for Thanksgiving.", "2020-12-01", {"Thanksgiving=2020-11-26"}},
    {"The campaign runs until Election Day.", "2020-10-08", {"Election Day=2020-11-03"}},
    {"Fireworks lit up the sky on Independence Day.",
     "2020-10-08",
     {"Independence Day=2020-07-04"}},
    {"Rallies were held on New Year's Day.", "2021-01-05", {"New Year's Day=2021-01-01"}},
    // Week numbers and decades ahead.
    {"Deliveries start in week 41.", "2020-10-08", {"week 41=2020-W41"}},
    {"The fair runs in calendar week 7.", "2021-01-05", {"calendar week 7=2021-W07"}},
    {"Production stopped in week 12 of 2019.", "2020-10-08", {"week 12 of 2019=2019-W12"}},
    {"Talks are set for the week of March 6.", "2000-02-20", {"the week of March 6=2000-W10"}},
    {"Growth will slow over the next decade.", "2020-10-08", {"the next decade=P10Y"}},
    {"The plant will close next decade.", "2020-10-08", {"next decade=203"}},
    {"Prices doubled over the past decade.", "2020-10-08", {"the past decade=P10Y"}},
    {"The town fell on 9 May 2019. A month earlier, the army had retreated.",
     "2020-10-08",
     {"9 May 2019=2019-05-09", "A month earlier=2019-04"}},
    // Parts of periods, centuries, halves and phrases.
    {"The deal closes at the end of the year.", "2020-10-08", {"the end of the year=2020"}},
    {"Talks will resume at the beginning of March.",
     "2020-10-08",
     {"the beginning of March=2021-03"}},
    {"Prices rose at the end of 2019.", "2020-10-08", {"the end of 2019=2019"}},
    {"Cities grew in the 20th century.", "2020-10-08", {"the 20th century=19"}},
    {"The church dates from the eleventh century.", "2020-10-08", {"the eleventh century=10"}},
    {"The trial lasted 2 1/2 years.", "2020-10-08", {"2 1/2 years=P2Y6M"}},
    {"The flight took five and a half hours.", "2020-10-08", {"five and a half hours=PT5H30M"}},
    {"Rents doubled in the nineties.", "2020-10-08", {"the nineties=199"}},
    {"These days the port is quiet.", "2020-10-08", {"These days=PRESENT_REF"}},
    {"No deal is likely in the near future.", "2020-10-08", {"the near future=FUTURE_REF"}},
    {"Rates will stay low in the short term.", "2020-10-08", {"the short term=FUTURE_REF"}},
    {"The fire broke out on 3 March 2019. At 6 a.m. firefighters arrived.",
     "2020-10-08",
     {"3 March 2019=2019-03-03", "6 a.m.=2019-03-03T06:00"}},
    {"The election was held in late-November.", "2021-01-05", {"late-November=2020-11"}},
    {"The plant reopens in early-2021.", "2020-10-08", {"early-2021=2021"}},
    {"Sales fell in the latest period.", "1989-10-26", {"the latest period=1989-Q3"}},
    {"Output rose in the next three quarters.", "2020-10-08", {"the next three quarters=P9M"}},
    // Clock times that look like years.
    {"The curfew starts at 1900 GMT.", "2020-10-08", {"1900 GMT=2020-10-08T19:00"}},
    {"Troops moved at 0600 hours.", "2020-10-08", {"0600 hours=2020-10-08T06:00"}},
    {"The firm has 1900 employees.", "2020-10-08", {}},
    // Extents with determiners and positions.
    {"Sales rose in the first nine months.", "2020-10-08", {"the first nine months=P9M"}},
    {"The four days of talks ended.", "2020-10-08", {"The four days=P4D"}},
    {"The talks ended late yesterday.", "2020-10-08", {"late yesterday=2020-10-07"}},
    {"The blast came early Tuesday.", "2020-10-08", {"early Tuesday=2020-10-06"}},
    {"Earlier Sunday, troops withdrew.", "2020-10-08", {"Earlier Sunday=2020-10-04"}},
    {"The result is due later this afternoon.",
     "2020-10-08",
     {"later this afternoon=2020-10-08TAF"}},
    {"Prices rose over the past year.", "2020-10-08", {"the past year=2019"}},
    {"She cancelled her vacation plans on Friday.", "2020-10-08", {"Friday=2020-10-02"}},
    // Titles that look like sets.
    {"The Daily Mail reported the story.", "2020-10-08", {}},
    {"He told China Daily that talks failed.", "2020-10-08", {}},
    {"Every day, buses leave at dawn.", "2020-10-08", {"Every day=P1D"}},
    // Units inside names.
    {"Disney bought 21st Century Fox.", "2020-10-08", {}},
    {"He won the 24 Hours of Le Mans.", "2020-10-08", {}},
    {"Four Months After the war, talks began.", "2020-10-08", {"Four Months=P4M"}},
    // Reporting periods.
    {"Net income for the year ended Sept. 30 rose.",
     "1989-10-26",
     {"the year=P1Y", "Sept. 30=1989-09-30"}},
    {"Volume rose 5% for the year.", "1989-10-26", {"the year=1989"}},
    // Current.
    {"The current government resigned.", "2020-10-08", {"current=PRESENT_REF"}},
    {"Sales in the current quarter rose.", "2020-10-08", {"the current quarter=2020-Q4"}},
    {"Exiles will try to get around Wednesday's ruling.", "2020-10-08", {"Wednesday=2020-10-07"}},
    {"Net rose in the third quarter. For the nine months, net rose 18% from a year earlier.",
     "1989-10-26",
     {"the third quarter=1989-Q3", "the nine months=P9M", "a year earlier=1988"}},
    {"Net rose in the third quarter from $58 million a year earlier.",
     "1989-10-26",
     {"the third quarter=1989-Q3", "a year earlier=1988-Q3"}},
    // TimeBank conventions: weekday cues, parts of the day, months without a year.
    {"More than 100 people have been killed in the blasts next to the embassies on Friday.",
     "2020-10-08",
     {"Friday=2020-10-02"}},
    {"Officials postponed until Tuesday any action on the case.",
     "2020-10-08",
     {"Tuesday=2020-10-13"}},
    // A deadline of an act still to come; a past act's "by" stays past.
    {"Pashinyan has signed a deal to end the war by Tuesday morning.",
     "2020-11-09",
     {"Tuesday morning=2020-11-10"}},
    {"Police had arrested 20 people by Tuesday.", "2020-10-08", {"Tuesday=2020-10-06"}},
    // What is threatened or vowed is to come.
    {"Erdogan threatens to launch an operation on Friday.", "2020-10-08", {"Friday=2020-10-09"}},
    {"The rebels vow to retake the town by Sunday.", "2020-10-08", {"Sunday=2020-10-11"}},
    {"Following the executions on Saturday, the group threatens to strike back.",
     "2020-10-08",
     {"Saturday=2020-10-03"}},
    {"His father could come to the U.S. as early as Tuesday.",
     "2020-10-08",
     {"Tuesday=2020-10-13"}},
    {"The offer had been due to expire Friday evening.",
     "2020-10-08",
     {"Friday evening=2020-10-02TEV"}},
    {"Protesters were planning to march on Monday.", "2020-10-08", {"Monday=2020-10-12"}},
    {"Castro spoke Wednesday evening.", "2020-10-08", {"Wednesday evening=2020-10-07TEV"}},
    {"Sales in March: $3 million.", "2020-10-08", {"March=2020-03"}},
    {"Sales in January: $3 million.", "2020-10-08", {"January=2021-01"}},
    {"Analysts are worried about the future.", "2020-10-08", {"the future=FUTURE_REF"}},
    {"The future of the company is unclear.", "2020-10-08", {}},
    {"Sales for the full year rose 13%.", "2020-10-08", {"the full year=2020"}},
    {"Until Thursday, they had not called him a suspect.", "2020-10-10", {"Thursday=2020-10-08"}},
    {"The agency extended its deadline until 9 a.m. Tuesday.",
     "2020-10-08",
     {"9 a.m. Tuesday=2020-10-13T09:00"}},
    {"Protests began in 1992 intended to close clinics.", "2020-10-08", {"1992=1992"}},
    {"Since 1990 there has been a trend.", "2020-10-08", {"1990=1990"}},
    {"Demand held up into the summer.", "2020-10-08", {"the summer=2020-SU"}},
    {"Demand held up into the summer.", "2021-02-08", {"the summer=2020-SU"}},
    {"Earnings will be lower for the fiscal year.", "1989-11-02", {"the fiscal year=1989"}},
    {"In the fiscal year ended Jan. 31, sales rose.",
     "1989-10-31",
     {"the fiscal year=P1Y", "Jan. 31=1989-01-31"}},
    {"Police said on Monday he had been seen the previous Friday.",
     "2020-10-08",
     {"Monday=2020-10-05", "the previous Friday=2020-10-02"}},
    {"They met on Oct. 1 and again the following Monday.",
     "2020-10-08",
     {"Oct. 1=2020-10-01", "the following Monday=2020-10-05"}},
    // Quarterly reports: the closing day of a quarter leaves the quarter as the reference;
    // a year back from a day named by its date is that day; "ago" does not move the
    // narrative.
    {"Net rose for the fiscal-first quarter ended Sept. 30.",
     "1989-10-26",
     {"the fiscal-first quarter=1989-Q1", "Sept. 30=1989-09-30"}},
    {"Net rose in the third quarter ended Sept. 30, up from $2 a share a year earlier.",
     "1989-10-26",
     {"the third quarter=1989-Q3", "Sept. 30=1989-09-30", "a year earlier=1988-Q3"}},
    {"For the six months ended Aug. 12, net fell to $6 million from $18 million a year earlier.",
     "1989-10-26",
     {"the six months=P6M", "Aug. 12=1989-08-12", "a year earlier=1988-08-12"}},
    {"Shares rose yesterday. The dividend is up from 4 pence a year earlier.",
     "1989-11-02",
     {"yesterday=1989-11-01", "a year earlier=1988"}},
    {"Net was $4 million, against a loss a year ago. Sales were $3 million a year earlier.",
     "1989-10-26",
     {"a year ago=1988", "a year earlier=1988"}},
    // A month with the year named after it.
    {"The ratification process began in February this year.",
     "1998-12-03",
     {"February this year=1998-02"}},
    {"The lower house approved it in early October this year.",
     "1998-12-03",
     {"early October this year=1998-10"}},
    {"Prices peaked in July last year.", "1998-02-19", {"July last year=1997-07"}},
    {"The talks end in April next year.", "1998-12-03", {"April next year=1999-04"}},
    {"The store burned in May of last year.", "2025-03-17", {"May of last year=2024-05"}},
    {"Floods came in the summer of last year.", "2025-03-17", {"the summer of last year=2024-SU"}},
    {"Prices fell in the past year.", "1998-12-03", {"the past year=1997"}},
    // Years in words after a month or season.
    {"Sales began in January nineteen ninety-seven.",
     "1998-02-27",
     {"January nineteen ninety-seven=1997-01"}},
    {"It was the winter of nineteen ninety-four.",
     "1998-02-23",
     {"the winter of nineteen ninety-four=1994-WI"}},
};

INSTANTIATE_TEST_SUITE_P(Cases, TimexNormalizationTest, ::testing::ValuesIn(kNormCases));

// With part-of-speech tags from the syntax stage (set here by hand, word -> XPOS), the
// tense of the clause comes from the tags; without them, from the word cues.
std::vector<std::string> TagWithPos(const std::string& body, const std::string& date,
                                    const std::vector<std::pair<std::string, std::string>>& pos) {
  static const auto text = NewTextComponent();
  static const auto timex = NewTimexComponent();
  Doc doc;
  doc.body = body;
  doc.date = *CivilDate::Parse(date);
  EXPECT_TRUE(text->Process(&doc).ok());
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    doc.tokens[i].xpos = XposFromName("NN");
    for (const auto& [word, tag] : pos) {
      if (doc.SpanText(i, i + 1) == word) doc.tokens[i].xpos = XposFromName(tag);
    }
  }
  EXPECT_TRUE(timex->Process(&doc).ok());
  std::vector<std::string> out;
  for (const Timex& t : doc.timexes) {
    out.push_back(std::string(doc.SpanText(t.token_begin, t.token_end)) + "=" + t.value);
  }
  return out;
}

TEST(TimexPosTense, PastTenseVerbOutsideTheWordListsLooksBack) {
  const std::string s = "The company sold the unit in January.";
  EXPECT_EQ(TagCase(s, "2020-10-08"), std::vector<std::string>{"January=2021-01"});
  EXPECT_EQ(TagWithPos(s, "2020-10-08", {{"sold", "VBD"}}),
            std::vector<std::string>{"January=2020-01"});
  // A present tense is no cue.
  EXPECT_EQ(TagWithPos("The company sells the unit in January.", "2020-10-08", {{"sells", "VBZ"}}),
            std::vector<std::string>{"January=2021-01"});
}

TEST(TimexPosTense, ParticiplePlanIsNoFutureCue) {
  const std::string s = "A memorial service planned for Saturday was canceled.";
  EXPECT_EQ(TagCase(s, "2020-10-08"), std::vector<std::string>{"Saturday=2020-10-10"});
  EXPECT_EQ(TagWithPos(s, "2020-10-08", {{"planned", "VBN"}, {"was", "VBD"}, {"canceled", "VBN"}}),
            std::vector<std::string>{"Saturday=2020-10-03"});
  // After "has" the plan is a finite verb and still looks ahead.
  EXPECT_EQ(TagWithPos("The attorney has scheduled a news conference Thursday.", "2020-10-07",
                       {{"has", "VBZ"}, {"scheduled", "VBN"}}),
            std::vector<std::string>{"Thursday=2020-10-08"});
}

TEST(TimexPosTense, ReducedRelativeParticipleLooksBack) {
  EXPECT_EQ(TagWithPos("It bids for shares issued July 1, which will receive less.", "1989-10-27",
                       {{"bids", "VBZ"}, {"issued", "VBN"}, {"will", "MD"}, {"receive", "VB"}}),
            std::vector<std::string>{"July 1=1989-07-01"});
}

}  // namespace
}  // namespace dateline
