// The shipped models load and keep their accuracy on the UD English-EWT development
// split (scored here without training anything).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/parser.h"
#include "syntax/syntax_scores.h"
#include "syntax/tagger.h"

namespace dateline::syntax {
namespace {

const std::string kModels = std::string(DATELINE_SOURCE_DIR) + "/models/";
const std::string kDev = std::string(DATELINE_SHARED_DIR) + "/data/ner/ud-ewt/dev.conllu";

TEST(ShippedModelsTest, TaggerAndParserReachTheirFloorsOnDev) {
  if (!std::filesystem::exists(kDev)) GTEST_SKIP() << "no " << kDev;
  auto tagger = Tagger::Load(kModels + "pos.model");
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  auto parser = Parser::Load(kModels + "parse.model");
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  auto gold = ReadConllu(kDev);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  SyntaxScores scores;
  std::vector<std::string_view> forms;
  std::vector<int> tags;
  std::vector<Upos> upos;
  std::vector<uint8_t> xpos;
  std::vector<Parser::Arc> arcs;
  for (const ConlluSentence& s : *gold) {
    forms.clear();
    for (const ConlluWord& w : s.words) forms.push_back(w.form);
    tagger->Tag(forms, &tags);
    upos.clear();
    xpos.clear();
    for (int t : tags) {
      upos.push_back(tagger->upos(t));
      xpos.push_back(tagger->xpos(t));
    }
    parser->Parse(forms, upos, xpos, &arcs);
    std::vector<ConlluWord> pred = s.words;
    for (size_t i = 0; i < pred.size(); ++i) {
      pred[i].upos = tagger->upos_name(tags[i]);
      pred[i].xpos = tagger->xpos_name(tags[i]);
      pred[i].lemma.clear();
      tagger->lemmatizer().Lemmatize(forms[i], tagger->upos(tags[i]), &pred[i].lemma);
      pred[i].head = arcs[i].head;
      pred[i].deprel = parser->label_name(arcs[i].label);
    }
    scores.Add(s.words, pred);
  }
  EXPECT_GT(scores.words, 25000u);
  EXPECT_GE(SyntaxScores::Percent(scores.upos, scores.words), 94.5);
  EXPECT_GE(SyntaxScores::Percent(scores.xpos, scores.words), 94.0);
  EXPECT_GE(SyntaxScores::Percent(scores.lemma, scores.words), 96.0);
  EXPECT_GE(SyntaxScores::Percent(scores.uas, scores.words), 83.0);
  EXPECT_GE(SyntaxScores::Percent(scores.las, scores.words), 80.0);
}

TEST(ShippedModelsTest, ASentenceWithoutAFiniteVerbGetsOne) {
  auto tagger = Tagger::Load(kModels + "pos.model");
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  const auto tag_of = [&](const std::vector<std::string_view>& words, size_t i) {
    std::vector<int> tags;
    tagger->Tag(words, &tags);
    return tagger->upos_name(tags[i]) + "|" + tagger->xpos_name(tags[i]);
  };
  // A present tense after a plural, read as a noun or a base form by the greedy pass.
  EXPECT_EQ(tag_of({"Relatives", "of", "those", "killed", "by", "the", "British", "Army", "gather",
                    "to", "hear", "the", "results", "."},
                   8),
            "VERB|VBP");
  EXPECT_EQ(tag_of({"Turkish", "police", "arrest", "120", "suspects", "in", "a", "major",
                    "operation", "."},
                   2),
            "VERB|VBP");
  // A finite verb after "and" joins the one before it, which the greedy pass read as a noun.
  EXPECT_EQ(tag_of({"A", "drone", "attack", "on", "Kyiv", "kills", "two", "people", "and", "causes",
                    "fires", "."},
                   5),
            "VERB|VBZ");
  // "fire" before what is fired.
  EXPECT_EQ(
      tag_of({"Riot", "police", "fire", "tear", "gas", "at", "protesters", "in", "Nairobi", "."},
             2),
      "VERB|VBP");
  // A word the treebank has as a verb is repaired from further off, and from an adjective
  // or an adverb; one it has only as a noun is not.
  EXPECT_EQ(
      tag_of({"Georgian", "police", "arrest", "opposition", "leader", "Zurab", "Japaridze", "."},
             2),
      "VERB|VBP");
  EXPECT_EQ(
      tag_of({"Georgian", "police", "arrest", "opposition", "leader", "Zurab", "Japaridze", "."},
             4),
      "NOUN|NN");
  EXPECT_EQ(tag_of({"FARC", "dissidents", "open", "fire", "against", "a", "prison", "convoy", "in",
                    "Cauca", "."},
                   2),
            "VERB|VBP");
  EXPECT_EQ(tag_of({"Minister", "Gadi", "Eisenkot", "also", "resigns", "."}, 4), "VERB|VBZ");
  // A plural read as the only verb beside a verb read as a noun.
  EXPECT_EQ(tag_of({"Two", "Somali", "National", "Army", "airstrikes", "kill", "39", "alleged",
                    "militants", "in", "Afgooye", "."},
                   5),
            "VERB|VBP");
  EXPECT_EQ(tag_of({"The", "United", "States", "and", "United", "Kingdom", "launch", "airstrikes",
                    "against", "Houthi", "targets", "in", "Yemen", "."},
                   7),
            "NOUN|NNS");
  // A headline's participle stands for its verb: the noun after it stays a noun.
  EXPECT_EQ(tag_of({"Two", "civilians", "killed", "in", "Damascus", "of", "an", "Israeli",
                    "airstrike", "at", "a", "Syrian", "security", "forces", "compound", "."},
                   14),
            "NOUN|NN");
  // A past participle with an object, the treebank's verb, is the finite verb ("A man
  // stabbed three people"), also after an adverb.
  EXPECT_EQ(tag_of({"A", "man", "fatally", "stabbed", "three", "people", "in", "Nairobi", "."}, 3),
            "VERB|VBD");
  // A sentence with a finite verb keeps its nouns.
  EXPECT_EQ(tag_of({"The", "police", "said", "the", "arrest", "was", "lawful", "."}, 4), "NOUN|NN");
}

TEST(ShippedModelsTest, AClosedClassHoldsOnlyTheWordsTheTreebankHadInIt) {
  auto tagger = Tagger::Load(kModels + "pos.model");
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  const auto upos_of = [&](const std::vector<std::string_view>& words, size_t i) {
    std::vector<int> tags;
    tagger->Tag(words, &tags);
    return tagger->upos_name(tags[i]);
  };
  // "tear" (a verb in the treebank) is no conjunction, "accuse" no preposition.
  const std::string tear =
      upos_of({"Police", "use", "tear", "gas", "to", "disperse", "protesters", "."}, 2);
  EXPECT_NE(tear, "CCONJ");
  EXPECT_NE(tear, "SCONJ");
  EXPECT_EQ(upos_of({"Lithuanian", "prosecutors", "accuse", "Russia", "'s", "military",
                     "intelligence", "of", "orchestrating", "an", "arson", "attack", "."},
                    2),
            "VERB");
  // An unknown plural before "carry out" is its subject, not an auxiliary.
  EXPECT_EQ(upos_of({"Libyan", "National", "Army", "(", "LNA", ")", "warplanes", "carry", "out",
                     "airstrikes", "on", "the", "port", "city", "of", "Misrata", "."},
                    6),
            "NOUN");
  // Words the treebank had in a closed class keep it.
  EXPECT_EQ(upos_of({"He", "and", "she", "left", "before", "noon", "."}, 1), "CCONJ");
}

TEST(ShippedModelsTest, AGerundOpeningAHeadlineIsTheSubjectOfTheVerbAfterIt) {
  auto tagger = Tagger::Load(kModels + "pos.model");
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  const auto upos_of = [&](const std::vector<std::string_view>& words) {
    std::vector<int> tags;
    tagger->Tag(words, &tags);
    std::vector<std::string> out;
    for (const int t : tags) out.emplace_back(tagger->upos_name(t));
    return out;
  };
  // "Fighting breaks out", "Fighting erupts": read as a gerund and a plural noun, the
  // sentence had no verb.
  const auto breaks =
      upos_of({"Fighting", "breaks", "out", "between", "Azerbaijan", "and", "Armenia", "."});
  EXPECT_EQ(breaks[0], "NOUN");
  EXPECT_EQ(breaks[1], "VERB");
  const auto erupts =
      upos_of({"Fighting", "erupts", "between", "police", "and", "protesters", "."});
  EXPECT_EQ(erupts[0], "NOUN");
  EXPECT_EQ(erupts[1], "VERB");
  // A gerund before a finite verb is left alone.
  const auto kept = upos_of({"Fighting", "the", "fire", "took", "all", "night", "."});
  EXPECT_EQ(kept[0], "VERB");
}

TEST(ShippedModelsTest, AQuantifierFloatedAfterTheSubjectLeavesTheVerbFinite) {
  auto tagger = Tagger::Load(kModels + "pos.model");
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  // "each blamed" was a participle describing "each", and the sentence had no verb.
  const std::vector<std::string_view> words = {"Armenia",  "and", "Azerbaijan", "each",
                                               "blamed",   "the", "other",      "for",
                                               "starting", "the", "clashes",    "."};
  std::vector<int> tags;
  tagger->Tag(words, &tags);
  EXPECT_EQ(tagger->xpos_name(tags[4]), "VBD");
  // Also where a finite verb follows later in the sentence.
  const std::vector<std::string_view> longer = {
      "Armenia",  "and", "Azerbaijan", "each", "blamed", "the",   "other",  "for",
      "starting", "the", "clashes",    ",",    "in",     "which", "drones", "were",
      "reported", "to",  "be",         "in",   "use",    "."};
  tagger->Tag(longer, &tags);
  EXPECT_EQ(tagger->xpos_name(tags[4]), "VBD");
  // And a base form after "each" is the present tense.
  const std::vector<std::string_view> plain = {"Russia", "and",       "Ukraine", "each", "return",
                                               "90",     "prisoners", "of",      "war",  "."};
  tagger->Tag(plain, &tags);
  EXPECT_EQ(tagger->upos_name(tags[4]), "VERB");
  EXPECT_NE(tagger->xpos_name(tags[4]), "VB");
}

TEST(ShippedModelsTest, DamagedModelIsAnErrorNamingTheFile) {
  auto t = Tagger::Load(kModels + "no-such.model");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("no-such.model"), std::string::npos);
  auto p = Parser::Load(kModels + "pos.model");  // a tagger model is not a parser model
  EXPECT_FALSE(p.ok());
}

}  // namespace
}  // namespace dateline::syntax
