#include "store/sqlite.h"

#include <sqlite3.h>

#include <fmt/core.h>

#include <utility>

namespace dateline::sqlite {
namespace {

// Maps an SQLite result code onto a Status code.
Status WithCode(int rc, std::string msg) {
  switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::Corruption(std::move(msg));
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return Status::IOError(std::move(msg));
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
      return Status::InvalidInput(std::move(msg));
    default:
      return Status::Internal(std::move(msg));
  }
}

Status MakeError(sqlite3* db, const std::string& path, int rc, std::string_view what) {
  const char* detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  return WithCode(rc, fmt::format("{}: {}: {}", path, what, detail));
}

}  // namespace

Status WithContext(const Status& s, std::string_view context) {
  std::string msg = fmt::format("{}: {}", context, s.message());
  switch (s.code()) {
    case Status::Code::kOk:
      return s;
    case Status::Code::kInvalidInput:
      return Status::InvalidInput(std::move(msg));
    case Status::Code::kIOError:
      return Status::IOError(std::move(msg));
    case Status::Code::kNotFound:
      return Status::NotFound(std::move(msg));
    case Status::Code::kCorruption:
      return Status::Corruption(std::move(msg));
    case Status::Code::kInternal:
      break;
  }
  return Status::Internal(std::move(msg));
}

std::string Abbreviate(std::string_view sql) {
  std::string out;
  bool space = false;
  for (char c : sql) {
    const bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
    if (out.size() >= 60) {
      out += "...";
      break;
    }
  }
  return out;
}

// --- Database ---------------------------------------------------------------------------

Result<Database> Database::Open(const std::string& path, bool read_only, bool create) {
  int flags = SQLITE_OPEN_NOMUTEX;
  if (read_only) {
    flags |= SQLITE_OPEN_READONLY;
  } else {
    flags |= SQLITE_OPEN_READWRITE;
    if (create) flags |= SQLITE_OPEN_CREATE;
  }
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status s = MakeError(db, path, rc, "opening database");
    sqlite3_close_v2(db);
    return s;
  }
  sqlite3_extended_result_codes(db, 1);
  Database out;
  out.db_ = db;
  out.path_ = path;
  return out;
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    if (db_ != nullptr) sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
  }
  return *this;
}

Database::~Database() {
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

Status Database::Exec(std::string_view sql) {
  const std::string text(sql);
  char* err = nullptr;
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::OK();
  std::string detail = err != nullptr ? err : sqlite3_errstr(rc);
  sqlite3_free(err);
  return WithCode(rc, fmt::format("{}: executing '{}': {}", path_, Abbreviate(sql), detail));
}

Result<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return Error(rc, fmt::format("preparing '{}'", Abbreviate(sql)));
  }
  return Statement(stmt, db_, path_, std::string(sql));
}

Result<int64_t> Database::QueryInt(std::string_view sql) {
  Result<Statement> st = Prepare(sql);
  if (!st.ok()) return st.status();
  Result<bool> row = st->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal(fmt::format("{}: '{}' returned no row", path_, sql));
  return st->ColumnInt(0);
}

int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

int Database::changes() const { return sqlite3_changes(db_); }

Status Database::Error(int rc, std::string_view what) const {
  return MakeError(db_, path_, rc, what);
}

// --- Statement --------------------------------------------------------------------------

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)),
      db_(std::exchange(other.db_, nullptr)),
      path_(std::move(other.path_)),
      sql_(std::move(other.sql_)),
      bind_error_(std::move(other.bind_error_)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    if (stmt_ != nullptr) sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
    sql_ = std::move(other.sql_);
    bind_error_ = std::move(other.bind_error_);
  }
  return *this;
}

Statement::~Statement() {
  if (stmt_ != nullptr) sqlite3_finalize(stmt_);
}

Status Statement::Error(int rc, std::string_view what) const {
  return MakeError(db_, path_, rc, what);
}

void Statement::CheckBind(int rc, int i) {
  if (rc != SQLITE_OK && bind_error_.ok()) {
    bind_error_ = Error(rc, fmt::format("binding parameter {} of '{}'", i, Abbreviate(sql_)));
  }
}

int Statement::ParameterIndex(const char* name) const {
  return sqlite3_bind_parameter_index(stmt_, name);
}

Statement& Statement::BindInt(int i, int64_t v) {
  CheckBind(sqlite3_bind_int64(stmt_, i, v), i);
  return *this;
}

Statement& Statement::BindDouble(int i, double v) {
  CheckBind(sqlite3_bind_double(stmt_, i, v), i);
  return *this;
}

Statement& Statement::BindText(int i, std::string_view v) {
  CheckBind(sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8), i);
  return *this;
}

Statement& Statement::BindTextOrNull(int i, std::string_view v) {
  return v.empty() ? BindNull(i) : BindText(i, v);
}

Statement& Statement::BindNull(int i) {
  CheckBind(sqlite3_bind_null(stmt_, i), i);
  return *this;
}

Statement& Statement::BindOptionalDouble(int i, const std::optional<double>& v) {
  return v.has_value() ? BindDouble(i, *v) : BindNull(i);
}

Result<bool> Statement::Step() {
  if (!bind_error_.ok()) return bind_error_;
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Error(rc, fmt::format("running '{}'", Abbreviate(sql_)));
}

Status Statement::Run() {
  for (;;) {
    Result<bool> r = Step();
    if (!r.ok()) return r.status();
    if (!*r) return Status::OK();
  }
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_error_ = Status::OK();
}

int64_t Statement::ColumnInt(int i) const { return sqlite3_column_int64(stmt_, i); }

double Statement::ColumnDouble(int i) const { return sqlite3_column_double(stmt_, i); }

std::string Statement::ColumnText(int i) const { return std::string(ColumnView(i)); }

std::string_view Statement::ColumnView(int i) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, i));
  if (p == nullptr) return {};
  return std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, i)));
}

int Statement::column_count() const { return sqlite3_column_count(stmt_); }

bool Statement::ColumnIsNull(int i) const { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }

std::optional<double> Statement::ColumnOptionalDouble(int i) const {
  if (ColumnIsNull(i)) return std::nullopt;
  return ColumnDouble(i);
}

}  // namespace dateline::sqlite
