#include "entities/ner_gazetteer.h"

#include <algorithm>
#include <map>

#include "entities/name_tables.h"
#include "learn/byte_io.h"
#include "learn/hash.h"
#include "syntax/word_features.h"

namespace dateline::entities {

namespace {

void AddNames(std::string_view names, uint32_t bit, std::map<uint64_t, uint32_t>* out) {
  size_t start = 0;
  while (start <= names.size()) {
    size_t bar = names.find('|', start);
    if (bar == std::string_view::npos) bar = names.size();
    const std::string name = AsciiLower(names.substr(start, bar - start));
    size_t w = 0;
    int index = 0;
    while (w < name.size()) {
      size_t sp = name.find(' ', w);
      if (sp == std::string::npos) sp = name.size();
      if (sp > w) {
        const std::string_view word = std::string_view(name).substr(w, sp - w);
        if (word != "the" && word != "of" && word != "and") {
          (*out)[learn::HashString(word)] |= bit | (index > 0 ? kGazLaterWord : 0);
        }
        ++index;
      }
      w = sp + 1;
    }
    start = bar + 1;
  }
}

}  // namespace

NerGazetteer NerGazetteer::FromNameTables() {
  std::map<uint64_t, uint32_t> bits;
  for (const CountryRecord& c : CountryRecords()) {
    AddNames(c.names, kGazCountry, &bits);
    AddNames(c.capitals, kGazCapital, &bits);
    AddNames(c.demonyms, kGazDemonym, &bits);
  }
  for (const PlaceRecord& p : CityRecords()) AddNames(p.names, kGazCity, &bits);
  for (const PlaceRecord& p : RegionRecords()) AddNames(p.names, kGazRegion, &bits);
  for (const OrganizationRecord& o : OrganizationRecords()) {
    AddNames(o.names, kGazOrganization, &bits);
  }
  NerGazetteer g;
  for (const auto& [key, b] : bits) g.entries_.push_back(Entry{key, b, 0});
  return g;
}

uint32_t NerGazetteer::Bits(uint64_t lower_hash) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), lower_hash,
                             [](const Entry& e, uint64_t k) { return e.key < k; });
  return it != entries_.end() && it->key == lower_hash ? it->bits : 0;
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
  return g;
}

}  // namespace dateline::entities
