#include "time/timex_tagger.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "time/normalizer.h"
#include "time/tense.h"
#include "time/token_info.h"

namespace dateline::timex {
namespace {

// A recognized expression over tokens [begin, end).
struct Found {
  size_t begin = 0, end = 0;
  std::string type = "DATE";
  std::string value;
  std::string mod;
};

constexpr std::array<std::string_view, 3> kPositionMods = {"START", "MID", "END"};

// Lower-case words after which a bare year still reads as a date ("in 2019 and ..."):
// any other lower-case word makes the number a modifier ("in 2020 elections").
constexpr std::array<std::string_view, 48> kFunctionWords = {
    "and",  "or",      "but",  "when",  "while",   "as",     "at",    "on",     "in",     "for",
    "with", "to",      "that", "which", "who",     "the",    "a",     "an",     "was",    "were",
    "is",   "are",     "has",  "had",   "have",    "will",   "would", "after",  "before", "it",
    "he",   "she",     "they", "we",    "from",    "by",     "of",    "since",  "until",  "than",
    "then", "because", "if",   "amid",  "despite", "during", "alone", "onwards"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool StartsWithDigit(std::string_view s) { return !s.empty() && IsDigit(s[0]); }
bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}
int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Matches the rules of timex_tagger.h inside one sentence [sb, se).
class SentenceMatcher {
 public:
  SentenceMatcher(const std::vector<TokenInfo>& t, size_t sb, size_t se, const CivilDate& anchor,
                  const DateWords& words)
      : t_(t), sb_(sb), se_(se), anchor_(anchor), anchored_(anchor.valid()), words_(words) {}

  std::optional<Found> MatchAt(size_t i) const {
    if (auto m = Numeric(i)) return m;
    if (Kind(i) == WordKind::kThe) {
      if (auto m = AfterThe(i)) return m;
    }
    if (auto m = DayMonth(i)) return m;
    if (auto m = MonthFirst(i, /*has_context=*/false)) return m;
    if (auto m = Weekday(i)) return m;
    if (auto m = Relative(i, /*after_the=*/false)) return m;
    if (auto m = Position(i)) return m;
    if (auto m = EarlierLater(i)) return m;
    if (auto m = DayWordAt(i)) return m;
    if (auto m = SeasonYear(i)) return m;
    if (auto m = Quarter(i)) return m;
    if (auto m = Ago(i)) return m;
    if (auto m = Clock(i)) return m;
    if (auto m = Duration(i)) return m;
    if (auto m = Decade(i)) return m;
    if (auto m = BareYear(i, /*has_context=*/false)) return m;
    if (auto m = Reference(i)) return m;
    return std::nullopt;
  }

 private:
  // ---- token access --------------------------------------------------------------
  bool In(size_t i) const { return i >= sb_ && i < se_; }
  WordKind Kind(size_t i) const { return In(i) && t_[i].word ? t_[i].word->kind : WordKind::kNone; }
  int Val(size_t i) const { return t_[i].word->value; }
  std::string_view Lower(size_t i) const { return In(i) ? t_[i].lower : std::string_view(); }
  std::string_view Text(size_t i) const { return In(i) ? t_[i].text : std::string_view(); }
  bool Is(size_t i, std::string_view w) const { return In(i) && t_[i].lower == w; }
  bool Adjacent(size_t i) const { return In(i) && !t_[i].space_before; }
  Direction Dir(size_t b, size_t e) const { return ClauseDirection(t_, sb_, se_, b, e); }

  // ---- building blocks -------------------------------------------------------------
  // A capitalized month name at i; returns the end (past an abbreviation's period) or 0.
  size_t MonthAt(size_t i, int* month, bool* abbreviated = nullptr) const {
    if (Kind(i) != WordKind::kMonth || !t_[i].capitalized) return 0;
    *month = Val(i);
    const std::string_view w = t_[i].lower;
    const bool abbrev =
        w.back() == '.' || (w.size() <= 4 && w != "may" && w != "june" && w != "july");
    if (abbreviated) *abbreviated = abbrev;
    if (abbrev && w.back() != '.' && Is(i + 1, ".") && Adjacent(i + 1)) return i + 2;
    return i + 1;
  }

