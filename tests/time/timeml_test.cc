#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "time/normalizer.h"
#include "time/timeml.h"
#include "time/timex_eval.h"

namespace dateline::timex {
namespace {

constexpr char kGold[] =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" temporalFunction=\"false\" "
    "functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n"
    "<TEXT>\nAT&amp;T <EVENT eid=\"e1\">rose</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" "
    "value=\"1998-01-07\">yesterday</TIMEX3> after <TIMEX3 tid=\"t2\" type=\"DURATION\" "
    "value=\"P3D\" mod=\"MORE_THAN\">more than three days</TIMEX3>.\n</TEXT>\n"
    "<TLINK lid=\"l1\"/>\n</TimeML>\n";

TEST(TimemlTest, ParsesDctTextAndTimexes) {
  auto doc = ParseTimeml(kGold, "dir/X1.tml");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->name, "X1");
  EXPECT_EQ(doc->dct_value, "1998-01-08");
  EXPECT_EQ(doc->dct, (CivilDate{1998, 1, 8}));
  EXPECT_EQ(doc->text, "\nAT&T rose yesterday after more than three days.\n");
  ASSERT_EQ(doc->timexes.size(), 2u);
  const TimemlTimex& t = doc->timexes[0];
  EXPECT_EQ(doc->text.substr(t.start, t.end - t.start), "yesterday");
  EXPECT_EQ(t.tid, "t1");
  EXPECT_EQ(t.type, "DATE");
  EXPECT_EQ(t.value, "1998-01-07");
  EXPECT_EQ(doc->timexes[1].mod, "MORE_THAN");
}

TEST(TimemlTest, NameDropsTe3InputSuffix) {
  auto doc = ParseTimeml(kGold, "in/ABC19980108.tml.TE3input");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->name, "ABC19980108");
}

TEST(TimemlTest, ErrorsNameFileAndLine) {
  auto doc = ParseTimeml("<TimeML>\n<TEXT>\nabc <TIMEX3 tid=\"t1\">x\n</TEXT>", "bad.tml");
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("bad.tml:4"), std::string::npos) << doc.status().message();
  EXPECT_FALSE(ParseTimeml("<TimeML>no text</TimeML>", "none.tml").ok());
}

TEST(TimemlTest, DecodesAndEscapes) {
  EXPECT_EQ(DecodeEntities("a &amp; b &lt;c&gt; &#65;&#x42; &quot;"), "a & b <c> AB \"");
  EXPECT_EQ(DecodeEntities("&unknown; &"), "&unknown; &");
  EXPECT_EQ(EscapeXml("a & <b>"), "a &amp; &lt;b&gt;");
}

TEST(TimemlTest, WritesInlineTimexesThatParseBack) {
  auto doc = ParseTimeml(kGold, "X1.tml");
  ASSERT_TRUE(doc.ok());
  std::vector<TimemlTimex> pred = doc->timexes;
  pred[1].mod.clear();
  const std::string out = WriteTimeml(*doc, pred);
  EXPECT_NE(out.find("functionInDocument=\"CREATION_TIME\""), std::string::npos);
  EXPECT_NE(out.find("AT&amp;T"), std::string::npos);
  EXPECT_NE(out.find("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\""), std::string::npos);
  auto back = ParseTimeml(out, "X1.tml");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->text, doc->text);
  ASSERT_EQ(back->timexes.size(), 2u);
  EXPECT_EQ(back->timexes[1].start, doc->timexes[1].start);
  EXPECT_EQ(back->timexes[1].end, doc->timexes[1].end);
  EXPECT_EQ(back->timexes[1].value, "P3D");
  EXPECT_TRUE(back->timexes[1].mod.empty());
}

TimemlTimex Span(uint32_t start, uint32_t end, const char* type, const char* value) {
  TimemlTimex t;
  t.start = start;
  t.end = end;
  t.type = type;
  t.value = value;
  return t;
}

