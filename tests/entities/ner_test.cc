// The statistical entity recognizer: IOB reading, conlleval scoring, the shipped model's
// floor on the UNER English-EWT test split, training, and the pipeline stage.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "entities/ner.h"
#include "entities/ner_component.h"
#include "entities/ner_gazetteer.h"
#include "entities/ner_iob.h"
#include "entities/ner_scores.h"
#include "entities/ner_trainer.h"
#include "learn/hash.h"
#include "learn/label_set.h"
#include "syntax/syntax_component.h"
#include "syntax/tagger.h"
#include "temp_dir.h"
#include "text/text_component.h"

namespace dateline::entities {
namespace {

const std::string kModels = std::string(DATELINE_SOURCE_DIR) + "/models/";

TEST(NerScoresTest, ChunksFollowConlleval) {
  const std::vector<std::string> tags = {"B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "O"};
  const std::vector<Chunk> c = Chunks(tags);
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].type, "PER");
  EXPECT_EQ(c[0].end, 2u);
  EXPECT_EQ(c[1].begin, 3u);  // I- after O starts a chunk
  EXPECT_EQ(c[2].begin, 4u);
  EXPECT_EQ(c[3].type, "ORG");  // I- of another type starts a chunk
}

TEST(NerScoresTest, ExactBoundariesAndTypes) {
  NerScores s;
  s.Add({"B-PER", "I-PER", "O", "B-LOC"}, {"B-PER", "O", "O", "B-LOC"});
  EXPECT_NEAR(s.Overall().precision, 50.0, 1e-9);
  EXPECT_NEAR(s.Overall().recall, 50.0, 1e-9);
  EXPECT_NEAR(s.ForType("LOC").f1, 100.0, 1e-9);
  EXPECT_NEAR(s.ForType("PER").f1, 0.0, 1e-9);
}

TEST(NerIobTest, ReadsBothLayoutsAndWritesThemBack) {
  const auto dir = std::filesystem::temp_directory_path();
  const std::string tabs =
      (dir / ("dateline_ner_tabs_" + std::to_string(getpid()) + ".iob2")).string();
  const std::string spaces =
      (dir / ("dateline_ner_spaces_" + std::to_string(getpid()) + ".conll")).string();
  {
    std::ofstream(tabs)
        << "# sent_id = 1\n1\tPutin\tB-PER\t-\tx\n2\tvisited\tO\n3\tAnkara\tB-LOC\n\n";
    std::ofstream(spaces) << "-DOCSTART- O\n\nThe O\nUnited I-ORG\nNations I-ORG\nmet O\nin O\n"
                             "Rome I-LOC\n. O\nBritish I-MISC\n";
  }
  auto a = ReadIob(tabs);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_EQ(a->size(), 1u);
  EXPECT_EQ((*a)[0].tags, (std::vector<std::string>{"B-PER", "O", "B-LOC"}));
  EXPECT_EQ(FormatIob((*a)[0], {"O", "O", "B-ORG"}),
            "# sent_id = 1\n1\tPutin\tO\t-\tx\n2\tvisited\tO\n3\tAnkara\tB-ORG\n\n");
  auto b = ReadIob(spaces);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  ASSERT_EQ(b->size(), 1u);
  EXPECT_EQ((*b)[0].tags,
            (std::vector<std::string>{"O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O", "O"}));
  EXPECT_FALSE(ReadIob((dir / "dateline-no-such.iob2").string()).ok());
  std::filesystem::remove(tabs);
  std::filesystem::remove(spaces);
}

TEST(NerDecodeTest, ViterbiNeverContinuesAnEntityThatWasNotBegun) {
  for (bool bilou : {false, true}) {
    learn::LabelSet labels;
    for (const char* t : {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}) labels.Add(t);
    if (bilou) {
      for (const char* t : {"L-PER", "U-PER", "L-ORG", "U-ORG", "L-LOC", "U-LOC"}) labels.Add(t);
    }
    const int L = labels.size();
    const std::vector<bool> allowed = NerTagger::Transitions(labels);
    // A scorer that prefers I-ORG everywhere (then I-PER): unconstrained, every word
    // would continue an entity that never began.
    auto score = [&](std::span<const uint64_t>, float* s) {
      for (int c = 0; c < L; ++c) s[c] = 0;
      s[labels.Find("I-ORG")] = 5;
      s[labels.Find("I-PER")] = 3;
    };
    std::vector<syntax::WordInfo> words(6);
    for (syntax::WordInfo& w : words) syntax::DescribeWord("word", &w);
    std::vector<int> ids;
    NerTagger::Decode(score, allowed, L, words, {}, &ids);
    ASSERT_EQ(ids.size(), words.size());
    std::vector<std::string> bio;
    for (int id : ids) bio.push_back(NerTagger::ToBio(labels.Name(id)));
    for (size_t i = 0; i < bio.size(); ++i) {
      if (bio[i][0] != 'I') continue;
      ASSERT_GT(i, 0u) << "I- at the start";
      EXPECT_NE(bio[i - 1], "O") << "I- after O at " << i;
      EXPECT_EQ(bio[i - 1].substr(2), bio[i].substr(2)) << "I- of another type at " << i;
    }
    if (bilou) {
      // BILOU: the last word cannot leave an entity open.
      const std::string& last = labels.Name(ids.back());
      EXPECT_TRUE(last[0] != 'B' && last[0] != 'I') << last;
    }
  }
}

TEST(NerDecodeTest, BilouRoundTripsToIob2) {
  const std::vector<std::string> bio = {"B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"};
  const std::vector<std::string> bilou = NerTagger::ToBilou(bio);
  EXPECT_EQ(bilou,
            (std::vector<std::string>{"B-PER", "I-PER", "L-PER", "O", "U-LOC", "B-LOC", "L-LOC"}));
  std::vector<std::string> back;
  for (const std::string& t : bilou) back.push_back(NerTagger::ToBio(t));
  EXPECT_EQ(back, bio);
}

// Describes the words of a small document, one vector per sentence.
struct TestDoc {
  std::vector<std::vector<syntax::WordInfo>> words;
  std::vector<std::vector<NerWordContext>> ctx;
  std::vector<NerDocSentence> view;

