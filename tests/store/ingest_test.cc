#include "store/ingest.h"

#include <gtest/gtest.h>

#include <fstream>

#include "store/test_util.h"

namespace dateline {
namespace {

using testing::DocItem;
using testing::DumpTables;
using testing::FakePipeline;
using testing::GeneratedDoc;
using testing::MakeDoc;
using testing::OpenStore;
using testing::RejectionItem;
using testing::TempDir;
using testing::VectorReader;

// 200 generated articles with, mixed in: reader rejections, an article repeated later in
// the input, and articles the pipeline fails on.
std::vector<ReadItem> MixedInput() {
  std::vector<ReadItem> items;
  for (int i = 0; i < 200; ++i) {
    items.push_back(DocItem(GeneratedDoc(i)));
    if (i % 37 == 5) items.push_back(RejectionItem("bad/" + std::to_string(i), 3, "no date"));
    if (i % 50 == 10) {
      items.push_back(DocItem(MakeDoc("2020-05-05", "FAILME " + std::to_string(i),
                                      "fail/" + std::to_string(i) + ".txt")));
    }
  }
  items.push_back(DocItem(GeneratedDoc(3)));  // repeated in the input
  items.insert(items.begin() + 50, DocItem(GeneratedDoc(120)));
  return items;
}

struct IngestRun {
  IngestStats stats;
  std::string dump;
};

IngestRun IngestInto(const std::string& db_path, std::vector<ReadItem> items, int threads,
                     size_t batch_size, int delay_us) {
  auto store = OpenStore(db_path);
  EXPECT_TRUE(store);
  if (!store) return {};
  VectorReader reader(std::move(items));
  auto pipeline = FakePipeline(delay_us);
  IngestOptions opt;
  opt.threads = threads;
  opt.batch_size = batch_size;
  auto r = Ingest(&reader, *pipeline, store.get(), opt);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  if (!r.ok()) return {};
  return {std::move(r).value(), DumpTables(store->db())};
}

TEST(Ingest, ContentDoesNotDependOnThreadCount) {
  TempDir dir;
  IngestRun one = IngestInto(dir.File("one.db"), MixedInput(), 1, 7, 0);
  IngestRun four = IngestInto(dir.File("four.db"), MixedInput(), 4, 7, 200);
  IngestRun eight = IngestInto(dir.File("eight.db"), MixedInput(), 8, 256, 100);
  ASSERT_FALSE(one.dump.empty());
  EXPECT_EQ(one.dump, four.dump);
  EXPECT_EQ(one.dump, eight.dump);

  const size_t n_items = MixedInput().size();
  for (const IngestRun* r : {&one, &four, &eight}) {
    EXPECT_EQ(r->stats.read, n_items - 6u);  // 6 reader rejections
    EXPECT_EQ(r->stats.stored, 200u);
    EXPECT_EQ(r->stats.duplicates, 2u);
    EXPECT_EQ(r->stats.rejected, 10u);  // 6 from the reader, 4 from the pipeline
    ASSERT_EQ(r->stats.rejections.size(), 10u);
    EXPECT_EQ(r->stats.rejections[0].path, "bad/5");
    EXPECT_EQ(r->stats.rejections[0].line, 3u);
    EXPECT_EQ(r->stats.rejections[1].path, "fail/10.txt");
    EXPECT_NE(r->stats.rejections[1].reason.find("annotation failed"), std::string::npos);
    EXPECT_NE(r->stats.rejections[1].reason.find("fake annotator refuses"), std::string::npos);
  }
  EXPECT_EQ(one.stats.rejections[5].ToString(), four.stats.rejections[5].ToString());
}

TEST(Ingest, ReingestIsANoOp) {
  TempDir dir;
  const std::string path = dir.File("db");
  IngestRun first = IngestInto(path, MixedInput(), 2, 16, 0);
  IngestRun second = IngestInto(path, MixedInput(), 3, 5, 0);
  EXPECT_EQ(second.stats.stored, 0u);
  EXPECT_EQ(second.stats.duplicates, 202u);
  EXPECT_EQ(second.stats.rejected, 10u);  // rejections are reported again
  EXPECT_EQ(first.dump, second.dump);
}

TEST(Ingest, ReportsProgress) {
  TempDir dir;
  auto store = OpenStore(dir.File("db"));
  ASSERT_TRUE(store);
  VectorReader reader(MixedInput());
  auto pipeline = FakePipeline();
  IngestOptions opt;
  opt.threads = 2;
  opt.batch_size = 10;
  std::vector<IngestProgress> seen;
  opt.progress = [&](const IngestProgress& p) { seen.push_back(p); };
  auto r = Ingest(&reader, *pipeline, store.get(), opt);
  ASSERT_TRUE(r.ok());
  ASSERT_GE(seen.size(), 20u);  // at least once a commit
  for (size_t i = 1; i < seen.size(); ++i) {
    EXPECT_GE(seen[i].stored, seen[i - 1].stored);
    EXPECT_GE(seen[i].elapsed_seconds, seen[i - 1].elapsed_seconds);
  }
  EXPECT_EQ(seen.back().stored, 200u);
  EXPECT_EQ(seen.back().read, r->read);
  EXPECT_EQ(seen.back().total_bytes, reader.total_bytes());
  EXPECT_EQ(seen.back().bytes_done, reader.total_bytes());
  EXPECT_EQ(r->bytes, reader.total_bytes());
}

TEST(Ingest, StoreFailureStopsAndIsReturned) {
  TempDir dir;
  const std::string path = dir.File("db");
  { ASSERT_TRUE(OpenStore(path)); }
  auto ro = OpenStore(path, OpenMode::kReadOnly);
  ASSERT_TRUE(ro);
  std::vector<ReadItem> items;
  for (int i = 0; i < 3000; ++i) items.push_back(DocItem(GeneratedDoc(i)));
  VectorReader reader(std::move(items));
  auto pipeline = FakePipeline();
  IngestOptions opt;
  opt.threads = 3;
  opt.batch_size = 4;
  auto r = Ingest(&reader, *pipeline, ro.get(), opt);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("readonly"), std::string::npos) << r.status().message();
  EXPECT_LT(reader.bytes_done(), reader.total_bytes());  // stopped early
}

TEST(Ingest, EmptyInput) {
  auto store = OpenStore(":memory:");
  ASSERT_TRUE(store);
  VectorReader reader({});
  auto pipeline = FakePipeline();
  auto r = Ingest(&reader, *pipeline, store.get(), IngestOptions{});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->read, 0u);
  EXPECT_EQ(r->stored, 0u);
}

