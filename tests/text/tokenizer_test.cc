#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "text_test_util.h"

namespace dateline {
namespace {

using testing_util::TokenTexts;

// Tokens of `input` joined by single spaces (no token contains a space).
std::string Joined(std::string_view input) {
  std::string out;
  for (const std::string& t : TokenTexts(input)) {
    if (!out.empty()) out += ' ';
    out += t;
  }
  return out;
}

struct TokenCase {
  const char* input;
  const char* expected;  // tokens separated by one space
};

class TokenizerTable : public ::testing::TestWithParam<TokenCase> {};

TEST_P(TokenizerTable, Splits) {
  EXPECT_EQ(Joined(GetParam().input), GetParam().expected) << "input: " << GetParam().input;
}

const TokenCase kWordCases[] = {
    {"The Nagorno-Karabakh region", "The Nagorno-Karabakh region"},
    {"Jean-Yves Le Drian", "Jean-Yves Le Drian"},
    {"a 30-year-old man", "a 30-year-old man"},
    {"COVID-19 cases", "COVID-19 cases"},
    {"F-16 jets", "F-16 jets"},
    {"Azerbaijan's army", "Azerbaijan 's army"},
    {"Azerbaijan\u2019s army", "Azerbaijan \u2019s army"},
    {"don't", "do n't"},
    {"can't won't", "ca n't wo n't"},
    {"didn\u2019t", "did n\u2019t"},
    {"DON'T", "DO N'T"},
    {"O'Brien said", "O'Brien said"},
    {"O\u2019Brien said", "O\u2019Brien said"},
    {"O'Neil's book", "O'Neil 's book"},
    {"Côte d'Ivoire", "Côte d'Ivoire"},
    {"they're we've I'll she'd I'm", "they 're we 've I 'll she 'd I 'm"},
    {"the Kurds' position", "the Kurds ' position"},
    {"the '90s", "the '90s"},
    {"rock'n'roll", "rock'n'roll"},
    {"Shi'ite militias", "Shi'ite militias"},
    {"pre- and post-war", "pre - and post-war"},
    {"Erdoğan and Şuşa", "Erdoğan and Şuşa"},
    {"Ghazanchetsots church", "Ghazanchetsots church"},
    {"Москва и Ереван.", "Москва и Ереван ."},
    {"Путин's visit", "Путин 's visit"},
    {"Σ.Υ.Ρ.Ι.Ζ.Α. party", "Σ.Υ.Ρ.Ι.Ζ.Α. party"},
    {"naïve café", "naïve café"},
    {"e\u0301te\u0301", "e\u0301te\u0301"},  // combining accents stay in the word
    {"北京市", "北 京 市"},
    {"東京で会議", "東 京 で 会 議"},
    {"서울 시", "서울 시"},
    {"مرحبا بالعالم", "مرحبا بالعالم"},
    {"soft\u00adhyphen", "soft\u00adhyphen"},
    {"zero\u200bwidth", "zero width"},
    {"\xEF\xBB\xBFHello", "Hello"},  // a byte-order mark is not a token
    {"Nagorno-Karabakh's", "Nagorno-Karabakh 's"},
    {"the Armenians' claims", "the Armenians ' claims"},
    {"the \u201990s", "the \u201990s"},
    {"mid-2020 talks", "mid-2020 talks"},
    {"U.N.-backed talks", "U.N.-backed talks"},
    {"a 10,000-strong force", "a 10,000-strong force"},
};
INSTANTIATE_TEST_SUITE_P(Words, TokenizerTable, ::testing::ValuesIn(kWordCases));

const TokenCase kAbbreviationCases[] = {
    {"Mr. Putin", "Mr. Putin"},
    {"Mrs. Clinton and Dr. Fauci", "Mrs. Clinton and Dr. Fauci"},
    {"Gen. Lt. Col. Sgt. Gov. Sen. Rep.", "Gen. Lt. Col. Sgt. Gov. Sen. Rep."},
    {"St. Petersburg", "St. Petersburg"},
    {"the U.S. and the U.N.", "the U.S. and the U.N."},
    {"U.S.-led coalition", "U.S.-led coalition"},
    {"anti-U.S. protests", "anti-U.S. protests"},
    {"the U.S's", "the U.S 's"},
    {"the U.S.'s", "the U.S. 's"},
    {"at 10 a.m. and 5 p.m.", "at 10 a.m. and 5 p.m."},
    {"e.g. this, i.e. that", "e.g. this , i.e. that"},
    {"George W. Bush", "George W. Bush"},
    {"J. R. R. Tolkien", "J. R. R. Tolkien"},
    {"J.R.R. Tolkien", "J.R.R. Tolkien"},
    {"Jan. 5, Feb. 6, Aug. 7, Sept. 8, Oct. 9", "Jan. 5 , Feb. 6 , Aug. 7 , Sept. 8 , Oct. 9"},
    {"No. 10 Downing Street", "No. 10 Downing Street"},
    {"He said No. Then", "He said No . Then"},
    {"Roe v. Wade, Ali vs. Frazier", "Roe v. Wade , Ali vs. Frazier"},
    {"apples, pears, etc. and", "apples , pears , etc. and"},
    {"Apple Inc. and Foo Ltd. and Bar Co. and Baz Corp.",
     "Apple Inc. and Foo Ltd. and Bar Co. and Baz Corp."},
    {"Martin Luther King Jr. said", "Martin Luther King Jr. said"},
    {"a Ph.D. student", "a Ph.D. student"},
    {"c. 1627", "c. 1627"},
    {"the end.", "the end ."},
    {"in Washington, D.C.", "in Washington , D.C."},
};
INSTANTIATE_TEST_SUITE_P(Abbreviations, TokenizerTable, ::testing::ValuesIn(kAbbreviationCases));

const TokenCase kNumberCases[] = {
    {"1,301 people", "1,301 people"},
    {"1,000,000", "1,000,000"},
    {"9.5%", "9.5 %"},
    {"$40 billion", "$ 40 billion"},
    {"US$2.24 billion", "US $ 2.24 billion"},
    {"€5m and £3", "€ 5 m and £ 3"},
    {"27/09/2020", "27/09/2020"},
    {"2020-09-27", "2020-09-27"},
    {"on 2020-09-27.", "on 2020-09-27 ."},
    {"1990-91 season", "1990 - 91 season"},
    {"10:30 GMT", "10:30 GMT"},
    {"the 1990s", "the 1990s"},
    {"3rd 21st 2nd 4th", "3rd 21st 2nd 4th"},
    {"the 19th-century house", "the 19th-century house"},
    {"\u22125 degrees", "\u22125 degrees"},
    {"at -5 degrees", "at -5 degrees"},
    {"a +3 rise", "a +3 rise"},
    {"5-3 win", "5 - 3 win"},
    {"in 2020.", "in 2020 ."},
    {"in 2019,2020", "in 2019 , 2020"},
    {"192.168.0.1", "192.168.0.1"},
    {"24/7 service", "24/7 service"},
    {"10am", "10 am"},
    {"1990's", "1990 's"},
    {"½ of ٣٤", "½ of ٣٤"},
    {"BA.2.75 variant", "BA.2.75 variant"},
    {"$1.5bn deal", "$ 1.5 bn deal"},
    {"a 3:2 win", "a 3:2 win"},
    {"after 9/11", "after 9/11"},
    {"No.1 seed", "No. 1 seed"},
    {"2020\u201321 season", "2020 \u2013 21 season"},
    {"a magnitude-6.5 quake", "a magnitude-6.5 quake"},
};
INSTANTIATE_TEST_SUITE_P(Numbers, TokenizerTable, ::testing::ValuesIn(kNumberCases));

const TokenCase kPunctuationCases[] = {
    {"war\u2014and peace", "war \u2014 and peace"},
    {"1990\u20132000", "1990 \u2013 2000"},
    {"the conflict - a move", "the conflict - a move"},
    {"wait--what", "wait -- what"},
    {"so... what", "so ... what"},
    {"so\u2026 what", "so \u2026 what"},
    {"Really?! No!!", "Really ?! No !!"},
    {"(Reuters)", "( Reuters )"},
    {"\"Stop.\" He left.", "\" Stop . \" He left ."},
    {"\u201cStop,\u201d he said.", "\u201c Stop , \u201d he said ."},
    {"\u2018quoted\u2019 word", "\u2018 quoted \u2019 word"},
    {"'Stop,' he said", "' Stop , ' he said"},
    {"«Да»", "« Да »"},
    {"and/or", "and / or"},
    {"A&B", "A & B"},
    {"x; y: z", "x ; y : z"},
    {"[1]", "[ 1 ]"},
};
INSTANTIATE_TEST_SUITE_P(Punctuation, TokenizerTable, ::testing::ValuesIn(kPunctuationCases));

const TokenCase kWebCases[] = {
    {"see https://example.com/a?b=1.", "see https://example.com/a?b=1 ."},
    {"(http://en.wikipedia.org/wiki/Foo_(bar))", "( http://en.wikipedia.org/wiki/Foo_(bar) )"},
    {"(www.bbc.co.uk/news)", "( www.bbc.co.uk/news )"},
    {"mail press@un.org today", "mail press@un.org today"},
    {"john.smith@example.co.uk.", "john.smith@example.co.uk ."},
    {"@POTUS wrote", "@POTUS wrote"},
    {"#BlackLivesMatter now", "#BlackLivesMatter now"},
    {"#1 hit", "# 1 hit"},
    {"at Amazon.com.", "at Amazon.com ."},
    {"via bbc.co.uk", "via bbc.co.uk"},
    {"home.The next", "home . The next"},
};
INSTANTIATE_TEST_SUITE_P(Web, TokenizerTable, ::testing::ValuesIn(kWebCases));

const TokenCase kSymbolCases[] = {
    {"ok 👍 great", "ok 👍 great"},
    {"👍🏽 yes", "👍🏽 yes"},
    {"👨‍👩‍👧 family", "👨‍👩‍👧 family"},
    {"🇦🇲🇦🇿", "🇦🇲 🇦🇿"},
    {"❤️ love", "❤️ love"},
    {"1️⃣ first", "1️⃣ first"},
    {"a\u00a0b", "a b"},  // no-break space separates
};
INSTANTIATE_TEST_SUITE_P(Symbols, TokenizerTable, ::testing::ValuesIn(kSymbolCases));

TEST(Tokenizer, EmptyAndWhitespace) {
  std::vector<Token> tokens = {Token{}};
  Tokenize("", &tokens);
  EXPECT_TRUE(tokens.empty());
  Tokenize(" \n\t\r\n \u00a0\u2003", &tokens);
  EXPECT_TRUE(tokens.empty());
}

TEST(Tokenizer, Kinds) {
  const std::string body = "Putin paid $40, 9.5% of @x #y https://a.com 😀 \uE000";
  std::vector<Token> tokens;
  Tokenize(body, &tokens);
  const std::vector<TokenKind> expected = {
      TokenKind::kWord,        TokenKind::kWord,   TokenKind::kSymbol, TokenKind::kNumber,
      TokenKind::kPunctuation, TokenKind::kNumber, TokenKind::kSymbol, TokenKind::kWord,
      TokenKind::kOther,       TokenKind::kOther,  TokenKind::kOther,  TokenKind::kSymbol,
      TokenKind::kOther};
  ASSERT_EQ(tokens.size(), expected.size());
  for (size_t i = 0; i < tokens.size(); ++i) EXPECT_EQ(tokens[i].kind, expected[i]) << i;
}

TEST(Tokenizer, CompoundStartingWithNumberIsAWord) {
  std::vector<Token> tokens;
  Tokenize("30-year-old", &tokens);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kWord);
  Tokenize("1990s", &tokens);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kNumber);
}

