// End-to-end tests of the dateline command: they run the built binary as a user would.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>

namespace {

namespace fs = std::filesystem;

struct CmdResult {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `dateline ARGS` through the shell, capturing stdout and stderr.
CmdResult Dateline(const std::string& args, const fs::path& dir) {
  const fs::path err_file = dir / "stderr.txt";
  const std::string cmd = std::string(DATELINE_BINARY) + " " + args + " 2>" + err_file.string();
  CmdResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 65536> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  std::ifstream in(err_file);
  r.err.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return r;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    dir_ = fs::temp_directory_path() / ("dateline-cli-" + std::to_string(rd()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Db() const { return (dir_ / "t.db").string(); }
  std::string Examples() const { return std::string(DATELINE_SOURCE_DIR) + "/examples"; }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }
  fs::path dir_;
};

TEST_F(CliTest, AnnotateSeedPrintsOneArticleWithItsDates) {
  const std::string seed = std::string(DATELINE_SHARED_DIR) + "/seed/000_b02f48862c04265b.txt";
  CmdResult r = Dateline("annotate " + seed, dir_);
  ASSERT_EQ(r.status, 0) << r.err;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(r.out).get(doc), simdjson::SUCCESS);
  EXPECT_EQ(std::string(doc["date"].get_string().value()), "2020-10-08");
  EXPECT_GE(doc["sentences"].get_array().size(), 10u);
  std::set<std::string> values;
  for (auto t : doc["timexes"].get_array())
    values.insert(std::string(t["value"].get_string().value()));
  EXPECT_TRUE(values.count("2020-09-27"));
  EXPECT_TRUE(values.count("2020-10-08"));
  EXPECT_TRUE(values.count("2020-10-09"));
  // The body starts on the header line; the first sentence must not be lost.
  auto first = doc["sentences"].at(0);
  EXPECT_EQ(first["start"].get_int64().value(), 0);
  EXPECT_EQ(std::string(first["text"].get_string().value()).rfind("The Nagorno-Karabakh region", 0),
            0u);
}

TEST_F(CliTest, IngestExamplesThenQueryEventsAndTimeline) {
  CmdResult ingest = Dateline("ingest " + Examples() + " --db " + Db(), dir_);
  ASSERT_EQ(ingest.status, 0) << ingest.err;
  EXPECT_NE(ingest.err.find("stored"), std::string::npos) << ingest.err;

  CmdResult events =
      Dateline("events --db " + Db() + " --from 2020-09-27 --to 2020-11-10 --format json", dir_);
  ASSERT_EQ(events.status, 0) << events.err;
  simdjson::dom::parser parser;
  simdjson::dom::element ev;
  ASSERT_EQ(parser.parse(events.out).get(ev), simdjson::SUCCESS) << events.out.substr(0, 200);
  ASSERT_GT(ev.get_array().size(), 0u);
  for (auto e : ev.get_array()) {
    const std::string date(e["date"].get_string().value());
    EXPECT_GE(date, "2020-09-27");
    EXPECT_LE(date.substr(0, 10), "2020-11-10");
  }

  CmdResult tl =
      Dateline("timeline Nagorno-Karabakh --db " + Db() + " --format json --dates 5", dir_);
  ASSERT_EQ(tl.status, 0) << tl.err;
  simdjson::dom::parser parser2;
  simdjson::dom::element t;
  ASSERT_EQ(parser2.parse(tl.out).get(t), simdjson::SUCCESS);
  auto dates = t["dates"].get_array();
  ASSERT_GT(dates.size(), 0u);
  EXPECT_LE(dates.size(), 5u);
  std::string prev;
  for (auto d : dates) {
    const std::string date(d["date"].get_string().value());
    EXPECT_GT(date, prev);  // chronological
    prev = date;
    EXPECT_GT(d["sentences"].get_array().size(), 0u);
  }

  // Re-ingesting the same folder adds nothing.
  CmdResult again = Dateline("ingest " + Examples() + " --db " + Db(), dir_);
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.err.find("0 stored"), std::string::npos) << again.err;
}

TEST_F(CliTest, TimelineHtmlIsOneSelfContainedPage) {
  ASSERT_EQ(Dateline("ingest " + Examples() + " --db " + Db(), dir_).status, 0);
  CmdResult tl = Dateline("timeline Ganja --db " + Db() + " --format html", dir_);
  ASSERT_EQ(tl.status, 0) << tl.err;
  EXPECT_EQ(tl.out.rfind("<!doctype html>", 0), 0u);
  EXPECT_NE(tl.out.find("Ganja"), std::string::npos);
  EXPECT_EQ(tl.out.find("src=\"http"), std::string::npos);
  EXPECT_EQ(tl.out.find("href=\"http"), std::string::npos);
}

TEST_F(CliTest, RejectedInputIsReportedAndTheRestProcessed) {
  Write("good.txt", "date 2020-10-10\n\nA ceasefire took effect at noon in Nagorno-Karabakh.\n");
  Write("bad.txt", "date 2020-13-45\n\nThis date does not exist.\n");
  CmdResult r = Dateline("ingest " + dir_.string() + " --db " + Db(), dir_);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("bad.txt:1"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2020-13-45"), std::string::npos) << r.err;
  CmdResult s = Dateline("search ceasefire --db " + Db() + " --format json", dir_);
  ASSERT_EQ(s.status, 0) << s.err;
  EXPECT_NE(s.out.find("noon"), std::string::npos);
}

TEST_F(CliTest, AnnotateRejectsButContinues) {
  Write("a.txt", "no header here\n");
  Write("b.txt", " date 2020-10-08 Talks were held in Moscow on Friday.");
  CmdResult r =
      Dateline("annotate " + (dir_ / "a.txt").string() + " " + (dir_ / "b.txt").string(), dir_);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("a.txt:1"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"date\":\"2020-10-08\""), std::string::npos);
}

TEST_F(CliTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(Dateline("events --from 2020-1-1 --db " + Db(), dir_).status, 2);
  EXPECT_EQ(Dateline("nosuchcommand", dir_).status, 2);
  EXPECT_EQ(Dateline("events --db " + (dir_ / "missing.db").string(), dir_).status, 2);
}

}  // namespace

