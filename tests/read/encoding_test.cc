#include "read/encoding.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read/read_test_util.h"
#include "read/reader.h"

namespace dateline {
namespace {

using ::dateline::readtest::Parse;
using ::testing::ElementsAre;

TEST(Encoding, ValidUtf8PassesUntouched) {
  const ReadItem item = Parse("date 2020-10-08 Erdoğan met Pashinyan in Şuşa — “talks”.");
  ASSERT_TRUE(item.doc.has_value());
  EXPECT_EQ(item.doc->body, "Erdoğan met Pashinyan in Şuşa — “talks”.");
  EXPECT_TRUE(item.doc->notes.empty());
}

TEST(Encoding, Windows1252IsConverted) {
  const ReadItem item = Parse("date 2020-10-08 caf\xE9 \x93quoted\x94 \x80 5 \x97 it\x92s");
  ASSERT_TRUE(item.doc.has_value());
  EXPECT_EQ(item.doc->body, "café “quoted” € 5 — it’s");
  EXPECT_THAT(item.doc->notes, ElementsAre("converted from windows-1252"));
}

TEST(Encoding, Latin1IsConverted) {
  const ReadItem item = Parse("date 2020-10-08 Bogot\xE1, S\xE3o Paulo and Z\xFCrich.");
  ASSERT_TRUE(item.doc.has_value());
  EXPECT_EQ(item.doc->body, "Bogotá, São Paulo and Zürich.");
  EXPECT_THAT(item.doc->notes, ElementsAre("converted from windows-1252"));
}

TEST(Encoding, StrayInvalidBytesInUtf8AreReplacedAndCounted) {
  const ReadItem item = Parse("date 2020-10-08 Erdoğan and Şuşa \xFF and Ghazanchetsots.");
  ASSERT_TRUE(item.doc.has_value());
  EXPECT_EQ(item.doc->body, "Erdoğan and Şuşa \uFFFD and Ghazanchetsots.");
  EXPECT_THAT(item.doc->notes, ElementsAre("replaced 1 invalid UTF-8 sequence"));

  const ReadItem two = Parse("date 2020-10-08 é è ê ë \xC3 x \xE2\x80 y");
  ASSERT_TRUE(two.doc.has_value());
  EXPECT_EQ(two.doc->body, "é è ê ë \uFFFD x \uFFFD y");
  EXPECT_THAT(two.doc->notes, ElementsAre("replaced 2 invalid UTF-8 sequences"));
}

TEST(Encoding, Utf16WithByteOrderMark) {
  const std::string ascii = "date 2020-10-08 Caf\xE9";  // é as a UTF-16 unit 0x00E9
  std::string le = "\xFF\xFE";
  std::string be = "\xFE\xFF";
  for (const char c : ascii) {
    le += c;
    le += '\0';
    be += '\0';
    be += c;
  }
  const ReadItem a = Parse(le);
  ASSERT_TRUE(a.doc.has_value()) << a.rejection->ToString();
  EXPECT_EQ(a.doc->body, "Café");
  EXPECT_THAT(a.doc->notes, ElementsAre("converted from UTF-16LE"));
  const ReadItem b = Parse(be);
  ASSERT_TRUE(b.doc.has_value());
  EXPECT_EQ(b.doc->body, "Café");
  EXPECT_THAT(b.doc->notes, ElementsAre("converted from UTF-16BE"));
}

TEST(Encoding, Detection) {
  EXPECT_TRUE(reading::LooksLikeWindows1252("caf\xE9"));
  EXPECT_TRUE(reading::LooksLikeWindows1252("\x93quoted\x94 and \xC3\xA9"));
  EXPECT_FALSE(reading::LooksLikeWindows1252("café \xFF"));
  EXPECT_EQ(reading::Windows1252ToUtf8("\x80\x81\x9F\xA0\xFF"), "€\u0081Ÿ\u00A0ÿ");
  EXPECT_FALSE(reading::BinaryReason("plain\ttext\r\n\f").has_value());
  EXPECT_EQ(reading::BinaryReason(std::string("a\0b", 3)), "binary file (contains NUL bytes)");
}

}  // namespace
}  // namespace dateline