TEST(Tokenizer, SpaceBefore) {
  std::vector<Token> tokens;
  Tokenize("He said: \"no.\"\nOK", &tokens);
  // He said : " no . " OK
  ASSERT_EQ(tokens.size(), 8u);
  const bool expected[] = {false, true, false, true, false, false, false, true};
  for (size_t i = 0; i < tokens.size(); ++i) EXPECT_EQ(tokens[i].space_before, expected[i]) << i;
}

TEST(Tokenizer, ByteAndCodePointOffsets) {
  // Erdoğan: ğ is 2 bytes; Şuşa: Ş and ş 2 bytes each; 北京 3 bytes each; 😀 4 bytes.
  const std::string body = "Erdoğan visited Şuşa, 北京 😀!";
  std::vector<Token> tokens;
  Tokenize(body, &tokens);
  ASSERT_EQ(TokenTexts(body),
            (std::vector<std::string>{"Erdoğan", "visited", "Şuşa", ",", "北", "京", "😀", "!"}));
  struct Offsets {
    uint32_t b0, b1, c0, c1;
  };
  const Offsets expected[] = {{0, 8, 0, 7},     {9, 16, 8, 15},   {17, 23, 16, 20},
                              {23, 24, 20, 21}, {25, 28, 22, 23}, {28, 31, 23, 24},
                              {32, 36, 25, 26}, {36, 37, 26, 27}};
  for (size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(tokens[i].byte_start, expected[i].b0) << i;
    EXPECT_EQ(tokens[i].byte_end, expected[i].b1) << i;
    EXPECT_EQ(tokens[i].cp_start, expected[i].c0) << i;
    EXPECT_EQ(tokens[i].cp_end, expected[i].c1) << i;
  }
}

