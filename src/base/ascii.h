// ASCII string helpers shared by the readers of the project's text formats (dictionary
// and gazetteer sources, TSV models, suite files): case folding of ASCII letters,
// trimming of blanks and splitting on one separator. Bytes >= 0x80 pass through
// unchanged, so UTF-8 text is safe. Pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dateline {

// Copies s with A-Z folded to a-z.
std::string AsciiLower(std::string_view s);
// Copies s with a-z folded to A-Z.
std::string AsciiUpper(std::string_view s);
// s without leading and trailing spaces, tabs and carriage returns.
std::string_view TrimBlanks(std::string_view s);
// The fields of s between separators; "a,,b" gives {"a", "", "b"}, "" gives {""}.
std::vector<std::string_view> SplitOn(std::string_view s, char sep);

}  // namespace dateline
