#include "query/dated_sentences.h"

#include <fmt/core.h>

#include "query/fts_query.h"
#include "query/query_args.h"

namespace dateline {
namespace {

std::vector<std::string> SplitSpaces(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t sp = s.find(' ', start);
    if (sp == std::string_view::npos) sp = s.size();
    if (sp > start) out.emplace_back(s.substr(start, sp - start));
    start = sp + 1;
  }
  return out;
}

// Per-sentence lists of day-precision timex values and event dates, space-separated.
constexpr char kDateColumns[] =
    "(SELECT group_concat(value, ' ') FROM (SELECT t.value FROM timexes t "
    "  WHERE t.article = s.article AND t.sentence = s.idx AND t.type = 'DATE' "
    "  AND t.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "
    "  ORDER BY t.cp_start, t.pk)), "
    "(SELECT group_concat(date, ' ') FROM (SELECT e.date FROM events e "
    "  WHERE e.article = s.article AND e.sentence = s.idx AND e.date_precision = 'day' "
    "  AND e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' ORDER BY e.idx))";

}  // namespace

Status ForEachDatedSentence(Store& store, const DatedSentenceQuery& q,
                            const std::function<bool(const DatedSentence&)>& fn) {
  Status s = CheckDateRange(q.from, q.to);
  if (!s.ok()) return s;
  std::string fts;
  const bool has_query = q.query.find_first_not_of(" \t\r\n") != std::string::npos;
  if (has_query) {
    Result<std::string> r = ToFtsQuery(q.query);
    if (!r.ok()) return r.status();
    fts = std::move(r).value();
  }

  std::string sql;
  if (has_query) {
    sql = fmt::format(
        "SELECT a.id, a.date, a.title, s.idx, s.text, {}, sentence_fts.rank "
        "FROM sentence_fts JOIN sentences s ON s.pk = sentence_fts.rowid "
        "JOIN articles a ON a.pk = s.article WHERE sentence_fts MATCH :fts",
        kDateColumns);
  } else {
    sql = fmt::format(
        "SELECT a.id, a.date, a.title, s.idx, s.text, {}, 0 "
        "FROM sentences s JOIN articles a ON a.pk = s.article WHERE 1",
        kDateColumns);
  }
  if (!q.from.empty()) sql += " AND a.date >= :from";
  if (!q.to.empty()) sql += " AND a.date <= :to";
  sql += " ORDER BY a.date, a.pk, s.idx";
  if (q.limit > 0) sql += " LIMIT :limit";

  Result<sqlite::Statement> st = store.db().Prepare(sql);
  if (!st.ok()) return st.status();
  if (const int i = st->ParameterIndex(":fts"); i > 0) st->BindText(i, fts);
  if (const int i = st->ParameterIndex(":from"); i > 0) st->BindText(i, q.from);
  if (const int i = st->ParameterIndex(":to"); i > 0) st->BindText(i, q.to);
  if (const int i = st->ParameterIndex(":limit"); i > 0) st->BindInt(i, q.limit);

  DatedSentence d;
  for (;;) {
    Result<bool> row = st->Step();
    if (!row.ok()) return SearchFailure(row.status(), q.query);
    if (!*row) break;
    d.article_id = st->ColumnText(0);
    d.article_date = st->ColumnText(1);
    d.article_title = st->ColumnText(2);
    d.sentence = static_cast<uint32_t>(st->ColumnInt(3));
    d.text = st->ColumnText(4);
    d.timex_dates = SplitSpaces(st->ColumnView(5));
    d.event_dates = SplitSpaces(st->ColumnView(6));
    d.rank = st->ColumnDouble(7);
    if (!fn(d)) break;
  }
  return Status::OK();
}

Result<std::vector<DatedSentence>> DatedSentences(Store& store, std::string_view query,
                                                  std::string_view from, std::string_view to,
                                                  int64_t limit) {
  DatedSentenceQuery q{std::string(query), std::string(from), std::string(to), limit};
  std::vector<DatedSentence> out;
  Status s = ForEachDatedSentence(store, q, [&](const DatedSentence& d) {
    out.push_back(d);
    return true;
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace dateline
