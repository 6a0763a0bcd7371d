// CivilDate: a proleptic Gregorian calendar date (year, month, day) with the arithmetic
// that temporal resolution needs: validation, day counts, weekdays, ISO weeks.
//
// Day numbers count days since 1970-01-01 (negative before). All functions are pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dateline {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // Parses exactly "YYYY-MM-DD"; nullopt if malformed or not a real date (2020-13-45).
  static std::optional<CivilDate> Parse(std::string_view s);
  static CivilDate FromDays(int64_t days);

  bool valid() const;
  int64_t ToDays() const;
  // 0 = Monday ... 6 = Sunday (ISO order).
  int Weekday() const;
  // ISO 8601 week-numbering year and week (1..53).
  void IsoWeek(int* iso_year, int* week) const;
  CivilDate AddDays(int64_t n) const { return FromDays(ToDays() + n); }
  // Adds months, clamping the day to the target month's length.
  CivilDate AddMonths(int n) const;
  std::string ToString() const;  // "YYYY-MM-DD"

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

int DaysInMonth(int year, int month);
bool IsLeapYear(int year);

}  // namespace dateline
