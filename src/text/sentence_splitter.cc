#include "text/sentence_splitter.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "text/char_class.h"
#include "text/lexicon.h"

namespace dateline {

namespace {

using text::IsAsciiLower;
using text::IsAsciiUpper;

// What kind of sentence end a token may be.
enum class Terminator : uint8_t {
  kNone,
  kPeriod,    // . and full stops of other scripts
  kStrong,    // ? ! and runs of them
  kEllipsis,  // ... …
  kTitle,     // Mr. Dr. Gen. No. e.g.: never ends a sentence
  kInitial,   // W.
  kMonth,     // Jan. Sept.
  kCanEnd,    // U.S. Inc. etc. a.m.
};

// How a single line break between two tokens acts.
enum class LineBreak : uint8_t { kNone, kSentence, kParagraph };

// Shape of the body's lines, computed once per body.
struct Layout {
  size_t max_line = 0;   // longest line in bytes
  bool wrapped = false;  // lines are hard wrapped: line breaks often fall mid-sentence
};

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Calls f(line_start, line_end, next_line_start) for each line of s; line_end excludes
// trailing blanks and next_line_start is s.size() for the last line.
template <typename F>
void ForEachLine(std::string_view s, F f) {
  const char* d = s.data();
  const size_t n = s.size();
  size_t line_start = 0;
  while (true) {
    const void* nl = line_start < n ? std::memchr(d + line_start, '\n', n - line_start) : nullptr;
    const size_t k = nl != nullptr ? static_cast<size_t>(static_cast<const char*>(nl) - d) : n;
    size_t r = k;
    while (r > line_start && IsBlank(d[r - 1])) --r;
    f(line_start, r, nl != nullptr ? k + 1 : n);
    if (nl == nullptr) return;
    line_start = k + 1;
  }
}

Layout ComputeLayout(std::string_view s) {
  Layout layout;
  ForEachLine(
      s, [&](size_t b, size_t e, size_t) { layout.max_line = std::max(layout.max_line, e - b); });
  // Look at the breaks after long lines (headlines are short): in hard-wrapped text
  // they fall mid-sentence most of the time, in text with a paragraph per line only by
  // accident.
  const size_t n = s.size();
  size_t long_breaks = 0;
  size_t mid_sentence = 0;
  ForEachLine(s, [&](size_t b, size_t e, size_t next) {
    if (e == b || next >= n || (e - b) * 2 < layout.max_line) return;
    size_t m = next;
    while (m < n && IsBlank(s[m])) ++m;
    if (m >= n || s[m] == '\n') return;
    ++long_breaks;
    const char last = s[e - 1];
    // The next line starts lowercase (not iPhone), or this one ends in a word or a comma.
    const bool lower = IsAsciiLower(s[m]) && !(m + 1 < n && IsAsciiUpper(s[m + 1]));
    const bool open_end = text::IsAsciiAlnum(last) || last == ',' || last == ';' || last == '-';
    mid_sentence += lower || open_end;
  });
  // Lines of a few words are not wrapped text, whatever they end with.
  layout.wrapped = layout.max_line >= 40 && mid_sentence > 0 && mid_sentence * 5 >= long_breaks;
  return layout;
}

char32_t FirstCodePoint(std::string_view t) {
  if (t.empty()) return 0;
  uint8_t len;
  return text::DecodeAt(t, 0, &len);
}

class Splitter {
 public:
  Splitter(std::string_view body, const std::vector<Token>& tokens, std::vector<Sentence>* out)
      : s_(body), tokens_(tokens), out_(out), layout_(ComputeLayout(body)) {}

  void Run();

 private:
  std::string_view Text(size_t i) const {
    const Token& t = tokens_[i];
    return s_.substr(t.byte_start, t.byte_end - t.byte_start);
  }
  int LineBreaksBefore(size_t i) const;
  Terminator Classify(size_t i) const;
  bool IsCloser(size_t i) const;
  bool IsOpener(size_t i) const;
  bool StartsSentence(size_t next, Terminator t, size_t term) const;
  bool StartsLine(size_t i) const;
  // True if token i exists and is a word starting with an uppercase letter.
  bool UpperWordAt(size_t i) const;
  LineBreak ClassifyLineBreak(size_t i) const;
  void Close(size_t end);

