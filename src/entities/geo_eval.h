// Geocoding evaluation on GeoVirus-format gold: articles with their place mentions as
// character spans and the coordinates each one refers to.
//
// Two scores. Given the gold spans, the geocoder resolves each article's mentions
// together and a mention counts as right when the chosen place lies within 161 km
// (100 miles, the customary threshold) of the gold point, and as exact within 10 km
// (GeoVirus gives Wikipedia coordinates, not gazetteer ids). End to end, the pipeline's
// own components find and resolve the places; a found place is a true positive when its
// span overlaps an unmatched gold span and lies within 161 km of it.
//
// Thread-safety: pure functions of their arguments.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "entities/geocoder.h"
#include "pipeline/component.h"

namespace dateline::entities {

struct GeoGoldLocation {
  std::string name;
  uint32_t start = 0, end = 0;  // code points into the article text
  double lat = 0, lon = 0;
};

struct GeoGoldArticle {
  std::string text;
  std::vector<GeoGoldLocation> locations;
};

// Reads GeoVirus XML (<articles><article><text/><locations><location><name/><start/>
// <end/><lat/><lon/>...). Errors name the file and the article.
Result<std::vector<GeoGoldArticle>> ReadGeoVirus(const std::string& path);

struct GeoSpanScores {
  size_t gold = 0, resolved = 0, within_161 = 0, exact = 0;
  double total_error_km = 0;  // over resolved mentions
};
// When `misses` is given, each mention placed more than 161 km off (or not at all) is
// described there: "article 3: 'Georgia' -> Georgia (GEO, country) 9876 km off".
GeoSpanScores ScoreGivenSpans(const Geocoder& geocoder, const std::vector<GeoGoldArticle>& gold,
                              std::vector<std::string>* misses = nullptr);

struct GeoEndToEndScores {
  size_t gold = 0, predicted = 0, true_positive = 0;
  double precision() const { return predicted ? double(true_positive) / predicted : 0; }
  double recall() const { return gold ? double(true_positive) / gold : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};
// Runs `stages` (text first, then entities) on each article and scores the places found.
Result<GeoEndToEndScores> ScoreEndToEnd(const std::vector<const Component*>& stages,
                                        const std::vector<GeoGoldArticle>& gold);

}  // namespace dateline::entities
