#include "query/event_query.h"

#include <fmt/core.h>

#include "query/event_columns.h"
#include "query/fts_query.h"
#include "query/query_args.h"

namespace dateline {
namespace {

// Upper-cases a code and checks it holds only letters, digits and underscores.
Result<std::string> NormalizeCode(std::string_view value, std::string_view what) {
  std::string out;
  for (char c : value) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) {
      return Status::InvalidInput(fmt::format(
          "{}: expected a code of letters and digits (e.g. RUSGOV), got '{}'", what, value));
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

Status ForEachEvent(Store& store, const EventFilter& filter,
                    const std::function<bool(const EventRow&)>& fn) {
  Status s = CheckDateRange(filter.from, filter.to);
  if (!s.ok()) return s;
  Result<std::string> actor = NormalizeCode(filter.actor, "actor");
  if (!actor.ok()) return actor.status();
  Result<std::string> country = NormalizeCode(filter.country, "country");
  if (!country.ok()) return country.status();
  Result<std::string> type = NormalizeCode(filter.type, "type");
  if (!type.ok()) return type.status();
  std::string fts;
  if (filter.text.find_first_not_of(" \t\r\n") != std::string::npos) {
    Result<std::string> q = ToFtsQuery(filter.text);
    if (!q.ok()) return q.status();
    fts = std::move(q).value();
  }

  std::string sql = fmt::format(
      "SELECT a.id, a.date, a.title, s.text, e.idx, {} FROM events e "
      "JOIN articles a ON a.pk = e.article "
      "LEFT JOIN sentences s ON s.article = e.article AND s.idx = e.sentence WHERE 1",
      kEventColumns);
  if (!filter.from.empty()) sql += " AND e.date_first >= :from";
  if (!filter.to.empty()) sql += " AND e.date_last <= :to";
  if (!actor->empty()) {
    sql +=
        " AND ((e.source_code >= :actor AND e.source_code < :actor_end) OR "
        "(e.target_code >= :actor AND e.target_code < :actor_end))";
  }
  if (!country->empty()) sql += " AND (e.source_country = :country OR e.target_country = :country)";
  if (!type->empty()) sql += " AND e.type = :type";
  if (!fts.empty()) {
    sql += " AND s.pk IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH :fts)";
  }
  sql += " ORDER BY e.date_first IS NULL, e.date_first, e.article, e.idx";
  if (filter.limit > 0) sql += " LIMIT :limit";
  if (filter.offset > 0) sql += filter.limit > 0 ? " OFFSET :offset" : " LIMIT -1 OFFSET :offset";

  Result<sqlite::Statement> st = store.db().Prepare(sql);
  if (!st.ok()) return st.status();
  auto bind = [&](const char* name, auto&& bind_fn) {
    const int i = st->ParameterIndex(name);
    if (i > 0) bind_fn(i);
  };
  bind(":from", [&](int i) { st->BindText(i, filter.from); });
  bind(":to", [&](int i) { st->BindText(i, filter.to); });
  if (!actor->empty()) {
    std::string end = *actor;
    end.back() = static_cast<char>(end.back() + 1);
    bind(":actor", [&](int i) { st->BindText(i, *actor); });
    bind(":actor_end", [&](int i) { st->BindText(i, end); });
  }
  bind(":country", [&](int i) { st->BindText(i, *country); });
  bind(":type", [&](int i) { st->BindText(i, *type); });
  bind(":fts", [&](int i) { st->BindText(i, fts); });
  bind(":limit", [&](int i) { st->BindInt(i, filter.limit); });
  bind(":offset", [&](int i) { st->BindInt(i, filter.offset); });

  EventRow row;
  for (;;) {
    Result<bool> has = st->Step();
    if (!has.ok()) return SearchFailure(has.status(), filter.text);
    if (!*has) break;
    row.article_id = st->ColumnText(0);
    row.article_date = st->ColumnText(1);
    row.article_title = st->ColumnText(2);
    row.sentence_text = st->ColumnText(3);
    row.event_idx = static_cast<uint32_t>(st->ColumnInt(4));
    row.event = ReadEvent(*st, 5);
    if (!fn(row)) break;
  }
  return Status::OK();
}

Result<std::vector<EventRow>> QueryEvents(Store& store, const EventFilter& filter) {
  std::vector<EventRow> rows;
  Status s = ForEachEvent(store, filter, [&](const EventRow& r) {
    rows.push_back(r);
    return true;
  });
  if (!s.ok()) return s;
  return rows;
}

}  // namespace dateline
