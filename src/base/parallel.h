// ParallelFor: runs fn(i) for i in [0, n) on up to `threads` threads and waits for all.
//
// Work is handed out one index at a time through an atomic counter, so uneven items
// balance themselves. fn must be safe to call concurrently for different i. With
// threads <= 1 (or n <= 1) everything runs on the calling thread.
#pragma once

#include <cstddef>
#include <functional>

namespace dateline {

// Number of worker threads to use for a request of `requested` (0 = all cores).
unsigned ResolveThreads(unsigned requested);

void ParallelFor(size_t n, unsigned threads, const std::function<void(size_t)>& fn);

}  // namespace dateline
