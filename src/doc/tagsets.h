// The closed tag sets of the syntax layer: Universal POS tags (UPOS), Penn Treebank
// tags (XPOS, as in UD English) and Universal Dependencies relations (with the English
// subtypes). Tokens store small ids into these tables; id 0 means "none" (not tagged, or
// a label outside the table).
//
// Thread-safety: the tables are constants; every function is pure.
#pragma once

#include <cstdint>
#include <string_view>

namespace dateline {

enum class Upos : uint8_t {
  kNone = 0,
  kAdj,
  kAdp,
  kAdv,
  kAux,
  kCconj,
  kDet,
  kIntj,
  kNoun,
  kNum,
  kPart,
  kPron,
  kPropn,
  kPunct,
  kSconj,
  kSym,
  kVerb,
  kX,
};

std::string_view UposName(Upos u);         // "NOUN"; "_" for kNone
Upos UposFromName(std::string_view name);  // kNone when unknown
std::string_view XposName(uint8_t id);     // "NNS"; "_" for 0
uint8_t XposFromName(std::string_view name);
std::string_view DeprelName(uint8_t id);  // "nsubj:pass"; "_" for 0
uint8_t DeprelFromName(std::string_view name);

}  // namespace dateline
