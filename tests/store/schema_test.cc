#include "store/schema.h"

#include <gtest/gtest.h>

#include "store/store.h"
#include "store/test_util.h"

namespace dateline {
namespace {

using testing::OpenStore;
using testing::TempDir;

TEST(Schema, CreatesLatestVersionOnAFreshFile) {
  TempDir dir;
  auto store = OpenStore(dir.File("a.db"));
  ASSERT_TRUE(store);
  EXPECT_EQ(store->schema_version(), LatestSchemaVersion());
  EXPECT_EQ(*store->db().QueryInt("PRAGMA user_version"), LatestSchemaVersion());
  EXPECT_EQ(*store->db().QueryInt("PRAGMA application_id"), kDatelineApplicationId);
  EXPECT_EQ(*store->db().QueryInt("PRAGMA foreign_keys"), 1);
  auto mode = store->db().Prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode.ok());
  ASSERT_TRUE(*mode->Step());
  EXPECT_EQ(mode->ColumnText(0), "wal");
  EXPECT_EQ(*store->db().QueryInt(
                "SELECT count(*) FROM sqlite_master WHERE name IN ('articles', 'sentences', "
                "'timexes', 'entities', 'events', 'sentence_fts')"),
            6);
  EXPECT_TRUE(store->CheckIntegrity().ok());
}

TEST(Schema, ReopensWithoutMigratingAgain) {
  TempDir dir;
  { ASSERT_TRUE(OpenStore(dir.File("a.db"))); }
  auto again = OpenStore(dir.File("a.db"));
  ASSERT_TRUE(again);
  EXPECT_EQ(again->schema_version(), LatestSchemaVersion());
  auto ro = OpenStore(dir.File("a.db"), OpenMode::kReadOnly);
  ASSERT_TRUE(ro);
  EXPECT_EQ(ro->schema_version(), LatestSchemaVersion());
}

TEST(Schema, AVersionOneDatabaseGainsMentionsAndCountColumns) {
  TempDir dir;
  const std::string path = dir.File("v1.db");
  {
    auto db = sqlite::Database::Open(path, false, true);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(MigrateSchema(&*db, {SchemaMigrations()[0]}).ok());
    EXPECT_EQ(*db->QueryInt("PRAGMA user_version"), 1);
  }
  auto store = OpenStore(path);
  ASSERT_TRUE(store);
  EXPECT_EQ(store->schema_version(), LatestSchemaVersion());
  EXPECT_EQ(*store->db().QueryInt(
                "SELECT count(*) FROM pragma_table_info('events') WHERE name IN ('mentions', "
                "'missing_min', 'missing_exact', 'detained_min', 'detained_exact', "
                "'running_total')"),
            6);
}

TEST(Schema, MigratesStepByStepInOrder) {
  TempDir dir;
  const std::string path = dir.File("m.db");
  std::vector<Migration> v1 = {SchemaMigrations()[0]};
  std::vector<Migration> v2 = v1;
  v2.push_back({"test: add a column", "ALTER TABLE articles ADD COLUMN lang TEXT;"});
  std::vector<Migration> v3 = v2;
  v3.push_back({"test: index it", "CREATE INDEX articles_lang ON articles(lang);"});

  auto db = sqlite::Database::Open(path, false, true);
  ASSERT_TRUE(db.ok());
  auto before = MigrateSchema(&*db, v1);
  ASSERT_TRUE(before.ok()) << before.status().ToString();
  EXPECT_EQ(*before, 0);
  EXPECT_EQ(*db->QueryInt("PRAGMA user_version"), 1);

  before = MigrateSchema(&*db, v3);  // applies 2 then 3
  ASSERT_TRUE(before.ok()) << before.status().ToString();
  EXPECT_EQ(*before, 1);
  EXPECT_EQ(*db->QueryInt("PRAGMA user_version"), 3);
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM pragma_table_info('articles') WHERE name='lang'"),
            1);
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM sqlite_master WHERE name='articles_lang'"), 1);

  before = MigrateSchema(&*db, v3);  // nothing to do
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(*before, 3);
}

TEST(Schema, FailedMigrationLeavesThePreviousVersion) {
  TempDir dir;
  auto db = sqlite::Database::Open(dir.File("f.db"), false, true);
  ASSERT_TRUE(db.ok());
  std::vector<Migration> good = {SchemaMigrations()[0]};
  ASSERT_TRUE(MigrateSchema(&*db, good).ok());
  std::vector<Migration> bad = good;
  bad.push_back({"test: broken", "CREATE TABLE t (x); INSERT INTO no_such_table VALUES (1);"});
  auto r = MigrateSchema(&*db, bad);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("migrating to schema version 2"), std::string::npos)
      << r.status().message();
  EXPECT_NE(r.status().message().find("no_such_table"), std::string::npos);
  EXPECT_EQ(*db->QueryInt("PRAGMA user_version"), 1);
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM sqlite_master WHERE name='t'"), 0);
}

TEST(Schema, RefusesADatabaseFromANewerBuild) {
  TempDir dir;
  const std::string path = dir.File("new.db");
  {
    auto store = OpenStore(path);
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->db()
                    .Exec("PRAGMA user_version = " + std::to_string(LatestSchemaVersion() + 1))
                    .ok());
  }
  for (OpenMode mode : {OpenMode::kReadWrite, OpenMode::kReadOnly}) {
    auto r = Store::Open(path, mode);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput);
    EXPECT_NE(r.status().message().find("newer than this build"), std::string::npos)
        << r.status().message();
    EXPECT_NE(r.status().message().find(path), std::string::npos);
  }
}

TEST(Schema, RefusesAForeignDatabase) {
  TempDir dir;
  const std::string path = dir.File("other.db");
  {
    auto db = sqlite::Database::Open(path, false, true);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->Exec("CREATE TABLE people (name TEXT)").ok());
  }
  auto r = Store::Open(path, OpenMode::kReadWrite);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("not a dateline database"), std::string::npos)
      << r.status().message();
  // Untouched.
  auto db = sqlite::Database::Open(path, true, false);
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM sqlite_master"), 1);
}

TEST(Schema, RefusesAFileThatIsNotSqlite) {
  TempDir dir;
  const std::string path = dir.File("text.db");
  {
    std::ofstream f(path);
    f << "date 2020-10-08\n\nthis is an article, not a database, and long enough to matter "
         "for the sqlite header check that reads the first hundred bytes of the file.\n";
  }
  auto r = Store::Open(path, OpenMode::kReadWrite);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(path), std::string::npos) << r.status().message();
}

TEST(Schema, ReadOnlyNeedsAnExistingDatabase) {
  TempDir dir;
  auto r = Store::Open(dir.File("missing.db"), OpenMode::kReadOnly);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(dir.File("missing.db")));
}

TEST(Schema, ReadOnlyRefusesAnOlderSchema) {
  TempDir dir;
  const std::string path = dir.File("old.db");
  {
    auto db = sqlite::Database::Open(path, false, true);
    ASSERT_TRUE(db.ok());
    std::vector<Migration> none;
    // Version 0 with the application id set: an empty dateline database.
    ASSERT_TRUE(MigrateSchema(&*db, none).ok());
  }
  auto r = Store::Open(path, OpenMode::kReadOnly);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput);
}

}  // namespace
}  // namespace dateline