  // A four-digit year in [lo, hi] at i.
  std::optional<int> YearAt(size_t i, int lo = 1000, int hi = 2999) const {
    if (!In(i)) return std::nullopt;
    auto y = ParseFourDigitYear(t_[i].text);
    if (!y || *y < lo || *y > hi) return std::nullopt;
    // 2020-21, 2020s, 2020/21 are not bare years.
    if (In(i + 1) && Adjacent(i + 1)) {
      const std::string_view next = t_[i + 1].text;
      if (next == "-" || next == "/" || next == "s" || next == "'s" || StartsWithDigit(next)) {
        return std::nullopt;
      }
    }
    return y;
  }

  // A year after a month or day: "27 September 2020", "September 27, 2020".
  size_t OptionalYear(size_t k, int* year) const {
    if (auto y = YearAt(k)) {
      *year = *y;
      return k + 1;
    }
    if (Is(k, ",")) {
      if (auto y = YearAt(k + 1)) {
        *year = *y;
        return k + 2;
      }
    }
    return k;
  }

  // A count at i: digits or number words (n >= 0), or a vague count (n = -1).
  bool CountAt(size_t i, int* n) const {
    if (!In(i)) return false;
    const WordKind k = Kind(i);
    if (k == WordKind::kFuzzyCount) {
      *n = -1;
      return true;
    }
    if (k == WordKind::kNumber) {
      *n = Val(i);
      return true;
    }
    if (StartsWithDigit(t_[i].text) || t_[i].lower.find('-') != std::string_view::npos) {
      if (auto v = ParseCount(t_[i].lower)) {
        *n = *v;
        return true;
      }
    }
    return false;
  }

  // A unit word at i agreeing with count n (plural unless n == 1).
  bool UnitAt(size_t i, int n, Unit* unit) const {
    if (Kind(i) != WordKind::kUnit) return false;
    const bool plural = Val(i) == 2;
    if (n == 1 ? plural : !plural) return false;
    *unit = t_[i].word->unit;
    return true;
  }

  Found Make(size_t b, size_t e, std::string value, std::string type = "DATE") const {
    Found f;
    f.begin = b;
    f.end = e;
    f.type = std::move(type);
    f.value = std::move(value);
    return f;
  }

  // Appends a part of the day after a date ("Thursday night"): TIME value with suffix.
  void PartOfDaySuffix(Found* f) const {
    if (Kind(f->end) == WordKind::kPartOfDay) {
      f->value += "T";
      f->value += PartOfDayCode(Val(f->end));
      f->type = "TIME";
      ++f->end;
    }
  }

  // ---- rules ---------------------------------------------------------------------------
  // 2020-09-27, 27/09/2020, 09/27/2020, 27.09.2020 (also when split into several tokens).
  std::optional<Found> Numeric(size_t i) const {
    if (!In(i) || !StartsWithDigit(t_[i].text)) return std::nullopt;
    size_t end = i + 1;
    while (end < se_ && end - i < 5 && Adjacent(end)) {
      const std::string_view s = t_[end].text;
      if (!(AllDigits(s) || s == "/" || s == "-" || s == ".")) break;
      ++end;
    }
    for (size_t e = end; e > i; --e) {
      std::string compact;
      for (size_t k = i; k < e; ++k) compact += t_[k].text;
      if (auto d = ParseNumericDate(compact)) return Make(i, e, DayValue(*d));
    }
    return std::nullopt;
  }