  explicit TestDoc(const std::vector<std::vector<std::string>>& sentences) {
    for (const auto& s : sentences) {
      words.emplace_back(s.size());
      for (size_t i = 0; i < s.size(); ++i) syntax::DescribeWord(s[i], &words.back()[i]);
      ctx.emplace_back(s.size());
    }
    for (size_t k = 0; k < words.size(); ++k) view.push_back({words[k], ctx[k], {}});
  }
};

TEST(NerDocumentTest, WordsTakeTheEvidenceOfTheirOtherOccurrences) {
  TestDoc d({{"we", "ate", "at", "taco", "bell"}, {"The", "Taco", "Bell", "on", "Main", "St"}});
  AddNerDocumentEvidence(d.view, false);
  // Lowercase here, capitalized mid-sentence there, and the other way round.
  EXPECT_EQ(d.ctx[0][3].doc, kDocCapitalized);
  EXPECT_EQ(d.ctx[0][4].doc, kDocCapitalized);
  EXPECT_EQ(d.ctx[1][1].doc, kDocLowercase);
  // "The" is capitalized only because it begins its sentence; "we" occurs once.
  EXPECT_EQ(d.ctx[0][0].doc, 0u);
  EXPECT_EQ(d.ctx[1][0].doc, 0u);
  EXPECT_EQ(d.ctx[1][4].doc, 0u);

  // Label history: a word takes the types of its other occurrences, not its own.
  const std::vector<uint32_t> t0 = {0, 0, 0, kDocOrg, kDocOrg};
  const std::vector<uint32_t> t1 = {0, 0, 0, 0, kDocLoc, kDocLoc};
  d.view[0].types = t0;
  d.view[1].types = t1;
  AddNerDocumentEvidence(d.view, true);
  EXPECT_EQ(d.ctx[0][3].doc, kDocCapitalized);  // the surface bits stay
  EXPECT_EQ(d.ctx[1][1].doc, kDocLowercase | kDocOrg);
  EXPECT_EQ(d.ctx[1][2].doc & kDocOrg, kDocOrg);
  EXPECT_EQ(d.ctx[1][4].doc, 0u);
}

TEST(NerDocumentTest, SecondPassChangesADecisionFromTheLabelHistory) {
  learn::LabelSet labels;
  for (const char* t : {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "L-PER", "U-PER",
                        "L-ORG", "U-ORG", "L-LOC", "U-LOC"}) {
    labels.Add(t);
  }
  const int L = labels.size();
  const int org = labels.Find("U-ORG");
  const std::vector<bool> allowed = NerTagger::Transitions(labels);
  const std::vector<uint32_t> types = NerTagger::LabelTypes(labels);
  TestDoc d({{"Acme", "sells", "tools"}, {"we", "love", "acme"}});
  // Features only the first word of the first sentence has; and those "acme" in the
  // second sentence gains from an ORG history.
  std::vector<uint64_t> first_word, rest, with, without;
  NerEmissionFeatures(d.words[0], d.ctx[0], false, 0, &first_word);
  for (size_t k = 0; k < 2; ++k) {
    for (size_t i = k == 0 ? 1 : 0; i < 3; ++i)
      NerEmissionFeatures(d.words[k], d.ctx[k], false, i, &rest);
  }
  NerEmissionFeatures(d.words[1], d.ctx[1], false, 2, &without);
  d.ctx[1][2].doc = kDocOrg;
  NerEmissionFeatures(d.words[1], d.ctx[1], false, 2, &with);
  d.ctx[1][2].doc = 0;
  auto has_any = [](std::span<const uint64_t> f, const std::vector<uint64_t>& keys,
                    const std::vector<uint64_t>& except) {
    for (uint64_t k : keys) {
      if (std::find(except.begin(), except.end(), k) != except.end()) continue;
      if (std::find(f.begin(), f.end(), k) != f.end()) return true;
    }
    return false;
  };
  auto first = [&](std::span<const uint64_t> f, float* s) {
    for (int c = 0; c < L; ++c) s[c] = 0;
    s[0] = 1;
    if (has_any(f, first_word, rest)) s[org] = 3;
  };
  auto second = [&](std::span<const uint64_t> f, float* s) {
    first(f, s);
    if (has_any(f, with, without)) s[org] = 3;
  };
  std::vector<std::vector<int>> ids;
  NerTagger::DecodeDocument(first, static_cast<const decltype(first)*>(nullptr), allowed, L, types,
                            d.view, &ids);
  EXPECT_EQ(ids, (std::vector<std::vector<int>>{{org, 0, 0}, {0, 0, 0}}));
  NerTagger::DecodeDocument(first, &second, allowed, L, types, d.view, &ids);
  EXPECT_EQ(ids, (std::vector<std::vector<int>>{{org, 0, 0}, {0, 0, org}}));
  // The history is the first pass's: a second call starts from clean contexts.
  EXPECT_EQ(d.ctx[1][2].doc & kDocOrg, kDocOrg);
  NerTagger::DecodeDocument(first, static_cast<const decltype(first)*>(nullptr), allowed, L, types,
                            d.view, &ids);
  EXPECT_EQ(ids[1][2], 0);
}

TEST(NerGazetteerTest, MarksTheLongestKnownName) {
  const NerGazetteer g = NerGazetteer::FromNameTables();
  ASSERT_TRUE(g.has_phrases());
  std::vector<std::string_view> words = {"talks", "in", "the", "United", "States", "and", "france"};
  std::vector<uint32_t> marks;
  g.Mark(words, &marks);
  ASSERT_EQ(marks.size(), words.size());
  EXPECT_EQ(marks[0], 0u);
  EXPECT_EQ(marks[3] & kPhrasePlace, static_cast<uint32_t>(kPhrasePlace));
  EXPECT_EQ(marks[3] & ~kPhraseKinds, static_cast<uint32_t>(kPhraseBegin));
  EXPECT_EQ(marks[4] & ~kPhraseKinds, static_cast<uint32_t>(kPhraseLast));
  EXPECT_EQ(marks[6] & ~kPhraseKinds, static_cast<uint32_t>(kPhraseSingle));  // any case
  EXPECT_EQ(marks[5], 0u);
  // Word bits survive a round trip through the model section.
  auto parsed = NerGazetteer::Parse(g.Serialize(), "test");
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(parsed->Bits(learn::HashString("france")), g.Bits(learn::HashString("france")));
  EXPECT_NE(g.Bits(learn::HashString("france")) & kGazCountry, 0u);
  EXPECT_TRUE(parsed->has_phrases());
}

TEST(NerGazetteerTest, ReadsAnOrganizationList) {
  testing::TempDir dir;
  const std::string list =
      dir.Write("orgs.txt", "# companies\nGoldman Sachs|Goldman\n\nTaco Bell\n");
  auto g = NerGazetteer::Build("", "", list);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  std::vector<std::string_view> words = {"he", "left", "goldman", "sachs", "for", "Taco", "Bell"};
  std::vector<uint32_t> marks;
  g->Mark(words, &marks);
  EXPECT_EQ(marks[1], 0u);
  EXPECT_EQ(marks[2], uint32_t{kPhraseOrganization} | uint32_t{kPhraseBegin});
  EXPECT_EQ(marks[3], uint32_t{kPhraseOrganization} | uint32_t{kPhraseLast});
  EXPECT_EQ(marks[6] & kPhraseOrganization, static_cast<uint32_t>(kPhraseOrganization));
  EXPECT_NE(g->Bits(learn::HashString("sachs")) & kGazOrganization, 0u);
  auto missing = NerGazetteer::Build("", "", dir.File("none.txt"));
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("none.txt"), std::string::npos);
}

