// RoleNouns: English nouns that name the sector of an actor — "president" and
// "ministry" (GOV), "forces" and "troops" (MIL), "police" (COP), "civilians" (CVL),
// "blogger" (MED), "rebels" (REB) — so that "Russian President", "Azeri civilians" or
// "Armenia's defence ministry" resolve to a coded actor (RUSGOV, AZECVL, ARMMIL).
//
// Phrases are matched case-insensitively over up to three tokens, longest first
// ("foreign ministry" before "ministry", "armed forces" before "forces"). Role codes
// are those of the event data: GOV MIL REB INS OPP PTY COP JUD LEG CVL MED IGO NGO BUS.
//
// Thread-safety: immutable after construction; Match() may be called concurrently.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "doc/doc.h"

namespace dateline::entities {

class RoleNouns {
 public:
  RoleNouns();

  // The role of the longest role phrase starting at token i (within [i, end)), and its
  // end through *phrase_end; empty if none starts there.
  std::string_view Match(const Doc& doc, uint32_t i, uint32_t end, uint32_t* phrase_end) const;

  // The role of one lower-case word or phrase ("civilians" -> CVL), or empty.
  std::string_view Find(std::string_view lower_phrase) const;

  static constexpr uint32_t kMaxTokens = 3;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> roles_;
};

// "former", "ex": a word before a title that makes its holder's role an elite's (ELI),
// as the dictionaries code FORMER_PRESIDENT.
inline bool MarksFormerOffice(std::string_view lower) { return lower == "former" || lower == "ex"; }

// "central", "northern", "downtown": a word saying which part of a place is meant
// ("security forces in central Baghdad", "in northern Syria").
inline bool NamesPartOfPlace(std::string_view lower) {
  return lower == "central" || lower == "northern" || lower == "southern" || lower == "eastern" ||
         lower == "western" || lower == "downtown" || lower == "north" || lower == "south" ||
         lower == "east" || lower == "west";
}

// "hurricane", "typhoon": a word before a name that makes it a storm's ("Hurricane
// Eta" is not ETA, "Typhoon Vamco" no place).
inline bool NamesAStorm(std::string_view lower) {
  return lower == "hurricane" || lower == "typhoon" || lower == "cyclone" || lower == "storm";
}

}  // namespace dateline::entities
