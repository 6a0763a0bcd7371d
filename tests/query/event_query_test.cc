#include "query/event_query.h"

#include <gtest/gtest.h>

#include "query/query_fixture.h"

namespace dateline {
namespace {

using EventQuery = testing::QueryTest;

std::vector<std::string> Keys(const std::vector<EventRow>& rows) {
  std::vector<std::string> out;
  for (const EventRow& r : rows) out.push_back(r.article_id + "/" + r.event.type);
  return out;
}

std::vector<std::string> Query(Store& store, const EventFilter& f) {
  auto r = QueryEvents(store, f);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? Keys(*r) : std::vector<std::string>{"error"};
}

using V = std::vector<std::string>;

TEST_F(EventQuery, AllInDateOrder) {
  EXPECT_EQ(Query(*store_, {}), (V{"a3/ASSAULT", "a4/ASSAULT", "a1/REQUEST", "a1/ASSAULT",
                                   "a2/CONSULT", "a2/PROTEST"}));
}

TEST_F(EventQuery, RowsCarryTheEventAndWhereItCameFrom) {
  EventFilter f;
  f.type = "REQUEST";
  auto r = QueryEvents(*store_, f);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 1u);
  const EventRow& row = (*r)[0];
  EXPECT_EQ(row.article_id, "a1");
  EXPECT_EQ(row.article_date, "2020-10-08");
  EXPECT_EQ(row.article_title, "Putin urges ceasefire");
  EXPECT_EQ(row.event_idx, 0u);
  EXPECT_EQ(row.sentence_text,
            "Putin on Thursday urged Armenia to cease hostilities, the Kremlin said.");
  const Event& e = row.event;
  EXPECT_EQ(e.cameo, "0256");
  EXPECT_EQ(e.source.text, "Putin");
  EXPECT_EQ(e.source.ref.code, "RUSGOV");
  EXPECT_EQ(e.source.ref.country, "RUS");
  EXPECT_EQ(e.source.ref.role, "GOV");
  EXPECT_EQ(e.target.ref.code, "ARM");
  EXPECT_EQ(e.trigger, "urged");
  EXPECT_EQ(e.sentence, 1u);
  EXPECT_EQ(e.date, "2020-10-08");
  EXPECT_EQ(e.date_precision, "day");
  EXPECT_EQ(e.status, "asserted");
  EXPECT_EQ(e.attributed_to.text, "the Kremlin");
  EXPECT_EQ(e.attributed_to.ref.code, "RUSGOV");
  EXPECT_FALSE(e.location.has_value());
  EXPECT_FALSE(e.killed.has_value());

  f.type = "ASSAULT";
  f.from = f.to = "2020-10-08";
  r = QueryEvents(*store_, f);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 1u);
  const Event& a = (*r)[0].event;
  ASSERT_TRUE(a.killed.has_value());
  EXPECT_EQ(a.killed->min, 3);
  EXPECT_FALSE(a.killed->exact);
  EXPECT_FALSE(a.injured.has_value());
  EXPECT_EQ(a.victims, "CVL");
  ASSERT_TRUE(a.location.has_value());
  EXPECT_EQ(a.location->name, "Moscow");
  EXPECT_EQ(a.location->country, "RUS");
  EXPECT_DOUBLE_EQ(*a.location->lat, 55.75);
  EXPECT_EQ(a.date_precision, "article");
}

TEST_F(EventQuery, DateRangeIsInclusiveAndCoversWholeSpans) {
  EventFilter f;
  f.from = "2020-10-01";
  f.to = "2020-10-31";
  EXPECT_EQ(Query(*store_, f), (V{"a4/ASSAULT", "a1/REQUEST", "a1/ASSAULT"}));
  f.from = "2020-10-05";  // the month-precision event no longer lies within
  EXPECT_EQ(Query(*store_, f), (V{"a1/REQUEST", "a1/ASSAULT"}));
  f.from = "2020-11-09";
  f.to = "2020-11-09";
  EXPECT_EQ(Query(*store_, f), (V{"a2/CONSULT"}));
  f.from.clear();
  f.to = "2019-12-31";
  EXPECT_EQ(Query(*store_, f), (V{"a3/ASSAULT"}));
}

