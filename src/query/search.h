// Search: full-text search over the stored sentences (SQLite FTS5, Porter-stemmed,
// case- and accent-insensitive), best matches first by BM25.
//
// The query is user text in the syntax of fts_query.h; it is always turned into a safe
// FTS5 expression, so no input can cause an FTS syntax error, and a query with nothing
// to search for is an InvalidInput Status.
//
// Thread-safety: uses the Store's connection; the Store rule applies (one thread at a
// time).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "store/store.h"

namespace dateline {

struct SearchOptions {
  std::string from, to;  // YYYY-MM-DD, inclusive, on the article date; empty: open
  int64_t limit = 20;    // 0: no limit
  int64_t offset = 0;
  // Marks around matched words in SearchHit::snippet, and the snippet length in tokens.
  std::string mark_open = "[", mark_close = "]";
  int snippet_tokens = 24;
};

struct SearchHit {
  std::string article_id, article_date, article_title;
  uint32_t sentence = 0;  // sentence index within the article
  std::string text;       // the whole sentence
  std::string snippet;    // the best part of it, matches marked
  double rank = 0;        // BM25 score as FTS5 reports it: lower is better
};

Result<std::vector<SearchHit>> Search(Store& store, std::string_view query,
                                      const SearchOptions& options);

}  // namespace dateline