  std::string_view s_;
  const std::vector<Token>& tokens_;
  std::vector<Sentence>* out_;
  Layout layout_;
  size_t begin_ = 0;
  uint32_t paragraph_ = 0;
  uint32_t begin_paragraph_ = 0;
};

// 0, 1 (a line break) or 2 (a blank line or paragraph separator) before token i.
int Splitter::LineBreaksBefore(size_t i) const {
  const size_t b = tokens_[i - 1].byte_end;
  const size_t e = tokens_[i].byte_start;
  if (e == b || (e == b + 1 && s_[b] == ' ')) return 0;
  int breaks = 0;
  for (size_t p = b; p < e; ++p) {
    const auto c = static_cast<unsigned char>(s_[p]);
    if (c == '\n') {
      ++breaks;
    } else if (c == '\r') {
      breaks += p + 1 >= e || s_[p + 1] != '\n';
    } else if (c == '\f') {
      breaks += 2;
    } else if (c == 0xE2 && p + 2 < e && static_cast<unsigned char>(s_[p + 1]) == 0x80) {
      const auto c2 = static_cast<unsigned char>(s_[p + 2]);
      breaks += c2 == 0xA9 ? 2 : c2 == 0xA8 ? 1 : 0;  // U+2029, U+2028
    } else if (c == 0xC2 && p + 1 < e && static_cast<unsigned char>(s_[p + 1]) == 0x85) {
      ++breaks;  // NEL
    }
    if (breaks >= 2) return 2;
  }
  return breaks;
}

Terminator Splitter::Classify(size_t i) const {
  const Token& tok = tokens_[i];
  const std::string_view t = Text(i);
  if (tok.kind == TokenKind::kPunctuation) {
    const char c = t[0];
    if (c == '.') return t.size() == 1 ? Terminator::kPeriod : Terminator::kEllipsis;
    if (c == '?' || c == '!') return Terminator::kStrong;
    if (static_cast<unsigned char>(c) < 0x80) return Terminator::kNone;
    switch (FirstCodePoint(t)) {
      case 0x2026:
        return Terminator::kEllipsis;
      case 0x3002:
      case 0xFF0E:
      case 0xFF61:
      case 0x06D4:
      case 0x0964:
        return Terminator::kPeriod;
      case 0x203C:
      case 0x2047:
      case 0x2048:
      case 0x2049:
      case 0xFF01:
      case 0xFF1F:
      case 0x061F:
        return Terminator::kStrong;
      default:
        return Terminator::kNone;
    }
  }
  if (tok.kind != TokenKind::kWord || t.size() < 2 || t.back() != '.') return Terminator::kNone;
  const std::string_view stem = t.substr(0, t.size() - 1);
  if (stem.find('.') != std::string_view::npos) {
    if (stem == "e.g" || stem == "i.e" || stem == "E.g" || stem == "I.e") return Terminator::kTitle;
    return Terminator::kCanEnd;
  }
  if (tok.cp_end - tok.cp_start == 2) {
    return text::IsUpperLetter(FirstCodePoint(t)) ? Terminator::kInitial : Terminator::kTitle;
  }
  switch (text::LookupAbbreviation(stem)) {
    case text::AbbrevClass::kTitle:
    case text::AbbrevClass::kNumeric:
      return Terminator::kTitle;
    case text::AbbrevClass::kMonth:
      return Terminator::kMonth;
    default:
      return Terminator::kCanEnd;
  }
}

bool Splitter::IsCloser(size_t i) const {
  const std::string_view t = Text(i);
  if (tokens_[i].kind != TokenKind::kPunctuation) return false;
  if (t == "\"" || t == "'") return !tokens_[i].space_before;
  if (t == ")" || t == "]" || t == "}") return true;
  switch (FirstCodePoint(t)) {
    case 0x201D:  // ”
    case 0x2019:  // ’
    case 0x00BB:  // »
    case 0x203A:  // ›
    case 0x300D:  // 」
    case 0x300F:  // 』
    case 0xFF09:  // ）
      return true;
    default:
      return false;
  }
}

bool Splitter::IsOpener(size_t i) const {
  const std::string_view t = Text(i);
  if (tokens_[i].kind != TokenKind::kPunctuation) return false;
  if (t == "\"" || t == "'") return i == 0 || tokens_[i].space_before;
  if (t == "(" || t == "[" || t == "{") return true;
  switch (FirstCodePoint(t)) {
    case 0x201C:  // “
    case 0x2018:  // ‘
    case 0x201E:  // „
    case 0x00AB:  // «
    case 0x2039:  // ‹
    case 0x300C:  // 「
    case 0x300E:  // 『
    case 0xFF08:  // （
      return true;
    default:
      return false;
  }
}

// True if token `next` plausibly starts a sentence after terminator token `term`.
bool Splitter::StartsSentence(size_t next, Terminator t, size_t term) const {
  const Token& nt = tokens_[next];
  const std::string_view text = Text(next);
  // Full stops of scripts written without spaces (。！？) need none after them.
  const bool spaced =
      nt.space_before || static_cast<unsigned char>(s_[tokens_[term].byte_start]) >= 0x80;
  switch (t) {
    case Terminator::kNone:
    case Terminator::kTitle:
      return false;
    case Terminator::kInitial:
    case Terminator::kMonth:
    case Terminator::kCanEnd:
      if (!spaced) return false;
      // After an abbreviation a bracket usually adds to the sentence: "10 a.m. (GMT)".
      if (IsOpener(next)) return text != "(" && text != "[" && UpperWordAt(next + 1);
      return nt.kind == TokenKind::kWord && text::IsSentenceStarter(text);
    case Terminator::kEllipsis:
      if (!spaced) return false;
      if (IsOpener(next)) return true;
      return nt.kind == TokenKind::kWord && text::IsUpperLetter(FirstCodePoint(text));
    case Terminator::kPeriod:
    case Terminator::kStrong:
      break;
  }
  const char32_t first = FirstCodePoint(text);
  if (!spaced) {
    // A missing space after the stop: "the end.The next", "the end.(Reuters)".
    if (term == 0) return false;
    if (text == "(" && t == Terminator::kPeriod) {
      if (!UpperWordAt(next + 1)) return false;
    } else if (nt.kind != TokenKind::kWord || text.size() < 2 || !IsAsciiUpper(text[0]) ||
               !IsAsciiLower(text[1])) {
      return false;
    }
    const Token& before = tokens_[term - 1];
    return before.kind == TokenKind::kWord && before.byte_end - before.byte_start >= 2 &&
           IsAsciiLower(s_[before.byte_end - 1]);
  }
  switch (nt.kind) {
    case TokenKind::kWord:
      if (text::IsUpperLetter(first)) return true;
      if (text::IsLowerLetter(first)) {
        // Brand names that start lowercase: iPhone, eBay.
        return t == Terminator::kPeriod && text.size() >= 2 && IsAsciiUpper(text[1]);
      }
      return true;  // caseless scripts
    case TokenKind::kNumber:
      // "1. The first point" is a list item, not a sentence.
      return true;
    case TokenKind::kSymbol:
    case TokenKind::kOther:
      return true;
    case TokenKind::kPunctuation:
      return IsOpener(next);
  }
  return false;
}

bool Splitter::UpperWordAt(size_t i) const {
  return i < tokens_.size() && tokens_[i].kind == TokenKind::kWord &&
         text::IsUpperLetter(FirstCodePoint(Text(i)));
}

bool Splitter::StartsLine(size_t i) const {
  const Token& t = tokens_[i];
  switch (t.kind) {
    case TokenKind::kWord:
      return !text::IsLowerLetter(FirstCodePoint(Text(i)));
    case TokenKind::kNumber:
    case TokenKind::kSymbol:
    case TokenKind::kOther:
      return true;
    case TokenKind::kPunctuation:
      return IsOpener(i);
  }
  return false;
}

// A single line break before token i.
LineBreak Splitter::ClassifyLineBreak(size_t i) const {
  if (!layout_.wrapped) return LineBreak::kParagraph;
  const size_t line_end = tokens_[i - 1].byte_end;
  size_t line_start = line_end;
  while (line_start > 0 && s_[line_start - 1] != '\n') --line_start;
  while (line_start < line_end && IsBlank(s_[line_start])) ++line_start;
  // Would the next line's first word have fitted on this line (with a little slack for
  // wrappers that count differently)? Then the break was made on purpose.
  size_t next_end = tokens_[i].byte_start;
  while (next_end < s_.size() && static_cast<unsigned char>(s_[next_end]) > ' ') ++next_end;
  const size_t next_len = next_end - tokens_[i].byte_start;
  const bool fits = (line_end - line_start) + 1 + next_len + 2 <= layout_.max_line;
  size_t k = i - 1;
  while (k > begin_ && IsCloser(k)) --k;
  const Terminator t = Classify(k);
  if (t != Terminator::kNone) {
    if (!StartsSentence(i, t, k)) return LineBreak::kNone;
    return fits ? LineBreak::kParagraph : LineBreak::kSentence;
  }
  if (!fits || !StartsLine(i)) return LineBreak::kNone;
  // A headline: the line was cut short with no final punctuation.
  const Token& last = tokens_[i - 1];
  if (last.kind == TokenKind::kPunctuation && !IsCloser(i - 1)) return LineBreak::kNone;
  if (last.kind == TokenKind::kWord && text::IsFunctionWord(Text(i - 1))) return LineBreak::kNone;
  return LineBreak::kParagraph;
}

void Splitter::Close(size_t end) {
  if (end <= begin_) return;
  Sentence s;
  s.token_begin = static_cast<uint32_t>(begin_);
  s.token_end = static_cast<uint32_t>(end);
  s.paragraph = begin_paragraph_;
  out_->push_back(s);
  begin_ = end;
  begin_paragraph_ = paragraph_;
}

void Splitter::Run() {
  const size_t n = tokens_.size();
  size_t i = 0;
  while (i < n) {
    if (i > 0) {
      const int breaks = LineBreaksBefore(i);
      LineBreak kind = LineBreak::kNone;
      if (breaks >= 2) {
        kind = LineBreak::kParagraph;
      } else if (breaks == 1) {
        kind = ClassifyLineBreak(i);
      }
      if (kind != LineBreak::kNone) {
        Close(i);
        if (kind == LineBreak::kParagraph) {
          ++paragraph_;
          if (begin_ == i) begin_paragraph_ = paragraph_;
        }
      }
    }
    const Terminator t = Classify(i);
    if (t == Terminator::kNone) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && IsCloser(j) && LineBreaksBefore(j) == 0) ++j;
    if (j < n && LineBreaksBefore(j) == 0 && StartsSentence(j, t, i)) {
      // "1. The first point": a list number, not a sentence.
      const bool list_item = t == Terminator::kPeriod && i == begin_ + 1 &&
                             tokens_[begin_].kind == TokenKind::kNumber &&
                             tokens_[begin_].byte_end - tokens_[begin_].byte_start <= 2;
      if (!list_item) Close(j);
    }
    i = j;
  }
  Close(n);
}

}  // namespace

void SplitSentences(std::string_view body, const std::vector<Token>& tokens,
                    std::vector<Sentence>* out) {
  out->clear();
  if (tokens.empty()) return;
  Splitter(body, tokens, out).Run();
}

}  // namespace dateline
