#include "learn/model_file.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "learn/byte_io.h"
#include "learn/hash.h"

namespace dateline::learn {

namespace {

constexpr char kMagic[8] = {'D', 'T', 'L', 'N', 'M', 'O', 'D', 'L'};

}  // namespace

uint64_t Checksum64(std::string_view bytes) {
  uint64_t h = 0x243f6a8885a308d3ull ^ bytes.size();
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, bytes.data() + i, 8);
    h = (h ^ MixBits(w)) * 0x9e3779b97f4a7c15ull;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
  return MixBits(h ^ MixBits(tail + 1));
}

std::string ModelWriter::Serialize() const {
  ByteWriter w;
  w.Raw(kMagic, sizeof kMagic);
  w.U32(kModelFormatVersion);
  w.String(kind_);
  w.U32(static_cast<uint32_t>(sections_.size()));
  for (const auto& [name, bytes] : sections_) {
    w.String(name);
    w.U64(bytes.size());
    w.Raw(bytes.data(), bytes.size());
  }
  const uint64_t sum = Checksum64(w.bytes());
  w.U64(sum);
  return std::move(w.bytes());
}

Status ModelWriter::Write(const std::string& path) const {
  const std::string bytes = Serialize();
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IOError(tmp + ": cannot open for writing");
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return Status::IOError(tmp + ": write failed");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return Status::IOError(path + ": cannot rename into place: " + ec.message());
  return Status::OK();
}

Result<ModelFile> ModelFile::Read(const std::string& path, std::string_view kind) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open model file");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read failed");
  return Parse(std::move(ss).str(), path, kind);
}

Result<ModelFile> ModelFile::Parse(std::string bytes, std::string path, std::string_view kind) {
  if (bytes.size() < sizeof kMagic + 16 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return Status::Corruption(path + ": not a dateline model file (bad magic)");
  }
  const size_t body = bytes.size() - 8;
  uint64_t stored;
  std::memcpy(&stored, bytes.data() + body, 8);
  ByteReader r(std::string_view(bytes).substr(0, body), path);
  uint32_t version = 0;
  if (Status st = r.Skip(sizeof kMagic, "magic"); !st.ok()) return st;
  if (Status st = r.U32(&version); !st.ok()) return st;
  if (version != kModelFormatVersion) {
    return Status::Corruption(path + ": model format version " + std::to_string(version) +
                              ", expected " + std::to_string(kModelFormatVersion));
  }
  if (Checksum64(std::string_view(bytes).substr(0, body)) != stored) {
    return Status::Corruption(path + ": checksum mismatch (file damaged or truncated)");
  }
  std::string got_kind;
  uint32_t n = 0;
  if (Status st = r.String(&got_kind); !st.ok()) return st;
  if (got_kind != kind) {
    return Status::InvalidInput(path + ": holds a '" + got_kind + "' model, expected '" +
                                std::string(kind) + "'");
  }
  if (Status st = r.U32(&n); !st.ok()) return st;
  ModelFile f;
  for (uint32_t i = 0; i < n; ++i) {
    std::string name;
    uint64_t size = 0;
    if (Status st = r.String(&name); !st.ok()) return st;
    if (Status st = r.U64(&size); !st.ok()) return st;
    const size_t at = r.pos();
    if (Status st = r.Skip(size, "section"); !st.ok()) {
      std::string message = path;
      message.append(": section '").append(name).append("' truncated");
      return Status::Corruption(message);
    }
    f.sections_[name] = {at, size};
  }
  if (!r.done()) return Status::Corruption(path + ": trailing bytes after the last section");
  f.path_ = std::move(path);
  f.bytes_ = std::move(bytes);
  return f;
}

Result<std::string_view> ModelFile::Section(std::string_view name) const {
  auto it = sections_.find(name);
  if (it == sections_.end()) {
    return Status::NotFound(path_ + ": no section '" + std::string(name) + "'");
  }
  return std::string_view(bytes_).substr(it->second.first, it->second.second);
}

}  // namespace dateline::learn
