#include "cli/progress.h"

#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace dateline::cli {

ProgressMeter::ProgressMeter(bool enabled)
    : enabled_(enabled && isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

double ProgressMeter::elapsed_seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void ProgressMeter::Update(uint64_t articles, uint64_t bytes_done, uint64_t total_bytes) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  drawn_ = true;
  const double secs = std::max(1e-3, elapsed_seconds());
  const double frac =
      total_bytes > 0
          ? std::min(1.0, static_cast<double>(bytes_done) / static_cast<double>(total_bytes))
          : 0.0;
  constexpr int kWidth = 24;
  const int filled = static_cast<int>(frac * kWidth);
  std::string bar(static_cast<size_t>(filled), '#');
  bar.append(static_cast<size_t>(kWidth - filled), '.');
  const double mbps = static_cast<double>(bytes_done) / 1e6 / secs;
  std::string eta = "--:--";
  if (frac > 0.001) {
    const int left = static_cast<int>(secs / frac - secs);
    eta = fmt::format("{}:{:02d}", left / 60, left % 60);
  }
  fmt::print(stderr, "\r[{}] {:3.0f}%  {} articles  {:.0f} art/s  {:.1f} MB/s  ETA {}\x1b[K", bar,
             frac * 100, articles, static_cast<double>(articles) / secs, mbps, eta);
  std::fflush(stderr);
}

void ProgressMeter::Finish() {
  if (enabled_ && drawn_) {
    fmt::print(stderr, "\r\x1b[K");
    std::fflush(stderr);
  }
  drawn_ = false;
}

}  // namespace dateline::cli
