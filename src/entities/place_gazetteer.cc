#include "entities/place_gazetteer.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "entities/place_name.h"

namespace dateline::entities {
namespace {

struct Header {
  char magic[8];
  uint32_t entries, keys, string_bytes, reserved;
};
static_assert(sizeof(Header) == 24);

}  // namespace

std::string_view GeoKindName(GeoKind k) {
  switch (k) {
    case GeoKind::kCountry:
      return "country";
    case GeoKind::kTerritory:
      return "territory";
    case GeoKind::kAdmin1:
      return "admin1";
    case GeoKind::kRegion:
      return "region";
    case GeoKind::kContinent:
      return "continent";
    case GeoKind::kWater:
      return "water";
    case GeoKind::kLandmark:
      return "landmark";
    case GeoKind::kCapital:
      return "capital";
    case GeoKind::kSeat1:
      return "seat1";
    case GeoKind::kSeat2:
      return "seat2";
    case GeoKind::kCity:
      return "city";
  }
  return "city";
}

Result<std::unique_ptr<PlaceGazetteer>> PlaceGazetteer::Load(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::NotFound(path + ": cannot open the gazetteer");
  std::fseek(f, 0, SEEK_END);
  const long size = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  if (size < static_cast<long>(sizeof(Header))) {
    std::fclose(f);
    return Status::Corruption(path + ": too short for a gazetteer");
  }
  std::vector<uint64_t> image((static_cast<size_t>(size) + 7) / 8);
  const size_t got = std::fread(image.data(), 1, static_cast<size_t>(size), f);
  std::fclose(f);
  if (got != static_cast<size_t>(size)) return Status::IOError(path + ": short read");
  return FromImage(std::move(image), path);
}

Result<std::unique_ptr<PlaceGazetteer>> PlaceGazetteer::FromImage(std::vector<uint64_t> image,
                                                                  const std::string& what) {
  const size_t bytes = image.size() * 8;
  if (bytes < sizeof(Header)) return Status::Corruption(what + ": too short for a gazetteer");
  Header h;
  std::memcpy(&h, image.data(), sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) {
    return Status::Corruption(what + ": not a dateline gazetteer (bad magic)");
  }
  const size_t need =
      sizeof(Header) + size_t{h.entries} * sizeof(GeoEntry) + size_t{h.keys} * 12 + h.string_bytes;
  if (need > bytes) {
    return Status::Corruption(what + ": truncated (" + std::to_string(bytes) +
                              " bytes, header needs " + std::to_string(need) + ")");
  }
  std::unique_ptr<PlaceGazetteer> g(new PlaceGazetteer());
  g->image_ = std::move(image);
  const char* base = reinterpret_cast<const char*>(g->image_.data());
  g->entry_count_ = h.entries;
  g->key_count_ = h.keys;
  g->string_bytes_ = h.string_bytes;
  g->entries_ = reinterpret_cast<const GeoEntry*>(base + sizeof(Header));
  g->hashes_ = reinterpret_cast<const uint64_t*>(base + sizeof(Header) +
                                                 size_t{h.entries} * sizeof(GeoEntry));
  g->values_ = reinterpret_cast<const uint32_t*>(g->hashes_ + h.keys);
  g->strings_ = reinterpret_cast<const char*>(g->values_ + h.keys);
  for (uint32_t k = 0; k < h.keys; ++k) {
    if ((g->values_[k] & ~kAlternateBit) >= h.entries) {
      return Status::Corruption(what + ": key " + std::to_string(k) + " points past the entries");
    }
  }
  for (uint32_t e = 0; e < h.entries; ++e) {
    if (g->entries_[e].name >= h.string_bytes || g->entries_[e].admin1 >= h.string_bytes) {
      return Status::Corruption(what + ": entry " + std::to_string(e) + " names past the strings");
    }
  }
  if (h.string_bytes == 0 || g->strings_[h.string_bytes - 1] != '\0') {
    return Status::Corruption(what + ": string table is not NUL-terminated");
  }
  return g;
}

void PlaceGazetteer::Lookup(std::string_view key, std::vector<GeoCandidate>* out) const {
  if (key.empty()) return;
  const uint64_t h = HashPlaceKey(key);
  const uint64_t* end = hashes_ + key_count_;
  for (const uint64_t* it = std::lower_bound(hashes_, end, h); it != end && *it == h; ++it) {
    const uint32_t v = values_[it - hashes_];
    out->push_back({v & ~kAlternateBit, (v & kAlternateBit) != 0});
  }
}

std::vector<GeoCandidate> PlaceGazetteer::Find(std::string_view name) const {
  std::vector<GeoCandidate> out;
  Lookup(PlaceKey(name), &out);
  return out;
}

std::string_view PlaceGazetteer::String(uint32_t offset) const {
  return offset < string_bytes_ ? std::string_view(strings_ + offset) : std::string_view();
}

std::string PlaceGazetteer::Country(uint32_t i) const {
  const char* c = entries_[i].country;
  return c[0] == '\0' ? std::string() : std::string(c, 3);
}

std::string PlaceGazetteer::Id(uint32_t i) const {
  const GeoEntry& e = entries_[i];
  if (e.geonames_id != 0) return "geonames:" + std::to_string(e.geonames_id);
  std::string id = "dateline:";
  id += Country(i).empty() ? std::string("XXX") : Country(i);
  id.push_back(':');
  for (char c : PlaceKey(Name(i))) id.push_back(c == ' ' ? '-' : c);
  return id;
}

}  // namespace dateline::entities
