#include "query/search.h"

#include <fmt/core.h>

#include <algorithm>

#include "query/fts_query.h"
#include "query/query_args.h"

namespace dateline {

Result<std::vector<SearchHit>> Search(Store& store, std::string_view query,
                                      const SearchOptions& options) {
  Status s = CheckDateRange(options.from, options.to);
  if (!s.ok()) return s;
  Result<std::string> fts = ToFtsQuery(query);
  if (!fts.ok()) return fts.status();

  std::string sql =
      "SELECT a.id, a.date, a.title, s.idx, s.text, "
      "snippet(sentence_fts, 0, :open, :close, '…', :tokens), rank "
      "FROM sentence_fts JOIN sentences s ON s.pk = sentence_fts.rowid "
      "JOIN articles a ON a.pk = s.article "
      "WHERE sentence_fts MATCH :fts";
  if (!options.from.empty()) sql += " AND a.date >= :from";
  if (!options.to.empty()) sql += " AND a.date <= :to";
  sql += " ORDER BY rank, s.pk";
  if (options.limit > 0) sql += " LIMIT :limit";
  if (options.offset > 0) sql += options.limit > 0 ? " OFFSET :offset" : " LIMIT -1 OFFSET :offset";

  Result<sqlite::Statement> st = store.db().Prepare(sql);
  if (!st.ok()) return st.status();
  auto bind_text = [&](const char* name, std::string_view v) {
    if (const int i = st->ParameterIndex(name); i > 0) st->BindText(i, v);
  };
  auto bind_int = [&](const char* name, int64_t v) {
    if (const int i = st->ParameterIndex(name); i > 0) st->BindInt(i, v);
  };
  bind_text(":open", options.mark_open);
  bind_text(":close", options.mark_close);
  bind_int(":tokens", std::clamp(options.snippet_tokens, 1, 64));
  bind_text(":fts", *fts);
  bind_text(":from", options.from);
  bind_text(":to", options.to);
  bind_int(":limit", options.limit);
  bind_int(":offset", options.offset);

  std::vector<SearchHit> hits;
  for (;;) {
    Result<bool> row = st->Step();
    if (!row.ok()) return SearchFailure(row.status(), query);
    if (!*row) break;
    SearchHit h;
    h.article_id = st->ColumnText(0);
    h.article_date = st->ColumnText(1);
    h.article_title = st->ColumnText(2);
    h.sentence = static_cast<uint32_t>(st->ColumnInt(3));
    h.text = st->ColumnText(4);
    h.snippet = st->ColumnText(5);
    h.rank = st->ColumnDouble(6);
    hits.push_back(std::move(h));
  }
  return hits;
}

}  // namespace dateline
