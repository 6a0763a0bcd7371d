#include "entities/actor_linker.h"
#include "base/ascii.h"

#include <algorithm>
#include <string>

namespace dateline::entities {
namespace {

bool IsCapitalized(const Doc& doc, uint32_t i) {
  if (doc.tokens[i].kind != TokenKind::kWord) return false;
  const std::string_view t = doc.TokenText(i);
  const auto c = static_cast<unsigned char>(t[0]);
  // "al-Shabaab", "al-Qaeda": the Arabic article before a capitalized name.
  if ((t.starts_with("al-") || t.starts_with("el-")) && t.size() > 3 && t[3] >= 'A' &&
      t[3] <= 'Z') {
    return true;
  }
  return (c >= 'A' && c <= 'Z') || c == 0xC3 || c == 0xC4 || c == 0xC5;
}

// The country the dictionaries give bare titles such as "Senate".
constexpr std::string_view kDefaultTitleCountry = "USA";

uint32_t DateNumber(const CivilDate& d) {
  return d.valid() ? static_cast<uint32_t>(d.year * 10000 + d.month * 100 + d.day) : 0;
}

}  // namespace

void ActorLinker::Link(const Doc& doc, std::vector<Entity>* entities) const {
  const size_t n = doc.tokens.size();
  std::vector<int32_t> entity_at(n, -1);
  for (size_t k = 0; k < entities->size(); ++k) {
    const Entity& e = (*entities)[k];
    for (uint32_t i = e.token_begin; i < e.token_end && i < n; ++i) {
      entity_at[i] = static_cast<int32_t>(k);
    }
  }
  // Articles without a date resolve against today's leaders' most recent terms.
  uint32_t date = DateNumber(doc.date);
  if (date == 0) date = 99991231;
  std::vector<Entity> found;
  std::vector<int32_t> replaced;    // tagger entities that a longer organization name covers
  std::vector<size_t> bare_titles;  // found entities that are a bare title ("Senate")
  const size_t ns = doc.sentences.empty() ? 1 : doc.sentences.size();
  for (size_t s = 0; s < ns; ++s) {
    const uint32_t sb = doc.sentences.empty() ? 0 : doc.sentences[s].token_begin;
    const uint32_t se =
        doc.sentences.empty() ? static_cast<uint32_t>(n) : doc.sentences[s].token_end;
    for (uint32_t i = sb; i < se;) {
      if (!IsCapitalized(doc, i) || entity_at[i] == -2 ||
          (entity_at[i] >= 0 && (*entities)[entity_at[i]].token_begin != i)) {
        ++i;
        continue;
      }
      uint32_t end = i;
      const NamedActor* actor = actors_.Match(doc, i, se, &end);
      // A place the name tables found may begin a longer organization's name: "Tigray"
      // in "Tigray People's Liberation Front".
      int32_t covered = -1;
      if (actor != nullptr && entity_at[i] >= 0) {
        const Entity& inner = (*entities)[entity_at[i]];
        if (!actor->organization || end <= inner.token_end) actor = nullptr;
        covered = entity_at[i];
      }
      // "Hurricane Eta": a storm's name.
      if (actor != nullptr && i > sb && NamesAStorm(AsciiLower(doc.TokenText(i - 1)))) {
        actor = nullptr;
      }
      if (actor == nullptr) {
        ++i;
        continue;
      }
      // An organization's name may hold places the name tables found ("the Islamic State
      // of Iraq and the Levant"): the whole name replaces them.
      std::vector<int32_t> inside;
      bool ok = true;
      for (uint32_t j = i; j < end; ++j) {
        const int32_t k = entity_at[j];
        if (k < 0 || k == covered) continue;
        const Entity& e = (*entities)[k];
        if (!actor->organization || e.token_begin < i || e.token_end > end) {
          ok = false;
        } else if (std::find(inside.begin(), inside.end(), k) == inside.end()) {
          inside.push_back(k);
        }
      }
      // Not the middle of a longer name: "Ali" in "Ali Khamenei" is matched whole or not at all.
      if (end < se && IsCapitalized(doc, end) && entity_at[end] < 0) ok = false;
      // What stands before: a capitalized word must be a title ("President", "Ombudsman").
      uint32_t p = i;
      while (p > sb && IsCapitalized(doc, p - 1) && entity_at[p - 1] < 0 &&
             !roles_.Find(AsciiLower(doc.TokenText(p - 1))).empty()) {
        --p;
      }
      if (p > sb && p == i && IsCapitalized(doc, p - 1) && entity_at[p - 1] < 0 && p - 1 != sb) {
        ok = false;
      }
      // "Russian President Vladimir Putin": the title's entity already codes the actor.
      // Role words may be lower case too ("Foreign Ministry spokeswoman Anna Naghdalyan").
      uint32_t q = i;
      while (q > sb && q + 4 > i && entity_at[q - 1] < 0 &&
             doc.tokens[q - 1].kind == TokenKind::kWord) {
        uint32_t pe = 0;
        const bool role_word = !roles_.Match(doc, q - 1, i, &pe).empty() ||
                               !actors_.AgentRole(doc.TokenText(q - 1)).empty() ||
                               IsCapitalized(doc, q - 1);
        if (!role_word) break;
        --q;
      }
      if (q > sb && entity_at[q - 1] >= 0) {
        const Entity& title = (*entities)[entity_at[q - 1]];
        if (title.actor && !title.actor->role.empty()) ok = false;
      }
      // "the Senate of the Philippines": the country after "of" took the title's role.
      if (end + 1 < se && doc.TokenText(end) == "of") {
        uint32_t r = end + 1;
        if (r + 1 < se && AsciiLower(doc.TokenText(r)) == "the") ++r;
        if (entity_at[r] >= 0) {
          const Entity& owner = (*entities)[entity_at[r]];
          if (owner.token_begin == r && owner.actor && !owner.actor->role.empty()) ok = false;
        }
      }
      if (!ok) {
        i = end;
        continue;
      }
      const std::string_view code = CodeOn(actor->codes, date);
      bool place_name = false;
      if (!code.empty() && places_ != nullptr && ActorFromCode(code).role.empty()) {
        for (const GeoCandidate& c : places_->Find(doc.SpanText(i, end))) {
          place_name = place_name || !c.alternate;
        }
      }
      if (!code.empty() && !place_name) {
        Entity e;
        e.token_begin = i;
        e.token_end = end;
        e.sentence = static_cast<uint32_t>(s);
        e.actor = ActorFromCode(code);
        // "the Vatican Secretary of State": a title named after a country is that
        // country's, whatever country the dictionary gives the bare title.
        if (i > sb && entity_at[i - 1] >= 0) {
          const Entity& before = (*entities)[entity_at[i - 1]];
          if (before.actor && before.actor->role.empty() && !before.actor->country.empty() &&
              before.actor->country != e.actor->country && !e.actor->role.empty()) {
            e.actor->country = before.actor->country;
            e.actor->code = before.actor->country + e.actor->role;
          }
        }
        // "King Abdullah of Saudi Arabia": a person is of the country named right after
        // "of", whatever country the dictionary gives the name (its Abdullah is Jordan's).
        if (!actor->organization && !e.actor->role.empty() && end + 1 < se &&
            doc.TokenText(end) == "of" && entity_at[end + 1] >= 0) {
          const Entity& owner = (*entities)[entity_at[end + 1]];
          if (owner.token_begin == end + 1 && owner.place && owner.actor &&
              owner.actor->role.empty() && owner.actor->country.size() == 3 &&
              owner.actor->country != e.actor->country) {
            e.actor->country = owner.actor->country;
            e.actor->code = owner.actor->country + e.actor->role;
          }
        }
        // "former President Almazbek Atambayev": an office left is an elite's role, as in
        // the dictionaries' FORMER_PRESIDENT [~ELI] (their terms of office end by 2015).
        if (q > sb && MarksFormerOffice(AsciiLower(doc.TokenText(q - 1))) && !actor->organization &&
            !e.actor->country.empty() && e.actor->role != "ELI") {
          e.actor->role = "ELI";
          e.actor->code = e.actor->country + "ELI";
        }
        e.label = actor->organization ? "ORG" : "PER";
        if (e.actor->country == kDefaultTitleCountry &&
            !roles_.Find(AsciiLower(doc.SpanText(i, end))).empty()) {
          bare_titles.push_back(found.size());
        }
        found.push_back(std::move(e));
        if (covered >= 0) replaced.push_back(covered);
        replaced.insert(replaced.end(), inside.begin(), inside.end());
        for (uint32_t j = i; j < end; ++j) entity_at[j] = -2;
      }
      i = end;
    }
  }
  // "Argentina legalizes abortion by a Senate vote": a bare title the dictionaries give
  // the United States is the institution of the country the sentence names before it,
  // where it names no American actor (not "The Senate rejects a resolution condemning
  // Russia").
  for (const size_t t : bare_titles) {
    Entity& title = found[t];
    std::string other;
    bool american = false;
    for (const std::vector<Entity>* list : {entities, &found}) {
      for (const Entity& e : *list) {
        if (&e == &title || e.sentence != title.sentence || !e.actor) continue;
        const std::string& country = e.actor->country;
        american |= country == kDefaultTitleCountry;
        if (country.size() == 3 && country != kDefaultTitleCountry && other.empty() &&
            e.token_end <= title.token_begin) {
          other = country;
        }
      }
    }
    if (!american && !other.empty()) {
      title.actor->country = other;
      title.actor->code = other + title.actor->role;
    }
  }
  if (found.empty()) return;
  std::sort(replaced.begin(), replaced.end());
  for (auto it = replaced.rbegin(); it != replaced.rend(); ++it) {
    entities->erase(entities->begin() + *it);
  }
  entities->insert(entities->end(), std::make_move_iterator(found.begin()),
                   std::make_move_iterator(found.end()));
  std::stable_sort(entities->begin(), entities->end(),
                   [](const Entity& a, const Entity& b) { return a.token_begin < b.token_begin; });
}

}  // namespace dateline::entities
