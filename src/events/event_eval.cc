#include "events/event_eval.h"

#include <algorithm>
#include <initializer_list>
#include "read/file_io.h"

namespace dateline::events {
namespace {

// Sector prefixes that come before the country or organization in a code.
constexpr std::string_view kSectorPrefixes[] = {"IGO", "NGO", "IMG", "MNC", "UIS"};

bool IsSector(std::string_view s) {
  return std::find(std::begin(kSectorPrefixes), std::end(kSectorPrefixes), s) !=
         std::end(kSectorPrefixes);
}

std::string DecodeEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      bool done = false;
      for (auto [name, c] : std::initializer_list<std::pair<std::string_view, char>>{
               {"&quot;", '"'}, {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&apos;", '\''}}) {
        if (s.substr(i, name.size()) == name) {
          out += c;
          i += name.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out += s[i];
  }
  return out;
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// The value of attribute `name` in a start tag (quoted with ' or "), or nullopt-like
// empty with found=false.
bool Attribute(std::string_view tag, std::string_view name, std::string* value) {
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    const bool boundary = pos > 0 && (tag[pos - 1] == ' ' || tag[pos - 1] == '\t' ||
                                      tag[pos - 1] == '\n' || tag[pos - 1] == '\r');
    size_t j = pos + name.size();
    while (j < tag.size() && tag[j] == ' ') ++j;
    if (!boundary || j >= tag.size() || tag[j] != '=') {
      pos += name.size();
      continue;
    }
    ++j;
    while (j < tag.size() && tag[j] == ' ') ++j;
    if (j >= tag.size() || (tag[j] != '"' && tag[j] != '\'')) return false;
    const char q = tag[j];
    const size_t end = tag.find(q, j + 1);
    if (end == std::string_view::npos) return false;
    *value = DecodeEntities(tag.substr(j + 1, end - j - 1));
    return true;
  }
  return false;
}

size_t LineAt(std::string_view xml, size_t pos) {
  return 1 + static_cast<size_t>(std::count(xml.begin(), xml.begin() + pos, '\n'));
}

}  // namespace

Result<std::vector<PetrarchRecord>> ReadPetrarchRecords(const std::string& path) {
  auto text = reading::ReadDataFile(path);
  if (!text.ok()) return text.status();
  return ParsePetrarchRecords(*text, path);
}

Result<std::vector<PetrarchRecord>> ParsePetrarchRecords(std::string_view xml,
                                                         std::string_view name) {
  std::vector<PetrarchRecord> records;
  auto error = [&](size_t pos, std::string_view what) {
    return Status::InvalidInput(std::string(name) + ":" + std::to_string(LineAt(xml, pos)) + ": " +
                                std::string(what));
  };
  PetrarchRecord* open = nullptr;
  size_t pos = 0;
  while ((pos = xml.find('<', pos)) != std::string_view::npos) {
    if (xml.substr(pos, 4) == "<!--") {
      const size_t end = xml.find("-->", pos + 4);
      if (end == std::string_view::npos) return error(pos, "unterminated comment");
      pos = end + 3;
      continue;
    }
    const size_t close = xml.find('>', pos);
    if (close == std::string_view::npos) return error(pos, "unterminated tag");
    const std::string_view tag = xml.substr(pos, close + 1 - pos);
    size_t name_end = tag.size() > 1 && tag[1] == '/' ? 2 : 1;
    while (name_end < tag.size() && tag[name_end] != ' ' && tag[name_end] != '>' &&
           tag[name_end] != '/' && tag[name_end] != '\n' && tag[name_end] != '\t' &&
           tag[name_end] != '\r') {
      ++name_end;
    }
    const std::string_view tag_name = tag.substr(1, name_end - 1);
    if (tag_name == "Sentence") {
      if (open != nullptr) return error(pos, "<Sentence> inside <Sentence>");
      records.emplace_back();
      open = &records.back();
      open->line = LineAt(xml, pos);
      Attribute(tag, "id", &open->id);
      std::string date, evaluate;
      if (!Attribute(tag, "date", &date)) return error(pos, "<Sentence> without a date");
      if (date.size() != 8 ||
          !std::all_of(date.begin(), date.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return error(pos, "expected date=\"YYYYMMDD\", got \"" + date + "\"");
      }
      open->date = date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
      if (Attribute(tag, "evaluate", &evaluate)) open->evaluate = evaluate != "false";
    } else if (tag_name == "/Sentence") {
      if (open == nullptr) return error(pos, "</Sentence> without <Sentence>");
      open = nullptr;
    } else if (open != nullptr && tag_name == "EventCoding") {
      std::string ignored;
      if (Attribute(tag, "noevents", &ignored) || Attribute(tag, "error", &ignored)) {
        // No events expected: none, or the sentence is to be discarded as an error.
      } else {
        EventTriple t;
        if (!Attribute(tag, "sourcecode", &t.source) || !Attribute(tag, "targetcode", &t.target) ||
            !Attribute(tag, "eventcode", &t.cameo)) {
          return error(pos, "<EventCoding> needs sourcecode, targetcode and eventcode");
        }
        open->gold.push_back(std::move(t));
      }
    } else if (open != nullptr && tag_name == "Text") {
      const size_t end = xml.find("</Text>", close);
      if (end == std::string_view::npos) return error(pos, "unterminated <Text>");
      open->text = CollapseSpace(DecodeEntities(xml.substr(close + 1, end - close - 1)));
      pos = end + 7;
      continue;
    } else if (open != nullptr && tag_name == "Parse") {
      const size_t end = xml.find("</Parse>", close);
      if (end == std::string_view::npos) return error(pos, "unterminated <Parse>");
      pos = end + 8;
      continue;
    }
    pos = close + 1;
  }
  if (open != nullptr) return error(xml.size(), "unterminated <Sentence>");
  return records;
}

ActorKey KeyOfCode(std::string_view code) {
  ActorKey k;
  if (code.size() < 3) return k;
  if (IsSector(code.substr(0, 3))) {
    k.role = std::string(code.substr(0, 3));
    if (code.size() >= 6)
      k.country = std::string(code.substr(3, 3));
    else
      k.country = k.role;
    return k;
  }
  k.country = std::string(code.substr(0, 3));
  if (code.size() >= 6) k.role = std::string(code.substr(3, 3));
  return k;
}

std::string ActorKey::Code() const {
  if (IsSector(role)) return role == country ? role : role + country;
  return country + role;
}

ActorKey KeyOfActor(std::string_view code, std::string_view country, std::string_view role) {
  if (country.empty()) return KeyOfCode(code);
  ActorKey k;
  k.country = std::string(country);
  if (role != "UNK") k.role = std::string(role);
  return k;
}

bool EventsMatch(const EventTriple& gold, const EventTriple& predicted, MatchLevel level) {
  if (gold.cameo.size() < 2 || predicted.cameo.size() < 2) return false;
  if (level == MatchLevel::kFull ? gold.cameo != predicted.cameo
                                 : gold.cameo.compare(0, 2, predicted.cameo, 0, 2) != 0) {
    return false;
  }
  const ActorKey gs = KeyOfCode(gold.source), gt = KeyOfCode(gold.target);
  const ActorKey ps = KeyOfCode(predicted.source), pt = KeyOfCode(predicted.target);
  return gs.valid() && gt.valid() && gs == ps && gt == pt;
}

EventScores ScoreRecord(const std::vector<EventTriple>& gold,
                        const std::vector<EventTriple>& predicted, MatchLevel level,
                        std::vector<bool>* matched) {
  // Identical predictions count once.
  std::vector<const EventTriple*> preds;
  for (const EventTriple& p : predicted) {
    const bool seen = std::any_of(preds.begin(), preds.end(), [&](const EventTriple* q) {
      return q->source == p.source && q->target == p.target && q->cameo == p.cameo;
    });
    if (!seen) preds.push_back(&p);
  }
  EventScores s;
  s.gold = gold.size();
  s.predicted = preds.size();
  std::vector<bool> used(preds.size(), false);
  std::vector<bool> hit(gold.size(), false);
  for (size_t g = 0; g < gold.size(); ++g) {
    for (size_t p = 0; p < preds.size(); ++p) {
      if (used[p] || !EventsMatch(gold[g], *preds[p], level)) continue;
      used[p] = true;
      hit[g] = true;
      ++s.correct;
      break;
    }
  }
  if (matched != nullptr) *matched = std::move(hit);
  return s;
}

}  // namespace dateline::events
