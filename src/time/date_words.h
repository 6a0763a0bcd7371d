// DateWords: the closed-class English vocabulary that temporal expressions are built
// from — month and weekday names, counting words, calendar units, "today"/"yesterday",
// "last"/"next", parts of the day, seasons — plus the tense cues ("will", "was",
// "said") that decide which way an underspecified date points.
//
// Lookups take a token's text lower-cased (ASCII) and cost one hash probe. Words are
// stored once, in a table built by the constructor; capitalization rules (a month name
// must be capitalized, "May" needs a preposition) belong to the tagger, not here.
//
// Thread-safety: immutable after construction; Find() may be called from any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "time/normalizer.h"

namespace dateline::timex {

enum class WordKind : uint8_t {
  kNone,
  kMonth,            // value 1..12
  kWeekday,          // value 0 (Monday) .. 6 (Sunday)
  kNumber,           // "three": value 3
  kFuzzyCount,       // "several", "few", "many": an unknown count
  kArticle,          // "a", "an": a count of one in "a week ago"
  kUnit,             // "days": unit
  kDayWord,          // today / yesterday / tomorrow / tonight: value = day offset
  kPartOfDay,        // morning, afternoon, evening, night: value indexes PartOfDayCode()
  kSeason,           // spring .. winter: value indexes SeasonCode()
  kRelative,         // last/past/previous (-1), this/current (0), next/coming (+1)
  kPosition,         // early (START), mid (MID), late (END)
  kEarlierLater,     // earlier (-1), later (+1)
  kPresentRef,       // now, currently, nowadays
  kPastRef,          // recently, formerly
  kFutureRef,        // soon
  kYearPreposition,  // in, since, of, by, until, from, before, after, during, through
  kAgo,              // ago
  kThe,              // the
};

// Tense cues, looked up independently of the word's date meaning ("next" is both).
enum class TenseCue : uint8_t {
  kNone,
  kFuture,    // will, 'll, shall, next, planned, scheduled, upcoming, going ...
  kPast,      // was, were, had, did, ago, last, and irregular past forms (met, held)
  kReport,    // said, says, told, added: a reporting verb, neutral for tense
  kBe,        // is, are, am, be, been, being: makes a following -ed form passive
  kBoundary,  // a clause boundary for the cue search: quotes, ; ( )
};

struct DateWord {
  WordKind kind = WordKind::kNone;
  int value = 0;
  Unit unit = Unit::kDay;
  TenseCue tense = TenseCue::kNone;
};

// TIMEX3 suffixes for parts of the day and seasons.
std::string_view PartOfDayCode(int index);  // MO AF EV NI
std::string_view SeasonCode(int index);     // SP SU FA WI

class DateWords {
 public:
  DateWords();

  // The entry for an already lower-cased word, or nullptr.
  const DateWord* Find(std::string_view lower) const;

  // Lower-cases `word` (ASCII) into `buf` (of size `cap`) and looks it up; words longer
  // than the buffer never match.
  const DateWord* FindFolded(std::string_view word, char* buf, size_t cap) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  void Add(std::string_view word, DateWord entry);
  void AddCue(std::string_view word, TenseCue cue);

  std::unordered_map<std::string, DateWord, Hash, std::equal_to<>> words_;
};

// Parses a count written as digits ("3", "1,301"), a number word ("three", "twenty"),
// or a hyphenated compound ("twenty-four"). nullopt for anything else.
std::optional<int> ParseCount(std::string_view lower);

// Parses a day of the month: "27", "27th", "1st", "2nd", "3rd" -> 1..31.
std::optional<int> ParseDayOfMonth(std::string_view lower);

// The weekday a lower-case name names: 0 (Monday) .. 6 (Sunday); nullopt otherwise.
std::optional<int> ParseWeekday(std::string_view lower);

// Parses exactly four ASCII digits.
std::optional<int> ParseFourDigitYear(std::string_view text);

// Lower-cases ASCII letters of s into buf (size cap); returns the view, or an empty view
// if s does not fit.
std::string_view FoldAscii(std::string_view s, char* buf, size_t cap);

}  // namespace dateline::timex
