// ProgressMeter: reports long-running work on stderr. On a terminal it redraws one line
// with a bar, articles/s, MB/s and an ETA; elsewhere it stays silent until Finish(),
// so logs and pipes get plain summary lines only.
//
// Thread-safety: Update() may be called from any one thread at a time.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace dateline::cli {

class ProgressMeter {
 public:
  explicit ProgressMeter(bool enabled);
  // Redraws at most ~10 times a second.
  void Update(uint64_t articles, uint64_t bytes_done, uint64_t total_bytes);
  // Clears the progress line (if drawn).
  void Finish();
  double elapsed_seconds() const;

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace dateline::cli
