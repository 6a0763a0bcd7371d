#include "events/casualties.h"

#include <initializer_list>
#include <string_view>

#include "doc/tagsets.h"
#include "time/date_words.h"

namespace dateline::events {
namespace {

constexpr uint32_t kBackWindow = 8;
constexpr uint32_t kForwardWindow = 8;
constexpr uint32_t kNounWindow = 3;
constexpr uint32_t kRelativeWindow = 7;

// A count token at i that is not part of a date ("27 September") or a percentage.
std::optional<Count> CountAt(const DocView& v, uint32_t i, uint32_t se) {
  if (v.timex_at[i] >= 0) return std::nullopt;
  if (i + 1 < se && (v.lower[i + 1] == "%" || v.lower[i + 1] == "percent")) return std::nullopt;
  // "his 18 year-old son", "a 40-year-old man": an age.
  if (i + 1 < se && (v.lower[i + 1].starts_with("year-old") ||
                     (i + 2 < se && OneOf(v.lower[i + 1], {"year", "years"}) &&
                      (v.lower[i + 2] == "old" || v.lower[i + 2].starts_with("-old"))))) {
    return std::nullopt;
  }
  if (v.lower[i].ends_with("-year-old")) return std::nullopt;
  // "SEAL Team Six", "Apollo Eleven": a capitalized number after a capitalized word names.
  const std::string_view text = v.doc.TokenText(i);
  if (i > 0 && !text.empty() && text[0] >= 'A' && text[0] <= 'Z') {
    const std::string_view before = v.doc.TokenText(i - 1);
    if (!before.empty() && before[0] >= 'A' && before[0] <= 'Z' &&
        v.doc.tokens[i - 1].kind == TokenKind::kWord) {
      return std::nullopt;
    }
  }
  const TokenKind kind = v.doc.tokens[i].kind;
  if (kind != TokenKind::kNumber && kind != TokenKind::kWord) return std::nullopt;
  return ParseCasualtyNumber(v.lower[i]);
}

// Applies "at least", "more than", "nearly" ... before the number at i.
void ApplyQualifier(const DocView& v, uint32_t sb, uint32_t i, Count* c) {
  auto word = [&](uint32_t back) -> std::string_view {
    return i >= sb + back ? v.lower[i - back] : std::string_view();
  };
  const std::string_view w1 = word(1), w2 = word(2);
  if ((w2 == "more" || w2 == "greater") && w1 == "than") {
    c->min += 1;
    c->exact = false;
  } else if (w1 == "over") {
    c->min += 1;
    c->exact = false;
  } else if ((w2 == "at" && w1 == "least") || (w2 == "up" && w1 == "to") ||
             OneOf(w1, {"nearly", "almost", "about", "around", "some", "approximately", "roughly",
                        "estimated", "least"}) ||
             (word(3) == "as" && w2 == "many" && w1 == "as")) {
    c->exact = false;
  }
}

// "a Russian blogger", "an elderly civilian": one person, when the article at i is
// followed within a few words by a person noun with a role.
std::optional<Count> SinglePerson(const DocView& v, const entities::RoleNouns& roles, uint32_t i,
                                  uint32_t se) {
  if (!OneOf(v.lower[i], {"a", "an", "one"})) return std::nullopt;
  for (uint32_t j = i + 1; j < se && j <= i + kNounWindow; ++j) {
    if (v.IsPunct(j)) break;
    if (!roles.Find(v.lower[j]).empty()) return Count{1, true};
  }
  return std::nullopt;
}

std::string VictimRole(const DocView& v, const entities::RoleNouns& roles, uint32_t i,
                       uint32_t se) {
  for (uint32_t j = i + 1; j < se && j <= i + kNounWindow; ++j) {
    if (v.IsPunct(j)) break;
    const std::string_view role = roles.Find(v.lower[j]);
    if (!role.empty()) return std::string(role);
    if (const int32_t e = v.entity_at[j]; e >= 0) {
      const Entity& ent = v.doc.entities[e];
      if (ent.actor && !ent.actor->role.empty() && ent.token_end == j + 1 &&
          (j + 1 >= se || roles.Find(v.lower[j + 1]).empty())) {
        return ent.actor->role;
      }
    }
  }
  return {};
}

// Words that make a count a running total, anywhere in the sentence: "the death toll",
// "in total", "so far", "to date", "since the fighting began", "bringing the total".
bool RunningTotal(const DocView& v, uint32_t sb, uint32_t se) {
  for (uint32_t j = sb; j < se; ++j) {
    const std::string_view w = v.lower[j];
    if (OneOf(w, {"toll", "tolls", "total", "cumulative", "overall", "altogether"})) return true;
    if (j + 1 < se) {
      const std::string_view n = v.lower[j + 1];
      if ((w == "so" && n == "far") || (w == "to" && n == "date") || (w == "in" && n == "all") ||
          (w == "since" && OneOf(n, {"the", "it", "fighting"}))) {
        return true;
      }
    }
  }
  return false;
}

std::optional<Casualties> Make(const DocView& v, const entities::RoleNouns& roles, uint32_t sb,
                               uint32_t se, uint32_t i, Count c) {
  ApplyQualifier(v, sb, i, &c);
  Casualties out;
  out.count = c;
  out.number_token = i;
  out.victims = VictimRole(v, roles, i, se);
  out.running_total = RunningTotal(v, sb, se);
  return out;
}

// With a parse: the count on the subject of the casualty verb at `trigger` ("Two French
// journalists working for Le Monde are seriously injured"), however far back it is.
std::optional<Casualties> SubjectCount(const DocView& v, const entities::RoleNouns& roles,
                                       uint32_t sb, uint32_t se, uint32_t trigger) {
  static const uint8_t kNsubj = DeprelFromName("nsubj"), kNsubjPass = DeprelFromName("nsubj:pass"),
                       kNummod = DeprelFromName("nummod"), kDet = DeprelFromName("det");
  const std::vector<Token>& tokens = v.doc.tokens;
  for (uint32_t s = sb; s < se; ++s) {
    if (tokens[s].head != static_cast<int32_t>(trigger) ||
        (tokens[s].deprel != kNsubj && tokens[s].deprel != kNsubjPass)) {
      continue;
    }
    for (uint32_t n = sb; n < s; ++n) {
      if (tokens[n].head != static_cast<int32_t>(s)) continue;
      if (tokens[n].deprel == kNummod) {
        if (auto c = CountAt(v, n, se)) return Make(v, roles, sb, se, n, *c);
      }
      if (tokens[n].deprel == kDet) {
        if (auto one = SinglePerson(v, roles, n, se)) return Make(v, roles, sb, se, n, *one);
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Count> ParseCasualtyNumber(std::string_view w) {
  struct Vague {
    std::string_view word;
    int min;
  };
  static constexpr Vague kVague[] = {{"several", 3},    {"dozens", 24},      {"scores", 40},
                                     {"hundreds", 200}, {"thousands", 2000}, {"dozen", 12}};
  for (const Vague& x : kVague) {
    if (w == x.word) return Count{x.min, false};
  }
  if (auto n = timex::ParseCount(w); n && *n > 0) {
    // Four-digit numbers without a separator read as years, not counts.
    if (w.size() == 4 && *n >= 1900 && *n <= 2099) return std::nullopt;
    return Count{*n, true};
  }
  return std::nullopt;
}

std::optional<Casualties> FindCasualties(const DocView& v, const entities::RoleNouns& roles,
                                         uint32_t sb, uint32_t se, uint32_t trigger,
                                         bool after_first) {
  auto forward = [&]() -> std::optional<Casualties> {
    for (uint32_t j = trigger + 1; j < se && j <= trigger + kForwardWindow; ++j) {
      if (v.lower[j] == ";" || v.IsQuote(j)) break;
      if (auto c = CountAt(v, j, se)) return Make(v, roles, sb, se, j, *c);
    }
    return std::nullopt;
  };
  auto backward = [&]() -> std::optional<Casualties> {
    uint32_t window = kBackWindow;
    bool relative = false;
    for (uint32_t j = trigger; j > sb && trigger - j < window;) {
      --j;
      if (v.lower[j] == ";" || v.IsQuote(j)) break;
      // "a Russian blogger, Yuri Kotenok, who was seriously injured": the victim is the
      // noun the relative clause hangs on, an apposition further back.
      if (OneOf(v.lower[j], {"who", "whom"})) {
        window = trigger - j + kRelativeWindow;
        relative = true;
      }
      // "13 people, including ten soldiers, are killed": the count after "including" is
      // a part of the whole further back — unless a relative clause is about the part
      // ("including a blogger, who was injured").
      if (!relative && j > sb && OneOf(v.lower[j - 1], {"including", "among"})) {
        window = trigger - j + kBackWindow;
        continue;
      }
      // "12 civilians, 11 of them children": a part, the whole is further back.
      if (j + 2 < se && v.lower[j + 1] == "of" && OneOf(v.lower[j + 2], {"them", "whom"})) {
        window = trigger - j + kBackWindow;
        continue;
      }
      if (auto c = CountAt(v, j, se)) return Make(v, roles, sb, se, j, *c);
      if (auto one = SinglePerson(v, roles, j, se)) return Make(v, roles, sb, se, j, *one);
    }
    return std::nullopt;
  };
  // "with nine civilians killed and 63 injured", "leaving two soldiers dead": a count
  // and its noun before the participle are its own.
  bool participle_phrase = false;
  for (uint32_t back = 1; back <= 2 && trigger >= sb + back + 1; ++back) {
    const uint32_t n = trigger - back;
    if (CountAt(v, n, se) && OneOf(v.lower[n - 1], {"with", "leaving", "left"})) {
      participle_phrase = true;
    }
  }
  if (after_first && !participle_phrase) {
    if (auto c = forward()) return c;
    return backward();
  }
  if (auto c = backward()) return c;
  return SubjectCount(v, roles, sb, se, trigger);
}

}  // namespace dateline::events
