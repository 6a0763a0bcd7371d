#include "store/store.h"

#include "store/mentions.h"

#include <fmt/core.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <system_error>

#include "store/schema.h"

namespace dateline {
namespace {

constexpr int kBusyTimeoutMs = 10000;

std::string UtcNow() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1,
                     tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) {
    if (!out.empty()) out.push_back('\n');
    out += l;
  }
  return out;
}

// Empty when every span of doc lies within its tokens and body; else the reason.
std::string ValidateDoc(const Doc& doc) {
  if (doc.id.empty()) return "article has no id";
  if (doc.content_hash.empty()) return "article has no content hash";
  if (!doc.date.valid()) return "article has no valid date";
  const size_t n = doc.tokens.size();
  for (size_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    if (t.byte_start > t.byte_end || t.byte_end > doc.body.size() || t.cp_start > t.cp_end) {
      return fmt::format("token {} has an invalid span", i);
    }
  }
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    if (s.token_begin > s.token_end || s.token_end > n) {
      return fmt::format("sentence {} has an invalid token span", i);
    }
  }
  auto bad_span = [n](uint32_t begin, uint32_t end) { return begin > end || end > n; };
  for (size_t i = 0; i < doc.timexes.size(); ++i) {
    if (bad_span(doc.timexes[i].token_begin, doc.timexes[i].token_end)) {
      return fmt::format("timex {} has an invalid token span", i);
    }
  }
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    if (bad_span(doc.entities[i].token_begin, doc.entities[i].token_end)) {
      return fmt::format("entity {} has an invalid token span", i);
    }
  }
  return {};
}

// Code-point span of tokens [begin, end); (0, 0) when empty.
std::pair<int64_t, int64_t> CpSpan(const Doc& doc, uint32_t begin, uint32_t end) {
  if (begin >= end) return {0, 0};
  return {doc.tokens[begin].cp_start, doc.tokens[end - 1].cp_end};
}

}  // namespace

bool DateSpan(std::string_view date, std::string* first, std::string* last) {
  if (date.size() == 10) {
    auto d = CivilDate::Parse(date);
    if (!d) return false;
    *first = *last = d->ToString();
    return true;
  }
  std::string probe;
  if (date.size() == 7) {
    probe = std::string(date) + "-01";
  } else if (date.size() == 4) {
    probe = std::string(date) + "-01-01";
  } else {
    return false;
  }
  auto d = CivilDate::Parse(probe);
  if (!d) return false;
  CivilDate end = *d;
  if (date.size() == 7) {
    end.day = DaysInMonth(end.year, end.month);
  } else {
    end.month = 12;
    end.day = 31;
  }
  *first = d->ToString();
  *last = end.ToString();
  return true;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, OpenMode mode) {
  const bool read_only = mode == OpenMode::kReadOnly;
  if (read_only) {
    std::error_code ec;
    if (path == ":memory:" || path.empty()) {
      return Status::InvalidInput("a read-only store needs an existing database file");
    }
    if (!std::filesystem::exists(path, ec)) {
      return Status::NotFound(fmt::format("{}: no such database", path));
    }
  }
  Result<sqlite::Database> opened = sqlite::Database::Open(path, read_only, /*create=*/true);
  if (!opened.ok()) return opened.status();
  sqlite::Database db = std::move(opened).value();

  Status s = db.Exec(fmt::format("PRAGMA busy_timeout = {}", kBusyTimeoutMs));
  if (s.ok()) s = db.Exec("PRAGMA foreign_keys = ON");
  if (s.ok()) s = db.Exec("PRAGMA temp_store = MEMORY");
  if (s.ok()) s = db.Exec("PRAGMA cache_size = -32768");
  if (s.ok() && !read_only) s = db.Exec("PRAGMA journal_mode = WAL");
  if (s.ok()) s = db.Exec("PRAGMA synchronous = NORMAL");
  if (!s.ok()) return s;

  int version = 0;
  if (read_only) {
    Result<int> v = ReadSchemaVersion(&db, SchemaMigrations());
    if (!v.ok()) return v.status();
    if (*v == 0) {
      return Status::InvalidInput(fmt::format("{}: not a dateline database (empty)", path));
    }
    if (*v < LatestSchemaVersion()) {
      return Status::InvalidInput(
          fmt::format("{}: database schema version {} is older than this build's ({}); open it "
                      "read-write once (e.g. with dateline ingest) to upgrade it",
                      path, *v, LatestSchemaVersion()));
    }
    version = *v;
  } else {
    Result<int> before = MigrateSchema(&db, SchemaMigrations());
    if (!before.ok()) return before.status();
    version = LatestSchemaVersion();
  }

  std::unique_ptr<Store> store(new Store(std::move(db), mode, version));
  s = store->PrepareStatements();
  if (!s.ok()) return s;
  return store;
}