// Writes IOB2 sentences "<name> said on Monday ." with each name tagged as a person.
void WriteSaidSentences(const std::string& path, std::initializer_list<const char*> names) {
  std::ofstream out(path);
  for (const char* name : names) {
    out << name << "\tB-PER\nsaid\tO\non\tO\nMonday\tO\n.\tO\n\n";
    out << "We\tO\nmet\tO\nthem\tO\n.\tO\n\n";
  }
}

NerTrainOptions TinyOptions(const testing::TempDir& dir) {
  NerTrainOptions o;
  o.train_path = dir.File("train.iob2");
  o.dev_path = dir.File("dev.iob2");
  o.out_path = dir.File("ner.model");
  o.epochs = 3;
  o.ensemble = 1;
  o.gazetteer = false;
  o.history = false;
  return o;
}

TEST(NerTrainerTest, TrainingOnTheDevSplitNeedsFixedEpochs) {
  testing::TempDir dir;
  WriteSaidSentences(dir.File("train.iob2"), {"Anna", "Boris"});
  WriteSaidSentences(dir.File("dev.iob2"), {"Zorblax"});
  NerTrainOptions o = TinyOptions(dir);
  o.with_dev = true;
  const Status st = TrainNer(o, [](const std::string&) {});
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("fixed number of epochs"), std::string::npos);
}

