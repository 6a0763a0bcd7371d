// Input listing: expands the paths a user names into the ordered list of inputs to read.
//
// A named file is always listed, whatever its name. A named directory is walked
// recursively; in each directory the entries are visited in byte order of their names,
// so the order is the same on every machine. The walk lists files whose names end in
// .txt, .text, .jsonl or .ndjson, optionally followed by .gz, and counts the other files
// and hidden files (names starting with '.') as skipped; hidden directories are not
// entered. Symbolic links are followed, each directory is walked once (so link cycles
// end). A path that does not exist or a directory that cannot be listed becomes an
// error entry, to be reported as a Rejection in its place in the order.
//
// Only names and sizes are held: file contents are read later, one file at a time.
//
// Thread-safety: the functions are safe to call from any thread.
#pragma once

#include "base/ascii.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::reading {

struct Input {
  enum class Kind { kFile, kStdin, kError };
  Kind kind = Kind::kFile;
  std::string path;
  uint64_t size = 0;  // on disk (kFile)
  std::string error;  // why it cannot be read (kError)
};

struct InputList {
  std::vector<Input> inputs;
  uint64_t total_bytes = 0;    // sum of the kFile sizes
  uint64_t skipped_files = 0;  // files seen in directories but not listed
};

// Lists the inputs under `paths`; "-" stands for standard input.
InputList ListInputs(const std::vector<std::string>& paths);

// True if the directory walk reads a file of this name (by extension, case-insensitive).
bool IsArticleFileName(std::string_view name);

}  // namespace dateline::reading
