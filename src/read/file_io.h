// File input: reads a whole file or stream into memory, bounded by a size limit, with
// errors that carry the operating system's reason ("Permission denied").
//
// Thread-safety: the functions are safe to call from any thread (on different streams).
#pragma once

#include <cstdint>
#include <string>

#include "base/status.h"

namespace dateline::reading {

// The text of an errno value, e.g. "No such file or directory".
std::string ErrnoText(int error);

// Reads the file at `path`. Fails with IOError ("cannot read: <reason>") when it cannot be
// opened or read, and with InvalidInput when it holds more than `max_bytes` bytes.
Result<std::string> ReadFile(const std::string& path, uint64_t max_bytes);

// Reads a data file the program loads whole (a dictionary, a test suite), up to 1 GiB.
// Errors are IOError and name the file: "PATH: cannot read: No such file or directory".
Result<std::string> ReadDataFile(const std::string& path);

// Reads file descriptor `fd` to its end (used for standard input), with the same limits.
Result<std::string> ReadDescriptor(int fd, uint64_t max_bytes);

// The reason given for an input over `max_bytes`: "too large: N bytes, over the limit of M
// bytes", without the N when `size` is 0 (unknown).
std::string TooLargeReason(uint64_t max_bytes, uint64_t size = 0);

}  // namespace dateline::reading