  std::optional<CivilDate> ParseNumericDate(std::string_view s) const {
    std::array<std::string_view, 3> parts;
    char sep = 0;
    size_t n = 0, start = 0;
    for (size_t k = 0; k <= s.size(); ++k) {
      if (k < s.size() && IsDigit(s[k])) continue;
      if (k < s.size()) {
        if (sep == 0) sep = s[k];
        if (s[k] != sep || (sep != '/' && sep != '-' && sep != '.')) return std::nullopt;
      }
      if (n == 3 || k == start) return std::nullopt;
      parts[n++] = s.substr(start, k - start);
      start = k + 1;
    }
    if (n != 3) return std::nullopt;
    CivilDate d;
    if (parts[0].size() == 4 && parts[1].size() <= 2 && parts[2].size() <= 2) {
      d = {ToInt(parts[0]), ToInt(parts[1]), ToInt(parts[2])};
    } else if (parts[0].size() <= 2 && parts[1].size() <= 2 &&
               (parts[2].size() == 4 || (parts[2].size() == 2 && anchored_))) {
      const int year =
          parts[2].size() == 4 ? ToInt(parts[2]) : ExpandTwoDigitYear(ToInt(parts[2]), anchor_);
      const int a = ToInt(parts[0]), b = ToInt(parts[1]);
      // Day first unless only month-first makes sense, or a slash leaves it ambiguous.
      const bool month_first = b > 12 || (a <= 12 && sep == '/');
      d = month_first ? CivilDate{year, a, b} : CivilDate{year, b, a};
    } else {
      return std::nullopt;
    }
    if (!d.valid() || d.year < 1000) return std::nullopt;
    return d;
  }

  // "27 September", "27th of September 2020", "9 Oct."
  std::optional<Found> DayMonth(size_t i) const {
    if (!In(i) || !StartsWithDigit(t_[i].text)) return std::nullopt;
    auto day = ParseDayOfMonth(t_[i].lower);
    if (!day) return std::nullopt;
    size_t j = i + 1;
    if (Is(j, "of")) ++j;
    int month = 0;
    const size_t k = MonthAt(j, &month);
    if (k == 0) return std::nullopt;
    int year = 0;
    const size_t e = OptionalYear(k, &year);
    return DayMonthYear(i, e, month, *day, year);
  }

  std::optional<Found> DayMonthYear(size_t b, size_t e, int month, int day, int year) const {
    CivilDate d{year, month, day};
    if (year == 0) {
      if (!anchored_ || !ResolveDayMonth(anchor_, month, day, Dir(b, e), &d)) return std::nullopt;
    } else if (!d.valid()) {
      return std::nullopt;
    }
    return Make(b, e, DayValue(d));
  }

  // "September 27[, 2020]", "Sept. 27", "September 2020", "September of 2020",
  // "in October". `has_context` lifts the preposition requirement of "May"/"March".
  std::optional<Found> MonthFirst(size_t i, bool has_context) const {
    int month = 0;
    bool abbreviated = false;
    const size_t k = MonthAt(i, &month, &abbreviated);
    if (k == 0) return std::nullopt;
    if (In(k) && StartsWithDigit(t_[k].text) && t_[k].text.size() <= 4) {
      if (auto day = ParseDayOfMonth(t_[k].lower)) {
        int year = 0;
        const size_t e = OptionalYear(k + 1, &year);
        if (auto f = DayMonthYear(i, e, month, *day, year)) return f;
      }
    }
    size_t y = k;
    if (Is(y, "of") || Is(y, ",")) ++y;
    if (auto year = YearAt(y)) return Make(i, y + 1, MonthValue(*year, month));
    if (abbreviated || !anchored_) return std::nullopt;
    // A month on its own. "May" and "March" are also verbs: they need a lead-in.
    const std::string_view w = t_[i].lower;
    if ((w == "may" || w == "march") && !has_context) {
      const WordKind prev = i > sb_ ? Kind(i - 1) : WordKind::kNone;
      if (prev != WordKind::kYearPreposition && prev != WordKind::kRelative &&
          prev != WordKind::kPosition) {
        return std::nullopt;
      }
    }
    return Make(i, k, MonthValue(ResolveMonthYear(anchor_, month, Dir(i, k)), month));
  }

