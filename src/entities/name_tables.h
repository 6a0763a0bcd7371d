// Name tables: the project's own reference data about the world's states, their
// capitals and cities, contested regions, international organizations and seats of
// government, written as plain C++ tables from general knowledge.
//
// Each record lists every surface form the matcher should know, '|'-separated, with
// the canonical form first. Country codes are ISO 3166-1 alpha-3 (XKX for Kosovo, as
// commonly used); organizations carry a three-letter code in the same field, as actor
// coding does (UNO for the United Nations). Coordinates are decimal degrees of the
// capital (countries), the city, or an approximate centre (regions).
//
// Thread-safety: the tables are constant data; the accessors may be called from any
// thread.
#pragma once

#include <span>
#include <string_view>

namespace dateline::entities {

struct CountryRecord {
  std::string_view iso3;
  std::string_view names;     // "Russia|Russian Federation"
  std::string_view capitals;  // the seat of government and its other spellings: "Kyiv|Kiev"
  double lat = 0, lon = 0;    // of the capital
  std::string_view demonyms;  // "Russian"; regular plurals are derived
};

struct PlaceRecord {
  std::string_view names;  // "Stepanakert|Khankendi"
  std::string_view iso3;   // country the place lies in; empty when disputed or several
  double lat = 0, lon = 0;
  // Regions with de facto authorities of their own: the actor code they get with a
  // government noun ("Nagorno-Karabakh Ombudsman" -> NKRGOV); empty otherwise.
  std::string_view authority = {};
};

// Organizations and seats of power used as actors: "NATO", "the Kremlin".
struct OrganizationRecord {
  std::string_view names;
  std::string_view country;  // ISO3 for a state body, the organization's code for an IGO
  std::string_view role;     // GOV MIL LEG IGO NGO ...
  std::string_view label;    // ORG
};

// Peoples without a state of their own: "Kurdish forces", "Rohingya refugees". They
// belong to the country their sentence places them in, else to `home` (empty: none).
struct PeopleRecord {
  std::string_view names;  // "Kurdish|Kurd|Kurds": adjective and nouns, plurals included
  std::string_view home;   // ISO3 of the one state most of them live in, or empty
};

// UN member states plus Kosovo, Palestine, Taiwan and the Holy See.
std::span<const CountryRecord> CountryRecords();
// Cities that are not capitals but matter in news (and in the conflicts covered).
std::span<const PlaceRecord> CityRecords();
// Regions: contested territories and provinces (Nagorno-Karabakh, Crimea, Gaza ...).
std::span<const PlaceRecord> RegionRecords();
std::span<const OrganizationRecord> OrganizationRecords();
std::span<const PeopleRecord> PeopleRecords();

// Capitals and cities whose names are also common words or names elsewhere ("Male",
// "Victoria"): kept in the tables but never matched in text.
bool IsAmbiguousPlaceName(std::string_view name);

}  // namespace dateline::entities
