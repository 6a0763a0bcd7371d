#include "events/verb_patterns.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "doc/doc.h"
#include "events/doc_view.h"

namespace dateline::events {
namespace {

constexpr char kDictionary[] = R"(# a comment
&TIES
+TIES
+RELATIONS

---  RESTORE   [---]  ---
RESTORE
RENEW  # pas
- * {DIPLOMATIC &TIES}                                [050]         # RESTORE
- * ORDER                                             [050]         # RESTORE

---  SPEED   [---]  ---
SPEED {SPEEDING SPEEDS SPED }
+ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]
- * (TO BORDER)                                       [154:153]     # RUSH

---  CONDEMN   [111]  ---
CONDEMN
- * NOTHING                                           [010]         # a statement
)";

// A Doc whose tokens are the space-separated words of `text`, each tagged `upos`.
Doc Tokens(const std::string& text, Upos upos) {
  Doc doc;
  doc.body = text;
  uint32_t start = 0;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ' ') {
      if (i > start) {
        Token t;
        t.byte_start = t.cp_start = start;
        t.byte_end = t.cp_end = i;
        t.upos = upos;
        doc.tokens.push_back(t);
      }
      start = i + 1;
    }
  }
  doc.sentences.push_back({0, static_cast<uint32_t>(doc.tokens.size()), 0});
  return doc;
}

std::string CodeAt(const VerbPatterns& vp, const Doc& doc, uint32_t i) {
  const DocView v(doc);
  auto m = vp.Match(v, 0, v.size(), i);
  return m ? m->cameo + " " + m->type : "-";
}

// The patterns compiled from dictionary text and loaded back; none (with the failure
// reported) if either step fails.
std::optional<VerbPatterns> Compiled(const char* text) {
  auto tsv = CompileVerbPatterns(text, "verbs.txt");
  EXPECT_TRUE(tsv.ok()) << tsv.status().ToString();
  if (!tsv.ok()) return std::nullopt;
  auto vp = VerbPatterns::Parse(*tsv, "verbs.tsv");
  EXPECT_TRUE(vp.ok()) << vp.status().ToString();
  if (!vp.ok()) return std::nullopt;
  return std::move(*vp);
}

TEST(VerbPatternsTest, CompilesAndMatches) {
  const std::optional<VerbPatterns> vp = Compiled(kDictionary);
  ASSERT_TRUE(vp.has_value());
  // (The SPEED block's pattern once more for ASK_FOR, after its particle.)
  EXPECT_EQ(vp->pattern_count(), 6u);

  EXPECT_EQ(CodeAt(*vp, Tokens("Arnor restored diplomatic relations with Gondor", Upos::kVerb), 1),
            "050 SUPPORT");
  EXPECT_EQ(CodeAt(*vp, Tokens("Arnor renews full diplomatic ties", Upos::kVerb), 1),
            "050 SUPPORT");
  // No pattern and no code of its own: no event.
  EXPECT_EQ(CodeAt(*vp, Tokens("Arnor restored the bridge", Upos::kVerb), 1), "-");
  // The pattern must lie in the verb's clause.
  EXPECT_EQ(CodeAt(*vp, Tokens("Arnor restored , diplomatic ties", Upos::kVerb), 1), "-");
  // A statement pattern: no event, even for a verb with a code of its own.
  EXPECT_EQ(CodeAt(*vp, Tokens("Gondor condemned nothing", Upos::kVerb), 1), "-");
  // Irregular and regular forms; the first code of "[154:153]".
  EXPECT_EQ(CodeAt(*vp, Tokens("troops sped to the border", Upos::kVerb), 1), "154 MOBILIZE");
  EXPECT_EQ(CodeAt(*vp, Tokens("they asked for help", Upos::kVerb), 1), "020 REQUEST");
  EXPECT_EQ(CodeAt(*vp, Tokens("Gondor condemned Mordor", Upos::kVerb), 1), "111 ACCUSE");
  EXPECT_EQ(CodeAt(*vp, Tokens("Gondor condemning Mordor", Upos::kVerb), 1), "111 ACCUSE");
  // Only tokens tagged as verbs.
  EXPECT_EQ(CodeAt(*vp, Tokens("Gondor condemned Mordor", Upos::kNoun), 1), "-");
  EXPECT_EQ(CodeAt(*vp, Tokens("Gondor condemned Mordor", Upos::kNone), 1), "-");
}

