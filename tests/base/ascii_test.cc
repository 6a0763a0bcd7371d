#include "base/ascii.h"

#include <gtest/gtest.h>

namespace dateline {
namespace {

TEST(Ascii, FoldsOnlyAsciiLetters) {
  EXPECT_EQ(AsciiLower("Erdoğan SAID"), "erdoğan said");
  EXPECT_EQ(AsciiUpper("armgov-1"), "ARMGOV-1");
}

TEST(Ascii, TrimsBlanksAndSplitsFields) {
  EXPECT_EQ(TrimBlanks(" \tKremlin\r"), "Kremlin");
  EXPECT_EQ(TrimBlanks(" \t "), "");
  const auto f = SplitOn("a\t\tb", '\t');
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[1], "");
  EXPECT_EQ(f[2], "b");
  EXPECT_EQ(SplitOn("", ',').size(), 1u);
}

}  // namespace
}  // namespace dateline
