// Encoding: turns the raw bytes of an input into valid UTF-8 text.
//
// News files come from many tools. Most are UTF-8; some are windows-1252 (or Latin-1,
// its subset) from older Windows software; a few are UTF-16 with a byte order mark; some
// UTF-8 files carry a few corrupt bytes. DecodeText detects which case applies, converts
// to UTF-8 with the characters intact (é, ’, “ ”, €, —) and records what it did as
// human-readable notes. Binary content (NUL bytes, many control characters) is refused.
//
// Cost is linear in the input; valid UTF-8 is checked with SIMD and copied once.
//
// Thread-safety: all functions are pure and may be called from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dateline::reading {

// Text in UTF-8 and what was done to get it ("converted from windows-1252", ...).
struct DecodedText {
  std::string text;
  std::vector<std::string> notes;
};

// Why `bytes` is not text (e.g. "binary file (contains NUL bytes)"), or nullopt when it
// looks like text. Looks for NUL bytes anywhere and at the share of C0 control characters
// (other than tab, line feed, carriage return, form feed and escape) in the first 64 KiB.
std::optional<std::string> BinaryReason(std::string_view bytes);

// True when bytes that are not valid UTF-8 look like windows-1252: most non-ASCII bytes
// are not part of any valid UTF-8 sequence (for example isolated high bytes).
bool LooksLikeWindows1252(std::string_view bytes);

// Converts windows-1252 (a superset of the printable Latin-1) to UTF-8. The five bytes
// windows-1252 leaves undefined map to the C1 control characters of the same value.
std::string Windows1252ToUtf8(std::string_view bytes);

// Converts any bytes to valid UTF-8: drops a UTF-8 byte order mark, converts UTF-16
// with a byte order mark, converts windows-1252 when it looks like it, and otherwise
// replaces each invalid sequence with U+FFFD. Never fails.
DecodedText DecodeToUtf8(std::string_view bytes);

// DecodeToUtf8 for a whole input file: refuses binary content (InvalidInput with the
// BinaryReason) before converting.
Result<DecodedText> DecodeText(std::string_view bytes);

}  // namespace dateline::reading
