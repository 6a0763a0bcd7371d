#include "entities/place_name.h"

namespace dateline::entities {
namespace {

// Base letters of U+00C0..U+017F, in code-point order (' ' for the two signs).
constexpr std::string_view kLatin1Fold =
    "aaaaaaaceeeeiiiidnooooo ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo ouuuuyty";
constexpr std::string_view kLatinExtAFold =
    "aaaaaa"
    "cccccccc"
    "dddd"
    "eeeeeeeeee"
    "gggggggg"
    "hhhh"
    "iiiiiiiiii"
    "ii"
    "jj"
    "kkk"
    "llllllllll"
    "nnnnnnn"
    "nn"
    "oooooo"
    "oo"
    "rrrrrr"
    "ssssssss"
    "tttttt"
    "uuuuuuuuuuuu"
    "ww"
    "yyy"
    "zzzzzz"
    "s";
static_assert(kLatin1Fold.size() == 64 && kLatinExtAFold.size() == 128);

// Decodes one UTF-8 sequence at s[*i], advancing *i; malformed bytes decode as U+FFFD.
char32_t Next(std::string_view s, size_t* i) {
  const auto b = static_cast<unsigned char>(s[*i]);
  int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (len == 0 || *i + len > s.size()) {
    ++*i;
    return 0xFFFD;
  }
  char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += len;
  return c;
}

// The ASCII letter a Latin letter folds to, or 0 when it is not one.
char Fold(char32_t c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  if (c >= 'a' && c <= 'z') return static_cast<char>(c);
  if (c >= 0xC0 && c <= 0xFF) return kLatin1Fold[c - 0xC0];
  if (c >= 0x100 && c <= 0x17F) return kLatinExtAFold[c - 0x100];
  if (c == 0x259 || c == 0x18F) return 'e';                    // ə Ə (Azerbaijani)
  if (c >= 0x218 && c <= 0x21B) return c < 0x21A ? 's' : 't';  // ș ț (Romanian)
  return 0;
}

bool IsDropped(char32_t c) {
  return c == '.' || c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x2BB || c == 0x2BC ||
         c == '`';
}

bool IsSeparator(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '-' || c == 0x2010 || c == 0x2011 ||
         c == 0x2013 || c == '_' || c == 0xA0 || c == ',';
}

}  // namespace

std::string PlaceKey(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  size_t i = 0;
  while (i < name.size()) {
    const size_t start = i;
    const char32_t c = Next(name, &i);
    if (IsDropped(c)) continue;
    if (IsSeparator(c)) {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
      continue;
    }
    if (const char f = Fold(c); f != 0) {
      if (f == ' ') {
        if (!key.empty() && key.back() != ' ') key.push_back(' ');
      } else {
        key.push_back(f);
      }
      continue;
    }
    key.append(name.substr(start, i - start));
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  if (key.starts_with("the ")) key.erase(0, 4);
  return key;
}

bool IsLatinName(std::string_view name) {
  size_t i = 0;
  while (i < name.size()) {
    const char32_t c = Next(name, &i);
    if ((c >= '0' && c <= '9') || c == ' ' || c == '-' || c == '(' || c == ')' || IsDropped(c)) {
      continue;
    }
    const char f = Fold(c);
    if (f == 0 || f == ' ') return false;
  }
  return true;
}

uint64_t HashPlaceKey(std::string_view key) {
  uint64_t h = 1469598103934665603ull;
  for (char c : key) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace dateline::entities
