// PlaceLinker: the gazetteer half of the entities stage. It finds place names the name
// tables do not know (any populated place, region or landmark of the compiled
// gazetteer) and geocodes every place mention of an article, the tables' and its own,
// together (see geocoder.h), so each carries name, country, admin1, coordinates and id.
//
// A new mention is a whole run of capitalized words that is a gazetteer name ("Santa
// Ana", "Ghazanchetsots"), never part of a longer run ("Vladimir" in "Vladimir Putin"),
// not a role noun, month or weekday, and with a prior strong enough for where it
// stands: a sentence's first word must be a large place, after "in"/"near"/"at" a
// village will do. A sea, strait or gulf whose name holds a country's or a city's ("the
// South China Sea", "the Gulf of Aden"), and a port named after its country ("Port
// Sudan"), replace the mention inside them. A mention the name tables resolved keeps its
// country: the geocoder may pick another place of that name only inside the same country.
//
// Thread-safety: immutable after construction; Link() may run concurrently.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "doc/doc.h"
#include "entities/geocoder.h"
#include "entities/place_gazetteer.h"
#include "entities/role_nouns.h"

namespace dateline::entities {

class PlaceLinker {
 public:
  PlaceLinker(const PlaceGazetteer& gazetteer, const RoleNouns& roles)
      : g_(gazetteer), geocoder_(gazetteer), roles_(roles) {}

  // Adds new place entities to *entities (kept in token order) and geocodes all of them.
  void Link(const Doc& doc, std::vector<Entity>* entities) const;

 private:
  void Detect(const Doc& doc, std::vector<Entity>* entities) const;
  void WidenToWater(const Doc& doc, std::vector<Entity>* entities) const;
  // "Donetsk Oblast", "Idlib Governorate", "the Kharkiv region": a place followed by the
  // word for a region is that region (or, where the gazetteer lacks the region, a place
  // in it: the geocoder falls back to the name without the word).
  void WidenToArea(const Doc& doc, std::vector<Entity>* entities) const;
  // "gather at Downing Street", "meet at the White House": a seat of power named after a
  // place preposition is also that place.
  void PlaceSeatsOfPower(const Doc& doc, std::vector<Entity>* entities) const;
  // Does the gazetteer know `name` as a place (of `kind`, when given)?
  bool Names(std::string_view name, std::optional<GeoKind> kind,
             std::vector<GeoCandidate>* scratch) const;
  // Does an area named right after mention m, past a comma, lie in `country` as chosen
  // ("Santiago, Philippines")? See Geocoder::ContainersOf.
  bool PutInCountry(const std::vector<GeoMention>& names, const std::vector<int32_t>& choice,
                    size_t m, const std::string& country) const;

  const PlaceGazetteer& g_;
  Geocoder geocoder_;
  const RoleNouns& roles_;
};

}  // namespace dateline::entities