  // "Thursday", "Thursday night", "Thursday, October 8", "Thursday 8 October".
  std::optional<Found> Weekday(size_t i) const {
    if (Kind(i) != WordKind::kWeekday || !t_[i].capitalized) return std::nullopt;
    size_t j = i + 1;
    if (Is(j, ",")) ++j;
    std::optional<Found> date = DayMonth(j);
    if (!date) date = MonthFirst(j, true);
    if (date && date->value.size() == 10) {
      date->begin = i;
      return date;
    }
    if (!anchored_) return std::nullopt;
    const Direction dir = Dir(i, i + 1);
    Found f = Make(i, i + 1, DayValue(ResolveWeekday(anchor_, Val(i), dir, false)));
    PartOfDaySuffix(&f);
    return f;
  }

  // last/this/next/coming/past + unit, weekday, month, season or part of day; with
  // `after_the` ("the past week", "the next two days") always a duration.
  std::optional<Found> Relative(size_t i, bool after_the) const {
    if (Kind(i) != WordKind::kRelative || !anchored_) return std::nullopt;
    const int rel = Val(i);
    const std::string_view w = t_[i].lower;
    if (w == "previous") return std::nullopt;  // relative to a narrative time, not the article
    // "will last two weeks", "to last": the verb.
    if (w == "last" && i > sb_ &&
        (t_[i - 1].lower == "to" || t_[i - 1].lower == "will" || t_[i - 1].lower == "would" ||
         t_[i - 1].lower == "could" || t_[i - 1].lower == "may" || t_[i - 1].lower == "might" ||
         t_[i - 1].lower == "can" || t_[i - 1].lower == "should" || t_[i - 1].lower == "'ll")) {
      return std::nullopt;
    }
    const size_t j = i + 1;
    int n = 0;
    Unit unit;
    if (rel != 0 && CountAt(j, &n) && n != 1 && UnitAt(j + 1, n, &unit)) {
      return Make(i, j + 2, DurationValue(n, unit), "DURATION");
    }
    if (UnitAt(j, 1, &unit)) {
      if (after_the || w == "past") return Make(i, j + 1, DurationValue(1, unit), "DURATION");
      if (unit == Unit::kDay || unit == Unit::kHour || unit == Unit::kMinute) return std::nullopt;
      return Make(i, j + 1, PeriodValue(Shift(anchor_, unit, rel), unit));
    }
    if (after_the) return std::nullopt;
    if (Kind(j) == WordKind::kWeekday && t_[j].capitalized) {
      const Direction dir = rel < 0 ? Direction::kPast : Direction::kFuture;
      Found f = Make(i, j + 1, DayValue(ResolveWeekday(anchor_, Val(j), dir, rel != 0)));
      PartOfDaySuffix(&f);
      return f;
    }
    int month = 0;
    bool abbreviated = false;
    if (const size_t k = MonthAt(j, &month, &abbreviated); k != 0 && !abbreviated) {
      int year = anchor_.year;
      if (rel < 0 && month >= anchor_.month) year -= 1;
      if (rel > 0 && month <= anchor_.month) year += 1;
      return Make(i, k, MonthValue(year, month));
    }
    if (Kind(j) == WordKind::kSeason) {
      const int season = Val(j);
      // Seasons in calendar order of their start: spring (Mar), summer, autumn, winter (Dec).
      const int current = anchor_.month <= 2 ? -1 : (anchor_.month - 3) / 3;
      int year = anchor_.year;
      if (anchor_.month <= 2) year -= 1;  // January's winter began last December
      if (rel < 0 && season >= current) year -= 1;
      if (rel > 0 && season <= current) year += 1;
      return Make(i, j + 1, YearValue(year) + "-" + std::string(SeasonCode(season)));
    }
    if (Kind(j) == WordKind::kPartOfDay) {
      const int part = Val(j);
      if (rel < 0 && part == 3) {  // last night
        return Make(i, j + 1, DayValue(anchor_.AddDays(-1)) + "TNI", "TIME");
      }
      if (rel == 0) {
        return Make(i, j + 1, DayValue(anchor_) + "T" + std::string(PartOfDayCode(part)), "TIME");
      }
    }
    return std::nullopt;
  }

