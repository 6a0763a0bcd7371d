// ActorLinker: the named-actor half of the entities stage. It finds the people and
// organizations of the actor dictionary in an article ("Vladimir Putin", "Jeyhun
// Bayramov", "Artak Beglaryan") and codes each with what it was on the article's date:
// Putin is RUSGOV in 2020 (head of state) as in 2010 (head of government), Poroshenko is
// UKRGOV in 2018 and UKROPP in 2020.
//
// A name is matched when it starts with a capital and is not the tail of a longer
// capitalized name. A person right after a title that already codes the actor ("Russian
// President Vladimir Putin": the entity "Russian" is RUSGOV) adds nothing and is left
// out, so an event has one source, not two.
//
// Thread-safety: immutable after construction; Link() may run concurrently.
#pragma once

#include <vector>

#include "doc/doc.h"
#include "entities/actor_dictionary.h"
#include "entities/place_gazetteer.h"
#include "entities/role_nouns.h"

namespace dateline::entities {

class ActorLinker {
 public:
  // `places` (optional): a name the dictionary codes with a country only ("Rafah" ->
  // PSE, "Puerto Rico" -> USA) that the gazetteer knows is left to the places.
  ActorLinker(const ActorDictionary& actors, const RoleNouns& roles,
              const PlaceGazetteer* places = nullptr)
      : actors_(actors), roles_(roles), places_(places) {}

  // Adds the named actors of doc to *entities, keeping them in token order.
  void Link(const Doc& doc, std::vector<Entity>* entities) const;

 private:
  const ActorDictionary& actors_;
  const RoleNouns& roles_;
  const PlaceGazetteer* places_;
};

}  // namespace dateline::entities
