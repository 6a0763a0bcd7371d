// ArticleReader over files, directories and standard input: lists the inputs up front
// (names and sizes only), then reads one file at a time. A JSON Lines file is held in
// memory while its lines are handed out one by one.

#include <unistd.h>

#include <algorithm>
#include <string>
#include <utility>

#include "read/article_text.h"
#include "read/encoding.h"
#include "read/file_io.h"
#include "read/gzip.h"
#include "read/input_list.h"
#include "read/json_lines.h"
#include "read/reader.h"

namespace dateline {
namespace {

using reading::Input;

bool IsJsonLinesName(const std::string& lower_name) {
  return lower_name.ends_with(".jsonl") || lower_name.ends_with(".ndjson");
}

// True if the first non-whitespace byte (after a byte order mark) is '{'.
bool LooksLikeJsonLines(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  for (const char c : text) {
    if (!reading::IsAsciiSpace(c)) return c == '{';
  }
  return false;
}

class FileArticleReader final : public ArticleReader {
 public:
  FileArticleReader(reading::InputList list, const ReadOptions& options)
      : options_(options),
        inputs_(std::move(list.inputs)),
        total_bytes_(list.total_bytes),
        skipped_files_(list.skipped_files) {}

  bool Next(ReadItem* item) override {
    *item = ReadItem();
    while (true) {
      if (lines_active_) {
        if (NextLine(item)) return true;
        lines_active_ = false;
        lines_text_ = std::string();
        done_bytes_ += lines_disk_size_;
        if (lines_records_ == 0) {
          Reject(lines_path_, 0, "empty file: no JSON records", 0, item);
          return true;
        }
      }
      if (next_input_ == inputs_.size()) return false;
      const Input& in = inputs_[next_input_++];
      if (ReadInput(in, item)) return true;
    }
  }

  uint64_t total_bytes() const override { return total_bytes_; }

  uint64_t bytes_done() const override {
    if (!lines_active_ || lines_text_.empty()) return done_bytes_;
    const double share = static_cast<double>(lines_pos_) / static_cast<double>(lines_text_.size());
    return done_bytes_ + static_cast<uint64_t>(share * static_cast<double>(lines_disk_size_));
  }

  uint64_t skipped_files() const override { return skipped_files_; }

 private:
  static void Reject(const std::string& path, uint64_t line, std::string reason, uint64_t bytes,
                     ReadItem* item) {
    item->rejection = Rejection{path, line, std::move(reason)};
    item->bytes = bytes;
  }

  // Reads one listed input. Returns true when *item is filled, false when the input
  // started a JSON Lines file (whose lines NextLine hands out).
  bool ReadInput(const Input& in, ReadItem* item) {
    switch (in.kind) {
      case Input::Kind::kError:
        Reject(in.path, 0, in.error, 0, item);
        return true;
      case Input::Kind::kStdin: {
        Result<std::string> text = reading::ReadDescriptor(STDIN_FILENO, options_.max_bytes);
        if (!text.ok()) {
          Reject(in.path, 0, text.status().message(), 0, item);
          return true;
        }
        return Dispatch(std::move(text).value(), in.path, /*from_stdin=*/true, 0, item);
      }
      case Input::Kind::kFile: {
        Result<std::string> text = reading::ReadFile(in.path, options_.max_bytes);
        if (!text.ok()) {
          done_bytes_ += in.size;
          Reject(in.path, 0, text.status().message(), in.size, item);
          return true;
        }
        return Dispatch(std::move(text).value(), in.path, /*from_stdin=*/false, in.size, item);
      }
    }
    return false;
  }

  // Decompresses and parses `text` according to the extensions of `path`, or for standard
  // input according to its first bytes.
  bool Dispatch(std::string text, const std::string& path, bool from_stdin, uint64_t disk_size,
                ReadItem* item) {
    std::string lower_name = from_stdin ? std::string() : AsciiLower(path);
    const bool gzip = from_stdin ? reading::IsGzip(text) : lower_name.ends_with(".gz");
    if (gzip) {
      if (!from_stdin) lower_name.resize(lower_name.size() - 3);
      Result<std::string> plain = reading::Gunzip(text, options_.max_bytes);
      if (!plain.ok()) {
        done_bytes_ += disk_size;
        Reject(path, 0, plain.status().message(), text.size(), item);
        return true;
      }
      text = std::move(plain).value();
    }
    const bool json_lines = from_stdin ? LooksLikeJsonLines(text) : IsJsonLinesName(lower_name);
    if (!json_lines) {
      done_bytes_ += disk_size;
      *item = ParseArticle(text, path, options_);
      return true;
    }
    if (auto reason = reading::BinaryReason(text)) {
      done_bytes_ += disk_size;
      Reject(path, 0, *std::move(reason), text.size(), item);
      return true;
    }
    lines_active_ = true;
    lines_text_ = std::move(text);
    lines_path_ = path;
    lines_pos_ = 0;
    lines_number_ = 0;
    lines_records_ = 0;
    lines_disk_size_ = disk_size;
    return false;
  }

  // Hands out the next non-blank line of the current JSON Lines file.
  bool NextLine(ReadItem* item) {
    const std::string_view text = lines_text_;
    while (lines_pos_ < text.size()) {
      size_t eol = text.find('\n', lines_pos_);
      if (eol == std::string_view::npos) eol = text.size();
      const std::string_view line = text.substr(lines_pos_, eol - lines_pos_);
      const uint64_t consumed = std::min(eol + 1, text.size()) - lines_pos_;
      lines_pos_ += consumed;
      ++lines_number_;
      if (reading::IsBlankLine(line)) continue;
      ++lines_records_;
      *item = json_.Parse(line, lines_path_, lines_number_);
      item->bytes = consumed;
      return true;
    }
    return false;
  }

  const ReadOptions options_;
  std::vector<Input> inputs_;
  size_t next_input_ = 0;
  const uint64_t total_bytes_;
  const uint64_t skipped_files_;
  uint64_t done_bytes_ = 0;

  // The JSON Lines file being handed out, if any.
  bool lines_active_ = false;
  std::string lines_text_;
  std::string lines_path_;
  size_t lines_pos_ = 0;
  uint64_t lines_number_ = 0;
  uint64_t lines_records_ = 0;
  uint64_t lines_disk_size_ = 0;
  reading::JsonLinesParser json_;
};

}  // namespace

std::unique_ptr<ArticleReader> ArticleReader::Open(const std::vector<std::string>& paths,
                                                   const ReadOptions& options) {
  return std::make_unique<FileArticleReader>(reading::ListInputs(paths), options);
}

}  // namespace dateline
