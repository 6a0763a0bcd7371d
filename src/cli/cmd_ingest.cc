// `dateline ingest`: annotates articles on all cores and stores them; prints a summary
// of what was read, stored, skipped as duplicate and rejected.
#include <fmt/core.h>
#include <sys/resource.h>

#include <cstdio>

#include "cli/commands.h"
#include "cli/progress.h"
#include "pipeline/pipeline.h"
#include "read/reader.h"
#include "store/ingest.h"
#include "store/store.h"

namespace dateline::cli {

namespace {

double PeakMegabytes() {
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

}  // namespace

int RunIngest(const IngestArgs& args) {
  auto pipeline = Pipeline::Standard();
  if (!pipeline.ok()) {
    fmt::print(stderr, "error: {}\n", pipeline.status().ToString());
    return kExitUsage;
  }
  auto store = Store::Open(args.db, OpenMode::kReadWrite);
  if (!store.ok()) {
    fmt::print(stderr, "error: {}\n", store.status().ToString());
    return kExitUsage;
  }
  ReadOptions ropt;
  ropt.max_bytes = args.max_bytes;
  auto reader = ArticleReader::Open(args.inputs, ropt);

  ProgressMeter meter(!args.quiet);
  IngestOptions opt;
  opt.threads = static_cast<int>(args.threads);
  opt.progress = [&](const IngestProgress& p) {
    meter.Update(p.read, p.bytes_done, p.total_bytes);
  };
  auto stats = Ingest(reader.get(), **pipeline, store->get(), opt);
  meter.Finish();
  if (!stats.ok()) {
    fmt::print(stderr, "error: ingest stopped: {}\n", stats.status().ToString());
    return kExitRejected;
  }
  for (const Rejection& r : stats->rejections) fmt::print(stderr, "rejected: {}\n", r.ToString());
  const double secs = std::max(1e-6, stats->seconds);
  fmt::print(stderr,
             "{} read, {} stored, {} duplicate{} (already stored or repeated), {} rejected"
             " into {}\n",
             stats->read, stats->stored, stats->duplicates, stats->duplicates == 1 ? "" : "s",
             stats->rejected, args.db);
  fmt::print(stderr, "{:.2f} s, {:.0f} articles/s, {:.2f} MB/s, peak memory {:.0f} MB\n", secs,
             static_cast<double>(stats->read) / secs,
             static_cast<double>(stats->bytes) / 1e6 / secs, PeakMegabytes());
  if (stats->skipped_files > 0) {
    fmt::print(stderr, "{} file{} in folders skipped (not .txt/.jsonl/.ndjson or .gz of them)\n",
               stats->skipped_files, stats->skipped_files == 1 ? "" : "s");
  }
  return stats->rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace dateline::cli
