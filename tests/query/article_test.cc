#include "query/article.h"

#include <gtest/gtest.h>

#include "query/query_fixture.h"

namespace dateline {
namespace {

using ArticleTest = testing::QueryTest;

TEST_F(ArticleTest, ReadsBackEveryLayer) {
  auto r = GetArticle(*store_, "a1");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const ArticleRow& a = *r;
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.date, "2020-10-08");
  EXPECT_EQ(a.title, "Putin urges ceasefire");
  EXPECT_FALSE(a.content_hash.empty());
  EXPECT_FALSE(a.ingested_at.empty());
  EXPECT_TRUE(a.notes.empty());
  ASSERT_EQ(a.sentences.size(), 3u);
  EXPECT_EQ(a.sentences[1].idx, 1u);
  EXPECT_EQ(a.sentences[1].paragraph, 1u);
  EXPECT_EQ(a.sentences[2].text, "Russia attacked Azerbaijan near Moscow.");
  // Code-point offsets into the body (all ASCII here, so bytes too).
  for (const SentenceRow& s : a.sentences) {
    EXPECT_EQ(
        a.body.substr(static_cast<size_t>(s.cp_start), static_cast<size_t>(s.cp_end - s.cp_start)),
        s.text);
  }
  ASSERT_EQ(a.timexes.size(), 2u);
  EXPECT_EQ(a.timexes[0].text, "2020-09-27");
  EXPECT_EQ(a.timexes[0].type, "DATE");
  EXPECT_EQ(a.timexes[1].text, "Thursday");
  EXPECT_EQ(a.timexes[1].value, "2020-10-08");
  EXPECT_EQ(a.timexes[1].sentence, 1u);

  bool saw_moscow = false, saw_putin = false;
  for (const EntityRow& e : a.entities) {
    if (e.text == "Moscow") {
      saw_moscow = true;
      EXPECT_FALSE(e.actor.has_value());
      ASSERT_TRUE(e.place.has_value());
      EXPECT_EQ(e.place->id, "524901");
      EXPECT_DOUBLE_EQ(*e.place->lon, 37.62);
    }
    if (e.text == "Putin") {
      saw_putin = true;
      ASSERT_TRUE(e.actor.has_value());
      EXPECT_EQ(e.actor->code, "RUSGOV");
      EXPECT_FALSE(e.place.has_value());
    }
  }
  EXPECT_TRUE(saw_moscow);
  EXPECT_TRUE(saw_putin);
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_EQ(a.events[0].type, "REQUEST");
  EXPECT_EQ(a.events[1].type, "ASSAULT");
}

TEST_F(ArticleTest, NotesRoundTrip) {
  Doc d = testing::Annotated("2021-01-01", "Putin urged Armenia.");
  d.id = "noted";
  d.notes = {"converted from windows-1252", "3 invalid bytes replaced"};
  ASSERT_TRUE(store_->WriteBatch({d}).ok());
  auto r = GetArticle(*store_, "noted");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->notes, d.notes);
}

TEST_F(ArticleTest, UnknownIdIsNotFound) {
  auto r = GetArticle(*store_, "nope");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_NE(r.status().message().find("nope"), std::string::npos);
}

}  // namespace
}  // namespace dateline