  // early/mid/late + month, year or relative period; also single tokens "mid-October".
  std::optional<Found> Position(size_t i) const {
    if (!In(i)) return std::nullopt;
    std::string_view mod;
    size_t j = i + 1;
    if (Kind(i) == WordKind::kPosition) {
      mod = kPositionMods[Val(i)];
      if (Is(j, "-") && Adjacent(j)) ++j;
    } else if (t_[i].lower.size() > 4 && t_[i].lower.substr(0, 4) == "mid-") {
      // One token: "mid-October", "mid-2019".
      const std::string_view rest = t_[i].lower.substr(4);
      if (auto y = ParseFourDigitYear(rest)) {
        Found f = Make(i, i + 1, YearValue(*y));
        f.mod = "MID";
        return f;
      }
      const DateWord* w = words_.Find(rest);
      if (w && w->kind == WordKind::kMonth && anchored_ && t_[i].text[4] >= 'A' &&
          t_[i].text[4] <= 'Z') {
        int year = ResolveMonthYear(anchor_, w->value, Dir(i, i + 1));
        if (Is(i + 1, ",") || Is(i + 1, "of")) {
          if (auto y = YearAt(i + 2)) {
            Found f = Make(i, i + 3, MonthValue(*y, w->value));
            f.mod = "MID";
            return f;
          }
        }
        if (auto y = YearAt(i + 1)) {
          Found f = Make(i, i + 2, MonthValue(*y, w->value));
          f.mod = "MID";
          return f;
        }
        Found f = Make(i, i + 1, MonthValue(year, w->value));
        f.mod = "MID";
        return f;
      }
      return std::nullopt;
    } else {
      return std::nullopt;
    }
    std::optional<Found> inner = MonthFirst(j, true);
    if (!inner) inner = BareYear(j, true);
    if (!inner) inner = Relative(j, false);
    if (!inner && Is(j, "this") && anchored_) {
      Unit unit;
      if (UnitAt(j + 1, 1, &unit)) inner = Make(j, j + 2, PeriodValue(anchor_, unit));
    }
    if (!inner || inner->type != "DATE") return std::nullopt;
    inner->begin = i;
    inner->mod = std::string(mod);
    return inner;
  }

  // "earlier this month", "later this year", "earlier today".
  std::optional<Found> EarlierLater(size_t i) const {
    if (Kind(i) != WordKind::kEarlierLater || !anchored_) return std::nullopt;
    if (Is(i + 1, "today")) return Make(i, i + 2, DayValue(anchor_));
    Unit unit;
    if (Is(i + 1, "this") && UnitAt(i + 2, 1, &unit) && unit != Unit::kDay) {
      return Make(i, i + 3, PeriodValue(anchor_, unit));
    }
    return std::nullopt;
  }

  // today, yesterday, tomorrow (optionally with a part of the day), tonight.
  std::optional<Found> DayWordAt(size_t i) const {
    if (Kind(i) != WordKind::kDayWord || !anchored_) return std::nullopt;
    // "Japan Today", "(Today)": a capitalized day word inside a name.
    if (t_[i].capitalized && i > sb_ && (t_[i - 1].capitalized || t_[i - 1].text == "(")) {
      return std::nullopt;
    }
    const CivilDate d = anchor_.AddDays(Val(i));
    if (t_[i].lower == "tonight") return Make(i, i + 1, DayValue(d) + "TNI", "TIME");
    Found f = Make(i, i + 1, DayValue(d));
    PartOfDaySuffix(&f);
    return f;
  }

  // "summer 2020", "the summer of 2020".
  std::optional<Found> SeasonYear(size_t i) const {
    if (Kind(i) != WordKind::kSeason) return std::nullopt;
    size_t y = i + 1;
    if (Is(y, "of")) ++y;
    if (auto year = YearAt(y)) {
      return Make(i, y + 1, YearValue(*year) + "-" + std::string(SeasonCode(Val(i))));
    }
    return std::nullopt;
  }

