#include "read/json_lines.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read/read_test_util.h"
#include "read/reader.h"

namespace dateline {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;

ReadItem Line(std::string_view line) { return ParseJsonLine(line, "f.jsonl", 7, {}); }

std::string ReasonOf(std::string_view line) {
  const ReadItem item = Line(line);
  EXPECT_FALSE(item.doc.has_value());
  if (!item.rejection) return "";
  EXPECT_EQ(item.rejection->path, "f.jsonl");
  EXPECT_EQ(item.rejection->line, 7u);
  return item.rejection->reason;
}

TEST(JsonLines, ReadsAllFields) {
  const ReadItem item =
      Line(R"({"date":"2020-10-08","text":"Putin urged\r\na ceasefire.\n","title":"Appeal",)"
           R"("id":"a-1","source":"TASS","url":"https://example.org/1","extra":[1,{"x":2}]})");
  ASSERT_TRUE(item.doc.has_value()) << item.rejection->ToString();
  const Doc& doc = *item.doc;
  EXPECT_EQ(doc.date, (CivilDate{2020, 10, 8}));
  EXPECT_EQ(doc.body, "Putin urged\na ceasefire.");
  EXPECT_EQ(doc.title, "Appeal");
  EXPECT_EQ(doc.id, "a-1");
  EXPECT_EQ(doc.source, "TASS");
  EXPECT_EQ(doc.url, "https://example.org/1");
  EXPECT_EQ(doc.path, "f.jsonl:7");
  EXPECT_EQ(doc.content_hash.size(), 32u);
}

TEST(JsonLines, DerivedIdMatchesTheSeedFormat) {
  const ReadItem a = Line(R"({"date":"2020-10-08T10:00:00Z","text":"Same text.","id":42})");
  const ReadItem b = ParseArticle("date 2020-10-08\nSame text.\n", "x.txt", {});
  ASSERT_TRUE(a.doc && b.doc);
  EXPECT_EQ(a.doc->id, "42");
  EXPECT_EQ(a.doc->content_hash, b.doc->content_hash);
  const ReadItem c = Line(R"({"date":"2020-10-08","text":"Same text."})");
  ASSERT_TRUE(c.doc);
  EXPECT_EQ(c.doc->id, b.doc->id);
}

TEST(JsonLines, HeadlineTitleWhenNoneGiven) {
  const ReadItem item = Line(R"({"date":"2020-10-08","text":"Short headline\n\nBody text."})");
  ASSERT_TRUE(item.doc);
  EXPECT_EQ(item.doc->title, "Short headline");
}

TEST(JsonLines, Windows1252Line) {
  const ReadItem item = Line("{\"date\":\"2020-10-08\",\"text\":\"caf\xE9 \x93q\x94\"}");
  ASSERT_TRUE(item.doc) << item.rejection->ToString();
  EXPECT_EQ(item.doc->body, "café “q”");
  EXPECT_THAT(item.doc->notes, ElementsAre("converted from windows-1252"));
}

TEST(JsonLinesRejects, SyntaxError) {
  EXPECT_THAT(ReasonOf(R"({"date":"2020-10-08","text":"x",})"), StartsWith("invalid JSON: "));
  EXPECT_THAT(ReasonOf(R"({"date":"2020-10-08","text":"x")"), StartsWith("invalid JSON: "));
  EXPECT_THAT(ReasonOf(R"({"date":"2020-10-08","text":"x"} trailing)"),
              StartsWith("invalid JSON: "));
}

TEST(JsonLinesRejects, NotAnObject) {
  EXPECT_EQ(ReasonOf(R"(["2020-10-08","x"])"), "expected a JSON object, found an array");
}

TEST(JsonLinesRejects, MissingDate) { EXPECT_EQ(ReasonOf(R"({"text":"x"})"), "missing \"date\""); }

TEST(JsonLinesRejects, BadDate) {
  EXPECT_EQ(ReasonOf(R"({"date":"2020-13-45","text":"x"})"),
            "invalid date '2020-13-45' in \"date\"");
  EXPECT_EQ(ReasonOf(R"({"date":20201008,"text":"x"})"),
            "\"date\" is a number, not a string \"YYYY-MM-DD\"");
}

TEST(JsonLinesRejects, MissingText) {
  EXPECT_EQ(ReasonOf(R"({"date":"2020-10-08","body":"x"})"), "missing \"text\"");
  EXPECT_EQ(ReasonOf(R"({"date":"2020-10-08","text":null})"), "\"text\" is null, not a string");
}

TEST(JsonLinesRejects, EmptyText) {
  EXPECT_EQ(ReasonOf(R"({"date":"2020-10-08","text":" \n "})"), "empty body: \"text\" is blank");
}

TEST(JsonLinesRejects, BadOptionalField) {
  EXPECT_EQ(ReasonOf(R"({"date":"2020-10-08","text":"x","title":["a"]})"),
            "\"title\" is an array, not a string");
  EXPECT_EQ(ReasonOf(R"({"date":"2020-10-08","text":"x","id":1.5})"),
            "\"id\" is a number, not a string or an integer");
}

TEST(JsonLines, FileWithGoodAndBadLines) {
  readtest::TempDir dir;
  const std::string path =
      dir.Write("news.jsonl",
                "\xEF\xBB\xBF{\"date\":\"2020-10-08\",\"text\":\"First.\"}\r\n"
                "\n"
                "{\"date\":\"2020-10-09\",\"text\":\"Sec\n"
                "{\"text\":\"no date\"}\n"
                "   \n"
                "{\"date\":\"2020-10-10\",\"text\":\"Fourth.\",\"id\":\"d4\"}\n"
                "{\"date\":\"2020-10-11\"}");
  const std::vector<ReadItem> items = readtest::ReadPaths({path});
  ASSERT_EQ(items.size(), 5u);
  ASSERT_TRUE(items[0].doc);
  EXPECT_EQ(items[0].doc->body, "First.");
  EXPECT_EQ(items[0].doc->path, path + ":1");
  ASSERT_TRUE(items[1].rejection);
  EXPECT_EQ(items[1].rejection->line, 3u);
  EXPECT_EQ(items[1].rejection->path, path);
  EXPECT_THAT(items[1].rejection->ToString(), StartsWith(path + ":3: invalid JSON: "));
  ASSERT_TRUE(items[2].rejection);
  EXPECT_EQ(items[2].rejection->ToString(), path + ":4: missing \"date\"");
  ASSERT_TRUE(items[3].doc);
  EXPECT_EQ(items[3].doc->id, "d4");
  EXPECT_EQ(items[3].doc->path, path + ":6");
  ASSERT_TRUE(items[4].rejection);
  EXPECT_EQ(items[4].rejection->ToString(), path + ":7: missing \"text\"");
  uint64_t bytes = 0;
  for (const ReadItem& item : items) bytes += item.bytes;
  EXPECT_LE(bytes, std::filesystem::file_size(path));
}

TEST(JsonLinesRejects, EmptyAndBinaryFiles) {
  readtest::TempDir dir;
  const std::string empty = dir.Write("empty.ndjson", "\n \n");
  const std::string binary = dir.Write("bin.jsonl", std::string("{\"a\0\0\0\":1}\n", 12));
  const std::vector<ReadItem> items = readtest::ReadPaths({empty, binary});
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].rejection);
  EXPECT_EQ(items[0].rejection->ToString(), empty + ": empty file: no JSON records");
  ASSERT_TRUE(items[1].rejection);
  EXPECT_EQ(items[1].rejection->ToString(), binary + ": binary file (contains NUL bytes)");
}

TEST(JsonLines, BlankLineHelper) {
  EXPECT_TRUE(reading::IsBlankLine(" \t\r"));
  EXPECT_FALSE(reading::IsBlankLine(" {"));
  EXPECT_THAT(ReasonOf("\t"), HasSubstr("invalid JSON"));
}

}  // namespace
}  // namespace dateline
