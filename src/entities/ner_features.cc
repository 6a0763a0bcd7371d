#include "entities/ner_features.h"

#include <algorithm>

#include "learn/hash.h"

namespace dateline::entities {

using learn::FeatureKey;
using syntax::kEndWord;
using syntax::kStartWord;
using syntax::WordInfo;

bool MostlyCapitals(std::span<const WordInfo> words) {
  size_t upper = 0, letters = 0, long_words = 0, title = 0;
  for (const WordInfo& w : words) {
    if (w.flags & syntax::kNoLetter) continue;
    ++letters;
    upper += (w.flags & syntax::kAllUpper) != 0 && w.length > 1;
    if (w.length > 3) {
      ++long_words;
      title += (w.flags & syntax::kInitUpper) != 0;
    }
  }
  if (letters >= 3 && upper * 10 >= letters * 7) return true;
  // Title case: every longer word capitalized, verbs and nouns alike.
  return long_words >= 4 && title == long_words;
}

void AddNerDocumentEvidence(std::span<const NerDocSentence> doc, bool history) {
  struct Occurrence {
    uint64_t lower;
    uint32_t sentence, word, bits;
  };
  std::vector<Occurrence> occ;
  for (uint32_t s = 0; s < doc.size(); ++s) {
    const NerDocSentence& d = doc[s];
    const bool caps = MostlyCapitals(d.words);
    for (uint32_t i = 0; i < d.words.size(); ++i) {
      const WordInfo& w = d.words[i];
      uint32_t bits = 0;
      if (history) {
        bits = i < d.types.size() ? d.types[i] : 0;
      } else if (!(w.flags & syntax::kNoLetter) && w.length > 1) {
        if (w.flags & syntax::kInitUpper) {
          if (i > 0 && !caps) bits = kDocCapitalized;
        } else {
          bits = kDocLowercase;
        }
      }
      if (!(w.flags & syntax::kNoLetter)) occ.push_back({w.lower, s, i, bits});
    }
  }
  const uint32_t mask = history ? kDocPer | kDocOrg | kDocLoc : kDocSurfaceBits;
  for (const NerDocSentence& d : doc) {
    for (NerWordContext& c : d.ctx) c.doc &= ~mask;
  }
  std::sort(occ.begin(), occ.end(),
            [](const Occurrence& a, const Occurrence& b) { return a.lower < b.lower; });
  for (size_t b = 0; b < occ.size();) {
    size_t e = b + 1;
    while (e < occ.size() && occ[e].lower == occ[b].lower) ++e;
    if (e - b > 1) {
      // Per bit, how many occurrences carry it; a word takes the bits others carry.
      uint32_t count[5] = {};
      for (size_t k = b; k < e; ++k) {
        for (int bit = 0; bit < 5; ++bit) count[bit] += (occ[k].bits >> bit) & 1u;
      }
      for (size_t k = b; k < e; ++k) {
        uint32_t bits = 0;
        for (int bit = 0; bit < 5; ++bit) {
          if (count[bit] > ((occ[k].bits >> bit) & 1u)) bits |= 1u << bit;
        }
        doc[occ[k].sentence].ctx[occ[k].word].doc |= bits & mask;
      }
    }
    b = e;
  }
}

namespace {

// Accessors of the window around a word, with boundary values outside the sentence.
struct Window {
  std::span<const WordInfo> words;
  std::span<const NerWordContext> ctx;
  bool capitals;

