// `dateline timeline`: the dates that matter for a query, each with its most
// representative sentences, as text, JSON or one self-contained HTML page.
#include <fmt/core.h>

#include <cstdio>

#include "cli/commands.h"
#include "cli/open_store.h"
#include "query/timeline_query.h"
#include "show/timeline_format.h"

namespace dateline::cli {

int RunTimeline(const TimelineArgs& args) {
  auto store = OpenStoreForQuery(args.db);
  if (!store) return kExitUsage;
  TimelineRequest req;
  req.query = args.query;
  req.options.from = args.from;
  req.options.to = args.to;
  req.options.dates = args.dates;
  req.options.sentences = args.sentences;
  auto entries = QueryTimeline(*store, req.query, req.options);
  if (!entries.ok()) {
    fmt::print(stderr, "error: {}\n", entries.status().message());
    return kExitUsage;
  }
  std::string out;
  if (args.format == "json") {
    out = TimelineJson(req, *entries) + "\n";
  } else if (args.format == "html") {
    out = TimelineHtml(req, *entries);
  } else {
    out = TimelineText(req, *entries);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

}  // namespace dateline::cli
