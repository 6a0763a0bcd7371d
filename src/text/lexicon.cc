#include "text/lexicon.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace dateline::text {

namespace {

using Abbrev = std::pair<std::string_view, AbbrevClass>;

// Abbreviations written with a final period, case-sensitive, sorted by bytes.
constexpr Abbrev kAbbreviations[] = {
    {"Adm", AbbrevClass::kTitle},    {"Ala", AbbrevClass::kCanEnd},
    {"Amb", AbbrevClass::kTitle},    {"Approx", AbbrevClass::kTitle},
    {"Apr", AbbrevClass::kMonth},    {"Ariz", AbbrevClass::kCanEnd},
    {"Ark", AbbrevClass::kCanEnd},   {"Art", AbbrevClass::kNumeric},
    {"Assn", AbbrevClass::kCanEnd},  {"Assoc", AbbrevClass::kTitle},
    {"Asst", AbbrevClass::kTitle},   {"Atty", AbbrevClass::kTitle},
    {"Aug", AbbrevClass::kMonth},    {"Ave", AbbrevClass::kCanEnd},
    {"Blvd", AbbrevClass::kCanEnd},  {"Brig", AbbrevClass::kTitle},
    {"Bros", AbbrevClass::kCanEnd},  {"Calif", AbbrevClass::kCanEnd},
    {"Capt", AbbrevClass::kTitle},   {"Cdr", AbbrevClass::kTitle},
    {"Cf", AbbrevClass::kTitle},     {"Ch", AbbrevClass::kNumeric},
    {"Cmdr", AbbrevClass::kTitle},   {"Cmdt", AbbrevClass::kTitle},
    {"Co", AbbrevClass::kCanEnd},    {"Col", AbbrevClass::kTitle},
    {"Colo", AbbrevClass::kCanEnd},  {"Comdr", AbbrevClass::kTitle},
    {"Conn", AbbrevClass::kCanEnd},  {"Corp", AbbrevClass::kCanEnd},
    {"Cos", AbbrevClass::kCanEnd},   {"Cpl", AbbrevClass::kTitle},
    {"Cpt", AbbrevClass::kTitle},    {"Dec", AbbrevClass::kMonth},
    {"Del", AbbrevClass::kCanEnd},   {"Dept", AbbrevClass::kCanEnd},
    {"Det", AbbrevClass::kTitle},    {"Dir", AbbrevClass::kTitle},
    {"Dr", AbbrevClass::kTitle},     {"Drs", AbbrevClass::kTitle},
    {"Ens", AbbrevClass::kTitle},    {"Est", AbbrevClass::kCanEnd},
    {"Feb", AbbrevClass::kMonth},    {"Fig", AbbrevClass::kNumeric},
    {"Figs", AbbrevClass::kNumeric}, {"Fla", AbbrevClass::kCanEnd},
    {"Fr", AbbrevClass::kTitle},     {"Ft", AbbrevClass::kTitle},
    {"Ga", AbbrevClass::kCanEnd},    {"Gen", AbbrevClass::kTitle},
    {"Gens", AbbrevClass::kTitle},   {"Gov", AbbrevClass::kTitle},
    {"Govt", AbbrevClass::kCanEnd},  {"Hon", AbbrevClass::kTitle},
    {"Hwy", AbbrevClass::kCanEnd},   {"Ill", AbbrevClass::kCanEnd},
    {"Inc", AbbrevClass::kCanEnd},   {"Ind", AbbrevClass::kCanEnd},
    {"Insp", AbbrevClass::kTitle},   {"Intl", AbbrevClass::kCanEnd},
    {"Jan", AbbrevClass::kMonth},    {"Jr", AbbrevClass::kCanEnd},
    {"Jul", AbbrevClass::kMonth},    {"Jun", AbbrevClass::kMonth},
    {"Kan", AbbrevClass::kCanEnd},   {"Kans", AbbrevClass::kCanEnd},
    {"Ky", AbbrevClass::kCanEnd},    {"La", AbbrevClass::kCanEnd},
    {"Lieut", AbbrevClass::kTitle},  {"Lt", AbbrevClass::kTitle},
    {"Ltd", AbbrevClass::kCanEnd},   {"Maj", AbbrevClass::kTitle},
    {"Mar", AbbrevClass::kMonth},    {"Mass", AbbrevClass::kCanEnd},
    {"Md", AbbrevClass::kCanEnd},    {"Messrs", AbbrevClass::kTitle},
    {"Mgr", AbbrevClass::kTitle},    {"Mich", AbbrevClass::kCanEnd},
    {"Minn", AbbrevClass::kCanEnd},  {"Miss", AbbrevClass::kCanEnd},
    {"Mlle", AbbrevClass::kTitle},   {"Mme", AbbrevClass::kTitle},
    {"Mmes", AbbrevClass::kTitle},   {"Mo", AbbrevClass::kCanEnd},
    {"Mont", AbbrevClass::kCanEnd},  {"Mr", AbbrevClass::kTitle},
    {"Mrs", AbbrevClass::kTitle},    {"Ms", AbbrevClass::kTitle},
    {"Msgr", AbbrevClass::kTitle},   {"Mssrs", AbbrevClass::kTitle},
    {"Mt", AbbrevClass::kTitle},     {"Natl", AbbrevClass::kCanEnd},
    {"Neb", AbbrevClass::kCanEnd},   {"Nev", AbbrevClass::kCanEnd},
    {"No", AbbrevClass::kNumeric},   {"Nos", AbbrevClass::kNumeric},
    {"Nov", AbbrevClass::kMonth},    {"Nr", AbbrevClass::kNumeric},
    {"Oct", AbbrevClass::kMonth},    {"Okla", AbbrevClass::kCanEnd},
    {"Ore", AbbrevClass::kCanEnd},   {"Pa", AbbrevClass::kCanEnd},
    {"Para", AbbrevClass::kNumeric}, {"Pl", AbbrevClass::kCanEnd},
    {"Pres", AbbrevClass::kTitle},   {"Prof", AbbrevClass::kTitle},
    {"Profs", AbbrevClass::kTitle},  {"Pvt", AbbrevClass::kTitle},
    {"Rd", AbbrevClass::kCanEnd},    {"Rep", AbbrevClass::kTitle},
    {"Reps", AbbrevClass::kTitle},   {"Rev", AbbrevClass::kTitle},
    {"Revs", AbbrevClass::kTitle},   {"Rt", AbbrevClass::kTitle},
    {"Sec", AbbrevClass::kTitle},    {"Sect", AbbrevClass::kNumeric},
    {"Sen", AbbrevClass::kTitle},    {"Sens", AbbrevClass::kTitle},
    {"Sep", AbbrevClass::kMonth},    {"Sept", AbbrevClass::kMonth},
    {"Sgt", AbbrevClass::kTitle},    {"Spc", AbbrevClass::kTitle},
    {"Sq", AbbrevClass::kCanEnd},    {"Sr", AbbrevClass::kCanEnd},
    {"Sra", AbbrevClass::kTitle},    {"Srta", AbbrevClass::kTitle},
    {"St", AbbrevClass::kTitle},     {"Ste", AbbrevClass::kTitle},
    {"Supt", AbbrevClass::kTitle},   {"Tenn", AbbrevClass::kCanEnd},
    {"Tex", AbbrevClass::kCanEnd},   {"Univ", AbbrevClass::kCanEnd},
    {"Va", AbbrevClass::kCanEnd},    {"Vol", AbbrevClass::kNumeric},
    {"Vs", AbbrevClass::kTitle},     {"Vt", AbbrevClass::kCanEnd},
    {"Wash", AbbrevClass::kCanEnd},  {"Wis", AbbrevClass::kCanEnd},
    {"Wyo", AbbrevClass::kCanEnd},   {"al", AbbrevClass::kCanEnd},
    {"approx", AbbrevClass::kTitle}, {"c", AbbrevClass::kTitle},
    {"ca", AbbrevClass::kTitle},     {"cf", AbbrevClass::kTitle},
    {"ch", AbbrevClass::kNumeric},   {"est", AbbrevClass::kCanEnd},
    {"etc", AbbrevClass::kCanEnd},   {"fig", AbbrevClass::kNumeric},
    {"incl", AbbrevClass::kTitle},   {"no", AbbrevClass::kNumeric},
    {"nos", AbbrevClass::kNumeric},  {"nr", AbbrevClass::kNumeric},
    {"p", AbbrevClass::kNumeric},    {"para", AbbrevClass::kNumeric},
    {"pp", AbbrevClass::kNumeric},   {"v", AbbrevClass::kTitle},
    {"viz", AbbrevClass::kTitle},    {"vol", AbbrevClass::kNumeric},
    {"vs", AbbrevClass::kTitle},
};

// Capitalized words that commonly open a sentence and rarely continue a name after an
// abbreviation ("in the U.S. The next day" splits, "U.S. President" does not).
constexpr std::string_view kSentenceStarters[] = {
    "A",         "About",      "Above",        "According", "Across",     "After",
    "Afterward", "Afterwards", "Again",        "Against",   "Ahead",      "All",
    "Almost",    "Along",      "Already",      "Also",      "Although",   "Altogether",
    "Amid",      "Amidst",     "Among",        "An",        "And",        "Another",
    "Any",       "Anyone",     "Anything",     "Are",       "Around",     "As",
    "Asked",     "At",         "Authorities",  "Because",   "Before",     "Being",
    "Below",     "Besides",    "Between",      "Beyond",    "Both",       "But",
    "By",        "Can",        "Could",        "Critics",   "Currently",  "Despite",
    "Did",       "Do",         "Does",         "Dr.",       "During",     "Each",
    "Earlier",   "Either",     "Elsewhere",    "Even",      "Eventually", "Ever",
    "Every",     "Everyone",   "Experts",      "Few",       "Finally",    "Five",
    "Following", "For",        "Four",         "From",      "Further",    "Furthermore",
    "Had",       "Has",        "Have",         "He",        "Her",        "Here",
    "Hers",      "Him",        "His",          "How",       "However",    "I",
    "If",        "In",         "Indeed",       "Initially", "Instead",    "Is",
    "It",        "Its",        "Just",         "Last",      "Lately",     "Later",
    "Like",      "Many",       "Maybe",        "Meanwhile", "Moreover",   "Most",
    "Mr.",       "Mrs.",       "Ms.",          "Much",      "Must",       "My",
    "Neither",   "Never",      "Nevertheless", "Next",      "Nine",       "No",
    "Nobody",    "None",       "Nonetheless",  "Nor",       "Not",        "Nothing",
    "Now",       "Of",         "Officials",    "On",        "Once",       "One",
    "Only",      "Or",         "Other",        "Others",    "Otherwise",  "Our",
    "Over",      "Overall",    "Perhaps",      "Police",    "Previously", "Rather",
    "Recently",  "Residents",  "Separately",   "Seven",     "She",        "Should",
    "Similarly", "Since",      "Six",          "Slowly",    "So",         "Some",
    "Someone",   "Something",  "Sometimes",    "Soon",      "Still",      "Such",
    "Ten",       "That",       "The",          "Their",     "Them",       "Then",
    "There",     "Thereafter", "Therefore",    "These",     "They",       "This",
    "Those",     "Though",     "Three",        "Through",   "Throughout", "Thus",
    "To",        "Today",      "Together",     "Tomorrow",  "Tonight",    "Too",
    "Two",       "Ultimately", "Unlike",       "Until",     "Upon",       "Was",
    "We",        "Were",       "What",         "Whatever",  "When",       "Whenever",
    "Where",     "Whereas",    "Whether",      "Which",     "While",      "Who",
    "Whoever",   "Why",        "With",         "Within",    "Without",    "Witnesses",
    "Would",     "Yesterday",  "Yet",          "You",       "Your",
};

// Top-level domains recognized in bare host names (example.com, bbc.co.uk). Labels
// that are also common English words are left out.
constexpr std::string_view kTopLevelDomains[] = {
    "ae",  "af",  "ar", "at", "au",  "az",  "bd", "bg",   "biz", "br",  "ca", "ch", "cl",
    "cn",  "com", "cz", "de", "dk",  "edu", "ee", "eg",   "es",  "eu",  "fi", "fr", "ge",
    "gov", "gr",  "hk", "hr", "hu",  "ie",  "il", "info", "int", "io",  "iq", "ir", "jo",
    "jp",  "ke",  "kg", "kh", "kr",  "kz",  "lb", "lk",   "lt",  "lv",  "ly", "md", "mil",
    "mk",  "mm",  "mn", "mx", "net", "ng",  "nl", "np",   "nz",  "org", "pe", "ph", "pk",
    "pl",  "pt",  "qa", "ro", "rs",  "ru",  "sa", "sg",   "si",  "sk",  "sy", "th", "tj",
    "tr",  "tv",  "tw", "ua", "uk",  "uz",  "ve", "vn",   "za",
};

// Lowercase words after which a line break never ends a headline.
constexpr std::string_view kFunctionWords[] = {
    "a",     "about", "after",  "against", "among", "an",     "and",     "are",   "as",     "at",
    "be",    "been",  "before", "between", "but",   "by",     "can",     "could", "during", "for",
    "from",  "had",   "has",    "have",    "her",   "his",    "in",      "into",  "is",     "its",
    "may",   "might", "must",   "my",      "no",    "nor",    "not",     "of",    "on",     "onto",
    "or",    "our",   "over",   "per",     "shall", "should", "than",    "that",  "the",    "their",
    "these", "this",  "those",  "through", "to",    "under",  "via",     "was",   "were",   "which",
    "who",   "whom",  "whose",  "will",    "with",  "within", "without", "would", "your",
};

constexpr bool AbbrevLess(const Abbrev& a, const Abbrev& b) { return a.first < b.first; }

static_assert(std::is_sorted(std::begin(kAbbreviations), std::end(kAbbreviations), AbbrevLess));
static_assert(std::is_sorted(std::begin(kSentenceStarters), std::end(kSentenceStarters)));
static_assert(std::is_sorted(std::begin(kTopLevelDomains), std::end(kTopLevelDomains)));
static_assert(std::is_sorted(std::begin(kFunctionWords), std::end(kFunctionWords)));

template <size_t N>
bool Contains(const std::string_view (&list)[N], std::string_view w) {
  return std::binary_search(std::begin(list), std::end(list), w);
}

}  // namespace

AbbrevClass LookupAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 6) return AbbrevClass::kNone;
  const auto it = std::lower_bound(std::begin(kAbbreviations), std::end(kAbbreviations),
                                   Abbrev{word, AbbrevClass::kNone}, AbbrevLess);
  if (it == std::end(kAbbreviations) || it->first != word) return AbbrevClass::kNone;
  return it->second;
}

bool IsSentenceStarter(std::string_view word) { return Contains(kSentenceStarters, word); }

bool IsTopLevelDomain(std::string_view label) { return Contains(kTopLevelDomains, label); }

bool IsFunctionWord(std::string_view word) { return Contains(kFunctionWords, word); }

}  // namespace dateline::text
