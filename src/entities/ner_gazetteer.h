// NerGazetteer: word-level name-list features for the entity recognizer, built from the
// project's name tables (countries, capitals, cities, regions, organizations,
// demonyms). Each lowercase word maps to a bit set saying in which kind of name it
// occurs and whether as the first or a later word. The set is stored in the NER model
// file, so a model keeps the features it was trained with.
//
// Thread-safety: immutable after construction; lookups may run on many threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dateline::entities {

enum NerGazetteerBit : uint16_t {
  kGazCountry = 1,
  kGazCapital = 2,
  kGazCity = 4,
  kGazRegion = 8,
  kGazOrganization = 16,
  kGazDemonym = 32,
  kGazLaterWord = 64,  // the word occurs as the second or later word of a name
};

class NerGazetteer {
 public:
  struct Entry {
    uint64_t key = 0;  // hash of the lowercase word
    uint32_t bits = 0, pad = 0;
  };

  NerGazetteer() = default;
  // Built from the name tables in entities/name_tables.h.
  static NerGazetteer FromNameTables();

  uint32_t Bits(uint64_t lower_hash) const;
  bool empty() const { return entries_.empty(); }

  std::string Serialize() const;
  static Result<NerGazetteer> Parse(std::string_view bytes, const std::string& context);

 private:
  std::vector<Entry> entries_;  // sorted by key
};

}  // namespace dateline::entities
