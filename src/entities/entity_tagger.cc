#include "entities/entity_tagger.h"

#include "base/ascii.h"

#include <string>
#include <string_view>

namespace dateline::entities {
namespace {

// Words before a place name that make it a location rather than a government.
constexpr std::string_view kLocative[] = {
    "in",      "to",       "from",     "at",      "near",      "into",       "outside",
    "around",  "toward",   "towards",  "across",  "via",       "through",    "inside",
    "within",  "of",       "over",     "visit",   "visited",   "visiting",   "visits",
    "reached", "entered",  "left",     "arrived", "outskirts", "throughout", "downtown",
    "central", "northern", "southern", "eastern", "western"};

enum class RoleFrom : uint8_t { kNone, kAfter, kBefore, kCoordination };

struct Found {
  uint32_t begin = 0, end = 0;
  const NameEntry* entry = nullptr;
  bool locative = false;
  bool leads = false;  // "Saudi-led": the leader of what follows, not a place
  std::string home;    // "ethnic Albanians in Serbia": the country they live in
  std::string role;
  RoleFrom role_from = RoleFrom::kNone;
};

bool EqualsFolded(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

bool IsLocativeWord(std::string_view text) {
  for (std::string_view w : kLocative) {
    if (EqualsFolded(text, w)) return true;
  }
  return false;
}

// Roles held in office, which "former" turns into an elite's.
bool HeldInOffice(std::string_view role) {
  return role == "GOV" || role == "MIL" || role == "LEG" || role == "JUD" || role == "COP";
}

bool IsWaterWord(std::string_view t) {
  return t == "Gulf" || t == "Sea" || t == "Bay" || t == "Strait" || t == "Straits";
}

bool IsCapitalWord(std::string_view t) { return !t.empty() && t[0] >= 'A' && t[0] <= 'Z'; }

// Role words that, capitalized, are as often a part of a name ("National Party").
bool IsNameModifier(std::string_view t) {
  return t == "National" || t == "People" || t == "Popular" || t == "Public" || t == "Civil";
}

bool IsPossessive(std::string_view t) { return t == "'s" || t == "\xE2\x80\x99s"; }
bool IsConjunction(std::string_view t) { return t == "and" || t == "," || t == "or"; }
bool IsThe(std::string_view t) { return t == "the" || t == "The"; }

bool TakesRole(const NameEntry& n) {
  const NameKind k = n.kind;
  // Cities and regions too: "Darfur rebels", "Kabul police", "the governor of Texas".
  return k == NameKind::kCountry || k == NameKind::kDemonym || k == NameKind::kCapital ||
         k == NameKind::kRegion || k == NameKind::kCity;
}

}  // namespace

void EntityTagger::Tag(const Doc& doc, std::vector<Entity>* out) const {
  std::string scratch;
  if (doc.sentences.empty()) {
    TagSentence(doc, 0, 0, static_cast<uint32_t>(doc.tokens.size()), &scratch, out);
    return;
  }
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    TagSentence(doc, static_cast<uint32_t>(s), doc.sentences[s].token_begin,
                doc.sentences[s].token_end, &scratch, out);
  }
}

void EntityTagger::TagSentence(const Doc& doc, uint32_t sentence, uint32_t sb, uint32_t se,
                               std::string* scratch, std::vector<Entity>* out) const {
  std::vector<Found> found;
  for (uint32_t i = sb; i < se;) {
    uint32_t e = i;
    const NameEntry* entry = gazetteer_.Match(doc, i, se, &e, scratch);
    bool leads = false;
    if (entry == nullptr) {
      // "Saudi-led coalition", "U.S.-led forces": the country leads the group named next.
      const std::string_view w = doc.TokenText(i);
      if (w.size() > 4 && EqualsFolded(w.substr(w.size() - 4), "-led")) {
        entry = gazetteer_.MatchWord(w.substr(0, w.size() - 4));
        if (entry != nullptr && entry->kind != NameKind::kCountry &&
            entry->kind != NameKind::kDemonym && entry->kind != NameKind::kOrganization) {
          entry = nullptr;
        }
        leads = entry != nullptr;
        e = i + 1;
      }
    }
    if (entry == nullptr) {
      ++i;
      continue;
    }
    Found f;
    f.begin = i;
    f.end = e;
    f.entry = entry;
    f.leads = leads;
    found.push_back(std::move(f));
    i = e;
  }
  if (found.empty()) return;

  // Is each name a location, and does a role noun attach to it?
  for (size_t k = 0; k < found.size(); ++k) {
    Found& f = found[k];
    uint32_t p = f.begin;  // token before the name, past a "the"
    if (p > sb && IsThe(doc.TokenText(p - 1))) --p;
    if (p > sb) {
      const std::string_view prev = doc.TokenText(p - 1);
      // ("according to the United States Central Command" names a source, no place.)
      if (IsLocativeWord(prev) && !(EqualsFolded(prev, "to") && p >= sb + 2 &&
                                    EqualsFolded(doc.TokenText(p - 2), "according"))) {
        f.locative = true;
      } else if (IsConjunction(prev) && k > 0 && found[k - 1].end + 1 == p) {
        f.locative = found[k - 1].locative;  // "in Yerevan and Baku"
      } else if (prev == "," && p >= sb + 2 &&
                 (EqualsFolded(doc.TokenText(p - 2), "county") ||
                  EqualsFolded(doc.TokenText(p - 2), "parish"))) {
        f.locative = true;  // "in Grant County, Washington": the state, not a government
      }
    }
    if (!TakesRole(*f.entry)) continue;
    // A role noun right after: "Azeri civilians", "Armenia's defence ministry".
    uint32_t r = f.end;
    if (f.entry->kind != NameKind::kDemonym && r < se && IsPossessive(doc.TokenText(r))) ++r;
    uint32_t phrase_end = r;
    if (r < se) {
      std::string_view role = roles_.Match(doc, r, se, &phrase_end);
      // "Sudan People's Liberation Movement": a capitalized role word owning a capitalized
      // name is part of an organization's name ("the Delhi Police's special cell" is not).
      if (!role.empty() && phrase_end + 1 < se && IsPossessive(doc.TokenText(phrase_end)) &&
          doc.TokenText(r)[0] >= 'A' && doc.TokenText(r)[0] <= 'Z' &&
          IsCapitalWord(doc.TokenText(phrase_end + 1))) {
        role = {};
      }
      // "Slovak National Party", "Afghan National Army": a capitalized role word inside a
      // longer name; the name's last word says the role, if any.
      if (!role.empty() && IsNameModifier(doc.TokenText(r)) && phrase_end < se &&
          IsCapitalWord(doc.TokenText(phrase_end))) {
        uint32_t last = phrase_end;
        while (last + 1 < se && IsCapitalWord(doc.TokenText(last + 1))) ++last;
        role = roles_.Find(AsciiLower(doc.TokenText(last)));
      }
      if (!role.empty()) {
        f.role = std::string(role);
        f.role_from = RoleFrom::kAfter;
        // "former Kyrgyz President": an office left.
        if (f.begin > sb && MarksFormerOffice(AsciiLower(doc.TokenText(f.begin - 1))) &&
            HeldInOffice(f.role)) {
          f.role = "ELI";
        }
        continue;
      }
    }
    // A role noun before: "the President of Russia", "foreign ministers of Azerbaijan";
    // for a city or region also "demonstrators in Baghdad", "police in Kabul".
    const NameKind kind = f.entry->kind;
    const bool local =
        kind == NameKind::kCity || kind == NameKind::kRegion || kind == NameKind::kCapital;
    // "security forces in central Baghdad": a word saying which part may come between.
    if (local && p > sb + 2 && NamesPartOfPlace(AsciiLower(doc.TokenText(p - 1))) &&
        doc.TokenText(p - 2) == "in") {
      --p;
    }
    if (p > sb + 1 && (doc.TokenText(p - 1) == "of" || (local && doc.TokenText(p - 1) == "in"))) {
      const uint32_t last = p - 2;  // last token of a candidate role phrase
      // ("the United Nations General Assembly in New York City": a role noun inside
      // another name is that name's.)
      const uint32_t from = k > 0 ? std::max(sb, found[k - 1].end) : sb;
      for (uint32_t len = RoleNouns::kMaxTokens; len >= 1; --len) {
        if (last + 1 < from + len) continue;
        uint32_t pe = 0;
        std::string_view role = roles_.Match(doc, last + 1 - len, last + 1, &pe);
        if (!role.empty() && pe == last + 1) {
          f.role = std::string(role);
          f.role_from = RoleFrom::kBefore;
          f.locative = false;
          break;
        }
      }
    }
  }

  // Coordinated names of the same kind share a role: the last conjunct's following
  // noun applies backwards, the first conjunct's preceding "ROLE of" applies forwards.
  size_t g = 0;
  while (g < found.size()) {
    size_t h = g;
    while (h + 1 < found.size()) {
      uint32_t gap_begin = found[h].end, gap_end = found[h + 1].begin;
      bool only_conjunctions = gap_end > gap_begin && gap_end - gap_begin <= 2;
      for (uint32_t t = gap_begin; only_conjunctions && t < gap_end; ++t) {
        const std::string_view w = doc.TokenText(t);
        only_conjunctions = IsConjunction(w) || IsThe(w);
      }
      if (!only_conjunctions) break;
      ++h;
    }
    if (h > g) {
      const Found& last = found[h];
      const Found& first = found[g];
      const Found* donor = last.role_from == RoleFrom::kAfter     ? &last
                           : first.role_from == RoleFrom::kBefore ? &first
                                                                  : nullptr;
      if (donor) {
        const std::string role = donor->role;
        const bool donor_is_demonym = donor->entry->kind == NameKind::kDemonym;
        for (size_t m = g; m <= h; ++m) {
          const NameKind kind = found[m].entry->kind;
          if (found[m].role.empty() && TakesRole(*found[m].entry) &&
              (kind == NameKind::kDemonym) == donor_is_demonym) {
            found[m].role = role;
            found[m].role_from = RoleFrom::kCoordination;
          }
        }
      }
    }
    g = h + 1;
  }

  // "ethnic Albanians in southern Serbia", "ethnic Turks ... Sweden's decision": an ethnic
  // group is civilians of the country the sentence places them in, when it names one.
  // So is a people without a state ("Kurdish forces near Kobani"); its fighters are
  // rebels of that country, not its army.
  for (Found& f : found) {
    const NameKind kind = f.entry->kind;
    const bool ethnic = f.begin > sb && EqualsFolded(doc.TokenText(f.begin - 1), "ethnic");
    if ((kind != NameKind::kDemonym && kind != NameKind::kPeople) ||
        !(ethnic || f.entry->stateless)) {
      continue;
    }
    if (ethnic && f.role.empty()) f.role = "CVL";
    if (f.entry->stateless && f.role == "MIL") f.role = "REB";
    // A people with a home keeps it ("Rohingya refugees fled to Bangladesh"); the Kurds
    // belong where the sentence says they are ("in Syria"), also as "ethnic Kurdish";
    // another ethnic group to the nearest other country named ("The leaders of Russia ...
    // as clashes between Azerbaijan and ethnic Armenian forces": Azerbaijan), a stateless
    // people to the first place named.
    if (f.entry->stateless && !f.entry->country.empty()) continue;
    const Found* home = nullptr;
    size_t home_distance = 0;
    for (const Found& other : found) {
      const NameKind k = other.entry->kind;
      if (k == NameKind::kDemonym || k == NameKind::kPeople || k == NameKind::kOrganization ||
          other.leads || other.entry->country == f.entry->country ||
          ((!ethnic || f.entry->stateless) && !other.locative)) {
        continue;
      }
      const size_t distance = other.begin > f.begin ? other.begin - f.begin : f.begin - other.begin;
      if (home == nullptr || (ethnic && !f.entry->stateless && distance < home_distance)) {
        home = &other;
        home_distance = distance;
      }
    }
    if (home == nullptr) continue;
    f.home = home->entry->authority.empty() ? home->entry->country : home->entry->authority;
    // ("Clashes between Azerbaijan and ethnic Armenian forces": an ethnic group's fighters
    // in another's country are rebels there, not its army.)
    if (ethnic && f.role == "MIL") f.role = "REB";
  }

  for (const Found& f : found) {
    const NameEntry& n = *f.entry;
    // "the Gulf of Mexico", "the Sea of Japan": a body of water named after a country.
    if (f.begin >= sb + 2 && doc.TokenText(f.begin - 1) == "of" &&
        IsWaterWord(doc.TokenText(f.begin - 2))) {
      continue;
    }
    // "Hurricane Eta", "Typhoon Haiyan": a storm's name, not a group or a place.
    if (f.begin > sb && NamesAStorm(AsciiLower(doc.TokenText(f.begin - 1)))) continue;
    // "US$10,000", "A$5": a currency, not the country.
    if (f.end < se && doc.TokenText(f.end) == "$" && !doc.tokens[f.end].space_before) continue;
    Entity ent;
    ent.token_begin = f.begin;
    ent.token_end = f.end;
    ent.sentence = sentence;
    ent.label = n.label;
    auto actor = [&](std::string role) {
      ActorRef a;
      a.country = f.home.empty() ? n.country : f.home;
      if (a.country.empty()) return;  // a people placed nowhere
      a.code = a.country + (role == "IGO" || role == "NGO" ? std::string() : role);
      a.role = std::move(role);
      ent.actor = std::move(a);
    };
    // The name's role among the de facto authorities it has (n.authority).
    auto authority_actor = [&] {
      ActorRef a;
      a.country = n.authority;
      a.role = f.role;
      a.code = std::string(n.authority) + f.role;
      ent.actor = std::move(a);
    };
    auto place = [&] {
      PlaceRef p;
      p.name = n.name;
      p.country = n.country;
      p.lat = n.lat;
      p.lon = n.lon;
      ent.place = std::move(p);
    };
    switch (n.kind) {
      case NameKind::kCountry:
        actor(f.role);
        if (!f.leads) place();
        break;
      case NameKind::kCapital:
        if (!f.role.empty()) {
          actor(f.role);
        } else if (!f.locative) {
          actor("GOV");
        }
        place();
        break;
      case NameKind::kCity:
        // "Kabul police", "Aleppo rebels": a role of the city's country; "officials in
        // Stepanakert": of the de facto authorities seated there, where it has them.
        if (!f.role.empty() && !n.authority.empty() && f.home.empty()) {
          authority_actor();
        } else if (!f.role.empty()) {
          actor(f.role);
        }
        place();
        break;
      case NameKind::kRegion:
        // "Nagorno-Karabakh Ombudsman", "Artsakh forces": a role of the region's de facto
        // authorities where it has its own.
        if (!f.role.empty() && !n.authority.empty()) {
          authority_actor();
        } else if (!f.role.empty()) {
          actor(f.role);  // "Darfur rebels": a role of the region's country
        }
        place();
        break;
      case NameKind::kDemonym:
        actor(f.role);
        break;
      case NameKind::kPeople:
        actor(f.role);
        break;
      case NameKind::kOrganization:
        actor(n.role);
        break;
    }
    out->push_back(std::move(ent));
  }
}

}  // namespace dateline::entities
