#include "syntax/lemmatizer.h"

#include <algorithm>

#include "learn/byte_io.h"
#include "learn/hash.h"
#include "syntax/word_features.h"

namespace dateline::syntax {

Lemmatizer::Lemmatizer(std::vector<LemmaRule> rules, std::vector<KeyRule> words,
                       std::vector<KeyRule> suffixes)
    : rules_(std::move(rules)), words_(std::move(words)), suffixes_(std::move(suffixes)) {
  auto by_key = [](const KeyRule& a, const KeyRule& b) { return a.key < b.key; };
  std::sort(words_.begin(), words_.end(), by_key);
  std::sort(suffixes_.begin(), suffixes_.end(), by_key);
  BuildIndexes();
}

void Lemmatizer::BuildIndexes() {
  words_index_.Build(words_);
  suffixes_index_.Build(suffixes_);
}

uint64_t Lemmatizer::WordKey(std::string_view form, Upos upos, bool lowered) {
  return learn::FeatureKey(lowered ? 2 : 1, learn::HashString(form), static_cast<uint64_t>(upos));
}

uint64_t Lemmatizer::SuffixKey(std::string_view lower_suffix, Upos upos) {
  return learn::FeatureKey(3, learn::HashString(lower_suffix), static_cast<uint64_t>(upos));
}

void Lemmatizer::Lemmatize(std::string_view form, Upos upos, std::string* out) const {
  const KeyRule* hit = words_index_.Find(words_, WordKey(form, upos, false));
  std::string lower;
  std::string_view base = form;
  if (!hit) {
    lower = AsciiLower(form);
    hit = words_index_.Find(words_, WordKey(lower, upos, true));
    if (hit) base = lower;
    for (size_t k = std::min(kMaxSuffix, lower.size() > 1 ? lower.size() - 1 : 0); !hit && k > 0;
         --k) {
      hit = suffixes_index_.Find(suffixes_,
                                 SuffixKey(std::string_view(lower).substr(lower.size() - k), upos));
    }
  }
  if (!hit || hit->rule >= rules_.size()) {
    if (upos == Upos::kPropn) {
      out->append(form);
    } else {
      if (lower.empty()) lower = AsciiLower(form);
      out->append(lower);
    }
    return;
  }
  const LemmaRule& r = rules_[hit->rule];
  const size_t keep = base.size() > r.strip ? base.size() - r.strip : 0;
  const size_t at = out->size();
  out->append(base.substr(0, keep));
  if (r.lower) {
    for (size_t i = at; i < out->size(); ++i) {
      char& c = (*out)[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
  }
  out->append(r.append);
}

std::string Lemmatizer::Serialize() const {
  learn::ByteWriter w;
  w.U32(static_cast<uint32_t>(rules_.size()));
  for (const LemmaRule& r : rules_) {
    w.U32(static_cast<uint32_t>(r.lower) | (static_cast<uint32_t>(r.strip) << 8));
    w.String(r.append);
  }
  w.Array(words_);
  w.Array(suffixes_);
  return std::move(w.bytes());
}

Result<Lemmatizer> Lemmatizer::Parse(std::string_view bytes, const std::string& context) {
  learn::ByteReader r(bytes, context);
  uint32_t n = 0;
  if (Status st = r.U32(&n); !st.ok()) return st;
  std::vector<LemmaRule> rules(n);
  for (LemmaRule& rule : rules) {
    uint32_t bits = 0;
    if (Status st = r.U32(&bits); !st.ok()) return st;
    if (Status st = r.String(&rule.append); !st.ok()) return st;
    rule.lower = bits & 1;
    rule.strip = static_cast<uint8_t>(bits >> 8);
  }
  Lemmatizer l;
  l.rules_ = std::move(rules);
  if (Status st = r.Array(&l.words_); !st.ok()) return st;
  if (Status st = r.Array(&l.suffixes_); !st.ok()) return st;
  if (!r.done()) return Status::Corruption(context + ": trailing bytes in lemmatizer");
  l.BuildIndexes();
  return l;
}

}  // namespace dateline::syntax
