#include "read/input_list.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <set>
#include <utility>

#include "base/ascii.h"
#include "read/file_io.h"

namespace dateline::reading {
namespace {

using DirId = std::pair<dev_t, ino_t>;

std::string Join(const std::string& dir, const std::string& name) {
  if (!dir.empty() && dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

Input ErrorInput(std::string path, std::string reason) {
  Input in;
  in.kind = Input::Kind::kError;
  in.path = std::move(path);
  in.error = std::move(reason);
  return in;
}

class Walker {
 public:
  explicit Walker(InputList* list) : list_(list) {}

  void AddFile(std::string path, uint64_t size) {
    Input in;
    in.path = std::move(path);
    in.size = size;
    list_->total_bytes += size;
    list_->inputs.push_back(std::move(in));
  }

  void WalkDirectory(const std::string& dir, const struct stat& st) {
    if (!visited_.insert(DirId(st.st_dev, st.st_ino)).second) return;
    std::vector<std::string> names;
    if (const int error = ListNames(dir, &names); error != 0) {
      list_->inputs.push_back(ErrorInput(dir, "cannot list directory: " + ErrnoText(error)));
      return;
    }
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      const std::string path = Join(dir, name);
      struct stat entry;
      if (::stat(path.c_str(), &entry) != 0) {
        // A dangling link or an entry that vanished: report it if we would have read it.
        const int error = errno;
        if (name[0] != '.' && IsArticleFileName(name)) {
          list_->inputs.push_back(ErrorInput(path, "cannot read: " + ErrnoText(error)));
        } else {
          ++list_->skipped_files;
        }
        continue;
      }
      if (S_ISDIR(entry.st_mode)) {
        if (name[0] != '.') WalkDirectory(path, entry);
      } else if (S_ISREG(entry.st_mode) && name[0] != '.' && IsArticleFileName(name)) {
        AddFile(path, static_cast<uint64_t>(entry.st_size));
      } else {
        ++list_->skipped_files;
      }
    }
  }

 private:
  // Names in `dir` except "." and ".."; returns 0 or an errno value.
  static int ListNames(const std::string& dir, std::vector<std::string>* names) {
    DIR* d = ::opendir(dir.c_str());
    if (d == nullptr) return errno;
    while (true) {
      errno = 0;
      const dirent* e = ::readdir(d);
      if (e == nullptr) break;
      const std::string_view name = e->d_name;
      if (name != "." && name != "..") names->emplace_back(name);
    }
    const int error = errno;
    ::closedir(d);
    return error;
  }

  InputList* list_;
  std::set<DirId> visited_;
};

}  // namespace

bool IsArticleFileName(std::string_view name) {
  std::string lower = AsciiLower(name);
  if (lower.ends_with(".gz")) lower.resize(lower.size() - 3);
  for (const std::string_view ext : {".txt", ".text", ".jsonl", ".ndjson"}) {
    if (lower.size() > ext.size() && lower.ends_with(ext)) return true;
  }
  return false;
}

InputList ListInputs(const std::vector<std::string>& paths) {
  InputList list;
  for (const std::string& path : paths) {
    if (path == "-") {
      Input in;
      in.kind = Input::Kind::kStdin;
      in.path = "<stdin>";
      list.inputs.push_back(std::move(in));
      continue;
    }
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      list.inputs.push_back(ErrorInput(path, "cannot open: " + ErrnoText(errno)));
      continue;
    }
    Walker walker(&list);
    if (S_ISDIR(st.st_mode)) {
      walker.WalkDirectory(path, st);
    } else {
      walker.AddFile(path, S_ISREG(st.st_mode) ? static_cast<uint64_t>(st.st_size) : 0);
    }
  }
  return list;
}

}  // namespace dateline::reading
