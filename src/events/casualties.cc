#include "events/casualties.h"

#include <algorithm>
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

// "Ramon Escobar, 47, on charges of killing": a number set off by commas after a person's
// name is the age.
bool AgeAfterName(const DocView& v, uint32_t i, uint32_t se) {
  return i >= 2 && i + 1 < se && v.lower[i - 1] == "," && v.lower[i + 1] == "," &&
         v.entity_at[i - 2] >= 0 && v.doc.entities[v.entity_at[i - 2]].label == "PER";
}

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
  if (AgeAfterName(v, i, se)) return std::nullopt;
  // "$5 million", "£2.2 million", "5 million dollars": money.
  if (i > 0 && OneOf(v.lower[i - 1], {"$", "us$", "£", "€", "¥", "usd", "eur", "rs"})) {
    return std::nullopt;
  }
  for (uint32_t j = i + 1; j < se && j <= i + 2; ++j) {
    if (OneOf(v.lower[j], {"dollars", "euros", "pounds", "rupees", "yuan", "yen", "rubles",
                           "roubles", "francs", "dinars", "shekels", "pesos", "naira"})) {
      return std::nullopt;
    }
    if (!OneOf(v.lower[j], {"million", "billion", "thousand"})) break;
  }
  // "SEAL Team Six", "Apollo Eleven": a capitalized number after a capitalized word names.
  const std::string_view text = v.doc.TokenText(i);
  if (i > 0 && !text.empty() && text[0] >= 'A' && text[0] <= 'Z') {
    const std::string_view before = v.doc.TokenText(i - 1);
    if (!before.empty() && before[0] >= 'A' && before[0] <= 'Z' &&
        v.doc.tokens[i - 1].kind == TokenKind::kWord) {
      return std::nullopt;
    }
  }
  // "Flight 752", "Resolution 2334", "three consecutive days": a name's number or a span
  // of time.
  if (i > 0 && OneOf(v.lower[i - 1], {"flight", "resolution", "no.", "number", "route", "#",
                                      "article", "chapter", "section"})) {
    return std::nullopt;
  }
  for (uint32_t j = i + 1; j < se && j <= i + 2; ++j) {
    if (OneOf(v.lower[j], {"days", "weeks", "months", "years", "hours", "minutes", "decades",
                           "nights", "times"})) {
      return std::nullopt;
    }
    if (!OneOf(v.lower[j], {"consecutive", "straight", "more", "successive", "long"})) break;
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

// A verb form that reports casualties of its own ("injuring", "wounded", "killed").
bool IsCasualtyVerb(std::string_view w) {
  return w.starts_with("kill") || w.starts_with("injur") || w.starts_with("wound") ||
         w.starts_with("hurt") || OneOf(w, {"leaving", "left", "dead", "died"});
}

// A noun that counts casualties: "82 deaths and hundreds of injuries".
bool IsCasualtyNoun(std::string_view w) {
  return OneOf(w, {"death", "deaths", "dead", "fatalities", "casualties", "injuries", "arrests",
                   "detentions", "victims", "bodies"});
}

// A verb of taking people ("captures two others", "arrests").
bool IsTakingWord(std::string_view w) {
  return w.starts_with("captur") || w.starts_with("kidnap") || w.starts_with("abduct") ||
         w.starts_with("arrest") || w.starts_with("detain") || w.starts_with("seiz");
}

// Is the count at j the object of an attempt: "attempting to kill 16 more", "tried to
// kill three officers"? Those people were not killed.
bool Attempted(const DocView& v, uint32_t sb, uint32_t j) {
  uint32_t k = j;
  const auto verb = [&](uint32_t t) {
    return IsCasualtyVerb(v.lower[t]) || IsTakingWord(v.lower[t]);
  };
  while (k > sb && j - k < 3 && !verb(k - 1)) --k;
  if (k < sb + 3 || !verb(k - 1) || v.lower[k - 2] != "to") return false;
  const std::string_view w = v.lower[k - 3];
  return w.starts_with("attempt") || OneOf(w, {"try", "tried", "trying", "tries"});
}

// Is the count at j a part of a whole named before it: "51 people, including seven women
// and twelve children", "among them two journalists"?
bool InPart(const DocView& v, uint32_t sb, uint32_t j) {
  bool in_list = false;  // a comma of a list of modifiers lies between k and j
  for (uint32_t k = j; k > sb && j - k < 12;) {
    --k;
    // ("was among the nine militants killed": the whole.)
    if (v.lower[k] == "including" || (v.lower[k] == "among" && v.lower[k + 1] != "the")) {
      return true;
    }
    // (Through a list of modifiers, and beyond six words only inside one: "including six
    // British, Polish, Australian and Palestinian nationals and a dual citizen".)
    const bool list_comma =
        v.lower[k] == "," && k + 1 < v.size() &&
        (v.doc.tokens[k + 1].upos == Upos::kAdj || v.doc.tokens[k + 1].upos == Upos::kPropn);
    if ((v.IsPunct(k) && !list_comma) || v.doc.tokens[k].upos == Upos::kVerb) return false;
    in_list = in_list || list_comma;
    if (j - k >= 6 && !in_list) return false;
  }
  return false;
}

// "a Russian blogger", "an elderly civilian", "a woman": one person, when the article at
// i is followed within a few words by a person noun.
std::optional<Count> SinglePerson(const DocView& v, const entities::RoleNouns& roles, uint32_t i,
                                  uint32_t se) {
  if (!OneOf(v.lower[i], {"a", "an", "one"})) return std::nullopt;
  for (uint32_t j = i + 1; j < se && j <= i + kNounWindow; ++j) {
    // "a dozen people", "a few soldiers": a quantity, not one.
    if (v.IsPunct(j) || ParseCasualtyNumber(v.lower[j]) ||
        OneOf(v.lower[j], {"few", "couple", "number", "hundred", "thousand", "million", "total",
                           "quarter", "half", "third", "majority", "lot", "group", "series"})) {
      break;
    }
    if (!roles.Find(v.lower[j]).empty() || IsPersonNoun(v.lower[j])) return Count{1, true};
  }
  return std::nullopt;
}

// The count a number or a single person ("a woman") at token i gives.
std::optional<Count> CountOrPerson(const DocView& v, const entities::RoleNouns& roles, uint32_t i,
                                   uint32_t se) {
  if (auto c = CountAt(v, i, se)) return c;
  return SinglePerson(v, roles, i, se);
}

// Is token i inside the name of a person ("Abu Ali al-Tunisi")?
bool NamesPerson(const DocView& v, uint32_t i) {
  const int32_t e = v.entity_at[i];
  return e >= 0 && v.doc.entities[e].label == "PER";
}

// A word that governs a count of its own: a verb or auxiliary, a casualty verb or noun, a
// verb of taking people ("kills eight civilians and injures 10 others").
bool GovernsOtherCount(const DocView& v, uint32_t k) {
  const Upos u = v.doc.tokens[k].upos;
  return u == Upos::kVerb || u == Upos::kAux || IsCasualtyVerb(v.lower[k]) ||
         IsCasualtyNoun(v.lower[k]) || IsTakingWord(v.lower[k]);
}

// "Iranian Major general", "Popular Mobilization Forces leader": only descriptive words
// (adjectives, nouns and names that are no person) lie in [from, to), a few of them.
bool TitleWordsOnly(const DocView& v, uint32_t from, uint32_t to) {
  constexpr uint32_t kTitleWords = 5;
  if (to < from || to - from > kTitleWords) return false;
  for (uint32_t k = from; k < to; ++k) {
    const Upos u = v.doc.tokens[k].upos;
    if ((u != Upos::kAdj && u != Upos::kNoun && u != Upos::kPropn) || NamesPerson(v, k) ||
        GovernsOtherCount(v, k)) {
      return false;
    }
  }
  return true;
}

// The people named as the object of the verb at `verb`, when a name starts at token j
// ("Police arrest Michael Applebaum", "kill Hakimullah Mehsud and Ali Khan"), with the
// others counted after them ("along with five others"); nullopt when no name starts there.
std::optional<Count> NamedObjects(const DocView& v, const entities::RoleNouns& roles, uint32_t verb,
                                  uint32_t j, uint32_t se) {
  static const uint8_t kObj = DeprelFromName("obj"), kConj = DeprelFromName("conj");
  const int32_t e = v.entity_at[j];
  if (!NamesPerson(v, j) || v.doc.entities[e].token_begin != j) return std::nullopt;
  // "a plot to kill President Abdulla Yameen": whom an infinitive would kill was not.
  // ("threatening to kidnap and kill Wichita Mayor Brandon Whipple")
  if (verb > 0 && v.lower[verb - 1] == "to") return std::nullopt;
  if (verb > 2 && OneOf(v.lower[verb - 1], {"and", "or"}) && v.lower[verb - 3] == "to") {
    return std::nullopt;
  }
  const auto within = [&](int32_t t, int32_t entity) { return t >= 0 && v.entity_at[t] == entity; };
  bool object = false;
  for (uint32_t k = j; k < v.doc.entities[e].token_end; ++k) {
    const Token& t = v.doc.tokens[k];
    // (Right after the verb the parse may call the name anything but a subject.)
    object |= t.head == static_cast<int32_t>(verb) && (t.deprel == kObj || k == verb + 1);
  }
  // (The parse may hang the name on its title: "killing Iranian Major general Qasem
  // Soleimani".)
  object |= TitleWordsOnly(v, verb + 1, j);
  if (!object) return std::nullopt;
  Count c{1, true};
  uint32_t end = v.doc.entities[e].token_end;
  for (uint32_t k = end; k < se; ++k) {
    const int32_t other = v.entity_at[k];
    if (other < 0 || other == e || v.doc.entities[other].token_begin != k || !NamesPerson(v, k)) {
      continue;
    }
    // ("and Popular Mobilization Forces leader Abu Mahdi al-Muhandis", where the parse
    // loses the conjunction.)
    bool joined = k > end && v.lower[end] == "and" && TitleWordsOnly(v, end + 1, k);
    for (uint32_t m = k; m < v.doc.entities[other].token_end && !joined; ++m) {
      joined = v.doc.tokens[m].deprel == kConj && within(v.doc.tokens[m].head, e);
    }
    if (joined) {
      ++c.min;
      end = v.doc.entities[other].token_end;
    }
  }
  // "..., leader of the Pakistani Taliban, along with five others".
  for (uint32_t k = end; k + 2 < se && k < end + 12; ++k) {
    if (v.lower[k] == ";" || v.doc.tokens[k].upos == Upos::kVerb) break;
    const bool along = v.lower[k] == "along" && v.lower[k + 1] == "with";
    if (!along && v.lower[k] != "and") continue;
    const uint32_t at = along ? k + 2 : k + 1;
    // ("and three of his bodyguards")
    if (at + 1 < se && OneOf(v.lower[at + 1], {"others", "other", "of"})) {
      if (auto more = CountOrPerson(v, roles, at, se)) {
        c.min += more->min;
        c.exact = c.exact && more->exact;
      }
    }
    break;
  }
  return c;
}

void Add(Count add, Count* c) {
  c->min += add.min;
  c->exact = c->exact && add.exact;
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

// "Six soldiers and three militants are killed", "three Hezbollah fighters and Taleb
// Abdullah": the count at i is one conjunct's; the others' counts (a number, "a" with a
// person noun, or a person's name) are added.
void AddConjuncts(const DocView& v, const entities::RoleNouns& roles, uint32_t sb, uint32_t se,
                  uint32_t i, Count* c) {
  static const uint8_t kNummod = DeprelFromName("nummod"), kDet = DeprelFromName("det"),
                       kConj = DeprelFromName("conj");
  const std::vector<Token>& tokens = v.doc.tokens;
  bool joined = false;
  if (tokens[i].deprel != kNummod && tokens[i].deprel != kDet) return;
  const int32_t noun = tokens[i].head;
  if (noun < static_cast<int32_t>(sb) || noun >= static_cast<int32_t>(se)) return;
  const auto nominal = [&](int32_t t) {
    return tokens[t].upos == Upos::kNoun || tokens[t].upos == Upos::kPropn;
  };
  int32_t first = noun;
  if (tokens[first].deprel == kConj) first = tokens[first].head;
  // "1,611 arrests and 2,962 charges" count no people, nor add up.
  if (first < static_cast<int32_t>(sb) || first >= static_cast<int32_t>(se) || !nominal(noun) ||
      !nominal(first) || IsCasualtyNoun(v.lower[noun])) {
    return;
  }
  for (uint32_t m = sb; m < se; ++m) {
    const bool member =
        static_cast<int32_t>(m) == first || (tokens[m].head == first && tokens[m].deprel == kConj);
    if (!member || static_cast<int32_t>(m) == noun) continue;
    // "three Russians, among them two journalists and one local guide": a part, not more.
    // Nor what another verb counts ("kills eight civilians and injures 10 others").
    bool part = !nominal(static_cast<int32_t>(m));
    const uint32_t from = std::min<uint32_t>(m, static_cast<uint32_t>(noun)),
                   to = std::max<uint32_t>(m, static_cast<uint32_t>(noun));
    for (uint32_t k = from + 1; k < to; ++k) {
      part = part || GovernsOtherCount(v, k) ||
             OneOf(v.lower[k], {"among", "including", "them", "whom", "such"});
    }
    if (part) continue;
    std::optional<Count> add;
    for (uint32_t k = sb; k < m && !add; ++k) {
      if (tokens[k].head != static_cast<int32_t>(m)) continue;
      if (tokens[k].deprel == kNummod) add = CountAt(v, k, se);
      if (tokens[k].deprel == kDet) add = SinglePerson(v, roles, k, se);
    }
    if (!add && NamesPerson(v, m)) add = Count{1, true};
    // "a father and daughter": a singular person noun without its own article.
    if (!add && IsPersonNoun(v.lower[m])) add = Count{1, true};
    if (!add) continue;
    Add(*add, c);
    joined = true;
  }
  // The same without a parse that joins them: a count and its noun, "and", and another
  // count ("killing a nurse and a technician").
  if (joined) return;
  const auto add_at = [&](uint32_t k) {
    const std::optional<Count> add = CountOrPerson(v, roles, k, se);
    if (add) Add(*add, c);
    return add.has_value();
  };
  const auto stops = [&](uint32_t k) { return v.IsPunct(k) || GovernsOtherCount(v, k); };
  if (i >= sb + 2 && v.lower[i - 1] == "and") {
    for (uint32_t k = i - 1; k-- > sb && i - 1 - k <= kNounWindow;) {
      if (stops(k)) break;
      if (add_at(k)) return;
    }
  }
  for (uint32_t k = i + 1; k + 1 < se && k <= i + kNounWindow + 1; ++k) {
    if (stops(k) || OneOf(v.lower[k], {"including", "among"})) break;
    if (v.lower[k] == "and") {
      add_at(k + 1);
      return;
    }
  }
}

std::optional<Casualties> Make(const DocView& v, const entities::RoleNouns& roles, uint32_t sb,
                               uint32_t se, uint32_t i, Count c) {
  // "400 to 500 people", "between 20 and 30": a range counts its low end, not exactly.
  bool range = false;
  if (i >= sb + 2 && OneOf(v.lower[i - 1], {"to", "-", "and"})) {
    if (auto low = CountAt(v, i - 2, se);
        low && low->min < c.min &&
        (v.lower[i - 1] != "and" || (i >= sb + 3 && v.lower[i - 3] == "between"))) {
      c = Count{low->min, false};
      i -= 2;
      range = true;
    }
  } else if (i + 2 < se && (OneOf(v.lower[i + 1], {"to", "-"}) ||
                            (v.lower[i + 1] == "and" && i > sb && v.lower[i - 1] == "between"))) {
    if (auto high = CountAt(v, i + 2, se); high && high->min > c.min) {
      c.exact = false;
      range = true;
    }
  }
  if (!range) AddConjuncts(v, roles, sb, se, i, &c);
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
    // "Abu Ali al-Tunisi was killed": a person named.
    if (NamesPerson(v, s)) return Make(v, roles, sb, se, s, Count{1, true});
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

bool IsPersonNoun(std::string_view w) {
  return OneOf(w, {"man",           "woman",        "boy",        "girl",         "child",
                   "baby",          "toddler",      "teenager",   "teen",         "person",
                   "pedestrian",    "passenger",    "worker",     "student",      "farmer",
                   "driver",        "shepherd",     "fisherman",  "guard",        "officer",
                   "tourist",       "priest",       "nun",        "doctor",       "nurse",
                   "teacher",       "paramedic",    "volunteer",  "activist",     "member",
                   "employee",      "contractor",   "pilot",      "photographer", "lawyer",
                   "resident",      "sheriff",      "constable",  "trooper",      "firefighter",
                   "mechanic",      "engineer",     "cleric",     "imam",         "pastor",
                   "monk",          "bishop",       "rabbi",      "mother",       "father",
                   "son",           "daughter",     "husband",    "wife",         "citizen",
                   "migrant",       "refugee",      "prisoner",   "inmate",       "suspect",
                   "hostage",       "villager",     "tribesman",  "politician",   "businessman",
                   "businesswoman", "diplomat",     "councillor", "councilor",    "candidate",
                   "athlete",       "videographer", "cameraman",  "camerawoman",  "photojournalist",
                   "correspondent", "bodyguard",    "miner",      "herder",       "hunter",
                   "cyclist",       "motorcyclist", "hiker",      "climber",      "swimmer",
                   "worshipper",    "pilgrim",      "vendor",     "shopkeeper",   "grandmother",
                   "grandfather",   "brother",      "sister",     "infant",       "newborn",
                   "schoolboy",     "schoolgirl",   "professor",  "prosecutor",   "surgeon"});
}

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
      // "killing a police officer and injuring 15 others": the next count is the next
      // verb's.
      // ("killed and wounded dozens" share theirs.)
      if (j > trigger + 1 && IsCasualtyVerb(v.lower[j]) &&
          !(j == trigger + 2 && v.lower[j - 1] == "and")) {
        break;
      }
      if (Attempted(v, sb, j)) break;
      if (auto c = CountOrPerson(v, roles, j, se)) return Make(v, roles, sb, se, j, *c);
      // "Police arrest Michael Applebaum", "kills Hakimullah Mehsud": a person named as
      // the verb's object.
      if (auto c = NamedObjects(v, roles, trigger, j, se)) return Make(v, roles, sb, se, j, *c);
    }
    return std::nullopt;
  };
  auto backward = [&]() -> std::optional<Casualties> {
    uint32_t window = kBackWindow;
    bool relative = false;
    for (uint32_t j = trigger; j > sb && trigger - j < window;) {
      --j;
      if (v.lower[j] == ";" || v.IsQuote(j)) break;
      // "injuring 58 others before being shot dead by police": the count before a clause
      // of "before" or "after" with a participle is the main verb's; the clause is about
      // the sentence's subject ("A gunman ... before being arrested": one).
      if (OneOf(v.lower[j], {"before", "after"}) && j + 1 < trigger &&
          OneOf(v.lower[j + 1], {"being", "having"})) {
        constexpr uint32_t kSubject = 4;
        for (uint32_t k = sb; k < j && k < sb + kSubject; ++k) {
          if (auto c = CountOrPerson(v, roles, k, se)) return Make(v, roles, sb, se, k, *c);
        }
        break;
      }
      // "a Russian blogger, Yuri Kotenok, who was seriously injured": the victim is the
      // noun the relative clause hangs on, an apposition further back.
      if (OneOf(v.lower[j], {"who", "whom"})) {
        window = trigger - j + kRelativeWindow;
        relative = true;
      }
      // "13 people, including ten soldiers, are killed": the count after "including" is
      // a part of the whole further back — unless a relative clause is about the part
      // ("including a blogger, who was injured").
      if (!relative && InPart(v, sb, j)) {
        window = trigger - j + kBackWindow;
        continue;
      }
      // "Seven people are killed, another is injured": one more, and the count before
      // another casualty verb is that verb's.
      if (v.lower[j] == "another" && j + 1 < trigger &&
          (v.doc.tokens[j + 1].upos == Upos::kAux || v.doc.tokens[j + 1].upos == Upos::kVerb)) {
        return Make(v, roles, sb, se, j, Count{1, true});
      }
      if (j + 1 < trigger && IsCasualtyVerb(v.lower[j]) && !IsCasualtyNoun(v.lower[j]) &&
          v.lower[j + 1] == ",") {
        break;
      }
      // "12 civilians, 11 of them children": a part, the whole is further back.
      if (j + 2 < se && v.lower[j + 1] == "of" && OneOf(v.lower[j + 2], {"them", "whom"})) {
        window = trigger - j + kBackWindow;
        continue;
      }
      if (Attempted(v, sb, j)) continue;
      // "Christopher Lane, 22, is shot and killed": the person whose age it is.
      // (Not the accused's: "arrest Ramon Escobar, 47, on charges of killing".)
      if (AgeAfterName(v, j, se) && j + 2 <= trigger &&
          (j + 2 == trigger || v.doc.tokens[j + 2].upos == Upos::kAux)) {
        return Make(v, roles, sb, se, j, Count{1, true});
      }
      // "A bomb explodes ...; no one is injured": none.
      if (OneOf(v.lower[j], {"nobody", "none"}) ||
          (v.lower[j] == "one" && j > sb && v.lower[j - 1] == "no")) {
        return Make(v, roles, sb, se, j, Count{0, true});
      }
      if (auto c = CountOrPerson(v, roles, j, se)) return Make(v, roles, sb, se, j, *c);
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
  // "the arrest of an Algerian consular official", "the killing of three protesters": a
  // noun's "of" phrase, up to its end, counts whom it befell.
  if (trigger + 1 < se && v.lower[trigger + 1] == "of") {
    constexpr uint32_t kPhrase = 6;
    for (uint32_t j = trigger + 2; j < se && j <= trigger + 1 + kPhrase; ++j) {
      const Upos u = v.doc.tokens[j].upos;
      // ("the deaths of at least 40", "of more than 100", "of up to 30": qualifiers.)
      if (v.IsPunct(j) || u == Upos::kVerb || u == Upos::kAux ||
          (u == Upos::kAdp && !OneOf(v.lower[j], {"at", "over", "about", "around", "than", "up",
                                                  "to", "nearly", "some"}))) {
        break;
      }
      if (auto c = CountOrPerson(v, roles, j, se)) return Make(v, roles, sb, se, j, *c);
    }
  }
  // "The death toll from the attack on the Istanbul Atatürk Airport rises to 42": a
  // toll's figure follows the verb that moves it, however long the phrase before.
  if (OneOf(v.lower[trigger], {"toll", "tolls"})) {
    constexpr uint32_t kTollWindow = 20;
    for (uint32_t j = trigger + 1; j < se && j <= trigger + kTollWindow; ++j) {
      if (v.lower[j] == ";") break;
      if (!OneOf(v.lower[j], {"rises", "rose", "risen", "climbs", "climbed", "reaches", "reached",
                              "increases", "increased", "stands", "stood", "jumps", "jumped",
                              "surpasses", "surpassed", "exceeds", "exceeded", "tops"})) {
        continue;
      }
      for (uint32_t m = j + 1; m < se && m <= j + 4; ++m) {
        if (auto c = CountAt(v, m, se)) return Make(v, roles, sb, se, m, *c);
      }
      break;
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
