// Kills an ingest in the middle with SIGKILL and checks that running it again completes
// the database: every article exactly once, each with all its layers, and a sound file.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <thread>

#include "store/ingest.h"
#include "store/test_util.h"

namespace dateline {
namespace {

using testing::DocItem;
using testing::FakeAnnotator;
using testing::FakePipeline;
using testing::GeneratedDoc;
using testing::OpenStore;
using testing::TempDir;
using testing::VectorReader;

constexpr int kArticles = 2000;

std::vector<ReadItem> Articles() {
  std::vector<ReadItem> items;
  items.reserve(kArticles);
  for (int i = 0; i < kArticles; ++i) items.push_back(DocItem(GeneratedDoc(i)));
  return items;
}

// Runs in the forked child: a slow ingest with small batches. Never returns.
[[noreturn]] void ChildIngest(const std::string& path) {
  auto store = Store::Open(path, OpenMode::kReadWrite);
  if (!store.ok()) _exit(3);
  VectorReader reader(Articles());
  auto pipeline = FakePipeline(/*delay_us=*/400);
  IngestOptions opt;
  opt.threads = 2;
  opt.batch_size = 10;
  auto r = Ingest(&reader, *pipeline, store->get(), opt);
  _exit(r.ok() ? 0 : 4);
}

// Articles stored so far, or -1 while the database cannot be read yet.
int64_t StoredArticles(const std::string& path) {
  auto store = Store::Open(path, OpenMode::kReadOnly);
  if (!store.ok()) return -1;
  auto n = (*store)->db().QueryInt("SELECT count(*) FROM articles");
  return n.ok() ? *n : -1;
}

TEST(Crash, KilledIngestResumesToACompleteDatabase) {
  TempDir dir;
  const std::string path = dir.File("crash.db");

  const pid_t child = fork();
  ASSERT_GE(child, 0) << "fork failed";
  if (child == 0) ChildIngest(path);

  int64_t seen = -1;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    seen = StoredArticles(path);
    if (seen >= 100) break;
    int status = 0;
    if (waitpid(child, &status, WNOHANG) == child) FAIL() << "the ingest ended before the kill";
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the ingest ended before the kill (status " << status << ")";
  ASSERT_GE(seen, 100) << "no progress within the deadline";

  int64_t at_kill = 0;
  {
    // What the killed process left: whole batches only, in input order, a sound file.
    auto store = OpenStore(path);
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->CheckIntegrity().ok()) << store->CheckIntegrity().ToString();
    at_kill = store->counts()->articles;
    ::testing::Test::RecordProperty("articles_at_kill", std::to_string(at_kill));
    EXPECT_GE(at_kill, seen);
    EXPECT_LT(at_kill, kArticles) << "the kill came too late to test anything";
    EXPECT_EQ(at_kill % 10, 0) << "a partial batch was committed";
    EXPECT_EQ(*store->db().QueryInt("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                                    "(SELECT 1 FROM sentences s WHERE s.article = a.pk)"),
              0);
  }

  // Run it again, to completion.
  auto store = OpenStore(path);
  ASSERT_TRUE(store);
  VectorReader reader(Articles());
  auto pipeline = FakePipeline();
  IngestOptions opt;
  opt.threads = 2;
  opt.batch_size = 10;
  auto r = Ingest(&reader, *pipeline, store.get(), opt);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->stored, static_cast<uint64_t>(kArticles - at_kill));
  EXPECT_EQ(r->duplicates, static_cast<uint64_t>(at_kill));
  EXPECT_EQ(r->rejected, 0u);

  // Every article once, in input order, each with exactly the layers it should have.
  std::map<std::string, std::pair<int64_t, int64_t>> expected;  // hash -> sentences, events
  int64_t total_sentences = 0, total_events = 0;
  for (int i = 0; i < kArticles; ++i) {
    Doc d = GeneratedDoc(i);
    ASSERT_TRUE(FakeAnnotator().Process(&d).ok());
    expected[d.content_hash] = {static_cast<int64_t>(d.sentences.size()),
                                static_cast<int64_t>(d.events.size())};
    total_sentences += static_cast<int64_t>(d.sentences.size());
    total_events += static_cast<int64_t>(d.events.size());
  }
  auto c = store->counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->articles, kArticles);
  EXPECT_EQ(c->sentences, total_sentences);
  EXPECT_EQ(c->events, total_events);
  EXPECT_EQ(*store->db().QueryInt("SELECT count(DISTINCT content_hash) FROM articles"), kArticles);

  auto st = store->db().Prepare(
      "SELECT a.path, a.content_hash, "
      "(SELECT count(*) FROM sentences s WHERE s.article = a.pk), "
      "(SELECT count(*) FROM events e WHERE e.article = a.pk) FROM articles a ORDER BY a.pk");
  ASSERT_TRUE(st.ok());
  int i = 0;
  while (*st->Step()) {
    EXPECT_EQ(st->ColumnText(0), "gen/" + std::to_string(i) + ".txt");
    const auto it = expected.find(st->ColumnText(1));
    ASSERT_NE(it, expected.end());
    EXPECT_EQ(st->ColumnInt(2), it->second.first) << st->ColumnText(0);
    EXPECT_EQ(st->ColumnInt(3), it->second.second) << st->ColumnText(0);
    ++i;
  }
  EXPECT_EQ(i, kArticles);
  st->Reset();
  EXPECT_TRUE(store->CheckIntegrity().ok()) << store->CheckIntegrity().ToString();
  EXPECT_EQ(
      *store->db().QueryInt("SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH 'report'"),
      kArticles);
}

}  // namespace
}  // namespace dateline
