// CoNLL-U reading and writing, for training and scoring the syntax models.
//
// A ConlluSentence keeps every line of the input (comments, multiword-token ranges, empty
// nodes) so that predictions can be written back in the gold file's own format: only the
// LEMMA, UPOS, XPOS, HEAD and DEPREL columns of the word lines are replaced.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace dateline::syntax {

struct ConlluWord {
  std::string form, lemma, upos, xpos, deprel;
  int head = 0;  // 0 = root, else 1-based word index
  bool space_after = true;
};

struct ConlluSentence {
  std::vector<std::string> lines;  // the raw lines, in order
  std::vector<ConlluWord> words;   // the syntactic words (no ranges, no empty nodes)
  std::vector<size_t> word_line;   // words[i] came from lines[word_line[i]]
};

// Reads a CoNLL-U file; errors name the file and line.
Result<std::vector<ConlluSentence>> ReadConllu(const std::string& path);

// The sentence's lines with the word lines' LEMMA/UPOS/XPOS/HEAD/DEPREL columns taken
// from `words`, followed by a blank line.
std::string FormatConllu(const ConlluSentence& s, const std::vector<ConlluWord>& words);

}  // namespace dateline::syntax
