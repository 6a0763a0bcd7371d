// TriggerTable: the words that signal an event, with the PLOVER type, CAMEO code and
// PLOVER mode they code to — "urged" (REQUEST 020 ... 0256), "invited" (AGREE 036),
// "talks" (CONSULT 040), "accused" (ACCUSE 112), "shelled" (ASSAULT 194), "killed"
// (ASSAULT 190, with casualties), "signed ... agreement" (SUPPORT 057), "arrested"
// (COERCE 173) — following the CAMEO-to-PLOVER correspondence of the PLOVER manual.
//
// Each entry lists its inflected verb forms and noun forms explicitly (no stemming).
// An entry can require a particle soon after ("call for", "calls on") or an object
// word ("sent troops", "signed an agreement", "released prisoners"). After a match,
// the complement refines the code: an appeal for a ceasefire is 0256, for talks 026,
// for the release of prisoners 0253; a demand the same with 105x/106/1053; a threat
// of force 138; a phone conversation 041; an air strike 195.
//
// Thread-safety: immutable after construction; Match() may be called concurrently.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/doc_view.h"

namespace dateline::events {

enum TriggerFlag : uint16_t {
  kIntent = 1 << 0,       // invite/offer/promise: a future date belongs to the intended act
  kRequest = 1 << 1,      // urge/call for/appeal/demand: acts in the complement are requested
  kKill = 1 << 2,         // counts nearby are the killed
  kInjure = 1 << 3,       // counts nearby are the injured
  kAccuse = 1 << 4,       // "accused X of doing": the act is alleged
  kNoAgent = 1 << 5,      // "died", "dead": no source
  kViolent = 1 << 6,      // an attack: its source must be explicit ("by X", "X's strike")
  kAttachOnly = 1 << 7,   // "died", "dead": counts for an attack in the sentence, no event alone
  kMissing = 1 << 8,      // counts nearby are the missing
  kDetain = 1 << 9,       // counts nearby are the detained
  kCountAfter = 1 << 10,  // the count follows the word: "the death toll rose to 30"
};

enum class Refinement : uint8_t {
  kNone,
  kAppeal,
  kDemand,
  kThreaten,
  kConsult,
  kAssault,
  kAid,
  kInvite,        // an invitation to talks is the talks to come (CONSULT)
  kLabourStrike,  // a strike by workers or a hunger strike (PROTEST), never an attack
};

struct TriggerDef {
  std::string_view verbs;  // inflected verb forms, '|'-separated
  std::string_view nouns;  // noun forms
  std::string_view type;   // PLOVER type
  std::string_view cameo;  // CAMEO code before refinement
  std::string_view mode;   // PLOVER mode or empty
  uint16_t flags = 0;
  std::string_view particles;  // one must follow within a few tokens ("for|on|to"), or empty
  std::string_view objects;    // one must follow within a few tokens, or empty
  Refinement refinement = Refinement::kNone;
  // One must follow in the complement (up to 14 tokens, within the clause), or empty:
  // "outlining that a settlement must begin with a ceasefire" is a request.
  std::string_view complements = {};
  // An object and then "to" and a verb must follow: "told Israel to end its blockade".
  bool object_to = false;
};

struct TriggerHit {
  const TriggerDef* def = nullptr;
  bool noun = false;
  std::string cameo;  // refined
  std::string mode;
  bool bare = false;  // a dictionary verb coded by its own code, no pattern words
};

class TriggerTable {
 public:
  TriggerTable();

  // The trigger at token i of a sentence ending at `end`, if any.
  std::optional<TriggerHit> Match(const DocView& v, uint32_t i, uint32_t end) const;

  size_t form_count() const { return forms_.size(); }

 private:
  struct Form {
    uint16_t def = 0;
    bool noun = false;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  void Refine(const DocView& v, uint32_t i, uint32_t end, TriggerHit* hit) const;

  std::unordered_map<std::string, std::vector<Form>, Hash, std::equal_to<>> forms_;
};

// The definition standing for a compiled dictionary verb of a PLOVER type (requests
// flagged as requests, attacks as violent), or null.
const TriggerDef* DictionaryDef(std::string_view plover_type);
// True for the definitions DictionaryDef returns.
bool IsDictionaryDef(const TriggerDef* def);

// "with naval gunfire support", "close air support": is token i "support" that a
// military word before it makes force rather than political backing?
bool MilitarySupport(const DocView& v, uint32_t i);

// All trigger definitions, for tests and documentation.
std::vector<TriggerDef> TriggerDefinitions();

}  // namespace dateline::events
