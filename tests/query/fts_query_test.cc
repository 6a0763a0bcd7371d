#include "query/fts_query.h"

#include <gtest/gtest.h>

#include <random>

#include "query/query_fixture.h"
#include "query/search.h"

namespace dateline {
namespace {

std::string Fts(std::string_view text) {
  auto r = ToFtsQuery(text);
  EXPECT_TRUE(r.ok()) << text << ": " << r.status().ToString();
  return r.ok() ? *r : "error";
}

TEST(FtsQuery, QuotesEveryWord) {
  EXPECT_EQ(Fts("Nagorno-Karabakh"), "\"Nagorno-Karabakh\"");
  EXPECT_EQ(Fts("  ceasefire   Moscow "), "\"ceasefire\" AND \"Moscow\"");
  EXPECT_EQ(Fts("a\"b"), "\"a\"\"b\"");
  EXPECT_EQ(Fts("NEAR(a b)"), "\"NEAR(a\" AND \"b)\"");
  EXPECT_EQ(Fts("text:foo"), "\"text:foo\"");
  EXPECT_EQ(Fts("or and not"), "\"or\" AND \"and\" AND \"not\"");
}

TEST(FtsQuery, PhrasesOrNotAndPrefix) {
  EXPECT_EQ(Fts("\"Third Secretary\" Azerbaijan"), "\"Third Secretary\" AND \"Azerbaijan\"");
  EXPECT_EQ(Fts("\"unterminated phrase"), "\"unterminated phrase\"");
  EXPECT_EQ(Fts("Moscow OR Ankara talks"), "(\"Moscow\" OR \"Ankara\") AND \"talks\"");
  EXPECT_EQ(Fts("OR Moscow OR"), "\"Moscow\"");
  EXPECT_EQ(Fts("a AND b"), "\"a\" AND \"b\"");
  EXPECT_EQ(Fts("ceasefire -Moscow"), "(\"ceasefire\") NOT \"Moscow\"");
  EXPECT_EQ(Fts("-Moscow ceasefire"), "(\"ceasefire\") NOT \"Moscow\"");
  EXPECT_EQ(Fts("protest*"), "\"protest\"*");
  EXPECT_EQ(Fts("\"peace talk\"*"), "\"peace talk\"*");
  EXPECT_EQ(Fts("- a"), "\"a\"");  // a lone dash is punctuation, dropped
}

TEST(FtsQuery, NothingToSearchIsInvalidInput) {
  for (const char* q : {"", "   ", "OR", "---", "-Moscow", "\"\"", "* ... !"}) {
    auto r = ToFtsQuery(q);
    ASSERT_FALSE(r.ok()) << q;
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput) << q;
  }
}

using FtsQueryOnStore = testing::QueryTest;

// Whatever the user types, a search returns results or InvalidInput: never an FTS5
// syntax error reported as an internal failure, never a crash.
TEST_F(FtsQueryOnStore, RandomInputNeverBreaksTheQuery) {
  const std::string alphabet = "ab -\"*():^+{}.,NEAROTD\\'Ağ";
  std::mt19937 rng(7);
  for (int i = 0; i < 2000; ++i) {
    std::string q;
    const int len = static_cast<int>(rng() % 12);
    for (int k = 0; k < len; ++k) q.push_back(alphabet[rng() % alphabet.size()]);
    auto r = Search(*store_, q, SearchOptions{});
    if (!r.ok()) {
      EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput)
          << "'" << q << "': " << r.status().ToString();
    }
  }
}

}  // namespace
}  // namespace dateline
