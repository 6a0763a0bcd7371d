#include "entities/place_linker.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/ascii.h"
#include "entities/name_tables.h"
#include "entities/place_name.h"

namespace dateline::entities {
namespace {

constexpr uint32_t kMaxRun = 4;
constexpr double kMinPriorFirstWord = 6.5;  // a city of millions, a country, a region
constexpr double kMinPrior = 4.3;           // a town of 20,000
constexpr double kMinPriorLocative = 3.0;   // a village of 1,000

constexpr std::string_view kNotPlaces[] = {
    "january",      "february", "march",     "april",         "may",       "june",
    "july",         "august",   "september", "october",       "november",  "december",
    "monday",       "tuesday",  "wednesday", "thursday",      "friday",    "saturday",
    "sunday",       "god",      "mr",        "mrs",           "ms",        "dr",
    "president",    "minister", "general",   "university",    "hospital",  "church",
    "christmas",    "easter",   "ramadan",   "internet",      "new",       "north",
    "south",        "east",     "west",      "central",       "union",     "republic",
    "state",        "city",     "national",  "international", "reuters",   "ap",
    "afp",          "cnn",      "bbc",       "said",          "says",      "victory",
    "independence", "liberty",  "justice",   "freedom",       "hope",      "mission",
    "police",       "doctors",  "president", "chairman",      "officials", "health",
    "council",      "ministry", "department"};

// Capitalized words that, after a place name, make it part of an organization's name.
constexpr std::string_view kOrganizationHeads[] = {
    "Times",      "Post",      "Tribune",    "Journal",    "Herald",  "Daily",    "Telegraph",
    "Gazette",    "Chronicle", "Globe",      "Observer",   "Star",    "Mail",     "Express",
    "University", "Stock",     "Airport",    "Marathon",   "Yankees", "Mets",     "Knicks",
    "Giants",     "Police",    "Fire",       "Symphony",   "Review",  "Magazine", "Agreement",
    "Accords",    "Protocol",  "Convention", "Declaration"};

// Capitalized words that, after a place name, make it the name of a region around it
// ("Donetsk Oblast", "Idlib Governorate", "Tigray Region"), and those that do so written
// in lower case where the gazetteer knows the whole ("the Kherson region").
constexpr std::string_view kAreaWords[] = {"Oblast",   "Province", "Governorate",
                                           "Region",   "Krai",     "Prefecture",
                                           "District", "Raion",    "Voivodeship"};
// Words that name part of an area rather than a place ("the Central District").
constexpr std::string_view kAreaQualifiers[] = {"northern",     "southern", "eastern", "western",
                                                "capital",      "federal",  "special", "autonomous",
                                                "metropolitan", "mountain", "upper",   "lower"};
constexpr std::string_view kLowerAreaWords[] = {"oblast", "province", "governorate", "region"};
constexpr std::string_view kLandmarkPrepositions[] = {"at", "outside", "near", "inside"};

constexpr std::string_view kLocatives[] = {"in", "near", "at",     "outside", "from",
                                           "to", "into", "around", "across",  "of"};

bool IsUpperStart(std::string_view t) {
  if (t.empty()) return false;
  const auto c = static_cast<unsigned char>(t[0]);
  return (c >= 'A' && c <= 'Z') || c == 0xC3 || c == 0xC5 || c == 0xC4;  // Latin capitals
}

// An Arabic article glued to a capitalized name inside a place name: "Deir al-Balah",
// "Deir el-Balah", "Ras an-Naqoura".
bool IsArticledName(std::string_view t) {
  for (std::string_view a : {"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"}) {
    if (t.size() > a.size() && t.starts_with(a) && IsUpperStart(t.substr(a.size()))) return true;
  }
  return false;
}

bool OneOf(std::string_view w, const auto& list) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// The number of sentences to walk, and the token range of sentence s (the whole document
// when it has no sentences).
size_t SentenceCount(const Doc& doc) { return doc.sentences.empty() ? 1 : doc.sentences.size(); }
std::pair<uint32_t, uint32_t> SentenceSpan(const Doc& doc, size_t s) {
  if (doc.sentences.empty()) return {0, static_cast<uint32_t>(doc.tokens.size())};
  return {doc.sentences[s].token_begin, doc.sentences[s].token_end};
}

// Adds `found` to *entities, keeping them in token order.
void AddInOrder(std::vector<Entity> found, std::vector<Entity>* entities) {
  entities->insert(entities->end(), std::make_move_iterator(found.begin()),
                   std::make_move_iterator(found.end()));
  std::stable_sort(entities->begin(), entities->end(),
                   [](const Entity& a, const Entity& b) { return a.token_begin < b.token_begin; });
}

bool IsAreaKind(GeoKind k) {
  return k == GeoKind::kRegion || k == GeoKind::kContinent || k == GeoKind::kWater ||
         k == GeoKind::kLandmark;
}

}  // namespace

void PlaceLinker::Detect(const Doc& doc, std::vector<Entity>* entities) const {
  std::vector<uint8_t> covered(doc.tokens.size(), 0);
  for (const Entity& e : *entities) {
    for (uint32_t i = e.token_begin; i < e.token_end && i < covered.size(); ++i) covered[i] = 1;
  }
  std::vector<Entity> found;
  std::vector<GeoCandidate> cands;
  for (size_t s = 0; s < SentenceCount(doc); ++s) {
    const auto [sb, se] = SentenceSpan(doc, s);
    uint32_t i = sb;
    while (i < se) {
      const bool cap =
          doc.tokens[i].kind == TokenKind::kWord && !covered[i] && IsUpperStart(doc.TokenText(i));
      if (!cap) {
        ++i;
        continue;
      }
      uint32_t e = i + 1;
      while (e < se && doc.tokens[e].kind == TokenKind::kWord && !covered[e] &&
             (IsUpperStart(doc.TokenText(e)) || IsArticledName(doc.TokenText(e)))) {
        ++e;
      }
      uint32_t begin = i;
      i = e;
      // "The Hague" is a name; "The Monster" is not a place in Münster.
      const bool the_first = doc.TokenText(begin) == "The";
      if (the_first) ++begin;
      if (begin == e) continue;
      if (e - begin > kMaxRun) continue;
      // A name glued to a table entity ("Azerbaijan Mission") is part of a longer name.
      if ((begin > sb && covered[begin - 1] && doc.tokens[begin].space_before) ||
          (e < se && covered[e])) {
        continue;
      }
      const std::string_view text = doc.SpanText(begin, e);
      const std::string lower = AsciiLower(text);
      if (e - begin == 1 && (lower.size() <= 2 || OneOf(lower, kNotPlaces))) continue;
      if (!roles_.Find(lower).empty() || IsAmbiguousPlaceName(text)) continue;
      cands.clear();
      g_.Lookup(PlaceKey(text), &cands);
      // "Belgorod Oblast": a region the gazetteer lacks, named after a place it knows (not
      // "the Central District", "Capital Region").
      if (cands.empty() && e - begin >= 2 && OneOf(doc.TokenText(e - 1), kAreaWords)) {
        const std::string_view place = doc.SpanText(begin, e - 1);
        const std::string place_lower = AsciiLower(place);
        if (!(e - 1 - begin == 1 && (place_lower.size() <= 2 || OneOf(place_lower, kNotPlaces) ||
                                     OneOf(place_lower, kAreaQualifiers))) &&
            roles_.Find(place_lower).empty()) {
          g_.Lookup(PlaceKey(place), &cands);
        }
      }
      if (cands.empty()) continue;
      double best = -1e9;
      GeoKind kind = GeoKind::kCity;
      bool from_supplement = false;
      for (const GeoCandidate& c : cands) {
        const double p = geocoder_.Prior(c);
        if (p > best) {
          best = p;
          kind = g_.entry(c.entry).kind;
          from_supplement = g_.entry(c.entry).geonames_id == 0;
        }
      }
      // Acronyms ("FAO", "ALMA") are organizations far more often than towns.
      const bool all_caps =
          std::all_of(text.begin(), text.end(), [](char c) { return c < 'a' || c > 'z'; });
      if (all_caps && !from_supplement) continue;
      const bool first = begin == sb || (begin == sb + 1 &&
                                         (the_first || doc.tokens[sb].kind != TokenKind::kWord));
      const bool locative = begin > sb && OneOf(AsciiLower(doc.TokenText(begin - 1)), kLocatives);
      const double need = first ? kMinPriorFirstWord : locative ? kMinPriorLocative : kMinPrior;
      if (best < need) continue;
      Entity ent;
      ent.token_begin = begin;
      ent.token_end = e;
      ent.sentence = static_cast<uint32_t>(s);
      ent.label = IsAreaKind(kind) ? "LOC" : "GPE";
      ent.place = PlaceRef{};
      found.push_back(std::move(ent));
    }
  }
  if (found.empty()) return;
  AddInOrder(std::move(found), entities);
}

void PlaceLinker::WidenToArea(const Doc& doc, std::vector<Entity>* entities) const {
  std::vector<GeoCandidate> cands;
  for (size_t k = 0; k < entities->size(); ++k) {
    Entity& e = (*entities)[k];
    // (Not a country's name, nor a capital's standing for its government: "U.S. District
    // Judge".)
    if (!e.place || e.actor || e.token_end >= doc.tokens.size()) continue;
    const uint32_t se =
        SentenceSpan(doc, std::min<size_t>(e.sentence, SentenceCount(doc) - 1)).second;
    if (e.token_end >= se) continue;
    if (k + 1 < entities->size() && (*entities)[k + 1].token_begin <= e.token_end) continue;
    const std::string_view next = doc.TokenText(e.token_end);
    if (!OneOf(next, kAreaWords) &&
        !(OneOf(next, kLowerAreaWords) &&
          Names(doc.SpanText(e.token_begin, e.token_end + 1), std::nullopt, &cands))) {
      continue;
    }
    ++e.token_end;
    e.label = "GPE";  // a first-level region, as "California" is
  }
}

void PlaceLinker::WidenToWater(const Doc& doc, std::vector<Entity>* entities) const {
  constexpr uint32_t kMaxWords = 5;  // "the Strait of Malacca", "South China Sea"
  std::vector<GeoCandidate> cands;
  const auto name_word = [&](uint32_t t) {
    return doc.tokens[t].kind == TokenKind::kWord && IsUpperStart(doc.TokenText(t));
  };
  const auto water = [&](uint32_t b, uint32_t e) {
    if (!name_word(e - 1)) return false;
    for (uint32_t t = b; t < e; ++t) {
      if (!name_word(t) && doc.TokenText(t) != "of") return false;
    }
    // ("Port Sudan" is a city, not Sudan.)
    const bool port = e == b + 2 && doc.TokenText(b) == "Port";
    return Names(doc.SpanText(b, e), port ? std::nullopt : std::optional(GeoKind::kWater), &cands);
  };
  std::vector<Entity> found;
  for (size_t s = 0; s < SentenceCount(doc); ++s) {
    const auto [sb, se] = SentenceSpan(doc, s);
    for (uint32_t i = sb; i < se; ++i) {
      if (!name_word(i)) continue;
      for (uint32_t e = std::min(se, i + kMaxWords); e >= i + 2; --e) {
        if (!water(i, e)) continue;
        Entity ent;
        ent.token_begin = i;
        ent.token_end = e;
        ent.sentence = static_cast<uint32_t>(s);
        ent.label = doc.TokenText(i) == "Port" ? "GPE" : "LOC";
        ent.place = PlaceRef{};
        found.push_back(std::move(ent));
        i = e - 1;
        break;
      }
    }
  }
  if (found.empty()) return;
  // The names inside them go ("China" in "the South China Sea").
  std::erase_if(*entities, [&](const Entity& x) {
    return std::any_of(found.begin(), found.end(), [&](const Entity& w) {
      return x.token_begin < w.token_end && x.token_end > w.token_begin;
    });
  });
  AddInOrder(std::move(found), entities);
}

bool PlaceLinker::Names(std::string_view name, std::optional<GeoKind> kind,
                        std::vector<GeoCandidate>* scratch) const {
  scratch->clear();
  g_.Lookup(PlaceKey(name), scratch);
  return std::any_of(scratch->begin(), scratch->end(), [&](const GeoCandidate& c) {
    return !kind || g_.entry(c.entry).kind == *kind;
  });
}

void PlaceLinker::PlaceSeatsOfPower(const Doc& doc, std::vector<Entity>* entities) const {
  std::vector<GeoCandidate> cands;
  for (Entity& e : *entities) {
    if (e.place || !e.actor || e.token_begin == 0) continue;
    uint32_t p = e.token_begin;
    if (p > 1 && AsciiLower(doc.TokenText(p - 1)) == "the") --p;
    if (!OneOf(AsciiLower(doc.TokenText(p - 1)), kLandmarkPrepositions)) continue;
    if (Names(doc.SpanText(e.token_begin, e.token_end), GeoKind::kLandmark, &cands)) {
      e.place = PlaceRef{};
    }
  }
}

bool PlaceLinker::PutInCountry(const std::vector<GeoMention>& names,
                               const std::vector<int32_t>& choice, size_t m,
                               const std::string& country) const {
  const std::vector<std::string_view> within = geocoder_.ContainersOf(names, choice, m).countries;
  return std::find(within.begin(), within.end(), country) != within.end();
}

void PlaceLinker::Link(const Doc& doc, std::vector<Entity>* entities) const {
  // "The New York Times", "Washington Post": a place name that heads an organization's
  // name is no place.
  std::erase_if(*entities, [&](const Entity& e) {
    return e.place && !e.actor && e.token_end < doc.tokens.size() &&
           OneOf(doc.TokenText(e.token_end), kOrganizationHeads);
  });
  WidenToWater(doc, entities);
  PlaceSeatsOfPower(doc, entities);
  Detect(doc, entities);
  WidenToArea(doc, entities);
  std::vector<size_t> which;
  std::vector<GeoMention> names;
  for (size_t k = 0; k < entities->size(); ++k) {
    const Entity& e = (*entities)[k];
    if (!e.place) continue;
    // "Buffalo, New York": a place right before the comma makes this one its container.
    const bool place_before =
        k > 0 && (*entities)[k - 1].place && (*entities)[k - 1].token_end + 1 == e.token_begin;
    const std::string_view body = doc.body;
    const uint32_t b = doc.tokens[e.token_begin].byte_start;
    const uint32_t en = doc.tokens[e.token_end - 1].byte_end;
    GeoMention m;
    m.text = doc.SpanText(e.token_begin, e.token_end);
    if (e.sentence < doc.sentences.size()) m.paragraph = doc.sentences[e.sentence].paragraph;
    m.state_office = IsStateOfficeContext(body.substr(b >= 16 ? b - 16 : 0, b >= 16 ? 16 : b),
                                          body.substr(en, 24));
    m.container = IsContainerContext(body.substr(b >= 8 ? b - 8 : 0, b >= 8 ? 8 : b),
                                     body.substr(en, 12), place_before);
    // ("in Tripoli, UK Foreign Secretary William Hague says", "In Riyadh, India's Prime
    // Minister": a name that opens the next clause contains nothing.)
    const std::string_view next =
        e.token_end < doc.tokens.size() ? doc.TokenText(e.token_end) : std::string_view();
    const bool opens_clause = next == "'s" || IsUpperStart(next);
    m.after_previous = place_before && doc.TokenText(e.token_begin - 1) == "," && !opens_clause;
    which.push_back(k);
    names.push_back(m);
  }
  if (names.empty()) return;
  const std::vector<int32_t> choice = geocoder_.Resolve(names);
  std::vector<GeoCandidate> cands;
  for (size_t m = 0; m < which.size(); ++m) {
    Entity& e = (*entities)[which[m]];
    int32_t pick = choice[m];
    if (pick == Geocoder::kElsewhere) {
      // ("New South Wales, Australia": no Welsh actor either.)
      if (e.actor && e.actor->country == e.place->country) e.actor.reset();
      e.place.reset();
      continue;
    }
    const std::string& table_country = e.place->country;
    const bool bare_country = e.actor && e.actor->role.empty() && e.actor->country == table_country;
    if (pick >= 0 && bare_country &&
        g_.entry(static_cast<uint32_t>(pick)).kind == GeoKind::kAdmin1) {
      // "Georgia" among Atlanta and Savannah is the state, not the country.
      e.actor.reset();
      e.label = "GPE";
    } else if (pick >= 0 && !table_country.empty() &&
               g_.Country(static_cast<uint32_t>(pick)) != table_country &&
               !PutInCountry(names, choice, m, g_.Country(static_cast<uint32_t>(pick)))) {
      // The name tables know this name as a place of another country: stay there.
      cands.clear();
      g_.Lookup(PlaceKey(names[m].text), &cands);
      pick = -1;
      double best = -1e9;
      for (const GeoCandidate& c : cands) {
        if (g_.Country(c.entry) != table_country) continue;
        if (const double p = geocoder_.Prior(c); p > best)
          best = p, pick = static_cast<int32_t>(c.entry);
      }
    }
    if (pick < 0) continue;
    e.place = geocoder_.ToPlaceRef(static_cast<uint32_t>(pick));
    // "an attack on Tripoli, Lebanon": a capital's government stands for the capital
    // only, not for a town of its name elsewhere.
    if (e.actor && !e.actor->country.empty() && e.actor->country != e.place->country &&
        PutInCountry(names, choice, m, e.place->country)) {
      e.actor.reset();
    }
  }
  // A detected name the geocoder could not place is not a place after all.
  std::erase_if(*entities, [](const Entity& e) { return e.place && e.place->name.empty(); });
}

}  // namespace dateline::entities
