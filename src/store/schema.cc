#include "store/schema.h"

#include <fmt/core.h>

namespace dateline {
namespace {

// Version 1: articles and their annotation layers, the full-text index and the indexes
// behind the event filters (date, type, actor, country).
constexpr char kVersion1[] = R"sql(
CREATE TABLE articles (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  source TEXT,
  url TEXT,
  date TEXT NOT NULL,
  title TEXT,
  body TEXT NOT NULL,
  notes TEXT,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);

CREATE TABLE sentences (
  pk INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  cp_start INTEGER NOT NULL,
  cp_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (article, idx)
);

CREATE TABLE timexes (
  pk INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  cp_start INTEGER NOT NULL,
  cp_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  value TEXT,
  mod TEXT
);
CREATE INDEX timexes_sentence ON timexes(article, sentence);

CREATE TABLE entities (
  pk INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  cp_start INTEGER NOT NULL,
  cp_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  label TEXT NOT NULL,
  actor_code TEXT,
  actor_country TEXT,
  actor_role TEXT,
  place_name TEXT,
  place_country TEXT,
  place_admin1 TEXT,
  place_id TEXT,
  lat REAL,
  lon REAL
);
CREATE INDEX entities_sentence ON entities(article, sentence);
CREATE INDEX entities_actor ON entities(actor_code);

CREATE TABLE events (
  pk INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  type TEXT NOT NULL,
  cameo TEXT,
  mode TEXT,
  source_text TEXT,
  source_code TEXT,
  source_country TEXT,
  source_role TEXT,
  target_text TEXT,
  target_code TEXT,
  target_country TEXT,
  target_role TEXT,
  trigger_text TEXT,
  date TEXT,
  date_precision TEXT,
  date_first TEXT,
  date_last TEXT,
  location_text TEXT,
  location_name TEXT,
  location_country TEXT,
  lat REAL,
  lon REAL,
  killed_min INTEGER,
  killed_exact INTEGER,
  injured_min INTEGER,
  injured_exact INTEGER,
  victims TEXT,
  status TEXT NOT NULL,
  attributed_text TEXT,
  attributed_code TEXT,
  UNIQUE (article, idx)
);
CREATE INDEX events_sentence ON events(article, sentence);
CREATE INDEX events_date ON events(date_first);
CREATE INDEX events_type_date ON events(type, date_first);
CREATE INDEX events_source_code ON events(source_code);
CREATE INDEX events_target_code ON events(target_code);
CREATE INDEX events_source_country ON events(source_country);
CREATE INDEX events_target_country ON events(target_country);

-- New sentences are indexed by Store::WriteBatch with one INSERT ... SELECT per batch
-- rather than by a per-row trigger: FTS5 (3.40) flushes its pending terms to a new
-- segment at every statement savepoint, which makes per-row indexing several times slower.
-- Deletes and updates keep the index in step through the triggers below.
CREATE VIRTUAL TABLE sentence_fts USING fts5(
  text, content='sentences', content_rowid='pk',
  tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentence_fts(sentence_fts, rowid, text) VALUES ('delete', old.pk, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN
  INSERT INTO sentence_fts(sentence_fts, rowid, text) VALUES ('delete', old.pk, old.text);
  INSERT INTO sentence_fts(rowid, text) VALUES (new.pk, new.text);
END;

PRAGMA application_id = 1145851461;
)sql";

static_assert(kDatelineApplicationId == 1145851461, "keep kVersion1 in step");

// Events told more than once in an article keep every mention; missing and detained
// counts, and whether the counts are a running total.
constexpr char kVersion2[] = R"sql(
ALTER TABLE events ADD COLUMN mentions TEXT;
ALTER TABLE events ADD COLUMN missing_min INTEGER;
ALTER TABLE events ADD COLUMN missing_exact INTEGER;
ALTER TABLE events ADD COLUMN detained_min INTEGER;
ALTER TABLE events ADD COLUMN detained_exact INTEGER;
ALTER TABLE events ADD COLUMN running_total INTEGER;
)sql";

}  // namespace

const std::vector<Migration>& SchemaMigrations() {
  static const std::vector<Migration> kMigrations = {
      {"articles, annotation layers, full-text index", kVersion1},
      {"event mentions, missing and detained counts, running totals", kVersion2},
  };
  return kMigrations;
}

Result<int> ReadSchemaVersion(sqlite::Database* db, const std::vector<Migration>& migrations) {
  Result<int64_t> version = db->QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  Result<int64_t> app = db->QueryInt("PRAGMA application_id");
  if (!app.ok()) return app.status();
  if (*version == 0) {
    Result<int64_t> objects = db->QueryInt("SELECT count(*) FROM sqlite_master");
    if (!objects.ok()) return objects.status();
    if (*objects != 0 || (*app != 0 && *app != kDatelineApplicationId)) {
      return Status::InvalidInput(fmt::format(
          "{}: not a dateline database (it already holds other tables); refusing to write "
          "into it",
          db->path()));
    }
    return 0;
  }
  if (*app != kDatelineApplicationId) {
    return Status::InvalidInput(
        fmt::format("{}: not a dateline database (application_id {:#x}, user_version {})",
                    db->path(), *app, *version));
  }
  if (*version > static_cast<int64_t>(migrations.size())) {
    return Status::InvalidInput(
        fmt::format("{}: database schema version {} is newer than this build of dateline supports "
                    "(version {}); use a newer dateline",
                    db->path(), *version, migrations.size()));
  }
  return static_cast<int>(*version);
}

Result<int> MigrateSchema(sqlite::Database* db, const std::vector<Migration>& migrations) {
  Result<int> before = ReadSchemaVersion(db, migrations);
  if (!before.ok()) return before.status();
  const int target = static_cast<int>(migrations.size());
  for (int v = *before; v < target;) {
    // Take the write lock, then look again: another process may have migrated meanwhile.
    Status s = db->Exec("BEGIN IMMEDIATE");
    if (!s.ok()) return s;
    Result<int> now = ReadSchemaVersion(db, migrations);
    if (!now.ok()) {
      (void)db->Exec("ROLLBACK");
      return now.status();
    }
    v = *now;
    if (v >= target) {
      s = db->Exec("COMMIT");
      if (!s.ok()) return s;
      break;
    }
    const Migration& m = migrations[static_cast<size_t>(v)];
    s = db->Exec(m.sql);
    if (s.ok()) s = db->Exec(fmt::format("PRAGMA user_version = {}", v + 1));
    if (s.ok()) s = db->Exec("COMMIT");
    if (!s.ok()) {
      (void)db->Exec("ROLLBACK");
      return sqlite::WithContext(
          s, fmt::format("migrating to schema version {} ({})", v + 1, m.description));
    }
    ++v;
  }
  return *before;
}

}  // namespace dateline
