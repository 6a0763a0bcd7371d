// Gzip: decompression of whole gzip files in memory, with a cap on the output size.
//
// Accepts the gzip format (RFC 1952) including files of several concatenated members, as
// written by `cat a.gz b.gz` or parallel compressors. Corrupt, truncated or oversized
// input yields an error Status, never a partial result.
//
// Thread-safety: the functions are pure and may be called from any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace dateline::reading {

// True if `bytes` starts with the gzip magic number (1f 8b).
bool IsGzip(std::string_view bytes);

// Decompresses `compressed`. Fails with InvalidInput when the data is not gzip, is
// corrupt or truncated, or would decompress to more than `max_bytes`.
Result<std::string> Gunzip(std::string_view compressed, uint64_t max_bytes);

}  // namespace dateline::reading
