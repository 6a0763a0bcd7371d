// Schema: the layout of a dateline database and the ordered migrations that build it.
//
// A database records its schema version in PRAGMA user_version and marks itself as a
// dateline database with PRAGMA application_id. Migration i (1-based) takes a database
// from version i-1 to version i; each runs in its own transaction together with the
// version bump, so an interrupted migration leaves the previous version intact. A
// database newer than this build is refused rather than guessed at, and a non-empty
// SQLite file that is not a dateline database is refused rather than written into.
//
// Tables (offsets are Unicode code points into the article body; `article` columns
// refer to articles.pk; sentence numbers are 0-based indexes within the article):
//   articles   pk, id UNIQUE, content_hash UNIQUE, path, source, url, date, title, body,
//              notes (newline-separated), ingested_at (UTC, ISO 8601)
//   sentences  pk, article, idx, paragraph, cp_start, cp_end, text
//   timexes    pk, article, sentence, cp_start, cp_end, text, type, value, mod
//   entities   pk, article, sentence, cp_start, cp_end, text, label, actor_code,
//              actor_country, actor_role, place_name, place_country, place_admin1,
//              place_id, lat, lon
//   events     pk, article, idx, sentence, type, cameo, mode, source_{text,code,country,
//              role}, target_{text,code,country,role}, trigger_text, date,
//              date_precision, date_first, date_last (the day span the date covers),
//              location_{text,name,country}, lat, lon, killed_min, killed_exact,
//              injured_min, injured_exact, victims, status, attributed_text,
//              attributed_code
//   sentence_fts  FTS5 external-content index over sentences.text (rowid = sentences.pk);
//                 Store::WriteBatch indexes the sentences it adds, triggers handle
//                 deletes and updates
//
// Thread-safety: the functions here act on the connection they are given, which the
// caller uses from one thread at a time.
#pragma once

#include <cstdint>
#include <vector>

#include "base/status.h"
#include "store/sqlite.h"

namespace dateline {

// "DLNE": written to PRAGMA application_id by the first migration.
inline constexpr int32_t kDatelineApplicationId = 0x444C4E45;

struct Migration {
  const char* description;
  const char* sql;
};

// The migrations of this build, in order; the schema version is their count.
const std::vector<Migration>& SchemaMigrations();
inline int LatestSchemaVersion() { return static_cast<int>(SchemaMigrations().size()); }

// Reads the database's schema version, checking that it is a dateline database (or an
// empty one, version 0) no newer than `migrations`.
Result<int> ReadSchemaVersion(sqlite::Database* db, const std::vector<Migration>& migrations);

// Brings the database up to migrations.size(), applying the missing migrations in order.
// Returns the version the database had before.
Result<int> MigrateSchema(sqlite::Database* db, const std::vector<Migration>& migrations);

}  // namespace dateline
