#include "time/timex_tagger.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <fmt/core.h>

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
  bool anaphoric = false;  // counted from the narrative: does not become the new reference
  bool named_day = false;  // a day named by its date ("Aug. 12"), not by a weekday or "today"
};

constexpr std::array<std::string_view, 3> kPositionMods = {"START", "MID", "END"};

// Lower-case words after which a bare year still reads as a date ("in 2019 and ..."):
// any other lower-case word makes the number a modifier ("in 2020 elections").
constexpr std::array<std::string_view, 62> kFunctionWords = {
    "and",     "or",     "but",     "when",  "while",   "as",      "at",    "on",   "in",
    "for",     "with",   "to",      "that",  "which",   "who",     "the",   "a",    "an",
    "was",     "were",   "is",      "are",   "has",     "had",     "have",  "will", "would",
    "after",   "before", "it",      "he",    "she",     "they",    "we",    "from", "by",
    "of",      "since",  "until",   "than",  "then",    "because", "if",    "amid", "despite",
    "during",  "alone",  "onwards", "there", "against", "among",   "under", "over", "into",
    "through", "also",   "only",    "not",   "where"};

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
  // `reference` is the last calendar value mentioned so far in the document (empty if
  // none): what "a year earlier" or "the previous day" count from.
  SentenceMatcher(const std::vector<TokenInfo>& t, size_t sb, size_t se, const CivilDate& anchor,
                  const DateWords& words, const std::string& reference,
                  const bool& reference_is_named_day)
      : t_(t),
        sb_(sb),
        se_(se),
        anchor_(anchor),
        anchored_(anchor.valid()),
        words_(words),
        reference_(reference),
        reference_is_named_day_(reference_is_named_day) {}

  // A match at i, extended leftwards over a quantity modifier ("nearly three years",
  // "more than a week"): tried when nothing matches at i itself.
  std::optional<Found> MatchWithModifier(size_t i) const {
    std::string_view mod;
    size_t len = 0;
    const std::string_view w = Lower(i);
    if (w == "nearly" || w == "almost") {
      mod = "APPROX";
      len = 1;
    } else if ((w == "more" || w == "less" || w == "fewer") && Is(i + 1, "than")) {
      mod = w == "more" ? "MORE_THAN" : "LESS_THAN";
      len = 2;
    } else if (w == "at" && (Is(i + 1, "least") || Is(i + 1, "most"))) {
      mod = Is(i + 1, "least") ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
      len = 2;
    } else if (w == "up" && Is(i + 1, "to")) {
      mod = "EQUAL_OR_LESS";
      len = 2;
    } else if (w == "no" && (Is(i + 1, "more") || Is(i + 1, "less")) && Is(i + 2, "than")) {
      mod = Is(i + 1, "more") ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE";
      len = 3;
    } else {
      return std::nullopt;
    }
    std::optional<Found> f = MatchAt(i + len);
    if (!f || f->begin != i + len) return std::nullopt;
    const bool ago = Kind(f->end - 1) == WordKind::kAgo;
    if (f->type != "DURATION" && !ago) return std::nullopt;
    f->begin = i;
    if (f->mod.empty()) f->mod = std::string(mod);
    return f;
  }

  std::optional<Found> MatchAt(size_t i) const {
    if (auto m = Numeric(i)) return m;
    if (Kind(i) == WordKind::kThe) {
      if (auto m = AfterThe(i)) return m;
      if (auto m = PartOfPeriod(i)) return m;
    }
    if (auto m = OrdinalCentury(i)) return m;
    if (auto m = HalfDuration(i)) return m;
    if (auto m = Phrase(i)) return m;
    if (auto m = Anaphoric(i)) return m;
    if (auto m = SetExpression(i)) return m;
    if (auto m = Fiscal(i)) return m;
    if (auto m = WeekNumber(i)) return m;
    if (auto m = SpelledYear(i)) return m;
    if (auto m = Holiday(i)) return m;
    if (auto m = RecentComing(i)) return m;
    if (auto m = ClockFirst(i)) return m;
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
  // The end of token i with its possessive: i + 2 when "'s" is a token of its own, i + 1
  // when the token carries it ("year's"), 0 when there is none.
  size_t PossessiveEnd(size_t i) const {
    if (!In(i)) return 0;
    if (t_[i].text.size() > t_[i].lower.size()) return i + 1;
    if (In(i + 1) && Adjacent(i + 1) &&
        (t_[i + 1].text == "'s" || t_[i + 1].text == "\xE2\x80\x99s")) {
      return i + 2;
    }
    return 0;
  }
  Direction Dir(size_t b, size_t e) const { return ClauseDirection(t_, sb_, se_, b, e); }
  // A bare weekday in news is the past one unless the clause clearly looks ahead.
  // The year of a month named without one: the nearest such month, unless the clause
  // points the other way (for a past clause, by more than two months).
  int MonthYear(int month, size_t b, size_t e) const {
    // A past clause must be further off than a future one: past-tense cues misfire more
    // (participles, reported speech), and a month just ahead is rarely meant as last year's.
    constexpr int kPastSlack = 2;
    const int nearest = ResolveMonthYear(anchor_, month, Direction::kUnknown);
    const int offset = (nearest - anchor_.year) * 12 + month - anchor_.month;
    // News looks back further than ahead: in TimeBank a month named without a year and
    // without a tense cue is almost never more than four months ahead of the article,
    // but often six or seven months back.
    constexpr int kFutureReach = 4;
    const Direction dir = Dir(b, e);
    if (dir == Direction::kPast && offset > kPastSlack) return nearest - 1;
    if (dir == Direction::kUnknown && offset > kFutureReach) return nearest - 1;
    if (dir == Direction::kFuture && offset < 0) return nearest + 1;
    return nearest;
  }
  Direction WeekdayDir(size_t b, size_t e) const {
    return Dir(b, e) == Direction::kFuture ? Direction::kFuture : Direction::kPast;
  }

  // ---- building blocks -------------------------------------------------------------
  // A time-zone abbreviation at i.
  bool IsZone(size_t i) const {
    static constexpr std::array<std::string_view, 12> kZones = {
        "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "gmt", "utc", "bst", "cet"};
    for (std::string_view z : kZones) {
      if (Is(i, z)) return true;
    }
    return false;
  }

  // The length of a "mid-", "late-" or "early-" prefix of a single token, or 0.
  static size_t PositionPrefix(std::string_view w) {
    for (std::string_view p : {"mid-", "late-", "early-"}) {
      if (w.size() > p.size() && w.substr(0, p.size()) == p) return p.size();
    }
    return 0;
  }

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
    // "24 Hours of Daytona", "21st Century Fox": a capitalized unit inside a name.
    if (t_[i].capitalized && i > sb_ + 1) return false;
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

  // Appends a part of the day after a weekday. TimeBank values "Friday evening" with the
  // part of the day (2020-10-09TEV) but mostly leaves "Friday morning" and "Friday night"
  // at the day (an extent that often ends at the weekday); the type stays DATE.
  void WeekdayPartOfDay(Found* f) const {
    if (Kind(f->end) != WordKind::kPartOfDay) return;
    const int part = Val(f->end);
    if (part == 2) {
      f->value += "T";
      f->value += PartOfDayCode(part);
    }
    ++f->end;
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
      if (auto d = ParseNumericDate(compact)) {
        Found f = Make(i, e, DayValue(*d));
        f.named_day = true;
        return f;
      }
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
      if (!anchored_) return std::nullopt;
      d = CivilDate{MonthYear(month, b, e), month, day};
      if (!d.valid() && !ResolveDayMonth(anchor_, month, day, Dir(b, e), &d)) return std::nullopt;
    } else if (!d.valid()) {
      return std::nullopt;
    }
    Found f = Make(b, e, DayValue(d));
    f.named_day = true;
    return f;
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
    if (auto spelled = SpelledYearAt(y)) {  // "January nineteen ninety-seven"
      return Make(i, spelled->end, MonthValue(std::stoi(spelled->value), month));
    }
    if (abbreviated || !anchored_) return std::nullopt;
    // "February this year", "July last year", "May of last year": the year is named after
    // the month.
    if (const size_t r = Is(k, "of") ? k + 1 : k; RelativeYearAt(r)) {
      return Make(i, r + 2, MonthValue(anchor_.year + Val(r), month));
    }
    // A month on its own. "May" and "March" are also verbs: they need a lead-in.
    const std::string_view w = t_[i].lower;
    if ((w == "may" || w == "march") && !has_context) {
      const WordKind prev = i > sb_ ? Kind(i - 1) : WordKind::kNone;
      if (prev != WordKind::kYearPreposition && prev != WordKind::kRelative &&
          prev != WordKind::kPosition) {
        return std::nullopt;
      }
    }
    return Make(i, k, MonthValue(MonthYear(month, i, k), month));
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
    Direction dir = WeekdayDir(i, i + 1);
    // "Wednesday's ruling", "Friday's trading": news reports an event it names that way
    // once it has happened, unless the noun says otherwise ("Sunday's scheduled vote").
    if (const size_t p = PossessiveEnd(i); p != 0) {
      const bool ahead = In(p) && t_[p].word && t_[p].word->tense == TenseCue::kFuture;
      dir = ahead ? Direction::kFuture : Direction::kPast;
    }
    Found f = Make(i, i + 1, DayValue(ResolveWeekday(anchor_, Val(i), dir, false)));
    WeekdayPartOfDay(&f);
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
      if (after_the && rel < 0 && unit == Unit::kYear) {
        return Make(i, j + 1, YearValue(anchor_.year - 1));  // TimeBank: "the past year" is a DATE
      }
      if (after_the || w == "past") return Make(i, j + 1, DurationValue(1, unit), "DURATION");
      if (unit == Unit::kDay || unit == Unit::kHour || unit == Unit::kMinute) return std::nullopt;
      const int year = anchor_.year + rel;
      if (const size_t p = PossessiveEnd(j); unit == Unit::kYear && p != 0) {
        // "this year's third quarter", "last year's quarter".
        if (auto q = Quarter(p); q && q->begin == p) {
          q->begin = i;
          q->value = YearValue(year) + q->value.substr(4);
          return q;
        }
        if (Is(p, "quarter") && ReferenceIsQuarter()) {
          return MakeAnaphoric(i, p + 1, YearValue(year) + reference_.substr(4));
        }
      }
      return Make(i, j + 1, PeriodValue(Shift(anchor_, unit, rel), unit));
    }
    if (after_the) return std::nullopt;
    if (Kind(j) == WordKind::kWeekday && t_[j].capitalized) {
      const Direction dir = rel < 0 ? Direction::kPast : Direction::kFuture;
      Found f = Make(i, j + 1, DayValue(ResolveWeekday(anchor_, Val(j), dir, rel != 0)));
      WeekdayPartOfDay(&f);  // as for a bare weekday
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
      // Seasons in calendar order of their start: spring (Mar), summer, autumn, winter
      // (Dec to Feb, named by the year it starts in).
      const int current = anchor_.month <= 2 ? 3 : (anchor_.month - 3) / 3;
      const int current_year = anchor_.month <= 2 ? anchor_.year - 1 : anchor_.year;
      int year = current_year;
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
    } else if (const size_t dash = PositionPrefix(t_[i].lower); dash != 0) {
      // One token: "mid-October", "mid-2019", "late-November", "early-1990s".
      const std::string_view pos_mod = kPositionMods[dash == 4 ? 1 : dash == 5 ? 2 : 0];
      const std::string_view rest = t_[i].lower.substr(dash);
      if (rest.size() == 5 && rest[4] == 's' && rest[3] == '0' && AllDigits(rest.substr(0, 4))) {
        Found f = Make(i, i + 1, std::string(rest.substr(0, 3)));  // "mid-1990s"
        f.mod = std::string(pos_mod);
        return f;
      }
      if (auto y = ParseFourDigitYear(rest)) {
        Found f = Make(i, i + 1, YearValue(*y));
        f.mod = std::string(pos_mod);
        return f;
      }
      const DateWord* w = words_.Find(rest);
      if (w && w->kind == WordKind::kMonth && anchored_ && t_[i].text[dash] >= 'A' &&
          t_[i].text[dash] <= 'Z') {
        int year = MonthYear(w->value, i, i + 1);
        if (Is(i + 1, ",") || Is(i + 1, "of")) {
          if (auto y = YearAt(i + 2)) {
            Found f = Make(i, i + 3, MonthValue(*y, w->value));
            f.mod = std::string(pos_mod);
            return f;
          }
        }
        if (auto y = YearAt(i + 1)) {
          Found f = Make(i, i + 2, MonthValue(*y, w->value));
          f.mod = std::string(pos_mod);
          return f;
        }
        Found f = Make(i, i + 1, MonthValue(year, w->value));
        f.mod = std::string(pos_mod);
        return f;
      }
      return std::nullopt;
    } else {
      return std::nullopt;
    }
    std::optional<Found> inner = MonthFirst(j, true);
    if (!inner) inner = Decade(j);
    if (!inner) inner = DayWordAt(j);                                 // "late yesterday"
    if (!inner && Kind(j) == WordKind::kWeekday) inner = Weekday(j);  // "early Tuesday"
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
    if (Kind(i + 1) == WordKind::kWeekday && t_[i + 1].capitalized) {  // "earlier Sunday"
      if (auto f = Weekday(i + 1)) {
        f->begin = i;
        f->mod = Val(i) < 0 ? "START" : "END";
        return f;
      }
    }
    if (Is(i + 1, "this") && Kind(i + 2) == WordKind::kPartOfDay) {  // "later this afternoon"
      Found f =
          Make(i, i + 3, DayValue(anchor_) + "T" + std::string(PartOfDayCode(Val(i + 2))), "TIME");
      f.mod = Val(i) < 0 ? "START" : "END";
      return f;
    }
    Unit unit;
    if (Is(i + 1, "this") && UnitAt(i + 2, 1, &unit) && unit != Unit::kDay) {
      // TimeBank leaves "earlier" out of "earlier this week" but not of "earlier this year".
      if (unit == Unit::kWeek) return Make(i + 1, i + 3, PeriodValue(anchor_, unit));
      Found f = Make(i, i + 3, PeriodValue(anchor_, unit));
      f.mod = Val(i) < 0 ? "START" : "END";
      return f;
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
    if (auto spelled = SpelledYearAt(y)) {  // "the winter of nineteen ninety-four"
      return Make(i, spelled->end, spelled->value + "-" + std::string(SeasonCode(Val(i))));
    }
    // "the summer of last year", "spring this year".
    if (anchored_ && RelativeYearAt(y)) {
      return Make(i, y + 2,
                  YearValue(anchor_.year + Val(y)) + "-" + std::string(SeasonCode(Val(i))));
    }
    return std::nullopt;
  }

  // "last year", "this year", "next year" at token r (not "past year", "previous year").
  bool RelativeYearAt(size_t r) const {
    return Kind(r) == WordKind::kRelative && Is(r + 1, "year") && !Is(r, "past") &&
           !Is(r, "previous");
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
    } else if (w.starts_with("fiscal-") && ordinal(w.substr(7)) != 0 && Is(i + 1, "quarter")) {
      q = ordinal(w.substr(7));  // "the fiscal-first quarter"
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
    size_t b = i;
    if (Kind(i) == WordKind::kArticle && (Is(i + 1, "few") || Is(i + 1, "couple"))) {
      // "a few years ago", "a couple of weeks ago".
      n = Is(i + 1, "few") ? -1 : 2;
      ++i;
      if (n == 2 && Is(i + 1, "of")) ++i;
    } else if (Kind(i) == WordKind::kArticle) {
      n = 1;
    } else if (!CountAt(i, &n)) {
      return std::nullopt;
    }
    Unit unit;
    if (!UnitAt(i + 1, n, &unit) || Kind(i + 2) != WordKind::kAgo) return std::nullopt;
    if (n < 0) return Make(b, i + 3, "PAST_REF");
    std::optional<Found> f = AgoValue(i, n, unit);
    // "up from $4 a year ago ... compared with $3 a year earlier": a span counted back
    // from the article date restates a comparison; it does not move the narrative.
    if (f) {
      f->begin = b;
      f->anaphoric = true;
    }
    return f;
  }

  // The value of "n units ago" spanning [i, i + 3).
  std::optional<Found> AgoValue(size_t i, int n, Unit unit) const {
    if (n == 1 && unit == Unit::kYear && ReferenceIsQuarter()) {
      return MakeAnaphoric(i, i + 3, FromReference(Unit::kYear, -1));  // in a quarterly report
    }
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

  // "three days", "24 hours", "a week" (after for/within/over ...), "three-day",
  // "24-hour", "for years".
  std::optional<Found> Duration(size_t i) const {
    if (!In(i)) return std::nullopt;
    int n = 0;
    Unit unit;
    // "a few days", "a couple of weeks", "a couple years".
    if (Kind(i) == WordKind::kArticle) {
      if (Is(i + 1, "few") && UnitAt(i + 2, -1, &unit)) {
        if (Kind(i + 3) == WordKind::kAgo) return std::nullopt;
        return Make(i, i + 3, DurationValue(-1, unit), "DURATION");
      }
      if (Is(i + 1, "couple")) {
        const size_t u = Is(i + 2, "of") ? i + 3 : i + 2;
        if (UnitAt(u, 2, &unit) && Kind(u + 1) != WordKind::kAgo) {
          return Make(i, u + 1, DurationValue(2, unit), "DURATION");
        }
      }
    }
    if (CountAt(i, &n)) {
      if (UnitAt(i + 1, n, &unit)) return Make(i, i + 2, DurationValue(n, unit), "DURATION");
      // "a five year low", "a two day visit": a singular unit as a modifier.
      if (n > 1 && UnitAt(i + 1, 1, &unit) && In(i + 2) && t_[i + 2].kind == TokenKind::kWord &&
          !t_[i + 2].capitalized && Kind(i + 2) != WordKind::kAgo) {
        return Make(i, i + 2, DurationValue(n, unit), "DURATION");
      }
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
    if (!has_context && i > sb_) {
      // Not an amount or a count: "$1990", "No. 2000", "about 1990 people" (below).
      const TokenInfo& prev = t_[i - 1];
      if (prev.kind == TokenKind::kSymbol || prev.kind == TokenKind::kNumber ||
          prev.lower == "no." || prev.lower == "#" || prev.lower == "number" ||
          prev.lower == "about" || prev.lower == "some" || prev.lower == "nearly" ||
          prev.lower == "than" || prev.lower == "-") {
        if (Kind(i - 1) != WordKind::kYearPreposition) return std::nullopt;
      }
      // A year in a name: "Project 2025", "Vision 2030", "Agenda 2063", "Expo 2020".
      if (prev.capitalized &&
          (prev.text == "Project" || prev.text == "Vision" || prev.text == "Agenda" ||
           prev.text == "Expo" || prev.text == "Horizon" || prev.text == "Euro")) {
        return std::nullopt;
      }
    }
    if (In(i + 1) && (t_[i + 1].text == "%" || t_[i + 1].lower == "percent")) return std::nullopt;
    // "at 1900 GMT", "1930 hours": a 24-hour clock time.
    if (In(i + 1) && (IsZone(i + 1) || t_[i + 1].lower == "hours" || t_[i + 1].lower == "hrs")) {
      return std::nullopt;
    }
    if (!has_context && i > sb_ && Is(i - 1, "at")) return std::nullopt;
    if (In(i + 1) && t_[i + 1].kind == TokenKind::kWord && !t_[i + 1].capitalized) {
      bool function_word = false;
      for (std::string_view f : kFunctionWords) function_word |= (t_[i + 1].lower == f);
      // "in 1992 intended to", "since 1990 largely": a past participle or an adverb after
      // "in 1992" is not the noun the year would modify.
      const std::string_view next = t_[i + 1].lower;
      const bool verb_or_adverb = next.size() > 4 && (next.ends_with("ed") || next.ends_with("ly"));
      if (verb_or_adverb && i > sb_ && Kind(i - 1) == WordKind::kYearPreposition) {
        function_word = true;
      }
      if (!function_word && !YearModifier(i)) return std::nullopt;
    }
    return Make(i, i + 1, YearValue(*year));
  }

  // "the 1987 crash", "that 1978 resolution": a year before a singular noun after a
  // determiner. A plural noun makes it a count ("the 2020 delegates").
  bool YearModifier(size_t i) const {
    if (i == sb_ || !In(i + 1)) return false;
    const std::string_view prev = t_[i - 1].lower;
    if (prev != "the" && prev != "a" && prev != "an" && prev != "that" && prev != "this" &&
        prev != "its" && prev != "his" && prev != "her" && prev != "their" && prev != "our") {
      return false;
    }
    const std::string_view next = t_[i + 1].lower;
    if (Kind(i + 1) == WordKind::kUnit || next == "people" || next == "men" || next == "women") {
      return false;
    }
    const bool plural = next.size() > 3 && next.back() == 's' && !next.ends_with("ss") &&
                        !next.ends_with("us") && !next.ends_with("is") && !next.ends_with("ics");
    return !plural;
  }

  // The reference value, or the article date when nothing was mentioned yet.
  std::string Reference() const {
    if (!reference_.empty()) return reference_;
    return anchored_ ? DayValue(anchor_) : std::string();
  }

  // A calendar value relative to the last mentioned one; falls back to the article date
  // when the reference is too coarse ("a day later" after "in 2019").
  std::string FromReference(Unit unit, int n) const {
    std::string v = ShiftCalendarValue(Reference(), unit, n);
    if (v.empty() && anchored_) v = ShiftCalendarValue(DayValue(anchor_), unit, n);
    return v;
  }

  // The reference as a quarter when it is one, for "a year ago" in quarterly reports.
  bool ReferenceIsQuarter() const { return reference_.size() == 7 && reference_[5] == 'Q'; }

  Found MakeAnaphoric(size_t b, size_t e, std::string value) const {
    Found f = Make(b, e, std::move(value));
    f.anaphoric = true;
    return f;
  }

  // Expressions anchored to the narrative rather than the article: "a year earlier",
  // "two days later", "year-earlier", "that day", "the same month".
  std::optional<Found> Anaphoric(size_t i) const {
    if (!In(i)) return std::nullopt;
    const std::string_view w = Lower(i);
    // "year-earlier", "year-ago" (as a modifier: "year-earlier profit").
    if (w == "year-earlier" || w == "year-ago") {
      if (!anchored_) return std::nullopt;
      size_t e = i + 1;
      std::string v;
      if (auto q = Quarter(e); q && q->begin == e) {
        // "the year-earlier third quarter": that quarter a year before.
        e = q->end;
        v = ShiftCalendarValue(q->value, Unit::kYear, -1);
      } else if (ReferenceIsQuarter()) {
        v = FromReference(Unit::kYear, -1);
        if (Is(e, "quarter") || Is(e, "period")) ++e;
      } else if (Is(e, "quarter")) {
        v = PeriodValue(anchor_.AddMonths(-15), Unit::kQuarter);
        ++e;
      } else {
        v = YearValue(anchor_.year - 1);
        if (Is(e, "period")) ++e;
      }
      return MakeAnaphoric(i, e, std::move(v));
    }
    // "that day", "that same week", "the same day" are handled after "the".
    if (w == "that") {
      size_t j = i + 1;
      if (Is(j, "same")) ++j;
      Unit unit;
      if (UnitAt(j, 1, &unit) && unit != Unit::kHour && unit != Unit::kMinute &&
          unit != Unit::kWeekend && unit != Unit::kDecade && unit != Unit::kCentury) {
        std::string v = FromReference(unit, 0);
        if (v.empty()) return std::nullopt;
        return MakeAnaphoric(i, j + 1, std::move(v));
      }
      return std::nullopt;
    }
    // [a|one|N] unit earlier/later/before/after (the last two only at a clause end).
    int n = 0;
    if (Kind(i) == WordKind::kArticle) {
      n = 1;
    } else if (!CountAt(i, &n) || n < 1) {
      return std::nullopt;
    }
    Unit unit;
    if (!UnitAt(i + 1, n, &unit)) return std::nullopt;
    const std::string_view dir = Lower(i + 2);
    int sign = 0;
    if (dir == "earlier") sign = -1;
    if (dir == "later") sign = 1;
    if (dir == "before" || dir == "after") {
      const bool clause_end = !In(i + 3) || t_[i + 3].kind == TokenKind::kPunctuation;
      if (clause_end) sign = dir == "before" ? -1 : 1;
    }
    if (sign == 0 || !anchored_) return std::nullopt;
    if (unit == Unit::kHour || unit == Unit::kMinute) return std::nullopt;
    // "for the six months ended Aug. 12 ... compared with $3 a year earlier": years back
    // from a day named by its date are that day in the earlier year.
    if (CivilDate d; unit == Unit::kYear && reference_is_named_day_ &&
                     ParseCalendarValue(reference_, &d, &unit) && unit == Unit::kDay) {
      return MakeAnaphoric(i, i + 3, DayValue(Shift(d, Unit::kYear, sign * n)));
    }
    std::string v = FromReference(unit, sign * n);
    if (v.empty()) return std::nullopt;
    return MakeAnaphoric(i, i + 3, std::move(v));
  }

  // daily, weekly, annually, every day, each Thursday, every July: TIMEX3 sets.
  std::optional<Found> SetExpression(size_t i) const {
    if (!In(i)) return std::nullopt;
    const std::string_view w = Lower(i);
    // "Daily", "Weekly" capitalized are mostly titles: the Daily Mail, China Daily.
    if (t_[i].capitalized && w != "every" && w != "each") return std::nullopt;
    if (w == "daily") return Make(i, i + 1, "P1D", "SET");
    if (w == "weekly") return Make(i, i + 1, "P1W", "SET");
    if (w == "monthly") return Make(i, i + 1, "P1M", "SET");
    if (w == "annually" || w == "yearly") return Make(i, i + 1, "P1Y", "SET");
    if (w == "hourly") return Make(i, i + 1, "PT1H", "SET");
    if (w != "every" && w != "each") return std::nullopt;
    Unit unit;
    if (UnitAt(i + 1, 1, &unit)) {
      return Make(i, i + 2, DurationValue(1, unit), "SET");
    }
    int n = 0;
    if (CountAt(i + 1, &n) && n > 1 && UnitAt(i + 2, n, &unit)) {
      return Make(i, i + 3, DurationValue(n, unit), "SET");
    }
    if (Kind(i + 1) == WordKind::kWeekday && t_[i + 1].capitalized) {
      Found f = Make(i, i + 2, "XXXX-WXX-" + std::to_string(Val(i + 1) + 1), "SET");
      if (Kind(i + 2) == WordKind::kPartOfDay) {
        f.value += "T";
        f.value += PartOfDayCode(Val(i + 2));
        ++f.end;
      }
      return f;
    }
    int month = 0;
    if (const size_t k = MonthAt(i + 1, &month); k != 0) {
      return Make(i, k, fmt::format("XXXX-{:02d}", month), "SET");
    }
    if (Kind(i + 1) == WordKind::kPartOfDay) {
      return Make(i, i + 2, "TXX" + std::string(PartOfDayCode(Val(i + 1))), "SET");
    }
    return std::nullopt;
  }

  // A year written in words right at i ("nineteen ninety-four"), after a month or season.
  std::optional<Found> SpelledYearAt(size_t i) const {
    if (!Is(i, "nineteen") && !Is(i, "eighteen") && !(Is(i, "two") && Is(i + 1, "thousand"))) {
      return std::nullopt;
    }
    std::optional<Found> f = SpelledYear(i);
    if (!f || f->begin != i || f->value.size() != 4) return std::nullopt;
    return f;
  }

  // A year written in words: "nineteen ninety-six", "nineteen eighty", "two thousand",
  // "two thousand and one"; with "the year" before it when present.
  std::optional<Found> SpelledYear(size_t i) const {
    size_t b = i;
    if (Is(i, "the") && Is(i + 1, "year")) i += 2;
    int year = 0;
    size_t e = 0;
    if (Is(i, "nineteen") || Is(i, "eighteen")) {
      int rest = 0;
      if (!CountAt(i + 1, &rest) || rest < 10 || rest > 99 || StartsWithDigit(t_[i + 1].text)) {
        return std::nullopt;
      }
      year = (Is(i, "nineteen") ? 1900 : 1800) + rest;
      e = i + 2;
    } else if (Is(i, "two") && Is(i + 1, "thousand")) {
      year = 2000;
      e = i + 2;
      size_t k = Is(e, "and") ? e + 1 : e;
      int rest = 0;
      if (CountAt(k, &rest) && rest >= 1 && rest <= 99 && !StartsWithDigit(t_[k].text)) {
        year += rest;
        e = k + 1;
      }
      if (b == i && Kind(b > sb_ ? b - 1 : b) != WordKind::kYearPreposition) return std::nullopt;
    } else {
      return std::nullopt;
    }
    if (Kind(e) == WordKind::kUnit) return std::nullopt;  // "two thousand years"
    return Make(b, e, YearValue(year));
  }

  // Named days: Christmas, New Year's Day, Thanksgiving, Election Day, Independence Day.
  std::optional<Found> Holiday(size_t i) const {
    if (!In(i) || !t_[i].capitalized || !anchored_) return std::nullopt;
    const std::string_view w = Lower(i);
    size_t e = i + 1;
    int month = 0, day = 0;
    int nth_weekday = -1, nth = 0;  // e.g. the 4th Thursday
    if (w == "christmas") {
      month = 12;
      day = 25;
      if (Is(e, "day") || Is(e, "eve")) {
        if (Is(e, "eve")) day = 24;
        ++e;
      }
    } else if (w == "thanksgiving") {
      month = 11;
      nth_weekday = 3;
      nth = 4;
      if (Is(e, "day")) ++e;
    } else if (w == "election" && Is(e, "day") && t_[e].capitalized) {
      month = 11;
      nth_weekday = 0;  // the Tuesday after the first Monday
      nth = 1;
      ++e;
    } else if (w == "independence" && Is(e, "day") && t_[e].capitalized) {
      month = 7;
      day = 4;
      ++e;
    } else if (w == "new" && Is(e, "year") && PossessiveEnd(e) != 0 &&
               Is(PossessiveEnd(e), "day")) {
      month = 1;
      day = 1;
      e = PossessiveEnd(e) + 1;
    } else {
      return std::nullopt;
    }
    int year = anchor_.year;
    if (auto y = YearAt(e)) {
      year = *y;
      ++e;
    } else {
      year = MonthYear(month, i, e);
    }
    CivilDate d{year, month, day == 0 ? 1 : day};
    if (nth_weekday >= 0) {
      const int first = (nth_weekday - d.Weekday() + 7) % 7;
      d = d.AddDays(first + 7LL * (nth - 1));
      if (w == "election") d = d.AddDays(1);
    }
    return Make(i, e, DayValue(d));
  }

  // "recent years", "in recent weeks", "the coming months", "coming years".
  std::optional<Found> RecentComing(size_t i) const {
    const std::string_view w = Lower(i);
    if (w != "recent" && w != "coming") return std::nullopt;
    Unit unit;
    if (!UnitAt(i + 1, 2, &unit)) return std::nullopt;
    if (w == "recent" && unit == Unit::kYear) return Make(i, i + 2, "PAST_REF");
    if (w == "coming" && unit >= Unit::kMonth) return Make(i, i + 2, "FUTURE_REF");
    return Make(i, i + 2, DurationValue(-1, unit), "DURATION");
  }

  // Week numbers and weeks named by a day: "week 41", "week 41 of 2020", "calendar week
  // 7", "the week of March 6".
  std::optional<Found> WeekNumber(size_t i) const {
    size_t b = i;
    if (Is(i, "calendar")) ++i;
    if (!Is(i, "week")) return std::nullopt;
    if (Is(i + 1, "of") && b == i && i > sb_ && Is(i - 1, "the")) {
      std::optional<Found> d = DayMonth(i + 2);
      if (!d) d = MonthFirst(i + 2, true);
      if (!d || d->value.size() != 10) return std::nullopt;
      Found f = Make(i - 1, d->end, WeekValue(*CivilDate::Parse(d->value)));
      return f;
    }
    if (!In(i + 1) || !AllDigits(t_[i + 1].text) || t_[i + 1].text.size() > 2) return std::nullopt;
    const int week = ToInt(t_[i + 1].text);
    if (week < 1 || week > 53) return std::nullopt;
    int year = 0;
    size_t e = i + 2;
    if (Is(e, "of") || Is(e, ",")) {
      if (auto y = YearAt(e + 1)) {
        year = *y;
        e += 2;
      }
    } else if (auto y = YearAt(e)) {
      year = *y;
      ++e;
    }
    if (year == 0) {
      if (!anchored_) return std::nullopt;
      int iso_year = 0, iso_week = 0;
      anchor_.IsoWeek(&iso_year, &iso_week);
      year = iso_year;
    }
    return Make(b, e, fmt::format("{:04d}-W{:02d}", year, week));
  }

  // "the end of the year", "the beginning of March", "the middle of next week", "the
  // start of 2019": the period with a START/MID/END mod.
  std::optional<Found> PartOfPeriod(size_t i) const {
    if (!Is(i, "the") || !Is(i + 2, "of")) return std::nullopt;
    const std::string_view w = Lower(i + 1);
    std::string_view mod;
    if (w == "end") mod = "END";
    if (w == "beginning" || w == "start") mod = "START";
    if (w == "middle") mod = "MID";
    if (mod.empty()) return std::nullopt;
    const size_t k = i + 3;
    std::optional<Found> inner;
    Unit unit;
    if ((Is(k, "the") || Is(k, "this")) && UnitAt(k + 1, 1, &unit) && anchored_ &&
        unit >= Unit::kWeek && unit <= Unit::kYear && unit != Unit::kWeekend) {
      inner = Make(k, k + 2, PeriodValue(anchor_, unit));
    } else {
      inner = MatchAt(k);
    }
    if (!inner || inner->begin != k || inner->type != "DATE" || !inner->mod.empty()) {
      return std::nullopt;
    }
    inner->begin = i;
    inner->mod = std::string(mod);
    return inner;
  }

  // "the 20th century", "the nineteenth century", "the 1800s" is a decade rule.
  std::optional<Found> OrdinalCentury(size_t i) const {
    const size_t b = i;
    if (Is(i, "the")) ++i;
    if (!Is(i + 1, "century") || t_[i + 1].capitalized) return std::nullopt;
    static constexpr std::array<std::string_view, 21> kOrdinals = {
        "",           "first",      "second",     "third",     "fourth",    "fifth",
        "sixth",      "seventh",    "eighth",     "ninth",     "tenth",     "eleventh",
        "twelfth",    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth"};
    int n = 0;
    const std::string_view w = Lower(i);
    for (size_t k = 1; k < kOrdinals.size(); ++k) {
      if (w == kOrdinals[k]) n = static_cast<int>(k);
    }
    if (n == 0 && w == "twenty-first") n = 21;
    if (n == 0 && StartsWithDigit(w)) {
      auto d = ParseDayOfMonth(w);  // "20th", "21st": the same shape as a day
      if (d && w.size() > 2) n = *d;
    }
    if (n == 0) return std::nullopt;
    return Make(b, i + 2, fmt::format("{:02d}", n - 1));
  }

  // "2 1/2 years", "five and a half hours": durations with a half.
  std::optional<Found> HalfDuration(size_t i) const {
    int n = 0;
    if (!CountAt(i, &n) || n < 0) return std::nullopt;
    size_t k = i + 1;
    if (Is(k, "1/2")) {
      ++k;
    } else if (Is(k, "and") && Kind(k + 1) == WordKind::kArticle && Is(k + 2, "half")) {
      k += 3;
    } else {
      return std::nullopt;
    }
    Unit unit;
    if (!UnitAt(k, 2, &unit)) return std::nullopt;
    std::string v;
    switch (unit) {
      case Unit::kYear:
        v = fmt::format("P{}Y6M", n);
        break;
      case Unit::kMonth:
        v = fmt::format("P{}M15D", n);
        break;
      case Unit::kDay:
        v = fmt::format("P{}DT12H", n);
        break;
      case Unit::kHour:
        v = fmt::format("PT{}H30M", n);
        break;
      case Unit::kMinute:
        v = fmt::format("PT{}M30S", n);
        break;
      default:
        return std::nullopt;
    }
    return Make(i, k + 1, std::move(v), "DURATION");
  }

  // Decades and present/future references written as phrases: "the nineties", "these
  // days", "the near future", "the near term", "the short term".
  std::optional<Found> Phrase(size_t i) const {
    const std::string_view w = Lower(i);
    if (w == "these" && Is(i + 1, "days")) return Make(i, i + 2, "PRESENT_REF");
    if (w == "current" && !t_[i].capitalized && Kind(i + 1) != WordKind::kUnit) {
      return Make(i, i + 1, "PRESENT_REF");
    }
    if (w != "the") return std::nullopt;
    const std::string_view next = Lower(i + 1);
    if ((next == "near" && (Is(i + 2, "future") || Is(i + 2, "term"))) ||
        (next == "short" && Is(i + 2, "term"))) {
      return Make(i, i + 3, "FUTURE_REF");
    }
    static constexpr std::array<std::string_view, 8> kDecades = {
        "twenties", "thirties",  "forties",  "fifties",
        "sixties",  "seventies", "eighties", "nineties"};
    for (size_t k = 0; k < kDecades.size(); ++k) {
      if (next == kDecades[k] && anchored_) {
        const int decade = static_cast<int>(k) + 2;
        int century = anchor_.year / 100;
        if (century * 100 + decade * 10 > anchor_.year) --century;
        return Make(i, i + 2, fmt::format("{:02d}{}", century, decade));
      }
    }
    return std::nullopt;
  }

  // "fiscal 1989", "fiscal 1990's first quarter", "fiscal second-quarter".
  std::optional<Found> Fiscal(size_t i) const {
    if (!Is(i, "fiscal")) return std::nullopt;
    if (auto y = YearAt(i + 1, 1900, 2099)) {
      if (auto q = Quarter(i + 2)) {
        q->begin = i;
        q->value = YearValue(*y) + q->value.substr(4);
        return q;
      }
      return Make(i, i + 2, YearValue(*y));
    }
    if (auto q = Quarter(i + 1)) {
      q->begin = i;
      return q;
    }
    return std::nullopt;
  }

  // A time of day as a number and a.m./p.m., or noon/midnight: hour and minute, and the
  // end of the tokens. "10 a.m.", "9:30 p.m.", "10 p.m", "noon".
  bool ClockAt(size_t i, int* hour, int* minute, size_t* end) const {
    if (!In(i)) return false;
    if (Is(i, "noon") || Is(i, "midday")) {
      *hour = 12;
      *minute = 0;
      *end = i + 1;
      return true;
    }
    if (Is(i, "midnight")) {
      *hour = 24;
      *minute = 0;
      *end = i + 1;
      return true;
    }
    if (!In(i + 1) || !StartsWithDigit(t_[i].text)) return false;
    const std::string_view s = t_[i].text;
    int h = 0, m = 0;
    // A 24-hour clock: "0600 hours", "1900 GMT" (the zone is read by the caller).
    if (s.size() == 4 && AllDigits(s) &&
        (Is(i + 1, "hours") || Is(i + 1, "hrs") || IsZone(i + 1))) {
      h = ToInt(s.substr(0, 2));
      m = ToInt(s.substr(2));
      if (h > 24 || m > 59) return false;
      *hour = h;
      *minute = m;
      *end = IsZone(i + 1) ? i + 1 : i + 2;
      return true;
    }
    if (AllDigits(s) && s.size() <= 2) {
      h = ToInt(s);
    } else if (s.size() >= 4 && s.size() <= 5 && s[s.size() - 3] == ':' &&
               AllDigits(s.substr(0, s.size() - 3)) && AllDigits(s.substr(s.size() - 2))) {
      h = ToInt(s.substr(0, s.size() - 3));
      m = ToInt(s.substr(s.size() - 2));
    } else {
      return false;
    }
    const std::string_view ampm = t_[i + 1].lower;
    bool pm = false;
    if (ampm == "a.m." || ampm == "a.m" || ampm == "am") {
      pm = false;
    } else if (ampm == "p.m." || ampm == "p.m" || ampm == "pm") {
      pm = true;
    } else {
      return false;
    }
    if (h < 1 || h > 12 || m > 59) return false;
    if (pm && h != 12) h += 12;
    if (!pm && h == 12) h = 0;
    size_t e = i + 2;
    if (ampm.back() == 'm' && ampm.size() == 3 && Is(e, ".") && Adjacent(e)) ++e;  // "a.m" "."
    *hour = h;
    *minute = m;
    *end = e;
    return true;
  }

  // A time of day, an optional zone and an optional day: "10 p.m. Wednesday", "9 a.m. EST
  // Tuesday", "noon Thursday", "5 p.m. EST Nov. 9", "10:35 a.m.".
  std::optional<Found> ClockFirst(size_t i) const {
    int hour = 0, minute = 0;
    size_t e = 0;
    if (!anchored_ || !ClockAt(i, &hour, &minute, &e)) return std::nullopt;
    const bool word_clock = Kind(i) == WordKind::kNone && !StartsWithDigit(t_[i].text);
    const bool zone = IsZone(e);
    size_t k = zone ? e + 1 : e;
    if (Is(k, ",")) ++k;
    if (Is(k, "on")) ++k;
    // A bare clock time belongs to the day the narrative is on (TimeML anchors it to the
    // last mentioned day), which is the article date until another day is named.
    CivilDate day = anchor_;
    if (CivilDate ref; reference_.size() >= 10) {
      Unit granularity;
      if (ParseCalendarValue(reference_, &ref, &granularity) && granularity == Unit::kDay) {
        day = ref;
      }
    }
    bool has_day = false;
    if (auto d = DayMonth(k); d && d->value.size() == 10) {
      day = *CivilDate::Parse(d->value);
      e = d->end;
      has_day = true;
    } else if (auto m = MonthFirst(k, true); m && m->value.size() == 10) {
      day = *CivilDate::Parse(m->value);
      e = m->end;
      has_day = true;
    } else if (Kind(k) == WordKind::kWeekday && t_[k].capitalized) {
      day = ResolveWeekday(anchor_, Val(k), WeekdayDir(i, k + 1), false);
      e = k + 1;
      has_day = true;
    } else if (Kind(k) == WordKind::kDayWord && t_[k].lower != "tonight") {
      day = anchor_.AddDays(Val(k));
      e = k + 1;
      has_day = true;
    } else if (zone) {
      e = e + 1;
    }
    if (word_clock && !has_day) return std::nullopt;  // "noon" alone: too often not a time
    return Make(i, e, fmt::format("{}T{:02d}:{:02d}", DayValue(day), hour, minute), "TIME");
  }

  // now, currently, at present, at the moment, recently, soon.
  std::optional<Found> Reference(size_t i) const {
    switch (Kind(i)) {
      case WordKind::kPresentRef:
        if (Is(i, "now") && i > sb_ && Is(i - 1, "right")) return Make(i - 1, i + 1, "PRESENT_REF");
        return Make(i, i + 1, "PRESENT_REF");
      case WordKind::kPastRef:
        return Make(i, i + 1, "PAST_REF");
      case WordKind::kFutureRef:
        // "as soon as", "soon after": a conjunction, not a time.
        if (Is(i + 1, "as") || Is(i + 1, "after") || (i > sb_ && Is(i - 1, "as"))) {
          return std::nullopt;
        }
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

  // "the" + a period that the narrative or the reporting calendar fixes: "the quarter",
  // "the latest quarter", "the current year", "the weekend", "the previous day", "the
  // following week", "the same day", "the year-earlier quarter".
  std::optional<Found> TheAnaphoric(size_t i) const {
    if (!anchored_) return std::nullopt;
    size_t j = i + 1;
    const std::string_view w = Lower(j);
    if (w == "year-earlier" || w == "year-ago") {
      if (auto m = Anaphoric(j)) {
        m->begin = i;
        if (Is(m->end, "quarter") || Is(m->end, "period")) ++m->end;
        return m;
      }
      return std::nullopt;
    }
    if (w == "weekend") {
      // The weekend just past, unless the article is written during one.
      const int wd = anchor_.Weekday();
      const CivilDate d = wd >= 4 ? anchor_ : anchor_.AddDays(-7);
      return Make(i, j + 1, PeriodValue(d, Unit::kWeekend));
    }
    int rel = 2;  // 2: not a relative word
    if (w == "previous" || w == "prior" || w == "preceding") rel = -1;
    if (w == "following" || w == "next" || w == "subsequent") rel = 1;
    if (w == "same") rel = 0;
    Unit unit;
    if (rel == -1 || rel == 1) {
      // "the previous Friday", "the following Monday": from the day the narrative is on.
      if (Kind(j + 1) == WordKind::kWeekday && t_[j + 1].capitalized) {
        CivilDate base = anchor_;
        Unit granularity;
        if (CivilDate ref;
            ParseCalendarValue(Reference(), &ref, &granularity) && granularity == Unit::kDay) {
          base = ref;
        }
        const Direction dir = rel < 0 ? Direction::kPast : Direction::kFuture;
        return MakeAnaphoric(i, j + 2, DayValue(ResolveWeekday(base, Val(j + 1), dir, true)));
      }
    }
    if (rel != 2) {
      if (!UnitAt(j + 1, 1, &unit) || unit == Unit::kHour || unit == Unit::kMinute ||
          unit == Unit::kDecade || unit == Unit::kCentury) {
        return std::nullopt;
      }
      if (rel == 1 && w == "next" && unit != Unit::kDay) return std::nullopt;  // "the next year"
      std::string v = FromReference(unit, rel);
      if (v.empty()) return std::nullopt;
      return MakeAnaphoric(i, j + 2, std::move(v));
    }
    // "the quarter", "the latest quarter", "the current quarter", "the fiscal year".
    bool latest = false, current = false;
    if (w == "latest" || w == "most-recent" || w == "recent") {
      latest = true;
      ++j;
    } else if (w == "current" || w == "present") {
      current = true;
      ++j;
    }
    if (Is(j, "fiscal")) ++j;
    if (latest && Is(j, "period")) {
      if (ReferenceIsQuarter()) return MakeAnaphoric(i, j + 1, reference_);
      return Make(i, j + 1, PeriodValue(anchor_.AddMonths(-3), Unit::kQuarter));
    }
    if (auto y = YearAt(j, 1900, 2099); y && (Is(j + 1, "period") || Is(j + 1, "quarter"))) {
      // "the 1988 period", "the 1988 quarter": the reference quarter of that year.
      if (ReferenceIsQuarter())
        return MakeAnaphoric(i, j + 2, YearValue(*y) + reference_.substr(4));
      return Make(i, j + 2, YearValue(*y));
    }
    if (auto y = YearAt(j, 1900, 2099)) {
      // "the 1988 second quarter".
      if (auto q = Quarter(j + 1); q && q->begin == j + 1) {
        q->begin = i;
        q->value = YearValue(*y) + q->value.substr(4);
        return q;
      }
    }
    if (!UnitAt(j, 1, &unit)) return std::nullopt;
    if (unit == Unit::kQuarter) {
      if (ReferenceIsQuarter() && !current && !latest) return MakeAnaphoric(i, j + 1, reference_);
      const CivilDate d = current ? anchor_ : anchor_.AddMonths(-3);
      if (!latest && !current && Is(j + 1, "of")) return std::nullopt;  // "the quarter of ..."
      return Make(i, j + 1, PeriodValue(d, Unit::kQuarter));
    }
    if (unit == Unit::kYear && (latest || current)) {
      return Make(i, j + 1, YearValue(current ? anchor_.year : anchor_.year - 1));
    }
    if (unit == Unit::kMonth && current)
      return Make(i, j + 1, MonthValue(anchor_.year, anchor_.month));
    if (unit == Unit::kWeek && current) return Make(i, j + 1, WeekValue(anchor_));
    return std::nullopt;
  }

  // "the" + relative period, decade, "the day before yesterday", "the past"/"the future".
  std::optional<Found> AfterThe(size_t i) const {
    if (auto m = TheAnaphoric(i)) return m;
    // "for the (fiscal) year ended Sept. 30": a reporting period.
    const size_t y = Is(i + 1, "fiscal") ? i + 2 : i + 1;
    if (Is(y, "year") && (Is(y + 1, "ended") || Is(y + 1, "ending"))) {
      return Make(i, y + 1, "P1Y", "DURATION");
    }
    // "for the (fiscal) year," "of the year.": the year being reported on.
    if (Is(y, "year") && i > sb_ && (Is(i - 1, "for") || Is(i - 1, "of")) && anchored_ &&
        (!In(y + 1) || t_[y + 1].kind == TokenKind::kPunctuation)) {
      return Make(i, y + 1, YearValue(anchor_.year));
    }
    // "the first nine months", "the four days": TimeBank includes "the" (and "first").
    {
      const size_t j = Is(i + 1, "first") ? i + 2 : i + 1;
      int n = 0;
      Unit unit;
      if (CountAt(j, &n) && n > 1 && UnitAt(j + 1, n, &unit) && Kind(j + 2) != WordKind::kAgo &&
          !Is(j + 2, "earlier") && !Is(j + 2, "later")) {
        return Make(i, j + 2, DurationValue(n, unit), "DURATION");
      }
    }
    if (Is(i + 1, "week") && Is(i + 2, "of")) {
      if (auto m = WeekNumber(i + 1)) return m;
    }
    if (auto m = Relative(i + 1, true)) {
      m->begin = i;
      return m;
    }
    if (auto m = Decade(i + 1)) {
      m->begin = i;
      return m;
    }
    if (Kind(i + 1) == WordKind::kPosition || PositionPrefix(Lower(i + 1)) != 0) {
      if (auto m = Position(i + 1); m && m->value.size() == 3) {  // "the late 1980s"
        m->begin = i;
        return m;
      }
    }
    if (auto m = Quarter(i + 1)) {
      m->begin = i;
      return m;
    }
    if (Is(i + 1, "day") && (Is(i + 2, "before") || Is(i + 2, "after")) &&
        Kind(i + 3) == WordKind::kDayWord && anchored_) {
      const int off = Val(i + 3);
      if ((off == -1 && Is(i + 2, "before")) || (off == 1 && Is(i + 2, "after"))) {
        return Make(i, i + 4, DayValue(anchor_.AddDays(int64_t{2} * off)));
      }
    }
    const bool after_in = i > sb_ && Is(i - 1, "in");
    if (after_in && Is(i + 1, "past") && Kind(i + 2) != WordKind::kUnit) {
      int n = 0;
      if (!CountAt(i + 2, &n)) return Make(i, i + 2, "PAST_REF");
    }
    // "in the future", "worried about the future", but not "the future of the company".
    if (Is(i + 1, "future") && !Is(i + 2, "of")) return Make(i, i + 2, "FUTURE_REF");
    // "sales for the full year": the article's year in earnings reports.
    if (Is(i + 1, "full") && Is(i + 2, "year") && anchored_) {
      return Make(i, i + 3, YearValue(anchor_.year));
    }
    if (Kind(i + 1) == WordKind::kSeason) {
      if (auto m = SeasonYear(i + 1)) {
        m->begin = i;
        return m;
      }
      // "into the summer": the season under way or the last one (TimeBank's convention
      // for a season named without a year in news).
      // Not "the winter sale": the season must end a phrase.
      bool ends_phrase = !In(i + 2) || t_[i + 2].kind != TokenKind::kWord;
      for (std::string_view f : kFunctionWords) ends_phrase |= Is(i + 2, f);
      if (anchored_ && ends_phrase && !Is(i + 2, "of")) {
        const int season = Val(i + 1);
        const int current = anchor_.month <= 2 ? 3 : (anchor_.month - 3) / 3;
        int year = anchor_.month <= 2 ? anchor_.year - 1 : anchor_.year;
        if (season > current) year -= 1;
        return Make(i, i + 2, YearValue(year) + "-" + std::string(SeasonCode(season)));
      }
    }
    return std::nullopt;
  }

  const std::vector<TokenInfo>& t_;
  size_t sb_, se_;
  CivilDate anchor_;
  bool anchored_;
  const DateWords& words_;
  const std::string& reference_;
  const bool& reference_is_named_day_;
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

  std::string reference;  // the last calendar value mentioned
  bool reference_is_named_day = false;
  auto tag_sentence = [&](uint32_t index, size_t sb, size_t se) {
    SentenceMatcher matcher(infos, sb, se, doc.date, words_, reference, reference_is_named_day);
    for (size_t i = sb; i < se;) {
      std::optional<Found> f = matcher.MatchAt(i);
      if (!f) f = matcher.MatchWithModifier(i);
      if (!f || f->end <= i) {
        ++i;
        continue;
      }
      // "The March 23 Movement", "the April 6 Youth Movement", "the March 14 Alliance": a
      // date that opens the name of a group is no date.
      constexpr std::string_view kGroupWords[] = {"movement",  "alliance", "front",   "party",
                                                  "coalition", "group",    "brigade", "brigades",
                                                  "youth",     "bloc"};
      if (f->type == "DATE" && f->end < se && infos[f->end].capitalized &&
          std::find(std::begin(kGroupWords), std::end(kGroupWords), infos[f->end].lower) !=
              std::end(kGroupWords)) {
        i = f->end;
        continue;
      }
      if (f->type == "DATE" || f->type == "TIME") {
        CivilDate day;
        Unit granularity;
        // "the third quarter ended Sept. 30": the closing day of a quarter just named
        // leaves the quarter as what later comparisons count from.
        const bool closes_quarter =
            f->begin >= sb + 1 &&
            (infos[f->begin - 1].lower == "ended" || infos[f->begin - 1].lower == "ending") &&
            !out->empty() && out->back().token_end + 1 == f->begin && reference.size() == 7 &&
            reference[5] == 'Q';
        if (!f->anaphoric && !closes_quarter && ParseCalendarValue(f->value, &day, &granularity)) {
          reference = f->value;
          reference_is_named_day = f->named_day;
        }
      } else if (f->type == "DURATION" && (f->value == "P6M" || f->value == "P9M") &&
                 reference.size() == 7 && reference[5] == 'Q') {
        // "For the nine months, ... compared with a year earlier": after a quarterly
        // report turns to the year to date, the period compared is that year.
        reference.resize(4);
        reference_is_named_day = false;
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
