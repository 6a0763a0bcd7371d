#include "base/civil_date.h"

#include <gtest/gtest.h>

namespace dateline {
namespace {

TEST(CivilDate, ParsesValidDates) {
  auto d = CivilDate::Parse("2020-10-08");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year, 2020);
  EXPECT_EQ(d->month, 10);
  EXPECT_EQ(d->day, 8);
  EXPECT_EQ(d->ToString(), "2020-10-08");
}

TEST(CivilDate, RejectsImpossibleDates) {
  EXPECT_FALSE(CivilDate::Parse("2020-13-45"));
  EXPECT_FALSE(CivilDate::Parse("2021-02-29"));
  EXPECT_TRUE(CivilDate::Parse("2020-02-29"));
  EXPECT_FALSE(CivilDate::Parse("2020-1-08"));
  EXPECT_FALSE(CivilDate::Parse("20x0-10-08"));
}

TEST(CivilDate, WeekdayAndIsoWeek) {
  const CivilDate d{2020, 10, 8};
  EXPECT_EQ(d.Weekday(), 3);  // Thursday
  int y = 0, w = 0;
  d.IsoWeek(&y, &w);
  EXPECT_EQ(y, 2020);
  EXPECT_EQ(w, 41);
  CivilDate{2021, 1, 1}.IsoWeek(&y, &w);
  EXPECT_EQ(y, 2020);
  EXPECT_EQ(w, 53);
}

TEST(CivilDate, DayAndMonthArithmetic) {
  const CivilDate d{2020, 12, 31};
  EXPECT_EQ(d.AddDays(1).ToString(), "2021-01-01");
  EXPECT_EQ(CivilDate::FromDays(d.ToDays()), d);
  EXPECT_EQ((CivilDate{2020, 1, 31}).AddMonths(1).ToString(), "2020-02-29");
  EXPECT_EQ((CivilDate{2020, 1, 15}).AddMonths(-1).ToString(), "2019-12-15");
}

}  // namespace
}  // namespace dateline
