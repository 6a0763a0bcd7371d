// `dateline events`: stored events matching a filter, as JSON, CSV or TSV on stdout.
#include <fmt/core.h>

#include <cstdio>

#include "cli/commands.h"
#include "cli/open_store.h"
#include "query/event_query.h"
#include "show/event_format.h"

namespace dateline::cli {

int RunEvents(const EventsArgs& args) {
  EventFormat format;
  if (!ParseEventFormat(args.format, &format)) {
    fmt::print(stderr, "error: --format must be json, csv or tsv\n");
    return kExitUsage;
  }
  auto store = OpenStoreForQuery(args.db);
  if (!store) return kExitUsage;
  EventFilter f;
  f.from = args.from;
  f.to = args.to;
  f.actor = args.actor;
  f.country = args.country;
  f.type = args.type;
  f.text = args.text;
  f.limit = args.limit;
  std::string out;
  EventWriter writer(format, &out);
  writer.Begin();
  Status s = ForEachEvent(*store, f, [&](const EventRow& row) {
    writer.Add(row);
    if (out.size() > (1u << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
    return true;
  });
  if (!s.ok()) {
    fmt::print(stderr, "error: {}\n", s.message());
    return kExitUsage;
  }
  writer.End();
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kExitOk;
}

}  // namespace dateline::cli
