// Geocoder: chooses, for each place mention of an article, the gazetteer entry it most
// likely names, and renders the choice as a PlaceRef (name, ISO3 country, admin1,
// coordinates, gazetteer id).
//
// The mentions of one article are resolved together. Each candidate starts from a
// prior — its kind (countries and continents first, then first-level regions, capitals,
// seats of government, other towns) and its population, less a little when only an
// alternate name matched — and then gains from the article's context: its country is
// the article's focus (the countries the other mentions resolve to or lie in, those of
// the same paragraph counting more), it lies in a region the article names, it is a region among
// other regions of its country (a list of states), it is an area where the text marks a container
// ("Buffalo, New York"), or it is near the other places the article names. Two rounds of choosing
// let the context settle ("Santa Ana" near "California").
//
// Thread-safety: immutable after construction; Resolve() may run concurrently.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "doc/doc.h"
#include "entities/place_gazetteer.h"

namespace dateline::entities {

// One place mention and what its surroundings say about it.
struct GeoMention {
  std::string_view text;
  // The mention names an area containing another place: "Buffalo, New York", "New York
  // state", "New York Governor" (see IsContainerContext).
  bool container = false;
  // The paragraph the mention is in: a country named in the same paragraph is stronger
  // focus than one named elsewhere (a digest of unrelated stories names the United
  // States in one paragraph and Belfast in the next).
  uint32_t paragraph = 0;
  // The mention names a federal state by one of its offices (see IsStateOfficeContext).
  bool state_office = false;
  // The mention follows the previous one after a comma ("Santiago, Philippines"), so
  // it contains that one.
  bool after_previous = false;
};

// Whether the text around a mention names an office or body of a federal state ("Georgia
// Governor Brian Kemp", "Georgia Secretary of State", "Senator ... of Georgia", "the
// U.S. state of Georgia"), which a country of the same name does not have.
bool IsStateOfficeContext(std::string_view before, std::string_view after);

// Whether the text around a mention marks it as a containing area: it follows ", " right
// after another place (`place_before`), or "state"/"governor"/"province" follows it.
bool IsContainerContext(std::string_view before, std::string_view after, bool place_before);

class Geocoder {
 public:
  explicit Geocoder(const PlaceGazetteer& gazetteer) : g_(gazetteer) {}

  // For each mention (in text order), the chosen entry, or -1 when the gazetteer knows
  // no place of that name, or kElsewhere when it knows the name only outside the country
  // the text puts it in ("Praia, Brazil").
  static constexpr int32_t kElsewhere = -2;
  std::vector<int32_t> Resolve(const std::vector<GeoMention>& mentions) const;
  // The same for bare names, without context marks.
  std::vector<int32_t> ResolveNames(const std::vector<std::string_view>& names) const;

  // The prior of one candidate, without context (higher is likelier).
  double Prior(const GeoCandidate& c) const;

  PlaceRef ToPlaceRef(uint32_t entry) const;

  const PlaceGazetteer& gazetteer() const { return g_; }

  // The areas named right after mention m, each after a comma ("Kyiv, Ukraine";
  // "Sainte-Anne, Guadeloupe, France"), as `choice` resolves them: their countries, and
  // whether the chain ends at a country (which contains no more) or names a region.
  struct Containers {
    std::vector<std::string_view> countries;
    bool country_named = false;
    bool region_named = false;  // a first-level region ("Kayna, North Kivu")
  };
  Containers ContainersOf(const std::vector<GeoMention>& mentions,
                          const std::vector<int32_t>& choice, size_t m) const;

 private:
  const PlaceGazetteer& g_;
};

// Great-circle distance in kilometres.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace dateline::entities
