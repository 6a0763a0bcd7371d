// `dateline search`: full-text search over stored sentences, best matches first.
#include <fmt/core.h>

#include <cstdio>

#include "cli/commands.h"
#include "cli/open_store.h"
#include "query/search.h"
#include "show/api.h"

namespace dateline::cli {

int RunSearch(const SearchArgs& args) {
  auto store = OpenStoreForQuery(args.db);
  if (!store) return kExitUsage;
  SearchOptions o;
  o.from = args.from;
  o.to = args.to;
  o.limit = args.limit;
  auto hits = Search(*store, args.query, o);
  if (!hits.ok()) {
    fmt::print(stderr, "error: {}\n", hits.status().message());
    return kExitUsage;
  }
  if (args.format == "json") {
    fmt::print("{}\n", SearchHitsJson(*hits));
    return kExitOk;
  }
  for (const SearchHit& h : *hits) {
    fmt::print("{}  {}{}{}\n  {}\n\n", h.article_date, h.article_id,
               h.article_title.empty() ? "" : "  ", h.article_title, h.snippet);
  }
  if (hits->empty()) fmt::print(stderr, "no matches\n");
  return kExitOk;
}

}  // namespace dateline::cli
