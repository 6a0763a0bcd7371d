// EntityTagger: finds names of states, capitals, cities, regions, demonyms and
// organizations in tokenized text and resolves them to coded actors and places.
//
// Names come from the Gazetteer (longest match, case-sensitive). Each match becomes an
// Entity labelled GPE, LOC, NORP or ORG; then local context decides what it stands for:
//   - a capital names its government ("Ankara denied", "accused Ankara") unless it is
//     a location ("in Moscow", "invited to Moscow", "in Yerevan and Baku");
//   - a country or demonym takes the sector of an adjacent role noun: "Azeri civilians"
//     -> AZECVL, "Russian President" -> RUSGOV, "Armenia's defence ministry" -> ARMMIL,
//     "the foreign ministers of Azerbaijan" -> AZEGOV;
//   - a region with de facto authorities takes a government noun: "Nagorno-Karabakh
//     Ombudsman" -> NKRGOV;
//   - coordinated names share the role: "the Armenian and Azerbaijani foreign ministers"
//     -> ARMGOV and AZEGOV;
//   - a country or people before "-led" leads the group named next ("Saudi-led
//     coalition" -> SAU, "U.S.-led forces" -> USAMIL) and is no place;
//   - an ethnic group is civilians of the country its sentence places it in ("ethnic
//     Albanians in southern Serbia" -> SRBCVL), else of its own people;
//   - a people without a state (the name tables' peoples) keeps the home it has
//     ("Rohingya refugees" -> MMRCVL) or else belongs where its sentence places it, its
//     fighters as rebels ("Kurdish forces in northern Iraq" -> IRQREB).
// Places carry the canonical name, ISO3 country and coordinates of the capital, city or
// region centre. The entity span is the name itself; role nouns are not part of it.
//
// Thread-safety: immutable after construction; Tag() may run concurrently.
#pragma once

#include <vector>

#include "doc/doc.h"
#include "entities/gazetteer.h"
#include "entities/role_nouns.h"

namespace dateline::entities {

class EntityTagger {
 public:
  EntityTagger() = default;

  // Appends the entities of doc (tokenized; a doc without sentences counts as one
  // sentence) to *out, in token order.
  void Tag(const Doc& doc, std::vector<Entity>* out) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }
  const RoleNouns& roles() const { return roles_; }

 private:
  void TagSentence(const Doc& doc, uint32_t sentence, uint32_t begin, uint32_t end,
                   std::string* scratch, std::vector<Entity>* out) const;

  Gazetteer gazetteer_;
  RoleNouns roles_;
};

}  // namespace dateline::entities
