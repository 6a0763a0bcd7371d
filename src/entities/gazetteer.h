// Gazetteer: every name the entity stage knows — countries and their variants, capitals,
// cities, regions, demonyms (and their plurals), organizations — compiled from the name
// tables into one PhraseDictionary whose values index NameEntry records.
//
// When two tables give the same surface form, the first kind wins in this order:
// organizations, countries, demonyms, capitals, cities, regions ("Singapore" is the
// country, "Laos" is not a plural of "Lao"). Names listed as ambiguous are left out.
//
// Thread-safety: immutable after construction; Match() may be called concurrently.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "entities/phrase_dictionary.h"

namespace dateline::entities {

enum class NameKind : uint8_t {
  kCountry,       // "Armenia": GPE, actor ARM, place at the capital
  kCapital,       // "Ankara": GPE, place; actor TURGOV when it stands for the government
  kCity,          // "Ganja": GPE, place
  kRegion,        // "Nagorno-Karabakh": LOC, place
  kDemonym,       // "Azeri": NORP, actor AZE (+ role of a following noun)
  kPeople,        // "Russians": NORP, actor RUS
  kOrganization,  // "NATO", "the Kremlin": ORG, actor
};

struct NameEntry {
  NameKind kind = NameKind::kCountry;
  std::string name;     // canonical name of the place or organization
  std::string country;  // ISO3, or the organization's code
  std::string role;     // organizations only
  std::string label;    // GPE LOC NORP ORG
  std::optional<double> lat, lon;
  std::string authority;  // regions: actor country of their de facto authorities, if any
  // Peoples without a state: `country` is only where they mostly live (maybe empty); the
  // sentence's place says which country they belong to.
  bool stateless = false;
};

class Gazetteer {
 public:
  Gazetteer();

  // The entry of the longest name starting at token i (ending by `end`), or nullptr.
  const NameEntry* Match(const Doc& doc, uint32_t i, uint32_t end, uint32_t* match_end,
                         std::string* scratch) const;

  // The entry of a name written as one token ("Saudi", "U.S."), or nullptr.
  const NameEntry* MatchWord(std::string_view word) const;

  size_t entry_count() const { return entries_.size(); }
  size_t name_count() const { return dict_.phrase_count(); }

 private:
  void AddNames(std::string_view names, const NameEntry& entry, bool first_is_canonical);

  std::vector<NameEntry> entries_;
  PhraseDictionary dict_;
};

// The regular English plural of a demonym ("Azeri" -> "Azeris"), or empty when it has
// none ("French", "Chinese", "Swiss", "Frenchman").
std::string DemonymPlural(std::string_view demonym);

}  // namespace dateline::entities
