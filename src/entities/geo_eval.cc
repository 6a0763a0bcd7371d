#include "entities/geo_eval.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

namespace dateline::entities {
namespace {

constexpr double kWithinKm = 161.0;
constexpr double kExactKm = 10.0;

// The text between <tag> and </tag> at or after *pos; advances *pos past it.
bool Element(std::string_view xml, std::string_view tag, size_t limit, size_t* pos,
             std::string_view* out) {
  std::string open, close;
  open.append("<").append(tag).append(">");
  close.append("</").append(tag).append(">");
  const size_t b = xml.find(open, *pos);
  if (b == std::string_view::npos || b >= limit) return false;
  const size_t e = xml.find(close, b + open.size());
  if (e == std::string_view::npos || e > limit) return false;
  *out = xml.substr(b + open.size(), e - b - open.size());
  *pos = e + close.size();
  return true;
}

void AppendUtf8(uint32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string Unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    const size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    const std::string_view ent = s.substr(i + 1, semi - i - 1);
    if (ent == "amp")
      out.push_back('&');
    else if (ent == "lt")
      out.push_back('<');
    else if (ent == "gt")
      out.push_back('>');
    else if (ent == "quot")
      out.push_back('"');
    else if (ent == "apos")
      out.push_back('\'');
    else if (ent.size() > 1 && ent[0] == '#') {
      uint32_t c = 0;
      const bool hex = ent[1] == 'x' || ent[1] == 'X';
      const std::string_view digits = ent.substr(hex ? 2 : 1);
      std::from_chars(digits.data(), digits.data() + digits.size(), c, hex ? 16 : 10);
      AppendUtf8(c, &out);
    } else {
      out.append(s.substr(i, semi - i + 1));
    }
    i = semi;
  }
  return out;
}

template <typename T>
bool Number(std::string_view s, T* v) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t'))
    s.remove_suffix(1);
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

Result<std::vector<GeoGoldArticle>> ReadGeoVirus(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  // Comments out: some files keep commented-out templates of locations.
  std::string xml;
  {
    const std::string raw = ss.str();
    size_t at = 0;
    while (true) {
      const size_t c = raw.find("<!--", at);
      xml.append(raw, at, c == std::string::npos ? std::string::npos : c - at);
      if (c == std::string::npos) break;
      const size_t e = raw.find("-->", c + 4);
      if (e == std::string::npos) break;
      at = e + 3;
    }
  }
  std::vector<GeoGoldArticle> out;
  size_t pos = 0;
  std::string_view body;
  while (Element(xml, "article", xml.size(), &pos, &body)) {
    const std::string where = path + ": article " + std::to_string(out.size() + 1) + ": ";
    GeoGoldArticle a;
    size_t p = 0;
    std::string_view text;
    if (!Element(body, "text", body.size(), &p, &text)) {
      return Status::InvalidInput(where + "expected a <text> element");
    }
    a.text = Unescape(text);
    std::string_view loc;
    while (Element(body, "location", body.size(), &p, &loc)) {
      GeoGoldLocation g;
      size_t q = 0;
      std::string_view name, start, end, lat, lon;
      if (!Element(loc, "name", loc.size(), &q, &name) ||
          !Element(loc, "start", loc.size(), &q, &start) ||
          !Element(loc, "end", loc.size(), &q, &end) ||
          !Element(loc, "lat", loc.size(), &q, &lat) ||
          !Element(loc, "lon", loc.size(), &q, &lon)) {
        return Status::InvalidInput(where + "a <location> lacks name, start, end, lat or lon");
      }
      g.name = Unescape(name);
      if (!Number(start, &g.start) || !Number(end, &g.end) || !Number(lat, &g.lat) ||
          !Number(lon, &g.lon) || g.end < g.start) {
        return Status::InvalidInput(where + "bad numbers in the location '" + g.name + "'");
      }
      a.locations.push_back(std::move(g));
    }
    out.push_back(std::move(a));
  }
  if (out.empty()) return Status::InvalidInput(path + ": no <article> elements");
  return out;
}

GeoSpanScores ScoreGivenSpans(const Geocoder& geocoder, const std::vector<GeoGoldArticle>& gold,
                              std::vector<std::string>* misses) {
  GeoSpanScores s;
  std::vector<GeoMention> names;
  for (const GeoGoldArticle& a : gold) {
    names.clear();
    // Byte offsets of code points, to read the text around each span.
    std::vector<uint32_t> byte_at;
    for (uint32_t i = 0; i < a.text.size(); ++i) {
      if ((static_cast<unsigned char>(a.text[i]) & 0xC0) != 0x80) byte_at.push_back(i);
    }
    byte_at.push_back(static_cast<uint32_t>(a.text.size()));
    auto byte = [&](uint32_t cp) { return byte_at[std::min<size_t>(cp, byte_at.size() - 1)]; };
    for (const GeoGoldLocation& l : a.locations) {
      bool place_before = false;
      for (const GeoGoldLocation& o : a.locations) {
        place_before = place_before || (o.end <= l.start && o.end + 3 >= l.start);
      }
      const uint32_t b = byte(l.start), e = byte(l.end);
      const std::string_view text = a.text;
      names.push_back({l.name,
                       IsContainerContext(text.substr(b >= 8 ? b - 8 : 0, b >= 8 ? 8 : b),
                                          text.substr(e, 12), place_before),
                       0,
                       IsStateOfficeContext(text.substr(b >= 16 ? b - 16 : 0, b >= 16 ? 16 : b),
                                            text.substr(e, 24))});
    }
    const std::vector<int32_t> choice = geocoder.Resolve(names);
    for (size_t k = 0; k < a.locations.size(); ++k) {
      ++s.gold;
      const std::string where =
          "article " + std::to_string(&a - gold.data() + 1) + ": '" + a.locations[k].name + "'";
      if (choice[k] < 0) {
        if (misses) misses->push_back(where + " -> no place");
        continue;
      }
      ++s.resolved;
      const uint32_t c = static_cast<uint32_t>(choice[k]);
      const GeoEntry& e = geocoder.gazetteer().entry(c);
      const double km = DistanceKm(e.lat, e.lon, a.locations[k].lat, a.locations[k].lon);
      s.total_error_km += km;
      if (km <= kWithinKm) ++s.within_161;
      if (km <= kExactKm) ++s.exact;
      if (km > kWithinKm && misses) {
        misses->push_back(where + " -> " + std::string(geocoder.gazetteer().Name(c)) + " (" +
                          geocoder.gazetteer().Country(c) + ", " +
                          std::string(GeoKindName(e.kind)) + ") " +
                          std::to_string(static_cast<int>(km)) + " km off");
      }
    }
  }
  return s;
}

Result<GeoEndToEndScores> ScoreEndToEnd(const std::vector<const Component*>& stages,
                                        const std::vector<GeoGoldArticle>& gold) {
  GeoEndToEndScores s;
  for (const GeoGoldArticle& a : gold) {
    Doc doc;
    doc.body = a.text;
    for (const Component* c : stages) {
      if (Status st = c->Process(&doc); !st.ok()) return st;
    }
    s.gold += a.locations.size();
    std::vector<bool> used(a.locations.size(), false);
    for (const Entity& e : doc.entities) {
      if (!e.place || !e.place->lat || !e.place->lon) continue;
      ++s.predicted;
      const uint32_t b = doc.tokens[e.token_begin].cp_start;
      const uint32_t en = doc.tokens[e.token_end - 1].cp_end;
      for (size_t k = 0; k < a.locations.size(); ++k) {
        const GeoGoldLocation& g = a.locations[k];
        if (used[k] || g.end <= b || g.start >= en) continue;
        if (DistanceKm(*e.place->lat, *e.place->lon, g.lat, g.lon) <= kWithinKm) {
          used[k] = true;
          ++s.true_positive;
          break;
        }
      }
    }
  }
  return s;
}

}  // namespace dateline::entities
