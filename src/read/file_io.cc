#include "read/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace dateline::reading {
namespace {

// Closes a file descriptor on scope exit.
class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  ~FdCloser() { ::close(fd_); }
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;

 private:
  int fd_;
};

Status ReadError(int error) { return Status::IOError("cannot read: " + ErrnoText(error)); }

// Reads up to max_bytes + 1 bytes (to detect oversize input); `size_hint` presizes.
Result<std::string> ReadAll(int fd, uint64_t max_bytes, uint64_t size_hint) {
  std::string out;
  const uint64_t limit = max_bytes + 1;
  out.resize(static_cast<size_t>(std::clamp<uint64_t>(size_hint + 1, 4096, limit)));
  size_t filled = 0;
  while (true) {
    if (filled == out.size()) {
      if (out.size() >= limit) break;
      out.resize(static_cast<size_t>(std::min<uint64_t>(limit, out.size() * 2)));
    }
    const ssize_t n = ::read(fd, out.data() + filled, out.size() - filled);
    if (n < 0) {
      if (errno == EINTR) continue;
      return ReadError(errno);
    }
    if (n == 0) break;
    filled += static_cast<size_t>(n);
  }
  if (filled > max_bytes) return Status::InvalidInput(TooLargeReason(max_bytes));
  out.resize(filled);
  return out;
}

}  // namespace

std::string ErrnoText(int error) { return std::generic_category().message(error); }

std::string TooLargeReason(uint64_t max_bytes, uint64_t size) {
  const std::string limit = "over the limit of " + std::to_string(max_bytes) + " bytes";
  if (size == 0) return "too large: " + limit;
  return "too large: " + std::to_string(size) + " bytes, " + limit;
}

Result<std::string> ReadFile(const std::string& path, uint64_t max_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ReadError(errno);
  FdCloser closer(fd);
  struct stat st;
  if (::fstat(fd, &st) != 0) return ReadError(errno);
  if (S_ISDIR(st.st_mode)) return ReadError(EISDIR);
  const auto size = static_cast<uint64_t>(st.st_size);
  if (S_ISREG(st.st_mode) && size > max_bytes) {
    return Status::InvalidInput(TooLargeReason(max_bytes, size));
  }
  return ReadAll(fd, max_bytes, S_ISREG(st.st_mode) ? size : 0);
}

Result<std::string> ReadDataFile(const std::string& path) {
  constexpr uint64_t kMaxDataFileBytes = uint64_t{1} << 30;
  auto text = ReadFile(path, kMaxDataFileBytes);
  if (!text.ok()) return Status::IOError(path + ": " + text.status().message());
  return text;
}

Result<std::string> ReadDescriptor(int fd, uint64_t max_bytes) { return ReadAll(fd, max_bytes, 0); }

}  // namespace dateline::reading
