// Helpers shared by the text tests: token and sentence texts of a string.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "doc/doc.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace dateline::testing_util {

inline std::vector<std::string> TokenTexts(std::string_view body) {
  std::vector<Token> tokens;
  Tokenize(body, &tokens);
  std::vector<std::string> out;
  out.reserve(tokens.size());
  for (const Token& t : tokens) {
    out.emplace_back(body.substr(t.byte_start, t.byte_end - t.byte_start));
  }
  return out;
}

inline std::vector<std::string> SentenceTexts(std::string_view body) {
  std::vector<Token> tokens;
  Tokenize(body, &tokens);
  std::vector<Sentence> sentences;
  SplitSentences(body, tokens, &sentences);
  std::vector<std::string> out;
  for (const Sentence& s : sentences) {
    const uint32_t b = tokens[s.token_begin].byte_start;
    const uint32_t e = tokens[s.token_end - 1].byte_end;
    out.emplace_back(body.substr(b, e - b));
  }
  return out;
}

}  // namespace dateline::testing_util
