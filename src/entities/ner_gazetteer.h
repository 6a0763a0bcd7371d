// NerGazetteer: name-list features for the entity recognizer, built from the project's
// own dictionaries: the name tables (countries, capitals, cities, regions,
// organizations, demonyms), the compiled actor dictionary (people, organizations, agent
// nouns; models/actors.tsv), the list of well-known organizations
// (data/gazetteer/organizations.txt) and the compiled place gazetteer
// (models/gazetteer.bin).
//
// Two kinds of keys share one sorted table. Word keys (the hash of a lowercase word) map
// to bits saying in which kind of name the word occurs (first or later word, a person's
// first or last name, an agent noun such as "minister"). Phrase keys (a chain of the
// words' place-name keys, see place_name.h) map to the kinds of the whole names, so
// Mark() can find the longest known name at each position of a sentence. The table is
// stored in the NER model file, so a model keeps the features it was trained with.
//
// Thread-safety: immutable after construction; lookups may run on many threads.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "learn/key_index.h"

namespace dateline::entities {

enum NerGazetteerBit : uint32_t {
  // Word bits.
  kGazCountry = 1,
  kGazCapital = 2,
  kGazCity = 4,
  kGazRegion = 8,
  kGazOrganization = 16,
  kGazDemonym = 32,
  kGazLaterWord = 64,  // the word occurs as the second or later word of a name
  kGazFirstName = 128,
  kGazLastName = 256,
  kGazAgent = 512,  // an agent noun ("minister", "spokesman")
  kGazWordBits = 1023,
  // Phrase bits.
  kPhrasePerson = 1u << 10,
  kPhraseOrganization = 1u << 11,
  kPhrasePlace = 1u << 12,       // a country, region, capital or large city
  kPhraseSmallPlace = 1u << 13,  // a town or village
  kPhraseDemonym = 1u << 14,
  kPhrasePrefix = 1u << 15,  // the words begin a longer name
  kPhraseKinds =
      kPhrasePerson | kPhraseOrganization | kPhrasePlace | kPhraseSmallPlace | kPhraseDemonym,
};

// Position of a word inside the name Mark() found (bits 16..18 of a mark).
enum NerPhrasePosition : uint32_t {
  kPhraseBegin = 1u << 16,
  kPhraseInside = 2u << 16,
  kPhraseLast = 3u << 16,
  kPhraseSingle = 4u << 16,
};

class NerGazetteer {
 public:
  struct Entry {
    uint64_t key = 0;  // hash of the lowercase word, or a phrase key
    uint32_t bits = 0, pad = 0;
  };

  NerGazetteer() = default;
  // Built from the name tables in entities/name_tables.h only.
  static NerGazetteer FromNameTables();
  // The name tables plus the actor dictionary, the place gazetteer and an organization
  // list (one organization a line, names separated by "|", "#" comments); any path may
  // be empty to leave that source out. Errors name the file.
  static Result<NerGazetteer> Build(const std::string& actors_path, const std::string& places_path,
                                    const std::string& organizations_path = {});

  // Word bits of a lowercase-word hash (WordInfo::lower).
  uint32_t Bits(uint64_t lower_hash) const;
  // marks[i]: the phrase kinds and position (NerPhrasePosition) of word i within the
  // longest known name covering it, found left to right; 0 outside names.
  void Mark(std::span<const std::string_view> words, std::vector<uint32_t>* marks) const;
  bool empty() const { return entries_.empty(); }
  bool has_phrases() const { return has_phrases_; }
  size_t size() const { return entries_.size(); }

  std::string Serialize() const;
  static Result<NerGazetteer> Parse(std::string_view bytes, const std::string& context);

 private:
  void Finish();

  std::vector<Entry> entries_;  // sorted by key
  learn::KeyIndex index_;
  bool has_phrases_ = false;
};

}  // namespace dateline::entities
