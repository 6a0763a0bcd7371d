// Sentence splitter: groups the tokens of a body into sentences and paragraphs.
//
// A sentence ends after a terminator (. ? ! ellipsis, or an abbreviation that may end
// one) together with any closing quotes and brackets after it — `"Stop." He left.`
// splits after the quote — when the next token plausibly starts a sentence: an
// uppercase word, a number, an opening quote or bracket. Titles (Mr. Dr. Gen. St.)
// never end a sentence; abbreviations that can (U.S. Inc. etc. a.m.) and initials
// (W.) end one only before a word that commonly opens a sentence (The, He, But ...).
//
// Paragraphs are separated by blank lines, and a sentence never crosses one. A single
// line break is read in the light of the whole body: in text whose lines are hard
// wrapped (some line break falls mid-sentence) it is a boundary only when the line was
// cut short on purpose — a headline without final punctuation, or the last line of a
// paragraph — and then also starts a paragraph; in text with one paragraph per line,
// every line break starts a paragraph. Every token belongs to exactly one sentence and
// sentences are in text order.
//
// Thread-safety: SplitSentences is a pure function over its arguments and may run
// concurrently on different outputs.
#pragma once

#include <string_view>
#include <vector>

#include "doc/doc.h"

namespace dateline {

// Replaces the contents of *out with the sentences of body; `tokens` must be the output
// of Tokenize(body).
void SplitSentences(std::string_view body, const std::vector<Token>& tokens,
                    std::vector<Sentence>* out);

}  // namespace dateline
