#include <fcntl.h>
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "read/input_list.h"
#include "read/read_test_util.h"
#include "read/reader.h"

namespace dateline {
namespace {

using ::dateline::readtest::Gzip;
using ::dateline::readtest::ReadAll;
using ::dateline::readtest::ReadPaths;
using ::dateline::readtest::TempDir;
using ::testing::ElementsAre;
using ::testing::StartsWith;

std::vector<std::string> PathsOf(const std::vector<ReadItem>& items) {
  std::vector<std::string> paths;
  for (const ReadItem& item : items) {
    paths.push_back(item.doc ? item.doc->path : "REJECTED " + item.rejection->ToString());
  }
  return paths;
}

TEST(ArticleReader, WalksDirectoriesInPathOrderAndSkipsOthers) {
  TempDir dir;
  const std::string article = "date 2020-10-08 Body.";
  dir.Write("b/2.txt", article);
  dir.Write("b/10.text", article);
  dir.Write("a.txt", article);
  dir.Write("c/d/e.TXT", article);
  dir.Write("c/notes.md", article);
  dir.Write("c/.hidden.txt", article);
  dir.Write(".git/x.txt", article);
  dir.Write("B.txt", article);
  dir.Write("image.png", "\x89PNG");
  dir.Write("noext", article);
  auto reader = ArticleReader::Open({dir.path()}, {});
  const std::vector<ReadItem> items = ReadAll(reader.get());
  const std::string d = dir.path();
  EXPECT_THAT(PathsOf(items), ElementsAre(d + "/B.txt", d + "/a.txt", d + "/b/10.text",
                                          d + "/b/2.txt", d + "/c/d/e.TXT"));
  EXPECT_EQ(reader->skipped_files(), 4u);  // notes.md, .hidden.txt, image.png, noext
  EXPECT_EQ(reader->total_bytes(), 5 * article.size());
  EXPECT_EQ(reader->bytes_done(), reader->total_bytes());
}

TEST(ArticleReader, NamedFilesAreAlwaysReadInTheGivenOrder) {
  TempDir dir;
  const std::string md = dir.Write("z.md", "date 2020-10-08 Markdown.");
  const std::string hidden = dir.Write(".h", "date 2020-10-08 Hidden.");
  const std::string jsonl = dir.Write("a.ndjson", "{\"date\":\"2020-10-08\",\"text\":\"J.\"}");
  const std::vector<ReadItem> items = ReadPaths({md, hidden, jsonl});
  EXPECT_THAT(PathsOf(items), ElementsAre(md, hidden, jsonl + ":1"));
}

TEST(ArticleReader, NonexistentPathIsRejectedAndTheStreamContinues) {
  TempDir dir;
  const std::string good = dir.Write("good.txt", "date 2020-10-08 Body.");
  const std::string missing = dir.Path("missing.txt");
  const std::vector<ReadItem> items = ReadPaths({missing, good});
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].rejection);
  EXPECT_EQ(items[0].rejection->ToString(), missing + ": cannot open: No such file or directory");
  EXPECT_TRUE(items[1].doc);
}

TEST(ArticleReader, UnreadableFileGivesTheSystemReason) {
  TempDir dir;
  const std::string vanishing = dir.Write("gone.txt", "date 2020-10-08 Body.");
  const std::string good = dir.Write("good.txt", "date 2020-10-08 Body.");
  auto reader = ArticleReader::Open({vanishing, good}, {});
  std::filesystem::remove(vanishing);  // listed, then gone before it is read
  const std::vector<ReadItem> items = ReadAll(reader.get());
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].rejection);
  EXPECT_EQ(items[0].rejection->ToString(), vanishing + ": cannot read: No such file or directory");
  EXPECT_TRUE(items[1].doc);

  // A symbolic link loop inside a walked directory.
  std::filesystem::create_symlink("loop.txt", dir.Path("loop.txt"));
  const std::vector<ReadItem> walked = ReadPaths({dir.path()});
  ASSERT_EQ(walked.size(), 2u);
  ASSERT_TRUE(walked[1].rejection);
  EXPECT_EQ(walked[1].rejection->ToString(),
            dir.Path("loop.txt") + ": cannot read: Too many levels of symbolic links");

  if (::geteuid() != 0) {  // permissions do not stop root
    std::filesystem::permissions(good, std::filesystem::perms::none);
    const std::vector<ReadItem> denied = ReadPaths({good});
    ASSERT_EQ(denied.size(), 1u);
    ASSERT_TRUE(denied[0].rejection);
    EXPECT_EQ(denied[0].rejection->reason, "cannot read: Permission denied");
  }
}