  // "the third quarter [of 2019]", "third-quarter", "Q3 2020": a completed quarter
  // unless a year says otherwise.
  std::optional<Found> Quarter(size_t i) const {
    if (!In(i)) return std::nullopt;
    auto ordinal = [](std::string_view w) {
      return w == "first" ? 1 : w == "second" ? 2 : w == "third" ? 3 : w == "fourth" ? 4 : 0;
    };
    const std::string_view w = t_[i].lower;
    int q = 0;
    size_t e = i + 1;
    if (w.size() == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4') {
      q = w[1] - '0';
    } else if (w.ends_with("-quarter")) {
      q = ordinal(w.substr(0, w.size() - 8));
    } else if (ordinal(w) != 0 && Is(i + 1, "quarter")) {
      q = ordinal(w);
      e = i + 2;
    }
    if (q == 0) return std::nullopt;
    size_t y = e;
    if (Is(y, "of") || Is(y, ",")) ++y;
    if (auto year = YearAt(y)) return Make(i, y + 1, YearValue(*year) + "-Q" + std::to_string(q));
    if (!anchored_) return std::nullopt;
    const int current = (anchor_.month - 1) / 3 + 1;
    const int year = q > current ? anchor_.year - 1 : anchor_.year;
    return Make(i, e, YearValue(year) + "-Q" + std::to_string(q));
  }

  // "three days ago", "a week ago", "several years ago".
  std::optional<Found> Ago(size_t i) const {
    if (!anchored_) return std::nullopt;
    int n = 0;
    if (Kind(i) == WordKind::kArticle) {
      n = 1;
    } else if (!CountAt(i, &n)) {
      return std::nullopt;
    }
    Unit unit;
    if (!UnitAt(i + 1, n, &unit) || Kind(i + 2) != WordKind::kAgo) return std::nullopt;
    if (n < 0) return Make(i, i + 3, "PAST_REF");
    if (unit >= Unit::kYear) {
      // Whole years: plain arithmetic, which also reaches before the common era.
      const int per = unit == Unit::kYear ? 1 : unit == Unit::kDecade ? 10 : 100;
      const int64_t year = static_cast<int64_t>(anchor_.year) - static_cast<int64_t>(n) * per;
      if (year < 1) return Make(i, i + 3, BeforeCommonEraValue(year));
      return Make(i, i + 3, YearValue(static_cast<int>(year)));  // "a decade ago" -> 2010
    }
    const CivilDate d = Shift(anchor_, unit, -n);
    const Unit granularity =
        (unit == Unit::kHour || unit == Unit::kMinute || unit == Unit::kWeekend) ? Unit::kDay
                                                                                 : unit;
    return Make(i, i + 3, PeriodValue(d, granularity));
  }

  // "10 a.m.", "9:30 p.m.".
  std::optional<Found> Clock(size_t i) const {
    if (!anchored_ || !In(i + 1) || !StartsWithDigit(t_[i].text)) return std::nullopt;
    const std::string_view s = t_[i].text;
    int hour = 0, minute = 0;
    if (AllDigits(s) && s.size() <= 2) {
      hour = ToInt(s);
    } else if (s.size() >= 4 && s.size() <= 5 && s[s.size() - 3] == ':' &&
               AllDigits(s.substr(0, s.size() - 3)) && AllDigits(s.substr(s.size() - 2))) {
      hour = ToInt(s.substr(0, s.size() - 3));
      minute = ToInt(s.substr(s.size() - 2));
    } else {
      return std::nullopt;
    }
    const std::string_view m = t_[i + 1].lower;
    bool pm = false;
    if (m == "a.m." || m == "a.m" || m == "am") {
      pm = false;
    } else if (m == "p.m." || m == "p.m" || m == "pm") {
      pm = true;
    } else {
      return std::nullopt;
    }
    if (hour < 1 || hour > 12 || minute > 59) return std::nullopt;
    if (pm && hour != 12) hour += 12;
    if (!pm && hour == 12) hour = 0;
    size_t e = i + 2;
    if (m.back() == 'm' && m.size() == 3 && Is(e, ".") && Adjacent(e)) ++e;  // "a.m" "."
    std::string value = DayValue(anchor_) + "T";
    value += static_cast<char>('0' + hour / 10);
    value += static_cast<char>('0' + hour % 10);
    value += ':';
    value += static_cast<char>('0' + minute / 10);
    value += static_cast<char>('0' + minute % 10);
    return Make(i, e, std::move(value), "TIME");
  }

