// PLOVER gold-standard records: news sentences each coded with one PLOVER event, as
// in the PLOVER project's PLOVER_GSR_CAMEO file (the example sentences of the CAMEO
// manual recoded in PLOVER), and how coded events are scored against them.
//
// The file is a JSON array of objects. A record has "id", "text", "event" (the PLOVER
// type), "source" and "target" (each null, "" or an array of {"actorText", "code",
// "sector"}); other fields are ignored. Objects without "text" (the file's
// documentation entry) are skipped.
//
// The records were coded in an early PLOVER, whose types are mapped to the ones dateline
// codes (the 2021 CAMEO-to-PLOVER table): DEMAND is REQUEST, DISAPPROVE and INVESTIGATE
// are ACCUSE, FIGHT is ASSAULT.
//
// Each record names one event, while a sentence may tell of more; precision against
// these records is therefore a lower bound.
//
// Thread-safety: pure functions over values.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "doc/doc.h"

namespace dateline::events {

struct PloverActor {
  std::string text;    // the words the coder marked
  std::string code;    // country (ISO 3166 alpha-3) or organization kind, e.g. "IGO"
  std::string sector;  // e.g. GOV, MIL; may be empty
};

struct PloverRecord {
  std::string id;
  size_t index = 0;  // position among the records with text, from 0
  std::string text;
  std::string type;  // PLOVER type in dateline's (2021) names
  std::vector<PloverActor> sources, targets;
};

// Reads the records of a PLOVER gold-standard JSON file; errors name the file and the
// offending record.
Result<std::vector<PloverRecord>> ReadPloverRecords(const std::string& path);
// The same, from JSON already in memory (`name` is used in messages).
Result<std::vector<PloverRecord>> ParsePloverRecords(std::string_view json, std::string_view name);

// The 2021 name of an early-PLOVER event type ("DEMAND" -> "REQUEST"); other names are
// returned unchanged.
std::string_view ModernPloverType(std::string_view type);

// Whether a coded actor is one of the gold actors: the gold code is the actor's country,
// the start of its code ("IGO" for "IGOUNO") or its role.
bool PloverActorMatches(const std::vector<PloverActor>& gold, const ActorRef& actor);

// How a coded event compares with a record's event.
enum class PloverMatch {
  kNone,   // another type
  kType,   // the same type, but an actor differs
  kActors  // the same type; the source is a gold source, and the target a gold target
           // when the record names one
};
PloverMatch MatchPloverEvent(const PloverRecord& record, const Event& event);

}  // namespace dateline::events
