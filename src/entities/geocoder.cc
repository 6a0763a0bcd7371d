#include "entities/geocoder.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <unordered_map>

#include "entities/place_name.h"

namespace dateline::entities {
namespace {

constexpr size_t kMaxCandidates = 200;
constexpr double kFocusBonus = 2.5;
constexpr double kDistantFocusBonus = 1.25;  // support from other paragraphs only
constexpr double kAdmin1Bonus = 1.5;
constexpr double kNearBonus = 1.0;
constexpr double kNearKm = 150;
constexpr double kNearRegionKm = 400;
constexpr double kFarFromRegionKm = 1000;  // a town this far from a region is not in it
constexpr double kAlternatePenalty = 1.5;
constexpr double kContainerBonus = 2.0;
constexpr double kStateOfficeBonus = 3.5;  // more than a country's lead over a state
constexpr double kSiblingBonus = 1.0;
constexpr double kWithinBonus = 4.0;  // more than a capital's lead over a town
constexpr std::string_view kAreaSuffixes[] = {" county", " parish", " province",    " district",
                                              " region", " state",  " governorate", " oblast",
                                              " city",   " valley"};

bool IsArea(GeoKind k) {
  return k == GeoKind::kCountry || k == GeoKind::kTerritory || k == GeoKind::kContinent ||
         k == GeoKind::kWater;
}

std::string_view Country3(const GeoEntry& e) {
  return e.country[0] == '\0' ? std::string_view() : std::string_view(e.country, 3);
}

// Whether the text after a mention, past its blanks, opens with one of `words` as whole
// words.
bool OpensWith(std::string_view after, std::initializer_list<std::string_view> words) {
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  for (std::string_view w : words) {
    if (after.starts_with(w) &&
        (after.size() == w.size() || !std::isalpha(static_cast<unsigned char>(after[w.size()])))) {
      return true;
    }
  }
  return false;
}

}  // namespace

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(a)));
}

double Geocoder::Prior(const GeoCandidate& c) const {
  const GeoEntry& e = g_.entry(c.entry);
  const double pop = std::log10(static_cast<double>(e.population) + 1.0);
  double p = 0;
  switch (e.kind) {
    case GeoKind::kCountry:
      p = 9.5;
      break;
    case GeoKind::kContinent:
      p = 9.3;
      break;
    case GeoKind::kTerritory:
      p = std::max(pop, 6.0) + 0.5;
      break;
    case GeoKind::kAdmin1:  // named less often than a city of the same size
      p = std::max(pop, 5.5) - 0.5;
      break;
    case GeoKind::kRegion:
      p = std::max(pop, 6.0) + 0.3;
      break;
    case GeoKind::kWater:
      p = 7.0;
      break;
    case GeoKind::kLandmark:
      p = 5.0;
      break;
    case GeoKind::kCapital:
      p = pop + 2.5;
      break;
    case GeoKind::kSeat1:
      p = pop + 0.5;
      break;
    case GeoKind::kSeat2:
      p = pop + 0.2;
      break;
    case GeoKind::kCity:
      p = pop;
      break;
  }
  if (c.alternate) p -= kAlternatePenalty;
  return p;
}

bool IsContainerContext(std::string_view before, std::string_view after, bool place_before) {
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (place_before && before.ends_with(',')) return true;
  // "in Grant County, Washington": a county the gazetteer may lack lies in a state.
  if (before.ends_with("County,") || before.ends_with("Parish,")) return true;
  return OpensWith(after, {"state", "State", "governor", "Governor", "province", "Province"});
}

bool IsStateOfficeContext(std::string_view before, std::string_view after) {
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.ends_with("state of") || before.ends_with("State of")) return true;
  return OpensWith(after,
                   {"Governor", "Lieutenant Governor", "Lt. Governor", "Senator", "State Senator",
                    "Representative", "Secretary of State", "Attorney General", "General Assembly",
                    "State House", "state legislature", "State Legislature"});
}

std::vector<int32_t> Geocoder::ResolveNames(const std::vector<std::string_view>& names) const {
  std::vector<GeoMention> m;
  m.reserve(names.size());
  for (std::string_view t : names) m.push_back({t, false, 0, false});
  return Resolve(m);
}