TEST(Tokenizer, OffsetsAgreeWithCodePointCount) {
  const std::string body =
      "Армения и Азербайджан — «война». Ilham Əliyev said: “No!” 🇦🇲 Ghazanchetsots, "
      "Şuşa (Shusha) — 27/09/2020… 東京 O’Brien’s";
  std::vector<Token> tokens;
  Tokenize(body, &tokens);
  ASSERT_FALSE(tokens.empty());
  for (const Token& t : tokens) {
    EXPECT_EQ(t.cp_start, utf8::CountCodePoints(std::string_view(body).substr(0, t.byte_start)));
    EXPECT_EQ(t.cp_end, utf8::CountCodePoints(std::string_view(body).substr(0, t.byte_end)));
  }
}

TEST(Tokenizer, VeryLongInput) {
  std::string body;
  for (int i = 0; i < 20000; ++i) body += "Mr. Aliyev's 1,301 troops (U.S.-trained) don't rest… ";
  std::vector<Token> tokens;
  Tokenize(body, &tokens);
  EXPECT_EQ(tokens.size(), 20000u * 12);
  EXPECT_EQ(tokens.back().byte_end, body.size() - 1);
  EXPECT_EQ(tokens.back().cp_end, utf8::CountCodePoints(body) - 1);
}

TEST(Tokenizer, VeryLongWord) {
  const std::string body(1 << 20, 'a');
  std::vector<Token> tokens;
  Tokenize(body, &tokens);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].byte_end, body.size());
}

TEST(Tokenizer, MalformedBytesStayInBounds) {
  const std::string body = "ab\xC3 \xE2\x80 \xF0\x9F\x98 x\xFF";
  std::vector<Token> tokens;
  Tokenize(body, &tokens);
  uint32_t prev = 0;
  for (const Token& t : tokens) {
    EXPECT_LE(prev, t.byte_start);
    EXPECT_LT(t.byte_start, t.byte_end);
    EXPECT_LE(t.byte_end, body.size());
    prev = t.byte_end;
  }
}

TEST(Tokenizer, ReplacesPreviousContents) {
  std::vector<Token> tokens;
  Tokenize("one two three", &tokens);
  Tokenize("four", &tokens);
  EXPECT_EQ(tokens.size(), 1u);
}

}  // namespace
}  // namespace dateline
