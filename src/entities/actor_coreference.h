// ActorCoreference: later mentions that refer back to an actor already named in the
// article — "he"/"she" after a person, and "the ministry", "the president", "the
// army" after an actor of that sector ("Russia's foreign ministry ... the ministry
// said") — become entities carrying the antecedent's actor.
//
// The rules are deliberately narrow: a pronoun takes the most recent person of the
// last two sentences (a title before a name the dictionaries lack, "Armenian Prime
// Minister Nikol Pashinyan announces he ...", only within its sentence); a definite
// singular role noun ("the" + noun, not followed by "of") takes the most recent actor
// of the same sector in the article, unless the sentence has named a country of its
// own before it ("Protesters in Armenia demand that the government resign" is
// Armenia's government) or pairs it with a domestic armed group or opposition ("the
// government and the Taliban"). A mention with no antecedent
// stays unresolved and is not added. A bare group of people ("Police", "protesters",
// "troops") that no name qualifies belongs to the country of the first place its
// sentence says something happened in ("Police arrest seven protesters in Minsk":
// BLRCOP).
//
// Thread-safety: immutable after construction; Resolve() may run concurrently.
#pragma once

#include <string>
#include <vector>

#include "doc/doc.h"
#include "entities/role_nouns.h"

namespace dateline::entities {

class ActorCoreference {
 public:
  explicit ActorCoreference(const RoleNouns& roles) : roles_(roles) {}

  // Adds the resolved back-references to *entities, keeping them in token order.
  void Resolve(const Doc& doc, std::vector<Entity>* entities) const;

 private:
  // A bare group role noun at token i: adds its entity to *found and returns true.
  bool LocalGroup(const Doc& doc, uint32_t i, const std::vector<Entity>& entities,
                  const std::vector<int32_t>& entity_at,
                  const std::vector<std::string>& scene_country, std::vector<Entity>* found) const;

  // "Russia says its air defence shot down", "the Houthis say their forces attacked": a
  // force after "its"/"their" at token i that is the subject of its own verb belongs to
  // `owner`, the last actor of the sentence. Adds its entity to *found and returns the
  // token after it, else 0.
  uint32_t OwnForces(const Doc& doc, uint32_t i, const std::vector<int32_t>& entity_at,
                     const Entity& owner, std::vector<Entity>* found) const;

  const RoleNouns& roles_;
};

}  // namespace dateline::entities
