#include "store/ingest.h"

#include <fmt/core.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace dateline {
namespace {

using Clock = std::chrono::steady_clock;

// One input item on its way from the reader to the writer.
struct Item {
  enum class Kind { kDoc, kRejection, kStored, kFailed };
  Kind kind = Kind::kDoc;
  Doc doc;                             // kDoc: annotated doc; kFailed: the doc that failed
  std::optional<Rejection> rejection;  // kRejection
  Status failure;                      // kFailed
};

struct Task {
  uint64_t seq = 0;
  Doc doc;
};

// The state shared by the reader, the workers and the writer, under one mutex.
class Flow {
 public:
  explicit Flow(uint64_t window) : window_(window) {}

  // Reader: blocks until the window has room; false if the ingest was cancelled.
  bool WaitForRoom() {
    std::unique_lock lock(mu_);
    room_.wait(lock, [&] { return cancelled_ || next_seq_ - next_write_ < window_; });
    return !cancelled_;
  }
  uint64_t NextSeq() {
    std::lock_guard lock(mu_);
    return next_seq_++;
  }
  // Reader: a doc to annotate.
  void PushTask(Task task) {
    {
      std::lock_guard lock(mu_);
      todo_.push_back(std::move(task));
    }
    work_.notify_one();
  }
  void FinishReading() {
    {
      std::lock_guard lock(mu_);
      reading_done_ = true;
    }
    work_.notify_all();
    done_.notify_all();
  }

  // Workers: the next doc to annotate; nullopt when there is nothing more to do.
  std::optional<Task> PopTask() {
    std::unique_lock lock(mu_);
    work_.wait(lock, [&] { return cancelled_ || reading_done_ || !todo_.empty(); });
    if (cancelled_ || todo_.empty()) return std::nullopt;
    Task t = std::move(todo_.front());
    todo_.pop_front();
    return t;
  }

  // Reader and workers: a finished item.
  void Finish(uint64_t seq, Item item) {
    bool wake = false;
    {
      std::lock_guard lock(mu_);
      wake = seq == next_write_;
      finished_.emplace(seq, std::move(item));
    }
    if (wake) done_.notify_one();
  }

  // Writer: the next item in input order, waiting for it; nullopt at the end. Waits at
  // most until `deadline` and then returns nullopt with *timed_out set.
  std::optional<Item> NextInOrder(Clock::time_point deadline, bool* timed_out) {
    std::unique_lock lock(mu_);
    *timed_out = false;
    auto ready = [&] {
      return cancelled_ || (!finished_.empty() && finished_.begin()->first == next_write_) ||
             (reading_done_ && next_write_ == next_seq_);
    };
    if (!done_.wait_until(lock, deadline, ready)) {
      *timed_out = true;
      return std::nullopt;
    }
    if (cancelled_ || finished_.empty() || finished_.begin()->first != next_write_) {
      return std::nullopt;
    }
    Item item = std::move(finished_.begin()->second);
    finished_.erase(finished_.begin());
    ++next_write_;
    lock.unlock();
    room_.notify_one();
    return item;
  }

  void Cancel() {
    {
      std::lock_guard lock(mu_);
      cancelled_ = true;
      todo_.clear();
      finished_.clear();
    }
    room_.notify_all();
    work_.notify_all();
    done_.notify_all();
  }

 private:
  const uint64_t window_;
  std::mutex mu_;
  std::condition_variable room_, work_, done_;
  std::deque<Task> todo_;
  std::map<uint64_t, Item> finished_;
  uint64_t next_seq_ = 0;    // sequence number of the next item read
  uint64_t next_write_ = 0;  // sequence number the writer waits for
  bool reading_done_ = false;
  bool cancelled_ = false;
};

// A second, read-only connection for skipping stored docs before annotating them. None
// for in-memory stores or when it cannot be opened (WriteBatch still deduplicates).
std::unique_ptr<Store> OpenProbe(const Store& store) {
  std::error_code ec;
  if (store.path().empty() || store.path() == ":memory:" ||
      !std::filesystem::is_regular_file(store.path(), ec)) {
    return nullptr;
  }
  Result<std::unique_ptr<Store>> probe = Store::Open(store.path(), OpenMode::kReadOnly);
  if (!probe.ok()) return nullptr;
  return std::move(probe).value();
}

class Writer {
 public:
  Writer(Store* store, const IngestOptions& opt, IngestStats* stats)
      : store_(store), opt_(opt), stats_(stats) {}

  Status Add(uint64_t seq, Item item) {
    switch (item.kind) {
      case Item::Kind::kRejection:
        Reject(seq, std::move(*item.rejection));
        return Status::OK();
      case Item::Kind::kStored:
        ++stats_->duplicates;
        return Status::OK();
      case Item::Kind::kFailed:
        Reject(seq, Rejection{item.doc.path, 0, "annotation failed: " + item.failure.ToString()});
        return Status::OK();
      case Item::Kind::kDoc:
        break;
    }
    batch_bytes_ += item.doc.body.size();
    batch_.push_back(std::move(item.doc));
    batch_seqs_.push_back(seq);
    if (batch_.size() >= std::max<size_t>(opt_.batch_size, 1) || batch_bytes_ >= opt_.batch_bytes) {
      return Commit();
    }
    return Status::OK();
  }

