#include "entities/ner_gazetteer.h"

#include <algorithm>
#include <fstream>
#include <map>

#include "entities/name_tables.h"
#include "entities/place_gazetteer.h"
#include "entities/place_name.h"
#include "learn/byte_io.h"
#include "learn/hash.h"
#include "syntax/word_features.h"

namespace dateline::entities {

namespace {

constexpr uint64_t kPhraseSeed = 0x7068726173650001ull;
constexpr size_t kMaxPhraseWords = 8;

using BitMap = std::map<uint64_t, uint32_t>;

void ForEachName(std::string_view names, const auto& fn) {
  size_t start = 0;
  while (start <= names.size()) {
    size_t bar = names.find('|', start);
    if (bar == std::string_view::npos) bar = names.size();
    if (bar > start) fn(names.substr(start, bar - start));
    start = bar + 1;
  }
}

// Word bits of every word of a name (the table form: lowercase words between spaces).
void AddWords(std::string_view name, uint32_t bit, BitMap* out) {
  const std::string lower = AsciiLower(name);
  size_t w = 0;
  int index = 0;
  while (w < lower.size()) {
    size_t sp = lower.find(' ', w);
    if (sp == std::string::npos) sp = lower.size();
    if (sp > w) {
      const std::string_view word = std::string_view(lower).substr(w, sp - w);
      if (word != "the" && word != "of" && word != "and") {
        (*out)[learn::HashString(word)] |=
            bit | (index > 0 ? static_cast<uint32_t>(kGazLaterWord) : 0u);
      }
      ++index;
    }
    w = sp + 1;
  }
}

// The phrase key of a whole name and kPhrasePrefix on the keys of its shorter beginnings.
void AddPhrase(std::string_view name, uint32_t bits, BitMap* out) {
  if (!IsLatinName(name)) return;
  const std::string key = PlaceKey(name);
  if (key.empty()) return;
  uint64_t h = kPhraseSeed;
  size_t words = 0, w = 0;
  while (w < key.size()) {
    size_t sp = key.find(' ', w);
    if (sp == std::string::npos) sp = key.size();
    if (++words > kMaxPhraseWords) return;
    h = learn::Combine(h, learn::HashString(std::string_view(key).substr(w, sp - w)));
    (*out)[h] |= sp == key.size() ? bits : kPhrasePrefix;
    w = sp + 1;
  }
}

// The words and the whole of each '|'-separated name of an organization.
void AddOrganizationNames(std::string_view names, BitMap* bits) {
  ForEachName(names, [&](std::string_view n) {
    AddWords(n, kGazOrganization, bits);
    AddPhrase(n, kPhraseOrganization, bits);
  });
}

void AddNameTables(BitMap* bits) {
  for (const CountryRecord& c : CountryRecords()) {
    ForEachName(c.names, [&](std::string_view n) {
      AddWords(n, kGazCountry, bits);
      AddPhrase(n, kPhrasePlace, bits);
    });
    ForEachName(c.capitals, [&](std::string_view n) {
      AddWords(n, kGazCapital, bits);
      AddPhrase(n, kPhrasePlace, bits);
    });
    ForEachName(c.demonyms, [&](std::string_view n) {
      AddWords(n, kGazDemonym, bits);
      AddPhrase(n, kPhraseDemonym, bits);
    });
  }
  for (const PlaceRecord& p : CityRecords()) {
    ForEachName(p.names, [&](std::string_view n) {
      AddWords(n, kGazCity, bits);
      AddPhrase(n, kPhrasePlace, bits);
    });
  }
  for (const PlaceRecord& p : RegionRecords()) {
    ForEachName(p.names, [&](std::string_view n) {
      AddWords(n, kGazRegion, bits);
      AddPhrase(n, kPhrasePlace, bits);
    });
  }
  for (const OrganizationRecord& o : OrganizationRecords()) AddOrganizationNames(o.names, bits);
}

Status AddActors(const std::string& path, BitMap* bits) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open the actor dictionary");
  std::string line;
  while (std::getline(in, line)) {
    if (line.size() < 3 || line[0] == '#' || line[1] != '\t') continue;
    const size_t tab = line.find('\t', 2);
    const std::string_view key = std::string_view(line).substr(2, tab - 2);
    if (key.empty()) continue;
    if (line[0] == 'G') {
      if (key.find(' ') == std::string_view::npos) (*bits)[learn::HashString(key)] |= kGazAgent;
      continue;
    }
    if (line[0] == 'O') {
      AddPhrase(key, kPhraseOrganization, bits);
      continue;
    }
    if (line[0] != 'P') continue;
    AddPhrase(key, kPhrasePerson, bits);
    const size_t first_end = key.find(' ');
    const size_t last_begin = key.rfind(' ');
    const std::string_view first = key.substr(0, first_end);
    const std::string_view last =
        last_begin == std::string_view::npos ? key : key.substr(last_begin + 1);
    if (first_end != std::string_view::npos && first.size() > 1) {
      (*bits)[learn::HashString(first)] |= kGazFirstName;
    }
    if (last.size() > 1) (*bits)[learn::HashString(last)] |= kGazLastName;
  }
  return Status::OK();
}

// A list of organization names: one organization a line, alternative names separated by
// "|", "#" comments.
Status AddOrganizations(const std::string& path, BitMap* bits) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open the organization list");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    AddOrganizationNames(line, bits);
  }
  return Status::OK();
}

