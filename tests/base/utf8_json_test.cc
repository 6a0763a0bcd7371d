#include <gtest/gtest.h>

#include "base/json_writer.h"
#include "base/utf8.h"

namespace dateline {
namespace {

TEST(Utf8, ValidatesAndRepairs) {
  EXPECT_TRUE(utf8::IsValid("Erdoğan"));
  EXPECT_FALSE(utf8::IsValid("caf\xE9"));
  size_t n = 0;
  EXPECT_EQ(utf8::Repair("a\xFF\xFE"
                         "b\xC0",
                         &n),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
  EXPECT_EQ(n, 2u);
  EXPECT_FALSE(utf8::IsValid("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(utf8::IsValid("\xC0\xAF"));      // overlong
  EXPECT_EQ(utf8::CountCodePoints("Ghazanchetsots — Şuşa"), 21u);
}

TEST(JsonWriter, NestsAndEscapes) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject()
      .Key("a")
      .String("x\"y\n")
      .Key("b")
      .BeginArray()
      .Int(1)
      .Null()
      .Bool(true)
      .EndArray();
  w.Key("c").StringOrNull("").EndObject();
  EXPECT_EQ(out, R"({"a":"x\"y\n","b":[1,null,true],"c":null})");
}

}  // namespace
}  // namespace dateline
