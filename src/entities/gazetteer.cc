#include "entities/gazetteer.h"

#include "entities/name_tables.h"

namespace dateline::entities {
namespace {

// Calls f(part) for each '|'-separated part of s.
template <typename F>
void ForEachName(std::string_view s, F f) {
  while (!s.empty()) {
    const size_t bar = s.find('|');
    f(s.substr(0, bar));
    if (bar == std::string_view::npos) break;
    s.remove_prefix(bar + 1);
  }
}

std::string_view FirstName(std::string_view s) { return s.substr(0, s.find('|')); }

}  // namespace

std::string DemonymPlural(std::string_view d) {
  if (d.empty()) return {};
  if (d.ends_with("sh") || d.ends_with("ch") || d.ends_with("ese") || d.ends_with("s") ||
      d.ends_with("man") || d.ends_with("men") || d.ends_with("z") || d.ends_with("x")) {
    return {};
  }
  return std::string(d) + "s";
}

void Gazetteer::AddNames(std::string_view names, const NameEntry& entry, bool first_is_canonical) {
  const uint32_t index = static_cast<uint32_t>(entries_.size());
  entries_.push_back(entry);
  if (first_is_canonical && entries_.back().name.empty()) {
    entries_.back().name = std::string(FirstName(names));
  }
  ForEachName(names, [&](std::string_view name) {
    if (!IsAmbiguousPlaceName(name)) dict_.Add(name, index);
  });
}

Gazetteer::Gazetteer() {
  for (const OrganizationRecord& o : OrganizationRecords()) {
    NameEntry e;
    e.kind = NameKind::kOrganization;
    e.country = std::string(o.country);
    e.role = std::string(o.role);
    e.label = std::string(o.label);
    AddNames(o.names, e, true);
  }
  for (const CountryRecord& c : CountryRecords()) {
    NameEntry e;
    e.kind = NameKind::kCountry;
    e.country = std::string(c.iso3);
    e.label = "GPE";
    e.lat = c.lat;
    e.lon = c.lon;
    AddNames(c.names, e, true);
  }
  for (const CountryRecord& c : CountryRecords()) {
    if (c.demonyms.empty()) continue;
    NameEntry e;
    e.kind = NameKind::kDemonym;
    e.country = std::string(c.iso3);
    e.label = "NORP";
    e.name = std::string(FirstName(c.names));
    AddNames(c.demonyms, e, false);
    std::string plurals;
    ForEachName(c.demonyms, [&](std::string_view d) {
      const std::string p = DemonymPlural(d);
      if (p.empty()) return;
      if (!plurals.empty()) plurals.push_back('|');
      plurals += p;
    });
    if (!plurals.empty()) {
      e.kind = NameKind::kPeople;
      AddNames(plurals, e, false);
    }
  }
  for (const PeopleRecord& r : PeopleRecords()) {
    NameEntry e;
    e.kind = NameKind::kDemonym;  // takes the role of a following noun: "Kurdish forces"
    e.country = std::string(r.home);
    e.label = "NORP";
    e.stateless = true;
    AddNames(r.names, e, true);
  }
  for (const CountryRecord& c : CountryRecords()) {
    NameEntry e;
    e.kind = NameKind::kCapital;
    e.country = std::string(c.iso3);
    e.label = "GPE";
    e.lat = c.lat;
    e.lon = c.lon;
    AddNames(c.capitals, e, true);
  }
  for (const PlaceRecord& p : CityRecords()) {
    NameEntry e;
    e.kind = NameKind::kCity;
    e.country = std::string(p.iso3);
    e.authority = std::string(p.authority);
    e.label = "GPE";
    e.lat = p.lat;
    e.lon = p.lon;
    AddNames(p.names, e, true);
  }
  for (const PlaceRecord& p : RegionRecords()) {
    NameEntry e;
    e.kind = NameKind::kRegion;
    e.country = std::string(p.iso3);
    e.authority = std::string(p.authority);
    e.label = "LOC";
    e.lat = p.lat;
    e.lon = p.lon;
    AddNames(p.names, e, true);
  }
}

const NameEntry* Gazetteer::Match(const Doc& doc, uint32_t i, uint32_t end, uint32_t* match_end,
                                  std::string* scratch) const {
  const uint32_t v = dict_.LongestMatch(doc, i, end, match_end, scratch);
  return v == PhraseDictionary::kNoValue ? nullptr : &entries_[v];
}

const NameEntry* Gazetteer::MatchWord(std::string_view word) const {
  const uint32_t v = dict_.Find(word);
  return v == PhraseDictionary::kNoValue ? nullptr : &entries_[v];
}

}  // namespace dateline::entities
