#include "syntax/word_clusters_trainer.h"

#include <gtest/gtest.h>

#include <string>

#include "learn/hash.h"
#include "temp_dir.h"

namespace dateline::syntax {
namespace {

TEST(CorpusTextTest, TimemlKeepsTheTextWithoutTags) {
  const std::string tml =
      "<TimeML><DCT><TIMEX3 tid=\"t0\">1998-08-04</TIMEX3></DCT>\n"
      "<TEXT>Troops left <TIMEX3 tid=\"t1\" value=\"1998-08-03\">on Monday</TIMEX3>.\n"
      "Talks <EVENT eid=\"e1\">resumed</EVENT>.</TEXT></TimeML>";
  EXPECT_EQ(CorpusText("a/APW1.tml", tml), "Troops left on Monday.\nTalks resumed.");
}

TEST(CorpusTextTest, ConlluKeepsTheSentenceTexts) {
  const std::string conllu =
      "# sent_id = 1\n# text = Troops left.\n1\tTroops\ttroop\tNOUN\n2\tleft\tleave\tVERB\n\n"
      "# text = Talks resumed.\n1\tTalks\n";
  EXPECT_EQ(CorpusText("train.conllu", conllu), "Troops left.\nTalks resumed.\n");
}

TEST(CorpusTextTest, ColumnsGiveOneSentenceALine) {
  const std::string iob =
      "-DOCSTART- O\n\nTroops O\nleft O\nKabul B-LOC\n\nTalks\tO\r\nresumed\tO\n";
  EXPECT_EQ(CorpusText("x.iob2", iob), "Troops left Kabul\nTalks resumed\n");
  EXPECT_EQ(CorpusText("notes.txt", "as <is>"), "as <is>");
}

TEST(TrainWordClustersTest, WordsUsedAlikeShareAClassFromFilesAndFolders) {
  testing::TempDir dir;
  std::string news, columns;
  for (int i = 0; i < 30; ++i) {
    news += "the army shelled the town . the navy shelled the port .\n";
    columns += "the\tO\narmy\tO\nattacked\tO\nthe\tO\ncity\tO\n\n";
  }
  std::filesystem::create_directories(dir.path() / "news");
  dir.Write("news/a.txt", news);
  const std::string iob = dir.Write("b.iob2", columns);
  ClusterOptions o;
  o.corpus = {dir.File("news"), iob};
  o.window = 2;
  o.fine = 4;
  o.mid = 3;
  o.coarse = 2;
  auto clusters = TrainWordClusters(o, [](const std::string&) {});
  ASSERT_TRUE(clusters.ok()) << clusters.status().message();
  const auto* army = clusters->Find(learn::HashString("army"));
  const auto* navy = clusters->Find(learn::HashString("navy"));
  const auto* attacked = clusters->Find(learn::HashString("attacked"));
  ASSERT_NE(army, nullptr);
  ASSERT_NE(navy, nullptr);
  ASSERT_NE(attacked, nullptr);
  EXPECT_EQ(army->mid, navy->mid);
  EXPECT_NE(army->mid, attacked->mid);

  o.corpus = {dir.File("missing")};
  auto missing = TrainWordClusters(o, [](const std::string&) {});
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("missing"), std::string::npos);
}

}  // namespace
}  // namespace dateline::syntax
