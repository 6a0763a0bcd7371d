// PlaceGazetteer: the compiled gazetteer — every place the geocoder can choose, with its
// coordinates, country, first-level region, population and kind, and an index from
// place-name keys (see place_name.h) to the places that bear the name.
//
// It is loaded from the compact binary file that `dateline build-gazetteer` writes
// (models/gazetteer.bin, built from GeoNames populated places and the project's own
// supplement, see gazetteer_builder.h). The file is read into memory in one piece and
// used in place: no per-entry parsing, so loading costs about as much as reading it.
//
// File layout (little-endian):
//   header   "DLGAZ01\0", uint32 entries, keys, string bytes, reserved
//   entries  `entries` x GeoEntry (32 bytes)
//   hashes   `keys` x uint64, sorted ascending
//   values   `keys` x uint32: entry index | kAlternateBit when the name is an alternate
//   strings  NUL-terminated names, referenced by offset
//
// Thread-safety: immutable after Load(); every method may be called concurrently.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dateline::entities {

enum class GeoKind : uint8_t {
  kCountry = 0,
  kTerritory,
  kAdmin1,
  kRegion,
  kContinent,
  kWater,
  kLandmark,
  kCapital,  // GeoNames PPLC
  kSeat1,    // seat of a first-level division (PPLA)
  kSeat2,    // seat of a lower division (PPLA2..4)
  kCity,     // any other populated place
};

std::string_view GeoKindName(GeoKind k);

struct GeoEntry {
  float lat = 0, lon = 0;
  uint32_t population = 0;
  uint32_t geonames_id = 0;     // 0 for entries of the supplement
  uint32_t name = 0;            // offset of the canonical name in the string table
  uint32_t admin1 = 0;          // offset of the first-level region's name (or code)
  char country[3] = {0, 0, 0};  // ISO 3166-1 alpha-3; NULs when none
  GeoKind kind = GeoKind::kCity;
  uint32_t reserved = 0;
};
static_assert(sizeof(GeoEntry) == 32);

// One place a name may refer to.
struct GeoCandidate {
  uint32_t entry = 0;
  bool alternate = false;  // matched an alternate name, not the canonical one
};

class PlaceGazetteer {
 public:
  static constexpr uint32_t kAlternateBit = 0x80000000u;
  static constexpr char kMagic[8] = {'D', 'L', 'G', 'A', 'Z', '0', '1', '\0'};

  // Reads a compiled gazetteer; errors name the file and what was wrong with it.
  static Result<std::unique_ptr<PlaceGazetteer>> Load(const std::string& path);
  // Builds one from an in-memory image of the file (as the builder writes it).
  static Result<std::unique_ptr<PlaceGazetteer>> FromImage(std::vector<uint64_t> image,
                                                           const std::string& what);

  // Appends the places whose name has this key (PlaceKey of the text) to *out.
  void Lookup(std::string_view key, std::vector<GeoCandidate>* out) const;
  // Convenience: PlaceKey(name) then Lookup.
  std::vector<GeoCandidate> Find(std::string_view name) const;

  size_t size() const { return entry_count_; }
  size_t key_count() const { return key_count_; }
  const GeoEntry& entry(uint32_t i) const { return entries_[i]; }
  std::string_view Name(uint32_t i) const { return String(entries_[i].name); }
  std::string_view Admin1(uint32_t i) const { return String(entries_[i].admin1); }
  std::string Country(uint32_t i) const;
  // A stable id: "geonames:524901", or "dateline:AZE:ghazanchetsots-cathedral" for
  // entries of the supplement.
  std::string Id(uint32_t i) const;

 private:
  PlaceGazetteer() = default;
  std::string_view String(uint32_t offset) const;

  std::vector<uint64_t> image_;
  const GeoEntry* entries_ = nullptr;
  const uint64_t* hashes_ = nullptr;
  const uint32_t* values_ = nullptr;
  const char* strings_ = nullptr;
  uint32_t entry_count_ = 0, key_count_ = 0, string_bytes_ = 0;
};

}  // namespace dateline::entities
