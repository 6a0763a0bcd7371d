#include "entities/actor_coreference.h"
#include "base/ascii.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace dateline::entities {
namespace {

// Singular role nouns that, after "the", name one institution or office.
constexpr std::string_view kDefiniteHeads[] = {
    "president",        "prime minister",   "minister",         "ministry",
    "foreign ministry", "defence ministry", "defense ministry", "foreign minister",
    "defence minister", "defense minister", "government",       "army",
    "military",         "police",           "leader",           "spokesman",
    "spokeswoman",      "spokesperson",     "premier",          "chancellor",
    "parliament",       "administration",   "presidency",       "cabinet"};

bool IsDefiniteHead(std::string_view phrase) {
  return std::find(std::begin(kDefiniteHeads), std::end(kDefiniteHeads), phrase) !=
         std::end(kDefiniteHeads);
}

// Nouns for the bodies of people who act on the ground where a story happens: "Police
// arrest seven protesters in Minsk" are Belarus's police.
constexpr std::string_view kLocalGroups[] = {
    "police",     "policemen",     "troops",   "soldiers", "security forces", "protesters",
    "protestors", "demonstrators", "rioters",  "gunmen",   "militants",       "rebels",
    "insurgents", "riot police",   "strikers", "students", "activists",       "villagers"};

// Prepositions that place a story: "in", "at", "near".
bool IsSceneWord(std::string_view w) {
  for (std::string_view s :
       {"in", "at", "near", "outside", "inside", "across", "throughout", "around"}) {
    if (w == s) return true;
  }
  return false;
}

// Words between a scene preposition and its place: "in the capital Kabul", "in downtown
// Santiago", "in north-western Syria".
bool IsPlaceModifier(std::string_view w) {
  if (NamesPartOfPlace(w) || w.ends_with("ern")) return true;
  for (std::string_view m :
       {"the", "capital", "city", "town", "village", "province", "region", "district"}) {
    if (w == m) return true;
  }
  return false;
}

bool IsReportingWord(std::string_view w) {
  return w.starts_with("say") || w == "said" || w.starts_with("claim") || w.starts_with("report");
}

bool StartsUpper(std::string_view t) { return !t.empty() && t[0] >= 'A' && t[0] <= 'Z'; }

// The country of a domestic armed group or opposition that a role noun spanning
// [begin, end) is paired with by "and" ("the government and the Taliban", "the Taliban
// and the government"), or "".
std::string PartnersCountry(const Doc& doc, uint32_t begin, uint32_t end,
                            const std::vector<Entity>& entities,
                            const std::vector<int32_t>& entity_at) {
  const auto domestic = [&](size_t t) -> std::string {
    if (t >= entity_at.size() || entity_at[t] < 0) return "";
    const Entity& e = entities[static_cast<size_t>(entity_at[t])];
    if (!e.actor || e.actor->country.empty()) return "";
    const std::string& r = e.actor->role;
    return r == "REB" || r == "INS" || r == "OPP" ? e.actor->country : "";
  };
  const size_t n = doc.tokens.size();
  if (end + 1 < n && AsciiLower(doc.TokenText(end)) == "and") {
    const size_t t = AsciiLower(doc.TokenText(end + 1)) == "the" ? end + 2 : end + 1;
    if (std::string c = domestic(t); !c.empty()) return c;
  }
  // "the Taliban and the government": begin is the role noun, begin - 1 "the".
  if (begin >= 3 && AsciiLower(doc.TokenText(begin - 2)) == "and") {
    return domestic(begin - 3);
  }
  return "";
}

// Nouns for a group's buildings, posts and vehicles: "a police check", "near a police
// station" name a place or thing, not the group.
bool IsGroupsThing(std::string_view w) {
  for (std::string_view m :
       {"station", "stations", "headquarters", "check",    "checks",   "checkpoint", "checkpoints",
        "post",    "posts",    "vehicle",      "vehicles", "car",      "cars",       "van",
        "vans",    "truck",    "trucks",       "building", "barracks", "base",       "bases",
        "academy", "compound", "camp",         "camps"}) {
    if (w == m) return true;
  }
  return false;
}

bool IsLocalGroup(std::string_view phrase) {
  return std::find(std::begin(kLocalGroups), std::end(kLocalGroups), phrase) !=
         std::end(kLocalGroups);
}

uint32_t SentenceOf(const Doc& doc, uint32_t token) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), token,
                             [](uint32_t t, const Sentence& s) { return t < s.token_end; });
  return it == doc.sentences.end() ? 0 : static_cast<uint32_t>(it - doc.sentences.begin());
}

}  // namespace