Store::~Store() {
  // Lets SQLite refresh the statistics its query planner uses, when they look stale.
  if (mode_ == OpenMode::kReadWrite) (void)db_.Exec("PRAGMA optimize");
}

Status Store::PrepareStatements() {
  struct Item {
    sqlite::Statement* st;
    const char* sql;
  };
  const Item items[] = {
      {&contains_, "SELECT 1 FROM articles WHERE content_hash = ?1"},
      {&id_hash_, "SELECT content_hash FROM articles WHERE id = ?1"},
      {&insert_article_,
       "INSERT INTO articles (id, content_hash, path, source, url, date, title, body, notes, "
       "ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
      {&index_sentences_,
       "INSERT INTO sentence_fts (rowid, text) SELECT pk, text FROM sentences WHERE pk > ?1"},
      {&insert_sentence_,
       "INSERT INTO sentences (article, idx, paragraph, cp_start, cp_end, text) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
      {&insert_timex_,
       "INSERT INTO timexes (article, sentence, cp_start, cp_end, text, type, value, mod) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
      {&insert_entity_,
       "INSERT INTO entities (article, sentence, cp_start, cp_end, text, label, actor_code, "
       "actor_country, actor_role, place_name, place_country, place_admin1, place_id, lat, "
       "lon) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"},
      {&insert_event_,
       "INSERT INTO events (article, idx, sentence, type, cameo, mode, source_text, "
       "source_code, source_country, source_role, target_text, target_code, target_country, "
       "target_role, trigger_text, date, date_precision, date_first, date_last, "
       "location_text, location_name, location_country, lat, lon, killed_min, killed_exact, "
       "injured_min, injured_exact, victims, status, attributed_text, attributed_code, "
       "mentions, missing_min, missing_exact, detained_min, detained_exact, running_total) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
       "?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, "
       "?35, ?36, ?37, ?38)"},
  };
  for (const Item& item : items) {
    Result<sqlite::Statement> st = db_.Prepare(item.sql);
    if (!st.ok()) return st.status();
    *item.st = std::move(st).value();
  }
  return Status::OK();
}

Result<bool> Store::Lookup(std::string_view content_hash) {
  sqlite::ScopedReset reset(&contains_);
  contains_.BindText(1, content_hash);
  return contains_.Step();
}

bool Store::Contains(std::string_view content_hash) {
  Result<bool> found = Lookup(content_hash);
  return found.ok() && *found;
}

Result<WriteStats> Store::WriteBatch(const std::vector<Doc>& docs) {
  WriteStats stats;
  if (docs.empty()) return stats;
  Status s = db_.Exec("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  const std::string now = UtcNow();
  Result<int64_t> last_sentence = db_.QueryInt("SELECT coalesce(max(pk), 0) FROM sentences");
  if (!last_sentence.ok()) {
    (void)db_.Exec("ROLLBACK");
    return last_sentence.status();
  }
  for (size_t i = 0; i < docs.size(); ++i) {
    std::string invalid = ValidateDoc(docs[i]);
    if (!invalid.empty()) {
      stats.conflicts.push_back({i, std::move(invalid)});
      continue;
    }
    s = WriteDoc(docs[i], i, now, &stats);
    if (!s.ok()) {
      (void)db_.Exec("ROLLBACK");
      return sqlite::WithContext(s, fmt::format("writing article {}", docs[i].id));
    }
  }
  // Index the new sentences in one statement (see schema.cc on why not per row).
  index_sentences_.Reset();
  index_sentences_.BindInt(1, *last_sentence);
  s = index_sentences_.Run();
  index_sentences_.Reset();
  if (s.ok()) s = db_.Exec("COMMIT");
  if (!s.ok()) {
    (void)db_.Exec("ROLLBACK");
    return s;
  }
  return stats;
}

Status Store::WriteDoc(const Doc& doc, size_t index, const std::string& ingested_at,
                       WriteStats* stats) {
  Result<bool> stored = Lookup(doc.content_hash);
  if (!stored.ok()) return stored.status();
  if (*stored) {
    ++stats->duplicates;
    return Status::OK();
  }
  {
    sqlite::ScopedReset reset(&id_hash_);
    id_hash_.BindText(1, doc.id);
    Result<bool> row = id_hash_.Step();
    if (!row.ok()) return row.status();
    if (*row) {
      stats->conflicts.push_back(
          {index, fmt::format("article id '{}' is already stored with different content (hash "
                              "{}, this one {})",
                              doc.id, id_hash_.ColumnView(0), doc.content_hash)});
      return Status::OK();
    }
  }

  sqlite::Statement& a = insert_article_;
  a.Reset();
  a.BindText(1, doc.id)
      .BindText(2, doc.content_hash)
      .BindText(3, doc.path)
      .BindTextOrNull(4, doc.source)
      .BindTextOrNull(5, doc.url)
      .BindText(6, doc.date.ToString())
      .BindTextOrNull(7, doc.title)
      .BindText(8, doc.body)
      .BindTextOrNull(9, JoinLines(doc.notes))
      .BindText(10, ingested_at);
  Status s = a.Run();
  a.Reset();
  if (!s.ok()) return s;
  const int64_t article = db_.last_insert_rowid();

  sqlite::Statement& st = insert_sentence_;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& sent = doc.sentences[i];
    const auto [cp_start, cp_end] = CpSpan(doc, sent.token_begin, sent.token_end);
    st.Reset();
    st.BindInt(1, article)
        .BindInt(2, static_cast<int64_t>(i))
        .BindInt(3, sent.paragraph)
        .BindInt(4, cp_start)
        .BindInt(5, cp_end)
        .BindText(6, doc.SpanText(sent.token_begin, sent.token_end));
    s = st.Run();
    if (!s.ok()) return s;
  }
  st.Reset();

  sqlite::Statement& tx = insert_timex_;
  for (const Timex& t : doc.timexes) {
    const auto [cp_start, cp_end] = CpSpan(doc, t.token_begin, t.token_end);
    tx.Reset();
    tx.BindInt(1, article)
        .BindInt(2, t.sentence)
        .BindInt(3, cp_start)
        .BindInt(4, cp_end)
        .BindText(5, doc.SpanText(t.token_begin, t.token_end))
        .BindText(6, t.type)
        .BindTextOrNull(7, t.value)
        .BindTextOrNull(8, t.mod);
    s = tx.Run();
    if (!s.ok()) return s;
  }
  tx.Reset();

  sqlite::Statement& en = insert_entity_;
  for (const Entity& e : doc.entities) {
    const auto [cp_start, cp_end] = CpSpan(doc, e.token_begin, e.token_end);
    const ActorRef actor = e.actor.value_or(ActorRef{});
    const PlaceRef place = e.place.value_or(PlaceRef{});
    en.Reset();
    en.BindInt(1, article)
        .BindInt(2, e.sentence)
        .BindInt(3, cp_start)
        .BindInt(4, cp_end)
        .BindText(5, doc.SpanText(e.token_begin, e.token_end))
        .BindText(6, e.label)
        .BindTextOrNull(7, actor.code)
        .BindTextOrNull(8, actor.country)
        .BindTextOrNull(9, actor.role)
        .BindTextOrNull(10, place.name)
        .BindTextOrNull(11, place.country)
        .BindTextOrNull(12, place.admin1)
        .BindTextOrNull(13, place.id)
        .BindOptionalDouble(14, place.lat)
        .BindOptionalDouble(15, place.lon);
    s = en.Run();
    if (!s.ok()) return s;
  }
  en.Reset();

  sqlite::Statement& ev = insert_event_;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    std::string first, last;
    const bool has_span = DateSpan(e.date, &first, &last);
    const PlaceRef loc = e.location.value_or(PlaceRef{});
    ev.Reset();
    ev.BindInt(1, article)
        .BindInt(2, static_cast<int64_t>(i))
        .BindInt(3, e.sentence)
        .BindText(4, e.type)
        .BindTextOrNull(5, e.cameo)
        .BindTextOrNull(6, e.mode)
        .BindTextOrNull(7, e.source.text)
        .BindTextOrNull(8, e.source.ref.code)
        .BindTextOrNull(9, e.source.ref.country)
        .BindTextOrNull(10, e.source.ref.role)
        .BindTextOrNull(11, e.target.text)
        .BindTextOrNull(12, e.target.ref.code)
        .BindTextOrNull(13, e.target.ref.country)
        .BindTextOrNull(14, e.target.ref.role)
        .BindTextOrNull(15, e.trigger)
        .BindTextOrNull(16, e.date)
        .BindTextOrNull(17, e.date_precision)
        .BindTextOrNull(18, has_span ? first : std::string())
        .BindTextOrNull(19, has_span ? last : std::string())
        .BindTextOrNull(20, e.location_text)
        .BindTextOrNull(21, loc.name)
        .BindTextOrNull(22, loc.country)
        .BindOptionalDouble(23, loc.lat)
        .BindOptionalDouble(24, loc.lon);
    if (e.killed) {
      ev.BindInt(25, e.killed->min).BindInt(26, e.killed->exact ? 1 : 0);
    } else {
      ev.BindNull(25).BindNull(26);
    }
    if (e.injured) {
      ev.BindInt(27, e.injured->min).BindInt(28, e.injured->exact ? 1 : 0);
    } else {
      ev.BindNull(27).BindNull(28);
    }
    ev.BindTextOrNull(29, e.victims)
        .BindText(30, e.status)
        .BindTextOrNull(31, e.attributed_to.text)
        .BindTextOrNull(32, e.attributed_to.ref.code)
        .BindTextOrNull(33, e.mentions.size() > 1 ? FormatMentions(e.mentions) : std::string());
    if (e.missing) {
      ev.BindInt(34, e.missing->min).BindInt(35, e.missing->exact ? 1 : 0);
    } else {
      ev.BindNull(34).BindNull(35);
    }
    if (e.detained) {
      ev.BindInt(36, e.detained->min).BindInt(37, e.detained->exact ? 1 : 0);
    } else {
      ev.BindNull(36).BindNull(37);
    }
    ev.BindInt(38, e.running_total ? 1 : 0);
    s = ev.Run();
    if (!s.ok()) return s;
  }
  ev.Reset();
  ++stats->stored;
  return Status::OK();
}

Result<StoreCounts> Store::counts() {
  StoreCounts c;
  struct Item {
    int64_t* out;
    const char* sql;
  };
  const Item items[] = {
      {&c.articles, "SELECT count(*) FROM articles"},
      {&c.sentences, "SELECT count(*) FROM sentences"},
      {&c.timexes, "SELECT count(*) FROM timexes"},
      {&c.entities, "SELECT count(*) FROM entities"},
      {&c.events, "SELECT count(*) FROM events"},
  };
  for (const Item& item : items) {
    Result<int64_t> n = db_.QueryInt(item.sql);
    if (!n.ok()) return n.status();
    *item.out = *n;
  }
  return c;
}

Status Store::CheckIntegrity() {
  Result<sqlite::Statement> check = db_.Prepare("PRAGMA integrity_check");
  if (!check.ok()) return check.status();
  Result<bool> row = check->Step();
  if (!row.ok()) return row.status();
  if (!*row || check->ColumnView(0) != "ok") {
    return Status::Corruption(
        fmt::format("{}: integrity check failed: {}", path(), check->ColumnView(0)));
  }
  Result<sqlite::Statement> fk = db_.Prepare("PRAGMA foreign_key_check");
  if (!fk.ok()) return fk.status();
  row = fk->Step();
  if (!row.ok()) return row.status();
  if (*row) {
    return Status::Corruption(fmt::format("{}: foreign key check failed in table {} (row {})",
                                          path(), fk->ColumnView(0), fk->ColumnInt(1)));
  }
  if (mode_ == OpenMode::kReadWrite) {
    Status s = db_.Exec("INSERT INTO sentence_fts(sentence_fts) VALUES ('integrity-check')");
    if (!s.ok()) {
      return Status::Corruption(fmt::format("full-text index check failed: {}", s.message()));
    }
  }
  return Status::OK();
}

}  // namespace dateline
