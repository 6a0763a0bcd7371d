// ModelFile: the binary container every trained model is stored in.
//
// A model file is a header (magic "DTLNMODL", format version, model kind such as "pos"),
// a list of named sections (opaque byte strings: a classifier, a label set, lemma rules),
// and a 64-bit checksum over everything before it. Read() verifies magic, version, kind,
// section bounds and checksum, and reports any mismatch as a Status naming the file, so
// a truncated or corrupted model is never used. The file is read whole into memory; the
// sections are views into that buffer.
//
// Thread-safety: ModelWriter is a builder for one thread; a loaded ModelFile is
// immutable and may be read from many threads.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace dateline::learn {

inline constexpr uint32_t kModelFormatVersion = 1;

// The checksum stored in model files (a 64-bit multiply-xor hash).
uint64_t Checksum64(std::string_view bytes);

class ModelWriter {
 public:
  explicit ModelWriter(std::string kind) : kind_(std::move(kind)) {}
  void Add(std::string name, std::string bytes) {
    sections_.emplace_back(std::move(name), std::move(bytes));
  }
  // The whole file as bytes.
  std::string Serialize() const;
  // Writes the file atomically (a temporary file renamed into place).
  Status Write(const std::string& path) const;

 private:
  std::string kind_;
  std::vector<std::pair<std::string, std::string>> sections_;
};

class ModelFile {
 public:
  // Reads and verifies `path`; `kind` must match the kind it was written with.
  static Result<ModelFile> Read(const std::string& path, std::string_view kind);
  // Verifies an in-memory file; `path` only names it in error messages.
  static Result<ModelFile> Parse(std::string bytes, std::string path, std::string_view kind);

  ModelFile(ModelFile&&) = default;
  ModelFile& operator=(ModelFile&&) = default;

  const std::string& path() const { return path_; }
  // The named section, or NotFound naming the file and the section.
  Result<std::string_view> Section(std::string_view name) const;

 private:
  ModelFile() = default;
  std::string path_;
  std::string bytes_;
  std::map<std::string, std::pair<size_t, size_t>, std::less<>> sections_;  // offset, size
};

}  // namespace dateline::learn
