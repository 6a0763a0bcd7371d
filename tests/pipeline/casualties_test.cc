// Casualty counts as the whole pipeline reads them: a count joined to others by "and"
// adds them up, a named or single person counts one, money and the parts of a whole
// named before ("including", "among them") add nothing, and a count that another verb or
// noun governs is that one's.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "coded_events.h"

namespace dateline {
namespace {

struct CasualtyCase {
  const char* text;
  std::optional<int> killed, injured, detained;
};

std::string Show(const std::optional<Count>& c) {
  return c ? std::to_string(c->min) + (c->exact ? "" : "+") : "-";
}

std::string Show(const std::optional<int>& n) { return n ? std::to_string(*n) : "-"; }

class CasualtyCaseTest : public ::testing::TestWithParam<CasualtyCase> {};

// Some event of the sentence carries the three counts (minimum values).
TEST_P(CasualtyCaseTest, Counts) {
  const CasualtyCase& c = GetParam();
  const std::vector<Event> events = testing::CodeEvents(c.text);
  const auto min = [](const std::optional<Count>& n) {
    return n ? std::optional<int>(n->min) : std::nullopt;
  };
  std::string coded;
  bool found = false;
  for (const Event& e : events) {
    coded += " [" + e.type + " " + e.trigger + " killed=" + Show(e.killed) +
             " injured=" + Show(e.injured) + " detained=" + Show(e.detained) + "]";
    found = found || (min(e.killed) == c.killed && min(e.injured) == c.injured &&
                      min(e.detained) == c.detained);
  }
  EXPECT_TRUE(found) << c.text << "\n  expected killed=" << Show(c.killed)
                     << " injured=" << Show(c.injured) << " detained=" << Show(c.detained)
                     << "\n  coded:" << coded;
}

const CasualtyCase kCases[] = {
    // No one hurt is none, not one.
    {"A bomb explodes outside the residence of a Greek shipowner in Athens; no one is injured.",
     {},
     0,
     {}},
    {"Gunmen attack a bus in Kabul, but nobody is killed.", 0, {}, {}},
    // What an attack "claims" it kills.
    {"A car bombing on the outskirts of Benghazi claims at least 23 lives.", 23, {}, {}},
    {"A suicide bombing in Kabul claims the lives of 12 people.", 12, {}, {}},
    // A part of a toll told before is no toll of its own.
    {"52 civilians are killed by Syrian security forces, 39 of which were killed in Hama.",
     52,
     {},
     {}},
    // An age set off by commas is the one person it belongs to.
    {"Christopher Lane, 22, is shot and killed in Ada, Oklahoma.", 1, {}, {}},
    // Counts joined by "and" add up.
    {"Six soldiers and three militants are killed in clashes.", 9, {}, {}},
    // (The parse makes "killed" a modifier of "people".)
    {"Syria says that an Israeli airstrike killed four people in a vehicle.", 4, {}, {}},
    {"Two soldiers and a civilian were killed in the attack.", 3, {}, {}},
    {"Israel kills three Hezbollah fighters and Taleb Abdullah, a senior commander, in an "
     "airstrike.",
     4,
     {},
     {}},
    {"Three gunmen kill nine Pakistani labourers and a woman in Saravan.", 10, {}, {}},
    // One person.
    {"A woman is killed and 17 other people are injured in Russian attacks on Kharkiv.", 1, 17, {}},
    {"Abu Ali al-Tunisi was killed in an airstrike in Anbar.", 1, {}, {}},
    {"Police in Berlin, Germany, arrest a palliative care nurse for allegedly killing four "
     "patients.",
     {},
     {},
     1},
    // People named as the object of the act, with those counted after them.
    {"Police arrest Michael Applebaum, the mayor of Montreal.", {}, {}, 1},
    {"An airstrike kills Maulvi Nazir, leader of the Pakistani Taliban along with five others "
     "in Angoor Ada.",
     6,
     {},
     {}},
    {"A suicide bombing kills General Ali Aouni, the head of the Iraqi intelligence academy, and "
     "three of his bodyguards in Tal Afar.",
     4,
     {},
     {}},
    {"Soldiers kill Hakimullah Mehsud and Ali Khan.", 2, {}, {}},
    // Shot in a part of the body: injured, unless the sentence tells a death.
    {"Former Pakistani Prime Minister Imran Khan is shot in the leg during a rally in "
     "Wazirabad.",
     {},
     1,
     {}},
    {"A man has died in hospital after being shot in the head at a protest in Brest.", 1, {}, {}},
    // Behind titles the parse hangs the names on.
    {"A missile strike hits a convoy near Baghdad, killing Iranian Major general Qasem "
     "Soleimani and Popular Mobilization Forces leader Abu Mahdi al-Muhandis.",
     2,
     {},
     {}},
    {"A motorcycle bomb kills a father and daughter outside an elementary school.", 2, {}, {}},
    {"In West Virginia, a sheriff is shot and killed in Mingo County.", 1, {}, {}},
    {"Six people are killed in Tripoli in exchanges of fire between neighborhoods.", 6, {}, {}},
    {"Seven people from the same family, including three young children and a teenager, are "
     "killed, another is injured in an arson attack.",
     7,
     1,
     {}},
    // Each verb its own count.
    {"Militants launch rockets against security forces, killing a police officer and injuring "
     "15 others.",
     1,
     15,
     {}},
    {"A Russian drone strike on Kharkiv kills eight civilians and injures 10 others.", 8, 10, {}},
    {"The army kills five insurgents and captures two others in a raid.", 5, {}, {}},
    // A noun's "of" phrase counts whom it befell, not a flight's number or a span of days.
    {"France expels twelve officials after Algeria expelled twelve French officials over the "
     "arrest of an Algerian consular official.",
     {},
     {},
     1},
    {"The heavy fighting resulted in the deaths of at least 40 Somali soldiers.", 40, {}, {}},
    {"A Jordanian member of the MINUSMA peacekeeping force is killed and three others are "
     "injured.",
     1,
     3,
     {}},
    // The fires an attack causes make it no accident; the verbs after "and" need the one
    // before them.
    {"An overnight Russian missile and drone attack on Kyiv, Ukraine, kills two people, injures "
     "28 others, and causes fires across the capital.",
     2,
     28,
     {}},
    {"Rebels claimed to have killed and wounded dozens of soldiers.", 24, 24, {}},
    // Parts of a whole, and numbers that count no people.
    {"At least 51 people, including seven women and twelve children, are killed in Israeli "
     "strikes.",
     51,
     {},
     {}},
    {"According to the ministry, three Russians suffered injuries in the shelling, among them "
     "two journalists and one local guide.",
     {},
     3,
     {}},
    {"Abu Ali al-Tunisi, for whom the Treasury had offered $5 million, is killed in an airstrike.",
     1,
     {},
     {}},
    {"An airstrike kills a dozen people at a market in Idlib.", 12, {}, {}},
    // A toll's figure follows the verb that moves it.
    {"The death toll from the attack on the Istanbul Ataturk Airport rises to 42.", 42, {}, {}},
    // A range counts its low end.
    {"The United Nations says that 400 to 500 people may have been killed and up to 800 "
     "wounded in recent attacks.",
     400,
     800,
     {}},
    {"Airstrikes killed between 20 and 30 civilians.", 20, {}, {}},
    // Those someone attempted to kill were not killed.
    {"Alek Minassian is found guilty of murdering 10 people, and attempting to kill 16 more, in "
     "a vehicle attack.",
     10,
     {},
     {}},  // Nor those someone attempted to arrest, nor whom a plot was to kill.
    {"At least eight police officers are killed and five others injured in an ambush as they "
     "were attempting to arrest a suspect for murder.",
     8,
     5,
     {}},
    // A shooting, stabbing or wounding told as fatal kills.
    {"A gunman fatally shot four people at a car wash in Pennsylvania.", 4, {}, {}},
    {"Police shot dead two protesters in Nairobi.", 2, {}, {}},
    {"Two protesters were fatally injured by police in Nairobi.", 2, {}, {}},
    {"A man fatally stabs 14 family members in the Indian city of Thane.", 14, {}, {}},
    {"A man shoots three children to death and wounds a woman in Texas City.", 3, 1, {}},
    {"Four children are stabbed to death by their mother in Memphis, Tennessee.", 4, {}, {}},
    {"An Israeli missile strike hits a group of journalists, injuring six of them, and killing a "
     "Reuters videographer.",
     1,
     6,
     {}},
    {"Fifteen people are injured and an infant is killed in a shooting in Rio de Janeiro.",
     1,
     15,
     {}},
};

INSTANTIATE_TEST_SUITE_P(Cases, CasualtyCaseTest, ::testing::ValuesIn(kCases));

TEST(CasualtiesTest, ThePartsOfAWholeRunThroughAListOfNationalities) {
  // The victims listed after "including" are parts of the seven, and the airstrike south
  // of a place is still the attack that killed them.
  const Event strike = testing::OnlyEvent(
      testing::CodeEvents("Seven volunteers from the World Central Kitchen, including six "
                          "British, Polish, Australian and Palestinian nationals and a dual "
                          "American-Canadian citizen, are killed in an Israeli airstrike south "
                          "of Deir al-Balah."),
      "the airstrike");
  ASSERT_TRUE(strike.killed.has_value());
  EXPECT_EQ(strike.killed->min, 7);
  EXPECT_EQ(strike.source.ref.code, "ISR");
}

TEST(CasualtiesTest, ACourtJudgesTheAttackItNames) {
  const std::vector<Event> attack = testing::CodeEventsWithTrigger(
      "A Chinese court sentences the perpetrator of the car attack in Zhuhai that killed 35 "
      "people to death.",
      "attack");
  ASSERT_EQ(attack.size(), 1u);
  EXPECT_TRUE(attack[0].source.ref.empty());
}

TEST(CasualtiesTest, AFlightNumberOrASpanOfDaysCountsNoOne) {
  for (const Event& e : testing::CodeEvents(
           "He defends the Revolutionary Guards' accidental killing of passengers onboard Ukraine "
           "International Airlines Flight 752. Protests against the killing of Alvin Cole have "
           "occurred for three consecutive days.")) {
    EXPECT_FALSE(e.killed.has_value()) << e.trigger << " " << e.killed->min;
  }
}

TEST(CasualtiesTest, APlotToKillKillsNoOne) {
  for (const Event& e : testing::CodeEvents(
           "A Maldives court convicts Ahmed Adeeb of masterminding a plot to kill President "
           "Abdulla Yameen.")) {
    EXPECT_FALSE(e.killed) << e.type << " " << e.trigger;
  }
  for (const Event& e : testing::CodeEvents("A man is arrested on suspicion of threatening to "
                                            "kidnap and kill Wichita Mayor Brandon Whipple.")) {
    EXPECT_FALSE(e.killed) << e.type << " " << e.trigger;
  }
  for (const Event& e : testing::CodeEvents(
           "At least eight police officers are killed in an ambush as they were attempting to "
           "arrest a suspect for murder.")) {
    EXPECT_FALSE(e.detained) << e.type << " " << e.trigger;
  }
}

TEST(CasualtiesTest, AMentionOfACountedAttackIsTheSameAttack) {
  const std::vector<Event> events = testing::CodeEventsOfType(
      "An Israeli air strike on Gaza City kills Hitham Maskhal, a well known Palestinian "
      "militant, in the first such attack since the ceasefire.",
      "ASSAULT");
  ASSERT_EQ(events.size(), 1u);
  ASSERT_TRUE(events[0].killed);
  EXPECT_EQ(events[0].killed->min, 1);
}

TEST(CasualtiesTest, ARockslideKillsWithoutAnAttacker) {
  EXPECT_TRUE(testing::NoEvents(
      "A rockslide at Bow Glacier Falls near Banff, Alberta, Canada, kills at least two people."));
}

TEST(CasualtiesTest, AFatalShootingIsAnAttackWhateverALongerPatternSays) {
  // (A dictionary pattern for shooting down a solution reached "result".)
  const Event shot = testing::EventOf(
      "At least six people have been shot dead and 12 injured as "
      "a result of 18 shootings in Chicago.",
      "shot");
  EXPECT_EQ(shot.type, "ASSAULT");
  EXPECT_EQ(shot.cameo, "193");
  ASSERT_TRUE(shot.killed.has_value());
  EXPECT_EQ(shot.killed->min, 6);
}

TEST(CasualtiesTest, AFatalShootingDoesNotCountAnotherClausesVictims) {
  for (const Event& e : testing::CodeEvents(
           "A soldier opens fire in a camp in Nakhon Ratchasima, killing 29 people and injuring "
           "58 others before being shot dead by police the next day.")) {
    EXPECT_FALSE(e.killed.has_value() && e.killed->min == 58) << e.trigger;
  }
}

}  // namespace
}  // namespace dateline