TEST(ArticleReader, DirectoryLinkCyclesEnd) {
  TempDir dir;
  dir.Write("x/a.txt", "date 2020-10-08 Body.");
  std::filesystem::create_directory_symlink("..", dir.Path("x/up"));
  const std::vector<ReadItem> items = ReadPaths({dir.path()});
  EXPECT_THAT(PathsOf(items), ElementsAre(dir.Path("x/a.txt")));
}

TEST(ArticleReader, OverMaxBytesOnDisk) {
  TempDir dir;
  const std::string big = dir.Write("big.txt", "date 2020-10-08 " + std::string(200, 'a'));
  ReadOptions options;
  options.max_bytes = 100;
  const std::vector<ReadItem> items = ReadPaths({big}, options);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].rejection);
  EXPECT_EQ(items[0].rejection->ToString(),
            big + ": too large: 216 bytes, over the limit of 100 bytes");
}

TEST(ArticleReader, EveryRejectionKeepsTheRestOfTheStream) {
  TempDir dir;
  dir.Write("1.txt", "no header here");
  dir.Write("2.txt", "date 2020-13-45 Body.");
  dir.Write("3.txt", "date 2020-10-08   \n");
  dir.Write("4.txt", std::string("date 2020-10-08 \0\0", 19));
  dir.Write("5.txt", "date 2020-10-08 Good.");
  const std::vector<ReadItem> items = ReadPaths({dir.path()});
  ASSERT_EQ(items.size(), 5u);
  EXPECT_THAT(items[0].rejection->reason, StartsWith("expected a 'date YYYY-MM-DD' header"));
  EXPECT_EQ(items[1].rejection->reason, "invalid date '2020-13-45' in header");
  EXPECT_THAT(items[2].rejection->reason, StartsWith("empty body"));
  EXPECT_EQ(items[3].rejection->reason, "binary file (contains NUL bytes)");
  EXPECT_TRUE(items[4].doc);
}

// Runs `fn` with standard input reading `bytes`.
template <typename Fn>
void WithStdin(const TempDir& dir, const std::string& bytes, Fn fn) {
  const std::string path = dir.Write("stdin.bin", bytes);
  const int saved = ::dup(STDIN_FILENO);
  const int fd = ::open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  fn();
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
}

TEST(ArticleReader, StandardInputSeedJsonLinesAndGzip) {
  TempDir dir;
  WithStdin(dir, " date 2020-10-08 From stdin.", [] {
    const std::vector<ReadItem> items = ReadPaths({"-"});
    ASSERT_EQ(items.size(), 1u);
    ASSERT_TRUE(items[0].doc);
    EXPECT_EQ(items[0].doc->body, "From stdin.");
    EXPECT_EQ(items[0].doc->path, "<stdin>");
  });
  WithStdin(dir, "\n {\"date\":\"2020-10-08\",\"text\":\"A.\"}\n{}\n", [] {
    const std::vector<ReadItem> items = ReadPaths({"-"});
    ASSERT_EQ(items.size(), 2u);
    ASSERT_TRUE(items[0].doc);
    EXPECT_EQ(items[0].doc->path, "<stdin>:2");
    ASSERT_TRUE(items[1].rejection);
    EXPECT_EQ(items[1].rejection->ToString(), "<stdin>:3: missing \"date\"");
  });
  WithStdin(dir, Gzip("date 2020-10-08 Zipped."), [] {
    const std::vector<ReadItem> items = ReadPaths({"-"});
    ASSERT_EQ(items.size(), 1u);
    ASSERT_TRUE(items[0].doc);
    EXPECT_EQ(items[0].doc->body, "Zipped.");
  });
}