  // "three days", "24 hours", "a week" (after for/within/over ...), "three-day",
  // "24-hour", "for years".
  std::optional<Found> Duration(size_t i) const {
    if (!In(i)) return std::nullopt;
    int n = 0;
    Unit unit;
    if (CountAt(i, &n)) {
      if (UnitAt(i + 1, n, &unit)) return Make(i, i + 2, DurationValue(n, unit), "DURATION");
      // "24-hour" split into three tokens.
      if (n > 0 && Is(i + 1, "-") && Adjacent(i + 1) && Adjacent(i + 2) &&
          UnitAt(i + 2, 1, &unit)) {
        return Make(i, i + 3, DurationValue(n, unit), "DURATION");
      }
    }
    const std::string_view w = t_[i].lower;
    if (const size_t dash = w.rfind('-'); dash != std::string_view::npos && dash > 0) {
      auto count = ParseCount(w.substr(0, dash));
      const DateWord* u = words_.Find(w.substr(dash + 1));
      if (count && *count > 0 && u && u->kind == WordKind::kUnit && u->value == 1) {
        return Make(i, i + 1, DurationValue(*count, u->unit), "DURATION");
      }
    }
    const std::string_view prev = i > sb_ ? t_[i - 1].lower : std::string_view();
    if (Kind(i) == WordKind::kArticle && UnitAt(i + 1, 1, &unit) &&
        (prev == "for" || prev == "within" || prev == "over" || prev == "nearly" ||
         prev == "almost" || prev == "than" || prev == "about")) {
      return Make(i, i + 2, DurationValue(1, unit), "DURATION");
    }
    if (prev == "for" && Kind(i) == WordKind::kUnit && Val(i) == 2 &&
        t_[i].word->unit >= Unit::kDay) {
      return Make(i, i + 1, DurationValue(-1, t_[i].word->unit), "DURATION");
    }
    return std::nullopt;
  }

  // "1980s", "1980's", "'80s" (a decade: 198).
  std::optional<Found> Decade(size_t i) const {
    if (!In(i)) return std::nullopt;
    const std::string_view s = t_[i].text;
    auto decade_of_four = [&](std::string_view digits) -> std::optional<int> {
      if (digits.size() != 4 || !AllDigits(digits) || digits[3] != '0') return std::nullopt;
      return ToInt(digits.substr(0, 3));
    };
    std::optional<int> decade;
    size_t e = i + 1;
    if (s.size() == 5 && s[4] == 's') {
      decade = decade_of_four(s.substr(0, 4));
    } else if (s.size() == 6 && s.substr(4) == "'s") {
      decade = decade_of_four(s.substr(0, 4));
    } else if (AllDigits(s) && In(i + 1) && Adjacent(i + 1) &&
               (t_[i + 1].text == "s" || t_[i + 1].text == "'s")) {
      decade = decade_of_four(s);
      e = i + 2;
    } else if (s.size() == 4 && (s[0] == '\'') && IsDigit(s[1]) && s[2] == '0' && s[3] == 's') {
      if (anchored_) decade = ExpandTwoDigitYear((s[1] - '0') * 10, anchor_) / 10;
    }
    if (!decade) return std::nullopt;
    std::string value = std::to_string(*decade);
    while (value.size() < 3) value.insert(value.begin(), '0');
    return Make(i, e, std::move(value));
  }

  // A year 1900..2099 after a preposition ("in 2019", "since 2014", "of 2020") or a
  // position word, and not modifying a following noun ("in 2020 elections").
  std::optional<Found> BareYear(size_t i, bool has_context) const {
    auto year = YearAt(i, 1900, 2099);
    if (!year) return std::nullopt;
    if (!has_context) {
      const WordKind prev = i > sb_ ? Kind(i - 1) : WordKind::kNone;
      if (prev != WordKind::kYearPreposition) return std::nullopt;
    }
    if (In(i + 1) && t_[i + 1].kind == TokenKind::kWord && !t_[i + 1].capitalized) {
      bool function_word = false;
      for (std::string_view f : kFunctionWords) function_word |= (t_[i + 1].lower == f);
      if (!function_word) return std::nullopt;
    }
    return Make(i, i + 1, YearValue(*year));
  }