TEST(TimexEvalTest, StrictRelaxedValueAndType) {
  const std::vector<TimemlTimex> gold = {Span(0, 9, "DATE", "1998-01-07"),
                                         Span(20, 40, "DURATION", "P3D"),
                                         Span(50, 55, "DATE", "1998")};
  const std::vector<TimemlTimex> pred = {Span(0, 9, "DATE", "1998-01-07"),   // exact
                                         Span(30, 40, "DURATION", "P4D"),    // overlap, bad value
                                         Span(60, 65, "DATE", "PAST_REF")};  // spurious
  const TimexCounts c = ScoreTimexes(gold, pred);
  EXPECT_EQ(c.gold, 3);
  EXPECT_EQ(c.pred, 3);
  EXPECT_EQ(c.strict, 1);
  EXPECT_EQ(c.relaxed, 2);
  EXPECT_EQ(c.value, 1);
  EXPECT_EQ(c.type, 2);
  EXPECT_DOUBLE_EQ(c.StrictF1(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(c.RelaxedF1(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(c.ValueF1(), 0.5 * 2.0 / 3);
  EXPECT_DOUBLE_EQ(c.TypeF1(), 2.0 / 3);
}

TEST(TimexEvalTest, OneToOneMatchingPrefersExactExtents) {
  // Two predictions overlap one gold: only one counts, and the exact one wins.
  const std::vector<TimemlTimex> gold = {Span(10, 20, "DATE", "2020")};
  const std::vector<TimemlTimex> pred = {Span(5, 12, "DATE", "2019"), Span(10, 20, "DATE", "2020")};
  std::vector<TimexMatch> matches;
  const TimexCounts c = ScoreTimexes(gold, pred, &matches);
  EXPECT_EQ(c.relaxed, 1);
  EXPECT_EQ(c.strict, 1);
  EXPECT_EQ(c.value, 1);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].pred, 1);
  EXPECT_EQ(matches[1].gold, -1);
}

TEST(TimexEvalTest, EmptyIsZeroNotNan) {
  const TimexCounts c = ScoreTimexes({}, {});
  EXPECT_EQ(c.RelaxedF1(), 0.0);
  EXPECT_EQ(c.ValueF1(), 0.0);
  TimexCounts total;
  total += ScoreTimexes({Span(0, 1, "DATE", "2020")}, {Span(0, 1, "DATE", "2020")});
  total += ScoreTimexes({Span(0, 1, "DATE", "2020")}, {});
  EXPECT_EQ(total.gold, 2);
  EXPECT_DOUBLE_EQ(total.RelaxedRecall(), 0.5);
}

TEST(CalendarValueTest, ShiftsAtTheRightGranularity) {
  EXPECT_EQ(ShiftCalendarValue("1989-Q3", Unit::kYear, -1), "1988-Q3");
  EXPECT_EQ(ShiftCalendarValue("2020-10-08", Unit::kDay, -1), "2020-10-07");
  EXPECT_EQ(ShiftCalendarValue("2020-10-08T14:30", Unit::kDay, 1), "2020-10-09");
  EXPECT_EQ(ShiftCalendarValue("2020-10-08", Unit::kMonth, -1), "2020-09");
  EXPECT_EQ(ShiftCalendarValue("2020-10", Unit::kYear, -1), "2019");
  EXPECT_EQ(ShiftCalendarValue("2020-W41", Unit::kWeek, 1), "2020-W42");
  EXPECT_EQ(ShiftCalendarValue("2015", Unit::kYear, -1), "2014");
  EXPECT_EQ(ShiftCalendarValue("2015", Unit::kDay, -1), "");  // too coarse for a day
  EXPECT_EQ(ShiftCalendarValue("PAST_REF", Unit::kYear, -1), "");
  CivilDate d;
  Unit u;
  EXPECT_TRUE(ParseCalendarValue("2020-W53", &d, &u));
  EXPECT_EQ(u, Unit::kWeek);
  EXPECT_EQ(d, (CivilDate{2020, 12, 31}));
  EXPECT_FALSE(ParseCalendarValue("198", &d, &u));
}

}  // namespace
}  // namespace dateline::timex
