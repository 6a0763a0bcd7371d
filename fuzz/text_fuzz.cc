// Fuzz target for the text stage: any bytes, repaired to valid UTF-8, must tokenize and
// split without crashing, and the layers must satisfy their invariants.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "doc/doc.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string body =
      dateline::utf8::Repair(std::string_view(reinterpret_cast<const char*>(data), size), nullptr);
  std::vector<dateline::Token> tokens;
  dateline::Tokenize(body, &tokens);

  // Tokens: non-empty, in order, within the body, on code-point boundaries, with
  // code-point offsets that agree with the bytes; no token contains ASCII whitespace.
  uint32_t prev_end = 0;
  uint32_t prev_cp_end = 0;
  for (const dateline::Token& t : tokens) {
    Check(t.byte_start < t.byte_end);
    Check(t.byte_end <= body.size());
    Check(t.byte_start >= prev_end);
    Check(t.cp_start < t.cp_end);
    Check(t.cp_start >= prev_cp_end);
    const std::string_view text(body.data() + t.byte_start, t.byte_end - t.byte_start);
    Check(dateline::utf8::IsValid(text));
    Check(t.cp_end - t.cp_start == dateline::utf8::CountCodePoints(text));
    Check(t.cp_start ==
          dateline::utf8::CountCodePoints(std::string_view(body.data(), t.byte_start)));
    for (char c : text) Check(!IsSpaceByte(c));
    const std::string_view gap(body.data() + prev_end, t.byte_start - prev_end);
    bool has_space = false;
    for (char c : gap) has_space = has_space || IsSpaceByte(c);
    if (has_space) Check(t.space_before);
    prev_end = t.byte_end;
    prev_cp_end = t.cp_end;
  }
  // Nothing but whitespace and invisible characters is left out of the tokens.
  if (tokens.empty()) {
    for (char c : body)
      Check(static_cast<unsigned char>(c) >= 0x80 || IsSpaceByte(c) || c < 32 || c == 127);
  }

  // Sentences: non-empty, contiguous, covering every token in order; paragraph indices
  // never decrease.
  std::vector<dateline::Sentence> sentences;
  dateline::SplitSentences(body, tokens, &sentences);
  uint32_t next = 0;
  uint32_t paragraph = 0;
  for (const dateline::Sentence& s : sentences) {
    Check(s.token_begin == next);
    Check(s.token_begin < s.token_end);
    Check(s.paragraph >= paragraph);
    next = s.token_end;
    paragraph = s.paragraph;
  }
  Check(next == tokens.size());

  // Deterministic: a second run gives the same layers.
  std::vector<dateline::Token> again;
  dateline::Tokenize(body, &again);
  Check(again.size() == tokens.size());
  return 0;
}
