#include "read/encoding.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "base/utf8.h"

namespace dateline::reading {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr size_t kBinarySample = 64 << 10;

// Code points of windows-1252 bytes 0x80..0x9F; 0xA0..0xFF equal their Latin-1 values.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98-9F
};

bool IsValidUtf8(std::string_view s) { return simdjson::validate_utf8(s.data(), s.size()); }

// Decodes UTF-16 (without its byte order mark); unpaired surrogates become U+FFFD and a
// trailing odd byte is dropped.
std::string Utf16ToUtf8(std::string_view bytes, bool big_endian) {
  std::string out;
  out.reserve(bytes.size());
  const size_t n = bytes.size() / 2;
  auto unit = [&](size_t i) -> char32_t {
    const auto b0 = static_cast<unsigned char>(bytes[2 * i]);
    const auto b1 = static_cast<unsigned char>(bytes[2 * i + 1]);
    return big_endian ? (char32_t{b0} << 8 | b1) : (char32_t{b1} << 8 | b0);
  };
  for (size_t i = 0; i < n; ++i) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < n) {
      const char32_t low = unit(i + 1);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        utf8::Append(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), &out);
        ++i;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) u = utf8::kReplacement;
    utf8::Append(u, &out);
  }
  return out;
}

std::string ReplacedNote(size_t n) {
  return "replaced " + std::to_string(n) + " invalid UTF-8 sequence" + (n == 1 ? "" : "s");
}

}  // namespace

std::optional<std::string> BinaryReason(std::string_view bytes) {
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) {
    return "binary file (contains NUL bytes)";
  }
  const std::string_view sample = bytes.substr(0, kBinarySample);
  size_t controls = 0;
  for (const char c : sample) {
    const auto b = static_cast<unsigned char>(c);
    if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) {
      ++controls;
    }
  }
  // More than 5% control characters: no text editor or news feed produces that.
  if (controls >= 4 && controls * 20 > sample.size()) {
    const size_t percent = std::max<size_t>(1, controls * 100 / sample.size());
    return "binary file (" + std::to_string(percent) + "% control characters)";
  }
  return std::nullopt;
}

bool LooksLikeWindows1252(std::string_view bytes) {
  size_t valid_multibyte = 0;
  size_t invalid_runs = 0;
  bool in_invalid = false;
  size_t pos = 0;
  while (pos < bytes.size()) {
    if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
      ++pos;
      in_invalid = false;
      continue;
    }
    const size_t start = pos;
    const char32_t cp = utf8::Decode(bytes, &pos);
    if (cp == utf8::kReplacement && pos - start == 1) {
      if (!in_invalid) ++invalid_runs;
      in_invalid = true;
    } else {
      ++valid_multibyte;
      in_invalid = false;
    }
  }
  return invalid_runs > valid_multibyte;
}

std::string Windows1252ToUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x80) {
      out.push_back(c);
    } else if (b < 0xA0) {
      utf8::Append(kCp1252High[b - 0x80], &out);
    } else {
      utf8::Append(b, &out);
    }
  }
  return out;
}

DecodedText DecodeToUtf8(std::string_view bytes) {
  DecodedText result;
  if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  if (bytes.size() >= 2 && (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))) {
    const bool big_endian = bytes[0] == '\xFE';
    result.text = Utf16ToUtf8(bytes.substr(2), big_endian);
    result.notes.push_back(big_endian ? "converted from UTF-16BE" : "converted from UTF-16LE");
    return result;
  }
  if (IsValidUtf8(bytes)) {
    result.text.assign(bytes);
  } else if (LooksLikeWindows1252(bytes)) {
    result.text = Windows1252ToUtf8(bytes);
    result.notes.push_back("converted from windows-1252");
  } else {
    size_t replaced = 0;
    result.text = utf8::Repair(bytes, &replaced);
    result.notes.push_back(ReplacedNote(replaced));
  }
  return result;
}

Result<DecodedText> DecodeText(std::string_view bytes) {
  const bool utf16 = bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
  if (!utf16) {
    if (auto reason = BinaryReason(bytes)) return Status::InvalidInput(*std::move(reason));
  }
  DecodedText decoded = DecodeToUtf8(bytes);
  if (utf16) {
    if (auto reason = BinaryReason(decoded.text)) return Status::InvalidInput(*std::move(reason));
  }
  return decoded;
}

}  // namespace dateline::reading
