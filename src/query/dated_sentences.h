// Dated sentences: the input a timeline builder needs. For every stored sentence that
// matches a full-text query (or every sentence when the query is empty), in articles
// published within a date range: the article, its publication date, the sentence, the
// day-precision dates its DATE timexes resolve to and the day-precision dates of the
// events coded from it.
//
// Results come in publication-date order, then article and sentence order. For a
// non-empty query each sentence also carries its BM25 score.
//
// Thread-safety: uses the Store's connection; the Store rule applies (one thread at a
// time).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "store/store.h"

namespace dateline {

struct DatedSentence {
  std::string article_id, article_date, article_title;
  uint32_t sentence = 0;  // sentence index within the article
  std::string text;
  // Values YYYY-MM-DD of the sentence's DATE timexes with day precision, in text order
  // (a date mentioned twice appears twice).
  std::vector<std::string> timex_dates;
  // Dates YYYY-MM-DD of the events coded from the sentence whose date has day precision
  // (events that fell back to the article date are left out), in event order.
  std::vector<std::string> event_dates;
  double rank = 0;  // BM25 as FTS5 reports it (lower is better); 0 without a query
};

struct DatedSentenceQuery {
  std::string query;     // fts_query.h syntax; empty: every sentence
  std::string from, to;  // YYYY-MM-DD, inclusive, on the article date; empty: open
  int64_t limit = 0;     // 0: no limit
};

// Calls fn for each sentence in order; fn returns false to stop early.
Status ForEachDatedSentence(Store& store, const DatedSentenceQuery& q,
                            const std::function<bool(const DatedSentence&)>& fn);

// All of them, in order.
Result<std::vector<DatedSentence>> DatedSentences(Store& store, std::string_view query,
                                                  std::string_view from, std::string_view to,
                                                  int64_t limit = 0);

}  // namespace dateline