namespace {

TEST_F(CliTest, EvalEventsScoresPloverRecords) {
  // Two records: the first (test half) is coded with its actors; the second (development
  // half) names a type the sentence does not hold.
  Write("gsr.json", R"([
{"id": "A-1", "event": "DEMAND", "text": "Turkey demanded that Armenia withdraw its troops.",
 "source": [{"actorText": "Turkey", "code": "TUR"}],
 "target": [{"actorText": "Armenia", "code": "ARM"}]},
{"id": "A-2", "event": "AID", "text": "Armenia and Azerbaijan met in Moscow.",
 "source": [{"actorText": "Armenia", "code": "ARM"}], "target": null}
])");
  const std::string file = (dir_ / "gsr.json").string();
  CmdResult test = Dateline("eval events --suite plover " + file + " --split test", dir_);
  ASSERT_EQ(test.status, 0) << test.err;
  EXPECT_NE(test.out.find("records: 1 (test)"), std::string::npos) << test.out;
  // The requested withdrawal is a second event the record does not name.
  EXPECT_NE(test.out.find("plover: P 0.50 R 1.00 F1 0.67"), std::string::npos) << test.out;
  CmdResult dev = Dateline("eval events --suite plover " + file + " --split dev", dir_);
  ASSERT_EQ(dev.status, 0) << dev.err;
  EXPECT_NE(dev.out.find("plover: P 0.00 R 0.00"), std::string::npos) << dev.out;
  Write("broken.json", "[{\"id\": \"B-1\", \"text\": \"no type\"}]");
  CmdResult bad = Dateline("eval events --suite plover " + (dir_ / "broken.json").string(), dir_);
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("B-1"), std::string::npos) << bad.err;
}

}  // namespace