  long n() const { return static_cast<long>(words.size()); }
  bool out(long j) const { return j < 0 || j >= n(); }
  uint64_t edge(long j, uint64_t before, uint64_t after) const { return j < 0 ? before : after; }
  uint64_t lower(long j) const { return out(j) ? edge(j, kStartWord, kEndWord) : words[j].lower; }
  uint64_t form(long j) const {
    return out(j) ? edge(j, kStartWord, kEndWord) : capitals ? words[j].lower : words[j].form;
  }
  uint64_t shape(long j) const {
    return out(j) ? edge(j, kStartWord, kEndWord) : capitals ? 7 : words[j].shape;
  }
  uint64_t flags(long j) const {
    return out(j) ? edge(j, 1000, 1001) : capitals ? (words[j].flags & ~3u) : words[j].flags;
  }
  uint64_t fine(long j) const { return out(j) ? edge(j, 9998, 9999) : words[j].fine; }
  uint64_t capital(long j) const { return out(j) ? edge(j, 1000, 1001) : words[j].capitalized; }
  uint64_t init(long j) const {
    return out(j) ? edge(j, 1000, 1001) : capitals ? 2 : (words[j].flags & syntax::kInitUpper);
  }
  uint64_t gaz(long j) const {
    return out(j) ? edge(j, 1000, 1001) : ctx[static_cast<size_t>(j)].gaz;
  }
  uint64_t phrase(long j) const {
    return out(j) ? edge(j, 1000, 1001) : ctx[static_cast<size_t>(j)].phrase;
  }
  uint64_t doc(long j) const {
    return out(j) ? edge(j, 1000, 1001) : ctx[static_cast<size_t>(j)].doc;
  }
  uint64_t pos(long j) const {
    return out(j) ? edge(j, 1000, 1001) : ctx[static_cast<size_t>(j)].upos;
  }
};

}  // namespace

void NerEmissionFeatures(std::span<const WordInfo> words, std::span<const NerWordContext> ctx,
                         bool capitals, size_t i, std::vector<uint64_t>* out) {
  const Window x{words, ctx, capitals};
  const WordInfo& w = words[i];
  const long k = static_cast<long>(i);
  const uint64_t cap = capitals ? 1 : 0;
  const uint64_t wshape = x.shape(k);
  const uint64_t init = x.init(k);
  out->push_back(FeatureKey(0, cap));
  out->push_back(FeatureKey(1, w.lower));
  out->push_back(FeatureKey(2, x.form(k)));
  for (uint32_t s = 0; s < 4; ++s) {
    if (w.suffix[s]) out->push_back(FeatureKey(3 + s, w.suffix[s]));
  }
  for (uint32_t s = 0; s < 3; ++s) {
    if (w.prefix[s]) out->push_back(FeatureKey(7 + s, w.prefix[s]));
  }
  out->push_back(FeatureKey(10, wshape, cap));
  out->push_back(FeatureKey(11, x.flags(k), i == 0));
  out->push_back(FeatureKey(12, x.lower(k - 1)));
  out->push_back(FeatureKey(13, x.lower(k - 2)));
  out->push_back(FeatureKey(14, x.lower(k + 1)));
  out->push_back(FeatureKey(15, x.lower(k + 2)));
  out->push_back(FeatureKey(16, x.shape(k - 1), wshape));
  out->push_back(FeatureKey(17, wshape, x.shape(k + 1)));
  out->push_back(FeatureKey(22, x.lower(k - 1), w.lower));
  out->push_back(FeatureKey(23, w.lower, x.lower(k + 1)));
  out->push_back(FeatureKey(24, x.form(k - 1)));
  out->push_back(FeatureKey(25, x.form(k + 1)));
  out->push_back(FeatureKey(28, i + 1 < words.size() ? words[i + 1].suffix[2] : kEndWord));
  out->push_back(FeatureKey(29, i >= 1 ? words[i - 1].suffix[2] : kStartWord));
  out->push_back(FeatureKey(30, x.lower(k - 1), x.lower(k + 1)));
  if (w.fine) {
    out->push_back(FeatureKey(31, w.fine));
    out->push_back(FeatureKey(32, w.coarse));
    out->push_back(FeatureKey(34, w.fine, init));
    out->push_back(FeatureKey(56, w.mid));
    out->push_back(FeatureKey(57, w.mid, init));
  }
  out->push_back(FeatureKey(35, x.fine(k - 1)));
  out->push_back(FeatureKey(36, x.fine(k + 1)));
  out->push_back(FeatureKey(37, x.fine(k - 1), w.fine));
  out->push_back(FeatureKey(38, w.fine, x.fine(k + 1)));
  out->push_back(FeatureKey(39, x.fine(k - 2)));
  out->push_back(FeatureKey(40, x.fine(k + 2)));
  out->push_back(FeatureKey(51, w.capitalized, init));
  out->push_back(FeatureKey(52, w.capitalized, init, i == 0));
  out->push_back(FeatureKey(53, x.capital(k - 1), w.capitalized));
  out->push_back(FeatureKey(54, w.capitalized, x.capital(k + 1)));
  if (ctx.empty()) return;
  if (x.gaz(k)) {
    out->push_back(FeatureKey(41, x.gaz(k), init));
    out->push_back(FeatureKey(43, x.gaz(k - 1), x.gaz(k)));
    out->push_back(FeatureKey(44, x.gaz(k), x.gaz(k + 1)));
  }
  if (x.gaz(k - 1)) out->push_back(FeatureKey(68, x.gaz(k - 1), init));
  if (x.phrase(k)) {
    out->push_back(FeatureKey(60, x.phrase(k)));
    out->push_back(FeatureKey(61, x.phrase(k), init));
  }
  // How the word is written elsewhere in the document says most where its own case says
  // little: in lowercase, first in the sentence, or in a headline.
  const uint32_t own_case_blind = capitals || i == 0 || !(w.flags & syntax::kInitUpper)
                                      ? static_cast<uint32_t>(kDocSurfaceBits)
                                      : 0u;
  if (const uint64_t doc = x.doc(k) & (own_case_blind | ~kDocSurfaceBits)) {
    out->push_back(FeatureKey(70, doc, init));
    out->push_back(FeatureKey(71, doc, x.init(k - 1), x.init(k + 1)));
  }
  // A run of capitalized words is read as a whole: its last word ("Airlines", "Corp")
  // and the word after it ("'s", "Inc.") tell the kind of name.
  if (!capitals && (w.flags & syntax::kInitUpper)) {
    size_t e = i + 1;
    while (e < words.size() && (words[e].flags & syntax::kInitUpper)) ++e;
    if (e - i > 1) out->push_back(FeatureKey(74, words[e - 1].lower));
    out->push_back(FeatureKey(75, x.lower(static_cast<long>(e)), e - i > 1));
  }
  out->push_back(FeatureKey(64, x.phrase(k - 1), x.phrase(k)));
  out->push_back(FeatureKey(65, x.phrase(k), x.phrase(k + 1)));
  if (x.pos(k)) {
    out->push_back(FeatureKey(45, x.pos(k)));
    out->push_back(FeatureKey(46, x.pos(k - 1), x.pos(k)));
    out->push_back(FeatureKey(47, x.pos(k), x.pos(k + 1)));
    out->push_back(FeatureKey(49, x.pos(k), init));
    out->push_back(FeatureKey(50, x.pos(k - 1), x.pos(k), x.pos(k + 1)));
  }
}

void NerTransitionFeatures(std::span<const WordInfo> words, std::span<const NerWordContext> ctx,
                           bool capitals, size_t i, int prev, std::vector<uint64_t>* out) {
  const Window x{words, ctx, capitals};
  const WordInfo& w = words[i];
  const long k = static_cast<long>(i);
  const uint64_t t = static_cast<uint64_t>(prev + 2);
  out->push_back(FeatureKey(18, t));
  out->push_back(FeatureKey(20, t, w.lower));
  out->push_back(FeatureKey(21, t, x.shape(k)));
  out->push_back(FeatureKey(26, t, x.lower(k - 1)));
  out->push_back(FeatureKey(27, t, x.form(k + 1)));
  out->push_back(FeatureKey(55, w.capitalized, t));
  if (w.fine) out->push_back(FeatureKey(33, t, w.fine));
  if (ctx.empty()) return;
  if (x.gaz(k)) out->push_back(FeatureKey(42, x.gaz(k), t));
  if (x.phrase(k)) out->push_back(FeatureKey(66, x.phrase(k), t));
  const uint32_t own_case_blind = capitals || i == 0 || !(w.flags & syntax::kInitUpper)
                                      ? static_cast<uint32_t>(kDocSurfaceBits)
                                      : 0u;
  if (const uint64_t doc = x.doc(k) & (own_case_blind | ~kDocSurfaceBits)) {
    out->push_back(FeatureKey(73, doc, t));
  }
  if (x.pos(k)) out->push_back(FeatureKey(48, x.pos(k), t));
}

}  // namespace dateline::entities
