#include "base/civil_date.h"

#include <fmt/core.h>

#include <algorithm>

namespace dateline {

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return (m == 2 && IsLeapYear(y)) ? 29 : kDays[m - 1];
}

bool CivilDate::valid() const {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

std::optional<CivilDate> CivilDate::Parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](size_t pos, size_t len, int* out) {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  CivilDate d;
  if (!num(0, 4, &d.year) || !num(5, 2, &d.month) || !num(8, 2, &d.day)) return std::nullopt;
  if (!d.valid()) return std::nullopt;
  return d;
}

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t CivilDate::ToDays() const {
  int64_t y = year - (month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilDate::FromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  CivilDate d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
  return d;
}

int CivilDate::Weekday() const {
  const int64_t z = ToDays();  // 1970-01-01 was a Thursday (3).
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

void CivilDate::IsoWeek(int* iso_year, int* week) const {
  const CivilDate thursday = AddDays(3 - Weekday());
  const CivilDate jan1{thursday.year, 1, 1};
  *iso_year = thursday.year;
  *week = static_cast<int>((thursday.ToDays() - jan1.ToDays()) / 7 + 1);
}

CivilDate CivilDate::AddMonths(int n) const {
  int total = year * 12 + (month - 1) + n;
  CivilDate d;
  d.year = total / 12;
  d.month = total % 12 + 1;
  d.day = std::min(day, DaysInMonth(d.year, d.month));
  return d;
}

std::string CivilDate::ToString() const {
  return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

}  // namespace dateline
