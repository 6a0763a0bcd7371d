#include "entities/role_nouns.h"

#include <iterator>
#include <utility>

namespace dateline::entities {
namespace {

// Singular and plural forms are both listed; "police" and "media" have no plural.
constexpr std::pair<std::string_view, std::string_view> kRoles[] = {
    // Government and diplomacy.
    {"president", "GOV"},
    {"presidents", "GOV"},
    {"presidency", "GOV"},
    {"prime minister", "GOV"},
    {"premier", "GOV"},
    {"minister", "GOV"},
    {"ministers", "GOV"},
    {"ministry", "GOV"},
    {"ministries", "GOV"},
    {"foreign minister", "GOV"},
    {"foreign ministers", "GOV"},
    {"foreign ministry", "GOV"},
    {"foreign office", "GOV"},
    {"interior minister", "GOV"},
    {"interior ministry", "GOV"},
    {"government", "GOV"},
    {"governments", "GOV"},
    {"authorities", "GOV"},
    {"official", "GOV"},
    {"officials", "GOV"},
    {"leader", "GOV"},
    {"leaders", "GOV"},
    {"leadership", "GOV"},
    {"chancellor", "GOV"},
    {"king", "GOV"},
    {"queen", "GOV"},
    {"diplomat", "GOV"},
    {"diplomats", "GOV"},
    {"ambassador", "GOV"},
    {"ambassadors", "GOV"},
    {"envoy", "GOV"},
    {"envoys", "GOV"},
    {"embassy", "GOV"},
    {"mission", "GOV"},
    {"spokesman", "GOV"},
    {"spokeswoman", "GOV"},
    {"spokesperson", "GOV"},
    {"cabinet", "GOV"},
    {"administration", "GOV"},
    {"regime", "GOV"},
    {"ombudsman", "GOV"},
    {"side", "GOV"},
    {"delegation", "GOV"},
    {"counterpart", "GOV"},
    {"counterparts", "GOV"},
    {"state", "GOV"},
    {"foreign affairs ministry", "GOV"},
    {"head of state", "GOV"},
    {"vice president", "GOV"},
    {"deputy prime minister", "GOV"},
    // Military.
    {"defence minister", "MIL"},
    {"defense minister", "MIL"},
    {"defence ministry", "MIL"},
    {"defense ministry", "MIL"},
    {"army", "MIL"},
    {"armies", "MIL"},
    {"armed forces", "MIL"},
    {"forces", "MIL"},
    {"special forces", "MIL"},
    {"troops", "MIL"},
    {"soldier", "MIL"},
    {"soldiers", "MIL"},
    {"serviceman", "MIL"},
    {"servicemen", "MIL"},
    {"military", "MIL"},
    {"navy", "MIL"},
    {"navies", "MIL"},
    {"naval forces", "MIL"},
    {"marines", "MIL"},
    {"coast guard", "MIL"},
    {"militaries", "MIL"},
    {"air force", "MIL"},
    {"air forces", "MIL"},
    {"air defence", "MIL"},
    {"air defense", "MIL"},
    {"air defences", "MIL"},
    {"air defenses", "MIL"},
    {"artillery", "MIL"},
    {"commander", "MIL"},
    {"commanders", "MIL"},
    {"general", "MIL"},
    {"generals", "MIL"},
    {"warplanes", "MIL"},
    {"jets", "MIL"},
    {"drones", "MIL"},
    {"military advisors", "MIL"},
    {"military advisers", "MIL"},
    {"border guards", "MIL"},
    // Police.
    {"police", "COP"},
    {"riot police", "COP"},
    {"policeman", "COP"},
    {"policemen", "COP"},
    {"police officers", "COP"},
    {"security forces", "COP"},
    {"security services", "COP"},
    // Civilians.
    {"civilian", "CVL"},
    {"civilians", "CVL"},
    {"people", "CVL"},
    {"resident", "CVL"},
    {"residents", "CVL"},
    {"citizen", "CVL"},
    {"citizens", "CVL"},
    {"villagers", "CVL"},
    {"children", "CVL"},
    {"women", "CVL"},
    {"refugees", "CVL"},
    {"asylum seekers", "CVL"},
    {"migrants", "CVL"},
    {"nationals", "CVL"},
    {"national", "CVL"},
    {"population", "CVL"},
    {"families", "CVL"},
    {"workers", "CVL"},
    {"students", "CVL"},
    {"pilgrims", "CVL"},
    // Media.
    {"journalist", "MED"},
    {"journalists", "MED"},
    {"reporter", "MED"},
    {"reporters", "MED"},
    {"blogger", "MED"},
    {"bloggers", "MED"},
    {"media", "MED"},
    {"newspaper", "MED"},
    {"press", "MED"},
    {"news agency", "MED"},
    {"broadcaster", "MED"},
    {"television", "MED"},
    {"correspondent", "MED"},
    {"state media", "MED"},
    // Rebels and insurgents.
    {"rebel", "REB"},
    {"rebels", "REB"},
    {"rebel forces", "REB"},
    {"rebel groups", "REB"},
    {"separatist", "REB"},
    {"separatists", "REB"},
    {"militia", "REB"},
    {"militias", "REB"},
    {"fighters", "REB"},  // "Kurdish fighters", "fighters in Raqqa": rarely an army's
    {"insurgent", "INS"},
    {"insurgents", "INS"},
    {"militant", "INS"},
    {"militants", "INS"},
    {"jihadists", "INS"},
    {"gunman", "INS"},
    {"gunmen", "INS"},
    // Opposition and parties.
    {"opposition", "OPP"},
    {"dissident", "OPP"},
    {"dissidents", "OPP"},
    {"protesters", "OPP"},
    {"protester", "OPP"},
    {"protestors", "OPP"},
    {"demonstrators", "OPP"},
    {"demonstrator", "OPP"},
    {"rioters", "OPP"},
    {"activist", "OPP"},
    {"activists", "OPP"},
    {"party", "PTY"},
    {"parties", "PTY"},
    // Judiciary and legislature.
    {"court", "JUD"},
    {"district court", "JUD"},
    {"supreme court", "JUD"},
    {"high court", "JUD"},
    {"federal court", "JUD"},
    {"appeals court", "JUD"},
    {"constitutional court", "JUD"},
    {"courts", "JUD"},
    {"judge", "JUD"},
    {"judges", "JUD"},
    {"prosecutor", "JUD"},
    {"prosecutors", "JUD"},
    {"parliament", "LEG"},
    {"national assembly", "LEG"},
    {"assembly", "LEG"},
    {"legislature", "LEG"},
    {"senate", "LEG"},
    {"lawmakers", "LEG"},
    {"legislators", "LEG"},
    {"mps", "LEG"},
    {"senators", "LEG"},
    {"senator", "LEG"},
    {"lawmaker", "LEG"},
    {"legislator", "LEG"},
    {"parliamentarian", "LEG"},
    {"congressman", "LEG"},
    {"congresswoman", "LEG"},
    {"member of parliament", "LEG"},
    {"parliamentarians", "LEG"},
    // Business and civil society.
    {"company", "BUS"},
    {"companies", "BUS"},
    {"firm", "BUS"},
    {"firms", "BUS"},
    {"airline", "BUS"},
    {"airlines", "BUS"},
    {"businessman", "BUS"},
    {"businessmen", "BUS"},
    {"ngo", "NGO"},
    {"charity", "NGO"},
};

void FoldAppend(std::string_view s, std::string* out) {
  for (char c : s) out->push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
}

}  // namespace

RoleNouns::RoleNouns() {
  roles_.reserve(std::size(kRoles));
  for (const auto& [phrase, role] : kRoles) roles_.emplace(std::string(phrase), std::string(role));
}

std::string_view RoleNouns::Find(std::string_view lower_phrase) const {
  auto it = roles_.find(lower_phrase);
  return it == roles_.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view RoleNouns::Match(const Doc& doc, uint32_t i, uint32_t end,
                                  uint32_t* phrase_end) const {
  std::string key;
  std::string_view best;
  for (uint32_t j = i; j < end && j < i + kMaxTokens; ++j) {
    if (doc.tokens[j].kind != TokenKind::kWord) break;
    if (j > i) key.push_back(' ');
    FoldAppend(doc.TokenText(j), &key);
    if (std::string_view role = Find(key); !role.empty()) {
      // "the Mexican general election", "a general strike": "general" before such a
      // noun is an adjective, not an officer.
      if (key == "general" && j + 1 < end) {
        std::string next;
        FoldAppend(doc.TokenText(j + 1), &next);
        if (next == "election" || next == "elections" || next == "strike" || next == "strikes" ||
            next == "assembly" || next == "public" || next == "amnesty" || next == "debate" ||
            next == "council" || next == "hospital") {
          continue;
        }
      }
      best = role;
      *phrase_end = j + 1;
    }
  }
  return best;
}

}  // namespace dateline::entities
