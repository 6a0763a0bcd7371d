#include "store/mentions.h"

#include <gtest/gtest.h>

namespace dateline {
namespace {

TEST(MentionsTest, RoundTrips) {
  const std::vector<EventMention> in = {{0, "accusations"}, {9, "accusing"}};
  const std::string text = FormatMentions(in);
  EXPECT_EQ(text, "0 accusations\n9 accusing");
  const std::vector<EventMention> out = ParseMentions(text);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].sentence, 9u);
  EXPECT_EQ(out[1].trigger, "accusing");
}

TEST(MentionsTest, SkipsLinesThatDoNotParse) {
  const std::vector<EventMention> out = ParseMentions("x accusations\n3\n4 talks\n");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].sentence, 4u);
  EXPECT_EQ(out[0].trigger, "talks");
  EXPECT_TRUE(ParseMentions("").empty());
}

}  // namespace
}  // namespace dateline
