#include "query/search.h"

#include <gtest/gtest.h>

#include "query/query_fixture.h"

namespace dateline {
namespace {

using SearchTest = testing::QueryTest;

std::vector<std::string> Keys(const std::vector<SearchHit>& hits) {
  std::vector<std::string> out;
  for (const SearchHit& h : hits) out.push_back(h.article_id + "/" + std::to_string(h.sentence));
  return out;
}

using V = std::vector<std::string>;

TEST_F(SearchTest, FindsHyphenatedNames) {
  auto r = Search(*store_, "Nagorno-Karabakh", {});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 1u);
  const SearchHit& h = (*r)[0];
  EXPECT_EQ(h.article_id, "a1");
  EXPECT_EQ(h.article_date, "2020-10-08");
  EXPECT_EQ(h.article_title, "Putin urges ceasefire");
  EXPECT_EQ(h.sentence, 0u);
  EXPECT_EQ(h.text, "The Nagorno-Karabakh region saw fighting on 2020-09-27.");
  EXPECT_NE(h.snippet.find("[Nagorno-Karabakh]"), std::string::npos) << h.snippet;
  EXPECT_LT(h.rank, 0);  // FTS5 BM25: more negative is better
  // Case and stemming do not matter; the phrase must be contiguous.
  EXPECT_EQ(Keys(*Search(*store_, "nagorno karabakh region", {})), (V{"a1/0"}));
  EXPECT_EQ(Keys(*Search(*store_, "\"Karabakh Nagorno\"", {})), V{});
}

TEST_F(SearchTest, RanksAndFilters) {
  auto all = Search(*store_, "attacked", {});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 3u);
  for (size_t i = 1; i < all->size(); ++i) EXPECT_LE((*all)[i - 1].rank, (*all)[i].rank);

  SearchOptions o;
  o.from = "2020-01-01";
  EXPECT_EQ(Search(*store_, "attacked", o)->size(), 2u);
  o.to = "2020-10-10";
  EXPECT_EQ(Keys(*Search(*store_, "attacked", o)), (V{"a1/2"}));
  o = {};
  o.limit = 1;
  EXPECT_EQ(Search(*store_, "attacked", o)->size(), 1u);
  o.offset = 2;
  EXPECT_EQ(Search(*store_, "attacked", o)->size(), 1u);

  auto either = Search(*store_, "Moscow OR Ankara", {});
  ASSERT_TRUE(either.ok());
  EXPECT_EQ(either->size(), 3u);
  EXPECT_EQ(Keys(*Search(*store_, "Moscow -protesters", {})), (V{"a1/2"}));
  EXPECT_EQ(Keys(*Search(*store_, "Kreml*", {})), (V{"a1/1"}));
}

TEST_F(SearchTest, CustomMarks) {
  SearchOptions o;
  o.mark_open = "<b>";
  o.mark_close = "</b>";
  auto r = Search(*store_, "Ankara", o);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 1u);
  EXPECT_NE((*r)[0].snippet.find("<b>Ankara</b>"), std::string::npos) << (*r)[0].snippet;
}

TEST_F(SearchTest, BadInputIsAClearStatus) {
  auto r = Search(*store_, "...", {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput);
  SearchOptions o;
  o.from = "2020-02-30";
  r = Search(*store_, "Moscow", o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput);
}

TEST_F(SearchTest, WorksOnAReadOnlyStore) {
  const std::string path = store_->path();
  auto ro = testing::OpenStore(path, OpenMode::kReadOnly);
  ASSERT_TRUE(ro);
  EXPECT_EQ(Search(*ro, "Moscow", {})->size(), 2u);
}

}  // namespace
}  // namespace dateline
