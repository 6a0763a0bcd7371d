// SyntaxScores: accuracy of tags, lemmas and dependencies against a gold treebank, as
// the CoNLL 2018 shared task scores them on gold tokenization: every syntactic word
// counts (punctuation included); LAS compares the universal part of the relation
// ("nmod" for "nmod:poss").
//
// Thread-safety: a plain value.
#pragma once

#include <cstddef>
#include <vector>

#include "syntax/conllu.h"

namespace dateline::syntax {

struct SyntaxScores {
  size_t words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;

  // Adds one sentence; gold and pred have the same words.
  void Add(const std::vector<ConlluWord>& gold, const std::vector<ConlluWord>& pred);
  static double Percent(size_t right, size_t total) {
    return total ? 100.0 * static_cast<double>(right) / static_cast<double>(total) : 0.0;
  }
};

}  // namespace dateline::syntax
