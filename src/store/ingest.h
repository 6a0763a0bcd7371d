// Ingest: reads articles, annotates them on all cores and stores them, in input order.
//
// One reader thread pulls items from the ArticleReader and numbers them; N worker threads
// run the Pipeline on the docs; the calling thread is the single writer, which puts the
// results back in input order (a reorder buffer keyed by sequence number) and commits
// them in batches with Store::WriteBatch. Because batches are formed and written in input
// order, the database content, rowids included, does not depend on the thread count or
// on scheduling. At most a fixed window of items is in flight between the reader and the
// writer, so memory stays flat however many files are read.
//
// Ingest is idempotent and resumable: a doc whose content hash is already stored is
// skipped before annotation (through a second, read-only connection when the store is a
// file) and again at write time, so re-running an ingest, or running it again after it
// was killed, stores each article exactly once. Reader rejections, pipeline failures and
// docs the store refuses are collected as Rejections and the rest goes on; only a store
// failure (disk full, I/O error) stops the ingest and is returned as the Status.
//
// Thread-safety: Ingest uses `reader` from its reader thread, `pipeline` from its workers
// (Pipeline::Process is safe to call concurrently) and `store` from the calling thread;
// none of them may be used elsewhere until it returns. The progress callback runs on the
// calling thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "base/status.h"
#include "pipeline/pipeline.h"
#include "read/reader.h"
#include "store/store.h"

namespace dateline {

struct IngestProgress {
  uint64_t read = 0;        // articles read (not counting rejections)
  uint64_t stored = 0;      // articles committed to the store
  uint64_t duplicates = 0;  // articles skipped as already stored or repeated
  uint64_t rejected = 0;
  uint64_t bytes_done = 0;   // input bytes consumed (ArticleReader::bytes_done)
  uint64_t total_bytes = 0;  // input bytes listed (ArticleReader::total_bytes)
  double elapsed_seconds = 0;
};

struct IngestOptions {
  int threads = 0;                       // annotating workers; 0 = all hardware threads
  size_t batch_size = 256;               // articles per transaction...
  size_t batch_bytes = size_t{8} << 20;  // ...or fewer, once their bodies reach this size
  // Called on the calling thread after each commit, at least every 200 ms while items
  // are handled, and once at the end.
  std::function<void(const IngestProgress&)> progress;
};

// Every article read counts once in `read` and then in exactly one of `stored`,
// `duplicates` or (when the pipeline or the store refused it) `rejected`; reader
// rejections count in `rejected` only.
struct IngestStats {
  uint64_t read = 0;                  // articles read from the inputs
  uint64_t stored = 0;                // articles written
  uint64_t duplicates = 0;            // already stored, or repeated in the input
  uint64_t rejected = 0;              // == rejections.size()
  std::vector<Rejection> rejections;  // in input order
  uint64_t bytes = 0;                 // input bytes read
  uint64_t skipped_files = 0;         // files skipped by the reader for their extension
  double seconds = 0;
};

Result<IngestStats> Ingest(ArticleReader* reader, const Pipeline& pipeline, Store* store,
                           const IngestOptions& opt);

}  // namespace dateline