bool ActorCoreference::LocalGroup(const Doc& doc, uint32_t i, const std::vector<Entity>& entities,
                                  const std::vector<int32_t>& entity_at,
                                  const std::vector<std::string>& scene_country,
                                  std::vector<Entity>* found) const {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  const uint32_t s = doc.sentences.empty() ? 0 : SentenceOf(doc, i);
  const uint32_t sb = doc.sentences.empty() ? 0 : doc.sentences[s].token_begin;
  // Qualified groups are the tagger's ("Russian troops", "protesters in Minsk"); a
  // capitalized or possessive word before the group qualifies it in a way not known
  // here ("Anglophone rebels", "its troops").
  if (i > sb) {
    if (entity_at[i - 1] >= 0) return false;
    const std::string_view prev = doc.TokenText(i - 1);
    // ("Unknown gunmen", "Armed militants" open a sentence with an adjective.)
    const bool opening_adjective = i == sb + 1 && doc.tokens[i - 1].upos == Upos::kAdj;
    if (StartsUpper(prev) && !opening_adjective) return false;
    // "child soldiers": a noun before the group says what kind it is.
    const Upos before = doc.tokens[i - 1].upos;
    if (before == Upos::kNoun || before == Upos::kPropn) return false;
    const std::string lower = AsciiLower(prev);
    for (std::string_view p : {"its", "their", "his", "her", "our", "your", "my", "'s", "’s"}) {
      if (lower == p) return false;
    }
  }
  uint32_t end = 0;
  const std::string_view role = roles_.Match(doc, i, n, &end);
  if (role.empty() || !IsLocalGroup(AsciiLower(doc.SpanText(i, end)))) return false;
  // "Students Islamic Movement of India": capitalized in a name, not a group.
  if ((i > sb && StartsUpper(doc.TokenText(i))) || (end < n && StartsUpper(doc.TokenText(end)))) {
    return false;
  }
  if (end < n && (entity_at[end] >= 0 || AsciiLower(doc.TokenText(end)) == "of" ||
                  IsGroupsThing(AsciiLower(doc.TokenText(end))))) {
    return false;
  }
  // "Demonstrators in Baghdad": the city's entity carries the role already.
  for (uint32_t j = end + 1; j < n && j <= end + 3; ++j) {
    const int32_t e = entity_at[j];
    if (e >= 0 && entities[e].actor && entities[e].actor->role == role) return false;
  }
  if (s >= scene_country.size() || scene_country[s].empty()) return false;
  // "Turkish President Erdogan says security forces killed ... in Iraq": an actor of
  // another country named before the group, not as a place, may be the one it serves.
  for (const Entity& e : entities) {
    if (e.token_begin >= i) break;
    if (e.sentence == s && e.actor && !e.place && !e.actor->country.empty() &&
        e.actor->country != scene_country[s]) {
      return false;
    }
  }
  // "Russia deploys a peacekeeping force of 1,960 troops ... in the Lachin corridor",
  // "France commits troops to aid government forces in ... Mali": troops a country sends
  // are its own, not those of where they go.
  static const uint8_t kNsubj = DeprelFromName("nsubj");
  for (uint32_t k = i; k > sb && i - k <= 8;) {
    --k;
    if (doc.tokens[k].upos != Upos::kVerb) continue;
    const std::string_view lemma = doc.Lemma(k);
    if (lemma != "deploy" && lemma != "send" && lemma != "commit" && lemma != "dispatch" &&
        lemma != "station" && lemma != "contribute" && lemma != "pledge") {
      break;
    }
    for (const Entity& e : entities) {
      if (e.sentence != s || e.token_begin >= k || !e.actor || e.actor->country.empty()) continue;
      const Token& last = doc.tokens[e.token_end - 1];
      if (last.deprel == kNsubj && last.head == static_cast<int32_t>(k) &&
          e.actor->country != scene_country[s]) {
        return false;
      }
    }
    break;
  }
  Entity ent;
  ent.token_begin = i;
  ent.token_end = end;
  ent.sentence = s;
  ent.label = "ORG";
  ent.actor = ActorRef{scene_country[s] + std::string(role), scene_country[s], std::string(role)};
  found->push_back(std::move(ent));
  return true;
}

