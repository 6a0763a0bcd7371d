// VerbPatterns: CAMEO verb patterns compiled from the PETRARCH2 verb dictionary
// (CAMEO.2.0.txt) plus the project's additions, and their matching against a verb in a
// sentence — "restore {diplomatic ties}" is 050, "ask (for {humanitarian aid})" 0233.
//
// Source format: a block "--- NAME [CODE] ---" lists verbs ("RESTORE", "SPEED {SPEEDING
// SPEEDS SPED}", "+ASK_FOR {...} [020]", each with an optional own code) and patterns
// "- PRE * POST [CODE] # comment" whose words come before (PRE) and after (POST) the verb;
// "{A B}" and "(IN X)" group words, "&SET" names a synonym set ("&SET" then "+WORD"
// lines), and the markers "$ + ^ %" are dropped. A pattern of particles and prepositions
// alone ("- * FOR [042] # GO") whose comment names verbs of its block applies to those
// verbs only: the dictionary groups near-synonyms into blocks, and "go for" is a visit
// where "conduct a swap for soldiers" is none. Patterns with a content word stay the
// whole block's. The compiler writes regular inflections
// (-s, -ed, -ing, with and without a doubled consonant) besides the irregular forms. A
// multi-word verb ("+GO_TO") codes only with its particle; its verb alone codes nothing,
// and the block's patterns hold for it with the particle before their words ("+CALL_OFF"
// in the CANCEL block: "called off a strike" is "off strike", not "called a strike").
// The project's additions (same format) are read first and replace the dictionary's
// entries for the verb forms they define ("leave" is a visit only in "leave for").
//
// Compiled file (models/verbs.tsv), tab-separated:
//   F  form  block  CODE|-  TYPE|-  [p]
//                                      a verb form of a block, with the verb's own code;
//                                      a form may have a line for each block it opens;
//                                      "p" when only a multi-word verb has it there
//   P  block  CODE  TYPE  PRE  POST  VERBS
//                                      a pattern (CODE "---" for a null pattern, one
//                                      that codes no event: "release * REPORT [---]");
//                                      PRE/POST are space-separated slots,
//                                      each '|'-separated alternatives (lower case);
//                                      VERBS the '|'-separated forms it applies to, or
//                                      "-" for every verb of the block
// TYPE is the PLOVER type of the code's root; CAMEO 01 (statements) has none ("-"): a
// verb or pattern with such a code codes no event.
//
// Matching applies to tokens the syntax stage tagged VERB only. Among a block's
// patterns the one with the most words found wins — POST words in order within a window
// after the verb, not past a clause boundary nor into a clause joined after it with a
// subject of its own; PRE words in order within a window before it — else the verb's own
// code. A word matches a token or its lemma, or the token with
// a plural ending.
//
// Thread-safety: Compile is a pure function; a loaded VerbPatterns is immutable and
// Match() may be called concurrently.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "events/doc_view.h"

namespace dateline::events {

// Compiles the text of a CAMEO verb dictionary (and optionally the project's additions
// in the same format) into the compiled file's text. Errors name the file and line.
Result<std::string> CompileVerbPatterns(std::string_view cameo, std::string_view cameo_name,
                                        std::string_view additions = {},
                                        std::string_view additions_name = {});

// The PLOVER type of a CAMEO code's root ("0256" -> REQUEST), or empty (01).
std::string_view PloverTypeOfCameo(std::string_view cameo);

struct VerbMatch {
  std::string cameo;
  std::string type;    // PLOVER
  uint32_t words = 0;  // pattern words matched (0: the verb's own code)
};

class VerbPatterns {
 public:
  static Result<VerbPatterns> Load(const std::string& path);
  static Result<VerbPatterns> Parse(std::string_view tsv, std::string_view name);

  // The code of the verb at token i of sentence [sb, se), if it is a dictionary verb and
  // it or one of its patterns carries a code.
  std::optional<VerbMatch> Match(const DocView& v, uint32_t sb, uint32_t se, uint32_t i) const;

  size_t form_count() const { return forms_.size(); }
  size_t pattern_count() const;

 private:
  struct Form {
    uint32_t block = 0;
    std::string cameo, type;  // empty: only through patterns
    bool phrasal = false;     // a phrasal verb's form: the block's patterns need its particle
  };
  struct Pattern {
    std::string cameo, type;
    std::vector<std::vector<std::string>> pre, post;  // slots of alternatives
    std::vector<std::string> verbs;                   // forms it is written for; empty: any
    bool spells_to = false;  // a post slot is "to": it reads on into an infinitive
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // A form may open several blocks ("go" alone, "go to", "go away").
  std::unordered_map<std::string, std::vector<Form>, Hash, std::equal_to<>> forms_;
  std::vector<std::vector<Pattern>> blocks_;
};

}  // namespace dateline::events
