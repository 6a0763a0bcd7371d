#include "syntax/tagger_features.h"

#include "learn/hash.h"

namespace dateline::syntax {

using learn::FeatureKey;

void TaggerFeatures(std::span<const WordInfo> words, size_t i, int prev1, int prev2,
                    std::vector<uint64_t>* out) {
  const WordInfo& w = words[i];
  const size_t n = words.size();
  const uint64_t lm1 = i >= 1 ? words[i - 1].lower : kStartWord;
  const uint64_t lm2 = i >= 2 ? words[i - 2].lower : kStartWord;
  const uint64_t lp1 = i + 1 < n ? words[i + 1].lower : kEndWord;
  const uint64_t lp2 = i + 2 < n ? words[i + 2].lower : kEndWord;
  const uint64_t t1 = static_cast<uint64_t>(prev1 + 2), t2 = static_cast<uint64_t>(prev2 + 2);
  out->push_back(FeatureKey(0, 0));
  out->push_back(FeatureKey(1, w.lower));
  out->push_back(FeatureKey(2, w.form));
  for (uint32_t k = 0; k < 4; ++k) {
    if (w.suffix[k]) out->push_back(FeatureKey(3 + k, w.suffix[k]));
  }
  for (uint32_t k = 0; k < 3; ++k) {
    if (w.prefix[k]) out->push_back(FeatureKey(7 + k, w.prefix[k]));
  }
  out->push_back(FeatureKey(10, w.shape));
  out->push_back(FeatureKey(11, w.flags, i == 0));
  out->push_back(FeatureKey(12, lm1));
  out->push_back(FeatureKey(13, lm2));
  out->push_back(FeatureKey(14, lp1));
  out->push_back(FeatureKey(15, lp2));
  out->push_back(FeatureKey(16, i >= 1 ? words[i - 1].suffix[2] : kStartWord));
  out->push_back(FeatureKey(17, i + 1 < n ? words[i + 1].suffix[2] : kEndWord));
  out->push_back(FeatureKey(18, t1));
  out->push_back(FeatureKey(19, t2));
  out->push_back(FeatureKey(20, t1, t2));
  out->push_back(FeatureKey(21, t1, w.lower));
  out->push_back(FeatureKey(22, w.lower, lp1));
  out->push_back(FeatureKey(23, lm1, w.lower));
  out->push_back(FeatureKey(24, i + 1 < n ? words[i + 1].shape : kEndWord));
  out->push_back(FeatureKey(25, i >= 1 ? words[i - 1].shape : kStartWord));
  out->push_back(FeatureKey(26, t1, w.suffix[2]));
  out->push_back(FeatureKey(27, w.suffix[1], lp1));
  if (w.fine) {
    out->push_back(FeatureKey(28, w.fine));
    out->push_back(FeatureKey(29, w.coarse));
    out->push_back(FeatureKey(30, t1, w.fine));
  }
  out->push_back(FeatureKey(31, i >= 1 ? words[i - 1].fine : 9999));
  out->push_back(FeatureKey(32, i + 1 < n ? words[i + 1].fine : 9999));
  out->push_back(FeatureKey(33, w.fine, i + 1 < n ? words[i + 1].fine : 9999));
  if (w.capitalized) out->push_back(FeatureKey(34, w.capitalized, w.flags & kInitUpper));
}

}  // namespace dateline::syntax
