// Tokenizer: splits a UTF-8 news body into word, number, punctuation and symbol tokens.
//
// The rules follow English news conventions (close to the Penn Treebank's, without
// rewriting any text): a token is always a contiguous byte span of the input.
//   - Words keep inner hyphens and apostrophes: Nagorno-Karabakh, 30-year-old, O'Brien.
//     The clitics 's 're 've 'll 'd 'm and n't are split off: Azerbaijan 's, do n't.
//   - Abbreviations, initials and dotted acronyms keep their period: Mr. W. U.S. a.m.
//   - Numbers are one token: 1,301  9.5  27/09/2020  2020-09-27  10:30  1990s  3rd  −5;
//     units and currency signs are separate: "$" "40", "9.5" "%".
//   - URLs, e-mail addresses, @handles and #hashtags are one token (kind kOther).
//   - Ellipses ("..." and "…"), runs of ?/!, and runs of the same dash are one token.
//   - Han ideographs are one token each; an emoji with its modifiers, ZWJ sequence or
//     flag pair is one symbol token.
// Every token carries byte offsets and Unicode code-point offsets into the body, and
// whether whitespace precedes it. The body must be valid UTF-8 (Doc guarantees it);
// malformed bytes are tolerated and never read out of bounds, but the code-point
// offsets then count bytes that are not UTF-8 continuation bytes. Bodies of 4 GiB or
// more are tokenized up to the first 4 GiB - 1 bytes (offsets are 32-bit).
//
// Cost is linear in the input; ASCII is classified by table lookup.
//
// Thread-safety: Tokenize is a pure function over its arguments and may run
// concurrently on different outputs.
#pragma once

#include <string_view>
#include <vector>

#include "doc/doc.h"

namespace dateline {

// Replaces the contents of *out with the tokens of body, in text order.
void Tokenize(std::string_view body, std::vector<Token>* out);

}  // namespace dateline
