#include "text/text_component.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/utf8.h"

namespace dateline {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The body of a seed-format article: the text after " date YYYY-MM-DD ".
std::string SeedBody() {
  const std::string text =
      ReadFile(std::string(DATELINE_SHARED_DIR) + "/seed/000_b02f48862c04265b.txt");
  const size_t date = text.find("date ");
  if (date == std::string::npos) return "";
  size_t p = date + 5 + 10;
  while (p < text.size() && (text[p] == ' ' || text[p] == '\n')) ++p;
  return text.substr(p);
}

TEST(TextComponent, Name) { EXPECT_EQ(NewTextComponent()->name(), "text"); }

TEST(TextComponent, ClearsAndFillsLayers) {
  Doc doc;
  doc.body = "Mr. Putin spoke. Azerbaijan's army advanced.";
  doc.tokens.resize(3);
  doc.sentences.resize(7);
  const auto text = NewTextComponent();
  ASSERT_TRUE(text->Process(&doc).ok());
  EXPECT_EQ(doc.tokens.size(), 9u);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.SentenceText(0), "Mr. Putin spoke.");
  EXPECT_EQ(doc.SentenceText(1), "Azerbaijan's army advanced.");
  EXPECT_EQ(doc.TokenText(5), "'s");
  // Idempotent.
  ASSERT_TRUE(text->Process(&doc).ok());
  EXPECT_EQ(doc.tokens.size(), 9u);
  EXPECT_EQ(doc.sentences.size(), 2u);
}

TEST(TextComponent, EmptyBody) {
  Doc doc;
  ASSERT_TRUE(NewTextComponent()->Process(&doc).ok());
  EXPECT_TRUE(doc.tokens.empty());
  EXPECT_TRUE(doc.sentences.empty());
}

TEST(TextComponent, SeedArticleSplitsIntoItsNaturalSentences) {
  Doc doc;
  doc.body = SeedBody();
  ASSERT_FALSE(doc.body.empty());
  ASSERT_TRUE(NewTextComponent()->Process(&doc).ok());
  struct Expected {
    const char* begins;
    const char* ends;
    uint32_t paragraph;
  };
  const Expected expected[] = {
      {"The Nagorno-Karabakh region saw", "sparking the hostilities.", 0},
      {"The military actions", "resumption of negotiations.", 0},
      {"Russian President Vladimir Putin", "the Kremlin said.", 1},
      {"\"After a series", "the statement said.", 2},
      {"The Russian president invited", "Moscow for negotiations.", 3},
      {"\"The foreign ministers", "the statement added.", 4},
      {"The statement followed", "without preconditions.", 5},
      {"Calls to end hostilities", "the UN and the US.", 6},
      {"Turkey expressed its support", "Turkey has denied.", 6},
      {"The Nagorno-Karabakh region saw", "military hostilities.", 7},
      {"According to the Third Secretary", "in the conflict.", 7},
      {"Nagorno-Karabakh Ombudsman", "hostilities broke out.", 7},
      {"Among the injured civilians", "Ghazanchetsots church.", 8},
      {"Doctors are said", "according to reports.", 8},
      {"According to Armenian Foreign Ministry", "one local guide.", 9},
  };
  ASSERT_EQ(doc.sentences.size(), std::size(expected));
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const std::string_view s = doc.SentenceText(static_cast<uint32_t>(i));
    EXPECT_TRUE(s.starts_with(expected[i].begins)) << i << ": " << s;
    EXPECT_TRUE(s.ends_with(expected[i].ends)) << i << ": " << s;
    EXPECT_EQ(doc.sentences[i].paragraph, expected[i].paragraph) << i;
  }
  // Code-point offsets are what users see: check them against the body.
  for (const Token& t : doc.tokens) {
    ASSERT_EQ(t.cp_start,
              utf8::CountCodePoints(std::string_view(doc.body).substr(0, t.byte_start)));
  }
}

}  // namespace
}  // namespace dateline