std::vector<int32_t> Geocoder::Resolve(const std::vector<GeoMention>& mentions) const {
  const size_t n = mentions.size();
  std::vector<std::vector<GeoCandidate>> cands(n);
  std::vector<std::vector<double>> priors(n);
  std::vector<int32_t> choice(n, -1);
  std::vector<std::string> keys(n);
  for (size_t m = 0; m < n; ++m) {
    keys[m] = PlaceKey(mentions[m].text);
    g_.Lookup(keys[m], &cands[m]);
    // "Dallas County", "Nyanza Province", "Swat Valley": an unknown area named after a
    // known place lies around it.
    for (std::string_view suffix : kAreaSuffixes) {
      if (!cands[m].empty()) break;
      if (keys[m].size() > suffix.size() && keys[m].ends_with(suffix)) {
        g_.Lookup(std::string_view(keys[m]).substr(0, keys[m].size() - suffix.size()), &cands[m]);
        for (GeoCandidate& c : cands[m]) c.alternate = true;  // a weaker match
      }
    }
    for (const GeoCandidate& c : cands[m]) {
      const GeoKind k = g_.entry(c.entry).kind;
      const bool area = k == GeoKind::kAdmin1 || k == GeoKind::kRegion || k == GeoKind::kCountry ||
                        k == GeoKind::kTerritory;
      priors[m].push_back(
          Prior(c) + (mentions[m].container && area ? kContainerBonus : 0.0) +
          (mentions[m].state_office && k == GeoKind::kAdmin1 ? kStateOfficeBonus : 0.0));
    }
    if (cands[m].size() > kMaxCandidates) {
      std::vector<size_t> order(cands[m].size());
      for (size_t k = 0; k < order.size(); ++k) order[k] = k;
      std::partial_sort(order.begin(), order.begin() + kMaxCandidates, order.end(),
                        [&](size_t a, size_t b) { return priors[m][a] > priors[m][b]; });
      std::vector<GeoCandidate> c2;
      std::vector<double> p2;
      for (size_t k = 0; k < kMaxCandidates; ++k) {
        c2.push_back(cands[m][order[k]]);
        p2.push_back(priors[m][order[k]]);
      }
      cands[m] = std::move(c2);
      priors[m] = std::move(p2);
    }
    size_t best = 0;
    for (size_t k = 1; k < cands[m].size(); ++k) {
      if (priors[m][k] > priors[m][best]) best = k;
    }
    if (!cands[m].empty()) choice[m] = static_cast<int32_t>(cands[m][best].entry);
  }
  if (n < 2) return choice;

  for (int round = 0; round < 2; ++round) {
    // Context from the current choices: countries (with how many mentions support each),
    // named first-level regions, and points.
    std::unordered_map<std::string_view, int> focus, admin1_count;
    // Per paragraph and country, how many mentions resolve there.
    std::unordered_map<uint32_t, std::unordered_map<std::string_view, int>> local_focus;
    std::vector<std::pair<std::string_view, std::string_view>> admin1s;  // country, name
    for (size_t m = 0; m < n; ++m) {
      if (choice[m] < 0) continue;
      const GeoEntry& e = g_.entry(static_cast<uint32_t>(choice[m]));
      if (!Country3(e).empty()) {
        focus[Country3(e)] += 1;
        local_focus[mentions[m].paragraph][Country3(e)] += 1;
      }
      if (e.kind == GeoKind::kAdmin1) {
        admin1s.emplace_back(Country3(e), g_.Name(choice[m]));
        admin1_count[Country3(e)] += 1;
      }
    }
    std::vector<int32_t> next = choice;
    for (size_t m = 0; m < n; ++m) {
      if (cands[m].size() < 2) continue;
      const std::vector<std::string_view> within = ContainersOf(mentions, choice, m).countries;
      const std::string_view own = choice[m] >= 0
                                       ? Country3(g_.entry(static_cast<uint32_t>(choice[m])))
                                       : std::string_view();
      const std::unordered_map<std::string_view, int>& here = local_focus[mentions[m].paragraph];
      double best_score = -1e9;
      for (size_t k = 0; k < cands[m].size(); ++k) {
        const GeoEntry& e = g_.entry(cands[m][k].entry);
        double s = priors[m][k];
        const std::string_view c = Country3(e);
        if (!c.empty()) {
          auto it = focus.find(c);
          const int support = it == focus.end() ? 0 : it->second - (c == own ? 1 : 0);
          auto lt = here.find(c);
          const int local = lt == here.end() ? 0 : lt->second - (c == own ? 1 : 0);
          if (local > 0) {
            s += kFocusBonus;
          } else if (support > 0) {
            s += kDistantFocusBonus;
          }
        }
        // "Santiago, Philippines", "Praia Grande, Santa Catarina, Brazil": the areas
        // the text names after a comma contain the place.
        if (!c.empty() && !IsArea(e.kind) &&
            std::find(within.begin(), within.end(), c) != within.end()) {
          s += kWithinBonus;
        }
        if (e.kind == GeoKind::kAdmin1) {
          // A list of states: other mentions are regions of the same country.
          auto it = admin1_count.find(c);
          const uint32_t self = static_cast<uint32_t>(choice[m]) == cands[m][k].entry ? 1 : 0;
          if (it != admin1_count.end() && it->second > static_cast<int>(self)) s += kSiblingBonus;
        }
        if (!IsArea(e.kind)) {
          const bool wide = e.kind == GeoKind::kAdmin1 || e.kind == GeoKind::kRegion;
          if (!wide) {
            const std::string_view a1 = g_.Admin1(cands[m][k].entry);
            for (const auto& [ac, an] : admin1s) {
              if (ac == c && an == a1) {
                s += kAdmin1Bonus;
                break;
              }
            }
          }
          for (size_t o = 0; o < n; ++o) {
            if (o == m || choice[o] < 0) continue;
            const GeoEntry& oe = g_.entry(static_cast<uint32_t>(choice[o]));
            if (IsArea(oe.kind) || keys[o] == keys[m]) continue;
            const bool other_wide = oe.kind == GeoKind::kAdmin1 || oe.kind == GeoKind::kRegion;
            const double limit = wide || other_wide ? kNearRegionKm : kNearKm;
            if (DistanceKm(e.lat, e.lon, oe.lat, oe.lon) < limit) {
              s += kNearBonus;
              break;
            }
          }
        }
        if (s > best_score) {
          best_score = s;
          next[m] = static_cast<int32_t>(cands[m][k].entry);
        }
      }
    }
    choice = std::move(next);
  }
  // A place the text puts in a named country or region but the gazetteer knows only
  // elsewhere is unknown, not abroad ("Praia, Brazil" is no Cape Verdean capital; "Kayna,
  // North Kivu" no German town).
  // ("Sainte-Anne, Guadeloupe, France": an area of its own country in between vouches
  // for it.)
  std::vector<int32_t> out = choice;
  for (size_t m = 0; m < n; ++m) {
    // (A country before a comma is one of a list: "Angola, Brazil and Mozambique".)
    if (choice[m] < 0 || IsArea(g_.entry(static_cast<uint32_t>(choice[m])).kind)) continue;
    const std::string_view own = Country3(g_.entry(static_cast<uint32_t>(choice[m])));
    const Containers within = ContainersOf(mentions, choice, m);
    if (!within.country_named && !within.region_named) continue;
    if (std::find(within.countries.begin(), within.countries.end(), own) !=
        within.countries.end()) {
      continue;
    }
    // A region the text names after the place rules it out only when far: its name may be
    // another country's region too, which the gazetteer lacks ("Pathankot, Punjab").
    bool could_hold = false;
    const GeoEntry& place = g_.entry(static_cast<uint32_t>(choice[m]));
    for (size_t o = m + 1; !within.country_named && o < n && mentions[o].after_previous; ++o) {
      if (choice[o] < 0) continue;
      const GeoEntry& region = g_.entry(static_cast<uint32_t>(choice[o]));
      could_hold = could_hold || region.kind != GeoKind::kAdmin1 ||
                   DistanceKm(place.lat, place.lon, region.lat, region.lon) < kFarFromRegionKm;
    }
    if (!could_hold) out[m] = kElsewhere;
  }
  return out;
}