TEST_F(EventQuery, ActorMatchesSourceOrTargetByPrefix) {
  EventFilter f;
  f.actor = "RUS";
  EXPECT_EQ(Query(*store_, f), (V{"a1/REQUEST", "a1/ASSAULT", "a2/CONSULT"}));
  f.actor = "rusgov";
  EXPECT_EQ(Query(*store_, f), (V{"a1/REQUEST"}));
  f.actor = "TUR";
  EXPECT_EQ(Query(*store_, f), (V{"a2/CONSULT"}));
  f.actor = "RUSMIL";
  EXPECT_EQ(Query(*store_, f), V{});
}

TEST_F(EventQuery, CountryTypeAndTextCombine) {
  EventFilter f;
  f.country = "arm";
  EXPECT_EQ(Query(*store_, f), (V{"a3/ASSAULT", "a4/ASSAULT", "a1/REQUEST"}));
  f.type = "assault";
  EXPECT_EQ(Query(*store_, f), (V{"a3/ASSAULT", "a4/ASSAULT"}));
  f = {};
  f.text = "Moscow";
  EXPECT_EQ(Query(*store_, f), (V{"a1/ASSAULT", "a2/PROTEST"}));
  f.text = "protests";  // stemmed
  EXPECT_EQ(Query(*store_, f), (V{"a2/PROTEST"}));
  f.text = "Moscow";
  f.actor = "RUS";
  f.from = "2020-10-01";
  EXPECT_EQ(Query(*store_, f), (V{"a1/ASSAULT"}));
}

TEST_F(EventQuery, BlankTextIsNoFilter) {
  EventFilter f;
  f.text = " \t ";
  EXPECT_EQ(Query(*store_, f).size(), 6u);
}

TEST_F(EventQuery, LimitOffsetAndEarlyStop) {
  EventFilter f;
  f.limit = 2;
  f.offset = 1;
  EXPECT_EQ(Query(*store_, f), (V{"a4/ASSAULT", "a1/REQUEST"}));
  f.limit = 0;
  f.offset = 4;
  EXPECT_EQ(Query(*store_, f), (V{"a2/CONSULT", "a2/PROTEST"}));
  int calls = 0;
  Status s = ForEachEvent(*store_, {}, [&](const EventRow&) { return ++calls < 3; });
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(calls, 3);
}

TEST_F(EventQuery, BadFiltersAreInvalidInput) {
  auto bad = [&](EventFilter f, const char* needle) {
    auto r = QueryEvents(*store_, f);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput);
    EXPECT_NE(r.status().message().find(needle), std::string::npos) << r.status().message();
  };
  EventFilter f;
  f.from = "2020-13-01";
  bad(f, "2020-13-01");
  f = {};
  f.to = "yesterday";
  bad(f, "YYYY-MM-DD");
  f = {};
  f.from = "2020-10-10";
  f.to = "2020-10-01";
  bad(f, "from is after to");
  f = {};
  f.actor = "RUS%";
  bad(f, "actor");
  f = {};
  f.country = "A' OR 1=1";
  bad(f, "country");
  f = {};
  f.text = "--- ...";
  bad(f, "no words");
}

TEST_F(EventQuery, MentionsAndCountsReadBack) {
  auto r = QueryEvents(*store_, {});
  ASSERT_TRUE(r.ok());
  for (const EventRow& row : *r) {
    const Event& e = row.event;
    if (row.article_id == "a4") {
      ASSERT_EQ(e.mentions.size(), 2u);
      EXPECT_EQ(e.mentions[1].sentence, 2u);
      EXPECT_EQ(e.mentions[1].trigger, "offensive");
      ASSERT_TRUE(e.missing.has_value());
      EXPECT_EQ(e.missing->min, 3);
      EXPECT_FALSE(e.missing->exact);
      ASSERT_TRUE(e.detained.has_value());
      EXPECT_EQ(e.detained->min, 7);
      EXPECT_TRUE(e.detained->exact);
      EXPECT_TRUE(e.running_total);
    } else {
      // One telling: the event's own sentence and trigger.
      ASSERT_EQ(e.mentions.size(), 1u) << row.article_id;
      EXPECT_EQ(e.mentions[0].sentence, e.sentence);
      EXPECT_EQ(e.mentions[0].trigger, e.trigger);
      EXPECT_FALSE(e.missing.has_value());
      EXPECT_FALSE(e.detained.has_value());
      EXPECT_FALSE(e.running_total);
    }
  }
}

}  // namespace
}  // namespace dateline
