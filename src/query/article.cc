#include "query/article.h"

#include <fmt/core.h>

#include "query/event_columns.h"

namespace dateline {
namespace {

std::vector<std::string> SplitLines(std::string_view s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  size_t start = 0;
  for (;;) {
    const size_t nl = s.find('\n', start);
    out.emplace_back(s.substr(start, nl == std::string_view::npos ? nl : nl - start));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return out;
}

// Runs sql (with ?1 bound to the article pk) and calls read for each row.
template <typename ReadRow>
Status ForRows(sqlite::Database& db, const std::string& sql, int64_t article, ReadRow read) {
  Result<sqlite::Statement> st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  st->BindInt(1, article);
  for (;;) {
    Result<bool> row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::OK();
    read(*st);
  }
}

}  // namespace

Result<ArticleRow> GetArticle(Store& store, std::string_view id) {
  sqlite::Database& db = store.db();
  ArticleRow a;
  int64_t pk = 0;
  {
    Result<sqlite::Statement> st = db.Prepare(
        "SELECT pk, id, content_hash, path, source, url, date, title, body, notes, ingested_at "
        "FROM articles WHERE id = ?1");
    if (!st.ok()) return st.status();
    st->BindText(1, id);
    Result<bool> row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::NotFound(fmt::format("{}: no article with id '{}'", db.path(), id));
    pk = st->ColumnInt(0);
    a.id = st->ColumnText(1);
    a.content_hash = st->ColumnText(2);
    a.path = st->ColumnText(3);
    a.source = st->ColumnText(4);
    a.url = st->ColumnText(5);
    a.date = st->ColumnText(6);
    a.title = st->ColumnText(7);
    a.body = st->ColumnText(8);
    a.notes = SplitLines(st->ColumnView(9));
    a.ingested_at = st->ColumnText(10);
  }

  Status s =
      ForRows(db,
              "SELECT idx, paragraph, cp_start, cp_end, text FROM sentences WHERE article = ?1 "
              "ORDER BY idx",
              pk, [&](const sqlite::Statement& st) {
                SentenceRow r;
                r.idx = static_cast<uint32_t>(st.ColumnInt(0));
                r.paragraph = static_cast<uint32_t>(st.ColumnInt(1));
                r.cp_start = st.ColumnInt(2);
                r.cp_end = st.ColumnInt(3);
                r.text = st.ColumnText(4);
                a.sentences.push_back(std::move(r));
              });
  if (!s.ok()) return s;

  s = ForRows(db,
              "SELECT sentence, cp_start, cp_end, text, type, value, mod FROM timexes "
              "WHERE article = ?1 ORDER BY pk",
              pk, [&](const sqlite::Statement& st) {
                TimexRow r;
                r.sentence = static_cast<uint32_t>(st.ColumnInt(0));
                r.cp_start = st.ColumnInt(1);
                r.cp_end = st.ColumnInt(2);
                r.text = st.ColumnText(3);
                r.type = st.ColumnText(4);
                r.value = st.ColumnText(5);
                r.mod = st.ColumnText(6);
                a.timexes.push_back(std::move(r));
              });
  if (!s.ok()) return s;

  s = ForRows(
      db,
      "SELECT sentence, cp_start, cp_end, text, label, actor_code, actor_country, actor_role, "
      "place_name, place_country, place_admin1, place_id, lat, lon FROM entities "
      "WHERE article = ?1 ORDER BY pk",
      pk, [&](const sqlite::Statement& st) {
        EntityRow r;
        r.sentence = static_cast<uint32_t>(st.ColumnInt(0));
        r.cp_start = st.ColumnInt(1);
        r.cp_end = st.ColumnInt(2);
        r.text = st.ColumnText(3);
        r.label = st.ColumnText(4);
        ActorRef actor{st.ColumnText(5), st.ColumnText(6), st.ColumnText(7)};
        if (!actor.empty() || !actor.role.empty()) r.actor = std::move(actor);
        PlaceRef place;
        place.name = st.ColumnText(8);
        place.country = st.ColumnText(9);
        place.admin1 = st.ColumnText(10);
        place.id = st.ColumnText(11);
        place.lat = st.ColumnOptionalDouble(12);
        place.lon = st.ColumnOptionalDouble(13);
        if (!place.name.empty() || !place.country.empty() || !place.id.empty() || place.lat ||
            place.lon) {
          r.place = std::move(place);
        }
        a.entities.push_back(std::move(r));
      });
  if (!s.ok()) return s;

  s = ForRows(
      db, fmt::format("SELECT {} FROM events e WHERE e.article = ?1 ORDER BY e.idx", kEventColumns),
      pk, [&](const sqlite::Statement& st) { a.events.push_back(ReadEvent(st, 0)); });
  if (!s.ok()) return s;
  return a;
}

}  // namespace dateline
