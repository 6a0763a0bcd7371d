// sqlite: thin RAII wrappers over the SQLite C API (connections and prepared statements)
// that report failures as Status values naming the database path, the SQL error and what
// was being done, e.g. "dateline.db: preparing 'SELECT ...': no such table: events".
//
// Database owns one sqlite3 connection; Statement owns one sqlite3_stmt. A Statement must
// be destroyed before the Database it was prepared on (moving the Database is fine).
// Both are move-only.
//
// Thread-safety: a Database and its Statements are used by one thread at a time (the
// connection is opened with SQLITE_OPEN_NOMUTEX). Separate connections to the same file
// may be used from separate threads or processes; SQLite's locking (and WAL) arbitrates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dateline::sqlite {

class Statement;

class Database {
 public:
  // Opens (or, with create, creates) the database at path. Read-only connections are
  // opened with SQLITE_OPEN_READONLY. ":memory:" opens a private in-memory database.
  static Result<Database> Open(const std::string& path, bool read_only, bool create);

  Database() = default;
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // Runs one or more SQL statements that return no rows of interest.
  Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  // Runs a query returning a single integer (e.g. "PRAGMA user_version").
  Result<int64_t> QueryInt(std::string_view sql);

  int64_t last_insert_rowid() const;
  int changes() const;
  const std::string& path() const { return path_; }
  sqlite3* handle() const { return db_; }

  // A Status for the SQLite error rc that happened while doing `what`; the message
  // holds the path, `what` and the connection's error text.
  Status Error(int rc, std::string_view what) const;

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

class Statement {
 public:
  Statement() = default;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Index of a named parameter (":name"), 0 if the statement has none by that name.
  int ParameterIndex(const char* name) const;
  // Parameters are 1-based, as in SQLite. Strings are copied (SQLITE_TRANSIENT).
  Statement& BindInt(int i, int64_t v);
  Statement& BindDouble(int i, double v);
  Statement& BindText(int i, std::string_view v);
  // Binds NULL when v is empty.
  Statement& BindTextOrNull(int i, std::string_view v);
  Statement& BindNull(int i);
  Statement& BindOptionalDouble(int i, const std::optional<double>& v);

  // Advances: true when a row is available, false when done; a Status on error. The
  // first error from a Bind call is reported here.
  Result<bool> Step();
  // Steps to completion, for statements that return no rows.
  Status Run();
  // Resets for the next execution and clears the bindings.
  void Reset();

  // Columns are 0-based. Text of a NULL column is "".
  int64_t ColumnInt(int i) const;
  double ColumnDouble(int i) const;
  std::string ColumnText(int i) const;
  std::string_view ColumnView(int i) const;  // valid until the next Step/Reset
  bool ColumnIsNull(int i) const;
  int column_count() const;
  std::optional<double> ColumnOptionalDouble(int i) const;

  const std::string& sql() const { return sql_; }

 private:
  friend class Database;
  Statement(sqlite3_stmt* stmt, sqlite3* db, std::string path, std::string sql)
      : stmt_(stmt), db_(db), path_(std::move(path)), sql_(std::move(sql)) {}
  void CheckBind(int rc, int i);
  Status Error(int rc, std::string_view what) const;

  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
  std::string path_;
  std::string sql_;
  Status bind_error_;
};

// Resets a statement when leaving a scope, so that a query that stopped early does not
// keep its read transaction open.
class ScopedReset {
 public:
  explicit ScopedReset(Statement* st) : st_(st) {}
  ScopedReset(const ScopedReset&) = delete;
  ScopedReset& operator=(const ScopedReset&) = delete;
  ~ScopedReset() { st_->Reset(); }

 private:
  Statement* st_;
};

// s with "context: " put before its message; the code is kept.
Status WithContext(const Status& s, std::string_view context);

// Shortens SQL text for error messages.
std::string Abbreviate(std::string_view sql);

}  // namespace dateline::sqlite
