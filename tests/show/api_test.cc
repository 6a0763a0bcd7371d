#include "show/api.h"

#include <gtest/gtest.h>

#include <simdjson.h>
#include <algorithm>

#include "pipeline/pipeline.h"
#include "read/reader.h"
#include "show/event_format.h"
#include "show/timeline_format.h"

namespace dateline {
namespace {

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = Store::Open(":memory:", OpenMode::kReadWrite);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
    auto pipeline = Pipeline::Standard();
    ASSERT_TRUE(pipeline.ok());
    std::vector<Doc> docs;
    for (const char* text : {
             "date 2020-10-10\n\nA humanitarian ceasefire in Nagorno-Karabakh took effect at noon "
             "on Saturday after talks in Moscow. Armenia accused Azerbaijan of shelling "
             "Stepanakert hours later.",
             "date 2020-10-11\n\nAzerbaijan said Armenian forces struck Ganja on Sunday, killing "
             "at least nine civilians. The ceasefire agreed in Moscow on 10 October was "
             "faltering.",
         }) {
      ReadItem item = ParseArticle(text, "mem.txt", ReadOptions());
      ASSERT_TRUE(item.doc.has_value());
      ASSERT_TRUE((*pipeline)->Process(&*item.doc).ok());
      docs.push_back(std::move(*item.doc));
    }
    ASSERT_TRUE(store_->WriteBatch(docs).ok());
    first_id_ = docs[0].id;
  }

  simdjson::dom::element Parse(const std::string& body) {
    simdjson::dom::element e;
    EXPECT_EQ(parser_.parse(body).get(e), simdjson::SUCCESS) << body.substr(0, 200);
    return e;
  }

  std::unique_ptr<Store> store_;
  std::string first_id_;
  simdjson::dom::parser parser_;
};

TEST_F(ApiTest, EventsEndpointReturnsEventObjects) {
  ApiResponse r = HandleApiRequest(*store_, "/api/events", {});
  ASSERT_EQ(r.status, 200) << r.body;
  auto arr = Parse(r.body).get_array();
  ASSERT_GT(arr.size(), 0u);
  for (auto e : arr) {
    EXPECT_TRUE(e["type"].is_string());
    EXPECT_TRUE(e["article"].is_string());
    EXPECT_TRUE(e["source"].is_object());
  }
}

TEST_F(ApiTest, EventsEndpointRejectsBadParameters) {
  EXPECT_EQ(HandleApiRequest(*store_, "/api/events", {{"limit", "abc"}}).status, 400);
  EXPECT_EQ(HandleApiRequest(*store_, "/api/events", {{"from", "2020-13-45"}}).status, 400);
}

TEST_F(ApiTest, TimelineEndpoint) {
  ApiResponse r = HandleApiRequest(*store_, "/api/timeline", {{"q", "ceasefire"}, {"dates", "3"}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto t = Parse(r.body);
  auto dates = t["dates"].get_array();
  ASSERT_GT(dates.size(), 0u);
  EXPECT_LE(dates.size(), 3u);
}

TEST_F(ApiTest, SearchAndArticleEndpoints) {
  ApiResponse r = HandleApiRequest(*store_, "/api/search", {{"q", "Ganja"}});
  ASSERT_EQ(r.status, 200) << r.body;
  auto hits = Parse(r.body).get_array();
  ASSERT_EQ(hits.size(), 1u);

  ApiResponse a = HandleApiRequest(*store_, "/api/article/" + first_id_, {});
  ASSERT_EQ(a.status, 200) << a.body;
  auto doc = Parse(a.body);
  EXPECT_EQ(std::string(doc["date"].get_string().value()), "2020-10-10");
  EXPECT_GE(doc["sentences"].get_array().size(), 2u);

  EXPECT_EQ(HandleApiRequest(*store_, "/api/article/nope", {}).status, 404);
  EXPECT_EQ(HandleApiRequest(*store_, "/api/nothing", {}).status, 404);
}

TEST_F(ApiTest, RootServesThePage) {
  ApiResponse r = HandleApiRequest(*store_, "/", {});
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.content_type.find("text/html"), std::string::npos);
  EXPECT_NE(r.body.find("/api/timeline"), std::string::npos);
}

TEST(EventFormat, CsvQuotesAndTsvFlattens) {
  EventRow row;
  row.article_id = "a1";
  row.article_date = "2020-10-08";
  row.sentence_text = "He said, \"stop\"\tnow";
  row.event.type = "REQUEST";
  row.event.killed = Count{30, false};
  std::string csv;
  EventWriter w(EventFormat::kCsv, &csv);
  w.Begin();
  w.Add(row);
  w.End();
  EXPECT_NE(csv.find("\"He said, \"\"stop\"\"\tnow\""), std::string::npos) << csv;
  EXPECT_NE(csv.find(",30,false,"), std::string::npos) << csv;
  std::string tsv;
  EventWriter t(EventFormat::kTsv, &tsv);
  t.Begin();
  t.Add(row);
  t.End();
  EXPECT_NE(tsv.find("He said, \"stop\" now\n"), std::string::npos) << tsv;
  size_t header_tabs =
      std::count(tsv.begin(), tsv.begin() + static_cast<long>(tsv.find('\n')), '\t');
  EXPECT_EQ(header_tabs, 34u);
}

TEST(TimelineHtml, EmbedsDataSafely) {
  TimelineRequest req;
  req.query = "</script><b>";
  TimelineEntry e;
  e.date = "2020-10-10";
  e.sentences.push_back({"A </script> tag in text", "id", "2020-10-10", "t", 0});
  std::string html = TimelineHtml(req, {e});
  EXPECT_EQ(html.find("</script><b>"), std::string::npos);
  EXPECT_NE(html.find("<\\/script>"), std::string::npos);
}

}  // namespace
}  // namespace dateline
