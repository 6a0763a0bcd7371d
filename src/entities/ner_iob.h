// IOB files for training and scoring the entity recognizer.
//
// Two layouts are read: UNER-style tab-separated lines ("index<TAB>token<TAB>tag[...]",
// with "#" comment lines) and CoNLL-style space-separated lines ("token ... tag", with
// -DOCSTART- lines). Tags are normalized to IOB2 over PER, ORG and LOC: IOB1 chunks are
// re-begun, and other types (MISC) become O. Every input line is kept so predictions can
// be written back in the file's own layout, only the tag column replaced.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace dateline::entities {

struct IobSentence {
  std::vector<std::string> lines;  // raw lines, in order
  std::vector<std::string> words;
  std::vector<std::string> tags;  // IOB2: O, B-PER, I-ORG, ...
  std::vector<size_t> word_line;  // words[i] came from lines[word_line[i]]
  bool tabs = true;               // the line layout
  bool new_document = false;      // first sentence of a document (# newdoc, -DOCSTART-)
};

Result<std::vector<IobSentence>> ReadIob(const std::string& path);

// The sentence's lines with the tag column replaced by `tags`, then a blank line.
std::string FormatIob(const IobSentence& s, const std::vector<std::string>& tags);

}  // namespace dateline::entities
