#include "read/gzip.h"

#include <zlib.h>

#include <algorithm>
#include <climits>

namespace dateline::reading {
namespace {

// Owns a z_stream set up for gzip decoding.
class Inflater {
 public:
  Inflater() { ok_ = inflateInit2(&stream_, 16 + MAX_WBITS) == Z_OK; }
  ~Inflater() {
    if (ok_) inflateEnd(&stream_);
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;

  bool ok() const { return ok_; }
  z_stream* stream() { return &stream_; }

 private:
  z_stream stream_{};
  bool ok_ = false;
};

std::string ZlibError(const z_stream& stream, int code) {
  if (stream.msg != nullptr) return stream.msg;
  return zError(code);
}

}  // namespace

bool IsGzip(std::string_view bytes) { return bytes.starts_with("\x1f\x8b"); }

Result<std::string> Gunzip(std::string_view compressed, uint64_t max_bytes) {
  if (!IsGzip(compressed)) return Status::InvalidInput("bad gzip data: not a gzip file");
  Inflater inflater;
  if (!inflater.ok()) return Status::Internal("cannot initialize zlib");
  z_stream* zs = inflater.stream();

  std::string out;
  const uint64_t first_guess = std::min<uint64_t>(max_bytes + 1, compressed.size() * 4 + 4096);
  out.resize(static_cast<size_t>(first_guess));
  size_t produced = 0;
  size_t consumed = 0;
  while (true) {
    // Feed at most UINT_MAX bytes at a time: avail_in is 32-bit.
    const size_t in_chunk = std::min<size_t>(compressed.size() - consumed, UINT_MAX);
    zs->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data() + consumed));
    zs->avail_in = static_cast<uInt>(in_chunk);
    if (produced == out.size()) {
      if (out.size() > max_bytes) break;  // over the limit
      out.resize(static_cast<size_t>(std::min<uint64_t>(max_bytes + 1, out.size() * 2)));
    }
    const size_t out_chunk = std::min<size_t>(out.size() - produced, UINT_MAX);
    zs->next_out = reinterpret_cast<Bytef*>(out.data() + produced);
    zs->avail_out = static_cast<uInt>(out_chunk);

    const int rc = inflate(zs, Z_NO_FLUSH);
    consumed += in_chunk - zs->avail_in;
    produced += out_chunk - zs->avail_out;
    if (rc == Z_STREAM_END) {
      // Another member may follow; trailing zero padding is tolerated.
      const std::string_view rest = compressed.substr(consumed);
      if (rest.find_first_not_of('\0') == std::string_view::npos) break;
      if (!IsGzip(rest)) return Status::InvalidInput("bad gzip data: trailing garbage");
      if (inflateReset(zs) != Z_OK) return Status::Internal("cannot reset zlib");
      continue;
    }
    if (rc == Z_BUF_ERROR) {
      // No progress possible: either the output is full (grow it) or the input ended.
      if (zs->avail_out == 0) continue;
      return Status::InvalidInput("bad gzip data: truncated");
    }
    if (rc != Z_OK) return Status::InvalidInput("bad gzip data: " + ZlibError(*zs, rc));
    if (consumed == compressed.size() && zs->avail_out != 0) {
      return Status::InvalidInput("bad gzip data: truncated");
    }
  }
  if (produced > max_bytes) {
    return Status::InvalidInput("decompressed size over the limit of " + std::to_string(max_bytes) +
                                " bytes");
  }
  out.resize(produced);
  return out;
}

}  // namespace dateline::reading
