// ArticleReader: turns the paths a user names into a stream of Docs (id, path, date,
// title, body) and Rejections, in a deterministic order.
//
// Accepted inputs: files in the seed format ("date YYYY-MM-DD" header, then the body,
// on the same line or the following ones; an optional "title: ..." line after the
// header), JSON Lines (.jsonl/.ndjson, one {"date","text","title"?,"id"?,"source"?,
// "url"?} object per line), either of them gzip-compressed (.gz), directories (walked
// recursively in path order) and "-" for standard input. A bad input never stops the
// stream: it becomes a Rejection naming the file, the line and the reason, and the
// reader moves on.
//
// Text that is not valid UTF-8 is converted (from windows-1252 when it looks like it, else
// by replacing the invalid bytes with U+FFFD) and the Doc carries a note saying so.
//
// Thread-safety: an ArticleReader is used by one thread at a time. ParseArticle and
// ParseJsonLine are pure functions, safe to call from any thread.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "doc/doc.h"

namespace dateline {

struct ReadOptions {
  uint64_t max_bytes = 64ull << 20;  // larger inputs are rejected (after decompression)
};

// An input that could not be read as an article.
struct Rejection {
  std::string path;
  uint64_t line = 0;  // 1-based; 0 when the whole file is at fault
  std::string reason;
  // "path:line: reason" (or "path: reason" when line is 0).
  std::string ToString() const;
};

// One element of the stream: exactly one of doc / rejection is set.
struct ReadItem {
  std::optional<Doc> doc;
  std::optional<Rejection> rejection;
  // Input bytes this item accounts for (for throughput figures): the article's text as
  // read, after decompression; for JSON Lines, the line and its newline.
  uint64_t bytes = 0;
};

// Parses one article in the seed format. `path` is used for the Doc and in errors.
// On failure returns a Rejection instead of a Doc.
ReadItem ParseArticle(std::string_view bytes, const std::string& path, const ReadOptions& options);

// Parses one JSON Lines record (`line` without its newline), the `line_number`-th line
// of `path`. The Doc's path is "path:line_number". Convenience for single records: the
// reader itself reuses one parser for a whole file.
ReadItem ParseJsonLine(std::string_view line, const std::string& path, uint64_t line_number,
                       const ReadOptions& options);

class ArticleReader {
 public:
  // Lists the inputs under `paths` (a missing path becomes a Rejection, not an error).
  static std::unique_ptr<ArticleReader> Open(const std::vector<std::string>& paths,
                                             const ReadOptions& options);
  virtual ~ArticleReader() = default;

  // Fills *item with the next article or rejection; returns false at the end.
  virtual bool Next(ReadItem* item) = 0;
  // Total size on disk of the listed input files (compressed size for .gz), for ETA.
  virtual uint64_t total_bytes() const = 0;
  // Bytes of the listed input files consumed so far, comparable with total_bytes().
  virtual uint64_t bytes_done() const = 0;
  // Files found in directories but skipped because of their extension.
  virtual uint64_t skipped_files() const = 0;
};

}  // namespace dateline
