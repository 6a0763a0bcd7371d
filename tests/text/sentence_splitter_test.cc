#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"
#include "text_test_util.h"

namespace dateline {
namespace {

using testing_util::SentenceTexts;

// Sentences of `input` joined by " || ".
std::string Joined(std::string_view input) {
  std::string out;
  for (const std::string& s : SentenceTexts(input)) {
    if (!out.empty()) out += " || ";
    out += s;
  }
  return out;
}

struct SentenceCase {
  const char* input;
  const char* expected;  // sentences separated by " || "
};

class SplitterTable : public ::testing::TestWithParam<SentenceCase> {};

TEST_P(SplitterTable, Splits) {
  EXPECT_EQ(Joined(GetParam().input), GetParam().expected) << "input: " << GetParam().input;
}

const SentenceCase kBasicCases[] = {
    {"He left. She stayed.", "He left. || She stayed."},
    {"Did he leave? Yes! He did.", "Did he leave? || Yes! || He did."},
    {"Really?! No way!! Fine.", "Really?! || No way!! || Fine."},
    {"No final period", "No final period"},
    {"One sentence only.", "One sentence only."},
    {"The toll rose to 30. 144 were wounded.", "The toll rose to 30. || 144 were wounded."},
    {"It ended in 2020. 2021 was calmer.", "It ended in 2020. || 2021 was calmer."},
    {"He paid. $40 was the fee.", "He paid. || $40 was the fee."},
    {"Sales fell. iPhone sales rose.", "Sales fell. || iPhone sales rose."},
    {"Prices fell 9.5%. Markets rallied.", "Prices fell 9.5%. || Markets rallied."},
    {"the end.The next day", "the end. || The next day"},
    {"It failed.(Reuters)", "It failed. || (Reuters)"},
    {"Fighting resumed. (Reuters)", "Fighting resumed. || (Reuters)"},
    {"Он ушёл. Она осталась.", "Он ушёл. || Она осталась."},
    {"Erdoğan spoke. Şuşa fell.", "Erdoğan spoke. || Şuşa fell."},
    {"北京下雨。上海晴。", "北京下雨。 || 上海晴。"},
    {"Great news 🎉. Everyone cheered.", "Great news 🎉. || Everyone cheered."},
    {"The vote was 5-3. Critics objected.", "The vote was 5-3. || Critics objected."},
    {"Is it over? \"No,\" he said.", "Is it over? || \"No,\" he said."},
    {"Stop! Go! What?!", "Stop! || Go! || What?!"},
    {"He asked why? and left.", "He asked why? and left."},
    {"It rose to 1,301. Then it fell.", "It rose to 1,301. || Then it fell."},
};
INSTANTIATE_TEST_SUITE_P(Basic, SplitterTable, ::testing::ValuesIn(kBasicCases));

const SentenceCase kAbbreviationCases[] = {
    {"Mr. Putin spoke.", "Mr. Putin spoke."},
    {"Mrs. May and Dr. Fauci met Gen. Milley.", "Mrs. May and Dr. Fauci met Gen. Milley."},
    {"Lt. Col. Smith and Sgt. Jones arrived.", "Lt. Col. Smith and Sgt. Jones arrived."},
    {"Gov. Newsom, Sen. Sanders and Rep. Cheney spoke.",
     "Gov. Newsom, Sen. Sanders and Rep. Cheney spoke."},
    {"They flew to St. Petersburg.", "They flew to St. Petersburg."},
    {"It happened in the U.S. The next day it spread.",
     "It happened in the U.S. || The next day it spread."},
    {"U.S. President Trump spoke.", "U.S. President Trump spoke."},
    {"The U.S. Army and the U.N. Security Council agreed.",
     "The U.S. Army and the U.N. Security Council agreed."},
    {"He lives in the U.S. He works there.", "He lives in the U.S. || He works there."},
    {"U.S. officials said so.", "U.S. officials said so."},
    {"It started at 10 a.m. The talks ended at 5 p.m. on Friday.",
     "It started at 10 a.m. || The talks ended at 5 p.m. on Friday."},
    {"at 10 a.m. (GMT) on Monday.", "at 10 a.m. (GMT) on Monday."},
    {"They met on Jan. 5 and Sept. 12.", "They met on Jan. 5 and Sept. 12."},
    {"It was due in Oct. The plan slipped.", "It was due in Oct. || The plan slipped."},
    {"He lives at No. 10 Downing Street.", "He lives at No. 10 Downing Street."},
    {"Apples, pears, etc. are sold here.", "Apples, pears, etc. are sold here."},
    {"Apples, pears, etc. The list goes on.", "Apples, pears, etc. || The list goes on."},
    {"Apple Inc. CEO Tim Cook spoke.", "Apple Inc. CEO Tim Cook spoke."},
    {"He joined Apple Inc. He left in 2020.", "He joined Apple Inc. || He left in 2020."},
    {"Acme Ltd. and Foo Co. and Bar Corp. merged.", "Acme Ltd. and Foo Co. and Bar Corp. merged."},
    {"Roe v. Wade stands. Ali vs. Frazier was a fight.",
     "Roe v. Wade stands. || Ali vs. Frazier was a fight."},
    {"Martin Luther King Jr. was there.", "Martin Luther King Jr. was there."},
    {"He went to Washington, D.C. He stayed.", "He went to Washington, D.C. || He stayed."},
    {"Flooding in Washington, D.C. delivers rain.", "Flooding in Washington, D.C. delivers rain."},
    {"Fruit, e.g. Apples, is healthy.", "Fruit, e.g. Apples, is healthy."},
    {"He holds a Ph.D. from Yale.", "He holds a Ph.D. from Yale."},
    {"See p. 5 and pp. 7-9 of Vol. 2.", "See p. 5 and pp. 7-9 of Vol. 2."},
    {"He met former U.S. Under Secretary Jones.", "He met former U.S. Under Secretary Jones."},
    {"It is sold in the U.S. \"We are proud,\" he said.",
     "It is sold in the U.S. || \"We are proud,\" he said."},
    {"Bury F.C. \" one fan said.", "Bury F.C. \" one fan said."},
    {"Sen. John McCain (R-Ariz.) said so.", "Sen. John McCain (R-Ariz.) said so."},
    {"He was born in St. Louis. He died there.", "He was born in St. Louis. || He died there."},
    {"Visit www.un.org. Then call.", "Visit www.un.org. || Then call."},
    {"It lives in Calif. Gov. Newsom said so.", "It lives in Calif. Gov. Newsom said so."},
};
INSTANTIATE_TEST_SUITE_P(Abbreviations, SplitterTable, ::testing::ValuesIn(kAbbreviationCases));

const SentenceCase kInitialCases[] = {
    {"George W. Bush spoke.", "George W. Bush spoke."},
    {"J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it."},
    {"J.R.R. Tolkien wrote it.", "J.R.R. Tolkien wrote it."},
    {"They found hepatitis C. The patients recovered.",
     "They found hepatitis C. || The patients recovered."},
    {"After World War I. Many died.", "After World War I. || Many died."},
    {"John F. Kennedy and Franklin D. Roosevelt.", "John F. Kennedy and Franklin D. Roosevelt."},
};
INSTANTIATE_TEST_SUITE_P(Initials, SplitterTable, ::testing::ValuesIn(kInitialCases));

const SentenceCase kQuoteCases[] = {
    {"\"We will win,\" the statement said.", "\"We will win,\" the statement said."},
    {"\"We will win.\" the statement said.", "\"We will win.\" the statement said."},
    {"\"Stop.\" He left.", "\"Stop.\" || He left."},
    {"\u201cStop.\u201d He left.", "\u201cStop.\u201d || He left."},
    {"\u201cWhy?\u201d he asked.", "\u201cWhy?\u201d he asked."},
    {"\"Why?\" asked the man.", "\"Why?\" asked the man."},
    {"He said, \"No.\" Then he left.", "He said, \"No.\" || Then he left."},
    {"He said: \"It's 'over.'\" Nobody spoke.", "He said: \"It's 'over.'\" || Nobody spoke."},
    {"He said: \u201cIt is \u2018over.\u2019\u201d Nobody spoke.",
     "He said: \u201cIt is \u2018over.\u2019\u201d || Nobody spoke."},
    {"He left. \"We are done,\" she said.", "He left. || \"We are done,\" she said."},
    {"He left. \u201cWe are done,\u201d she said.",
     "He left. || \u201cWe are done,\u201d she said."},
    {"'Stop.' He left.", "'Stop.' || He left."},
    {"(He denied it.) Then he left.", "(He denied it.) || Then he left."},
    {"It was a \"strategic redeployment\". (CNN)", "It was a \"strategic redeployment\". || (CNN)"},
    {"\u00abNon.\u00bb Il est parti.", "\u00abNon.\u00bb || Il est parti."},
    {"\"Stop.\" \"Go.\"", "\"Stop.\" || \"Go.\""},
};
INSTANTIATE_TEST_SUITE_P(Quotes, SplitterTable, ::testing::ValuesIn(kQuoteCases));

const SentenceCase kEllipsisCases[] = {
    {"He waited... and waited.", "He waited... and waited."},
    {"He waited\u2026 and waited.", "He waited\u2026 and waited."},
    {"He waited... Nobody came.", "He waited... || Nobody came."},
    {"He waited\u2026 Nobody came.", "He waited\u2026 || Nobody came."},
    {"...and then it ended.", "...and then it ended."},
    {"between 1 and 10... 20 more came.", "between 1 and 10... 20 more came."},
};
INSTANTIATE_TEST_SUITE_P(Ellipses, SplitterTable, ::testing::ValuesIn(kEllipsisCases));

const SentenceCase kLowercaseCases[] = {
    {"It costs 5 dollars. and more", "It costs 5 dollars. and more"},
    {"See the website, bbc.co.uk. It has more.", "See the website, bbc.co.uk. || It has more."},
    {"Mail press@un.org. They reply.", "Mail press@un.org. || They reply."},
    {"Go to https://example.com. It works.", "Go to https://example.com. || It works."},
    {"1. The first point is this.", "1. The first point is this."},
    {"They rose 3.5 per cent. Analysts agreed.", "They rose 3.5 per cent. || Analysts agreed."},
    {"Follow @UN. It posts daily.", "Follow @UN. || It posts daily."},
};
INSTANTIATE_TEST_SUITE_P(Lowercase, SplitterTable, ::testing::ValuesIn(kLowercaseCases));

const SentenceCase kLayoutCases[] = {
    {"Headline Without Period\n\nBody text here. More text.",
     "Headline Without Period || Body text here. || More text."},
    {"First paragraph ends here\n\nsecond starts lowercase",
     "First paragraph ends here || second starts lowercase"},
    {"A sentence that\n\ncontinues? No: a blank line ends it.",
     "A sentence that || continues? || No: a blank line ends it."},
    {"He said \"no\n\nand\" left.", "He said \"no || and\" left."},
    {"One\r\n\r\nTwo", "One || Two"},
    {"One\n \t\nTwo", "One || Two"},
    {"One\u2029Two", "One || Two"},
    {"One\fTwo", "One || Two"},
    // One paragraph per line: every line break is a boundary.
    {"Armenia said so.\nAzerbaijan denied it\nTurkey agreed.",
     "Armenia said so. || Azerbaijan denied it || Turkey agreed."},
    // Hard-wrapped text: line breaks inside sentences are spaces.
    {"The Nagorno-Karabakh region saw an escalation of tension on 27\n"
     "September, with both Armenia and Azerbaijan exchanging accusations of\n"
     "sparking the hostilities. The military actions continue.",
     "The Nagorno-Karabakh region saw an escalation of tension on 27\n"
     "September, with both Armenia and Azerbaijan exchanging accusations of\n"
     "sparking the hostilities. || The military actions continue."},
    // A short headline line in wrapped text is its own sentence.
    {"Putin Urges Ceasefire\n"
     "Russian President Vladimir Putin on Thursday urged the conflicting sides in\n"
     "the dispute to cease hostilities, the Kremlin said.",
     "Putin Urges Ceasefire || Russian President Vladimir Putin on Thursday urged the "
     "conflicting sides in\nthe dispute to cease hostilities, the Kremlin said."},
    // A wrapped line that ends with a function word does not end a headline.
    {"The ministers of\n"
     "Azerbaijan and Armenia are invited to Moscow on 9 October to hold talks, it\n"
     "said.",
     "The ministers of\nAzerbaijan and Armenia are invited to Moscow on 9 October to hold "
     "talks, it\nsaid."},
    {"\n\n\nLeading blank lines. Then text.", "Leading blank lines. || Then text."},
    // A paragraph per line, one of which starts with a lowercase brand name.
    {"Apple sold more phones.\niPhone sales rose 5%\nThe shares rose.",
     "Apple sold more phones. || iPhone sales rose 5% || The shares rose."},
    // The corpus layout: a title line, a blank line, then the body.
    {"Putin urges ceasefire in Nagorno-Karabakh\n\nRussian President Vladimir Putin urged a "
     "ceasefire. The Kremlin said so.",
     "Putin urges ceasefire in Nagorno-Karabakh || Russian President Vladimir Putin urged a "
     "ceasefire. || The Kremlin said so."},
    {"Dateline: Moscow\r\nThe talks began.\r\nThey ended.",
     "Dateline: Moscow || The talks began. || They ended."},
};
INSTANTIATE_TEST_SUITE_P(Layout, SplitterTable, ::testing::ValuesIn(kLayoutCases));

TEST(SentenceSplitter, EmptyAndWhitespace) {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences = {Sentence{}};
  SplitSentences("", tokens, &sentences);
  EXPECT_TRUE(sentences.empty());
  const std::string blank = " \n\n \t ";
  Tokenize(blank, &tokens);
  SplitSentences(blank, tokens, &sentences);
  EXPECT_TRUE(sentences.empty());
}

TEST(SentenceSplitter, ParagraphIndices) {
  const std::string body =
      "Title Line\n\nFirst para one. First para two.\n\n\n\nSecond para.\n\nThird para.";
  std::vector<Token> tokens;
  Tokenize(body, &tokens);
  std::vector<Sentence> sentences;
  SplitSentences(body, tokens, &sentences);
  ASSERT_EQ(sentences.size(), 5u);
  const uint32_t expected[] = {0, 1, 1, 2, 3};
  for (size_t i = 0; i < sentences.size(); ++i) {
    EXPECT_EQ(sentences[i].paragraph, expected[i]) << i;
  }
}

TEST(SentenceSplitter, CoversEveryTokenInOrder) {
  const std::string body =
      "Mr. Aliyev said: \"We won.\" The U.S. disagreed... (Reuters)\n\nNew paragraph?! Yes";
  std::vector<Token> tokens;
  Tokenize(body, &tokens);
  std::vector<Sentence> sentences;
  SplitSentences(body, tokens, &sentences);
  uint32_t next = 0;
  for (const Sentence& s : sentences) {
    EXPECT_EQ(s.token_begin, next);
    EXPECT_LT(s.token_begin, s.token_end);
    next = s.token_end;
  }
  EXPECT_EQ(next, tokens.size());
}

TEST(SentenceSplitter, VeryLongInput) {
  std::string body;
  for (int i = 0; i < 50000; ++i) body += "Mr. Putin met Gen. Smith in the U.S. on Jan. 5. ";
  std::vector<Token> tokens;
  Tokenize(body, &tokens);
  std::vector<Sentence> sentences;
  SplitSentences(body, tokens, &sentences);
  EXPECT_EQ(sentences.size(), 50000u);
}

TEST(SentenceSplitter, VeryLongSentenceWithoutPunctuation) {
  std::string body;
  for (int i = 0; i < 100000; ++i) body += "word ";
  std::vector<Token> tokens;
  Tokenize(body, &tokens);
  std::vector<Sentence> sentences;
  SplitSentences(body, tokens, &sentences);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].token_end, 100000u);
}

}  // namespace
}  // namespace dateline