  Status Commit() {
    if (batch_.empty()) return Status::OK();
    Result<WriteStats> w = store_->WriteBatch(batch_);
    if (!w.ok()) return w.status();
    stats_->stored += w->stored;
    stats_->duplicates += w->duplicates;
    for (WriteConflict& c : w->conflicts) {
      Reject(batch_seqs_[c.index], Rejection{batch_[c.index].path, 0, std::move(c.reason)});
    }
    batch_.clear();
    batch_seqs_.clear();
    batch_bytes_ = 0;
    return Status::OK();
  }

  // Rejections in input order.
  std::vector<Rejection> TakeRejections() {
    std::stable_sort(rejections_.begin(), rejections_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Rejection> out;
    out.reserve(rejections_.size());
    for (auto& r : rejections_) out.push_back(std::move(r.second));
    rejections_.clear();
    return out;
  }

 private:
  void Reject(uint64_t seq, Rejection r) {
    ++stats_->rejected;
    rejections_.emplace_back(seq, std::move(r));
  }

  Store* store_;
  const IngestOptions& opt_;
  IngestStats* stats_;
  std::vector<Doc> batch_;
  std::vector<uint64_t> batch_seqs_;
  size_t batch_bytes_ = 0;
  std::vector<std::pair<uint64_t, Rejection>> rejections_;
};

}  // namespace

Result<IngestStats> Ingest(ArticleReader* reader, const Pipeline& pipeline, Store* store,
                           const IngestOptions& opt) {
  const Clock::time_point start = Clock::now();
  int threads = opt.threads;
  if (threads <= 0) threads = static_cast<int>(std::thread::hardware_concurrency());
  threads = std::max(threads, 1);
  const uint64_t window = std::max<uint64_t>(64, 8 * static_cast<uint64_t>(threads));

  IngestStats stats;
  IngestProgress progress;
  progress.total_bytes = reader->total_bytes();
  Flow flow(window);
  std::atomic<uint64_t> read{0}, bytes{0}, bytes_done{0};
  std::unique_ptr<Store> probe = OpenProbe(*store);

  std::thread reader_thread([&] {
    ReadItem in;
    while (flow.WaitForRoom()) {
      in = ReadItem();
      if (!reader->Next(&in)) break;
      bytes.fetch_add(in.bytes, std::memory_order_relaxed);
      bytes_done.store(reader->bytes_done(), std::memory_order_relaxed);
      const uint64_t seq = flow.NextSeq();
      Item item;
      if (in.rejection) {
        item.kind = Item::Kind::kRejection;
        item.rejection = std::move(in.rejection);
        flow.Finish(seq, std::move(item));
        continue;
      }
      if (!in.doc) {
        item.kind = Item::Kind::kRejection;
        item.rejection = Rejection{"", 0, "reader returned an empty item"};
        flow.Finish(seq, std::move(item));
        continue;
      }
      read.fetch_add(1, std::memory_order_relaxed);
      if (probe && !in.doc->content_hash.empty() && probe->Contains(in.doc->content_hash)) {
        item.kind = Item::Kind::kStored;
        flow.Finish(seq, std::move(item));
        continue;
      }
      flow.PushTask(Task{seq, std::move(*in.doc)});
    }
    stats.skipped_files = reader->skipped_files();
    flow.FinishReading();
  });

  std::vector<std::thread> workers;
  workers.reserve(static_cast<size_t>(threads));
  for (int i = 0; i < threads; ++i) {
    workers.emplace_back([&] {
      while (std::optional<Task> task = flow.PopTask()) {
        Item item;
        Status s = pipeline.Process(&task->doc);
        item.doc = std::move(task->doc);
        if (!s.ok()) {
          item.kind = Item::Kind::kFailed;
          item.failure = std::move(s);
        }
        flow.Finish(task->seq, std::move(item));
      }
    });
  }

  Writer writer(store, opt, &stats);
  auto report = [&] {
    if (!opt.progress) return;
    progress.read = read.load(std::memory_order_relaxed);
    progress.stored = stats.stored;
    progress.duplicates = stats.duplicates;
    progress.rejected = stats.rejected;
    progress.bytes_done = bytes_done.load(std::memory_order_relaxed);
    progress.elapsed_seconds = std::chrono::duration<double>(Clock::now() - start).count();
    opt.progress(progress);
  };
  constexpr auto kReportEvery = std::chrono::milliseconds(200);
  Clock::time_point last_report = Clock::now();
  Status failure;
  uint64_t seq = 0;
  for (;;) {
    bool timed_out = false;
    std::optional<Item> item = flow.NextInOrder(last_report + kReportEvery, &timed_out);
    if (timed_out) {
      report();
      last_report = Clock::now();
      continue;
    }
    if (!item) break;
    const uint64_t before = stats.stored;
    failure = writer.Add(seq++, std::move(*item));
    if (!failure.ok()) break;
    if (stats.stored != before || Clock::now() - last_report >= kReportEvery) {
      report();
      last_report = Clock::now();
    }
  }
  if (failure.ok()) failure = writer.Commit();
  if (!failure.ok()) flow.Cancel();
  reader_thread.join();
  for (std::thread& w : workers) w.join();
  if (!failure.ok()) return failure;

  stats.read = read.load();
  stats.bytes = bytes.load();
  stats.rejections = writer.TakeRejections();
  stats.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  report();
  return stats;
}

}  // namespace dateline
