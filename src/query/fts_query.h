// FtsQuery: turns what a user types into a search box into a safe SQLite FTS5 query.
//
// Every word is quoted, so FTS5 operators, column filters and punctuation in user text
// are matched as text and never raise a syntax error: "Nagorno-Karabakh" becomes the
// phrase "Nagorno-Karabakh" (the tokenizer splits it the same way in the index). On top
// of plain words the user may write:
//   "exact phrase"   a phrase (an unterminated quote runs to the end)
//   a OR b           either word (OR in capitals; AND in capitals is the default)
//   -word            articles without the word (needs at least one word to keep)
//   prefix*          any word starting with prefix
// Words without a letter or digit (a lone "-", "...") are dropped.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace dateline {

// The FTS5 MATCH expression for user text; InvalidInput when nothing searchable is left.
Result<std::string> ToFtsQuery(std::string_view text);

}  // namespace dateline
