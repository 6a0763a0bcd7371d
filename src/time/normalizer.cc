#include "time/normalizer.h"

#include <fmt/core.h>

#include <cstdlib>

namespace dateline::timex {

std::string DayValue(const CivilDate& d) { return d.ToString(); }

std::string MonthValue(int year, int month) { return fmt::format("{:04d}-{:02d}", year, month); }

std::string YearValue(int year) { return fmt::format("{:04d}", year); }

std::string WeekValue(const CivilDate& d) {
  int iso_year = 0, week = 0;
  d.IsoWeek(&iso_year, &week);
  return fmt::format("{:04d}-W{:02d}", iso_year, week);
}

std::string PeriodValue(const CivilDate& d, Unit unit) {
  switch (unit) {
    case Unit::kMinute:
    case Unit::kHour:
    case Unit::kDay:
      return DayValue(d);
    case Unit::kWeekend:
      return WeekValue(d) + "-WE";
    case Unit::kWeek:
      return WeekValue(d);
    case Unit::kMonth:
      return MonthValue(d.year, d.month);
    case Unit::kQuarter:
      return fmt::format("{:04d}-Q{}", d.year, (d.month - 1) / 3 + 1);
    case Unit::kYear:
      return YearValue(d.year);
    case Unit::kDecade:
      return fmt::format("{:03d}", d.year / 10);
    case Unit::kCentury:
      return fmt::format("{:02d}", d.year / 100);
  }
  return DayValue(d);
}

std::string BeforeCommonEraValue(int64_t astronomical_year) {
  return fmt::format("BC{:04d}", 1 - astronomical_year);
}

std::string DurationValue(int n, Unit unit) {
  const std::string count = n < 0 ? std::string("X") : std::to_string(n);
  switch (unit) {
    case Unit::kMinute:
      return "PT" + count + "M";
    case Unit::kHour:
      return "PT" + count + "H";
    case Unit::kDay:
      return "P" + count + "D";
    case Unit::kWeekend:
      return "P" + count + "WE";
    case Unit::kWeek:
      return "P" + count + "W";
    case Unit::kMonth:
      return "P" + count + "M";
    case Unit::kQuarter:  // TimeBank writes quarters in months
      return n < 0 ? std::string("PXQ") : fmt::format("P{}M", 3 * n);
    case Unit::kYear:
      return "P" + count + "Y";
    case Unit::kDecade:  // TimeBank writes decades and centuries in years
      return n < 0 ? std::string("PXDE") : fmt::format("P{}Y", 10 * n);
    case Unit::kCentury:
      return n < 0 ? std::string("PXCE") : fmt::format("P{}Y", 100 * n);
  }
  return "P" + count + "D";
}

CivilDate Shift(const CivilDate& d, Unit unit, int n) {
  switch (unit) {
    case Unit::kMinute:
    case Unit::kHour:
    case Unit::kDay:
      return d.AddDays(n);
    case Unit::kWeekend:
    case Unit::kWeek:
      return d.AddDays(7LL * n);
    case Unit::kMonth:
      return d.AddMonths(n);
    case Unit::kQuarter:
      return d.AddMonths(3 * n);
    case Unit::kYear:
      return d.AddMonths(12 * n);
    case Unit::kDecade:
      return d.AddMonths(120 * n);
    case Unit::kCentury:
      return d.AddMonths(1200 * n);
  }
  return d;
}

CivilDate ResolveWeekday(const CivilDate& anchor, int weekday, Direction dir, bool strict) {
  const int today = anchor.Weekday();
  if (dir == Direction::kFuture) {
    int ahead = (weekday - today + 7) % 7;
    if (ahead == 0 && strict) ahead = 7;
    return anchor.AddDays(ahead);
  }
  int back = (today - weekday + 7) % 7;
  if (back == 0 && strict) back = 7;
  return anchor.AddDays(-back);
}

int ResolveMonthYear(const CivilDate& anchor, int month, Direction dir) {
  switch (dir) {
    case Direction::kPast:
      return month > anchor.month ? anchor.year - 1 : anchor.year;
    case Direction::kFuture:
      return month < anchor.month ? anchor.year + 1 : anchor.year;
    case Direction::kUnknown:
      break;
  }
  const int diff = month - anchor.month;  // -11 .. 11
  if (diff > 6) return anchor.year - 1;
  if (diff < -6) return anchor.year + 1;
  return anchor.year;
}

bool ResolveDayMonth(const CivilDate& anchor, int month, int day, Direction dir, CivilDate* out) {
  constexpr int kSlackDays = 31;
  constexpr int kHalfYear = 183;
  auto make = [&](int year, CivilDate* d) {
    *d = CivilDate{year, month, day};
    return d->valid();
  };
  CivilDate d;
  if (!make(anchor.year, &d)) {
    // 29 February outside a leap year: try the neighbouring years in the likely order.
    const int first = dir == Direction::kFuture ? 1 : -1;
    for (int delta : {first, -first, 2 * first, -2 * first, 3 * first, -3 * first}) {
      if (make(anchor.year + delta, &d)) {
        *out = d;
        return true;
      }
    }
    return false;
  }
  const int64_t delta = d.ToDays() - anchor.ToDays();
  int year = anchor.year;
  switch (dir) {
    case Direction::kPast:
      if (delta > kSlackDays) year -= 1;
      break;
    case Direction::kFuture:
      if (delta < -kSlackDays) year += 1;
      break;
    case Direction::kUnknown:
      if (delta > kHalfYear) year -= 1;
      if (delta < -kHalfYear) year += 1;
      break;
  }
  if (year != anchor.year && !make(year, &d)) make(anchor.year, &d);
  *out = d;
  return true;
}

namespace {

bool Digits(std::string_view s, size_t n, int* out) {
  if (s.size() < n) return false;
  int v = 0;
  for (size_t i = 0; i < n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

// Rank of a granularity, finest first, for comparisons.
int Rank(Unit u) {
  switch (u) {
    case Unit::kMinute:
      return 0;
    case Unit::kHour:
      return 1;
    case Unit::kDay:
      return 2;
    case Unit::kWeekend:
    case Unit::kWeek:
      return 3;
    case Unit::kMonth:
      return 4;
    case Unit::kQuarter:
      return 5;
    case Unit::kYear:
      return 6;
    case Unit::kDecade:
      return 7;
    case Unit::kCentury:
      return 8;
  }
  return 2;
}

}  // namespace

bool ParseCalendarValue(std::string_view v, CivilDate* day, Unit* granularity) {
  int year = 0;
  if (!Digits(v, 4, &year)) return false;
  if (v.size() == 4) {
    *day = {year, 7, 1};
    *granularity = Unit::kYear;
    return true;
  }
  if (v[4] != '-' || v.size() < 7) return false;
  const std::string_view rest = v.substr(5);
  int n = 0;
  if (rest[0] == 'Q' && rest.size() == 2 && rest[1] >= '1' && rest[1] <= '4') {
    *day = {year, (rest[1] - '1') * 3 + 2, 15};
    *granularity = Unit::kQuarter;
    return true;
  }
  if (rest[0] == 'W' && Digits(rest.substr(1), 2, &n) && rest.size() == 3 && n >= 1 && n <= 53) {
    // Thursday of ISO week n.
    const CivilDate jan4{year, 1, 4};
    const CivilDate monday1 = jan4.AddDays(-jan4.Weekday());
    *day = monday1.AddDays(7LL * (n - 1) + 3);
    *granularity = Unit::kWeek;
    return true;
  }
  int month = 0;
  if (!Digits(rest, 2, &month) || month < 1 || month > 12) return false;
  if (rest.size() == 2) {
    *day = {year, month, 15};
    *granularity = Unit::kMonth;
    return true;
  }
  int dom = 0;
  if (rest.size() < 5 || rest[2] != '-' || !Digits(rest.substr(3), 2, &dom)) return false;
  if (rest.size() > 5 && rest[5] != 'T') return false;
  *day = {year, month, dom};
  *granularity = Unit::kDay;
  return day->valid();
}

std::string ShiftCalendarValue(std::string_view value, Unit unit, int n) {
  CivilDate day;
  Unit granularity;
  if (!ParseCalendarValue(value, &day, &granularity)) return {};
  if (unit == Unit::kHour || unit == Unit::kMinute) return {};
  if (Rank(granularity) > Rank(unit)) return {};
  const CivilDate shifted = Shift(day, unit, n);
  if (unit == Unit::kYear && granularity == Unit::kQuarter) {
    return PeriodValue(shifted, Unit::kQuarter);
  }
  return PeriodValue(shifted, unit == Unit::kWeekend ? Unit::kWeek : unit);
}

int ExpandTwoDigitYear(int yy, const CivilDate& anchor) {
  const int century = anchor.year / 100 * 100;
  int year = century + yy;
  if (year > anchor.year + 10) year -= 100;
  return year;
}

}  // namespace dateline::timex
