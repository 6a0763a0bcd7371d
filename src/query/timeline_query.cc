#include "query/timeline_query.h"

#include "base/civil_date.h"
#include "query/dated_sentences.h"
#include "query/query_args.h"

namespace dateline {

namespace {

std::string Shift(const std::string& date, int days) {
  if (date.empty()) return date;
  auto d = CivilDate::Parse(date);
  return d ? d->AddDays(days).ToString() : date;
}

}  // namespace

Result<std::vector<TimelineEntry>> QueryTimeline(Store& store, std::string_view query,
                                                 const TimelineOptions& options) {
  Status s = CheckDate(options.from, "from");
  if (s.ok()) s = CheckDate(options.to, "to");
  if (s.ok()) s = CheckDateRange(options.from, options.to);
  if (!s.ok()) return s;
  std::vector<TimelineCandidate> candidates;
  DatedSentenceQuery q;
  q.query = std::string(query);
  q.from = Shift(options.from, -7);
  q.to = Shift(options.to, 31);
  s = ForEachDatedSentence(store, q, [&](const DatedSentence& d) {
    TimelineCandidate c;
    c.article_id = d.article_id;
    c.article_date = d.article_date;
    c.title = d.article_title;
    c.sentence = static_cast<int>(d.sentence);
    c.text = d.text;
    c.timex_dates = d.timex_dates;
    c.event_dates = d.event_dates;
    candidates.push_back(std::move(c));
    return true;
  });
  if (!s.ok()) return s;
  return BuildTimeline(candidates, options);
}

}  // namespace dateline
