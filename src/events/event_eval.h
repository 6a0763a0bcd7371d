// Event evaluation against PETRARCH-format validation records: reading the records and
// scoring coded events against their expected (source, target, CAMEO code) triples.
//
// A record (<Sentence date="YYYYMMDD" id="..." [evaluate="false"]>) holds the raw
// sentence (<Text>), its expected events (<EventCoding sourcecode= targetcode=
// eventcode=>, or noevents="True") and a parse, which is ignored: the coder works from
// the raw text. Comments (<!-- -->) and everything outside <Sentence> are skipped.
//
// Actors are compared on country and role, the two parts every suite encodes:
//   - a code is split into a 3-letter country (or organization) and a 3-letter primary
//     role: "ARMGOV" is {ARM, GOV}, "USA" is {USA, -}, "ARNGOVFRM" is {ARN, GOV} (the
//     secondary role is ignored);
//   - an international or non-state sector prefix names the role and the next three
//     letters the country or organization: "IGOUNO" is {UNO, IGO}, "NGOARN" {ARN, NGO};
//   - "---" (unknown country) and an empty code match nothing.
// An event matches at root level when its CAMEO root (first two digits) and both actor
// keys are equal, and at full level when the whole CAMEO code is equal too. Each gold
// event is matched at most once; identical predicted triples of one record count once.
//
// Thread-safety: pure functions over values.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dateline::events {

// One coded event as the suites write it.
struct EventTriple {
  std::string source, target, cameo;
};

struct PetrarchRecord {
  std::string id;
  std::string date;      // YYYY-MM-DD
  std::string text;      // the sentence, whitespace collapsed to single spaces
  bool evaluate = true;  // false: the suite marks the record as not evaluated
  std::vector<EventTriple> gold;
  size_t line = 0;  // line of the <Sentence> tag
};

// Parses the records of a PETRARCH-format XML file. Errors name the file and line.
Result<std::vector<PetrarchRecord>> ReadPetrarchRecords(const std::string& path);
// The same, from text already in memory (`name` is used in messages).
Result<std::vector<PetrarchRecord>> ParsePetrarchRecords(std::string_view xml,
                                                         std::string_view name);

// Country and primary role of an actor code (see above).
struct ActorKey {
  std::string country, role;
  bool valid() const { return !country.empty() && country != "---"; }
  // The code back: country + role, or the sector prefix first ("IGOUNO").
  std::string Code() const;
  bool operator==(const ActorKey&) const = default;
};
ActorKey KeyOfCode(std::string_view code);
// The key of a resolved actor of ours: its country and role, or else its code.
ActorKey KeyOfActor(std::string_view code, std::string_view country, std::string_view role);

enum class MatchLevel { kRoot, kFull };

struct EventScores {
  size_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? static_cast<double>(correct) / predicted : 0; }
  double recall() const { return gold ? static_cast<double>(correct) / gold : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  void Add(const EventScores& o) {
    gold += o.gold;
    predicted += o.predicted;
    correct += o.correct;
  }
};

// True when a predicted event matches a gold one at `level`.
bool EventsMatch(const EventTriple& gold, const EventTriple& predicted, MatchLevel level);

// Scores one record's predictions against its gold events. `matched`, if given,
// receives for each gold event whether it was matched.
EventScores ScoreRecord(const std::vector<EventTriple>& gold,
                        const std::vector<EventTriple>& predicted, MatchLevel level,
                        std::vector<bool>* matched = nullptr);

}  // namespace dateline::events
