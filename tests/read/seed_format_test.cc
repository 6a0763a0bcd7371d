#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "read/read_test_util.h"
#include "read/reader.h"

namespace dateline {
namespace {

using ::dateline::readtest::Parse;
using ::testing::HasSubstr;
using ::testing::StartsWith;

std::string ReadSeed() {
  std::ifstream in(std::string(DATELINE_SHARED_DIR) + "/seed/000_b02f48862c04265b.txt",
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const Doc& DocOf(const ReadItem& item) {
  EXPECT_FALSE(item.rejection.has_value()) << item.rejection->ToString();
  EXPECT_TRUE(item.doc.has_value());
  return *item.doc;
}

const Rejection& RejectionOf(const ReadItem& item) {
  EXPECT_FALSE(item.doc.has_value());
  EXPECT_TRUE(item.rejection.has_value());
  return *item.rejection;
}

TEST(SeedFormat, SeedKeepsTheFirstSentenceOnTheHeaderLine) {
  const std::string bytes = ReadSeed();
  ASSERT_THAT(bytes, StartsWith(" date 2020-10-08 The Nagorno-Karabakh"));
  const ReadItem item = ParseArticle(bytes, "seed.txt", {});
  const Doc& doc = DocOf(item);
  EXPECT_EQ(doc.date, (CivilDate{2020, 10, 8}));
  EXPECT_THAT(doc.body, StartsWith("The Nagorno-Karabakh region saw an escalation of tension"));
  EXPECT_EQ(doc.title, "");  // the first line is a paragraph, not a headline
  EXPECT_THAT(doc.body, HasSubstr(".\n\nRussian President Vladimir Putin on Thursday"));
  EXPECT_EQ(doc.path, "seed.txt");
  EXPECT_EQ(doc.content_hash.size(), 32u);
  EXPECT_EQ(doc.id, doc.content_hash.substr(0, 16));
  EXPECT_TRUE(doc.notes.empty());
  EXPECT_EQ(item.bytes, bytes.size());
}

TEST(SeedFormat, BodyOnTheFollowingLines) {
  const Doc doc = *Parse("date 2019-07-08\n\nFirst paragraph. (CNN)\n\nSecond one.\n").doc;
  EXPECT_EQ(doc.date, (CivilDate{2019, 7, 8}));
  EXPECT_EQ(doc.body, "First paragraph. (CNN)\n\nSecond one.");
  EXPECT_EQ(doc.title, "");
}

TEST(SeedFormat, SameBodyOnEitherLineHasTheSameHash) {
  const Doc a = DocOf(Parse("date 2020-01-02 Text here.\n\nMore.  \n"));
  const Doc b = DocOf(Parse("\n  date 2020-01-02\nText here.\n\nMore."));
  EXPECT_EQ(a.body, "Text here.\n\nMore.");
  EXPECT_EQ(a.body, b.body);
  EXPECT_EQ(a.content_hash, b.content_hash);
  EXPECT_EQ(a.id, b.id);
  const Doc c = DocOf(Parse("date 2020-01-03 Text here.\n\nMore."));
  EXPECT_NE(a.content_hash, c.content_hash);  // the date is part of the hash
}

TEST(SeedFormat, ByteOrderMarkAndLeadingWhitespace) {
  const Doc doc = DocOf(Parse("\xEF\xBB\xBF \t\n date 2021-03-04\nBody."));
  EXPECT_EQ(doc.date, (CivilDate{2021, 3, 4}));
  EXPECT_EQ(doc.body, "Body.");
  EXPECT_TRUE(doc.notes.empty());
}

TEST(SeedFormat, CrLfAndCrBecomeLf) {
  const Doc doc = DocOf(Parse("date 2021-03-04\r\n\r\nLine one.\r\nLine two.\rLine three.\r\n"));
  EXPECT_EQ(doc.body, "Line one.\nLine two.\nLine three.");
}

TEST(SeedFormat, KeepsParagraphBreaksAndTrimsTheEnd) {
  const Doc doc = DocOf(Parse("date 2021-03-04\n\n\nA.\n\n\nB.\n \t\n\n"));
  EXPECT_EQ(doc.body, "A.\n\n\nB.");
}

TEST(SeedFormat, TitleLineIsTheTitleAndNotBody) {
  const Doc doc = DocOf(Parse("date 2021-03-04\ntitle:  Talks in Moscow \n\nThe ministers met.\n"));
  EXPECT_EQ(doc.title, "Talks in Moscow");
  EXPECT_EQ(doc.body, "The ministers met.");
  const Doc upper = DocOf(Parse("date 2021-03-04\n\nTitle: Talks\nThe ministers met."));
  EXPECT_EQ(upper.title, "Talks");
  EXPECT_EQ(upper.body, "The ministers met.");
}

TEST(SeedFormat, HeadlineBecomesTheTitleAndStaysInTheBody) {
  const Doc doc = DocOf(
      Parse("date 2017-07-21\n\nAfter visa snags, Afghan team honored at robotics competition\n\n"
            "A group of Afghan teenagers was awarded a silver medal.\n"));
  EXPECT_EQ(doc.title, "After visa snags, Afghan team honored at robotics competition");
  EXPECT_THAT(doc.body, StartsWith("After visa snags"));
}

TEST(SeedFormat, NoHeadlineWithoutABlankLineOrWithSentenceEnd) {
  // Not followed by a blank line.
  EXPECT_EQ(DocOf(Parse("date 2017-07-21\nShort line\nNext line.\n")).title, "");
  // Ends like a sentence, also before a trailing source.
  EXPECT_EQ(DocOf(Parse("date 2017-07-21\nThe army withdraws.\n\nMore.")).title, "");
  EXPECT_EQ(DocOf(Parse("date 2017-07-21\nThe army \"redeploys\". (CNN) (BBC)\n\nMore.")).title,
            "");
  EXPECT_EQ(DocOf(Parse("date 2017-07-21\nHe said \u201Cno.\u201D\n\nMore.")).title, "");
  EXPECT_EQ(DocOf(Parse("date 2017-07-21\nHe said: 'go!'\n\nMore.")).title, "");
  // A headline may end with a quotation.
  EXPECT_EQ(DocOf(Parse("date 2015-08-21\nArmy on 'quasi-state of war'\n\nMore.")).title,
            "Army on 'quasi-state of war'");
  // Too long.
  EXPECT_EQ(DocOf(Parse("date 2017-07-21\n" + std::string(201, 'x') + "\n\nMore.")).title, "");
  // A single paragraph.
  EXPECT_EQ(DocOf(Parse("date 2017-07-21\nOnly a headline\n")).title, "");
}

TEST(SeedFormat, DateFollowedByATime) {
  EXPECT_EQ(DocOf(Parse("date 2020-10-08T09:30:00Z\nBody.")).date, (CivilDate{2020, 10, 8}));
}

TEST(SeedFormatRejects, NoHeader) {
  const Rejection r = RejectionOf(
      Parse("\n\nThe Nagorno-Karabakh region saw an escalation of tension on 27 September"));
  EXPECT_EQ(r.path, "a.txt");
  EXPECT_EQ(r.line, 3u);
  EXPECT_EQ(r.reason,
            "expected a 'date YYYY-MM-DD' header, found 'The Nagorno-Karabakh region saw an "
            "escal...'");
  EXPECT_EQ(r.ToString(), "a.txt:3: " + r.reason);
}

TEST(SeedFormatRejects, HeaderWordWithoutDate) {
  EXPECT_EQ(RejectionOf(Parse("date\nBody.")).reason,
            "expected a 'date YYYY-MM-DD' header, found 'date'");
  EXPECT_THAT(RejectionOf(Parse("dated 2020-01-01 Body.")).reason,
              StartsWith("expected a 'date YYYY-MM-DD' header, found 'dated 2020-01-01"));
}

TEST(SeedFormatRejects, InvalidDate) {
  const Rejection r = RejectionOf(Parse("date 2020-13-45\nBody."));
  EXPECT_EQ(r.line, 1u);
  EXPECT_EQ(r.reason, "invalid date '2020-13-45' in header");
  EXPECT_EQ(RejectionOf(Parse("date 2021-02-29 Body.")).reason,
            "invalid date '2021-02-29' in header");
  EXPECT_EQ(RejectionOf(Parse("date 08/10/2020 Body.")).reason,
            "invalid date '08/10/2020' in header");
}

TEST(SeedFormatRejects, EmptyBody) {
  const Rejection r = RejectionOf(Parse("\ndate 2020-10-08 \n\n  \n"));
  EXPECT_EQ(r.line, 2u);
  EXPECT_EQ(r.reason, "empty body: no text after the 'date' header");
  EXPECT_EQ(RejectionOf(Parse("date 2020-10-08\ntitle: Only a title\n")).reason,
            "empty body: no text after the 'date' header");
}

TEST(SeedFormatRejects, EmptyFile) {
  EXPECT_EQ(RejectionOf(Parse("")).reason,
            "expected a 'date YYYY-MM-DD' header, found an empty file");
  EXPECT_EQ(RejectionOf(Parse(" \n\n")).reason,
            "expected a 'date YYYY-MM-DD' header, found only whitespace");
}

TEST(SeedFormatRejects, BinaryWithNulBytes) {
  const Rejection r = RejectionOf(Parse(std::string("date 2020-10-08 Body\0\x01\x02", 21)));
  EXPECT_EQ(r.line, 0u);
  EXPECT_EQ(r.reason, "binary file (contains NUL bytes)");
  EXPECT_EQ(r.ToString(), "a.txt: binary file (contains NUL bytes)");
}

TEST(SeedFormatRejects, BinaryWithControlCharacters) {
  std::string bytes = "date 2020-10-08 ";
  for (int i = 0; i < 50; ++i) bytes += "ab\x01\x02\x03\x7F";
  EXPECT_THAT(RejectionOf(Parse(bytes)).reason, StartsWith("binary file ("));
  EXPECT_THAT(RejectionOf(Parse(bytes)).reason, HasSubstr("% control characters)"));
  // A few stray controls in text are fine.
  EXPECT_TRUE(Parse("date 2020-10-08 Some \x01text with a bell\x07 in it.").doc.has_value());
}

TEST(SeedFormatRejects, OverMaxBytes) {
  ReadOptions options;
  options.max_bytes = 10;
  const Rejection r = RejectionOf(Parse("date 2020-10-08 Body.", options));
  EXPECT_EQ(r.line, 0u);
  EXPECT_EQ(r.reason, "too large: 21 bytes, over the limit of 10 bytes");
}

}  // namespace
}  // namespace dateline
