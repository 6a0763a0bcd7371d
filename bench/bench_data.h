// Where the benchmarks find the shared data: $DATELINE_DATA, else the shared folder
// beside the source tree (DATELINE_SHARED_DIR/data), else ../shared/data. Also lists a
// corpus folder's files in a stable order. Header-only; used by bench/*_bench.cc only.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace dateline::bench {

inline std::filesystem::path DataDir() {
  if (const char* env = std::getenv("DATELINE_DATA"); env != nullptr && *env != '\0') {
    return env;
  }
#ifdef DATELINE_SHARED_DIR
  if (std::filesystem::exists(std::filesystem::path(DATELINE_SHARED_DIR) / "data")) {
    return std::filesystem::path(DATELINE_SHARED_DIR) / "data";
  }
#endif
  return "../shared/data";
}

// Regular files under dir (recursively) whose extension is `ext`, sorted by path.
inline std::vector<std::filesystem::path> FilesUnder(const std::filesystem::path& dir,
                                                     const std::string& ext) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (std::filesystem::recursive_directory_iterator it(dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ext) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace dateline::bench
