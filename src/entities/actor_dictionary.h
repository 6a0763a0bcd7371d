// ActorDictionary: named actors — people and organizations — with the codes they carry
// over time, and agent nouns with the role they give ("spokeswoman" -> GOV), compiled
// from the PETRARCH2 actor and agent dictionaries and the project's supplement of
// leaders and ministers after 2015 (data/actors/supplement.txt, same format).
//
// Source format (TABARI/PETRARCH): a line "VLADIMIR_PUTIN_" opens an actor, lines
// "+PUTIN_" add synonyms, and codes in brackets follow on the same or the next lines:
// "[RUSGOV >080508]" from 8 May 2008 on, "[RUSGOV 991231-080507]" between two dates,
// "[RUSGOV <080507]" up to a date, "[RUSELI]" with no date (the default). Dates are
// YYMMDD; years 00-39 are 20xx. Agents are "SPOKESWOMAN [~GOV]", with "!PERSON!"-style
// substitution sets. Bare country entries ("ARMENIA_ [ARM]") are left to the name tables.
//
// The compiled file (models/actors.tsv) holds one line per name key:
//   P <TAB> key <TAB> CODE[@YYYYMMDD-YYYYMMDD];CODE...   (a person)
//   O <TAB> key <TAB> CODE[@YYYYMMDD-YYYYMMDD];CODE...   (an organization)
//   G <TAB> key <TAB> ROLE                               (an agent noun)
// An actor is taken for an organization when it comes from the non-state groups file,
// its main name is one word ("HAMAS") or it holds a word such as PARTY or ARMY.
// where keys are PlaceKey-normalized ("vladimir putin") and either date may be empty.
//
// Thread-safety: Compile* are pure functions; a loaded dictionary is immutable and its
// methods may be called concurrently.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/civil_date.h"
#include "base/status.h"
#include "doc/doc.h"

namespace dateline::entities {

// One code an actor carries, valid on [from, to] (0 = open), as YYYYMMDD integers.
struct DatedCode {
  std::string code;  // CAMEO-style, e.g. RUSGOV, IGOUNO
  uint32_t from = 0, to = 0;
};

// A named actor: its codes over time, and whether it is an organization (else a person).
struct NamedActor {
  std::vector<DatedCode> codes;
  bool organization = false;
};

// The code valid on `date` (YYYYMMDD): a dated code covering it, else the first undated
// one, else empty.
std::string_view CodeOn(const std::vector<DatedCode>& codes, uint32_t date);

// Whether a name key ("hamas", "justice and development party") names an organization
// rather than a person: one word, or a word such as party, army or council in it.
bool IsOrganizationName(std::string_view key);

// Splits a CAMEO-style code into the ActorRef the pipeline uses: "RUSGOV" -> RUS/GOV/
// RUSGOV, "IGOUNO" -> UNO/IGO/UNO, "RUSELI" -> RUS with no role (elites and unknown
// sectors keep only the country).
ActorRef ActorFromCode(std::string_view code);

struct ActorCompileStats {
  size_t actors = 0, names = 0, agents = 0, files = 0;
};

// Compiles PETRARCH-format actor files and agent files into the text of actors.tsv.
Result<std::string> CompileActorDictionary(const std::vector<std::string>& actor_files,
                                           const std::vector<std::string>& agent_files,
                                           ActorCompileStats* stats);

class ActorDictionary {
 public:
  static constexpr uint32_t kMaxTokens = 8;

  static Result<std::unique_ptr<ActorDictionary>> Load(const std::string& path);
  static Result<std::unique_ptr<ActorDictionary>> Parse(std::string_view text,
                                                        const std::string& what);

  // The actor of the longest name starting at token i (tokens [i, end)), with its end
  // through *match_end; nullptr when none.
  const NamedActor* Match(const Doc& doc, uint32_t i, uint32_t end, uint32_t* match_end) const;
  // The actor of one name ("Vladimir Putin"), or nullptr.
  const NamedActor* Find(std::string_view name) const;
  // The role of an agent noun phrase ("spokeswoman"), or empty.
  std::string_view AgentRole(std::string_view phrase) const;

  size_t name_count() const { return names_.size(); }
  size_t agent_count() const { return agents_.size(); }

 private:
  ActorDictionary() = default;

  std::vector<NamedActor> actors_;
  std::unordered_map<std::string, uint32_t> names_;  // key -> index into actors_
  std::unordered_set<std::string> prefixes_;         // every proper word prefix of a key
  std::unordered_map<std::string, std::string> agents_;
};

}  // namespace dateline::entities
