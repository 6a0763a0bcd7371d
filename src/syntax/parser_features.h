// The feature templates of the dependency parser (after Zhang & Nivre 2011, adapted to
// the arc-hybrid system), shared by the parser and its trainer.
//
// Thread-safety: pure function.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "syntax/arc_hybrid.h"

namespace dateline::syntax {

// What the parser knows of each node: node 0 is the root, 1..n the words.
struct ParserToken {
  uint64_t word = 0;     // lowercase form hash
  uint64_t tag = 0;      // tag id + 1
  uint64_t suffix = 0;   // 3-byte lowercase suffix hash
  uint64_t cluster = 0;  // mid word class + 1 (0 = unknown)
};

void ParserFeatures(const ArcHybridState& state, std::span<const ParserToken> tokens,
                    std::vector<uint64_t>* out);

}  // namespace dateline::syntax
