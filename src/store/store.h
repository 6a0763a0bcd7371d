// Store: the embedded database of annotated articles (one SQLite file).
//
// A Store holds articles with every annotation layer the pipeline added (sentences,
// timexes, entities, events) plus a full-text index over sentence text; schema.h lists
// the tables. Articles are identified by their content hash: writing an article whose
// hash is already stored is a no-op counted as a duplicate, which makes re-ingesting the
// same files idempotent and makes an interrupted ingest resumable. Each WriteBatch is one
// transaction, so after a crash the database holds whole batches only: never an article
// without its sentences and events.
//
// The file uses WAL journaling with synchronous=NORMAL (a crash may lose the last
// committed batches but never corrupts the file), foreign keys, and a busy timeout, so
// several processes may read while one writes. Opening migrates an older schema (when
// read-write) and refuses a database written by a newer dateline.
//
// Thread-safety: a Store owns one connection and is used by one thread at a time. Code
// that serves several threads opens one Store per thread (read-only Stores are cheap) or
// serializes access to a shared one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "doc/doc.h"
#include "store/sqlite.h"

namespace dateline {

enum class OpenMode { kReadWrite, kReadOnly };

// A document WriteBatch could not store (its position in the batch and why).
struct WriteConflict {
  size_t index = 0;
  std::string reason;
};

struct WriteStats {
  uint64_t stored = 0;
  uint64_t duplicates = 0;               // content hash already stored (or earlier in batch)
  std::vector<WriteConflict> conflicts;  // invalid docs and id clashes; nothing written
};

struct StoreCounts {
  int64_t articles = 0, sentences = 0, timexes = 0, entities = 0, events = 0;
  friend bool operator==(const StoreCounts&, const StoreCounts&) = default;
};

class Store {
 public:
  // Opens the database at path. kReadWrite creates the file if needed and brings its
  // schema up to date; kReadOnly requires an existing database at the current version.
  // ":memory:" gives a private in-memory database (kReadWrite only).
  static Result<std::unique_ptr<Store>> Open(const std::string& path, OpenMode mode);

  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;
  ~Store();

  // Stores docs, in order, in one transaction. A doc whose content hash is stored already
  // counts as a duplicate; a doc that fails validation (no id or hash, token spans out of
  // range) or whose id is taken by different content is reported in conflicts. Any SQL
  // failure rolls the whole batch back and is returned as the Status.
  Result<WriteStats> WriteBatch(const std::vector<Doc>& docs);

  // True if an article with this content hash is stored. An SQL failure reads as false
  // (WriteBatch checks again, so the worst outcome is annotating a doc twice).
  bool Contains(std::string_view content_hash);

  // Row counts of the article and layer tables.
  Result<StoreCounts> counts();

  // Runs SQLite's integrity check, the foreign-key check and (read-write only) the
  // full-text index check; OK when all pass, Corruption naming the first problem.
  Status CheckIntegrity();

  const std::string& path() const { return db_.path(); }
  OpenMode mode() const { return mode_; }
  int schema_version() const { return schema_version_; }
  // The connection, for the query functions (query/). Same threading rule as the Store.
  sqlite::Database& db() { return db_; }

 private:
  Store(sqlite::Database db, OpenMode mode, int schema_version)
      : db_(std::move(db)), mode_(mode), schema_version_(schema_version) {}
  Status PrepareStatements();
  // Whether an article with this content hash is stored.
  Result<bool> Lookup(std::string_view content_hash);
  // Writes one validated doc inside the open transaction, counting it in *stats as
  // stored, duplicate or conflict (an id clash).
  Status WriteDoc(const Doc& doc, size_t index, const std::string& ingested_at, WriteStats* stats);

  sqlite::Database db_;  // declared first: destroyed after the statements below
  OpenMode mode_;
  int schema_version_;
  sqlite::Statement contains_, id_hash_, insert_article_, insert_sentence_, insert_timex_,
      insert_entity_, insert_event_, index_sentences_;
};

// The day span a date string covers: "2020-10-08" -> (2020-10-08, 2020-10-08),
// "2020-10" -> (2020-10-01, 2020-10-31), "2020" -> (2020-01-01, 2020-12-31). False for
// anything else.
bool DateSpan(std::string_view date, std::string* first, std::string* last);

}  // namespace dateline