TEST(NerTrainerTest, AFinalModelLearnsTheDevSentencesToo) {
  testing::TempDir dir;
  WriteSaidSentences(dir.File("train.iob2"), {"Anna", "Boris", "Carla", "Dmitri"});
  {
    std::ofstream dev(dir.File("dev.iob2"));
    for (int k = 0; k < 3; ++k) dev << "We\tO\nmet\tO\nzorblax\tB-PER\n.\tO\n\n";
  }
  std::vector<std::string_view> words = {"We", "met", "zorblax", "."};
  std::vector<std::string> tags;
  for (const bool with_dev : {false, true}) {
    NerTrainOptions o = TinyOptions(dir);
    o.fixed_epochs = true;
    o.with_dev = with_dev;
    ASSERT_TRUE(TrainNer(o, [](const std::string&) {}).ok());
    auto ner = NerTagger::Load(o.out_path);
    ASSERT_TRUE(ner.ok()) << ner.status().ToString();
    ner->TagBio(words, {}, &tags);
    // Where training had only "them", a lowercase word is no name; learned from the dev
    // split, it is.
    EXPECT_EQ(tags[2], with_dev ? "B-PER" : "O") << "with_dev " << with_dev;
  }
}

TEST(NerModelTest, ShippedModelReachesItsFloorOnTest) {
  // The shipped model is trained on the train and dev splits (`--with-dev`).
  const std::string test = std::string(DATELINE_SHARED_DIR) + "/data/ner/uner-ewt/test.iob2";
  if (!std::filesystem::exists(test)) GTEST_SKIP() << "no " << test;
  auto ner = NerTagger::Load(kModels + "ner.model");
  ASSERT_TRUE(ner.ok()) << ner.status().ToString();
  auto tagger = syntax::Tagger::Load(kModels + "pos.model");
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  auto gold = ReadIob(test);
  ASSERT_TRUE(gold.ok());
  NerScores scores;
  std::vector<std::string_view> forms;
  std::vector<int> tags;
  std::vector<Upos> upos;
  std::vector<std::string> pred;
  for (const IobSentence& s : *gold) {
    forms.assign(s.words.begin(), s.words.end());
    tagger->Tag(forms, &tags);
    upos.clear();
    for (int t : tags) upos.push_back(tagger->upos(t));
    ner->TagBio(forms, upos, &pred);
    scores.Add(s.tags, pred);
  }
  EXPECT_GE(scores.Overall().f1, 76.0);
  EXPECT_GE(scores.ForType("PER").f1, 80.0);
  EXPECT_GE(scores.ForType("LOC").f1, 78.0);
}

