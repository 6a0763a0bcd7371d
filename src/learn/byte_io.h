// ByteWriter and ByteReader: little-endian serialization of the numbers, strings and
// arrays that model files are made of.
//
// ByteReader checks every read against the end of its buffer and reports a truncated or
// malformed buffer as a Corruption status naming what was being read, so a damaged
// model file is an error value, never a crash.
//
// Thread-safety: plain values; one thread per object.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "base/status.h"

namespace dateline::learn {

class ByteWriter {
 public:
  void U32(uint32_t v) { Raw(&v, sizeof v); }
  void U64(uint64_t v) { Raw(&v, sizeof v); }
  void F32(float v) { Raw(&v, sizeof v); }
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void String(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  template <typename T>
  void Array(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    U64(v.size());
    if (!v.empty()) Raw(v.data(), v.size() * sizeof(T));
  }
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

class ByteReader {
 public:
  ByteReader(std::string_view bytes, std::string context)
      : data_(bytes), context_(std::move(context)) {}

  Status I16(int16_t* v) { return Raw(v, sizeof *v, "i16"); }
  Status U32(uint32_t* v) { return Raw(v, sizeof *v, "u32"); }
  Status U64(uint64_t* v) { return Raw(v, sizeof *v, "u64"); }
  Status F32(float* v) { return Raw(v, sizeof *v, "f32"); }
  Status Varint(uint64_t* v) {
    uint64_t x = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= data_.size()) return Truncated("varint");
      const uint8_t b = static_cast<uint8_t>(data_[pos_++]);
      x |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) {
        *v = x;
        return Status::OK();
      }
    }
    return Status::Corruption(context_ + ": malformed varint at byte " + std::to_string(pos_));
  }
  Status String(std::string* s) {
    uint32_t n = 0;
    if (Status st = U32(&n); !st.ok()) return st;
    if (n > data_.size() - pos_) return Truncated("string");
    s->assign(data_.substr(pos_, n));
    pos_ += n;
    return Status::OK();
  }
  template <typename T>
  Status Array(std::vector<T>* v) {
    static_assert(std::is_trivially_copyable_v<T>);
    uint64_t n = 0;
    if (Status st = U64(&n); !st.ok()) return st;
    if (n > (data_.size() - pos_) / sizeof(T)) return Truncated("array");
    v->resize(n);
    if (n) std::memcpy(v->data(), data_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return Status::OK();
  }
  // Skips n bytes, which must be there.
  Status Skip(uint64_t n, const char* what) {
    if (n > data_.size() - pos_) return Truncated(what);
    pos_ += n;
    return Status::OK();
  }
  size_t pos() const { return pos_; }
  bool done() const { return pos_ == data_.size(); }
  const std::string& context() const { return context_; }

 private:
  Status Raw(void* p, size_t n, const char* what) {
    if (n > data_.size() - pos_) return Truncated(what);
    std::memcpy(p, data_.data() + pos_, n);
    pos_ += n;
    return Status::OK();
  }
  Status Truncated(const char* what) const {
    return Status::Corruption(context_ + ": truncated while reading " + what + " at byte " +
                              std::to_string(pos_));
  }
  std::string_view data_;
  size_t pos_ = 0;
  std::string context_;
};

}  // namespace dateline::learn
