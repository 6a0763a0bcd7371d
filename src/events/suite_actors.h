// SuiteActors: the small actor dictionary that a validation suite brings for its own
// world (the PETRARCH suites code invented states — "ARNOR_ [ARN]", "GONDOR [GON]" —
// that no real dictionary knows), laid over a document's entities before events are
// coded, so that a suite scores the event coder rather than the absence of its actors.
//
// Format (TABARI/PETRARCH actor file): a line "NAME [CODE]" opens an actor ('_' and
// spaces separate words; a trailing '_' makes the last word exact, otherwise it is a
// prefix, "ARGENTIN" for Argentina and Argentine); "+SYNONYM" lines add names; code
// lines "[CODE]", "[CODE <YYMMDD]", "[CODE >YYMMDD]" or "[CODE FROM - TO]" (YYMMDD or
// YYYYMMDD) may follow on the next lines; "[A/B]" keeps the first code; '#' starts a
// comment and "<!-- ... -->" blocks are skipped. Names only match capitalized tokens.
//
// An actor without a role takes the one of a role noun right after it ("Bree President
// Romendacil", "Arnor's foreign minister") or before "of" ("the ambassadors of Arnor").
//
// Thread-safety: immutable after loading; Annotate() may run concurrently on different
// Docs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "doc/doc.h"
#include "entities/role_nouns.h"

namespace dateline::events {

class SuiteActors {
 public:
  static Result<SuiteActors> Load(const std::string& path);
  static Result<SuiteActors> Parse(std::string_view text, std::string_view name);

  // Adds an actor entity for each dictionary name in doc (longest first), replacing the
  // entities it overlaps. Codes are chosen as of doc->date.
  void Annotate(Doc* doc, const entities::RoleNouns& roles) const;

  size_t size() const { return actors_.size(); }

 private:
  struct Code {
    std::string code;
    uint32_t from = 0, to = 0;  // YYYYMMDD, 0 = open
    bool dated = false;
  };
  struct Name {
    std::vector<std::string> words;  // lower case
    bool exact_last = false;
    size_t actor = 0;
  };
  std::string CodeOn(size_t actor, uint32_t date) const;

  std::vector<std::vector<Code>> actors_;
  std::vector<Name> names_;
};

}  // namespace dateline::events