TEST(VerbPatternsTest, AParticlePatternBelongsToTheVerbItsCommentNames) {
  constexpr char kBlock[] = R"(---  GO   [---]  ---
GO {GOES WENT GONE GOING}
CONDUCT
- * FOR                                               [042]         # GO
- * FOR TALKS                                         [046]         # GO
)";
  const std::optional<VerbPatterns> vp = Compiled(kBlock);
  ASSERT_TRUE(vp.has_value());
  EXPECT_EQ(CodeAt(*vp, Tokens("Lavrov went for a visit", Upos::kVerb), 1), "042 CONSULT");
  // "for" alone is GO's, not CONDUCT's; a pattern with a content word is the block's.
  EXPECT_EQ(CodeAt(*vp, Tokens("they conduct a swap for soldiers", Upos::kVerb), 1), "-");
  EXPECT_EQ(CodeAt(*vp, Tokens("they conduct a meeting for talks", Upos::kVerb), 1), "046 CONSULT");
  // Compiled files of the earlier format (six fields a pattern) still load.
  EXPECT_TRUE(VerbPatterns::Parse("P\t0\t042\tCONSULT\t\tfor\n", "old.tsv").ok());
}

TEST(VerbPatternsTest, APhrasalVerbTakesItsBlocksPatternsAfterItsParticle) {
  constexpr char kBlock[] = R"(---  CANCEL   [---]  ---
+CALL_OFF [160]
HALT
- * STRIKE                                            [087]
)";
  const std::optional<VerbPatterns> vp = Compiled(kBlock);
  ASSERT_TRUE(vp.has_value());
  EXPECT_EQ(CodeAt(*vp, Tokens("unions called off the strike", Upos::kVerb), 1), "087 RETREAT");
  EXPECT_EQ(CodeAt(*vp, Tokens("unions called off the talks", Upos::kVerb), 1), "160 SANCTION");
  EXPECT_EQ(CodeAt(*vp, Tokens("unions halted the strike", Upos::kVerb), 1), "087 RETREAT");
  // Without its particle the phrasal verb is no verb of the block.
  EXPECT_EQ(CodeAt(*vp, Tokens("unions called a strike", Upos::kVerb), 1), "-");
}

TEST(VerbPatternsTest, ANullPatternCodesNoEvent) {
  constexpr char kBlock[] = R"(---  RELEASE   [080]  ---
RELEASE [084]
- * REPORT                                            [---]         # RELEASE
- * PRISONERS                                         [0841]        # RELEASE
)";
  const std::optional<VerbPatterns> vp = Compiled(kBlock);
  ASSERT_TRUE(vp.has_value());
  EXPECT_EQ(vp->pattern_count(), 2u);
  EXPECT_EQ(CodeAt(*vp, Tokens("Gondor releases a preliminary report", Upos::kVerb), 1), "-");
  EXPECT_EQ(CodeAt(*vp, Tokens("Gondor releases its reports", Upos::kVerb), 1), "-");
  EXPECT_EQ(CodeAt(*vp, Tokens("Gondor releases prisoners", Upos::kVerb), 1), "0841 RETREAT");
  // With neither, the verb's own code.
  EXPECT_EQ(CodeAt(*vp, Tokens("Gondor releases the ship", Upos::kVerb), 1), "084 RETREAT");
  // A "---" in the code column loads only as a null pattern.
  EXPECT_TRUE(VerbPatterns::Parse("P\t0\t---\t-\t\treport\t-\n", "n.tsv").ok());
  EXPECT_FALSE(VerbPatterns::Parse("P\t0\t---\tRETREAT\t\treport\t-\n", "n.tsv").ok());
}

