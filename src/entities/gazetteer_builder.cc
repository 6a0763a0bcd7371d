#include "entities/gazetteer_builder.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <string_view>
#include <unordered_map>

#include "base/ascii.h"
#include "entities/place_gazetteer.h"
#include "entities/place_name.h"

namespace dateline::entities {
namespace {

struct Draft {
  GeoEntry entry;
  std::string name, admin1;
};

struct Key {
  uint64_t hash;
  uint32_t value;
  bool operator<(const Key& o) const { return hash != o.hash ? hash < o.hash : value < o.value; }
};

bool ParseDouble(std::string_view s, double* v) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool ParseU32(std::string_view s, uint32_t* v) {
  if (s.empty()) {
    *v = 0;
    return true;
  }
  uint64_t x = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), x);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return false;
  *v = static_cast<uint32_t>(std::min<uint64_t>(x, UINT32_MAX));
  return true;
}

class Builder {
 public:
  Status ReadSupplement(const std::string& path) {
    std::ifstream in(path);
    if (!in) return Status::NotFound(path + ": cannot open the gazetteer supplement");
    std::string line;
    int lineno = 0;
    while (std::getline(in, line)) {
      ++lineno;
      if (line.empty() || line[0] == '#') continue;
      const auto f = SplitOn(line, '\t');
      const std::string where = path + ":" + std::to_string(lineno) + ": ";
      if (f.size() != 7) {
        return Status::InvalidInput(where + "expected 7 tab-separated fields, found " +
                                    std::to_string(f.size()));
      }
      Draft d;
      const std::string_view kind = f[0];
      if (kind == "country")
        d.entry.kind = GeoKind::kCountry;
      else if (kind == "territory")
        d.entry.kind = GeoKind::kTerritory;
      else if (kind == "admin1")
        d.entry.kind = GeoKind::kAdmin1;
      else if (kind == "region")
        d.entry.kind = GeoKind::kRegion;
      else if (kind == "continent")
        d.entry.kind = GeoKind::kContinent;
      else if (kind == "water")
        d.entry.kind = GeoKind::kWater;
      else if (kind == "landmark")
        d.entry.kind = GeoKind::kLandmark;
      else if (kind == "city")
        d.entry.kind = GeoKind::kCity;
      else
        return Status::InvalidInput(where + "unknown kind '" + std::string(kind) + "'");
      const std::string_view iso3 = f[1], code = f[2];
      if (iso3 != "-") {
        if (iso3.size() != 3) return Status::InvalidInput(where + "expected an ISO3 code or '-'");
        std::memcpy(d.entry.country, iso3.data(), 3);
      }
      double lat = 0, lon = 0;
      if (!ParseDouble(f[3], &lat) || !ParseDouble(f[4], &lon) || lat < -90 || lat > 90 ||
          lon < -180 || lon > 180) {
        return Status::InvalidInput(where + "bad coordinates '" + std::string(f[3]) + "' '" +
                                    std::string(f[4]) + "'");
      }
      d.entry.lat = static_cast<float>(lat);
      d.entry.lon = static_cast<float>(lon);
      if (!ParseU32(f[5], &d.entry.population)) {
        return Status::InvalidInput(where + "bad population '" + std::string(f[5]) + "'");
      }
      const auto names = SplitOn(f[6], '|');
      if (names.empty() || names[0].empty()) return Status::InvalidInput(where + "no name");
      d.name = std::string(names[0]);
      if (d.entry.kind == GeoKind::kCountry || d.entry.kind == GeoKind::kTerritory) {
        if (code.size() != 2) return Status::InvalidInput(where + "expected an ISO alpha-2 code");
        iso3_of_[std::string(code)] = std::string(iso3);
      } else if (d.entry.kind == GeoKind::kAdmin1 && code != "-") {
        admin1_names_[std::string(iso3) + "." + std::string(code)] = d.name;
      }
      if (d.entry.kind == GeoKind::kAdmin1) d.admin1 = d.name;
      if (d.entry.kind == GeoKind::kCity && code != "-") d.admin1 = std::string(code);
      const uint32_t index = Add(std::move(d));
      // The supplement's alternate names are chosen by hand: all count as canonical.
      for (std::string_view n : names) AddKey(n, index, false);
      ++stats_.supplement_entries;
    }
    // City rows may name an admin1 code: resolve it now that every admin1 row is known.
    for (Draft& d : drafts_) {
      if (d.entry.kind != GeoKind::kCity || d.admin1.empty()) continue;
      auto it = admin1_names_.find(std::string(d.entry.country, 3) + "." + d.admin1);
      if (it != admin1_names_.end()) d.admin1 = it->second;
    }
    return Status::OK();
  }

