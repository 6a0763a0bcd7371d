// EventCoder: turns the triggers of each sentence into coded events, reading the layers
// the earlier stages added — tokens and sentences, timexes, entities.
//
// Triggers are the hand-written table's (trigger_table.h) and, for verbs it lacks, the
// compiled CAMEO verb patterns (verb_patterns.h). For a trigger, in its sentence:
//   - source and target are actor-bearing entities: for an active verb the nearest one
//     before (source) and after (target, not past a clause boundary, and not a place
//     after "in"/"at"/"near" unless the act is one of force); for a passive verb the
//     patient before and the "by" agent after; for a noun an explicit "by X", a
//     modifier right before it ("Azerbaijani shelling"), or, for non-violent nouns, the
//     nearest actor before. Entities in the attribution ("the Kremlin said") and
//     entities on the other side of a quotation mark are skipped. When the syntax stage
//     ran, a verb's dependents override these guesses slot by slot: nsubj (or the
//     subject of the verb it completes, through xcomp/conj) is the source; obj, iobj,
//     nsubj:pass, or an obl with with/to/on/against/at... is the target; obl:agent or
//     "by" the source. A phrase names the actor of its head or of a compound, amod,
//     nmod or appos modifier ("the Calenardhon government", "ambassadors of Arnor").
//   - coordination: "Mordor, Rohan, Arnor and Bree welcomed ties with Osgiliath" is one
//     event per source and target pair; a joint act without a target ("Armenia and
//     Azerbaijan held talks / signed a ceasefire / clashed") one each way; a meeting
//     ("X met Y") is coded both ways, as CAMEO does.
//   - within a sentence, events with the same actors and CAMEO root are one event
//     ("fired two artillery shells"), keeping the hand-written trigger, else the finer
//     code; so are the same act told with and without one of its actors ("TPLF launches
//     a surprise attack on the army", "Russian missile strikes hit Kyiv"); an actor
//     acting on itself is dropped.
//   - a topic label before a colon ("2011 Syrian protests: ...") is not part of the
//     sentence.
//   - the date is that of the nearest timex in the sentence (precision day, month or
//     year), else the article date with precision "article"; an invitation or promise
//     dated in the future keeps the article date (the date belongs to what is promised).
//   - status, attribution: see clause_cues.h; casualties: see casualties.h. A count
//     next to "killed"/"wounded" goes to the sentence's attack event when there is one.
//   - the location is a place entity governed by "in", "at", "near" (or "to" for a
//     meeting).
// Events without any actor and without casualties are not kept.
//
// Thread-safety: immutable after construction; Code() may run concurrently.
#pragma once

#include <optional>
#include <vector>

#include "doc/doc.h"
#include "entities/role_nouns.h"
#include "events/trigger_table.h"
#include "events/verb_patterns.h"

namespace dateline::events {

class EventCoder {
 public:
  // Loads the compiled verb patterns (models/verbs.tsv) when present; without them only
  // the trigger table codes.
  EventCoder();
  // Codes with the given verb patterns (none if null).
  explicit EventCoder(std::optional<VerbPatterns> verbs);

  // Appends the events of doc to *out, in sentence and trigger order.
  void Code(const Doc& doc, std::vector<Event>* out) const;

  const TriggerTable& triggers() const { return triggers_; }

 private:
  TriggerTable triggers_;
  entities::RoleNouns roles_;
  std::optional<VerbPatterns> verbs_;
};

}  // namespace dateline::events
