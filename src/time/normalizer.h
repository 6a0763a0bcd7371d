// Normalizer: the calendar rules that turn a recognized temporal expression into a
// TIMEX3 value relative to an anchor (the article's publication date).
//
// The tagger decides *what* an expression says ("Thursday, looking back", "October, no
// year", "three weeks ago"); these functions decide *which* date that is and how TIMEX3
// writes it: days as 2020-10-08, ISO weeks as 2020-W41, months as 2020-10, years as
// 2020, decades as 198, durations as P3D or PT2H. Keeping the arithmetic here lets a
// richer recognizer reuse it unchanged.
//
// Thread-safety: every function is pure.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/civil_date.h"

namespace dateline::timex {

// Calendar units a temporal expression can count in.
enum class Unit : unsigned char {
  kMinute,
  kHour,
  kDay,
  kWeekend,
  kWeek,
  kMonth,
  kQuarter,
  kYear,
  kDecade,
  kCentury,
};

// Which way an underspecified expression points from the anchor.
enum class Direction : unsigned char { kUnknown, kPast, kFuture };

// Value strings in TIMEX3 notation.
std::string DayValue(const CivilDate& d);     // 2020-10-08
std::string MonthValue(int year, int month);  // 2020-10
std::string YearValue(int year);              // 2020
std::string WeekValue(const CivilDate& d);    // 2020-W41 (ISO week containing d)
// The calendar period containing `d` at the granularity of `unit`: a day, ISO week,
// weekend (2020-W41-WE), month, quarter (2020-Q4), year, decade (202) or century (20).
std::string PeriodValue(const CivilDate& d, Unit unit);
// A year before the common era in astronomical numbering (0 = 1 BC): "BC0480" for -479.
std::string BeforeCommonEraValue(int64_t astronomical_year);
// A duration of n units: P3D, P2W, PT4H; quarters in months and decades and centuries in
// years, as TimeBank writes them (P9M, P20Y, P100Y). n < 0 means an unknown count (PXD, PXDE).
std::string DurationValue(int n, Unit unit);

// d moved by n units (weeks = 7 days; months and larger clamp the day of month).
CivilDate Shift(const CivilDate& d, Unit unit, int n);

// The date with ISO weekday `weekday` (0 = Monday) nearest to `anchor` in direction
// `dir` (kUnknown counts as kPast). When `strict` is false the anchor itself qualifies
// ("on Thursday" in a Thursday article is that day); when true it does not ("last
// Thursday" is a week back).
CivilDate ResolveWeekday(const CivilDate& anchor, int weekday, Direction dir, bool strict);

// The year of a month named without one ("in December"): with kPast the latest such
// month not after the anchor's, with kFuture the earliest not before it, and with
// kUnknown the one nearest to the anchor (ties go to the anchor's year).
int ResolveMonthYear(const CivilDate& anchor, int month, Direction dir);

// The year of a day and month named without one ("27 September"): the anchor's year,
// unless the date lies more than `slack_days` on the wrong side of the anchor for
// `dir`, or (kUnknown) more than half a year away, when the neighbouring year is used.
// Returns false if no year makes month/day a real date (30 February).
bool ResolveDayMonth(const CivilDate& anchor, int month, int day, Direction dir, CivilDate* out);

// A calendar value as TIMEX3 writes it (2020, 2020-10, 2020-10-08[T…], 2020-Q3, 2020-W41),
// read back into a representative day and its granularity. False for anything else.
bool ParseCalendarValue(std::string_view value, CivilDate* day, Unit* granularity);

// The value `n` units away from a calendar value mentioned earlier ("a year earlier"
// after "the third quarter" of 1989 is 1988-Q3; "the previous day" after 2020-10-08 is
// 2020-10-07). The result has the granularity of `unit`, except that a year step from a
// quarter stays a quarter. Empty if `value` is not a calendar value or is coarser than
// `unit`.
std::string ShiftCalendarValue(std::string_view value, Unit unit, int n);

// Two-digit years: 19 -> 2019, 85 -> 1985, relative to the anchor (within +10 years).
int ExpandTwoDigitYear(int yy, const CivilDate& anchor);

}  // namespace dateline::timex