  Status ReadGeoNames(const std::string& path) {
    std::ifstream in(path);
    if (!in) return Status::NotFound(path + ": cannot open the GeoNames file");
    std::string line;
    int lineno = 0;
    while (std::getline(in, line)) {
      ++lineno;
      if (line.empty() || line[0] == '#') continue;
      const auto f = SplitOn(line, '\t');
      const std::string where = path + ":" + std::to_string(lineno) + ": ";
      if (f.size() < 15) {
        return Status::InvalidInput(where + "expected at least 15 tab-separated fields, found " +
                                    std::to_string(f.size()));
      }
      Draft d;
      double lat = 0, lon = 0;
      if (!ParseU32(f[0], &d.entry.geonames_id) || !ParseDouble(f[4], &lat) ||
          !ParseDouble(f[5], &lon) || !ParseU32(f[14], &d.entry.population)) {
        return Status::InvalidInput(where + "bad id, coordinates or population");
      }
      if (f[6] != "P") continue;  // populated places only
      d.entry.lat = static_cast<float>(lat);
      d.entry.lon = static_cast<float>(lon);
      const std::string_view code = f[7];
      d.entry.kind = code == "PPLC"                               ? GeoKind::kCapital
                     : code == "PPLA"                             ? GeoKind::kSeat1
                     : code.starts_with("PPLA") || code == "PPLG" ? GeoKind::kSeat2
                                                                  : GeoKind::kCity;
      if (code == "PPLX" || code == "PPLH" || code == "PPLQ" || code == "PPLW") continue;
      auto iso = iso3_of_.find(std::string(f[8]));
      if (iso != iso3_of_.end()) std::memcpy(d.entry.country, iso->second.data(), 3);
      d.name = std::string(f[1]);
      if (!f[10].empty() && iso != iso3_of_.end()) {
        auto a = admin1_names_.find(iso->second + "." + std::string(f[10]));
        d.admin1 =
            a != admin1_names_.end() ? a->second : std::string(f[8]) + "." + std::string(f[10]);
      }
      const uint32_t index = Add(std::move(d));
      AddKey(f[1], index, false);
      AddKey(f[2], index, false);
      if (!f[3].empty()) {
        for (std::string_view alt : SplitOn(f[3], ',')) {
          if (alt.size() < 2 || alt.size() > 48 || !IsLatinName(alt)) continue;
          // Codes ("MOW", "NYC") are not names a reporter writes for a place... mostly.
          if (alt.size() <= 4 &&
              std::all_of(alt.begin(), alt.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
            continue;
          }
          AddKey(alt, index, true);
        }
      }
      ++stats_.geonames_entries;
    }
    return Status::OK();
  }

  std::vector<uint64_t> Image(GazetteerBuildStats* stats) {
    std::sort(keys_.begin(), keys_.end());
    // One key per (hash, entry); a canonical name beats an alternate one.
    std::vector<Key> keys;
    keys.reserve(keys_.size());
    for (const Key& k : keys_) {
      const uint32_t entry = k.value & ~PlaceGazetteer::kAlternateBit;
      if (!keys.empty() && keys.back().hash == k.hash &&
          (keys.back().value & ~PlaceGazetteer::kAlternateBit) == entry) {
        keys.back().value &= k.value;  // clears the alternate bit if either is canonical
        continue;
      }
      keys.push_back(k);
    }
    std::string strings(1, '\0');  // offset 0 is the empty string
    std::unordered_map<std::string, uint32_t> offsets;
    auto intern = [&](const std::string& s) -> uint32_t {
      if (s.empty()) return 0;
      auto [it, inserted] = offsets.try_emplace(s, static_cast<uint32_t>(strings.size()));
      if (inserted) {
        strings += s;
        strings.push_back('\0');
      }
      return it->second;
    };
    std::vector<GeoEntry> entries;
    entries.reserve(drafts_.size());
    for (Draft& d : drafts_) {
      d.entry.name = intern(d.name);
      d.entry.admin1 = intern(d.admin1);
      entries.push_back(d.entry);
    }
    const uint32_t header[4] = {static_cast<uint32_t>(entries.size()),
                                static_cast<uint32_t>(keys.size()),
                                static_cast<uint32_t>(strings.size()), 0};
    std::string bytes(PlaceGazetteer::kMagic, sizeof PlaceGazetteer::kMagic);
    bytes.append(reinterpret_cast<const char*>(header), sizeof header);
    bytes.append(reinterpret_cast<const char*>(entries.data()), entries.size() * sizeof(GeoEntry));
    for (const Key& k : keys) bytes.append(reinterpret_cast<const char*>(&k.hash), 8);
    for (const Key& k : keys) bytes.append(reinterpret_cast<const char*>(&k.value), 4);
    bytes += strings;
    std::vector<uint64_t> image((bytes.size() + 7) / 8, 0);
    std::memcpy(image.data(), bytes.data(), bytes.size());
    stats_.entries = static_cast<uint32_t>(entries.size());
    stats_.keys = static_cast<uint32_t>(keys.size());
    stats_.bytes = bytes.size();
    *stats = stats_;
    return image;
  }

 private:
  uint32_t Add(Draft d) {
    drafts_.push_back(std::move(d));
    return static_cast<uint32_t>(drafts_.size() - 1);
  }
  void AddKey(std::string_view name, uint32_t index, bool alternate) {
    const std::string key = PlaceKey(name);
    if (key.empty()) return;
    keys_.push_back({HashPlaceKey(key), index | (alternate ? PlaceGazetteer::kAlternateBit : 0)});
  }

  std::vector<Draft> drafts_;
  std::vector<Key> keys_;
  std::unordered_map<std::string, std::string> iso3_of_;       // "AM" -> "ARM"
  std::unordered_map<std::string, std::string> admin1_names_;  // "USA.CA" -> "California"
  GazetteerBuildStats stats_;
};

}  // namespace

Result<std::vector<uint64_t>> BuildGazetteerImage(const std::string& geonames_path,
                                                  const std::string& supplement_path,
                                                  GazetteerBuildStats* stats) {
  Builder b;
  if (Status s = b.ReadSupplement(supplement_path); !s.ok()) return s;
  if (Status s = b.ReadGeoNames(geonames_path); !s.ok()) return s;
  return b.Image(stats);
}

Result<GazetteerBuildStats> BuildGazetteer(const std::string& geonames_path,
                                           const std::string& supplement_path,
                                           const std::string& out_path) {
  GazetteerBuildStats stats;
  auto image = BuildGazetteerImage(geonames_path, supplement_path, &stats);
  if (!image.ok()) return image.status();
  const std::string tmp = out_path + ".tmp";
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) return Status::IOError(tmp + ": cannot create");
  const bool ok = std::fwrite(image->data(), 1, stats.bytes, f) == stats.bytes;
  if (std::fclose(f) != 0 || !ok) return Status::IOError(tmp + ": write failed");
  if (std::rename(tmp.c_str(), out_path.c_str()) != 0) {
    return Status::IOError(out_path + ": cannot rename " + tmp + " into place");
  }
  return stats;
}

}  // namespace dateline::entities
