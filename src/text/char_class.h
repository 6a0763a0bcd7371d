// Character classes for tokenization: what role one code point plays in English news
// text (letter, digit, apostrophe, hyphen, quote, dash, space, ...).
//
// ASCII is classified by a constant 128-entry table, so the common case is one load;
// other code points are decoded from UTF-8 and classified with ICU's character
// properties. Everything here is a pure function over constant data and is safe to call
// from any number of threads.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dateline::text {

enum class CharCat : uint8_t {
  kEnd,          // past the end of the text
  kSpace,        // whitespace, line and paragraph separators, control characters
  kIgnorable,    // invisible format characters: ZWSP, BOM, bidi marks
  kLetter,       // letters of cased and caseless scripts
  kIdeograph,    // Han ideographs: one token each
  kMark,         // combining marks (continue a word)
  kJoiner,       // ZWJ, ZWNJ, soft hyphen, word joiner (inside a word only)
  kDigit,        // decimal digits of any script
  kNumberOther,  // other numeric characters: ½ ² Ⅻ
  kHyphen,       // - U+2010 U+2011: joins word parts
  kApostrophe,   // ' and U+2019: apostrophe or single quote
  kPeriod,       // .
  kTerminal,     // ? ! and their variants; the ideographic full stop
  kEllipsis,     // U+2026
  kDash,         // en and em dashes and other dash punctuation
  kMinus,        // U+2212 MINUS SIGN
  kPlus,         // +
  kAt,           // @
  kHash,         // #
  kPunct,        // other punctuation: , ; : ( ) [ ] quotes / ...
  kSymbol,       // currency, math and other symbols, emoji
  kOther,        // unassigned, private use, surrogates
};

// One decoded code point with its class and encoded length in bytes.
struct CharInfo {
  CharCat cat;
  uint8_t len;
  char32_t cp;
};

// Classifies a code point at or above U+0080.
CharCat ClassifyNonAscii(char32_t cp);

namespace internal {

constexpr std::array<CharCat, 128> MakeAsciiTable() {
  std::array<CharCat, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharCat k = CharCat::kSymbol;
    if (c < 32 || c == 127 || c == ' ') {
      k = CharCat::kSpace;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      k = CharCat::kLetter;
    } else if (c >= '0' && c <= '9') {
      k = CharCat::kDigit;
    } else {
      switch (c) {
        case '-':
          k = CharCat::kHyphen;
          break;
        case '\'':
          k = CharCat::kApostrophe;
          break;
        case '.':
          k = CharCat::kPeriod;
          break;
        case '?':
        case '!':
          k = CharCat::kTerminal;
          break;
        case '+':
          k = CharCat::kPlus;
          break;
        case '@':
          k = CharCat::kAt;
          break;
        case '#':
          k = CharCat::kHash;
          break;
        case ',':
        case ';':
        case ':':
        case '(':
        case ')':
        case '[':
        case ']':
        case '{':
        case '}':
        case '"':
        case '/':
        case '\\':
          k = CharCat::kPunct;
          break;
        default:
          k = CharCat::kSymbol;
          break;  // $ % & * < = > ^ _ ` | ~
      }
    }
    t[c] = k;
  }
  return t;
}

inline constexpr std::array<CharCat, 128> kAsciiCat = MakeAsciiTable();

}  // namespace internal

// Decodes one UTF-8 sequence at s[pos] (pos < s.size()) without validation beyond
// bounds: a malformed or truncated sequence decodes as U+FFFD of length 1.
inline char32_t DecodeAt(std::string_view s, size_t pos, uint8_t* len) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  const size_t n = s.size();
  int need;
  char32_t cp;
  if (b0 >= 0xF0 && b0 < 0xF8) {
    need = 3, cp = b0 & 0x07;
  } else if (b0 >= 0xE0) {
    need = 2, cp = b0 & 0x0F;
  } else if (b0 >= 0xC0) {
    need = 1, cp = b0 & 0x1F;
  } else {
    *len = 1;
    return b0 < 0x80 ? b0 : 0xFFFD;
  }
  if (b0 >= 0xF8 || pos + need >= n) {
    *len = 1;
    return 0xFFFD;
  }
  for (int i = 1; i <= need; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  *len = static_cast<uint8_t>(need + 1);
  return cp;
}

// The class of the code point at s[pos]; kEnd when pos >= s.size().
inline CharInfo CharAt(std::string_view s, size_t pos) {
  if (pos >= s.size()) return {CharCat::kEnd, 0, 0};
  const auto b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) return {internal::kAsciiCat[b], 1, b};
  uint8_t len;
  const char32_t cp = DecodeAt(s, pos, &len);
  return {ClassifyNonAscii(cp), len, cp};
}

constexpr bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiAlnum(char c) {
  return IsAsciiUpper(c) || IsAsciiLower(c) || IsAsciiDigit(c);
}

// Letters, marks and digits: what a word is made of.
inline bool IsWordCat(CharCat c) {
  return c == CharCat::kLetter || c == CharCat::kMark || c == CharCat::kDigit ||
         c == CharCat::kIdeograph;
}

// True if cp is an uppercase or titlecase letter (any script).
bool IsUpperLetter(char32_t cp);
// True if cp is a lowercase letter (any script).
bool IsLowerLetter(char32_t cp);

}  // namespace dateline::text
