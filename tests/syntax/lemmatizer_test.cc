#include "syntax/lemmatizer.h"

#include <gtest/gtest.h>

#include "syntax/lemmatizer_trainer.h"

namespace dateline::syntax {
namespace {

std::string Lemma(const Lemmatizer& l, std::string_view form, Upos upos) {
  std::string out;
  l.Lemmatize(form, upos, &out);
  return out;
}

TEST(LemmatizerTest, LearnsWordsAndSuffixRules) {
  LemmatizerTrainer t;
  t.Add("running", Upos::kVerb, "run");
  t.Add("walked", Upos::kVerb, "walk");
  t.Add("talked", Upos::kVerb, "talk");
  t.Add("jumped", Upos::kVerb, "jump");
  t.Add("cities", Upos::kNoun, "city");
  t.Add("parties", Upos::kNoun, "party");
  t.Add("The", Upos::kDet, "the");
  t.Add("mice", Upos::kNoun, "mouse");
  t.Add("Moscow", Upos::kPropn, "Moscow");
  auto l = Lemmatizer::Parse(t.Finish().Serialize(), "ctx");
  ASSERT_TRUE(l.ok());
  EXPECT_EQ(Lemma(*l, "running", Upos::kVerb), "run");
  EXPECT_EQ(Lemma(*l, "mice", Upos::kNoun), "mouse");
  EXPECT_EQ(Lemma(*l, "The", Upos::kDet), "the");
  EXPECT_EQ(Lemma(*l, "THE", Upos::kDet), "the");
  EXPECT_EQ(Lemma(*l, "shelled", Upos::kVerb), "shell");        // unknown: suffix "ed"
  EXPECT_EQ(Lemma(*l, "militaries", Upos::kNoun), "military");  // unknown: suffix "ies"
  EXPECT_EQ(Lemma(*l, "Sides", Upos::kNoun), "sides");          // unknown, no rule: lowercase
  EXPECT_EQ(Lemma(*l, "Yerevan", Upos::kPropn), "Yerevan");
}

}  // namespace
}  // namespace dateline::syntax