uint32_t ActorCoreference::OwnForces(const Doc& doc, uint32_t i,
                                     const std::vector<int32_t>& entity_at, const Entity& owner,
                                     std::vector<Entity>* found) const {
  static const uint8_t kNsubj = DeprelFromName("nsubj"), kObj = DeprelFromName("obj");
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  const uint32_t s = doc.sentences.empty() ? 0 : SentenceOf(doc, i);
  if (i + 1 >= n || entity_at[i + 1] >= 0 || owner.sentence != s) return 0;
  uint32_t end = 0;
  const std::string_view role = roles_.Match(doc, i + 1, n, &end);
  // Armed and police forces only: "recalls its ambassador to Israel" is about Israel.
  if ((role != "MIL" && role != "COP") || end <= i + 1 || end > n) return 0;
  if (end < n && (AsciiLower(doc.TokenText(end)) == "of" || entity_at[end] >= 0)) return 0;
  // The subject of a verb of their own: what a state does with its own troops ("withdraw
  // its troops") has no second party. (A parse may make the subject of a reported clause
  // the reporting verb's object: "Russia says its air defence shot down".)
  const Token& head = doc.tokens[end - 1];
  const bool reported =
      head.deprel == kObj && head.head >= 0 && static_cast<uint32_t>(head.head) < n &&
      IsReportingWord(AsciiLower(doc.TokenText(static_cast<uint32_t>(head.head))));
  if (head.deprel != kNsubj && !reported) return 0;
  const ActorRef& a = *owner.actor;
  Entity ent;
  ent.token_begin = i + 1;
  ent.token_end = end;
  ent.sentence = s;
  ent.label = "ORG";
  // A state's forces take their own role; a group's forces are the group.
  ent.actor = a.role.empty() || a.role == "GOV"
                  ? ActorRef{a.country + std::string(role), a.country, std::string(role)}
                  : a;
  found->push_back(std::move(ent));
  return end;
}

