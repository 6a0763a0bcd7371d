// Lexicon: the small closed word lists the tokenizer and the sentence splitter consult —
// English abbreviations written with a period, words that typically open a sentence,
// top-level domains and function words.
//
// The lists are constant sorted tables searched by binary search; every function is
// pure and safe to call from any number of threads.
#pragma once

#include <cstdint>
#include <string_view>

namespace dateline::text {

// How an abbreviation written with a final period behaves at a possible sentence end.
enum class AbbrevClass : uint8_t {
  kNone,     // not an abbreviation
  kTitle,    // precedes a name or phrase and never ends a sentence: Mr. Dr. Gen. St. vs.
  kNumeric,  // an abbreviation only before a number: No. 10, Art. 5, pp. 3
  kMonth,    // Jan. ... Dec.: never ends a sentence before a number
  kCanEnd,   // may end a sentence: etc. Inc. Ltd. Co. Corp. Jr. Calif.
};

// The class of `word` (without its period), case-sensitive: "Mr" -> kTitle.
AbbrevClass LookupAbbreviation(std::string_view word);

// True if `word` is a capitalized word that commonly opens a sentence (The, He, But,
// However, ...). Also matches the titles "Mr." "Mrs." "Ms." "Dr.".
bool IsSentenceStarter(std::string_view word);

// True if `label` (lowercase) is a top-level domain such as "com" or "uk".
bool IsTopLevelDomain(std::string_view label);

// True if `word` is a lowercase English function word (the, of, and, ...).
bool IsFunctionWord(std::string_view word);

}  // namespace dateline::text
