#include "syntax/word_features.h"

#include <algorithm>

#include "base/ascii.h"
#include "learn/hash.h"
#include "syntax/word_clusters.h"

namespace dateline::syntax {

using learn::HashString;

void DescribeWord(std::string_view form, WordInfo* info, const WordClusters* clusters) {
  char lower_buf[64];
  std::string lower_long;
  std::string_view lower;
  if (form.size() <= sizeof lower_buf) {
    for (size_t i = 0; i < form.size(); ++i) {
      const char c = form[i];
      lower_buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    lower = std::string_view(lower_buf, form.size());
  } else {
    lower_long = AsciiLower(form);
    lower = lower_long;
  }
  info->form = HashString(form);
  info->lower = HashString(lower);
  for (size_t k = 0; k < 3; ++k) {
    info->prefix[k] = form.size() > k + 1 ? HashString(lower.substr(0, k + 1)) : 0;
  }
  for (size_t k = 0; k < 4; ++k) {
    info->suffix[k] = form.size() > k + 1 ? HashString(lower.substr(lower.size() - k - 1)) : 0;
  }
  // Shape: X for upper, x for lower, d for digit, other bytes kept; runs longer than two
  // collapse, so "Washington" -> "Xxx" ... "xx".
  char shape[32];
  size_t n = 0;
  char last = 0;
  int run = 0;
  bool upper = false, lowerc = false, digit = false, hyphen = false, period = false;
  bool all_digit = !form.empty();
  for (unsigned char c : form) {
    char s;
    if (c >= 'A' && c <= 'Z') {
      s = 'X';
      upper = true;
    } else if (c >= 'a' && c <= 'z') {
      s = 'x';
      lowerc = true;
    } else if (c >= '0' && c <= '9') {
      s = 'd';
      digit = true;
    } else if (c >= 0x80) {
      s = 'u';
      lowerc = true;
    } else {
      s = static_cast<char>(c);
      if (c == '-') hyphen = true;
      if (c == '.') period = true;
    }
    if (s != 'd' && c != ',' && c != '.') all_digit = false;
    if (s == last) {
      if (++run > 2) continue;
    } else {
      run = 1;
      last = s;
    }
    if (n < sizeof shape) shape[n++] = s;
  }
  info->shape = HashString(std::string_view(shape, n));
  uint8_t f = 0;
  if (!form.empty() && form[0] >= 'A' && form[0] <= 'Z') f |= kInitUpper;
  if (upper && !lowerc) f |= kAllUpper;
  if (digit) f |= kHasDigit;
  if (all_digit && digit) f |= kAllDigit;
  if (hyphen) f |= kHasHyphen;
  if (period) f |= kHasPeriod;
  if (!upper && !lowerc) f |= kNoLetter;
  info->flags = f;
  info->length = static_cast<uint8_t>(std::min<size_t>(form.size(), 255));
  const WordClusters::Entry* e = clusters ? clusters->Find(info->lower) : nullptr;
  info->fine = e ? e->fine : 0;
  info->coarse = e ? e->coarse : 0;
  info->mid = e ? e->mid : 0;
  info->capitalized = e ? static_cast<uint8_t>(e->capitalized) : 0;
}

}  // namespace dateline::syntax