TEST(NerModelTest, HeadlinesInCapitalsKeepTheirNames) {
  auto ner = NerTagger::Load(kModels + "ner.model");
  ASSERT_TRUE(ner.ok()) << ner.status().ToString();
  auto tagger = syntax::Tagger::Load(kModels + "pos.model");
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  for (std::vector<std::string_view> words :
       {std::vector<std::string_view>{"PUTIN", "MEETS", "ERDOGAN", "IN", "MOSCOW"},
        std::vector<std::string_view>{"Putin", "Meets", "Erdogan", "in", "Moscow"}}) {
    std::vector<int> tags;
    tagger->Tag(words, &tags);
    std::vector<Upos> upos;
    for (int t : tags) upos.push_back(tagger->upos(t));
    std::vector<std::string> pred;
    ner->TagBio(words, upos, &pred);
    EXPECT_EQ(pred, (std::vector<std::string>{"B-PER", "O", "B-PER", "O", "B-LOC"})) << words[0];
  }
  // A headline in capitals with names of several words, decoded without tags.
  std::vector<std::string_view> headline = {"PROTESTS", "SPREAD", "ACROSS", "SOUTH",
                                            "AFRICA",   "AS",     "CYRIL",  "RAMAPHOSA",
                                            "FLIES",    "TO",     "NEW",    "YORK"};
  std::vector<std::string> pred;
  ner->TagBio(headline, {}, &pred);
  EXPECT_EQ(pred, (std::vector<std::string>{"O", "O", "O", "B-LOC", "I-LOC", "O", "B-PER", "I-PER",
                                            "O", "O", "B-LOC", "I-LOC"}));
}

TEST(NerComponentTest, AddsNamesAfterTheSyntaxStage) {
  SyntaxOptions so;
  so.pos_model = kModels + "pos.model";
  so.parse = false;
  auto syntax = NewSyntaxComponent(so);
  ASSERT_TRUE(syntax.ok()) << syntax.status().ToString();
  NerOptions no;
  no.model = kModels + "ner.model";
  auto ner = NewNerComponent(no);
  ASSERT_TRUE(ner.ok()) << ner.status().ToString();
  Doc doc;
  doc.body =
      "John Smith, a spokesman for Microsoft, said on Monday that the talks in Geneva failed.";
  ASSERT_TRUE(NewTextComponent()->Process(&doc).ok());
  ASSERT_TRUE((*syntax)->Process(&doc).ok());
  ASSERT_TRUE((*ner)->Process(&doc).ok());
  bool person = false;
  for (const Entity& e : doc.entities) {
    if (e.label == "PER" && doc.SpanText(e.token_begin, e.token_end) == "John Smith") person = true;
  }
  EXPECT_TRUE(person);
  NerOptions bad;
  bad.model = kModels + "missing-ner.model";
  auto missing = NewNerComponent(bad);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("missing-ner.model"), std::string::npos);
}

}  // namespace
}  // namespace dateline::entities
