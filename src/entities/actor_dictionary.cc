#include "entities/actor_dictionary.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>
#include <sstream>

#include "base/ascii.h"
#include "entities/place_name.h"

namespace dateline::entities {
namespace {

// "'s" (or with a typographic apostrophe) as a token of its own.
bool IsPossessiveMark(std::string_view t) { return t == "'s" || t == "\xE2\x80\x99s"; }

constexpr std::string_view kRoles[] = {"GOV", "MIL", "REB", "INS", "OPP", "PTY", "COP",
                                       "JUD", "LEG", "CVL", "MED", "BUS", "NGO", "IGO"};

bool IsRole(std::string_view r) {
  return std::find(std::begin(kRoles), std::end(kRoles), r) != std::end(kRoles);
}

// The role an agent code stands for in the pipeline's role set, or empty.
std::string_view AgentRoleOf(std::string_view code) {
  if (code.size() < 3) return {};
  const std::string_view r = code.substr(0, 3);
  if (IsRole(r)) return r;
  if (r == "AGR" || r == "LAB" || r == "REF" || r == "EDU" || r == "HLH") return "CVL";
  if (r == "UAF") return "REB";
  if (r == "SPY") return "GOV";
  return {};
}

std::string KeyOf(std::string_view name) {
  std::string n(name);
  std::replace(n.begin(), n.end(), '_', ' ');
  return PlaceKey(n);
}

// YYMMDD (years 00-39 are 20xx) or YYYYMMDD (some entries, such as THE_ISLAMIC_STATE
// [IMGMUSISI >20130408], are dated so) -> YYYYMMDD, or 0 when malformed.
uint32_t ParseYymmdd(std::string_view s) {
  if (s.size() != 6 && s.size() != 8) return 0;
  uint32_t v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return 0;
  if (s.size() == 8) return v / 10000 >= 1900 ? v : 0;
  const uint32_t yy = v / 10000;
  return (yy < 40 ? 20000000 : 19000000) + v;
}

// Parses "[CODE]", "[CODE >080508]", "[CODE 991231-080507]" groups of a line.
void ParseCodes(std::string_view line, std::vector<DatedCode>* out) {
  size_t at = 0;
  while ((at = line.find('[', at)) != std::string_view::npos) {
    const size_t close = line.find(']', at);
    if (close == std::string_view::npos) return;
    std::string_view inside = TrimBlanks(line.substr(at + 1, close - at - 1));
    at = close + 1;
    const size_t sp = inside.find_first_of(" \t");
    DatedCode c;
    c.code = std::string(inside.substr(0, sp));
    if (c.code.empty() || c.code[0] == '-' || c.code[0] == '~') continue;
    if (sp != std::string_view::npos) {
      const std::string_view d = TrimBlanks(inside.substr(sp));
      if (d.starts_with('>')) {
        c.from = ParseYymmdd(TrimBlanks(d.substr(1)));
        if (c.from == 0) continue;
      } else if (d.starts_with('<')) {
        c.to = ParseYymmdd(TrimBlanks(d.substr(1)));
        if (c.to == 0) continue;
      } else if (const size_t dash = d.find('-'); dash != std::string_view::npos) {
        c.from = ParseYymmdd(TrimBlanks(d.substr(0, dash)));
        c.to = ParseYymmdd(TrimBlanks(d.substr(dash + 1)));
        if (c.from == 0 || c.to == 0) continue;
      } else if (!d.empty()) {
        continue;
      }
    }
    out->push_back(std::move(c));
  }
}

std::string FormatCodes(const std::vector<DatedCode>& codes) {
  std::string s;
  for (const DatedCode& c : codes) {
    if (!s.empty()) s.push_back(';');
    s += c.code;
    if (c.from || c.to) {
      s.push_back('@');
      if (c.from) s += std::to_string(c.from);
      s.push_back('-');
      if (c.to) s += std::to_string(c.to);
    }
  }
  return s;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// The name at the start of a head or synonym line: up to white space or a bracket.
std::string_view HeadName(std::string_view line) {
  const size_t end = line.find_first_of(" \t[");
  return line.substr(0, end);
}

}  // namespace

bool IsOrganizationName(std::string_view key) {
  if (key.find(' ') == std::string_view::npos) return true;  // "hamas", "taliban"
  static constexpr std::string_view kWords[] = {
      "party",       "army",       "front",          "movement",     "council",      "committee",
      "association", "union",      "agency",         "fund",         "bank",         "commission",
      "court",       "brigade",    "brigades",       "group",        "forces",       "force",
      "ministry",    "news",       "times",          "organization", "organisation", "league",
      "alliance",    "company",    "corporation",    "institute",    "society",      "federation",
      "authority",   "office",     "department",     "church",       "network",      "service",
      "services",    "program",    "programme",      "bureau",       "foundation",   "tribunal",
      "assembly",    "parliament", "senate",         "police",       "guard",        "militia",
      "jihad",       "battalion",  "administration", "congress",     "house",        "states",
      "islamic"};
  size_t at = 0;
  while (at <= key.size()) {
    const size_t sp = key.find(' ', at);
    const std::string_view w = key.substr(at, sp == std::string_view::npos ? sp : sp - at);
    if (std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords)) return true;
    if (sp == std::string_view::npos) break;
    at = sp + 1;
  }
  return false;
}

std::string_view CodeOn(const std::vector<DatedCode>& codes, uint32_t date) {
  for (const DatedCode& c : codes) {
    if ((c.from || c.to) && (c.from == 0 || date >= c.from) && (c.to == 0 || date <= c.to)) {
      return c.code;
    }
  }
  for (const DatedCode& c : codes) {
    if (!c.from && !c.to) return c.code;
  }
  return {};
}

ActorRef ActorFromCode(std::string_view code) {
  ActorRef a;
  if (code.size() < 3) return a;
  const std::string_view head = code.substr(0, 3);
  if (head == "IGO" || head == "NGO") {
    a.country = std::string(code.size() >= 6 ? code.substr(3, 3) : head);
    a.role = std::string(head);
    a.code = a.country;
    return a;
  }
  if (head == "IMG") {  // international militarized groups
    a.country = std::string(code.size() >= 6 ? code.substr(3, 3) : head);
    a.role = "INS";
    a.code = a.country + a.role;
    return a;
  }
  a.country = std::string(head);
  const std::string_view role = code.size() >= 6 ? code.substr(3, 3) : std::string_view();
  if (IsRole(role)) {
    a.role = std::string(role);
    a.code = a.country + a.role;
  } else {
    a.code = a.country;
  }
  return a;
}

Result<std::string> CompileActorDictionary(const std::vector<std::string>& actor_files,
                                           const std::vector<std::string>& agent_files,
                                           ActorCompileStats* stats) {
  std::map<std::string, std::string> persons;  // key -> "P"/"O" + codes (first file wins)
  std::map<std::string, std::string> agents;   // key -> role
  for (const std::string& path : actor_files) {
    std::string text;
    if (!ReadFile(path, &text)) return Status::NotFound(path + ": cannot open");
    ++stats->files;
    std::vector<std::string> names;
    std::vector<DatedCode> codes;
    const bool groups_file = path.ends_with("MilNonState.actors.txt");
    auto flush = [&] {
      const bool bare_country = std::all_of(codes.begin(), codes.end(),
                                            [](const DatedCode& c) { return c.code.size() <= 3; });
      if (!codes.empty() && !bare_country) {
        ++stats->actors;
        const bool org = groups_file || names.empty() || IsOrganizationName(names[0]);
        std::string formatted(1, org ? 'O' : 'P');
        formatted += FormatCodes(codes);
        for (const std::string& n : names) {
          if (persons.emplace(n, formatted).second) ++stats->names;
        }
      }
      names.clear();
      codes.clear();
    };
    std::istringstream lines(text);
    std::string raw;
    while (std::getline(lines, raw)) {
      std::string_view line = raw;
      if (const size_t hash = line.find('#'); hash != std::string_view::npos) {
        line = line.substr(0, hash);
      }
      if (TrimBlanks(line).empty()) continue;
      const bool indented = line[0] == ' ' || line[0] == '\t';
      if (!indented && line[0] != '+') flush();
      if (!indented) {
        const std::string_view body = line[0] == '+' ? line.substr(1) : line;
        const std::string_view name = HeadName(body);
        if (!name.empty() && name.find_first_of("{}!<>+") == std::string_view::npos) {
          const std::string key = KeyOf(name);
          if (key.size() >= 3) names.push_back(key);
        }
        ParseCodes(body.substr(name.size()), &codes);
      } else {
        ParseCodes(line, &codes);
      }
    }
    flush();
  }
  for (const std::string& path : agent_files) {
    std::string text;
    if (!ReadFile(path, &text)) return Status::NotFound(path + ": cannot open");
    ++stats->files;
    std::map<std::string, std::vector<std::string>> sets;  // "!PERSON!" -> words
    std::istringstream lines(text);
    std::string raw;
    int lineno = 0;
    while (std::getline(lines, raw)) {
      ++lineno;
      std::string_view line = raw;
      if (const size_t hash = line.find('#'); hash != std::string_view::npos) {
        line = line.substr(0, hash);
      }
      line = TrimBlanks(line);
      if (line.empty()) continue;
      if (line[0] == '!' && line.find('[') == std::string_view::npos) {
        // "!PERSON! = MAN, MEN, WOMAN"
        const size_t eq = line.find('=');
        if (eq == std::string_view::npos) {
          return Status::InvalidInput(path + ":" + std::to_string(lineno) +
                                      ": expected '!SET! = WORD, WORD'");
        }
        std::vector<std::string>& words = sets[std::string(TrimBlanks(line.substr(0, eq)))];
        std::string_view rest = line.substr(eq + 1);
        while (!rest.empty()) {
          const size_t comma = rest.find(',');
          const std::string_view w = TrimBlanks(rest.substr(0, comma));
          if (!w.empty()) words.emplace_back(w);
          if (comma == std::string_view::npos) break;
          rest.remove_prefix(comma + 1);
        }
        continue;
      }
      const size_t open = line.find("[~");
      if (open == std::string_view::npos) continue;
      const size_t close = line.find(']', open);
      if (close == std::string_view::npos) continue;
      const std::string_view role = AgentRoleOf(line.substr(open + 2, close - open - 2));
      if (role.empty()) continue;
      std::string phrase(
          TrimBlanks(line.substr(line[0] == '+' ? 1 : 0, open - (line[0] == '+' ? 1 : 0))));
      if (const size_t brace = phrase.find('{'); brace != std::string::npos) {
        phrase = std::string(TrimBlanks(phrase.substr(0, brace)));
      }
      std::vector<std::string> forms = {phrase};
      for (const auto& [set, words] : sets) {
        std::vector<std::string> next;
        for (const std::string& f : forms) {
          const size_t at = f.find(set);
          if (at == std::string::npos) {
            next.push_back(f);
            continue;
          }
          for (const std::string& w : words) {
            next.push_back(f.substr(0, at) + w + f.substr(at + set.size()));
          }
        }
        forms = std::move(next);
      }
      for (const std::string& f : forms) {
        if (f.find('!') != std::string::npos) continue;
        const std::string key = KeyOf(f);
        if (key.empty()) continue;
        if (agents.emplace(key, std::string(role)).second) ++stats->agents;
        // Regular plurals are implied by the source ("CIVILIAN" covers "civilians").
        if (!key.ends_with('s') && !key.ends_with("man"))
          agents.emplace(key + "s", std::string(role));
      }
    }
  }
  std::string out =
      "# dateline actor dictionary: compiled by `dateline build-actors` from the PETRARCH2\n"
      "# dictionaries (MIT licence, see models/NOTICE) and data/actors/supplement.txt.\n"
      "# P|O<TAB>name key<TAB>CODE[@FROM-TO];...   G<TAB>agent key<TAB>ROLE\n";
  for (const auto& [k, v] : persons) {
    out.append(v, 0, 1).append("\t").append(k).append("\t").append(v, 1) += '\n';
  }
  for (const auto& [k, v] : agents) out.append("G\t").append(k).append("\t").append(v) += '\n';
  return out;
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Load(const std::string& path) {
  std::string text;
  if (!ReadFile(path, &text)) return Status::NotFound(path + ": cannot open the actor dictionary");
  return Parse(text, path);
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Parse(std::string_view text,
                                                                const std::string& what) {
  std::unique_ptr<ActorDictionary> d(new ActorDictionary());
  std::unordered_map<std::string_view, uint32_t> interned;  // kind + codes -> actor index
  int lineno = 0;
  while (!text.empty()) {
    ++lineno;
    const size_t nl = text.find('\n');
    const std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (line.empty() || line[0] == '#') continue;
    const size_t t1 = line.find('\t');
    const size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos || t1 != 1) {
      return Status::Corruption(what + ":" + std::to_string(lineno) +
                                ": expected 'P|O|G<TAB>key<TAB>value'");
    }
    const std::string key(line.substr(2, t2 - 2));
    const std::string_view value = line.substr(t2 + 1);
    if (line[0] == 'G') {
      d->agents_.emplace(key, std::string(value));
      continue;
    }
    if (line[0] != 'P' && line[0] != 'O') {
      return Status::Corruption(what + ":" + std::to_string(lineno) + ": unknown record kind");
    }
    // The kind letter and the codes together identify an actor.
    const std::string_view ident = line[0] == 'O' ? line.substr(t2) : value;  // "\tCODES" for O
    auto [it, inserted] = interned.try_emplace(ident, static_cast<uint32_t>(d->actors_.size()));
    if (inserted) {
      std::vector<DatedCode> codes;
      std::string_view rest = value;
      while (!rest.empty()) {
        const size_t semi = rest.find(';');
        const std::string_view item = rest.substr(0, semi);
        rest.remove_prefix(semi == std::string_view::npos ? rest.size() : semi + 1);
        DatedCode c;
        const size_t at = item.find('@');
        c.code = std::string(item.substr(0, at));
        if (at != std::string_view::npos) {
          const std::string_view range = item.substr(at + 1);
          const size_t dash = range.find('-');
          const std::string_view from = range.substr(0, dash);
          const std::string_view to =
              dash == std::string_view::npos ? std::string_view() : range.substr(dash + 1);
          std::from_chars(from.data(), from.data() + from.size(), c.from);
          std::from_chars(to.data(), to.data() + to.size(), c.to);
        }
        codes.push_back(std::move(c));
      }
      d->actors_.push_back({std::move(codes), line[0] == 'O'});
    }
    for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
      d->prefixes_.insert(key.substr(0, sp));
    }
    d->names_.emplace(key, it->second);
  }
  return d;
}

const NamedActor* ActorDictionary::Find(std::string_view name) const {
  auto it = names_.find(PlaceKey(name));
  return it == names_.end() ? nullptr : &actors_[it->second];
}

std::string_view ActorDictionary::AgentRole(std::string_view phrase) const {
  auto it = agents_.find(PlaceKey(phrase));
  return it == agents_.end() ? std::string_view() : std::string_view(it->second);
}

const NamedActor* ActorDictionary::Match(const Doc& doc, uint32_t i, uint32_t end,
                                         uint32_t* match_end) const {
  const NamedActor* best = nullptr;
  std::string key;
  for (uint32_t j = i; j < end && j - i < kMaxTokens; ++j) {
    const std::string_view text = doc.TokenText(j);
    const bool possessive = j > i && IsPossessiveMark(text);
    // ("The March 23 Movement": a number inside a name.)
    const bool number_inside = j > i && doc.tokens[j].kind == TokenKind::kNumber;
    if (!possessive && !number_inside && doc.tokens[j].kind != TokenKind::kWord) break;
    if (possessive) {
      key += "s";  // "Tigray People's Liberation Front": the dictionary writes PEOPLES
    } else {
      const std::string part = PlaceKey(text);
      if (part.empty()) break;
      if (!key.empty()) key.push_back(' ');
      key += part;
    }
    // (A name ends in a word: "May 15" is a date.)
    if (auto it = names_.find(key); it != names_.end() && !number_inside) {
      best = &actors_[it->second];
      *match_end = j + 1;
    }
    if (!prefixes_.count(key)) {
      // "People" may go on as "People's" (PEOPLES).
      const std::string_view next = j + 1 < end ? doc.TokenText(j + 1) : std::string_view();
      if (!IsPossessiveMark(next) || (!prefixes_.count(key + "s") && !names_.count(key + "s"))) {
        break;
      }
    }
  }
  return best;
}

}  // namespace dateline::entities
