// The syntax stage of the pipeline: fills, for every token, its part of speech (UPOS
// and Penn Treebank XPOS), lemma and, when the parser is enabled, its dependency head
// and relation (Token::upos/xpos/lemma_begin/lemma_size/head/deprel, Doc::lemmas). It
// reads Doc::tokens and Doc::sentences, so it runs after the text stage; each sentence
// is tagged and parsed on its own.
//
// The models are loaded once, in NewSyntaxComponent(); Process() is const and keeps no
// state between calls, so one instance serves every thread of the pipeline.
#pragma once

#include <memory>
#include <string>

#include "pipeline/component.h"

namespace dateline {

struct SyntaxOptions {
  std::string pos_model;    // default: learn::ModelPath("pos.model")
  std::string parse_model;  // default: learn::ModelPath("parse.model")
  bool parse = true;        // false: tags and lemmas only
};

// The tagger, lemmatizer and (optionally) parser; an error names the model file.
Result<std::unique_ptr<Component>> NewSyntaxComponent(const SyntaxOptions& options = {});

}  // namespace dateline