TEST(ArticleReader, ProgressCounters) {
  TempDir dir;
  const std::string a = dir.Write("a.txt", "date 2020-10-08 A.");
  const std::string j = dir.Write("j.jsonl",
                                  "{\"date\":\"2020-10-08\",\"text\":\"1.\"}\n"
                                  "{\"date\":\"2020-10-08\",\"text\":\"2.\"}\n");
  auto reader = ArticleReader::Open({a, j}, {});
  const uint64_t total = std::filesystem::file_size(a) + std::filesystem::file_size(j);
  EXPECT_EQ(reader->total_bytes(), total);
  EXPECT_EQ(reader->bytes_done(), 0u);
  ReadItem item;
  ASSERT_TRUE(reader->Next(&item));
  EXPECT_EQ(item.bytes, std::filesystem::file_size(a));
  EXPECT_EQ(reader->bytes_done(), std::filesystem::file_size(a));
  ASSERT_TRUE(reader->Next(&item));
  EXPECT_EQ(item.bytes, 34u);  // the line and its newline
  EXPECT_GT(reader->bytes_done(), std::filesystem::file_size(a));
  EXPECT_LT(reader->bytes_done(), total);
  ASSERT_TRUE(reader->Next(&item));
  EXPECT_FALSE(reader->Next(&item));
  EXPECT_EQ(reader->bytes_done(), total);
}

TEST(ArticleReader, ArticleFileNames) {
  EXPECT_TRUE(reading::IsArticleFileName("a.txt"));
  EXPECT_TRUE(reading::IsArticleFileName("a.NDJSON.GZ"));
  EXPECT_TRUE(reading::IsArticleFileName("a.text.gz"));
  EXPECT_FALSE(reading::IsArticleFileName("a.json"));
  EXPECT_FALSE(reading::IsArticleFileName("a.gz"));
  EXPECT_FALSE(reading::IsArticleFileName("txt"));
}

TEST(ArticleReader, ReadsTheWholeWcepCorpus) {
  const std::string corpus = std::string(DATELINE_SHARED_DIR) + "/data/corpora/wcep-portal";
  if (!std::filesystem::exists(corpus)) GTEST_SKIP() << "no corpus at " << corpus;
  const auto start = std::chrono::steady_clock::now();
  auto reader = ArticleReader::Open({corpus}, {});
  size_t docs = 0;
  size_t rejections = 0;
  size_t titles = 0;
  uint64_t bytes = 0;
  ReadItem item;
  std::string previous;
  while (reader->Next(&item)) {
    if (item.rejection) {
      ADD_FAILURE() << item.rejection->ToString();
      ++rejections;
      continue;
    }
    ++docs;
    titles += !item.doc->title.empty();
    bytes += item.bytes;
    EXPECT_LT(previous, item.doc->path);
    previous = item.doc->path;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(docs, 8018u);
  EXPECT_EQ(rejections, 0u);
  EXPECT_EQ(titles, 0u);  // daily summaries: no line reads as a headline
  EXPECT_EQ(reader->skipped_files(), 0u);
  EXPECT_EQ(bytes, reader->total_bytes());
  EXPECT_EQ(reader->bytes_done(), reader->total_bytes());
  RecordProperty("seconds", std::to_string(seconds));
  std::printf("read %zu docs, %.1f MB in %.3f s\n", docs, bytes / 1e6, seconds);
}

TEST(ArticleReader, WikinewsArticlesHaveHeadlines) {
  const std::string corpora = std::string(DATELINE_SHARED_DIR) + "/data/corpora";
  if (!std::filesystem::exists(corpora + "/wikinews-gum")) GTEST_SKIP() << "no corpora";
  auto reader =
      ArticleReader::Open({corpora + "/wikinews-gum", corpora + "/wikinews-semeval2015"}, {});
  size_t docs = 0;
  size_t titles = 0;
  ReadItem item;
  while (reader->Next(&item)) {
    ASSERT_TRUE(item.doc) << item.rejection->ToString();
    ++docs;
    if (item.doc->title.empty()) {
      std::printf("no title: %s\n", item.doc->path.c_str());
    } else {
      ++titles;
      EXPECT_TRUE(item.doc->body.starts_with(item.doc->title)) << item.doc->path;
    }
  }
  EXPECT_EQ(docs, 144u);
  EXPECT_EQ(titles, docs);
}

}  // namespace
}  // namespace dateline