Status AddPlaces(const std::string& path, BitMap* bits) {
  auto places = PlaceGazetteer::Load(path);
  if (!places.ok()) return places.status();
  const PlaceGazetteer& g = **places;
  for (uint32_t i = 0; i < g.size(); ++i) {
    const GeoEntry& e = g.entry(i);
    const bool major = e.kind <= GeoKind::kSeat1 || e.population >= 100000;
    AddPhrase(g.Name(i), major ? kPhrasePlace : kPhraseSmallPlace, bits);
    const std::string_view admin1 = g.Admin1(i);
    if (admin1.size() > 3) AddPhrase(admin1, kPhrasePlace, bits);
  }
  return Status::OK();
}

}  // namespace

void NerGazetteer::Finish() {
  has_phrases_ = std::any_of(entries_.begin(), entries_.end(),
                             [](const Entry& e) { return (e.bits & ~kGazWordBits) != 0; });
  index_.Build(entries_);
}

NerGazetteer NerGazetteer::FromNameTables() {
  BitMap bits;
  AddNameTables(&bits);
  NerGazetteer g;
  for (const auto& [key, b] : bits) g.entries_.push_back(Entry{key, b, 0});
  g.Finish();
  return g;
}

Result<NerGazetteer> NerGazetteer::Build(const std::string& actors_path,
                                         const std::string& places_path,
                                         const std::string& organizations_path) {
  BitMap bits;
  AddNameTables(&bits);
  if (!actors_path.empty()) {
    if (Status st = AddActors(actors_path, &bits); !st.ok()) return st;
  }
  if (!organizations_path.empty()) {
    if (Status st = AddOrganizations(organizations_path, &bits); !st.ok()) return st;
  }
  if (!places_path.empty()) {
    if (Status st = AddPlaces(places_path, &bits); !st.ok()) return st;
  }
  NerGazetteer g;
  g.entries_.reserve(bits.size());
  for (const auto& [key, b] : bits) g.entries_.push_back(Entry{key, b, 0});
  g.Finish();
  return g;
}

uint32_t NerGazetteer::Bits(uint64_t lower_hash) const {
  const Entry* e = index_.Find(entries_, lower_hash);
  return e != nullptr ? e->bits : 0;
}

void NerGazetteer::Mark(std::span<const std::string_view> words,
                        std::vector<uint32_t>* marks) const {
  const size_t n = words.size();
  marks->assign(n, 0);
  if (!has_phrases_) return;
  std::vector<uint64_t> keys(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const std::string key = PlaceKey(words[i]);
    if (!key.empty()) keys[i] = learn::HashString(key);
  }
  for (size_t i = 0; i < n;) {
    size_t end = 0;
    uint32_t kinds = 0;
    if (keys[i] != 0) {
      uint64_t h = kPhraseSeed;
      for (size_t j = i, used = 0; j < n && used < kMaxPhraseWords; ++j) {
        if (keys[j] == 0) continue;  // punctuation inside a name ("Coca - Cola")
        ++used;
        h = learn::Combine(h, keys[j]);
        const uint32_t b = Bits(h);
        if (b & kPhraseKinds) {
          end = j + 1;
          kinds = b & kPhraseKinds;
        }
        if (!(b & kPhrasePrefix)) break;
      }
    }
    if (end == 0) {
      ++i;
      continue;
    }
    for (size_t j = i; j < end; ++j) {
      const uint32_t pos = end - i == 1   ? kPhraseSingle
                           : j == i       ? kPhraseBegin
                           : j + 1 == end ? kPhraseLast
                                          : kPhraseInside;
      (*marks)[j] = kinds | pos;
    }
    i = end;
  }
}

std::string NerGazetteer::Serialize() const {
  learn::ByteWriter w;
  w.Array(entries_);
  return std::move(w.bytes());
}

Result<NerGazetteer> NerGazetteer::Parse(std::string_view bytes, const std::string& context) {
  learn::ByteReader r(bytes, context);
  NerGazetteer g;
  if (Status st = r.Array(&g.entries_); !st.ok()) return st;
  if (!r.done()) return Status::Corruption(context + ": trailing bytes in gazetteer");
  for (size_t i = 1; i < g.entries_.size(); ++i) {
    if (g.entries_[i - 1].key >= g.entries_[i].key) {
      return Status::Corruption(context + ": gazetteer not sorted");
    }
  }
  g.Finish();
  return g;
}

}  // namespace dateline::entities
