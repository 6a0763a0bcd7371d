#include "events/suite_actors.h"

#include <algorithm>

#include "base/ascii.h"
#include "events/event_eval.h"
#include "read/file_io.h"

namespace dateline::events {
namespace {

// A YYMMDD or YYYYMMDD date as YYYYMMDD; 0 if malformed. Years 00-39 are 20xx.
uint32_t ParseDate(std::string_view s) {
  s = TrimBlanks(s);
  if ((s.size() != 6 && s.size() != 8) ||
      !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return 0;
  }
  const uint32_t n = static_cast<uint32_t>(std::stoul(std::string(s)));
  if (s.size() == 8) return n;
  const uint32_t yy = n / 10000;
  return (yy < 40 ? 20000000 : 19000000) + n;
}

}  // namespace

Result<SuiteActors> SuiteActors::Load(const std::string& path) {
  auto text = reading::ReadDataFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

Result<SuiteActors> SuiteActors::Parse(std::string_view text, std::string_view name) {
  SuiteActors d;
  bool in_comment = false;
  size_t line_no = 0;
  auto error = [&](std::string_view what) {
    return Status::InvalidInput(std::string(name) + ":" + std::to_string(line_no) + ": " +
                                std::string(what));
  };
  // Adds the bracketed codes of `s` to the current actor.
  auto add_codes = [&](std::string_view s) -> Status {
    size_t open;
    while ((open = s.find('[')) != std::string_view::npos) {
      const size_t close = s.find(']', open);
      if (close == std::string_view::npos) return error("unterminated [code]");
      std::string_view body = TrimBlanks(s.substr(open + 1, close - open - 1));
      s.remove_prefix(close + 1);
      if (d.actors_.empty()) return error("code before any actor");
      Code c;
      size_t sp = body.find_first_of(" \t<>");
      c.code = AsciiUpper(TrimBlanks(body.substr(0, sp)));
      if (const size_t slash = c.code.find('/'); slash != std::string::npos) {
        c.code.resize(slash);
      }
      std::string_view rest = sp == std::string_view::npos ? "" : TrimBlanks(body.substr(sp));
      if (!rest.empty()) {
        c.dated = true;
        if (rest.front() == '<') {
          c.to = ParseDate(rest.substr(1));
          if (c.to == 0) return error("bad date in [" + std::string(body) + "]");
        } else if (rest.front() == '>') {
          c.from = ParseDate(rest.substr(1));
          if (c.from == 0) return error("bad date in [" + std::string(body) + "]");
        } else if (const size_t dash = rest.find('-'); dash != std::string_view::npos) {
          c.from = ParseDate(rest.substr(0, dash));
          c.to = ParseDate(rest.substr(dash + 1));
          if (c.from == 0 || c.to == 0) return error("bad dates in [" + std::string(body) + "]");
        } else {
          return error("bad date restriction in [" + std::string(body) + "]");
        }
      }
      d.actors_.back().push_back(std::move(c));
    }
    return Status::OK();
  };
  auto add_name = [&](std::string_view s) {
    Name n;
    n.actor = d.actors_.size() - 1;
    s = TrimBlanks(s);
    n.exact_last = !s.empty() && s.back() == '_';
    std::string word;
    for (char c : s) {
      if (c == '_' || c == ' ' || c == '\t') {
        if (!word.empty()) n.words.push_back(AsciiLower(word));
        word.clear();
      } else {
        word += c;
      }
    }
    if (!word.empty()) n.words.push_back(AsciiLower(word));
    if (!n.words.empty()) d.names_.push_back(std::move(n));
  };
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (in_comment) {
      if (line.find("-->") != std::string_view::npos) in_comment = false;
      continue;
    }
    if (const size_t hash = line.find('#'); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    const std::string_view t = TrimBlanks(line);
    if (t.empty()) continue;
    if (t.front() == '<') {
      in_comment = t.find("-->") == std::string_view::npos && t.starts_with("<!");
      continue;
    }
    if (t.front() == '[') {
      if (Status st = add_codes(t); !st.ok()) return st;
      continue;
    }
    if (t.front() == '+') {
      if (d.actors_.empty()) return error("synonym before any actor");
      add_name(t.substr(
          1, t.find('[') == std::string_view::npos ? std::string_view::npos : t.find('[') - 1));
      if (Status st = add_codes(t); !st.ok()) return st;
      continue;
    }
    d.actors_.emplace_back();
    const size_t bracket = t.find('[');
    add_name(t.substr(0, bracket));
    if (bracket != std::string_view::npos) {
      if (Status st = add_codes(t.substr(bracket)); !st.ok()) return st;
    }
  }
  return d;
}

std::string SuiteActors::CodeOn(size_t actor, uint32_t date) const {
  std::string fallback;
  for (const Code& c : actors_[actor]) {
    if (!c.dated) {
      if (fallback.empty()) fallback = c.code;
      continue;
    }
    if ((c.from == 0 || date >= c.from) && (c.to == 0 || date <= c.to)) return c.code;
  }
  return fallback;
}

void SuiteActors::Annotate(Doc* doc, const entities::RoleNouns& roles) const {
  const uint32_t n = static_cast<uint32_t>(doc->tokens.size());
  if (n == 0) return;
  const uint32_t date =
      doc->date.valid()
          ? static_cast<uint32_t>(doc->date.year * 10000 + doc->date.month * 100 + doc->date.day)
          : 0;
  std::vector<std::string> lower(n);
  for (uint32_t i = 0; i < n; ++i) lower[i] = AsciiLower(doc->TokenText(i));
  std::vector<uint32_t> sentence_of(n, 0);
  for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
    for (uint32_t i = doc->sentences[s].token_begin; i < doc->sentences[s].token_end; ++i) {
      sentence_of[i] = s;
    }
  }
  auto sentence_end = [&](uint32_t i) {
    return doc->sentences.empty() ? n : doc->sentences[sentence_of[i]].token_end;
  };
  std::vector<Entity> added;
  for (uint32_t i = 0; i < n;) {
    const std::string_view first = doc->TokenText(i);
    size_t best = names_.size();
    uint32_t best_len = 0;
    if (!first.empty() && first[0] >= 'A' && first[0] <= 'Z') {
      for (size_t k = 0; k < names_.size(); ++k) {
        const Name& nm = names_[k];
        const uint32_t len = static_cast<uint32_t>(nm.words.size());
        if (len <= best_len || i + len > n) continue;
        bool ok = true;
        for (uint32_t w = 0; w < len && ok; ++w) {
          const bool last = w + 1 == len;
          // A stem takes a short ending only: "Argentin" + "a", "Eriador" + "ian".
          ok = last && !nm.exact_last ? lower[i + w].starts_with(nm.words[w]) &&
                                            lower[i + w].size() <= nm.words[w].size() + 3
                                      : lower[i + w] == nm.words[w];
        }
        if (ok) best = k, best_len = len;
      }
    }
    if (best == names_.size()) {
      ++i;
      continue;
    }
    const std::string code = CodeOn(names_[best].actor, date);
    if (code.empty() || code == "---" || code == "+++" || code == "###") {
      i += best_len;
      continue;
    }
    Entity e;
    e.token_begin = i;
    e.token_end = i + best_len;
    e.sentence = sentence_of[i];
    e.label = "GPE";
    ActorKey key = KeyOfCode(code);
    if (key.role.empty()) {
      // "Bree President Romendacil", "Arnor's foreign minister", "ambassadors of Arnor".
      const uint32_t se = sentence_end(i);
      uint32_t r = e.token_end;
      if (r < se && (lower[r] == "'s" || lower[r] == "\xE2\x80\x99s")) ++r;
      uint32_t phrase_end = r;
      std::string_view role = r < se ? roles.Match(*doc, r, se, &phrase_end) : "";
      if (role.empty() && i >= 2 && lower[i - 1] == "of") {
        for (uint32_t j = i - 1; j-- > 0 && i - 1 - j <= entities::RoleNouns::kMaxTokens;) {
          std::string_view rj = roles.Match(*doc, j, i - 1, &phrase_end);
          if (!rj.empty() && phrase_end == i - 1) {
            role = rj;
            break;
          }
        }
      }
      if (!role.empty()) key.role = std::string(role);
    }
    ActorRef ref;
    ref.country = key.country;
    ref.role = key.role;
    ref.code = key.Code();
    e.actor = ref;
    added.push_back(std::move(e));
    i += best_len;
  }
  if (added.empty()) return;
  std::vector<Entity>& ents = doc->entities;
  ents.erase(std::remove_if(ents.begin(), ents.end(),
                            [&](const Entity& e) {
                              return std::any_of(added.begin(), added.end(), [&](const Entity& a) {
                                return e.token_begin < a.token_end && a.token_begin < e.token_end;
                              });
                            }),
             ents.end());
  for (Entity& a : added) ents.push_back(std::move(a));
  std::stable_sort(ents.begin(), ents.end(),
                   [](const Entity& a, const Entity& b) { return a.token_begin < b.token_begin; });
}

}  // namespace dateline::events
