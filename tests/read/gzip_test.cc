#include "read/gzip.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "read/read_test_util.h"
#include "read/reader.h"

namespace dateline {
namespace {

using ::dateline::readtest::Gzip;
using ::dateline::readtest::ReadPaths;
using ::dateline::readtest::TempDir;
using ::testing::StartsWith;

TEST(Gzip, RoundTripsAndConcatenatedMembers) {
  const std::string text = "date 2020-10-08 Body.";
  Result<std::string> plain = reading::Gunzip(Gzip(text), 1000);
  ASSERT_TRUE(plain.ok()) << plain.status().ToString();
  EXPECT_EQ(*plain, text);
  Result<std::string> two = reading::Gunzip(Gzip("ab") + Gzip("cd"), 1000);
  ASSERT_TRUE(two.ok()) << two.status().ToString();
  EXPECT_EQ(*two, "abcd");
  Result<std::string> empty = reading::Gunzip(Gzip(""), 1000);
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(*empty, "");
  const std::string big(1 << 20, 'x');
  Result<std::string> large = reading::Gunzip(Gzip(big), big.size());
  ASSERT_TRUE(large.ok());
  EXPECT_EQ(*large, big);
}

TEST(Gzip, Errors) {
  EXPECT_EQ(reading::Gunzip("plain text", 100).status().message(),
            "bad gzip data: not a gzip file");
  const std::string gz = Gzip(std::string(1000, 'a') + "date");
  EXPECT_EQ(reading::Gunzip(gz.substr(0, gz.size() - 6), 10000).status().message(),
            "bad gzip data: truncated");
  std::string corrupt = gz;
  corrupt[3] = '\xFF';  // reserved flag bits
  EXPECT_THAT(reading::Gunzip(corrupt, 10000).status().message(), StartsWith("bad gzip data: "));
  EXPECT_EQ(reading::Gunzip(gz, 999).status().message(),
            "decompressed size over the limit of 999 bytes");
}

TEST(Gzip, ReaderDecompressesSeedAndJsonLinesFiles) {
  TempDir dir;
  dir.Write("a/1.txt.gz", Gzip("date 2020-10-08\r\n\r\nGzipped body.\r\n"));
  dir.Write("a/2.jsonl.gz", Gzip("{\"date\":\"2020-10-09\",\"text\":\"One.\"}\n"
                                 "{\"date\":\"2020-10-10\",\"text\":\"Two.\"}\n"));
  const std::vector<ReadItem> items = ReadPaths({dir.path()});
  ASSERT_EQ(items.size(), 3u);
  ASSERT_TRUE(items[0].doc);
  EXPECT_EQ(items[0].doc->body, "Gzipped body.");
  EXPECT_EQ(items[0].doc->path, dir.Path("a/1.txt.gz"));
  ASSERT_TRUE(items[2].doc);
  EXPECT_EQ(items[2].doc->path, dir.Path("a/2.jsonl.gz") + ":2");
  EXPECT_EQ(items[2].doc->body, "Two.");
}

TEST(Gzip, ReaderRejectsBadGzip) {
  TempDir dir;
  const std::string bad = dir.Write("bad.txt.gz", "date 2020-10-08 not compressed");
  const std::string truncated =
      dir.Write("cut.txt.gz", Gzip("date 2020-10-08 Body.").substr(0, 12));
  const std::string good = dir.Write("good.txt", "date 2020-10-08 Body.");
  const std::vector<ReadItem> items = ReadPaths({bad, truncated, good});
  ASSERT_EQ(items.size(), 3u);
  ASSERT_TRUE(items[0].rejection);
  EXPECT_EQ(items[0].rejection->ToString(), bad + ": bad gzip data: not a gzip file");
  ASSERT_TRUE(items[1].rejection);
  EXPECT_EQ(items[1].rejection->ToString(), truncated + ": bad gzip data: truncated");
  EXPECT_TRUE(items[2].doc);
}

TEST(Gzip, ReaderRejectsOverMaxBytesAfterDecompression) {
  TempDir dir;
  const std::string path =
      dir.Write("big.txt.gz", Gzip("date 2020-10-08 " + std::string(5000, 'a')));
  ReadOptions options;
  options.max_bytes = 1000;
  const std::vector<ReadItem> items = ReadPaths({path}, options);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].rejection);
  EXPECT_EQ(items[0].rejection->reason, "decompressed size over the limit of 1000 bytes");
}

}  // namespace
}  // namespace dateline