Geocoder::Containers Geocoder::ContainersOf(const std::vector<GeoMention>& mentions,
                                            const std::vector<int32_t>& choice, size_t m) const {
  Containers out;
  for (size_t o = m + 1; o < mentions.size() && mentions[o].after_previous; ++o) {
    if (choice[o] < 0) continue;
    const GeoEntry& oe = g_.entry(static_cast<uint32_t>(choice[o]));
    if (!Country3(oe).empty()) out.countries.push_back(Country3(oe));
    if (oe.kind == GeoKind::kAdmin1 && !Country3(oe).empty()) out.region_named = true;
    if (oe.kind == GeoKind::kCountry) {  // a country contains no more
      out.country_named = true;
      break;
    }
  }
  return out;
}

PlaceRef Geocoder::ToPlaceRef(uint32_t entry) const {
  const GeoEntry& e = g_.entry(entry);
  PlaceRef p;
  p.name = std::string(g_.Name(entry));
  p.country = g_.Country(entry);
  p.admin1 = std::string(g_.Admin1(entry));
  p.id = g_.Id(entry);
  p.lat = std::round(static_cast<double>(e.lat) * 1e5) / 1e5;
  p.lon = std::round(static_cast<double>(e.lon) * 1e5) / 1e5;
  return p;
}

}  // namespace dateline::entities
