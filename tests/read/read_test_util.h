// Helpers for the read/ tests: a temporary directory that removes itself, file writing
// and gzip compression.
#pragma once

#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "read/reader.h"

namespace dateline::readtest {

// A fresh directory under the system temporary directory, removed with its contents.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("dateline_read_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `bytes` to `relative` (creating parent directories); returns the full path.
  std::string Write(const std::string& relative, std::string_view bytes) const {
    const std::filesystem::path p = path_ / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p.string();
  }
  std::string path() const { return path_.string(); }
  std::string Path(const std::string& relative) const { return (path_ / relative).string(); }

 private:
  std::filesystem::path path_;
};

// `bytes` compressed in the gzip format.
inline std::string Gzip(std::string_view bytes) {
  z_stream zs{};
  deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, static_cast<uLong>(bytes.size())) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(bytes.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// Everything a reader yields.
inline std::vector<ReadItem> ReadAll(ArticleReader* reader) {
  std::vector<ReadItem> items;
  ReadItem item;
  while (reader->Next(&item)) items.push_back(std::move(item));
  return items;
}

inline std::vector<ReadItem> ReadPaths(const std::vector<std::string>& paths,
                                       const ReadOptions& options = {}) {
  auto reader = ArticleReader::Open(paths, options);
  return ReadAll(reader.get());
}

inline ReadItem Parse(std::string_view bytes, const ReadOptions& options = {}) {
  return ParseArticle(bytes, "a.txt", options);
}

}  // namespace dateline::readtest
