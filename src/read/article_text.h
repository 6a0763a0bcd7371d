// Article text: the rules shared by every input format for turning decoded text into the
// reader's part of a Doc (date, title, body, content hash, id).
//
// A body has LF line ends, no leading or trailing whitespace, and keeps its paragraph
// breaks (blank lines). A title, when the input gives none, is the body's first line if
// it reads as a headline. The content hash is the hex XXH3-128 of "YYYY-MM-DD\n" + body,
// so the same article read from any format or file gets the same hash and derived id.
//
// Thread-safety: all functions are pure and may be called from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/civil_date.h"
#include "doc/doc.h"

namespace dateline::reading {

// Replaces CRLF and lone CR line ends with LF.
std::string NormalizeNewlines(std::string text);

// True for the ASCII whitespace characters (space, tab, LF, VT, FF, CR).
inline bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// `text` without leading and trailing whitespace (ASCII whitespace and no-break spaces).
std::string_view Trim(std::string_view text);

// A publication date: exactly "YYYY-MM-DD", or that followed by a time ("T12:00:00Z",
// " 12:00"). nullopt if malformed or not a real date.
std::optional<CivilDate> ParsePublicationDate(std::string_view s);

// The body's first line when it reads as a headline, else empty: at most 200 code
// points, followed by a blank line, and not ending like a sentence (. ! ? : ; , or …,
// also before closing quotes) or with a parenthesized source such as "(CNN)".
std::string_view HeadlineOf(std::string_view body);

// Hex (32 digits) of XXH3-128 over "YYYY-MM-DD\n" + body.
std::string ContentHash(const CivilDate& date, std::string_view body);

// Completes a Doc whose date, body and (optional) title are set: normalizes and trims
// the body, trims the title (falling back to HeadlineOf), and sets content_hash and, when
// empty, id (the first 16 hex digits of the hash).
void FinishDoc(Doc* doc);

// Up to `max_chars` code points of `text` from its start, for quoting in messages:
// control characters become spaces and a cut is marked with "...".
std::string QuoteSnippet(std::string_view text, size_t max_chars);

}  // namespace dateline::reading
