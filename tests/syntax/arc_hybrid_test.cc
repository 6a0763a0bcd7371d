#include "syntax/arc_hybrid.h"

#include <gtest/gtest.h>

#include <vector>

namespace dateline::syntax {
namespace {

// Following zero-cost transitions from the start rebuilds any projective gold tree.
void ExpectOracleRebuilds(const std::vector<int>& gold) {
  const int n = static_cast<int>(gold.size()) - 1;
  ArcHybridState st(n);
  int steps = 0;
  while (!st.Terminal()) {
    bool moved = false;
    for (Move m : {Move::kLeft, Move::kRight, Move::kShift}) {
      if (st.Valid(m) && st.Cost(m, gold) == 0) {
        st.Apply(m, 0);
        moved = true;
        break;
      }
    }
    ASSERT_TRUE(moved);
    ASSERT_LT(++steps, 4 * n + 4);
  }
  for (int i = 1; i <= n; ++i) EXPECT_EQ(st.head(i), gold[i]) << "word " << i;
}

TEST(ArcHybridTest, OracleRebuildsProjectiveTrees) {
  // "Putin urged the sides to stop fighting ."
  ExpectOracleRebuilds({-1, 2, 0, 4, 2, 6, 2, 6, 2});
  ExpectOracleRebuilds({-1, 0});
  ExpectOracleRebuilds({-1, 2, 3, 0, 3, 4, 5});
  ExpectOracleRebuilds({-1, 0, 1, 2, 3, 4});
}

TEST(ArcHybridTest, CostsCountLostArcs) {
  // Word 1 heads word 2; shifting... then LEFT on word 1 (to word 2) loses 1 -> 2.
  const std::vector<int> gold = {-1, 0, 1};
  ArcHybridState st(2);
  st.Apply(Move::kShift, 0);                 // stack: 0 1, buffer: 2
  EXPECT_EQ(st.Cost(Move::kLeft, gold), 2);  // 1's head is root, its dependent 2 lost
  EXPECT_EQ(st.Cost(Move::kShift, gold), 0);
  EXPECT_EQ(st.Cost(Move::kRight, gold), 1);  // dependent 2 still in the buffer
}

TEST(ArcHybridTest, TracksChildren) {
  ArcHybridState st(3);
  st.Apply(Move::kShift, 0);
  st.Apply(Move::kLeft, 4);  // 1 <- 2
  st.Apply(Move::kShift, 0);
  st.Apply(Move::kShift, 0);
  st.Apply(Move::kRight, 5);  // 2 -> 3
  st.Apply(Move::kRight, 6);  // 0 -> 2
  EXPECT_TRUE(st.Terminal());
  EXPECT_EQ(st.LeftChild(2, 0), 1);
  EXPECT_EQ(st.RightChild(2, 0), 3);
  EXPECT_EQ(st.label(1), 4);
  EXPECT_EQ(st.head(2), 0);
}

}  // namespace
}  // namespace dateline::syntax
