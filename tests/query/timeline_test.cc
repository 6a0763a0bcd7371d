#include "query/timeline.h"

#include <gtest/gtest.h>

namespace dateline {
namespace {

TimelineCandidate C(std::string id, std::string pub, std::string text,
                    std::vector<std::string> timex = {}, std::vector<std::string> events = {}) {
  TimelineCandidate c;
  c.article_id = std::move(id);
  c.article_date = std::move(pub);
  c.text = std::move(text);
  c.timex_dates = std::move(timex);
  c.event_dates = std::move(events);
  return c;
}

TEST(Timeline, RanksDatesByArticlesReferringToThem) {
  std::vector<TimelineCandidate> cs = {
      C("a", "2020-10-11", "A ceasefire took effect at noon on 10 October.", {"2020-10-10"}),
      C("b", "2020-10-10", "The humanitarian ceasefire began on Saturday.", {"2020-10-10"}),
      C("c", "2020-10-12", "Ganja was struck again overnight."),
      C("d", "2020-09-28", "Fighting broke out on 27 September.", {"2020-09-27"}),
  };
  TimelineOptions o;
  o.dates = 2;
  o.sentences = 1;
  auto t = BuildTimeline(cs, o);
  ASSERT_EQ(t.size(), 2u);
  // 2020-10-10 has two explicit references and must be kept; output is chronological.
  EXPECT_EQ(t[0].date, "2020-09-27");
  EXPECT_EQ(t[1].date, "2020-10-10");
  EXPECT_EQ(t[1].articles, 2);
  ASSERT_EQ(t[1].sentences.size(), 1u);
}

TEST(Timeline, RespectsDateBounds) {
  std::vector<TimelineCandidate> cs = {
      C("a", "2020-10-11", "Talks were held in Moscow on 9 October.", {"2020-10-09"}),
      C("b", "2020-11-10", "The agreement was signed overnight.", {}, {"2020-11-10"}),
  };
  TimelineOptions o;
  o.from = "2020-11-01";
  auto t = BuildTimeline(cs, o);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].date, "2020-11-10");
  EXPECT_EQ(t[0].events, 1);
}

TEST(Timeline, SkipsNearRepeatsWhenPickingSentences) {
  std::vector<TimelineCandidate> cs = {
      C("a", "2020-11-10", "Armenia, Azerbaijan and Russia signed an agreement ending the war.",
        {"2020-11-10"}),
      C("b", "2020-11-10", "Armenia, Azerbaijan and Russia signed an agreement ending the war .",
        {"2020-11-10"}),
      C("c", "2020-11-10", "Russian peacekeepers began deploying to the region.", {"2020-11-10"}),
  };
  TimelineOptions o;
  o.sentences = 2;
  auto t = BuildTimeline(cs, o);
  ASSERT_EQ(t.size(), 1u);
  ASSERT_EQ(t[0].sentences.size(), 2u);
  EXPECT_NE(t[0].sentences[0].text.substr(0, 20), t[0].sentences[1].text.substr(0, 20));
}

TEST(Timeline, UndatedSentencesFallBackToPublicationDate) {
  std::vector<TimelineCandidate> cs = {C("a", "2020-10-04", "Missiles hit Ganja.")};
  auto t = BuildTimeline(cs, TimelineOptions());
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].date, "2020-10-04");
  EXPECT_DOUBLE_EQ(t[0].score, 0.5);
}

TEST(Timeline, ASentenceIsUsedForOneDateOnly) {
  std::vector<TimelineCandidate> cs = {
      C("a", "2020-10-09",
        "Ministers met in Moscow on 9 October, twelve days after the war began on 27 September.",
        {"2020-10-09", "2020-09-27"}),
      C("b", "2020-10-09", "The talks in Moscow on 9 October lasted ten hours.", {"2020-10-09"}),
      C("c", "2020-10-09", "Lavrov hosted the ministers in Moscow on 9 October.", {"2020-10-09"}),
  };
  TimelineOptions o;
  o.sentences = 1;
  auto t = BuildTimeline(cs, o);
  ASSERT_EQ(t.size(), 2u);
  ASSERT_EQ(t[0].sentences.size(), 1u);  // 2020-09-27: only sentence a names it
  EXPECT_EQ(t[0].sentences[0].article_id, "a");
  ASSERT_EQ(t[1].sentences.size(), 1u);  // 2020-10-09 picks first and prefers single-date text
  EXPECT_NE(t[1].sentences[0].article_id, "a");
}

TEST(Timeline, EmptyInputGivesEmptyTimeline) {
  EXPECT_TRUE(BuildTimeline({}, TimelineOptions()).empty());
}

}  // namespace
}  // namespace dateline