  // now, currently, at present, at the moment, recently, soon.
  std::optional<Found> Reference(size_t i) const {
    switch (Kind(i)) {
      case WordKind::kPresentRef:
        return Make(i, i + 1, "PRESENT_REF");
      case WordKind::kPastRef:
        return Make(i, i + 1, "PAST_REF");
      case WordKind::kFutureRef:
        return Make(i, i + 1, "FUTURE_REF");
      default:
        break;
    }
    if (Is(i, "at") && Is(i + 1, "present")) return Make(i, i + 2, "PRESENT_REF");
    if (Is(i, "at") && Is(i + 1, "the") && Is(i + 2, "moment")) {
      return Make(i, i + 3, "PRESENT_REF");
    }
    return std::nullopt;
  }

  // "the" + relative period, decade, "the day before yesterday", "the past"/"the future".
  std::optional<Found> AfterThe(size_t i) const {
    if (auto m = Relative(i + 1, true)) {
      m->begin = i;
      return m;
    }
    if (auto m = Decade(i + 1)) {
      m->begin = i;
      return m;
    }
    if (auto m = Quarter(i + 1)) {
      m->begin = i;
      return m;
    }
    if (Is(i + 1, "day") && (Is(i + 2, "before") || Is(i + 2, "after")) &&
        Kind(i + 3) == WordKind::kDayWord && anchored_) {
      const int off = Val(i + 3);
      if ((off == -1 && Is(i + 2, "before")) || (off == 1 && Is(i + 2, "after"))) {
        return Make(i, i + 4, DayValue(anchor_.AddDays(2 * off)));
      }
    }
    const bool after_in = i > sb_ && Is(i - 1, "in");
    if (after_in && Is(i + 1, "past") && Kind(i + 2) != WordKind::kUnit) {
      int n = 0;
      if (!CountAt(i + 2, &n)) return Make(i, i + 2, "PAST_REF");
    }
    if (after_in && Is(i + 1, "future")) return Make(i, i + 2, "FUTURE_REF");
    if (Kind(i + 1) == WordKind::kSeason) {
      if (auto m = SeasonYear(i + 1)) {
        m->begin = i;
        return m;
      }
    }
    return std::nullopt;
  }

  const std::vector<TokenInfo>& t_;
  size_t sb_, se_;
  CivilDate anchor_;
  bool anchored_;
  const DateWords& words_;
};

}  // namespace

void TimexTagger::Tag(const Doc& doc, std::vector<Timex>* out) const {
  if (doc.tokens.empty()) return;
  std::string lower(doc.body);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  std::vector<TokenInfo> infos;
  BuildTokenInfos(doc, lower, words_, &infos);

  auto tag_sentence = [&](uint32_t index, size_t sb, size_t se) {
    SentenceMatcher matcher(infos, sb, se, doc.date, words_);
    for (size_t i = sb; i < se;) {
      std::optional<Found> f = matcher.MatchAt(i);
      if (!f || f->end <= i) {
        ++i;
        continue;
      }
      Timex t;
      t.token_begin = static_cast<uint32_t>(f->begin);
      t.token_end = static_cast<uint32_t>(f->end);
      t.sentence = index;
      t.type = std::move(f->type);
      t.value = std::move(f->value);
      t.mod = std::move(f->mod);
      out->push_back(std::move(t));
      i = f->end;
    }
  };
  if (doc.sentences.empty()) {
    tag_sentence(0, 0, doc.tokens.size());
    return;
  }
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    tag_sentence(static_cast<uint32_t>(s), doc.sentences[s].token_begin,
                 doc.sentences[s].token_end);
  }
}

}  // namespace dateline::timex
