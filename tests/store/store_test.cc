#include "store/store.h"

#include <gtest/gtest.h>

#include "store/test_util.h"

namespace dateline {
namespace {

using testing::Annotated;
using testing::MakeDoc;
using testing::OpenStore;
using testing::TempDir;

constexpr char kSeedLike[] =
    "The Nagorno-Karabakh region saw fighting on 2020-09-27.\n\n"
    "Russian President Putin on Thursday urged Armenia to cease hostilities, the Kremlin "
    "said.\n\nRussia attacked Azerbaijan near Moscow.";

TEST(Store, WritesEveryLayer) {
  TempDir dir;
  auto store = OpenStore(dir.File("s.db"));
  ASSERT_TRUE(store);
  Doc doc = Annotated("2020-10-08", kSeedLike);
  doc.title = "Putin urges ceasefire";
  doc.source = "Example News";
  doc.notes = {"converted from windows-1252", "second note"};
  auto w = store->WriteBatch({doc});
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  EXPECT_EQ(w->stored, 1u);
  EXPECT_EQ(w->duplicates, 0u);
  EXPECT_TRUE(w->conflicts.empty());

  auto c = store->counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->articles, 1);
  EXPECT_EQ(c->sentences, static_cast<int64_t>(doc.sentences.size()));
  EXPECT_EQ(c->timexes, static_cast<int64_t>(doc.timexes.size()));
  EXPECT_EQ(c->entities, static_cast<int64_t>(doc.entities.size()));
  EXPECT_EQ(c->events, static_cast<int64_t>(doc.events.size()));
  EXPECT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.events.size(), 2u);

  auto& db = store->db();
  auto st = db.Prepare("SELECT id, date, title, source, url IS NULL, notes, body FROM articles");
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE(*st->Step());
  EXPECT_EQ(st->ColumnText(0), doc.id);
  EXPECT_EQ(st->ColumnText(1), "2020-10-08");
  EXPECT_EQ(st->ColumnText(2), "Putin urges ceasefire");
  EXPECT_EQ(st->ColumnText(3), "Example News");
  EXPECT_EQ(st->ColumnInt(4), 1);
  EXPECT_EQ(st->ColumnText(5), "converted from windows-1252\nsecond note");
  EXPECT_EQ(st->ColumnText(6), kSeedLike);

  auto ev = db.Prepare(
      "SELECT type, source_code, target_code, date, date_precision, date_first, date_last, "
      "killed_min, killed_exact, lat, attributed_code FROM events ORDER BY idx");
  ASSERT_TRUE(ev.ok());
  ASSERT_TRUE(*ev->Step());
  EXPECT_EQ(ev->ColumnText(0), "REQUEST");
  EXPECT_EQ(ev->ColumnText(1), "RUSGOV");
  EXPECT_EQ(ev->ColumnText(2), "ARM");
  EXPECT_EQ(ev->ColumnText(3), "2020-10-08");
  EXPECT_EQ(ev->ColumnText(4), "day");
  EXPECT_EQ(ev->ColumnText(5), "2020-10-08");
  EXPECT_TRUE(ev->ColumnIsNull(7));
  EXPECT_EQ(ev->ColumnText(10), "RUSGOV");
  ASSERT_TRUE(*ev->Step());
  EXPECT_EQ(ev->ColumnText(0), "ASSAULT");
  EXPECT_EQ(ev->ColumnText(4), "article");
  EXPECT_EQ(ev->ColumnInt(7), 3);
  EXPECT_EQ(ev->ColumnInt(8), 0);
  EXPECT_DOUBLE_EQ(ev->ColumnDouble(9), 55.75);
  EXPECT_TRUE(store->CheckIntegrity().ok());
}

TEST(Store, OffsetsAreCodePoints) {
  TempDir dir;
  auto store = OpenStore(dir.File("s.db"));
  ASSERT_TRUE(store);
  // "Ağdam" and "—" are multi-byte: byte and code-point offsets differ after them.
  const std::string body = "Shelling hit Ağdam — again. Putin urged Armenia on 2020-10-09.";
  Doc doc = Annotated("2020-10-10", body);
  ASSERT_TRUE(store->WriteBatch({doc}).ok());
  auto st =
      store->db().Prepare("SELECT s.cp_start, s.cp_end, s.text FROM sentences s ORDER BY idx");
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE(*st->Step());
  EXPECT_EQ(st->ColumnInt(0), 0);
  EXPECT_EQ(st->ColumnInt(1), 27);  // "Shelling hit Ağdam — again." is 27 code points
  EXPECT_EQ(st->ColumnText(2), "Shelling hit Ağdam — again.");
  ASSERT_TRUE(*st->Step());
  EXPECT_EQ(st->ColumnInt(0), 28);
  auto tx = store->db().Prepare("SELECT cp_start, cp_end, text, value FROM timexes");
  ASSERT_TRUE(tx.ok());
  ASSERT_TRUE(*tx->Step());
  EXPECT_EQ(tx->ColumnText(2), "2020-10-09");
  EXPECT_EQ(tx->ColumnInt(0), 51);  // 28 + "Putin urged Armenia on " (23)
  EXPECT_EQ(tx->ColumnInt(1), 61);
}

