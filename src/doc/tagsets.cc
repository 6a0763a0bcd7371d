#include "doc/tagsets.h"

#include <array>

namespace dateline {

namespace {

constexpr std::array<std::string_view, 18> kUpos = {
    "_",   "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET", "INTJ", "NOUN",
    "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

constexpr std::array<std::string_view, 51> kXpos = {
    "_",    "$",   "''",  ",",    "-LRB-", "-RRB-", ".",   ":",   "ADD", "AFX", "CC",  "CD", "DT",
    "EX",   "FW",  "GW",  "HYPH", "IN",    "JJ",    "JJR", "JJS", "LS",  "MD",  "NFP", "NN", "NNP",
    "NNPS", "NNS", "PDT", "POS",  "PRP",   "PRP$",  "RB",  "RBR", "RBS", "RP",  "SYM", "TO", "UH",
    "VB",   "VBD", "VBG", "VBN",  "VBP",   "VBZ",   "WDT", "WP",  "WP$", "WRB", "``",  "XX"};

constexpr std::array<std::string_view, 58> kDeprel = {"_",
                                                      "acl",
                                                      "acl:relcl",
                                                      "advcl",
                                                      "advcl:relcl",
                                                      "advmod",
                                                      "amod",
                                                      "appos",
                                                      "aux",
                                                      "aux:pass",
                                                      "case",
                                                      "cc",
                                                      "cc:preconj",
                                                      "ccomp",
                                                      "compound",
                                                      "compound:prt",
                                                      "conj",
                                                      "cop",
                                                      "csubj",
                                                      "csubj:outer",
                                                      "csubj:pass",
                                                      "dep",
                                                      "det",
                                                      "det:predet",
                                                      "discourse",
                                                      "dislocated",
                                                      "expl",
                                                      "fixed",
                                                      "flat",
                                                      "goeswith",
                                                      "iobj",
                                                      "list",
                                                      "mark",
                                                      "nmod",
                                                      "nmod:desc",
                                                      "nmod:poss",
                                                      "nmod:unmarked",
                                                      "nsubj",
                                                      "nsubj:outer",
                                                      "nsubj:pass",
                                                      "nummod",
                                                      "obj",
                                                      "obl",
                                                      "obl:agent",
                                                      "obl:unmarked",
                                                      "orphan",
                                                      "parataxis",
                                                      "punct",
                                                      "reparandum",
                                                      "root",
                                                      "vocative",
                                                      "xcomp",
                                                      "flat:foreign",
                                                      "obl:tmod",
                                                      "obl:npmod",
                                                      "nmod:tmod",
                                                      "nmod:npmod",
                                                      "expl:pv"};

template <size_t N>
int Find(const std::array<std::string_view, N>& table, std::string_view name) {
  for (size_t i = 1; i < N; ++i) {
    if (table[i] == name) return static_cast<int>(i);
  }
  return 0;
}

}  // namespace

std::string_view UposName(Upos u) {
  const size_t i = static_cast<size_t>(u);
  return i < kUpos.size() ? kUpos[i] : kUpos[0];
}
Upos UposFromName(std::string_view name) { return static_cast<Upos>(Find(kUpos, name)); }
std::string_view XposName(uint8_t id) { return id < kXpos.size() ? kXpos[id] : kXpos[0]; }
uint8_t XposFromName(std::string_view name) { return static_cast<uint8_t>(Find(kXpos, name)); }
std::string_view DeprelName(uint8_t id) { return id < kDeprel.size() ? kDeprel[id] : kDeprel[0]; }
uint8_t DeprelFromName(std::string_view name) { return static_cast<uint8_t>(Find(kDeprel, name)); }

}  // namespace dateline
