// UTF-8 helpers: decoding one code point, validation, repair and code-point counting.
//
// dateline keeps text as UTF-8 bytes internally and reports offsets to users in Unicode
// code points. These functions are pure and allocation-free unless they return strings.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dateline::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point starting at s[*pos] and advances *pos past it. An invalid or
// truncated sequence yields kReplacement and advances by one byte.
char32_t Decode(std::string_view s, size_t* pos);
// Appends the UTF-8 encoding of cp to out.
void Append(char32_t cp, std::string* out);
// True if s is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool IsValid(std::string_view s);
// Copies s, replacing each maximal invalid subsequence by U+FFFD; returns how many
// replacements were made through *replaced (may be null).
std::string Repair(std::string_view s, size_t* replaced);
// Number of code points in s (s assumed valid).
size_t CountCodePoints(std::string_view s);

}  // namespace dateline::utf8
