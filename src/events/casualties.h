// Casualties: the number of people killed, injured, missing or detained that a sentence
// reports next to a
// casualty word, with its qualifier — "at least 30 ... killed" is {min 30, not exact},
// "144 wounded" {144, exact}, "more than 100" {101, not exact}, "dozens" {24, not
// exact} — and the victims' role from the noun that follows the number ("civilians"
// CVL, "soldiers"/"servicemen" MIL).
//
// Thread-safety: pure function (the RoleNouns table is immutable).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "doc/doc.h"
#include "entities/role_nouns.h"
#include "events/doc_view.h"

namespace dateline::events {

struct Casualties {
  Count count;
  std::string victims;  // role code, or empty when the noun says nothing
  uint32_t number_token = 0;
  // A running total rather than one incident's count: "the death toll rose to 30", "30
  // killed so far", "bringing the total to", "since the fighting began".
  bool running_total = false;
};

// The count governing the casualty word at token `trigger` of sentence [sb, se):
// searched after it first when `after_first` ("killed 30 people"), else before it
// ("30 people were killed", "144 wounded").
std::optional<Casualties> FindCasualties(const DocView& v, const entities::RoleNouns& roles,
                                         uint32_t sb, uint32_t se, uint32_t trigger,
                                         bool after_first);

// The count a token spells, without qualifiers: digits ("1,301"), number words
// ("three", "twenty-four"), or vague quantities ("dozens" = 24, "hundreds" = 200).
std::optional<Count> ParseCasualtyNumber(std::string_view lower);

// A noun (lowercase singular) of one person that names no sector: "man", "worker",
// "volunteer".
bool IsPersonNoun(std::string_view w);

}  // namespace dateline::events
