#include "entities/ner_features.h"

#include "learn/hash.h"

namespace dateline::entities {

using learn::FeatureKey;
using syntax::kEndWord;
using syntax::kStartWord;
using syntax::WordInfo;

bool MostlyCapitals(std::span<const WordInfo> words) {
  size_t upper = 0, letters = 0;
  for (const WordInfo& w : words) {
    if (w.flags & syntax::kNoLetter) continue;
    ++letters;
    upper += (w.flags & syntax::kAllUpper) != 0 && w.length > 1;
  }
  return letters >= 3 && upper * 10 >= letters * 7;
}

void NerFeatures(std::span<const WordInfo> words, std::span<const NerWordContext> ctx,
                 bool capitals, size_t i, int prev1, int prev2, std::vector<uint64_t>* out) {
  const size_t n = words.size();
  const WordInfo& w = words[i];
  auto lower = [&](long j) {
    return j < 0 ? kStartWord : j >= static_cast<long>(n) ? kEndWord : words[j].lower;
  };
  auto form = [&](long j) {
    return j < 0                       ? kStartWord
           : j >= static_cast<long>(n) ? kEndWord
                                       : (capitals ? words[j].lower : words[j].form);
  };
  auto shape = [&](long j) {
    return j < 0 ? kStartWord : j >= static_cast<long>(n) ? kEndWord : words[j].shape;
  };
  auto flags = [&](long j) -> uint64_t {
    return j < 0 ? 1000 : j >= static_cast<long>(n) ? 1001 : words[j].flags;
  };
  const long k = static_cast<long>(i);
  const uint64_t t1 = static_cast<uint64_t>(prev1 + 2), t2 = static_cast<uint64_t>(prev2 + 2);
  const uint64_t cap = capitals ? 1 : 0;
  const uint64_t wshape = capitals ? 7 : w.shape;
  out->push_back(FeatureKey(0, cap));
  out->push_back(FeatureKey(1, w.lower));
  out->push_back(FeatureKey(2, form(k)));
  for (uint32_t s = 0; s < 4; ++s) {
    if (w.suffix[s]) out->push_back(FeatureKey(3 + s, w.suffix[s]));
  }
  for (uint32_t s = 0; s < 3; ++s) {
    if (w.prefix[s]) out->push_back(FeatureKey(7 + s, w.prefix[s]));
  }
  out->push_back(FeatureKey(10, wshape, cap));
  out->push_back(FeatureKey(11, capitals ? (flags(k) & ~3u) : flags(k), i == 0));
  out->push_back(FeatureKey(12, lower(k - 1)));
  out->push_back(FeatureKey(13, lower(k - 2)));
  out->push_back(FeatureKey(14, lower(k + 1)));
  out->push_back(FeatureKey(15, lower(k + 2)));
  out->push_back(FeatureKey(16, capitals ? 7 : shape(k - 1), wshape));
  out->push_back(FeatureKey(17, wshape, capitals ? 7 : shape(k + 1)));
  out->push_back(FeatureKey(18, t1));
  out->push_back(FeatureKey(19, t1, t2));
  out->push_back(FeatureKey(20, t1, w.lower));
  out->push_back(FeatureKey(21, t1, wshape));
  out->push_back(FeatureKey(22, lower(k - 1), w.lower));
  out->push_back(FeatureKey(23, w.lower, lower(k + 1)));
  out->push_back(FeatureKey(24, form(k - 1)));
  out->push_back(FeatureKey(25, form(k + 1)));
  out->push_back(FeatureKey(26, t1, lower(k - 1)));
  out->push_back(FeatureKey(27, t1, form(k + 1)));
  out->push_back(FeatureKey(28, i + 1 < n ? words[i + 1].suffix[2] : kEndWord));
  out->push_back(FeatureKey(29, i >= 1 ? words[i - 1].suffix[2] : kStartWord));
  out->push_back(FeatureKey(30, lower(k - 1), lower(k + 1)));
  auto fine = [&](long j) -> uint64_t {
    return j < 0 ? 9998 : j >= static_cast<long>(n) ? 9999 : words[j].fine;
  };
  if (w.fine) {
    out->push_back(FeatureKey(31, w.fine));
    out->push_back(FeatureKey(32, w.coarse));
    out->push_back(FeatureKey(33, t1, w.fine));
    out->push_back(FeatureKey(34, w.fine, capitals ? 2 : (w.flags & syntax::kInitUpper)));
  }
  out->push_back(FeatureKey(35, fine(k - 1)));
  out->push_back(FeatureKey(36, fine(k + 1)));
  out->push_back(FeatureKey(37, fine(k - 1), w.fine));
  out->push_back(FeatureKey(38, w.fine, fine(k + 1)));
  out->push_back(FeatureKey(39, fine(k - 2)));
  out->push_back(FeatureKey(40, fine(k + 2)));
  auto capital = [&](long j) -> uint64_t {
    return j < 0 ? 1000 : j >= static_cast<long>(n) ? 1001 : words[j].capitalized;
  };
  const uint64_t init_upper = capitals ? 2 : (w.flags & syntax::kInitUpper);
  out->push_back(FeatureKey(51, w.capitalized, init_upper));
  out->push_back(FeatureKey(52, w.capitalized, init_upper, i == 0));
  out->push_back(FeatureKey(53, capital(k - 1), w.capitalized));
  out->push_back(FeatureKey(54, w.capitalized, capital(k + 1)));
  out->push_back(FeatureKey(55, w.capitalized, t1));
  if (ctx.empty()) return;
  auto g = [&](long j) -> uint64_t {
    return j < 0 ? 1000 : j >= static_cast<long>(n) ? 1001 : ctx[static_cast<size_t>(j)].gaz;
  };
  auto pos = [&](long j) -> uint64_t {
    return j < 0 ? 1000 : j >= static_cast<long>(n) ? 1001 : ctx[static_cast<size_t>(j)].upos;
  };
  const uint64_t init = capitals ? 2 : (w.flags & syntax::kInitUpper);
  if (g(k)) {
    out->push_back(FeatureKey(41, g(k), init));
    out->push_back(FeatureKey(42, g(k), t1));
    out->push_back(FeatureKey(43, g(k - 1), g(k)));
    out->push_back(FeatureKey(44, g(k), g(k + 1)));
  }
  if (pos(k)) {
    out->push_back(FeatureKey(45, pos(k)));
    out->push_back(FeatureKey(46, pos(k - 1), pos(k)));
    out->push_back(FeatureKey(47, pos(k), pos(k + 1)));
    out->push_back(FeatureKey(48, pos(k), t1));
    out->push_back(FeatureKey(49, pos(k), init));
    out->push_back(FeatureKey(50, pos(k - 1), pos(k), pos(k + 1)));
  }
}

}  // namespace dateline::entities