TEST(VerbPatternsTest, TheAdditionsUseTheDictionarysSynonymSets) {
  // The additions are compiled first, yet their "&TIES" is the dictionary's set.
  constexpr char kAdditions[] = R"(---  RENEW   [---]  ---
RENEW
- * &TIES                                             [050]
)";
  auto tsv = CompileVerbPatterns(kDictionary, "CAMEO.txt", kAdditions, "verbs.txt");
  ASSERT_TRUE(tsv.ok()) << tsv.status().ToString();
  auto vp = VerbPatterns::Parse(*tsv, "verbs.tsv");
  ASSERT_TRUE(vp.ok()) << vp.status().ToString();
  EXPECT_EQ(CodeAt(*vp, Tokens("Arnor renews relations", Upos::kVerb), 1), "050 SUPPORT");
  // The additions replace the dictionary's "renew" ("order" was restored order).
  EXPECT_EQ(CodeAt(*vp, Tokens("Arnor renews order", Upos::kVerb), 1), "-");
}

TEST(VerbPatternsTest, OnBeforeADateIsNoParticle) {
  constexpr char kOn[] = R"(---  CALL   [---]  ---
+CALL_ON [020]
)";
  const std::optional<VerbPatterns> on = Compiled(kOn);
  ASSERT_TRUE(on.has_value());
  EXPECT_EQ(CodeAt(*on, Tokens("Gondor called on Arnor", Upos::kVerb), 1), "020 REQUEST");
  Doc dated = Tokens("Gondor called Arnor on Tuesday", Upos::kVerb);
  EXPECT_EQ(CodeAt(*on, dated, 1), "020 REQUEST");  // no date known: "on" is a particle
  Timex day;
  day.token_begin = 4;
  day.token_end = 5;
  dated.timexes.push_back(day);
  EXPECT_EQ(CodeAt(*on, dated, 1), "-");
}

TEST(VerbPatternsTest, PloverTypes) {
  EXPECT_EQ(PloverTypeOfCameo("0256"), "REQUEST");
  EXPECT_EQ(PloverTypeOfCameo("1056"), "REQUEST");
  EXPECT_EQ(PloverTypeOfCameo("036"), "AGREE");
  EXPECT_EQ(PloverTypeOfCameo("0841"), "RETREAT");
  EXPECT_EQ(PloverTypeOfCameo("081"), "CONCEDE");
  EXPECT_EQ(PloverTypeOfCameo("0871"), "RETREAT");
  EXPECT_EQ(PloverTypeOfCameo("085"), "RETREAT");
  EXPECT_EQ(PloverTypeOfCameo("160"), "SANCTION");
  // Codes the CAMEO-to-PLOVER table types apart from their root.
  EXPECT_EQ(PloverTypeOfCameo("163"), "COERCE");
  EXPECT_EQ(PloverTypeOfCameo("192"), "COERCE");
  EXPECT_EQ(PloverTypeOfCameo("1712"), "ASSAULT");
  EXPECT_EQ(PloverTypeOfCameo("175"), "ASSAULT");
  EXPECT_EQ(PloverTypeOfCameo("195"), "ASSAULT");
  EXPECT_EQ(PloverTypeOfCameo("010"), "");
  EXPECT_EQ(PloverTypeOfCameo("---"), "");
}

TEST(VerbPatternsTest, ErrorsNameFileAndLine) {
  auto bad = CompileVerbPatterns("---  X   [---]  ---\nX\n- * Y\n", "v.txt");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("v.txt:3"), std::string::npos);
  auto corrupt = VerbPatterns::Parse("F\tx\t0\n", "c.tsv");
  ASSERT_FALSE(corrupt.ok());
  EXPECT_NE(corrupt.status().message().find("c.tsv:1"), std::string::npos);
  EXPECT_FALSE(VerbPatterns::Load("/nonexistent/verbs.tsv").ok());
}

}  // namespace
}  // namespace dateline::events
