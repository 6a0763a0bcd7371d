#include "time/normalizer.h"

#include <gtest/gtest.h>

#include "time/date_words.h"

namespace dateline::timex {
namespace {

TEST(NormalizerTest, Values) {
  const CivilDate d{2020, 10, 8};
  EXPECT_EQ(DayValue(d), "2020-10-08");
  EXPECT_EQ(WeekValue(d), "2020-W41");
  EXPECT_EQ(WeekValue({2021, 1, 1}), "2020-W53");
  EXPECT_EQ(PeriodValue(d, Unit::kWeekend), "2020-W41-WE");
  EXPECT_EQ(PeriodValue(d, Unit::kQuarter), "2020-Q4");
  EXPECT_EQ(PeriodValue(d, Unit::kDecade), "202");
  EXPECT_EQ(PeriodValue(d, Unit::kCentury), "20");
  EXPECT_EQ(DurationValue(3, Unit::kDay), "P3D");
  EXPECT_EQ(DurationValue(2, Unit::kWeek), "P2W");
  EXPECT_EQ(DurationValue(4, Unit::kHour), "PT4H");
  EXPECT_EQ(DurationValue(-1, Unit::kYear), "PXY");
  EXPECT_EQ(DurationValue(2, Unit::kDecade), "P20Y");
}

TEST(NormalizerTest, Weekdays) {
  const CivilDate thu{2020, 10, 8};
  EXPECT_EQ(ResolveWeekday(thu, 3, Direction::kPast, false), thu);
  EXPECT_EQ(ResolveWeekday(thu, 3, Direction::kPast, true), (CivilDate{2020, 10, 1}));
  EXPECT_EQ(ResolveWeekday(thu, 3, Direction::kFuture, true), (CivilDate{2020, 10, 15}));
  EXPECT_EQ(ResolveWeekday(thu, 0, Direction::kUnknown, false), (CivilDate{2020, 10, 5}));
  EXPECT_EQ(ResolveWeekday(thu, 0, Direction::kFuture, false), (CivilDate{2020, 10, 12}));
}

TEST(NormalizerTest, MonthsAndDaysWithoutYear) {
  const CivilDate jan{2021, 1, 15};
  EXPECT_EQ(ResolveMonthYear(jan, 12, Direction::kPast), 2020);
  EXPECT_EQ(ResolveMonthYear(jan, 12, Direction::kFuture), 2021);
  EXPECT_EQ(ResolveMonthYear(jan, 12, Direction::kUnknown), 2020);
  EXPECT_EQ(ResolveMonthYear(jan, 3, Direction::kUnknown), 2021);
  CivilDate d;
  ASSERT_TRUE(ResolveDayMonth({2020, 10, 8}, 10, 9, Direction::kPast, &d));
  EXPECT_EQ(d, (CivilDate{2020, 10, 9}));  // a day ahead is within the slack
  ASSERT_TRUE(ResolveDayMonth({2021, 2, 1}, 2, 29, Direction::kPast, &d));
  EXPECT_EQ(d, (CivilDate{2020, 2, 29}));
  EXPECT_FALSE(ResolveDayMonth({2021, 2, 1}, 2, 30, Direction::kPast, &d));
  EXPECT_EQ(ExpandTwoDigitYear(85, {2020, 1, 1}), 1985);
  EXPECT_EQ(ExpandTwoDigitYear(21, {2020, 1, 1}), 2021);
}

TEST(DateWordsTest, Counts) {
  EXPECT_EQ(ParseCount("3"), 3);
  EXPECT_EQ(ParseCount("1,301"), 1301);
  EXPECT_EQ(ParseCount("twenty-four"), 24);
  EXPECT_EQ(ParseCount("three"), 3);
  EXPECT_FALSE(ParseCount("1,30"));
  EXPECT_FALSE(ParseCount("9.5"));
  EXPECT_EQ(ParseDayOfMonth("27th"), 27);
  EXPECT_FALSE(ParseDayOfMonth("32"));
  EXPECT_FALSE(ParseDayOfMonth("2020"));
  DateWords words;
  ASSERT_NE(words.Find("sept."), nullptr);
  EXPECT_EQ(words.Find("sept.")->value, 9);
  EXPECT_EQ(words.Find("thursday")->kind, WordKind::kWeekday);
}

}  // namespace
}  // namespace dateline::timex
