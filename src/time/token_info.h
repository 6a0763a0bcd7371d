// TokenInfo: the per-token view the temporal recognizers share — the token's text, its
// ASCII-lower-cased form, its entry in DateWords and, when the syntax stage ran, its verb
// form — computed once per document so that every rule reads a token with no further
// hashing or case folding.
//
// Thread-safety: plain values; a TokenInfo array belongs to the call that built it.
#pragma once

#include <string_view>
#include <vector>

#include "doc/doc.h"
#include "time/date_words.h"

namespace dateline::timex {

// The verb form the syntax stage tagged a token with (Penn Treebank XPOS), when it ran.
enum class VerbForm : unsigned char {
  kUntagged,    // no part-of-speech tags in the document
  kPast,        // VBD: "met", "urged"
  kParticiple,  // VBN: "planned" in "a service planned for Saturday"
  kPresent,     // VBP, VBZ: "meet", "plays"
  kModal,       // MD: "will", "would", "may"
  kOther,       // any other tag
};

struct TokenInfo {
  std::string_view text;   // as written
  std::string_view lower;  // ASCII lower case, possessive 's removed ("year's" -> "year")
  const DateWord* word = nullptr;
  TokenKind kind = TokenKind::kOther;
  bool space_before = false;
  bool capitalized = false;  // first byte is an ASCII capital letter
  VerbForm verb = VerbForm::kUntagged;
};

// Fills `infos` (one per token of `doc`) using `lower_body`, which must be doc.body with
// ASCII letters lower-cased (same length, so byte offsets carry over).
void BuildTokenInfos(const Doc& doc, std::string_view lower_body, const DateWords& words,
                     std::vector<TokenInfo>* infos);

}  // namespace dateline::timex
