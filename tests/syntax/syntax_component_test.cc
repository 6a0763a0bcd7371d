#include "syntax/syntax_component.h"

#include <gtest/gtest.h>

#include "text/text_component.h"

namespace dateline {
namespace {

TEST(SyntaxComponentTest, TagsLemmatizesAndParsesNews) {
  SyntaxOptions o;
  o.pos_model = std::string(DATELINE_SOURCE_DIR) + "/models/pos.model";
  o.parse_model = std::string(DATELINE_SOURCE_DIR) + "/models/parse.model";
  auto syntax = NewSyntaxComponent(o);
  ASSERT_TRUE(syntax.ok()) << syntax.status().ToString();
  Doc doc;
  doc.body = "The army killed three civilians in Kharkiv on Monday.\n\nTalks resumed.";
  ASSERT_TRUE(NewTextComponent()->Process(&doc).ok());
  ASSERT_TRUE((*syntax)->Process(&doc).ok());
  ASSERT_EQ(doc.tokens.size(), 13u);
  EXPECT_EQ(doc.tokens[2].upos, Upos::kVerb);
  EXPECT_EQ(XposName(doc.tokens[2].xpos), "VBD");
  EXPECT_EQ(doc.Lemma(2), "kill");
  EXPECT_EQ(doc.Lemma(1), "army");
  EXPECT_EQ(doc.tokens[2].head, -1);  // the root
  EXPECT_EQ(DeprelName(doc.tokens[2].deprel), "root");
  EXPECT_EQ(doc.tokens[1].head, 2);  // army <- killed
  EXPECT_EQ(DeprelName(doc.tokens[1].deprel), "nsubj");
  EXPECT_EQ(doc.tokens[4].head, 2);  // civilians <- killed
  EXPECT_EQ(DeprelName(doc.tokens[4].deprel), "obj");
  EXPECT_EQ(doc.Lemma(11), "resume");
  // Heads stay inside their sentence.
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      const int32_t h = doc.tokens[i].head;
      EXPECT_TRUE(h == -1 || (h >= static_cast<int32_t>(s.token_begin) &&
                              h < static_cast<int32_t>(s.token_end)));
    }
  }
}

}  // namespace
}  // namespace dateline
