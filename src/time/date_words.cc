#include "time/date_words.h"

#include <array>
#include <utility>

namespace dateline::timex {
namespace {

constexpr std::array<std::string_view, 4> kPartsOfDay = {"MO", "AF", "EV", "NI"};
constexpr std::array<std::string_view, 4> kSeasons = {"SP", "SU", "FA", "WI"};

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

constexpr std::array<std::string_view, 20> kSmallNumbers = {
    "zero",     "one",     "two",     "three",     "four",     "five",    "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::pair<std::string_view, int>, 8> kTens = {{{"twenty", 20},
                                                                    {"thirty", 30},
                                                                    {"forty", 40},
                                                                    {"fifty", 50},
                                                                    {"sixty", 60},
                                                                    {"seventy", 70},
                                                                    {"eighty", 80},
                                                                    {"ninety", 90}}};

std::optional<int> NumberWord(std::string_view w) {
  for (size_t i = 0; i < kSmallNumbers.size(); ++i) {
    if (w == kSmallNumbers[i]) return static_cast<int>(i);
  }
  for (const auto& [word, value] : kTens) {
    if (w == word) return value;
  }
  if (w == "hundred") return 100;
  if (w == "dozen") return 12;
  return std::nullopt;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string_view PartOfDayCode(int index) {
  return index >= 0 && index < 4 ? kPartsOfDay[index] : std::string_view();
}

std::string_view SeasonCode(int index) {
  return index >= 0 && index < 4 ? kSeasons[index] : std::string_view();
}

std::string_view FoldAscii(std::string_view s, char* buf, size_t cap) {
  if (s.size() > cap) return {};
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return std::string_view(buf, s.size());
}

void DateWords::Add(std::string_view word, DateWord entry) {
  auto [it, inserted] = words_.try_emplace(std::string(word), entry);
  if (!inserted) {
    const TenseCue cue = it->second.tense;
    it->second = entry;
    if (entry.tense == TenseCue::kNone) it->second.tense = cue;
  }
}

void DateWords::AddCue(std::string_view word, TenseCue cue) {
  words_[std::string(word)].tense = cue;
}

DateWords::DateWords() {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr std::array<std::pair<std::string_view, int>, 13> kMonthAbbrevs = {{
      {"jan", 1},
      {"feb", 2},
      {"mar", 3},
      {"apr", 4},
      {"jun", 6},
      {"jul", 7},
      {"aug", 8},
      {"sep", 9},
      {"sept", 9},
      {"oct", 10},
      {"nov", 11},
      {"dec", 12},
      {"febr", 2},
  }};
  for (size_t i = 0; i < kMonths.size(); ++i) {
    Add(kMonths[i], {WordKind::kMonth, static_cast<int>(i) + 1, Unit::kMonth, TenseCue::kNone});
  }
  for (const auto& [abbrev, month] : kMonthAbbrevs) {
    const DateWord entry{WordKind::kMonth, month, Unit::kMonth, TenseCue::kNone};
    Add(abbrev, entry);
    Add(std::string(abbrev) + ".", entry);
  }

  for (size_t i = 0; i < kWeekdays.size(); ++i) {
    Add(kWeekdays[i], {WordKind::kWeekday, static_cast<int>(i), Unit::kDay, TenseCue::kNone});
  }

  for (size_t i = 1; i < kSmallNumbers.size(); ++i) {
    Add(kSmallNumbers[i], {WordKind::kNumber, static_cast<int>(i), Unit::kDay, TenseCue::kNone});
  }
  for (const auto& [word, value] : kTens) {
    Add(word, {WordKind::kNumber, value, Unit::kDay, TenseCue::kNone});
  }
  for (std::string_view w : {"several", "few", "many", "some", "numerous"}) {
    Add(w, {WordKind::kFuzzyCount, -1, Unit::kDay, TenseCue::kNone});
  }
  Add("a", {WordKind::kArticle, 1, Unit::kDay, TenseCue::kNone});
  Add("an", {WordKind::kArticle, 1, Unit::kDay, TenseCue::kNone});
  Add("the", {WordKind::kThe, 0, Unit::kDay, TenseCue::kNone});

  static constexpr std::array<std::pair<std::string_view, Unit>, 10> kUnits = {{
      {"minute", Unit::kMinute},
      {"hour", Unit::kHour},
      {"day", Unit::kDay},
      {"weekend", Unit::kWeekend},
      {"week", Unit::kWeek},
      {"month", Unit::kMonth},
      {"quarter", Unit::kQuarter},
      {"year", Unit::kYear},
      {"decade", Unit::kDecade},
      {"century", Unit::kCentury},
  }};
  for (const auto& [word, unit] : kUnits) {
    Add(word, {WordKind::kUnit, 1, unit, TenseCue::kNone});
    Add(std::string(word) + "s", {WordKind::kUnit, 2, unit, TenseCue::kNone});
  }
  Add("centuries", {WordKind::kUnit, 2, Unit::kCentury, TenseCue::kNone});

  Add("today", {WordKind::kDayWord, 0, Unit::kDay, TenseCue::kNone});
  Add("yesterday", {WordKind::kDayWord, -1, Unit::kDay, TenseCue::kPast});
  Add("tomorrow", {WordKind::kDayWord, 1, Unit::kDay, TenseCue::kFuture});
  Add("tonight", {WordKind::kDayWord, 0, Unit::kDay, TenseCue::kNone});

  Add("morning", {WordKind::kPartOfDay, 0, Unit::kDay, TenseCue::kNone});
  Add("afternoon", {WordKind::kPartOfDay, 1, Unit::kDay, TenseCue::kNone});
  Add("evening", {WordKind::kPartOfDay, 2, Unit::kDay, TenseCue::kNone});
  Add("night", {WordKind::kPartOfDay, 3, Unit::kDay, TenseCue::kNone});

  Add("spring", {WordKind::kSeason, 0, Unit::kYear, TenseCue::kNone});
  Add("summer", {WordKind::kSeason, 1, Unit::kYear, TenseCue::kNone});
  Add("autumn", {WordKind::kSeason, 2, Unit::kYear, TenseCue::kNone});
  Add("fall", {WordKind::kSeason, 2, Unit::kYear, TenseCue::kNone});
  Add("winter", {WordKind::kSeason, 3, Unit::kYear, TenseCue::kNone});

  Add("last", {WordKind::kRelative, -1, Unit::kDay, TenseCue::kPast});
  Add("past", {WordKind::kRelative, -1, Unit::kDay, TenseCue::kPast});
  Add("previous", {WordKind::kRelative, -1, Unit::kDay, TenseCue::kPast});
  Add("this", {WordKind::kRelative, 0, Unit::kDay, TenseCue::kNone});
  Add("current", {WordKind::kRelative, 0, Unit::kDay, TenseCue::kNone});
  Add("next", {WordKind::kRelative, 1, Unit::kDay, TenseCue::kFuture});
  Add("coming", {WordKind::kRelative, 1, Unit::kDay, TenseCue::kFuture});

  Add("early", {WordKind::kPosition, 0, Unit::kDay, TenseCue::kNone});
  Add("mid", {WordKind::kPosition, 1, Unit::kDay, TenseCue::kNone});
  Add("late", {WordKind::kPosition, 2, Unit::kDay, TenseCue::kNone});
  Add("earlier", {WordKind::kEarlierLater, -1, Unit::kDay, TenseCue::kNone});
  Add("later", {WordKind::kEarlierLater, 1, Unit::kDay, TenseCue::kNone});

  Add("now", {WordKind::kPresentRef, 0, Unit::kDay, TenseCue::kNone});
  Add("currently", {WordKind::kPresentRef, 0, Unit::kDay, TenseCue::kNone});
  Add("nowadays", {WordKind::kPresentRef, 0, Unit::kDay, TenseCue::kNone});
  Add("presently", {WordKind::kPresentRef, 0, Unit::kDay, TenseCue::kNone});
  Add("recently", {WordKind::kPastRef, 0, Unit::kDay, TenseCue::kPast});
  Add("formerly", {WordKind::kPastRef, 0, Unit::kDay, TenseCue::kPast});
  Add("soon", {WordKind::kFutureRef, 0, Unit::kDay, TenseCue::kFuture});

  for (std::string_view w : {"in", "since", "of", "by", "until", "till", "from", "before", "after",
                             "during", "through", "throughout", "to", "between", "around"}) {
    Add(w, {WordKind::kYearPreposition, 0, Unit::kDay, TenseCue::kNone});
  }
  Add("ago", {WordKind::kAgo, 0, Unit::kDay, TenseCue::kPast});

  for (std::string_view w :
       {"will", "'ll", "’ll", "shall", "planned", "plans", "plan", "planning", "scheduled",
        "upcoming", "going", "expected", "due", "intends", "would", "won't", "won’t", "arrive",
        "arrives", "set", "impending", "forthcoming", "possible", "threatens", "threaten", "vows",
        "pledges", "promises",
        // What one urges is to come ("urges the sides to hold talks on Friday").
        "urges", "urge", "urging"}) {
    AddCue(w, TenseCue::kFuture);
  }
  for (std::string_view w :
       {"was",     "were",    "had",    "did",     "met",    "held",  "took",   "gave",
        "came",    "went",    "made",   "saw",     "began",  "broke", "fell",   "fought",
        "left",    "won",     "lost",   "sent",    "spoke",  "wrote", "struck", "shot",
        "brought", "thought", "found",  "became",  "ran",    "led",   "got",    "hit",
        "knew",    "kept",    "paid",   "sought",  "stood",  "flew",  "drove",  "chose",
        "rose",    "grew",    "hid",    "lay",     "meant",  "heard", "wasn't", "weren't",
        "didn't",  "hadn't",  "wasn’t", "weren’t", "didn’t", "hadn’t"}) {
    AddCue(w, TenseCue::kPast);
  }
  for (std::string_view w :
       {"said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted",
        "notes", "reported", "reports", "announced", "claimed", "claims", "according"}) {
    AddCue(w, TenseCue::kReport);
  }
  for (std::string_view w : {"is", "are", "am", "be", "been", "being", "'s", "’s", "'re", "’re"}) {
    AddCue(w, TenseCue::kBe);
  }
  for (std::string_view w : {"\"", "“", "”", ";", "(", ")", "«", "»"}) {
    AddCue(w, TenseCue::kBoundary);
  }
}

const DateWord* DateWords::Find(std::string_view lower) const {
  auto it = words_.find(lower);
  return it == words_.end() ? nullptr : &it->second;
}

const DateWord* DateWords::FindFolded(std::string_view word, char* buf, size_t cap) const {
  const std::string_view lower = FoldAscii(word, buf, cap);
  if (lower.empty()) return nullptr;
  return Find(lower);
}

std::optional<int> ParseCount(std::string_view w) {
  if (w.empty()) return std::nullopt;
  if (IsDigit(w[0])) {
    // Digits, optionally grouped by thousands separators: 7, 144, 1,301, 12,000.
    int64_t v = 0;
    size_t group = 0;  // digits since the last separator
    bool grouped = false;
    for (char c : w) {
      if (IsDigit(c)) {
        v = v * 10 + (c - '0');
        if (v > 100000000) return std::nullopt;
        ++group;
      } else if (c == ',' && group >= 1 && (grouped ? group == 3 : group <= 3)) {
        grouped = true;
        group = 0;
      } else {
        return std::nullopt;
      }
    }
    if (grouped && group != 3) return std::nullopt;
    return static_cast<int>(v);
  }
  if (auto v = NumberWord(w)) return v;
  const size_t dash = w.find('-');
  if (dash != std::string_view::npos) {
    auto tens = NumberWord(w.substr(0, dash));
    auto ones = NumberWord(w.substr(dash + 1));
    if (tens && ones && *tens >= 20 && *tens < 100 && *tens % 10 == 0 && *ones >= 1 && *ones <= 9) {
      return *tens + *ones;
    }
  }
  return std::nullopt;
}

std::optional<int> ParseDayOfMonth(std::string_view w) {
  size_t i = 0;
  int v = 0;
  while (i < w.size() && i < 2 && IsDigit(w[i])) v = v * 10 + (w[i++] - '0');
  if (i == 0) return std::nullopt;
  const std::string_view suffix = w.substr(i);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") {
    return std::nullopt;
  }
  if (v < 1 || v > 31) return std::nullopt;
  return v;
}

std::optional<int> ParseWeekday(std::string_view lower) {
  for (size_t i = 0; i < kWeekdays.size(); ++i) {
    if (lower == kWeekdays[i]) return static_cast<int>(i);
  }
  return std::nullopt;
}

std::optional<int> ParseFourDigitYear(std::string_view t) {
  if (t.size() != 4) return std::nullopt;
  int v = 0;
  for (char c : t) {
    if (!IsDigit(c)) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace dateline::timex
