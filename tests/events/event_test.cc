#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "entities/entity_component.h"
#include "events/casualties.h"
#include "events/event_component.h"
#include "events/trigger_table.h"
#include "text/text_component.h"
#include "time/timex_component.h"

namespace dateline {
namespace {

Doc Annotate(const std::string& body, const std::string& date = "2020-10-08") {
  static const auto text = NewTextComponent();
  static const auto timex = NewTimexComponent();
  static const auto entities = NewEntityComponent();
  static const auto events = NewEventComponent();
  Doc doc;
  doc.body = body;
  doc.date = *CivilDate::Parse(date);
  for (const Component* c : {text.get(), timex.get(), entities.get(), events.get()}) {
    EXPECT_TRUE(c->Process(&doc).ok()) << c->name();
  }
  return doc;
}

std::string Code(const EventActor& a) { return a.ref.code.empty() ? "-" : a.ref.code; }

// "TYPE CAMEO SRC>TGT DATE/PRECISION STATUS [killed=N[+]] [injured=N[+]] [victims=R]".
std::string Summary(const Event& e) {
  std::string s = e.type + " " + e.cameo + " " + Code(e.source) + ">" + Code(e.target) + " " +
                  e.date + "/" + e.date_precision + " " + e.status;
  if (e.killed) s += " killed=" + std::to_string(e.killed->min) + (e.killed->exact ? "" : "+");
  if (e.injured) {
    s += " injured=" + std::to_string(e.injured->min) + (e.injured->exact ? "" : "+");
  }
  if (e.missing) s += " missing=" + std::to_string(e.missing->min) + (e.missing->exact ? "" : "+");
  if (e.detained) {
    s += " detained=" + std::to_string(e.detained->min) + (e.detained->exact ? "" : "+");
  }
  if (!e.victims.empty()) s += " victims=" + e.victims;
  if (e.running_total) s += " total";
  return s;
}

std::vector<std::string> Events(const std::string& body, const std::string& date = "2020-10-08") {
  const Doc doc = Annotate(body, date);
  std::vector<std::string> out;
  for (const Event& e : doc.events) out.push_back(Summary(e));
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

class EventCaseTest : public ::testing::TestWithParam<Case> {};

TEST_P(EventCaseTest, Codes) {
  const Case& c = GetParam();
  EXPECT_EQ(Events(c.text), c.expected) << c.text;
}

// The article date is 2020-10-08, a Thursday.
const Case kCases[] = {
    // Requests: appeals and demands, refined by what is asked for.
    {"Russian President Vladimir Putin on Thursday urged Armenia and Azerbaijan to cease fire.",
     {"REQUEST 0256 RUSGOV>ARM 2020-10-08/day asserted",
      "REQUEST 0256 RUSGOV>AZE 2020-10-08/day asserted"}},
    {"The UN called for talks between Armenia and Azerbaijan.",
     {"REQUEST 026 UNO>ARM 2020-10-08/article asserted",
      "REQUEST 026 UNO>AZE 2020-10-08/article asserted",
      "CONSULT 040 ARM>AZE 2020-10-08/article requested",
      "CONSULT 040 AZE>ARM 2020-10-08/article requested"}},  // talks between: both ways
    {"Turkey demanded the release of prisoners by Armenia.",
     {"REQUEST 1053 TUR>ARM 2020-10-08/article asserted",
      "RETREAT 0841 ARM>- 2020-10-08/article requested"}},
    {"France appealed to Russia for restraint.",
     {"REQUEST 0256 FRA>RUS 2020-10-08/article asserted"}},
    // A call for an end to the fighting is an appeal, past a date after "called on".
    {"The UN called for an end to the fighting.",
     {"REQUEST 0256 UNO>- 2020-10-08/article asserted"}},
    {"The leaders of Russia and France called on Thursday for an immediate end to the fighting.",
     {"REQUEST 0256 RUSGOV>- 2020-10-08/day asserted",
      "REQUEST 0256 FRAGOV>- 2020-10-08/day asserted"}},
    // Intentions and meetings.
    {"Russia invited the Armenian and Azerbaijani foreign ministers to Moscow.",
     {"AGREE 036 RUS>ARMGOV 2020-10-08/article asserted",
      "AGREE 036 RUS>AZEGOV 2020-10-08/article asserted"}},
    {"The foreign ministers of Armenia and Azerbaijan will meet in Moscow on Friday.",
     {"CONSULT 040 ARMGOV>AZEGOV 2020-10-09/day future",
      "CONSULT 040 AZEGOV>ARMGOV 2020-10-09/day future"}},
    {"Talks between Russia and Turkey are to be held in Moscow on 15 October.",
     {"CONSULT 040 RUS>TUR 2020-10-15/day future", "CONSULT 040 TUR>RUS 2020-10-15/day future"}},
    {"Iran will host talks on the conflict next week.",
     {"CONSULT 043 IRN>- 2020-10-08/article future"}},  // hosting the talks: one event
    // A visit is also hosted; talks put off are a rejection by both sides.
    {"The Armenian foreign minister visited Russia on Friday.",
     {"CONSULT 042 ARMGOV>RUS 2020-10-02/day asserted",
      "CONSULT 043 RUS>ARMGOV 2020-10-02/day asserted"}},
    {"Armenia and Azerbaijan postponed their talks.",
     {"REJECT 125 ARM>AZE 2020-10-08/article asserted",
      "REJECT 125 AZE>ARM 2020-10-08/article asserted"}},
    // The phrase gives a bare country its role.
    {"Soldiers from Armenia shelled Azerbaijan.",
     {"ASSAULT 194 ARMMIL>AZE 2020-10-08/article asserted"}},
    {"Armenia's Deputy Prime Minister criticized Turkey.",
     {"ACCUSE 111 ARMGOV>TUR 2020-10-08/article asserted"}},
    {"Lawmakers in France condemned Turkey.",
     {"ACCUSE 111 FRALEG>TUR 2020-10-08/article asserted"}},
    // Requests in statements that say what must be done.
    {"Russia stressed that the sides must agree to a ceasefire.",
     {"REQUEST 0256 RUS>- 2020-10-08/article asserted"}},
    {"Russia outlined that Armenia should release the prisoners.",
     {"REQUEST 0253 RUS>- 2020-10-08/article asserted",
      "RETREAT 0841 ARM>- 2020-10-08/article requested"}},
    // Accusations, allegations and denials.
    {"Armenia accused Turkey of sending mercenaries.",
     {"ACCUSE 112 ARM>TUR 2020-10-08/article asserted",
      "AID 072 TUR>- 2020-10-08/article alleged"}},
    {"Turkey denied sending troops to Azerbaijan.", {"AID 072 TUR>AZE 2020-10-08/article denied"}},
    {"Azerbaijan accused Armenia of shelling Ganja.",
     {"ACCUSE 112 AZE>ARM 2020-10-08/article asserted",
      "ASSAULT 194 ARM>AZE 2020-10-08/article alleged"}},
    {"The EU criticized Turkey.", {"ACCUSE 111 EEC>TUR 2020-10-08/article asserted"}},
    {"Azerbaijan rejected the proposal by France.",
     {"REJECT 120 AZE>FRA 2020-10-08/article asserted"}},
    // Force, with dates and casualties.
    {"Armenian forces shelled Azerbaijani villages on Tuesday.",
     {"ASSAULT 194 ARMMIL>AZE 2020-10-06/day asserted"}},
    {"At least 30 Azeri civilians have been killed and 144 wounded.",
     {"ASSAULT 190 ->AZECVL 2020-10-08/article asserted killed=30+ injured=144 victims=CVL"}},
    {"Dozens of soldiers were killed in the fighting.",
     {"ASSAULT 190 ->- 2020-10-08/article asserted killed=24+ victims=MIL"}},
    {"More than 100 people died in the clashes.",
     {"ASSAULT 190 ->- 2020-10-08/article asserted killed=101+ victims=CVL"}},
    {"Three Russian servicemen were injured.",
     {"ASSAULT 190 ->RUSMIL 2020-10-08/article asserted injured=3 victims=MIL"}},
    {"Russian warplanes bombed rebel positions in Idlib, killing at least 12 civilians.",
     {"ASSAULT 195 RUSMIL>- 2020-10-08/article asserted killed=12+ victims=CVL"}},
    // Status cues.
    {"Russia did not attack Ukraine.", {"ASSAULT 190 RUS>UKR 2020-10-08/article negated"}},
    {"Turkey threatened to strike Kurdish positions in Syria.",
     {"THREATEN 138 TUR>SYR 2020-10-08/article asserted",
      "ASSAULT 190 TUR>SYR 2020-10-08/article threatened"}},
    {"If Azerbaijan attacks Stepanakert, Armenia will respond.",
     {"ASSAULT 190 AZE>- 2020-10-08/article hypothetical"}},
    // Other types.
    {"Russian police arrested dozens of protesters in Moscow.",
     {"COERCE 173 RUSCOP>RUSOPP 2020-10-08/article asserted detained=24+ victims=OPP"}},
    // Disasters, accidents and sport are not events between actors.
    // The wounded of a passive telling join the attack, also across a pattern word.
    {"At least 13 people are killed and another three injured in a roadside bombing attack.",
     {"ASSAULT 195 ->- 2020-10-08/article asserted killed=13+ injured=3 victims=CVL"}},
    {"Floods kill at least two people in Cambodia.", {}},
    {"A gas explosion kills five people in Iran.", {}},
    {"A stampede at a stadium kills 15 people and wounds 11 others.", {}},
    {"Four people are killed and 41 others injured by a 5.9 magnitude earthquake.", {}},
    {"Five people are killed after a train derails in Bavaria.", {}},
    {"Three people are killed when a helicopter crashes during an exercise in Kabul.", {}},
    {"Two passenger trains collide in Ayutthaya, Thailand, injuring 22 people.", {}},
    {"A scaffolding collapses in Ha Tinh Province in Vietnam, killing fourteen people.", {}},
    {"Nadal of Spain defeats Djokovic of Serbia in the final.", {}},
    {"A bomb explosion kills five people in Iraq.",
     {"ASSAULT 195 ->IRQCVL 2020-10-08/article asserted killed=5 victims=CVL"}},
    {"Twelve civilians, 11 of them children, were killed by an airstrike.",
     {"ASSAULT 195 ->- 2020-10-08/article asserted killed=12 victims=CVL"}},
    {"At least 13 people, including ten soldiers, are killed in a bombing.",
     {"ASSAULT 195 ->- 2020-10-08/article asserted killed=13+ victims=CVL"}},
    // Missing and detained counts; running totals.
    {"Peru issued an ultimatum to Ecuador.", {"THREATEN 139 PER>ECU 2020-10-08/article asserted"}},
    {"Police arrested 30 protesters in Minsk on Sunday.",
     {"COERCE 173 BLRCOP>BLROPP 2020-10-04/day asserted detained=30 victims=OPP"}},
    {"Azerbaijani shelling killed 5 civilians, while 3 people are missing.",
     {"ASSAULT 194 AZE>- 2020-10-08/article asserted killed=5 missing=3 victims=CVL"}},
    {"The death toll from Azerbaijani shelling has risen to 30 civilians.",
     {"ASSAULT 194 AZE>- 2020-10-08/article asserted killed=30 victims=CVL total"}},
    {"Armenian shelling has killed 12 civilians so far.",
     {"ASSAULT 194 ARM>- 2020-10-08/article asserted killed=12 victims=CVL total"}},
    {"Armenia and Azerbaijan signed a ceasefire agreement in Moscow.",
     {"SUPPORT 057 ARM>AZE 2020-10-08/article asserted",
      "SUPPORT 057 AZE>ARM 2020-10-08/article asserted"}},
    // A nominal event, for each of two coordinated actors.
    {"Russia and Turkey observed a truce.",
     {"RETREAT 0871 RUS>- 2020-10-08/article asserted",
      "RETREAT 0871 TUR>- 2020-10-08/article asserted"}},
    {"Thousands of Armenians protested in Yerevan on Saturday.",
     {"PROTEST 140 ARM>- 2020-10-03/day asserted"}},
    {"Germany expressed support for the Armenian government.",
     {"SUPPORT 051 DEU>ARMGOV 2020-10-08/article asserted"}},
    // Nothing to code without an actor or a count, nor deaths without violence.
    {"The ministers met in Geneva in May.", {}},
    {"Poland reports 58 new deaths.", {}},
    {"The Court of Appeals for England and Wales overturned the ruling.", {}},
};

INSTANTIATE_TEST_SUITE_P(Cases, EventCaseTest, ::testing::ValuesIn(kCases));

TEST(EventTest, AttributionAndTargetText) {
  Doc doc = Annotate(
      "Russian President Vladimir Putin on Thursday urged the conflicting sides to cease "
      "hostilities, the Kremlin said.");
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.trigger, "urged");
  EXPECT_EQ(e.source.text, "Russian President");
  EXPECT_EQ(e.target.text, "the conflicting sides");
  EXPECT_TRUE(e.target.ref.empty());
  EXPECT_EQ(e.attributed_to.text, "the Kremlin");
  EXPECT_EQ(e.attributed_to.ref.code, "RUSGOV");
  EXPECT_EQ(e.mode, "");

  doc = Annotate("According to Armenia, Azerbaijan shelled Stepanakert.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].source.ref.code, "AZE");
  EXPECT_EQ(doc.events[0].attributed_to.ref.code, "ARM");
  ASSERT_TRUE(doc.events[0].location.has_value() || doc.events[0].location_text.empty());

  doc = Annotate("Azerbaijan said that Armenian forces attacked Tartar.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].source.ref.code, "ARMMIL");
  EXPECT_EQ(doc.events[0].attributed_to.text, "Azerbaijan");
}

TEST(EventTest, QuotationsKeepTheirActors) {
  const Doc doc =
      Annotate("\"We will never attack Armenia,\" the Azerbaijani president said on Thursday.");
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  EXPECT_TRUE(e.source.ref.empty());
  EXPECT_EQ(e.target.ref.code, "ARM");
  EXPECT_EQ(e.status, "negated");
  EXPECT_EQ(e.attributed_to.ref.code, "AZEGOV");
}

TEST(EventTest, LocationOfMeetingsAndAttacks) {
  // A joint meeting: one event each way.
  Doc doc = Annotate("The ministers of Armenia and Azerbaijan held talks in Moscow.");
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(doc.events[1].location_text, "Moscow");
  EXPECT_EQ(doc.events[0].location_text, "Moscow");
  ASSERT_TRUE(doc.events[0].location.has_value());
  EXPECT_EQ(doc.events[0].location->country, "RUS");
  EXPECT_TRUE(doc.events[0].location->lat.has_value());
  doc = Annotate("Russia urged calm in Nagorno-Karabakh.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_TRUE(doc.events[0].location_text.empty());  // a request is not located
}

TEST(EventTest, TriggerTableUsesPloverTypes) {
  const std::set<std::string> plover = {
      "AGREE",   "CONSULT", "SUPPORT",  "CONCEDE", "COOPERATE", "AID",      "RETREAT", "ACCUSE",
      "REQUEST", "REJECT",  "THREATEN", "PROTEST", "MOBILIZE",  "SANCTION", "COERCE",  "ASSAULT"};
  for (const events::TriggerDef& d : events::TriggerDefinitions()) {
    EXPECT_TRUE(plover.count(std::string(d.type))) << d.type;
    EXPECT_GE(d.cameo.size(), 3u);
    for (char c : d.cameo) EXPECT_TRUE(c >= '0' && c <= '9') << d.cameo;
  }
  events::TriggerTable table;
  EXPECT_GT(table.form_count(), 150u);
}

TEST(EventTest, CasualtyNumbers) {
  using events::ParseCasualtyNumber;
  EXPECT_EQ(ParseCasualtyNumber("dozens")->min, 24);
  EXPECT_FALSE(ParseCasualtyNumber("dozens")->exact);
  EXPECT_EQ(ParseCasualtyNumber("144")->min, 144);
  EXPECT_TRUE(ParseCasualtyNumber("144")->exact);
  EXPECT_EQ(ParseCasualtyNumber("1,301")->min, 1301);
  EXPECT_EQ(ParseCasualtyNumber("three")->min, 3);
  EXPECT_FALSE(ParseCasualtyNumber("2020"));
  EXPECT_FALSE(ParseCasualtyNumber("civilians"));
}

// ---- one event told twice in an article ------------------------------------------------

size_t MentionCount(const Doc& doc, const std::string& type) {
  size_t n = 0;
  for (const Event& e : doc.events) {
    if (e.type == type) n += e.mentions.size();
  }
  return n;
}

TEST(EventMergeTest, RewordedRepeatIsOneEventWithTwoMentions) {
  const Doc doc = Annotate(
      "Armenia accused Azerbaijan of shelling on 27 September. Later, Yerevan accused "
      "Baku of the shelling on 27 September.");
  size_t accusations = 0;
  for (const Event& e : doc.events) {
    if (e.type != "ACCUSE") continue;
    ++accusations;
    ASSERT_EQ(e.mentions.size(), 2u);
    EXPECT_EQ(e.mentions[0].sentence, 0u);
    EXPECT_EQ(e.mentions[1].sentence, 1u);
    EXPECT_EQ(e.mentions[1].trigger, "accused");
    // The second telling names the government; the merged event keeps the finer actor.
    EXPECT_EQ(e.source.ref.code, "ARMGOV");
  }
  EXPECT_EQ(accusations, 1u);
}

TEST(EventMergeTest, DifferentDatesStayTwoEvents) {
  const Doc doc = Annotate(
      "Armenia accused Azerbaijan of shelling on 27 September. Armenia accused Azerbaijan "
      "of shelling on 3 October.");
  size_t accusations = 0;
  for (const Event& e : doc.events) accusations += e.type == "ACCUSE";
  EXPECT_EQ(accusations, 2u);
}

TEST(EventMergeTest, DifferentCasualtyCountsStayTwoEvents) {
  const Doc doc = Annotate(
      "Azerbaijani shelling killed 5 Armenian soldiers on Monday. Azerbaijani shelling killed "
      "12 Armenian soldiers on Monday.");
  size_t attacks = 0;
  for (const Event& e : doc.events) attacks += e.killed.has_value();
  EXPECT_EQ(attacks, 2u);
}

TEST(EventMergeTest, OneSidedMentionFillsTheFirstTelling) {
  // The second telling names no inviter but gives the date: one event, both filled in.
  const Doc doc = Annotate(
      "Russia invited Armenia to talks in Moscow. Armenia was invited to Moscow on 9 "
      "October for the talks.");
  size_t talks = 0;
  for (const Event& e : doc.events) {
    if (e.trigger != "invited") continue;
    ++talks;
    EXPECT_EQ(Summary(e), "CONSULT 046 RUS>ARM 2020-10-09/day future");
    EXPECT_EQ(e.mentions.size(), 2u);
  }
  EXPECT_EQ(talks, 1u);
}

TEST(EventMergeTest, UndatedOneSidedMentionsStayApart) {
  // Neither telling carries a date of its own: too little to call them one event.
  const Doc doc = Annotate("Russia invited Armenia to talks. Armenia was invited to talks.");
  EXPECT_EQ(MentionCount(doc, "CONSULT"), 2u);
  size_t talks = 0;
  for (const Event& e : doc.events) talks += e.type == "CONSULT";
  EXPECT_EQ(talks, 2u);
}

TEST(EventMergeTest, ExchangingAccusationsIsCodedBothWays) {
  std::set<std::string> pairs;
  for (const Event& e :
       Annotate("Armenia and Azerbaijan exchanged accusations on Sunday.").events) {
    if (e.type == "ACCUSE") pairs.insert(Code(e.source) + ">" + Code(e.target));
  }
  EXPECT_EQ(pairs, (std::set<std::string>{"ARM>AZE", "AZE>ARM"}));
}

TEST(EventCasualtyTest, ASinglePersonInARelativeClauseIsOne) {
  const Doc doc = Annotate(
      "Among the wounded was a Russian journalist, Ivan Petrov, who was seriously injured in "
      "a strike on a school.");
  bool found = false;
  for (const Event& e : doc.events) {
    if (!e.injured) continue;
    found = true;
    EXPECT_EQ(e.injured->min, 1);
    EXPECT_TRUE(e.injured->exact);
    EXPECT_EQ(e.victims, "MED");
  }
  EXPECT_TRUE(found);
}

TEST(EventLocationTest, APlaceRightAfterAnAttackWordIsWhereItStruck) {
  const Doc doc = Annotate(
      "The Azerbaijani strike on Stepanakert killed two civilians. The shelling of Ganja by "
      "Armenia continued.");
  std::vector<std::string> places;
  for (const Event& e : doc.events) places.push_back(e.location_text);
  EXPECT_EQ(places, (std::vector<std::string>{"Stepanakert", "Ganja"}));
}

}  // namespace
}  // namespace dateline
