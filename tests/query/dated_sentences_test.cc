#include "query/dated_sentences.h"

#include <gtest/gtest.h>

#include "query/query_fixture.h"

namespace dateline {
namespace {

using DatedSentencesTest = testing::QueryTest;
using V = std::vector<std::string>;

TEST_F(DatedSentencesTest, AllSentencesInPublicationOrder) {
  auto r = DatedSentences(*store_, "", "", "");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 7u);
  EXPECT_EQ((*r)[0].article_id, "a3");
  EXPECT_EQ((*r)[0].timex_dates, (V{"2019-04-30"}));
  EXPECT_EQ((*r)[0].event_dates, (V{"2019-04-30"}));
  const DatedSentence& s1 = (*r)[2];  // a1, sentence 1
  EXPECT_EQ(s1.article_id, "a1");
  EXPECT_EQ(s1.article_date, "2020-10-08");
  EXPECT_EQ(s1.article_title, "Putin urges ceasefire");
  EXPECT_EQ(s1.sentence, 1u);
  EXPECT_EQ(s1.timex_dates, (V{"2020-10-08"}));
  EXPECT_EQ(s1.event_dates, (V{"2020-10-08"}));
  EXPECT_EQ(s1.rank, 0);
  const DatedSentence& s2 = (*r)[3];  // its event fell back to the article date
  EXPECT_EQ(s2.sentence, 2u);
  EXPECT_TRUE(s2.timex_dates.empty());
  EXPECT_TRUE(s2.event_dates.empty());
  EXPECT_EQ((*r)[4].article_id, "a4");  // month-precision event date left out
  EXPECT_TRUE((*r)[4].event_dates.empty());
}

TEST_F(DatedSentencesTest, QueryAndRange) {
  auto r = DatedSentences(*store_, "Azerbaijan", "2020-01-01", "2020-12-31");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].article_id, "a1");
  EXPECT_EQ((*r)[0].sentence, 2u);
  EXPECT_EQ((*r)[1].article_id, "a4");
  EXPECT_LT((*r)[0].rank, 0);
  r = DatedSentences(*store_, "Nagorno-Karabakh", "", "");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].timex_dates, (V{"2020-09-27"}));
  r = DatedSentences(*store_, "", "2020-11-01", "", 1);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].article_id, "a2");
  EXPECT_EQ((*r)[0].timex_dates, (V{"2020-11-09"}));
  EXPECT_EQ((*r)[0].event_dates, (V{"2020-11-09"}));
}

TEST_F(DatedSentencesTest, BadInput) {
  EXPECT_EQ(DatedSentences(*store_, "...", "", "").status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(DatedSentences(*store_, "", "2020-1-1", "").status().code(),
            Status::Code::kInvalidInput);
}

}  // namespace
}  // namespace dateline
