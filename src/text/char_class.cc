#include "text/char_class.h"

#include <unicode/uchar.h>

namespace dateline::text {

CharCat ClassifyNonAscii(char32_t cp) {
  switch (cp) {
    case 0x2019:  // RIGHT SINGLE QUOTATION MARK, the usual typographic apostrophe
      return CharCat::kApostrophe;
    case 0x2010:  // HYPHEN
    case 0x2011:  // NON-BREAKING HYPHEN
      return CharCat::kHyphen;
    case 0x2026:
      return CharCat::kEllipsis;
    case 0x2212:
      return CharCat::kMinus;
    case 0x00AD:  // SOFT HYPHEN
    case 0x200C:  // ZWNJ
    case 0x200D:  // ZWJ
    case 0x2060:  // WORD JOINER
      return CharCat::kJoiner;
    case 0x0085:
    case 0x2028:
    case 0x2029:
      return CharCat::kSpace;
    case 0x203C:  // ‼
    case 0x2047:  // ⁇
    case 0x2048:  // ⁈
    case 0x2049:  // ⁉
    case 0xFF01:  // ！
    case 0xFF1F:  // ？
    case 0x3002:  // 。
    case 0xFF0E:  // ．
    case 0xFF61:  // ｡
    case 0x061F:  // ARABIC QUESTION MARK
    case 0x06D4:  // ARABIC FULL STOP
    case 0x0964:  // DEVANAGARI DANDA
      return CharCat::kTerminal;
    default:
      break;
  }
  const UChar32 c = static_cast<UChar32>(cp);
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
      return CharCat::kLetter;
    case U_OTHER_LETTER:
      return u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) ? CharCat::kIdeograph : CharCat::kLetter;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return CharCat::kMark;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharCat::kDigit;
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return CharCat::kNumberOther;
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_CONTROL_CHAR:
      return CharCat::kSpace;
    case U_FORMAT_CHAR:
      return CharCat::kIgnorable;
    case U_DASH_PUNCTUATION:
      return CharCat::kDash;
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
      return CharCat::kPunct;
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return CharCat::kSymbol;
    default:
      return CharCat::kOther;
  }
}

bool IsUpperLetter(char32_t cp) {
  if (cp < 0x80) return IsAsciiUpper(static_cast<char>(cp));
  const int8_t t = u_charType(static_cast<UChar32>(cp));
  return t == U_UPPERCASE_LETTER || t == U_TITLECASE_LETTER;
}

bool IsLowerLetter(char32_t cp) {
  if (cp < 0x80) return IsAsciiLower(static_cast<char>(cp));
  return u_charType(static_cast<UChar32>(cp)) == U_LOWERCASE_LETTER;
}

}  // namespace dateline::text