TEST(Store, DuplicatesAreSkipped) {
  TempDir dir;
  auto store = OpenStore(dir.File("s.db"));
  ASSERT_TRUE(store);
  Doc a = Annotated("2020-10-08", "Putin urged Armenia to stop.");
  Doc b = Annotated("2020-10-09", "Russia attacked Azerbaijan.");
  Doc a_again = a;
  a_again.path = "elsewhere/copy.txt";
  auto w = store->WriteBatch({a, b, a_again});  // repeated within the batch
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(w->stored, 2u);
  EXPECT_EQ(w->duplicates, 1u);
  EXPECT_TRUE(store->Contains(a.content_hash));
  EXPECT_TRUE(store->Contains(b.content_hash));
  EXPECT_FALSE(store->Contains("no-such-hash"));

  auto again = store->WriteBatch({b, a});  // already stored
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->stored, 0u);
  EXPECT_EQ(again->duplicates, 2u);
  auto c = store->counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->articles, 2);
  EXPECT_EQ(c->sentences, 2);
  EXPECT_EQ(*store->db().QueryInt("SELECT count(*) FROM articles WHERE path LIKE 'elsewhere%'"), 0);
}

TEST(Store, ReportsConflictsAndStoresTheRest) {
  TempDir dir;
  auto store = OpenStore(dir.File("s.db"));
  ASSERT_TRUE(store);
  Doc a = Annotated("2020-10-08", "Putin urged Armenia to stop.");
  Doc same_id = Annotated("2020-10-08", "A different text with the same id.");
  same_id.id = a.id;
  Doc broken = Annotated("2020-10-08", "Tokens point past the end.");
  broken.sentences.back().token_end = 999;
  Doc no_hash = MakeDoc("2020-10-08", "No hash.");
  no_hash.content_hash.clear();
  Doc ok = Annotated("2020-10-09", "Russia attacked Azerbaijan.");
  auto w = store->WriteBatch({a, same_id, broken, no_hash, ok});
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  EXPECT_EQ(w->stored, 2u);
  ASSERT_EQ(w->conflicts.size(), 3u);
  EXPECT_EQ(w->conflicts[0].index, 1u);
  EXPECT_NE(w->conflicts[0].reason.find("already stored with different content"),
            std::string::npos);
  EXPECT_EQ(w->conflicts[1].index, 2u);
  EXPECT_NE(w->conflicts[1].reason.find("sentence 0"), std::string::npos) << w->conflicts[1].reason;
  EXPECT_EQ(w->conflicts[2].index, 3u);
  EXPECT_EQ(store->counts()->articles, 2);
}

TEST(Store, FailedBatchLeavesNothingBehind) {
  TempDir dir;
  const std::string path = dir.File("s.db");
  { ASSERT_TRUE(OpenStore(path)); }
  auto ro = OpenStore(path, OpenMode::kReadOnly);
  ASSERT_TRUE(ro);
  auto w = ro->WriteBatch({Annotated("2020-10-08", "Putin urged Armenia to stop.")});
  ASSERT_FALSE(w.ok());
  EXPECT_NE(w.status().message().find(path), std::string::npos) << w.status().message();
  EXPECT_NE(w.status().message().find("readonly"), std::string::npos) << w.status().message();
  // The connection is usable afterwards and nothing was written.
  EXPECT_EQ(ro->counts()->articles, 0);
  auto rw = OpenStore(path);
  ASSERT_TRUE(rw);
  EXPECT_EQ(rw->counts()->articles, 0);
  EXPECT_TRUE(rw->WriteBatch({Annotated("2020-10-08", "Putin urged Armenia.")}).ok());
  EXPECT_EQ(rw->counts()->articles, 1);
}

TEST(Store, FullTextIndexFollowsTheSentences) {
  TempDir dir;
  auto store = OpenStore(dir.File("s.db"));
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->WriteBatch({Annotated("2020-10-08", kSeedLike)}).ok());
  auto n = store->db().QueryInt(
      "SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH '\"Nagorno-Karabakh\"'");
  ASSERT_TRUE(n.ok()) << n.status().ToString();
  EXPECT_EQ(*n, 1);
  // Stemmed: "urges" finds "urged".
  EXPECT_EQ(
      *store->db().QueryInt("SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH 'urges'"),
      1);
  // Deleting an article removes its sentences and their index entries.
  ASSERT_TRUE(store->db().Exec("DELETE FROM articles").ok());
  EXPECT_EQ(store->counts()->sentences, 0);
  EXPECT_EQ(
      *store->db().QueryInt("SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH 'urges'"),
      0);
  EXPECT_TRUE(store->CheckIntegrity().ok());
}

TEST(Store, InMemoryWorks) {
  auto store = OpenStore(":memory:");
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->WriteBatch({Annotated("2020-10-08", kSeedLike)}).ok());
  EXPECT_EQ(store->counts()->articles, 1);
}

TEST(Store, DateSpans) {
  std::string a, b;
  ASSERT_TRUE(DateSpan("2020-10-08", &a, &b));
  EXPECT_EQ(a, "2020-10-08");
  EXPECT_EQ(b, "2020-10-08");
  ASSERT_TRUE(DateSpan("2020-02", &a, &b));
  EXPECT_EQ(a, "2020-02-01");
  EXPECT_EQ(b, "2020-02-29");
  ASSERT_TRUE(DateSpan("2021", &a, &b));
  EXPECT_EQ(a, "2021-01-01");
  EXPECT_EQ(b, "2021-12-31");
  EXPECT_FALSE(DateSpan("", &a, &b));
  EXPECT_FALSE(DateSpan("2020-W41", &a, &b));
  EXPECT_FALSE(DateSpan("2020-13", &a, &b));
  EXPECT_FALSE(DateSpan("PAST_REF", &a, &b));
}

}  // namespace
}  // namespace dateline
