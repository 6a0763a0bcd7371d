// `dateline annotate`: reads articles and prints one JSON object per article, in input
// order, annotating batches of articles on all cores.
#include <fmt/core.h>

#include <cstdio>

#include "base/parallel.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "pipeline/pipeline.h"
#include "read/reader.h"
#include "show/doc_json.h"

namespace dateline::cli {

int RunAnnotate(const AnnotateArgs& args) {
  auto pipeline = Pipeline::Standard();
  if (!pipeline.ok()) {
    fmt::print(stderr, "error: {}\n", pipeline.status().ToString());
    return kExitUsage;
  }
  ReadOptions ropt;
  ropt.max_bytes = args.max_bytes;
  auto reader = ArticleReader::Open(args.inputs, ropt);
  const unsigned threads = ResolveThreads(args.threads);
  constexpr size_t kBatch = 64;

  ProgressMeter meter(true);  // draws only when stderr is a terminal
  uint64_t done = 0;
  size_t rejected = 0;
  std::vector<Doc> batch;
  std::vector<std::string> lines;
  auto flush = [&] {
    lines.assign(batch.size(), std::string());
    ParallelFor(batch.size(), threads, [&](size_t k) {
      Status st = (*pipeline)->Process(&batch[k]);
      if (!st.ok()) {
        lines[k].clear();
        fmt::print(stderr, "rejected: {}: {}\n", batch[k].path, st.message());
        return;
      }
      AppendDocJson(batch[k], &lines[k]);
      lines[k].push_back('\n');
    });
    for (const auto& l : lines) {
      if (l.empty()) {
        ++rejected;
      } else {
        std::fwrite(l.data(), 1, l.size(), stdout);
      }
    }
    done += batch.size();
    batch.clear();
    meter.Update(done, reader->bytes_done(), reader->total_bytes());
  };

  for (ReadItem item; reader->Next(&item); item = ReadItem()) {
    if (item.rejection) {
      fmt::print(stderr, "rejected: {}\n", item.rejection->ToString());
      ++rejected;
      continue;
    }
    batch.push_back(std::move(*item.doc));
    if (batch.size() >= kBatch) flush();
  }
  flush();
  meter.Finish();
  std::fflush(stdout);
  return rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace dateline::cli
