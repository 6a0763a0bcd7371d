#include "text/tokenizer.h"

#include <cstdint>
#include <limits>

#include "text/char_class.h"
#include "text/lexicon.h"

namespace dateline {

namespace {

using text::CharAt;
using text::CharCat;
using text::CharInfo;
using text::IsAsciiAlnum;
using text::IsAsciiDigit;
using text::IsAsciiLower;
using text::IsAsciiUpper;
using text::IsTopLevelDomain;
using text::IsWordCat;
using text::LookupAbbreviation;

// Characters allowed in the local part of an e-mail address.
constexpr bool IsEmailLocalChar(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

constexpr bool IsHostChar(char c) { return IsAsciiAlnum(c) || c == '-'; }

constexpr bool IsHandleChar(char c) { return IsAsciiAlnum(c) || c == '_'; }

bool IsRegionalIndicator(char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

// Code points that extend an emoji: variation selectors, skin tones, keycap, tags.
bool IsEmojiModifier(char32_t cp) {
  return cp == 0xFE0E || cp == 0xFE0F || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x20E3 ||
         (cp >= 0xE0020 && cp <= 0xE007F);
}

// True if a word may continue with ".<digits>": it holds a digit (X1, magnitude-6) or
// is all uppercase ASCII (BA, XBB).
bool IsCodeLike(std::string_view word) {
  bool digit = false;
  bool all_upper = true;
  for (char c : word) {
    digit = digit || IsAsciiDigit(c);
    all_upper = all_upper && IsAsciiUpper(c);
  }
  return digit || (all_upper && word.size() >= 2);
}

class Tokenizer {
 public:
  Tokenizer(std::string_view s, std::vector<Token>* out) : s_(s), n_(s.size()), out_(out) {}

  void Run();

 private:
  CharInfo At(size_t p) const { return CharAt(s_, p); }
  char Byte(size_t p) const { return p < n_ ? s_[p] : '\0'; }
  bool WordAt(size_t p) const { return IsWordCat(At(p).cat); }

  uint32_t CodePointsTo(size_t byte);
  void Emit(size_t begin, size_t end, TokenKind kind);
  // True if the previous token ends at p with no space and is a word or number.
  bool AttachedToWord(size_t p) const;

  size_t ScanWord(size_t start, TokenKind* kind);
  size_t ContinueWord(size_t start, size_t p, TokenKind* kind);
  size_t ScanAcronym(size_t start, bool* is_acronym);
  size_t ScanNumber(size_t start, size_t digits_start, TokenKind* kind);
  size_t SkipDigits(size_t p) const;
  size_t ScanUrl(size_t start) const;
  size_t ScanEmail(size_t start) const;
  size_t ScanHostTail(size_t start, size_t dot) const;
  size_t ScanEmoji(size_t start, const CharInfo& first) const;
  size_t CliticLength(size_t p) const;
  bool IsNegationAt(size_t p) const;
  bool SignAllowed(size_t p) const;
  // True if the next non-blank character at or after p is an ASCII digit.
  bool IsDigitAhead(size_t p) const;

  std::string_view s_;
  size_t n_;
  std::vector<Token>* out_;
  bool space_ = false;
  size_t cp_byte_ = 0;
  uint32_t cp_ = 0;
};

uint32_t Tokenizer::CodePointsTo(size_t byte) {
  const auto* d = reinterpret_cast<const unsigned char*>(s_.data());
  uint32_t c = 0;
  for (size_t i = cp_byte_; i < byte; ++i) c += (d[i] & 0xC0) != 0x80;
  cp_ += c;
  cp_byte_ = byte;
  return cp_;
}

void Tokenizer::Emit(size_t begin, size_t end, TokenKind kind) {
  Token t;
  t.byte_start = static_cast<uint32_t>(begin);
  t.byte_end = static_cast<uint32_t>(end);
  t.cp_start = CodePointsTo(begin);
  t.cp_end = CodePointsTo(end);
  t.kind = kind;
  t.space_before = space_;
  space_ = false;
  out_->push_back(t);
}

bool Tokenizer::AttachedToWord(size_t p) const {
  if (space_ || out_->empty()) return false;
  const Token& prev = out_->back();
  return prev.byte_end == p && (prev.kind == TokenKind::kWord || prev.kind == TokenKind::kNumber);
}

// Length of a clitic ('s 'm 'd 're 've 'll) whose apostrophe starts at p, or 0.
size_t Tokenizer::CliticLength(size_t p) const {
  const CharInfo apo = At(p);
  const size_t q = p + apo.len;
  const char a = Byte(q) | 0x20;
  const char b = Byte(q + 1) | 0x20;
  if ((a == 's' || a == 'm' || a == 'd') && !WordAt(q + 1)) return apo.len + 1;
  if (((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')) &&
      IsAsciiAlnum(Byte(q)) && IsAsciiAlnum(Byte(q + 1)) && !WordAt(q + 2)) {
    return apo.len + 2;
  }
  return 0;
}

// True if "n't" (either apostrophe) starts at p and ends a word.
bool Tokenizer::IsNegationAt(size_t p) const {
  if ((Byte(p) | 0x20) != 'n') return false;
  const CharInfo apo = At(p + 1);
  if (apo.cat != CharCat::kApostrophe) return false;
  const size_t t = p + 1 + apo.len;
  return (Byte(t) | 0x20) == 't' && !WordAt(t + 1);
}

bool Tokenizer::SignAllowed(size_t p) const {
  if (!IsAsciiDigit(Byte(p + (At(p).len)))) return false;
  if (p == 0 || space_) return true;
  const char prev = s_[p - 1];
  return prev == '(' || prev == '[' || prev == '"' || prev == '/';
}

bool Tokenizer::IsDigitAhead(size_t p) const {
  while (p < n_ && (s_[p] == ' ' || s_[p] == '\t')) ++p;
  return IsAsciiDigit(Byte(p));
}

size_t Tokenizer::SkipDigits(size_t p) const {
  while (p < n_) {
    if (IsAsciiDigit(s_[p])) {
      ++p;
      continue;
    }
    if (static_cast<unsigned char>(s_[p]) < 0x80) break;
    const CharInfo c = At(p);
    if (c.cat != CharCat::kDigit) break;
    p += c.len;
  }
  return p;
}

// A URL starting at `start` (http://, https://, ftp://, www.), or `start` if none.
size_t Tokenizer::ScanUrl(size_t start) const {
  const std::string_view rest = s_.substr(start, 8);
  size_t prefix = 0;
  if (rest.starts_with("http://") || rest.starts_with("ftp://")) {
    prefix = rest[0] == 'h' ? 7 : 6;
  } else if (rest.starts_with("https://")) {
    prefix = 8;
  } else if (rest.starts_with("www.") && IsAsciiAlnum(Byte(start + 4))) {
    prefix = 4;
  } else {
    return start;
  }
  size_t p = start + prefix;
  int open = 0;
  int close = 0;
  while (p < n_) {
    const auto b = static_cast<unsigned char>(s_[p]);
    if (b < 0x80) {
      if (b <= ' ' || b == '<' || b == '>' || b == '"' || b == '`' || b == 127) break;
      open += b == '(';
      close += b == ')';
      ++p;
      continue;
    }
    const CharInfo c = At(p);
    if (c.cat == CharCat::kSpace || c.cat == CharCat::kPunct || c.cat == CharCat::kEllipsis ||
        c.cat == CharCat::kApostrophe || c.cat == CharCat::kDash) {
      break;
    }
    p += c.len;
  }
  // Trailing punctuation belongs to the sentence, not the URL.
  while (p > start + prefix) {
    const char c = s_[p - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
        c == ']' || c == '}') {
      --p;
    } else if (c == ')' && close > open) {
      --p;
      --close;
    } else {
      break;
    }
  }
  return p > start + prefix ? p : start;
}

// Host labels after a word: `dot` is the position of the first '.', and the last label
// must be a known top-level domain. Returns the end of the host (and any path), or 0.
size_t Tokenizer::ScanHostTail(size_t start, size_t dot) const {
  for (size_t i = start; i < dot; ++i) {
    if (!IsHostChar(s_[i])) return 0;
  }
  size_t p = dot;
  size_t good_end = 0;
  while (Byte(p) == '.' && IsAsciiAlnum(Byte(p + 1))) {
    size_t q = p + 1;
    bool lower = true;
    while (q < n_ && IsHostChar(s_[q])) {
      lower = lower && !IsAsciiUpper(s_[q]);
      ++q;
    }
    if (WordAt(q)) return good_end;  // a non-ASCII letter glued on: not a host
    if (lower && IsTopLevelDomain(s_.substr(p + 1, q - p - 1))) good_end = q;
    p = q;
  }
  if (good_end == 0 || good_end != p) return 0;
  // An optional path: /... up to whitespace.
  if (Byte(p) == '/' && IsAsciiAlnum(Byte(p + 1))) {
    size_t q = p;
    while (q<n_&& static_cast<unsigned char>(s_[q])> ' ' &&
           static_cast<unsigned char>(s_[q]) < 0x80 && s_[q] != '"' && s_[q] != ')' &&
           s_[q] != '<' && s_[q] != '>') {
      ++q;
    }
    while (q > p && (s_[q - 1] == '.' || s_[q - 1] == ',' || s_[q - 1] == ';' || s_[q - 1] == ':' ||
                     s_[q - 1] == '!' || s_[q - 1] == '?' || s_[q - 1] == '\'')) {
      --q;
    }
    return q;
  }
  return p;
}

// An e-mail address starting at `start`, or `start` if none.
size_t Tokenizer::ScanEmail(size_t start) const {
  size_t p = start;
  while (p < n_ && IsEmailLocalChar(s_[p])) ++p;
  if (Byte(p) != '@' || p == start) return start;
  size_t q = p + 1;
  int labels = 0;
  size_t end = start;
  while (q < n_ && IsHostChar(s_[q])) {
    const size_t label = q;
    while (q < n_ && IsHostChar(s_[q])) ++q;
    ++labels;
    if (labels >= 2 && q - label >= 2) end = q;
    if (Byte(q) == '.' && IsHostChar(Byte(q + 1))) {
      ++q;
    } else {
      break;
    }
  }
  if (end == start || WordAt(end)) return start;
  return end;
}

size_t Tokenizer::ScanEmoji(size_t start, const CharInfo& first) const {
  size_t p = start + first.len;
  bool pending_flag = IsRegionalIndicator(first.cp);
  while (p < n_) {
    const CharInfo c = At(p);
    if (IsEmojiModifier(c.cp)) {
      p += c.len;
    } else if (c.cp == 0x200D) {
      const CharInfo d = At(p + c.len);
      if (d.cat != CharCat::kSymbol) break;
      p += c.len + d.len;
    } else if (pending_flag && IsRegionalIndicator(c.cp)) {
      p += c.len;
      pending_flag = false;
    } else {
      break;
    }
  }
  return p;
}

// Dotted acronyms (U.S., a.m., U.S.A., U.S) and initials (W.). On return *is_acronym
// says whether more than one letter group was found; the result is the end of the
// acronym or initial, or `start` if the word is neither.
size_t Tokenizer::ScanAcronym(size_t start, bool* is_acronym) {
  *is_acronym = false;
  size_t p = start;
  int groups = 0;
  while (true) {
    const CharInfo c = At(p);
    if (c.cat != CharCat::kLetter) break;
    const size_t dot = p + c.len;
    if (Byte(dot) == '.') {
      // Needs the letter to stand alone: what follows the period decides the rest.
      ++groups;
      p = dot + 1;
      const CharInfo d = At(p);
      if (d.cat != CharCat::kLetter) break;
      if (Byte(p + d.len) == '.') continue;
      const CharInfo e = At(p + d.len);
      if (!IsWordCat(e.cat)) {
        p += d.len;  // a final letter without its period: U.S
        ++groups;
      }
      break;
    }
    break;
  }
  if (groups >= 2) {
    *is_acronym = true;
    return p;
  }
  if (groups == 1) {
    const CharInfo c = At(start);
    const size_t after = start + c.len + 1;
    // An uppercase initial keeps its period; so do the single-letter abbreviations.
    if (text::IsUpperLetter(c.cp)) return after;
    if (c.len == 1) {
      switch (LookupAbbreviation(s_.substr(start, 1))) {
        case text::AbbrevClass::kTitle:  // v. c.
          return after;
        case text::AbbrevClass::kNumeric:  // p. 5
          return IsDigitAhead(after) ? after : start;
        default:
          break;
      }
    }
  }
  return start;
}

size_t Tokenizer::ScanWord(size_t start, TokenKind* kind) {
  *kind = TokenKind::kWord;
  const CharInfo first = At(start);
  if (first.cat == CharCat::kLetter && Byte(start + first.len) == '.') {
    bool acronym = false;
    const size_t end = ScanAcronym(start, &acronym);
    if (end != start) {
      // An acronym may head a compound: U.S.-led.
      if (acronym && At(end).cat == CharCat::kHyphen && WordAt(end + At(end).len)) {
        return ContinueWord(start, end, kind);
      }
      return end;
    }
  }
  return ContinueWord(start, start, kind);
}

// Scans the rest of a word whose first part is [start, p).
size_t Tokenizer::ContinueWord(size_t start, size_t p, TokenKind* kind) {
  while (true) {
    if (p < n_ && IsAsciiAlnum(s_[p])) {
      ++p;
      continue;
    }
    const CharInfo c = At(p);
    switch (c.cat) {
      case CharCat::kLetter:
      case CharCat::kMark:
      case CharCat::kDigit:
        p += c.len;
        continue;
      case CharCat::kJoiner: {
        const CharInfo d = At(p + c.len);
        if (d.cat == CharCat::kLetter || d.cat == CharCat::kMark) {
          p += c.len + d.len;
          continue;
        }
        return p;
      }
      case CharCat::kHyphen: {
        const CharInfo d = At(p + c.len);
        if (d.cat == CharCat::kLetter && Byte(p + c.len + d.len) == '.') {
          bool acronym = false;
          const size_t end = ScanAcronym(p + c.len, &acronym);
          if (acronym) {  // pro-U.S.
            p = end;
            continue;
          }
        }
        if (d.cat == CharCat::kLetter || d.cat == CharCat::kDigit) {
          p += c.len + d.len;
          continue;
        }
        return p;
      }
      case CharCat::kApostrophe: {
        const size_t q = p + c.len;
        const CharInfo d = At(q);
        if (d.cat != CharCat::kLetter) return p;
        if (p >= start + 2 && IsNegationAt(p - 1)) return p - 1;  // do|n't
        if (CliticLength(p) != 0) return p;                       // Azerbaijan|'s
        p = q + d.len;                                            // O'Brien
        continue;
      }
      case CharCat::kPeriod: {
        const std::string_view word = s_.substr(start, p - start);
        switch (LookupAbbreviation(word)) {
          case text::AbbrevClass::kNone:
            break;
          case text::AbbrevClass::kNumeric:
            return IsDigitAhead(p + 1) ? p + 1 : p;
          default:
            return p + 1;
        }
        if (word == "Ph" && Byte(p + 1) == 'D' && Byte(p + 2) == '.') return p + 3;  // Ph.D.
        if (IsAsciiDigit(Byte(p + 1)) && IsCodeLike(word)) {
          // Versions and variant names: BA.2.75, X1.2-class, magnitude-6.5.
          p = SkipDigits(p + 1);
          continue;
        }
        if (IsAsciiLower(Byte(p + 1))) {
          const size_t host_end = ScanHostTail(start, p);
          if (host_end != 0) {
            *kind = TokenKind::kOther;
            return host_end;
          }
        }
        return p;
      }
      default:
        return p;
    }
  }
}

// A number whose digits start at digits_start (after an optional sign at start).
size_t Tokenizer::ScanNumber(size_t start, size_t digits_start, TokenKind* kind) {
  *kind = TokenKind::kNumber;
  size_t p = SkipDigits(digits_start);
  // ISO dates: 2020-09-27.
  if (p - digits_start == 4 && Byte(p) == '-' && IsAsciiDigit(Byte(p + 1))) {
    size_t q = p + 1;
    size_t m = q;
    while (m < q + 2 && IsAsciiDigit(Byte(m))) ++m;
    if (Byte(m) == '-' && IsAsciiDigit(Byte(m + 1))) {
      size_t d = m + 1;
      while (d < m + 3 && IsAsciiDigit(Byte(d))) ++d;
      if (!WordAt(d)) return d;
    }
  }
  while (p < n_) {
    const char c = s_[p];
    if (c == ',' && IsAsciiDigit(Byte(p + 1)) && IsAsciiDigit(Byte(p + 2)) &&
        IsAsciiDigit(Byte(p + 3)) && !IsAsciiDigit(Byte(p + 4))) {
      p += 4;  // thousands: 1,301
    } else if ((c == '.' || c == ':' || c == '/') && IsAsciiDigit(Byte(p + 1))) {
      p = SkipDigits(p + 1);  // 9.5  10:30  27/09/2020
    } else {
      break;
    }
  }
  // Plural decades and ordinals: 1990s, 3rd, 21st.
  const char a = Byte(p);
  const char b = Byte(p + 1);
  if (a == 's' && !WordAt(p + 1)) {
    ++p;
  } else if (((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
              (a == 't' && b == 'h')) &&
             !WordAt(p + 2)) {
    p += 2;
  }
  // Keycap emoji: 1️⃣.
  const CharInfo k = At(p);
  if (k.cp == 0xFE0F || k.cp == 0x20E3) {
    *kind = TokenKind::kSymbol;
    return ScanEmoji(p - 1, CharInfo{CharCat::kDigit, 1, static_cast<char32_t>(s_[p - 1])});
  }
  // Compounds: 30-year-old.
  const CharInfo h = At(p);
  if (h.cat == CharCat::kHyphen && At(p + h.len).cat == CharCat::kLetter) {
    *kind = TokenKind::kWord;
    return ContinueWord(start, p, kind);
  }
  return p;
}

void Tokenizer::Run() {
  size_t p = 0;
  while (p < n_) {
    const CharInfo c = At(p);
    const size_t start = p;
    TokenKind kind = TokenKind::kPunctuation;
    size_t end = p + c.len;
    switch (c.cat) {
      case CharCat::kEnd:
        return;
      case CharCat::kSpace:
        space_ = true;
        p += c.len;
        continue;
      case CharCat::kIgnorable:
      case CharCat::kJoiner:
        p += c.len;
        continue;
      case CharCat::kLetter:
      case CharCat::kMark: {
        if (c.cp < 0x80) {
          const char b = static_cast<char>(c.cp);
          if (b == 'h' || b == 'w' || b == 'f') {
            const size_t url = ScanUrl(start);
            if (url != start) {
              Emit(start, url, TokenKind::kOther);
              p = url;
              continue;
            }
          }
          const size_t email = ScanEmail(start);
          if (email != start) {
            Emit(start, email, TokenKind::kOther);
            p = email;
            continue;
          }
          if ((b == 'n' || b == 'N') && IsNegationAt(start) && AttachedToWord(start)) {
            end = start + 2 + At(start + 1).len;
            Emit(start, end, TokenKind::kWord);
            p = end;
            continue;
          }
        }
        end = ScanWord(start, &kind);
        break;
      }
      case CharCat::kDigit: {
        const size_t email = IsAsciiDigit(s_[start]) ? ScanEmail(start) : start;
        if (email != start) {
          end = email;
          kind = TokenKind::kOther;
        } else {
          end = ScanNumber(start, start, &kind);
        }
        break;
      }
      case CharCat::kIdeograph:
        kind = TokenKind::kWord;
        break;
      case CharCat::kNumberOther:
        kind = TokenKind::kNumber;
        break;
      case CharCat::kApostrophe: {
        const size_t clitic = AttachedToWord(start) ? CliticLength(start) : 0;
        if (clitic != 0) {
          end = start + clitic;
          kind = TokenKind::kWord;
        } else if (!AttachedToWord(start) && IsAsciiDigit(Byte(end)) &&
                   IsAsciiDigit(Byte(end + 1)) && !IsAsciiDigit(Byte(end + 2))) {
          // Two-digit years: '90s, '08.
          size_t q = end + 2;
          if (Byte(q) == 's') ++q;
          if (!WordAt(q)) {
            end = q;
            kind = TokenKind::kNumber;
          }
        }
        break;
      }
      case CharCat::kHyphen:
        if (c.cp == '-') {
          if (SignAllowed(start)) {
            end = ScanNumber(start, start + 1, &kind);
            break;
          }
          while (Byte(end) == '-') ++end;  // - -- ---
        }
        break;
      case CharCat::kMinus:
        if (SignAllowed(start)) {
          end = ScanNumber(start, end, &kind);
        } else {
          kind = TokenKind::kSymbol;
        }
        break;
      case CharCat::kPlus:
        if (SignAllowed(start)) {
          end = ScanNumber(start, end, &kind);
        } else {
          kind = TokenKind::kSymbol;
        }
        break;
      case CharCat::kPeriod:
        while (Byte(end) == '.') ++end;  // . .. ...
        break;
      case CharCat::kEllipsis:
      case CharCat::kTerminal:
      case CharCat::kDash:
        // A run of the same character (… …, ?!, ——) is one token; ? and ! mix.
        while (true) {
          const CharInfo d = At(end);
          if (d.cp == c.cp || (c.cat == CharCat::kTerminal && d.cat == CharCat::kTerminal)) {
            end += d.len;
          } else {
            break;
          }
        }
        break;
      case CharCat::kAt:
        if (IsHandleChar(Byte(end)) && !(start > 0 && IsAsciiAlnum(s_[start - 1]))) {
          while (IsHandleChar(Byte(end))) ++end;
          kind = TokenKind::kOther;
        } else {
          kind = TokenKind::kSymbol;
        }
        break;
      case CharCat::kHash: {
        const CharInfo d = At(end);
        if (Byte(end) == '_' || d.cat == CharCat::kLetter) {
          while (true) {
            if (Byte(end) == '_') {
              ++end;
              continue;
            }
            const CharInfo e = At(end);
            if (!IsWordCat(e.cat)) break;
            end += e.len;
          }
          kind = TokenKind::kOther;
        } else {
          kind = TokenKind::kSymbol;
        }
        break;
      }
      case CharCat::kPunct:
        break;
      case CharCat::kSymbol:
        kind = TokenKind::kSymbol;
        if (c.cp >= 0x80) end = ScanEmoji(start, c);
        break;
      case CharCat::kOther:
        kind = TokenKind::kOther;
        break;
    }
    Emit(start, end, kind);
    p = end;
  }
}

}  // namespace

void Tokenize(std::string_view body, std::vector<Token>* out) {
  out->clear();
  constexpr size_t kMaxBytes = std::numeric_limits<uint32_t>::max() - 1;
  if (body.size() > kMaxBytes) body = body.substr(0, kMaxBytes);
  out->reserve(body.size() / 5 + 1);
  Tokenizer(body, out).Run();
}

}  // namespace dateline