void ActorCoreference::Resolve(const Doc& doc, std::vector<Entity>* entities) const {
  if (entities->empty()) return;
  const size_t n = doc.tokens.size();
  std::vector<int32_t> entity_at(n, -1);
  for (size_t k = 0; k < entities->size(); ++k) {
    for (uint32_t i = (*entities)[k].token_begin; i < (*entities)[k].token_end && i < n; ++i) {
      entity_at[i] = static_cast<int32_t>(k);
    }
  }
  // The country of the first place each sentence names ("prompting the government to
  // impose a curfew in Sousse": Tunisia's government).
  std::vector<std::string> place_country(doc.sentences.empty() ? 1 : doc.sentences.size());
  for (const Entity& ent : *entities) {
    if (ent.place && !ent.place->country.empty() && ent.sentence < place_country.size() &&
        place_country[ent.sentence].empty()) {
      place_country[ent.sentence] = ent.place->country;
    }
  }
  // The country of the first place each sentence says something happened in ("in
  // Minsk", "at the border", "in downtown Santiago").
  std::vector<std::string> scene_country(place_country.size());
  for (const Entity& ent : *entities) {
    if (!ent.place || ent.place->country.empty() || ent.sentence >= scene_country.size() ||
        !scene_country[ent.sentence].empty()) {
      continue;
    }
    for (uint32_t p = ent.token_begin, back = 0; p > 0 && back < 3; --p, ++back) {
      const std::string w = AsciiLower(doc.TokenText(p - 1));
      if (IsSceneWord(w)) {
        scene_country[ent.sentence] = ent.place->country;
        break;
      }
      if (!IsPlaceModifier(w)) break;
    }
  }
  std::vector<Entity> found;
  const Entity* last_person = nullptr;
  uint32_t last_person_sentence = 0;
  bool last_person_titled = false;          // a title before a name the dictionaries lack
  std::vector<const Entity*> last_by_role;  // most recent actor entity, any sector
  const Entity* last_country = nullptr;     // most recent actor entity with a country
  const Entity* last_place = nullptr;       // most recent place with a country
  for (uint32_t i = 0; i < n; ++i) {
    if (const int32_t e = entity_at[i]; e >= 0) {
      const Entity& ent = (*entities)[e];
      if (ent.token_begin == i && ent.actor && !ent.actor->empty()) {
        if (ent.label == "PER") {
          last_person = &ent;
          last_person_sentence = ent.sentence;
          last_person_titled = false;
        }
        if (!ent.actor->role.empty()) last_by_role.push_back(&ent);
        if (!ent.actor->country.empty()) last_country = &ent;
      }
      if (ent.token_begin == i && ent.place && !ent.place->country.empty()) last_place = &ent;
      // "Armenian Prime Minister Nikol Pashinyan announces he ...": a title and a name
      // the dictionaries lack is a person of the title's actor.
      if (ent.token_begin == i && ent.actor && !ent.actor->role.empty() && ent.label != "PER") {
        uint32_t end = 0;
        const uint32_t t = ent.token_end;
        if (t < n && !roles_.Match(doc, t, static_cast<uint32_t>(n), &end).empty() && end < n &&
            entity_at[end] < 0 && StartsUpper(doc.TokenText(end))) {
          last_person = &ent;
          last_person_sentence = ent.sentence;
          last_person_titled = true;
        }
      }
      continue;
    }
    if (doc.tokens[i].kind != TokenKind::kWord) continue;
    const std::string w = AsciiLower(doc.TokenText(i));
    if (w == "he" || w == "she") {
      const uint32_t s = doc.sentences.empty() ? 0 : SentenceOf(doc, i);
      // (A titled person only within its sentence: the next may name another person
      // the dictionaries lack.)
      if (last_person != nullptr && s <= last_person_sentence + (last_person_titled ? 0 : 1)) {
        Entity ent;
        ent.token_begin = i;
        ent.token_end = i + 1;
        ent.sentence = s;
        ent.label = "PER";
        ent.actor = last_person->actor;
        found.push_back(std::move(ent));
      }
      continue;
    }
    if ((w == "its" || w == "their") && last_country != nullptr) {
      if (const uint32_t end = OwnForces(doc, i, entity_at, *last_country, &found)) {
        i = end - 1;
        continue;
      }
    }
    if (w != "the" && LocalGroup(doc, i, *entities, entity_at, scene_country, &found)) continue;
    if (w != "the" || i + 1 >= n || entity_at[i + 1] >= 0) continue;
    uint32_t end = 0;
    const std::string_view role = roles_.Match(doc, i + 1, static_cast<uint32_t>(n), &end);
    if (role.empty() || !IsDefiniteHead(AsciiLower(doc.SpanText(i + 1, end)))) continue;
    // ("accuse the government of being behind": "of" and a gerund say what it did.)
    static const uint8_t kGerund = XposFromName("VBG");
    const bool of_name = end < n && AsciiLower(doc.TokenText(end)) == "of" &&
                         !(end + 1 < n && doc.tokens[end + 1].xpos == kGerund);
    const bool followed_by_noun =
        end < n && doc.tokens[end].kind == TokenKind::kWord &&
        (of_name || entity_at[end] >= 0 || !roles_.Find(AsciiLower(doc.TokenText(end))).empty() ||
         doc.tokens[end].upos == Upos::kNoun);
    if (followed_by_noun) {
      // "the ministers of Armenia", "the president Putin", "the police officers", "the
      // military junta": the role word is not the head.
      continue;
    }
    // "the ministry" may be a defence ministry, "the spokeswoman" an army's.
    const std::string head = AsciiLower(doc.TokenText(end - 1));
    const bool any_office = head == "ministry" || head == "minister" || head.starts_with("spokes");
    Entity ent;
    ent.token_begin = i + 1;
    ent.token_end = end;
    ent.sentence = doc.sentences.empty() ? 0 : SentenceOf(doc, i + 1);
    ent.label = "ORG";
    // A country named earlier in the same sentence is the one meant: "the Armenian
    // opposition ... at the government" is Armenia's government; so is the country of a
    // place named there ("South Yorkshire ... a deal with the government").
    std::string local;
    // "the Prime Minister, Tony Abbott,": the person in apposition is the one meant.
    const int32_t appos = end + 1 < n && doc.TokenText(end) == "," ? entity_at[end + 1] : -1;
    if (appos >= 0 && (*entities)[appos].label == "PER" && (*entities)[appos].actor &&
        !(*entities)[appos].actor->country.empty()) {
      local = (*entities)[appos].actor->country;
    } else if (last_country != nullptr && last_country->sentence == ent.sentence) {
      local = last_country->actor->country;
    } else if (last_place != nullptr && last_place->sentence == ent.sentence) {
      local = last_place->place->country;
    } else if (ent.sentence < place_country.size()) {
      local = place_country[ent.sentence];
    }
    // A domestic armed group or opposition the role is paired with is of its country,
    // whatever the article named before.
    if (local.empty()) local = PartnersCountry(doc, i + 1, end, *entities, entity_at);
    for (auto it = last_by_role.rbegin(); it != last_by_role.rend(); ++it) {
      const std::string& r = (*it)->actor->role;
      if (r != role && !(any_office && (r == "GOV" || r == "MIL"))) continue;
      if (!local.empty() && (*it)->actor->country != local) break;
      ent.actor = (*it)->actor;
      break;
    }
    if (!ent.actor && !local.empty()) {
      ent.actor = ActorRef{local + std::string(role), local, std::string(role)};
    }
    if (ent.actor) found.push_back(std::move(ent));
  }
  if (found.empty()) return;
  entities->insert(entities->end(), std::make_move_iterator(found.begin()),
                   std::make_move_iterator(found.end()));
  std::stable_sort(entities->begin(), entities->end(),
                   [](const Entity& a, const Entity& b) { return a.token_begin < b.token_begin; });
}

}  // namespace dateline::entities
