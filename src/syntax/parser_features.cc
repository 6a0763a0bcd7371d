#include "syntax/parser_features.h"

#include <algorithm>

#include "learn/hash.h"

namespace dateline::syntax {

using learn::FeatureKey;

namespace {

constexpr uint64_t kNone = 0x4e4f4e45ull;

struct Node {
  uint64_t w = kNone, t = kNone, l = kNone, suf = kNone, c = kNone;
};

Node Get(const ArcHybridState& st, std::span<const ParserToken> tokens, int i) {
  Node n;
  if (i < 0) return n;
  n.w = tokens[i].word;
  n.t = tokens[i].tag;
  n.suf = tokens[i].suffix;
  n.c = tokens[i].cluster;
  n.l = static_cast<uint64_t>(st.label(i) + 2);
  return n;
}

}  // namespace

void ParserFeatures(const ArcHybridState& st, std::span<const ParserToken> tokens,
                    std::vector<uint64_t>* out) {
  const int is0 = st.Stack(0), is1 = st.Stack(1), is2 = st.Stack(2);
  const int ib0 = st.Buffer(0), ib1 = st.Buffer(1), ib2 = st.Buffer(2);
  const Node s0 = Get(st, tokens, is0), s1 = Get(st, tokens, is1), s2 = Get(st, tokens, is2);
  const Node b0 = Get(st, tokens, ib0), b1 = Get(st, tokens, ib1), b2 = Get(st, tokens, ib2);
  const Node s0l = Get(st, tokens, st.LeftChild(is0, 0));
  const Node s0l2 = Get(st, tokens, st.LeftChild(is0, 1));
  const Node s0r = Get(st, tokens, st.RightChild(is0, 0));
  const Node s0r2 = Get(st, tokens, st.RightChild(is0, 1));
  const Node b0l = Get(st, tokens, st.LeftChild(ib0, 0));
  const Node b0l2 = Get(st, tokens, st.LeftChild(ib0, 1));
  const Node s1l = Get(st, tokens, st.LeftChild(is1, 0));
  const Node s1r = Get(st, tokens, st.RightChild(is1, 0));
  const uint64_t dist = (is0 >= 0 && ib0 >= 0) ? static_cast<uint64_t>(std::min(ib0 - is0, 6)) : 99;
  const uint64_t dist01 =
      (is0 >= 0 && is1 >= 0) ? static_cast<uint64_t>(std::min(is0 - is1, 6)) : 99;
  const uint64_t s0vl = static_cast<uint64_t>(st.LeftCount(is0));
  const uint64_t s0vr = static_cast<uint64_t>(st.RightCount(is0));
  const uint64_t b0vl = static_cast<uint64_t>(st.LeftCount(ib0));
  uint32_t k = 0;
  auto f1 = [&](uint64_t a) { out->push_back(FeatureKey(k++, a)); };
  auto f2 = [&](uint64_t a, uint64_t b) { out->push_back(FeatureKey(k++, a, b)); };
  auto f3 = [&](uint64_t a, uint64_t b, uint64_t c) { out->push_back(FeatureKey(k++, a, b, c)); };
  f1(0);
  // Single words.
  f1(s0.w), f1(s0.t), f2(s0.w, s0.t);
  f1(s1.w), f1(s1.t), f2(s1.w, s1.t);
  f1(b0.w), f1(b0.t), f2(b0.w, b0.t);
  f1(b1.w), f1(b1.t), f2(b1.w, b1.t);
  f1(b2.w), f1(b2.t);
  f1(s2.t);
  f1(s0.suf), f1(b0.suf);
  // Pairs.
  f3(s0.w, s0.t, b0.w * 31 + b0.t);
  f3(s0.w, s0.t, b0.w);
  f3(s0.w, b0.w, b0.t);
  f3(s0.w, s0.t, b0.t);
  f3(s0.t, b0.w, b0.t);
  f2(s0.w, b0.w);
  f2(s0.t, b0.t);
  f2(b0.t, b1.t);
  f3(s1.w, s1.t, s0.w * 31 + s0.t);
  f2(s1.w, s0.w);
  f2(s1.t, s0.t);
  f3(s1.t, s0.w, s0.t);
  f3(s1.w, s1.t, s0.t);
  // Triples.
  f3(b0.t, b1.t, b2.t);
  f3(s0.t, b0.t, b1.t);
  f3(s1.t, s0.t, b0.t);
  f3(s2.t, s1.t, s0.t);
  f3(s0.t, s0l.t, b0.t);
  f3(s0.t, s0r.t, b0.t);
  f3(s0.t, b0.t, b0l.t);
  f3(s1.t, s1r.t, s0.t);
  f3(s1.t, s1l.t, s0.t);
  f3(s1.t, s0.t, s0r.t);
  f3(s1.t, s0.t, s0l.t);
  // Distance.
  f2(s0.w, dist), f2(s0.t, dist), f2(b0.w, dist), f2(b0.t, dist);
  f3(s0.w, b0.w, dist), f3(s0.t, b0.t, dist);
  f3(s1.t, s0.t, dist01), f3(s1.w, s0.w, dist01);
  // Valency.
  f2(s0.w, s0vr), f2(s0.t, s0vr), f2(s0.w, s0vl), f2(s0.t, s0vl), f2(b0.w, b0vl), f2(b0.t, b0vl);
  // Dependents.
  f1(s0l.w), f1(s0l.t), f1(s0l.l);
  f1(s0r.w), f1(s0r.t), f1(s0r.l);
  f1(b0l.w), f1(b0l.t), f1(b0l.l);
  f1(s0l2.t), f1(s0l2.l), f1(s0r2.t), f1(s0r2.l), f1(b0l2.t), f1(b0l2.l);
  f1(s1l.l), f1(s1r.l);
  f3(s0.t, s0l.t, s0l2.t), f3(s0.t, s0r.t, s0r2.t), f3(b0.t, b0l.t, b0l2.t);
  f3(s0.w, s0l.l, s0r.l);
  f3(s0.t, s0l.l, s0r.l);
  f3(b0.t, b0l.l, b0l2.l);
  f3(s1.t, s1l.l, s1r.l);
  // Word classes.
  f1(s0.c), f1(b0.c), f1(b1.c), f1(s1.c);
  f2(s0.c, b0.c), f2(s0.c, b0.t), f2(s0.t, b0.c), f2(s1.c, s0.c), f2(s1.t, s0.c);
  f3(s0.c, b0.c, dist);
}

}  // namespace dateline::syntax