TEST(Ingest, BatchesByBytes) {
  auto store = OpenStore(":memory:");
  ASSERT_TRUE(store);
  std::vector<ReadItem> items;
  for (int i = 0; i < 50; ++i) items.push_back(DocItem(GeneratedDoc(i)));
  VectorReader reader(std::move(items));
  auto pipeline = FakePipeline();
  IngestOptions opt;
  opt.threads = 2;
  opt.batch_size = 1000;
  opt.batch_bytes = 200;  // about two articles a batch
  int commits = 0;
  uint64_t last = 0;
  opt.progress = [&](const IngestProgress& p) {
    if (p.stored != last) ++commits;
    last = p.stored;
  };
  auto r = Ingest(&reader, *pipeline, store.get(), opt);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->stored, 50u);
  EXPECT_GE(commits, 15);
}

// The real reader over seed-format files: same database with 1 and 4 threads.
TEST(Ingest, SeedFilesGiveTheSameDatabaseWithAnyThreadCount) {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "in" / "sub");
  for (int i = 0; i < 120; ++i) {
    const Doc d = GeneratedDoc(i);
    const auto file =
        dir.path() / "in" / (i % 2 ? "sub" : ".") / ("a" + std::to_string(1000 + i) + ".txt");
    std::ofstream(file) << "date " << d.date.ToString() << "\n\n" << d.body << "\n";
  }
  std::ofstream(dir.path() / "in" / "bad.txt") << "no header here\n";
  std::string dumps[2];
  const int threads[2] = {1, 4};
  for (int k = 0; k < 2; ++k) {
    auto store = OpenStore(dir.File("db" + std::to_string(k)));
    ASSERT_TRUE(store);
    auto reader = ArticleReader::Open({(dir.path() / "in").string()}, ReadOptions{});
    ASSERT_TRUE(reader);
    auto pipeline = FakePipeline(k == 0 ? 0 : 150);
    IngestOptions opt;
    opt.threads = threads[k];
    opt.batch_size = 9;
    auto r = Ingest(reader.get(), *pipeline, store.get(), opt);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->stored, 120u);
    EXPECT_EQ(r->rejected, 1u);
    ASSERT_EQ(r->rejections.size(), 1u);
    EXPECT_NE(r->rejections[0].path.find("bad.txt"), std::string::npos);
    dumps[k] = DumpTables(store->db());
    // Paths are those of the files; the first sentence survived the header.
    EXPECT_EQ(*store->db().QueryInt(
                  "SELECT count(*) FROM sentences WHERE idx = 0 AND text LIKE 'Report number%'"),
              120);
  }
  EXPECT_EQ(dumps[0], dumps[1]);
}

}  // namespace
}  // namespace dateline
