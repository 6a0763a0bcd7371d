#include "syntax/syntax_scores.h"

#include <string_view>

namespace dateline::syntax {

namespace {

std::string_view Universal(std::string_view rel) { return rel.substr(0, rel.find(':')); }

}  // namespace

void SyntaxScores::Add(const std::vector<ConlluWord>& gold, const std::vector<ConlluWord>& pred) {
  for (size_t i = 0; i < gold.size() && i < pred.size(); ++i) {
    const ConlluWord& g = gold[i];
    const ConlluWord& p = pred[i];
    ++words;
    upos += g.upos == p.upos;
    xpos += g.xpos == p.xpos;
    lemma += g.lemma == p.lemma;
    if (g.head == p.head) {
      ++uas;
      las += Universal(g.deprel) == Universal(p.deprel);
    }
  }
}

}  // namespace dateline::syntax
