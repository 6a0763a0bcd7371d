// Sentences, or parts of them, that tell of no event between actors, through the standard
// pipeline: weather disasters and crashes, awards, hosting a contest, descriptive participles.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/coded_events.h"

namespace dateline {
namespace {

using testing::EventSummaries;

TEST(NonEventsTest, DeathsInAStormAreNoAttack) {
  EXPECT_TRUE(
      testing::NoEvents("Seven people in Greece are killed and 100 others injured during a "
                        "violent storm that swept across Thessaloniki."));
}

TEST(NonEventsTest, WinningAPrizeIsNoEvent) {
  for (const std::string& e :
       EventSummaries("Iranian lawyer Nasrin Sotoudeh, who won the Sakharov Prize of the European "
                      "Parliament in 2012, is sentenced to 38 years in prison.")) {
    EXPECT_NE(e.substr(0, 7), "SUPPORT") << e;
  }
}

TEST(NonEventsTest, HostingATournamentIsNoVisit) {
  EXPECT_TRUE(
      testing::NoEvents("North Korea and South Korea express interest in jointly hosting "
                        "the 2023 FIFA Women's World Cup."));
}

TEST(NonEventsTest, AStateVisitIsStillHosted) {
  EXPECT_EQ(EventSummaries("Turkey hosted the Azerbaijani president in Ankara."),
            (std::vector<std::string>{"CONSULT TUR>AZEGOV asserted"}));
}

using testing::CodeEvents;
using testing::EventSummaries;

TEST(NonEventsTest, AParticipleDescribingAThingIsNoEvent) {
  // "leading" and "favoured" only describe the road and the city.
  for (const std::string& e : EventSummaries(
           "Russian troops enter Sumy and take control of the road leading from Kyiv "
           "to Moscow. Monaco, a city favoured by Russian oligarchs, adopts new rules.")) {
    EXPECT_EQ(e.find("AGREE"), std::string::npos) << e;
    EXPECT_EQ(e.find("SUPPORT"), std::string::npos) << e;
  }
}

TEST(NonEventsTest, ACrashKillsWithoutAnAttacker) {
  EXPECT_TRUE(
      testing::NoEvents("A vehicle carrying 26 soldiers crashes in the Shyok River in "
                        "Ladakh, India, killing seven soldiers."));
}

TEST(StatusTest, WhatIsRuledOutOrDeclinedIsNegated) {
  const std::vector<Event> sent = testing::CodeEvents("Russia rules out sending troops to Syria.");
  ASSERT_EQ(sent.size(), 1u);  // and ruling out is no act of governing (COOPERATE 060)
  EXPECT_EQ(sent[0].status, "negated");
  for (const Event& e : testing::CodeEvents(
           "Exxon Mobil, BP and BG decline to take part in the upcoming bidding.")) {
    EXPECT_EQ(e.status, "negated") << e.trigger;
  }
}

TEST(StatusTest, InTheEventOfIsHypothetical) {
  const std::vector<Event> invasion = testing::CodeEventsWithTrigger(
      "U.S. President Joe Biden states that American troops would defend Taiwan in the event of a "
      "Chinese invasion.",
      "invasion");
  ASSERT_FALSE(invasion.empty());
  for (const Event& e : invasion) {
    EXPECT_EQ(e.status, "hypothetical");
  }
}

TEST(StatusTest, AThreatenedActIsThreatenedEvenAcrossAnAdverb) {
  const std::vector<Event> impose = testing::CodeEventsWithTrigger(
      "A French minister threatened today to impose import restrictions against German goods.",
      "impose");
  ASSERT_FALSE(impose.empty());
  for (const Event& e : impose) {
    EXPECT_EQ(e.status, "threatened");
  }
}

TEST(NonEventsTest, RoadAccidentsFiresAndScoresAreNoAttacks) {
  EXPECT_TRUE(
      testing::NoEvents("A bus runs off the road in northwestern Nepal killing at least seventeen "
                        "people."));
  EXPECT_TRUE(
      testing::NoEvents("A fire at a shopping complex in the Russian city of Kazan "
                        "kills at least 17 people."));
  EXPECT_TRUE(
      testing::NoEvents("In another surprise, Georgia defeat Tonga 17-10 in "
                        "Gloucester."));
  // Gunfire is no accident.
  const std::vector<Event> shooting =
      testing::CodeEvents("Syrian troops opened fire on protesters in Homs, killing five.");
  ASSERT_FALSE(shooting.empty());
  EXPECT_EQ(shooting[0].type, "ASSAULT");
}

TEST(NonEventsTest, ASinkingBoatAndASportingDefenceAreNoEvents) {
  EXPECT_TRUE(
      testing::NoEvents("Five people are killed and seven others missing after a boat carrying 35 "
                        "migrants from Sfax, Tunisia, sinks in the Mediterranean Sea."));
  EXPECT_TRUE(
      testing::NoEvents("Sweden defends its podium finish from the previous edition at the World "
                        "Cup."));
}

TEST(NonEventsTest, ARelativeClauseOnAThingTakesNoActorFromBeforeIt) {
  for (const Event& e : testing::CodeEvents(
           "The Supreme Court of Canada upholds the ban despite a 2018 federal ruling which "
           "allowed small quantities of cannabis.")) {
    EXPECT_NE(e.trigger, "allowed") << e.source.ref.code;
  }
}

TEST(StatusTest, AnActDecidedOnIsStillToCome) {
  const std::vector<Event> send = testing::CodeEventsWithTrigger(
      "France has decided to send 4,000 troops to an international peace-keeping force in Liberia, "
      "Defence Minister Pierre Joxe said on Monday.",
      "send");
  ASSERT_FALSE(send.empty());
  for (const Event& e : send) {
    EXPECT_EQ(e.status, "future");
  }
}

TEST(NonEventsTest, RunningTotalsTakingPlaceAndFightingFiresAreNoEvents) {
  EXPECT_TRUE(
      testing::NoEvents("France registers 52,010 new infections, taking the nationwide total to "
                        "1,138,507, the fifth highest after the United States, India and Brazil."));
  // (The demonstrations are Italians' protest; their taking place is no event.)
  EXPECT_EQ(EventSummaries("Demonstrations take place across dozens of cities in "
                           "Italy against the new restrictions."),
            (std::vector<std::string>{"PROTEST ITAOPP> asserted"}));
  EXPECT_TRUE(
      testing::NoEvents("Two firefighters are critically injured while battling the blazes."));
  // A tank explosion is an accident.
  EXPECT_TRUE(
      testing::NoEvents("A propane tank explosion at a restaurant in Izmir, Turkey, "
                        "kills five people and injures 63 others."));
  // Tornadoes strike no one.
  EXPECT_TRUE(
      testing::NoEvents("A series of tornadoes strike Chicago, Illinois, United "
                        "States."));
  // Accidents and illnesses are no attacks.
  EXPECT_TRUE(
      testing::NoEvents("At least 13 people, including ten Indians, are killed in "
                        "a bus accident in Jubail, Saudi Arabia."));
  EXPECT_TRUE(testing::NoEvents("The singer dies of a heart attack at the age of 82."));
  // A crowd gathering is no meeting.
  EXPECT_EQ(testing::EventSummaries("Protesters gather in Sanaa, Yemen, to protest Israel's "
                                    "attacks on Gaza."),
            (std::vector<std::string>{"PROTEST YEMOPP>ISR asserted", "ASSAULT ISR>PSE asserted"}));
  // Breaking out is beginning, not breaking with anyone.
  for (const std::string& e : testing::EventSummaries(
           "Clashes broke out in three cities across Israel as police attempted to enforce "
           "coronavirus lockdown restrictions.")) {
    EXPECT_EQ(e.find("REJECT"), std::string::npos) << e;
  }
}

TEST(StatusTest, AnActAvoidedDoesNotHappen) {
  const std::vector<Event> arrest = testing::CodeEventsWithTrigger(
      "The opposition leader fled to Colombia to avoid arrest by Venezuelan police.", "arrest");
  ASSERT_FALSE(arrest.empty());
  for (const Event& e : arrest) {
    EXPECT_EQ(e.status, "negated");
  }
}

TEST(StatusTest, AClauseOfItsOwnBeforeAReportingVerbIsNoSpeaker) {
  for (const Event& e :
       testing::CodeEvents("Police arrest seven protesters and reported two officers injured.")) {
    EXPECT_TRUE(e.attributed_to.text.empty()) << e.attributed_to.text;
  }
}

TEST(ActorRolesTest, ARoleInPartOfACityIsARoleOfItsCountry) {
  const std::vector<std::string> events = testing::EventSummaries(
      "Security forces in central Baghdad threw tear gas to prevent marchers from crossing "
      "strategic bridges, injuring at least six.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back(), "ASSAULT IRQCOP> asserted");
}

TEST(NonEventsTest, ACourtOfAppealAndAVaccineTrialAreNoEvents) {
  EXPECT_TRUE(
      testing::NoEvents("Belgium's court of appeal recognizes the DNA test result of "
                        "Delphine Boel."));
  EXPECT_TRUE(
      testing::NoEvents("AstraZeneca announces that it would resume vaccine trials in Japan."));
}

TEST(StatusTest, ABannedChargedOrSubordinateActIsNoRequest) {
  // What a ban is on does not happen.
  for (const Event& e : testing::CodeEvents("The government announces a nationwide ban on visits "
                                            "to homes.")) {
    if (e.trigger == "visits") {
      EXPECT_EQ(e.status, "negated");
    }
  }
  // What someone is charged with is alleged.
  const std::vector<Event> killing = testing::CodeEventsWithTrigger(
      "Kyle Rittenhouse, the teenager charged for killing two protesters in Kenosha, will not face "
      "gun charges.",
      "killing");
  ASSERT_FALSE(killing.empty());
  for (const Event& e : killing) {
    EXPECT_EQ(e.status, "alleged");
  }
  // A subordinate clause after a request tells what happened.
  for (const Event& e : testing::CodeEvents(
           "The Dutch government urges Russia to return to negotiation tables after the country "
           "withdrew from talks on liability for the downing of the flight.")) {
    if (e.trigger == "talks") {
      EXPECT_NE(e.status, "requested");
    }
  }
}

TEST(NonEventsTest, MeetingACriterionIsNoMeetingAndAGovernmentDoesNotProtest) {
  EXPECT_TRUE(
      testing::NoEvents("Syllouris resigns after selling passports to investors who "
                        "do not meet the criteria of the European Union."));
  for (const Event& e : testing::CodeEvents("The Thai government issues an emergency decree "
                                            "following yesterday's protests.")) {
    if (e.type == "PROTEST") {
      EXPECT_NE(e.source.ref.role, "GOV");
    }
  }
}

TEST(StatusTest, PostponedTalksDoNotHappenAndTalksExpectedOnThursdayAreComing) {
  int talks = 0;
  for (const Event& e : testing::CodeEvents(
           "Ceasefire talks between Russia and Ukraine, scheduled to take place today, are "
           "postponed.")) {
    ++talks;
    EXPECT_EQ(e.status, "negated") << e.trigger;
  }
  EXPECT_EQ(talks, 2);
  // The article is dated Thursday 8 October 2020: the talks are on Friday the 9th.
  const std::vector<Event> future = testing::CodeEventsWithTrigger(
      "The Russian delegation arrives in Belarus for a second round of talks expected to occur on "
      "Friday.",
      "talks");
  ASSERT_FALSE(future.empty());
  for (const Event& e : future) {
    EXPECT_EQ(e.status, "future");
    EXPECT_EQ(e.date, "2020-10-09");
  }
  // What fails to happen is negated, and failing rejects no one.
  const std::string failed = "Russia and Saudi Arabia fail to reach agreement.";
  EXPECT_TRUE(testing::CodeEventsOfType(failed, "REJECT").empty());
  const std::vector<Event> reach = testing::CodeEventsOfType(failed, "AGREE");
  EXPECT_EQ(reach.size(), 2u);
  for (const Event& e : reach) EXPECT_EQ(e.status, "negated");
  // A count before a participle is its own: "with nine civilians killed and 63 injured".
  bool counted = false;
  for (const Event& e : testing::CodeEvents("Border guards exchange gunfire with nine civilians "
                                            "killed and 63 injured.")) {
    if (!e.killed) continue;
    counted = true;
    EXPECT_EQ(e.killed->min, 9);
    ASSERT_TRUE(e.injured);
    EXPECT_EQ(e.injured->min, 63);
  }
  EXPECT_TRUE(counted);
  // What a request would end is going on.
  const std::vector<Event> bombardment = testing::CodeEventsOfType(
      "Several thousand people gather in Sarajevo, demanding an end to Israel's bombardment of "
      "Gaza.",
      "ASSAULT");
  EXPECT_FALSE(bombardment.empty());
  for (const Event& e : bombardment) EXPECT_EQ(e.status, "asserted");
  // "as well as" goes on with the request.
  int protests = 0;
  for (const Event& e : testing::CodeEvents("Navalny calls for more anti-war protests in Russia, "
                                            "as well as protests against President Putin.")) {
    if (e.type != "PROTEST") continue;
    ++protests;
    EXPECT_EQ(e.status, "requested");
  }
  EXPECT_EQ(protests, 2);
}

TEST(NonEventsTest, ACurrencyAJudgementAndAnEnactingAreNoEventsOfTheirOwn) {
  for (const Event& e : testing::CodeEvents("Russian President Vladimir Putin bans exporting "
                                            "currency abroad in excess of US$10,000.")) {
    EXPECT_NE(e.target.ref.code, "USA");
  }
  for (const Event& e : testing::CodeEvents("The law freezes the assets of people that the "
                                            "European Union considers to be linked to the "
                                            "invasion of Ukraine.")) {
    EXPECT_NE(e.type, "CONSULT");
  }
  // The sanctions are coded by their noun, not as cooperation by "enact".
  const std::vector<std::string> events = testing::EventSummaries(
      "The council of San Marino authorizes the government to enact sanctions against Russia.");
  for (const std::string& e : events) EXPECT_FALSE(e.starts_with("COOPERATE")) << e;
}

TEST(ActorRolesTest, AParticipleClauseWithoutAnOpeningActorHasNoDoer) {
  // The nearest name before "killing" is where the car was.
  for (const Event& e : testing::CodeEvents("Anglophone rebels bomb a car in the Ekondo-Titi "
                                            "commune of Southwest Cameroon, killing seven "
                                            "people.")) {
    EXPECT_NE(e.source.ref.code, "CMR") << e.trigger;
  }
  bool attributed = false;
  for (const Event& e : testing::CodeEvents("Belarus previously said that it would not send its "
                                            "armed forces to Ukraine.")) {
    attributed = true;
    EXPECT_EQ(e.attributed_to.text, "Belarus");
  }
  EXPECT_TRUE(attributed);
}

TEST(ActorRolesTest, AnAgentAfterAParticipleAndACityBeforeAnAttack) {
  // "backed by" names the backer.
  const std::vector<Event> backed = testing::CodeEventsWithTrigger(
      "Kurdish Peshmerga forces backed by U.S. airstrikes seize control of Sinjar in northern "
      "Iraq.",
      "backed");
  ASSERT_FALSE(backed.empty());
  for (const Event& e : backed) {
    EXPECT_EQ(e.source.ref.code, "USA");
  }
  // A city before an attack is where it happened, not who attacked.
  for (const Event& e : testing::CodeEvents("Lebanon arrests nine people over the recent Beirut "
                                            "bombings that killed at least 44 people.")) {
    if (e.trigger == "bombings") {
      EXPECT_TRUE(e.source.ref.empty()) << e.source.ref.code;
    }
  }
  // Asylum seekers are civilians of their country.
  const std::vector<std::string> shot = testing::EventSummaries(
      "Egyptian security forces allegedly shoot dead at least 15 Sudanese asylum seekers.");
  ASSERT_FALSE(shot.empty());
  EXPECT_EQ(shot[0], "ASSAULT EGYCOP>SDNCVL alleged");
}

TEST(NonEventsTest, AnAgeIsNoCountAndATennisFinalIsNoAttack) {
  for (const Event& e : testing::CodeEvents("A rabbi and his 18 year-old son are shot dead by a "
                                            "Palestinian gunman.")) {
    EXPECT_FALSE(e.killed && e.killed->min == 18);
  }
  EXPECT_TRUE(
      testing::NoEvents("In tennis, the Czech Republic retains the Fed Cup "
                        "defeating Russia 3-2 in the final."));
}

TEST(ReportedSpeechTest, AReportingVerbDoesNotDoTheActItReports) {
  int attacks = 0;
  for (const Event& e : testing::CodeEvents("The Egyptian military says 14 terrorists attacked a "
                                            "Sinai military base today.")) {
    EXPECT_NE(e.trigger, "says");
    attacks += e.type == "ASSAULT";
  }
  EXPECT_EQ(attacks, 1);
}

TEST(NonEventsTest, HostingAChampionshipAndAnAftershockAreNoEvents) {
  EXPECT_TRUE(
      testing::NoEvents("UEFA announces that the United Kingdom and the Republic of "
                        "Ireland will host UEFA Euro 2028."));
  EXPECT_TRUE(
      testing::NoEvents("A magnitude 6.3 aftershock strikes near the Afghan city of "
                        "Herat, killing at least one person four days after two "
                        "earthquakes struck the same area."));
}

TEST(ActorRolesTest, ANameWithNationalInItAndABorderThatOnlySaysWhere) {
  EXPECT_EQ(testing::EventSummaries("The Afghan National Army attacked the village."),
            (std::vector<std::string>{"ASSAULT AFGMIL> asserted"}));
  const std::vector<std::string> coalition = testing::EventSummaries(
      "Smer leader Robert Fico agrees to form a coalition government with the Slovak National "
      "Party.");
  ASSERT_FALSE(coalition.empty());
  EXPECT_TRUE(coalition[0].find(">SVKPTY") != std::string::npos) << coalition[0];
  for (const Event& e : testing::CodeEvents("An Israeli soldier and two militants are killed in "
                                            "clashes on the border with Lebanon.")) {
    EXPECT_NE(e.target.ref.code, "LBN");
  }
  // Who was held is named before a detention as often as who held them.
  for (const Event& e : testing::CodeEvents("China deports Australian journalist Cheng Lei "
                                            "following over three years of detention.")) {
    if (e.trigger == "detention") {
      EXPECT_NE(e.source.ref.code, "AUSMED");
    }
  }
}

TEST(NonEventsTest, ATopicLabelAWaterBodyAndASecondAgent) {
  // "2011 Syrian protests:" labels the story; the protests and Syria are not in it.
  for (const Event& e : testing::CodeEvents("2011 Syrian protests: Police use guns to kill at "
                                            "least two people in the southern city of Daraa.")) {
    EXPECT_NE(e.type, "PROTEST");
    EXPECT_NE(e.source.ref.code, "SYR");
    EXPECT_NE(e.date, "2011");
  }
  // The Gulf of Mexico is no part of Mexico.
  for (const Event& e : testing::CodeEvents("The U.S. Coast Guard begins investigating a "
                                            "reported oil spill in the Gulf of Mexico.")) {
    EXPECT_NE(e.target.ref.code, "MEX");
  }
  // Only the first "by" names the agent.
  for (const Event& e : testing::CodeEvents(
           "The Libyan opposition stronghold of Benghazi is bombed by pro-Gaddafi forces despite "
           "the declaration of a no-fly zone by the United Nations.")) {
    EXPECT_NE(e.source.ref.code, "UNO") << e.trigger;
  }
}

TEST(ActorRolesTest, KillersDoTheAttackAndAStrikeByStaffIsALabourAction) {
  const std::vector<std::string> clashes = testing::EventSummaries(
      "Hamas militants kill at least 16 Palestinians as clashes intensify in the Gaza Strip.");
  ASSERT_EQ(clashes.size(), 1u);
  EXPECT_TRUE(clashes[0].starts_with("ASSAULT PSEREB>")) << clashes[0];
  const std::vector<std::string> strike = testing::EventSummaries(
      "A strike by Indian Airlines ground staff disrupts air traffic throughout India.");
  ASSERT_EQ(strike.size(), 1u);
  EXPECT_TRUE(strike[0].starts_with("PROTEST ")) << strike[0];
  // One attack, with its target and the finer code of the attack noun.
  const std::vector<Event> hit = testing::CodeEvents("Russian missile strikes hit Kyiv.");
  ASSERT_EQ(hit.size(), 1u);
  EXPECT_EQ(hit[0].cameo, "195");
  EXPECT_FALSE(hit[0].target.ref.empty());
}

TEST(StatusTest, AYearModifyingANounDatesOnlyThatNounAndAClaimIsNoAccusation) {
  for (const Event& e : testing::CodeEvents(
           "Indonesian police claim to have arrested Abu Dujana, the military leader responsible "
           "for the 2002 Bali bombings.")) {
    if (e.trigger == "arrested") {
      EXPECT_NE(e.date, "2002");
    }
  }
  EXPECT_TRUE(
      testing::NoEvents("Hamas claims full control of Palestinian Authority "
                        "security agencies on the Gaza Strip."));
}

TEST(ActorRolesTest, APlaceNamedByAPlaceNounAndAnObjectAfterTheVerbDoNothing) {
  for (const Event& e : testing::CodeEvents(
           "A series of explosions in four cities in Sri Lanka, including the largest city "
           "Colombo, kills at least 359 people.")) {
    EXPECT_TRUE(e.source.ref.empty()) << e.source.ref.code;
  }
  const std::vector<std::string> base = testing::EventSummaries(
      "Suspected jihadist militants attack a Malian military base in the town of Guire, killing "
      "ten soldiers.");
  ASSERT_FALSE(base.empty());
  EXPECT_EQ(base[0], "ASSAULT >MLIMIL asserted");
  bool attributed = false;
  for (const Event& e : testing::CodeEvents("U.S. Secretary of State Mike Pompeo has stated that "
                                            "several United States citizens were killed in the "
                                            "attacks.")) {
    attributed = true;
    EXPECT_EQ(e.attributed_to.text, "U.S. Secretary of State Mike Pompeo");
  }
  EXPECT_TRUE(attributed);
}

TEST(ActorRolesTest, WhoIsInDetentionIsHeldAndAProhibitedActDoesNotHappen) {
  const std::vector<std::string> held = testing::EventSummaries(
      "Erdogan declares that the coup is over with over 1,500 members of the Turkish military in "
      "detention.");
  ASSERT_FALSE(held.empty());
  EXPECT_EQ(held[0], "COERCE >TURMIL asserted");
  for (const Event& e : testing::CodeEvents("The Federal Aviation Administration issues an order "
                                            "that prohibits all airlines from flying from Turkey "
                                            "to the U.S.")) {
    if (e.trigger == "flying") {
      EXPECT_EQ(e.status, "negated");
    }
  }
  bool attributed = false;
  for (const Event& e : testing::CodeEvents(
           "An official later adds that 1,440 people have been reported wounded.")) {
    attributed = true;
    EXPECT_EQ(e.attributed_to.text, "An official");
  }
  EXPECT_TRUE(attributed);
}

TEST(NonEventsTest, AHeadlineCountAndABusCrash) {
  // "37 killed, 16 injured in a bus crash": an accident, and 37 is the toll.
  EXPECT_TRUE(
      testing::NoEvents("37 killed, 16 injured in a bus crash in Malaysia, near a temple."));
  bool attack = false;
  for (const Event& e : testing::CodeEvents("37 killed, 16 injured in an attack on a market in "
                                            "Kabul.")) {
    if (e.type != "ASSAULT") continue;
    attack = true;
    ASSERT_TRUE(e.killed.has_value());
    EXPECT_EQ(e.killed->min, 37);
  }
  EXPECT_TRUE(attack);
}

TEST(ActorRolesTest, ThreatenedSanctionsATitleOfAnotherCountryAndCampaigns) {
  const std::vector<std::string> sanctions = testing::EventSummaries(
      "U.S. President Joe Biden threatens to re-impose sanctions on Myanmar's military leaders.");
  EXPECT_EQ(sanctions, (std::vector<std::string>{"THREATEN USAGOV>MMRMIL asserted",
                                                 "COERCE USAGOV>MMRMIL threatened"}));
  const std::vector<std::string> visit = testing::EventSummaries(
      "Cardinal Pietro Parolin, the Vatican Secretary of State, visits Cameroon this week.");
  ASSERT_FALSE(visit.empty());
  EXPECT_EQ(visit[0], "CONSULT VATGOV>CMR asserted");
  EXPECT_TRUE(
      testing::NoEvents("Prime Minister Imran Khan launches the vaccination "
                        "campaign against COVID-19 in Pakistan."));
  EXPECT_TRUE(
      testing::NoEvents("Yemen begins its COVID-19 vaccination campaign using the "
                        "vaccine produced by AstraZeneca."));
  for (const Event& e : testing::CodeEvents("The WHO and UNICEF launch a four-day polio "
                                            "vaccination campaign in Afghanistan.")) {
    EXPECT_NE(e.type, "REQUEST") << e.trigger;
  }
  EXPECT_TRUE(
      testing::NoEvents("Twelve people are killed when two vessels sink close to a "
                        "port on the Pacific coast."));
}

TEST(NonEventsTest, ANumberInANameAJetGoneMissingAndAStartingYear) {
  EXPECT_TRUE(
      testing::NoEvents("SEAL Team Six also suffered unspecified injuries that were "
                        "treated at the site."));
  EXPECT_TRUE(
      testing::NoEvents("An Indian Air Force jet goes missing near the border with "
                        "China."));
  for (const Event& e : testing::CodeEvents(
           "The World Health Organization elects former Ethiopian Foreign Minister Tedros as "
           "Director-General succeeding Margaret Chan, who has been in office since 2006.")) {
    EXPECT_NE(e.date, "2006");
  }
  // Where criticism came from is who criticizes.
  const std::vector<std::string> criticism = testing::EventSummaries(
      "The Philippines clarifies a remark about a war with China amid criticism from Filipinos.");
  ASSERT_FALSE(criticism.empty());
  EXPECT_TRUE(criticism[0].starts_with("ACCUSE PHL>")) << criticism[0];
}

TEST(NonEventsTest, HeadlineVerbsDuplicatesAndStorming) {
  // "kills" read as a noun after "bombing" still codes the attack with both counts.
  bool attack = false;
  for (const Event& e : testing::CodeEvents("A suicide bombing kills six people and injures 20 "
                                            "in Dera Ismail Khan, Pakistan.")) {
    if (e.type != "ASSAULT") continue;
    attack = true;
    ASSERT_TRUE(e.killed && e.injured);
    EXPECT_EQ(e.killed->min, 6);
    EXPECT_EQ(e.injured->min, 20);
  }
  EXPECT_TRUE(attack);
  // "people in Beirut, Lebanon" is one target, hence one event.
  EXPECT_EQ(testing::EventSummaries("An explosion kills at least four people in Beirut, "
                                    "Lebanon.")
                .size(),
            1u);
  // "storm a military outpost" is an attack, not a storm.
  EXPECT_FALSE(testing::EventSummaries("Unknown gunmen from Afghanistan storm a Pakistani military "
                                       "outpost, killing three soldiers.")
                   .empty());
  // A package of sanctions is introduced by whoever introduces it.
  const std::vector<Event> sanctions = testing::CodeEventsWithTrigger(
      "The New Zealand government is expected to introduce a package of sanctions against Russia.",
      "sanctions");
  ASSERT_FALSE(sanctions.empty());
  for (const Event& e : sanctions) {
    EXPECT_EQ(e.source.ref.code, "NZLGOV");
  }
}

TEST(ActorRolesTest, TheVictimsOfAnAttackByAGroupAreItsTargets) {
  EXPECT_EQ(testing::EventSummaries("Ten Chadian soldiers are killed and many others injured in "
                                    "an attack by Boko Haram in Lac Region, Chad."),
            (std::vector<std::string>{"ASSAULT NGAREB>TCDMIL asserted"}));
  const std::vector<std::string> srinagar = testing::EventSummaries(
      "An Indian policeman is killed and his seven-year-old daughter injured in an attack in "
      "Srinagar.");
  ASSERT_EQ(srinagar.size(), 1u);
  EXPECT_EQ(srinagar[0], "ASSAULT >INDCOP asserted");
  bool cameroon = false;
  for (const Event& e : testing::CodeEvents("Twenty-four people are killed and more than 60 "
                                            "injured in an attack by Anglophone rebels in "
                                            "Cameroon.")) {
    cameroon = true;
    EXPECT_EQ(e.source.ref.code, "CMRREB");
    ASSERT_TRUE(e.killed);
    EXPECT_EQ(e.killed->min, 24);
  }
  EXPECT_TRUE(cameroon);
}

TEST(NounEventsTest, WithdrawalsBlockadesCurfewsAndInvestigationsAreEvents) {
  // Who withdraws follows "of", and what they leave, "from"; the place left is no role.
  EXPECT_EQ(testing::EventSummaries("The United States announced the withdrawal of its forces "
                                    "from Panama."),
            (std::vector<std::string>{"RETREAT USA>PAN asserted"}));
  const std::vector<Event> withdrawal = testing::CodeEventsOfType(
      "Putin orders Shoygu to start the withdrawal of Russian Armed Forces from Syria.", "RETREAT");
  bool russian = false;
  for (const Event& e : withdrawal) {
    if (e.trigger != "withdrawal") continue;
    russian = true;
    EXPECT_EQ(e.source.ref.code, "RUSMIL");
    EXPECT_EQ(e.target.ref.code, "SYR");
  }
  EXPECT_TRUE(russian);
  // A name in a later phrase of the withdrawn ("of its personnel in the UN mission") is
  // not who withdraws.
  for (const Event& e : testing::CodeEventsOfType(
           "Germany announces the withdrawal of its Bundeswehr personnel in the United Nations "
           "mission in Mali.",
           "RETREAT")) {
    EXPECT_EQ(e.source.ref.code, "DEU");
  }
  // A blockade strikes the place it closes, as an attack does; what follows "following"
  // is another story; a curfew in the doer's own country has no target.
  EXPECT_EQ(testing::EventSummaries("Israel Friday reimposed blockades in the West Bank "
                                    "following the shooting deaths of two Israelis."),
            (std::vector<std::string>{"COERCE ISR>PSE asserted"}));
  EXPECT_EQ(testing::EventSummaries("Israel imposed a curfew in Tel Aviv."),
            (std::vector<std::string>{"COERCE ISR> asserted"}));
  // What the performing verb says of the act holds for the noun.
  const std::vector<Event> probe = testing::CodeEventsOfType(
      "The U.S. Department of Justice announces that it will not open a civil rights "
      "investigation into nursing homes.",
      "ACCUSE");
  ASSERT_EQ(probe.size(), 1u);
  EXPECT_EQ(probe[0].status, "negated");
  // A participle that describes another noun has its own agent.
  for (const Event& e : testing::CodeEvents("The Department of Justice is opening a criminal "
                                            "investigation into tax avoidance schemes exposed "
                                            "by the Panama Papers.")) {
    EXPECT_NE(e.source.ref.code, "PAN");
  }
}

TEST(NounEventsTest, ARestrictionLiftedIsNoRestrictionImposed) {
  EXPECT_EQ(testing::EventSummaries("Serbia lifted a night curfew in Montenegro."),
            (std::vector<std::string>{"CONCEDE SRB>MNE asserted"}));
  // Also where the parse makes the verb the noun's modifier.
  EXPECT_EQ(testing::EventSummaries("The United States eased sanctions on Iran."),
            (std::vector<std::string>{"RETREAT USA>IRN asserted"}));
  const std::vector<Event> embargo =
      testing::CodeEvents("The European Union lifted its arms embargo on China.");
  ASSERT_EQ(embargo.size(), 1u);
  EXPECT_EQ(embargo[0].cameo, "085");  // ease economic sanctions
  EXPECT_EQ(embargo[0].source.ref.code, "EEC");
  EXPECT_EQ(embargo[0].target.ref.code, "CHN");
  // A restriction imposed is one.
  EXPECT_EQ(testing::EventSummaries("Israel imposed a blockade on Gaza."),
            (std::vector<std::string>{"COERCE ISR>PSE asserted"}));
}

TEST(NonEventsTest, AnAircraftThatCrashesKillsInNoAttack) {
  EXPECT_TRUE(
      testing::NoEvents("A United Arab Emirates Air Force fighter jet crashes in a "
                        "mountainous area near Aden, killing both pilots."));
  // A protest amid which someone is elected is not theirs.
  EXPECT_TRUE(
      testing::NoEvents("Hashim Thaci is elected the President of Kosovo by the "
                        "Parliament amid protests."));
}

TEST(ActorRolesTest, ABuildingBombedStandsForItsCountry) {
  EXPECT_EQ(testing::EventSummaries("Two prisons in Al Hudaydah, Yemen, are bombed by Saudi "
                                    "Arabian jets, leaving 60 dead.")[0],
            "ASSAULT SAUMIL>YEM asserted");
  // People shot are no building: no country is made their target.
  for (const Event& e :
       testing::CodeEvents("Two firefighters are shot during a welfare check in Temple, Texas.")) {
    EXPECT_TRUE(e.target.ref.empty()) << e.target.ref.code;
  }
}

TEST(NonEventsTest, ASentenceWhoseParseFoundNoVerbStillHasItsVerb) {
  // The parse reads "set" as a participle on "Protesters".
  EXPECT_EQ(testing::EventSummaries("Protesters set fire to the Iranian embassy."),
            (std::vector<std::string>{"ASSAULT >IRNGOV asserted"}));
  EXPECT_TRUE(testing::NoEvents("They will be the first American spacecraft sent to Venus."));
  // "the capital Seoul" after "in" is where a rally is, not whom it is against.
  for (const Event& e :
       testing::CodeEvents("Around 1.5 million people rallied in the capital Seoul.")) {
    EXPECT_NE(e.target.ref.code, "KORGOV");
  }
}

TEST(NonEventsTest, ASuicideIsNoAttackButASuicideBombingIs) {
  EXPECT_TRUE(
      testing::NoEvents("American financier Jeffrey Epstein is found dead in his "
                        "Manhattan jail cell in an apparent suicide."));
  const std::vector<Event> bombing =
      testing::CodeEventsOfType("A suicide bomber kills 12 people in Kabul.", "ASSAULT");
  ASSERT_EQ(bombing.size(), 1u);
  ASSERT_TRUE(bombing[0].killed);
  EXPECT_EQ(bombing[0].killed->min, 12);
  EXPECT_EQ(testing::CodeEventsOfType("A suicide car-bomb attack at the police academy in Bogota "
                                      "kills at least 20 people.",
                                      "ASSAULT")
                .size(),
            1u);
  // A killer's suicide afterwards leaves the killings.
  EXPECT_EQ(testing::CodeEventsOfType("A gunman kills three people before committing suicide in "
                                      "State College.",
                                      "ASSAULT")
                .size(),
            1u);
}

TEST(ActorRolesTest, UnitedStatesDepartmentsNamedWithoutTheCountry) {
  EXPECT_EQ(testing::EventSummaries("The Treasury Department imposed sanctions on Iran."),
            (std::vector<std::string>{"COERCE USAGOV>IRN asserted"}));
}

TEST(NonEventsTest, PollsPeaksAndFootballAreNoEvents) {
  EXPECT_TRUE(
      testing::NoEvents("Four climbers from Canada, China, Germany and South Korea "
                        "die whilst returning from the summit of Mount Everest."));
  EXPECT_TRUE(
      testing::NoEvents("Voters in the Indian state of Gujarat go to the polls for "
                        "the state assembly election."));
  EXPECT_TRUE(
      testing::NoEvents("UEFA opens disciplinary proceedings against The Football "
                        "Association after England fans attempted to invade the "
                        "pitch during their game with Sweden."));
}

TEST(NonEventsTest, AccidentsRulingsAndCandidaciesAreNoAttacks) {
  EXPECT_TRUE(
      testing::NoEvents("Twenty-four Russian tourists are killed when their bus "
                        "plummets into a ravine near Eilat."));
  EXPECT_TRUE(
      testing::NoEvents("Scientists are searching for the remains of a meteorite "
                        "that is believed to have struck northern Canada."));
  EXPECT_TRUE(testing::NoEvents("An explosion at a gas station kills 5."));
  EXPECT_TRUE(
      testing::NoEvents("Four people die and dozens are hurt in an explosion at a "
                        "sugar refinery in Port Wentworth."));
  // A bomb's explosion near works is still an attack.
  EXPECT_EQ(testing::CodeEventsOfType("A car bomb explosion near a fuel depot kills 12 soldiers.",
                                      "ASSAULT")
                .size(),
            1u);
  EXPECT_TRUE(
      testing::NoEvents("The Constitutional Court refused to strike down a law "
                        "criminalizing adultery."));
  EXPECT_TRUE(
      testing::NoEvents("Morgan Tsvangirai announces that he will contest a runoff "
                        "election in the Zimbabwean presidential race."));
}

TEST(NonEventsTest, StormsRecordsMarketsDisguisesAndPlots) {
  EXPECT_TRUE(
      testing::NoEvents("Five people are confirmed dead as thunderstorms hit the "
                        "Northeastern United States."));
  EXPECT_TRUE(testing::NoEvents("French athlete Kevin Mayer breaks the decathlon world record."));
  EXPECT_TRUE(
      testing::NoEvents("Germany's trade surplus shrank in 2017, reflecting strong "
                        "demand at home."));
  for (const Event& e : testing::CodeEvents("Militants disguised as United Nations troops attack "
                                            "two military bases near Timbuktu, Mali.")) {
    EXPECT_NE(e.source.ref.code, "UNO");
  }
  // A ceasefire broken is still an attack.
  EXPECT_EQ(testing::CodeEventsOfType("Russia breaks the ceasefire in Ukraine.", "ASSAULT").size(),
            1u);
  // A plotted attack has not happened.
  for (const Event& e : testing::CodeEvents("Police foil an Islamic State plot to bomb a mosque "
                                            "in Kansas.")) {
    if (e.trigger == "bomb") {
      EXPECT_EQ(e.status, "hypothetical");
    }
  }
}

TEST(NonEventsTest, WhatBlowsUpByItselfAndAnimalsAttackNoOne) {
  EXPECT_TRUE(
      testing::NoEvents("A gas truck explodes in a residential area of Nairobi, Kenya, "
                        "killing three people and injuring 280 others."));
  EXPECT_TRUE(testing::NoEvents(
      "A tourist is killed and another is injured in a shark attack at a resort in Mexico."));
  EXPECT_TRUE(testing::NoEvents("A 19-year-old woman was killed by a bear last week."));
  EXPECT_TRUE(testing::NoEvents(
      "A person is killed after falling into a running aircraft engine at Schiphol Airport."));
  // A bomb that explodes is still an attack, whatever it was hidden in.
  EXPECT_FALSE(
      testing::NoEvents("Two bombs hidden in plant pots explode, killing at least one "
                        "person and injuring 10 others in Hua Hin."));
}

TEST(NonEventsTest, ALaunchIntoSpaceIsNoAttack) {
  EXPECT_TRUE(
      testing::NoEvents("The Iranian Space Agency launches the Simorgh rocket carrying "
                        "two satellites from the Semnan spaceport."));
  EXPECT_FALSE(testing::NoEvents("Hezbollah launches 200 rockets at northern Israel."));
}

TEST(NonEventsTest, ControllingIsNoCooperation) {
  EXPECT_TRUE(
      testing::NoEvents("Ukrainian forces now control over 1,000 square kilometres of Russian "
                        "territory, a Ukrainian general says."));
}

// A missile fired into the sea shows force (CAMEO 150) and strikes no country.
TEST(EventKindsTest, AMissileFiredIntoTheSeaIsAShowOfForce) {
  EXPECT_EQ(EventSummaries("North Korea fires two ballistic missiles into the Sea of Japan."),
            (std::vector<std::string>{"MOBILIZE PRK> asserted"}));
}

// The doer's partner in a list is no target: "airstrikes launched by A and B".
TEST(EventKindsTest, ADoersPartnerIsNoTarget) {
  EXPECT_EQ(
      EventSummaries("Seventeen Houthi fighters are killed during airstrikes launched by "
                     "the United States and the United Kingdom."),
      (std::vector<std::string>{"ASSAULT USA>YEMREB asserted", "ASSAULT GBR>YEMREB asserted"}));
}

TEST(StatusTest, ARefusalToActNegatesIt) {
  const std::vector<Event> arrests = testing::CodeEventsOfType(
      "Ukraine says that Mongolia's refusal to arrest Vladimir Putin during a state visit makes "
      "it share responsibility.",
      "COERCE");
  ASSERT_FALSE(arrests.empty());
  for (const Event& e : arrests) {
    EXPECT_EQ(e.status, "negated") << e.trigger;
  }
}

TEST(NonEventsTest, WeaponsTradedAndWhatABuildingDoesAreNoAttacks) {
  for (const std::string& e :
       EventSummaries("The administration approves a $680 million arms package to Israel, "
                      "including hundreds of small diameter bombs.")) {
    EXPECT_NE(e.substr(0, 7), "ASSAULT") << e;
  }
  EXPECT_EQ(EventSummaries("At least fifteen people are killed in an Israeli attack on a school "
                           "sheltering displaced people in Gaza City.")
                .size(),
            1u);
  // Gunfire is no fire.
  EXPECT_FALSE(testing::NoEvents("At least ten people are killed by Israeli artillery fire."));
}

TEST(NonEventsTest, AFactoryExplosionPastThePlaceIsAnAccident) {
  EXPECT_TRUE(testing::NoEvents(
      "An explosion at a chemical factory in Firouzabad, Fars, Iran, injures 32 people."));
}

// Ending restrictions eases them (CAMEO 081), it closes nothing.
TEST(EventKindsTest, EndingRestrictionsEasesThem) {
  const Event eased = testing::OnlyEvent(
      testing::CodeEventsOfType(
          "Canada formally ends all COVID-19 border measures, including vaccination requirements.",
          "CONCEDE"),
      "eased");
  EXPECT_EQ(eased.cameo, "081");
  EXPECT_TRUE(
      testing::CodeEventsOfType("Canada ends all COVID-19 border measures.", "COERCE").empty());
}

// A verb's pattern reads its object, not an infinitive clause after it; a pattern that
// spells out its "to" still does.
TEST(EventKindsTest, APatternStopsAtAnInfinitive) {
  EXPECT_TRUE(testing::NoEvents(
      "China said that it would take comprehensive measures to ensure an adequate power supply."));
  const Event expelled = testing::OnlyEvent(
      testing::CodeEvents("The Czech Republic ordered Russian diplomatic staff to leave Prague."),
      "expelled");
  EXPECT_EQ(expelled.cameo, "174");
  EXPECT_EQ(expelled.target.ref.code, "RUS");
}

TEST(NonEventsTest, WeatherAndBrokenLiftsAreAccidents) {
  EXPECT_TRUE(testing::NoEvents(
      "Eight people are killed and five others are missing after their fishing vessel "
      "encountered severe weather near the Falkland Islands."));
  EXPECT_TRUE(
      testing::NoEvents("One person is killed and twelve others are trapped when an "
                        "elevator fails at a gold mine in Colorado."));
  EXPECT_TRUE(testing::NoEvents(
      "Six people are killed and 12 others are injured by strong winds on the island of Corsica."));
  EXPECT_TRUE(testing::NoEvents(
      "The death toll of the northeast China coal mine blast rose to 134 on Monday."));
}

TEST(NonEventsTest, ACampaignRallyIsNoProtestAndDonatedShellsNoAttack) {
  EXPECT_TRUE(testing::CodeEventsOfType(
                  "Joe Biden is injured in an assassination attempt at a campaign rally in "
                  "Pennsylvania.",
                  "PROTEST")
                  .empty());
  EXPECT_TRUE(testing::CodeEventsOfType("Denmark announces that the country will donate all of "
                                        "its artillery shells to Ukraine.",
                                        "ASSAULT")
                  .empty());
}

TEST(NonEventsTest, ToxicAlcoholIsNoAttackAndPeopleInTwoPlacesDoNotFightEachOther) {
  EXPECT_TRUE(
      testing::NoEvents("At least 27 people are killed after drinking toxic alcohol in Pakistan."));
  for (const std::string& e : EventSummaries(
           "The Islamic State urges its supporters in Indonesia and Malaysia to go to the "
           "Philippines and fight against the president.")) {
    EXPECT_NE(e.substr(0, 15), "ASSAULT IDN>MYS") << e;
    EXPECT_NE(e.substr(0, 15), "ASSAULT MYS>IDN") << e;
  }
}

// "due to" before a noun gives a cause, not a plan ("is due to meet").
TEST(StatusTest, DueToACauseIsNoPlan) {
  const Event attacks = testing::OnlyEvent(
      testing::CodeEventsWithTrigger(
          "Ukraine experiences rolling blackouts due to Russian attacks on power plants.",
          "attacks"),
      "attacks");
  EXPECT_EQ(attacks.status, "asserted");
  for (const Event& e : testing::CodeEvents("Putin and Erdogan are due to meet in Sochi.")) {
    EXPECT_EQ(e.status, "future") << e.trigger;
  }
}

TEST(NonEventsTest, PublishingIsNoRelease) {
  // A dictionary null pattern ("release * REPORT [---]") and the project's own
  // ("footage", "results") hold; a release of people stays one.
  EXPECT_TRUE(testing::NoEvents(
      "Yemen's Houthi movement releases footage of captured soldiers. The Ethiopian "
      "government releases a preliminary report on the crash. The Togolese electoral "
      "commission releases official results."));
  EXPECT_EQ(EventSummaries("Kurdish rebels release eight Turkish citizens."),
            (std::vector<std::string>{"RETREAT >TURCVL asserted"}));
}

TEST(NonEventsTest, LeadingIsNoCooperation) {
  EXPECT_TRUE(testing::NoEvents(
      "An 8.3 magnitude earthquake in East Russia leads to widespread evacuations."));
  EXPECT_TRUE(testing::CodeEventsWithTrigger("The European Union and leading member states "
                                             "such as Belgium criticize the decision.",
                                             "leading")
                  .empty());
}

TEST(NonEventsTest, AnEventNounModifyingAThingIsNoEvent) {
  EXPECT_TRUE(testing::CodeEventsWithTrigger(
                  "The tenure of its judges expires after the United States blocked the "
                  "appointment of new judges, and the quorum needed for a valid appeals ruling "
                  "cannot be reached.",
                  "appeals")
                  .empty());
  EXPECT_TRUE(testing::CodeEventsWithTrigger("Police in Minsk arrest a protest leader.", "protest")
                  .empty());
}

TEST(NonEventsTest, CallingOffASearchIsNoRequest) {
  EXPECT_TRUE(testing::NoEvents(
      "UK police announce that they are calling off the search for missing girl April "
      "Jones."));
}

TEST(NonEventsTest, CallingSomeoneSomethingNamesThem) {
  // Named in contempt is disapproval; named otherwise is no event; called on a day is a
  // phone call, not a call on someone.
  EXPECT_EQ(EventSummaries("Biden called Putin a killer."),
            (std::vector<std::string>{"ACCUSE USAPTY>RUSGOV asserted"}));
  EXPECT_TRUE(testing::NoEvents("Macron called Merkel a friend."));
  const Event call =
      testing::OnlyEvent(testing::CodeEvents("Putin called Erdogan on Tuesday."), "the call");
  EXPECT_EQ(call.type, "CONSULT");
  EXPECT_EQ(call.date, "2020-10-06");
}

TEST(NonEventsTest, KillingAnimalsIsNoAssault) {
  EXPECT_TRUE(testing::NoEvents("Farmers in India kill dozens of stray cattle."));
  EXPECT_EQ(EventSummaries("Russian forces kill 12 Ukrainian soldiers."),
            (std::vector<std::string>{"ASSAULT RUSMIL>UKRMIL asserted"}));
}

TEST(NonEventsTest, AJudgementIsNoConsultation) {
  EXPECT_TRUE(testing::CodeEventsWithTrigger(
                  "The United States no longer considers Israeli settlement of the West Bank "
                  "as illegal.",
                  "considers")
                  .empty());
}

TEST(NonEventsTest, CrowdsMarchTroopsDoNot) {
  // The tagger reads "march" after a plural as a modal; a crowd's march is a protest.
  EXPECT_EQ(EventSummaries("Thousands of people march in Paris against the pension reform."),
            (std::vector<std::string>{"PROTEST FRAOPP> asserted"}));
  EXPECT_TRUE(testing::NoEvents("Russian troops march into Crimea."));
}

TEST(NonEventsTest, ACrowdCrushAHailstormAndAnApproachAreNoAttacksOrAid) {
  EXPECT_TRUE(
      testing::NoEvents("At least twelve people are killed and dozens more are injured "
                        "in a crowd crush at the stadium in San Salvador."));
  EXPECT_TRUE(
      testing::NoEvents("At least 110 people are injured during extreme hailstorms in "
                        "Veneto, Italy."));
  EXPECT_TRUE(testing::NoEvents("Severe Tropical Cyclone Ula approaches Vanuatu."));
  // Crushing a protest is no accident.
  EXPECT_FALSE(testing::NoEvents("Russian troops crush the protests, killing 12 people."));
}

TEST(NonEventsTest, GoingToIsAFutureAndAWarningAgainstGoingNoJourney) {
  EXPECT_TRUE(
      testing::NoEvents("The government of Norfolk Island announces it is going to take "
                        "its governance issue to the United Nations."));
  EXPECT_TRUE(
      testing::NoEvents("Australia, Canada and Singapore issue travel warnings against "
                        "going to Mindanao, Philippines."));
}

TEST(NonEventsTest, ATravelWarningIsNoThreat) {
  EXPECT_TRUE(
      testing::NoEvents("The United States Department of State issues an internal travel "
                        "warning to Israel."));
  EXPECT_FALSE(testing::NoEvents("North Korea issues a warning to South Korea."));
}

TEST(NonEventsTest, AMineAccidentIsNoAttack) {
  EXPECT_TRUE(
      testing::NoEvents("A coal mine accident in Guizhou province, China's southwest, "
                        "kills eighteen workers and traps five more."));
}

TEST(NonEventsTest, FightingPollutionAndHittingABreakwaterAreNoAttacks) {
  EXPECT_TRUE(
      testing::NoEvents("China amends its environmental protection laws to help fight "
                        "pollution."));
  EXPECT_TRUE(
      testing::NoEvents("A high speed ferry in Macau hits a breakwater, injuring 58 "
                        "people."));
  EXPECT_FALSE(testing::NoEvents("The Libyan National Army fights with rebels near Benghazi."));
}

TEST(NonEventsTest, WhoFindsTheDeadDidNotKillThem) {
  for (const Event& e : testing::CodeEventsOfType(
           "A Medecins Sans Frontieres ship rescues 209 people from two dinghies but finds 22 "
           "dead bodies lying in a pool of fuel.",
           "ASSAULT")) {
    EXPECT_TRUE(e.source.ref.empty()) << e.source.text;
  }
  // Nor are they among the dead.
  for (const Event& e : testing::CodeEventsOfType(
           "Mexican police find nine migrants dead in the Rio Grande.", "ASSAULT")) {
    EXPECT_NE(e.target.ref.role, "COP") << e.target.text;
  }
}

TEST(StatusTest, EscapingDuringClashesNegatesNothing) {
  const Event clashes = testing::OnlyEvent(
      testing::CodeEventsWithTrigger("Fourteen people are killed and inmates escape during "
                                     "clashes between rival gangs at a jail in Machala, Ecuador.",
                                     "clashes"),
      "clashes");
  EXPECT_EQ(clashes.status, "asserted");
  // What is escaped is not done.
  const Event arrest = testing::OnlyEvent(
      testing::CodeEventsWithTrigger("The Russian opposition leader escaped arrest by the police.",
                                     "arrest"),
      "arrest");
  EXPECT_EQ(arrest.status, "negated");
}

TEST(StatusTest, WhatIsPreparedOrPlannedIsAhead) {
  const Event offensive = testing::OnlyEvent(
      testing::CodeEventsWithTrigger("The Syrian Army is preparing to launch an offensive against "
                                     "the ISIL strongholds of Al-Raqqah.",
                                     "offensive"),
      "offensive");
  EXPECT_EQ(offensive.status, "future");
  const Event invasion = testing::OnlyEvent(
      testing::CodeEventsWithTrigger(
          "Saudi Arabia sends troops to Turkey ahead of a planned ground invasion of Syria.",
          "invasion"),
      "invasion");
  EXPECT_EQ(invasion.status, "future");
  // "planned" describing another noun says nothing of the act.
  for (const Event& e :
       testing::CodeEvents("A planned refugee shelter is set on fire in Bautzen, Germany.")) {
    EXPECT_NE(e.status, "future") << e.trigger;
  }
}

TEST(NonEventsTest, DemonstrationsGoingOnAcrossACountryAreNoAttack) {
  EXPECT_TRUE(testing::CodeEventsWithTrigger(
                  "Police fire tear gas at anti-government protestors as demonstrations continue "
                  "in cities across Kenya.",
                  "continue")
                  .empty());
}

TEST(NonEventsTest, OpeningFireNearABorderIsNoDiplomacy) {
  // The CAMEO dictionary's "open ... border" is diplomatic cooperation.
  EXPECT_EQ(testing::EventSummaries(
                "In response, Taliban forces open mortar fire on Pakistani troops at the border."),
            (std::vector<std::string>{"ASSAULT AFGREB>PAKMIL asserted"}));
  EXPECT_EQ(testing::EventSummaries("Turkey opens its border with Syria."),
            (std::vector<std::string>{"SUPPORT TUR>SYR asserted"}));
}

TEST(StatusTest, WhatIsWarnedAgainstOrPermittedIsHypothetical) {
  EXPECT_EQ(testing::StatusOf("China warns the United States against selling weapons to Taiwan.",
                              "selling"),
            "hypothetical");
  EXPECT_EQ(testing::StatusOf("The United States gives Ukraine permission to strike Russian "
                              "territory near Kharkiv Oblast.",
                              "strike"),
            "hypothetical");
}

TEST(NonEventsTest, GunfireSupportIsNoPoliticalSupport) {
  EXPECT_EQ(testing::EventSummaries("Russia renews its assault on Mykolaiv with naval gunfire "
                                    "support."),
            (std::vector<std::string>{"ASSAULT RUS>UKR asserted"}));
}

TEST(NonEventsTest, AnAccusationOfACrimeIsNoArrest) {
  EXPECT_EQ(testing::EventSummaries("The United Nations Committee on the Rights of the Child "
                                    "accuses Israel of severe violations of the Convention."),
            (std::vector<std::string>{"ACCUSE UNO>ISR asserted"}));
}

TEST(StatusTest, APossibleOrPotentialActIsHypothetical) {
  EXPECT_EQ(testing::StatusOf("Protests occur in Pakistan over the possible arrest of former "
                              "Prime Minister Imran Khan.",
                              "arrest"),
            "hypothetical");
  // A toll says the attack happened; "possible" doubts only who did it.
  EXPECT_EQ(testing::StatusOf("One Chinese national is killed and three others injured in a "
                              "possible militant attack on a company in Laos.",
                              "attack"),
            "asserted");
}

TEST(NonEventsTest, AVehicleOverturnIsAnAccident) {
  EXPECT_TRUE(testing::NoEvents(
      "Nine people are killed and 18 others injured after a microbus overturn in Minya, Egypt."));
}

TEST(NonEventsTest, AMarketLevelOrASpaceMissionIsNoEvent) {
  EXPECT_TRUE(testing::NoEvents("The Iranian rial hits another record low against the US dollar."));
  EXPECT_TRUE(
      testing::NoEvents("Indian Prime Minister Narendra Modi says India will launch its "
                        "first manned space mission by 2022."));
  EXPECT_FALSE(
      testing::NoEvents("A Russian missile hits a high school in Kharkiv, Ukraine, "
                        "killing two people."));
}

TEST(StatusTest, WhatABuildingIsUsedForIsNoRequest) {
  EXPECT_EQ(testing::StatusOf("A mosque being used for voter registration is bombed in Khost, "
                              "Afghanistan, killing at least 14 people.",
                              "bombed"),
            "asserted");
}

TEST(NonEventsTest, ALabourStrikeIsAProtestNotAnAttack) {
  EXPECT_EQ(testing::EventSummaries("Junior doctors in the United Kingdom go on strike over a "
                                    "proposed new contract."),
            (std::vector<std::string>{"PROTEST GBROPP> asserted"}));
  const Event strike = testing::EventOf(
      "Thousands of Samsung Electronics workers begin a three-day strike in South Korea over "
      "demands for better pay.",
      "strike");
  EXPECT_EQ(strike.type, "PROTEST");
  EXPECT_EQ(strike.cameo, "143");
  const Event hunger = testing::EventOf("Algerian activists staged a hunger strike.", "strike");
  EXPECT_EQ(hunger.cameo, "142");
  // Strikes by arms stay attacks, also near workers.
  EXPECT_EQ(testing::EventSummaries("Two foreign workers are injured by Hezbollah rocket strikes "
                                    "on Hanita, Israel."),
            (std::vector<std::string>{"ASSAULT LBNREB>ISR asserted"}));
  EXPECT_EQ(testing::EventSummaries("Turkey kills three Kurdistan Workers' Party fighters in "
                                    "strikes in northern Iraq."),
            (std::vector<std::string>{"ASSAULT TUR>IRQREB asserted"}));
}

TEST(NonEventsTest, AttendingAProtestIsNoVisitAndRoadAccidentsNoAttack) {
  EXPECT_TRUE(testing::CodeEventsWithTrigger("Thousands of activists attend a protest in "
                                             "London, United Kingdom.",
                                             "attend")
                  .empty());
  EXPECT_TRUE(
      testing::NoEvents("Ten people are killed and 34 injured in three separate road "
                        "accidents in Jammu-Kashmir, India."));
  EXPECT_TRUE(
      testing::NoEvents("Five people die after a fishing boat is hit by a rogue wave "
                        "off the North Cape, New Zealand."));
  // Gunfire a few words on is no accident, nor are waves of it.
  EXPECT_FALSE(
      testing::NoEvents("Ten people are killed and three others injured after a "
                        "gunman opens fire in a supermarket in Buffalo, New York."));
  EXPECT_FALSE(testing::NoEvents("Two protesters are killed by waves of police gunfire."));
}

TEST(NonEventsTest, TakingOfficeOrOffAndWinningAVoteAreNoSeizureOrAttack) {
  EXPECT_TRUE(testing::NoEvents("Joe Biden takes office as President of the United States."));
  EXPECT_TRUE(
      testing::NoEvents("A Sudanese Air Force helicopter crashes shortly after taking off "
                        "in Sudan's Al Qadarif state."));
  EXPECT_TRUE(
      testing::NoEvents("Alexandria Ocasio-Cortez defeats Democratic incumbent New York "
                        "leader Joseph Crowley in the primary."));
  EXPECT_FALSE(testing::NoEvents("Government forces defeat rebels in Idlib, Syria."));
}

TEST(NonEventsTest, AVerbThatPerformsAnEventNounIsNoEventOfItsOwn) {
  EXPECT_EQ(testing::EventSummaries("The Afghan Armed Forces launch attacks on several border "
                                    "posts of Pakistan."),
            (std::vector<std::string>{"ASSAULT AFGMIL>PAK asserted"}));
  EXPECT_EQ(testing::EventSummaries("Iraq conducts a series of air strikes against an ISIL "
                                    "target in Syria."),
            (std::vector<std::string>{"ASSAULT IRQ>MUSINS asserted"}));
}

TEST(StatusTest, WhatIsYetToHappenIsNegatedAndACommaEndsAFutureCue) {
  EXPECT_EQ(testing::StatusOf("Hungary has yet to approve Finland's membership.", "approve"),
            "negated");
  EXPECT_EQ(testing::StatusOf("Unidentified warplanes, suspected to be Israeli, strike a convoy of "
                              "Iranian trucks.",
                              "strike"),
            "asserted");
}

TEST(NonEventsTest, AWarningOfAHazardThreatensNoOne) {
  EXPECT_TRUE(testing::NoEvents("Taiwan issues land and sea warnings for Typhoon Meranti."));
  EXPECT_TRUE(testing::NoEvents("India's weather department issues a severe heat wave warning."));
  EXPECT_EQ(testing::EventOf("South Korean soldiers fire warning shots at a suspected North "
                             "Korean drone.",
                             "warning")
                .type,
            "THREATEN");
}

TEST(NonEventsTest, AFightAgainstAProblemIsNoAttack) {
  EXPECT_TRUE(testing::NoEvents("Brazil readies its military to fight wildfires in the Amazon."));
  EXPECT_TRUE(testing::CodeEventsWithTrigger("Fiji says that this is an opportunity for Palau and "
                                             "Kiribati to fight climate change.",
                                             "fight")
                  .empty());
  EXPECT_EQ(testing::CodeEventsWithTrigger("Nigeria vows to fight Boko Haram.", "fight").size(),
            1u);
}

TEST(NonEventsTest, TheTalksAMeetingIsForAreThatMeeting) {
  const std::string text =
      "Iranian foreign minister Abbas Araghchi meets with the foreign ministers of the United "
      "Kingdom, Germany, France and European Union in Geneva for talks about its nuclear "
      "program.";
  EXPECT_TRUE(testing::CodeEventsWithTrigger(text, "talks").empty());
  const std::vector<std::string> coded = EventSummaries(text);
  EXPECT_EQ(std::count(coded.begin(), coded.end(), "CONSULT IRNGOV>DEUGOV asserted"), 1);
  EXPECT_EQ(std::count(coded.begin(), coded.end(), "CONSULT GBRGOV>DEUGOV asserted"), 0);
  // Talks that name their own party stay.
  EXPECT_EQ(
      testing::CodeEventsWithTrigger(
          "Russian President Vladimir Putin travels to Beijing for talks with Xi Jinping.", "talks")
          .size(),
      1u);
}

TEST(NonEventsTest, WhatOneIsClearedOfIsNoAccusation) {
  EXPECT_TRUE(testing::CodeEventsWithTrigger(
                  "India's Supreme Court clears the Vantara wildlife rescue centre, run by the "
                  "Reliance Foundation, of allegations of illegal animal acquisition.",
                  "allegations")
                  .empty());
  EXPECT_EQ(testing::CodeEventsWithTrigger(
                "Russia makes allegations of war crimes against Ukraine.", "allegations")
                .size(),
            1u);
}

TEST(NonEventsTest, AHardLandingIsAnAccident) {
  EXPECT_TRUE(testing::NoEvents(
      "At least one person is killed when a Mil Mi-8 military helicopter makes a hard landing "
      "during a rescue operation in Kyrgyzstan."));
  // (Not where a police operation kills and destroys.)
  EXPECT_EQ(testing::CodeEventsWithTrigger(
                "Seven gang members are killed during a Haitian police operation, where officers "
                "also destroy a helicopter that made an emergency landing.",
                "destroy")
                .size(),
            1u);
}

TEST(NonEventsTest, WhatFallsOrSlidesKillsWithoutAnAttacker) {
  EXPECT_TRUE(
      testing::NoEvents("A landfill slide in Colombo, Sri Lanka, kills at least 16 people."));
  EXPECT_TRUE(
      testing::NoEvents("A tree falls over at a religious ceremony in Funchal, Madeira, "
                        "killing at least 12 people and injuring over 50 others."));
  EXPECT_TRUE(testing::NoEvents(
      "A bus falls into a canal in the Nile River Delta in Dakahlia Governorate, Egypt, killing "
      "21 people."));
  // A weapon that falls is an attack.
  EXPECT_FALSE(testing::NoEvents(
      "A Katyusha rocket falls in the Green Zone of Baghdad, Iraq, injuring a child."));
}

TEST(StatusTest, WhatOneIsOpenToAndWhatAnActNotDoneIsForHaveNotHappened) {
  EXPECT_EQ(testing::StatusOf("Russian president Vladimir Putin says that Russia is open to "
                              "holding a trilateral meeting with Ukraine.",
                              "holding"),
            "hypothetical");
  // A purpose takes the status of the act it is the purpose of.
  EXPECT_EQ(
      testing::StatusOf("Ukraine will not use the missiles to strike Russian cities.", "strike"),
      "negated");
  EXPECT_EQ(testing::StatusOf("Israel used the tunnels to attack Hamas.", "attack"), "asserted");
}

TEST(StatusTest, AnActThatMayTakePlaceHasNotHappened) {
  EXPECT_EQ(testing::StatusOf("Officials said a strike on Syria may come within days.", "strike"),
            "hypothetical");
  const auto statuses = [](const std::string& text) {
    std::vector<std::string> out;
    for (const Event& e : testing::CodeEventsWithTrigger(text, "talks")) out.push_back(e.status);
    return out;
  };
  EXPECT_EQ(statuses("Officials say that talks between Russia and Ukraine could resume next week."),
            std::vector<std::string>(2, "hypothetical"));
  EXPECT_EQ(statuses("Ukraine says that talks between the Ukrainian and Russian delegations "
                     "will occur in Turkey."),
            std::vector<std::string>(2, "future"));
  // What an act is judged to be does not make it unreal.
  EXPECT_EQ(testing::StatusOf("Kenneth Roth says that the ongoing attacks on Palestinian "
                              "civilians could constitute a war crime.",
                              "attacks"),
            "asserted");
}

TEST(NonEventsTest, DismissingAnOfficialAndClaimingResponsibilityKillNoOne) {
  EXPECT_TRUE(testing::CodeEventsWithTrigger("South Sudan President Salva Kiir fires six "
                                             "ministers allied to his rival Riek Machar.",
                                             "fires")
                  .empty());
  // A claim of what happened is no killing of its own; the attack's toll is the attack's.
  const std::vector<Event> claims = testing::CodeEvents(
      "The Taliban claims their attack targeted soldiers and police withdrawing their salaries.");
  for (const Event& e : claims) EXPECT_NE(e.trigger, "claims");
  const std::vector<Event> floods =
      testing::CodeEvents("Floodings in Burgas Province, Bulgaria, claim 3 victims.");
  EXPECT_TRUE(floods.empty()) << ::testing::PrintToString(
      testing::EventSummaries("Floodings in Burgas Province, Bulgaria, claim 3 victims."));
}

TEST(NonEventsTest, RulingIsNoCooperation) {
  for (const char* text :
       {"The Constitutional Court of Uganda rules the Uganda Anti-Homosexuality Act invalid on a "
        "technicality.",
        "Belgium ruled itself out as a candidate to host the destruction of Syria's chemical "
        "weapons stockpile.",
        "Jiang Yi-huah resigns as the Premier of Taiwan as the ruling Kuomintang suffers heavy "
        "losses."}) {
    for (const Event& e : testing::CodeEvents(text)) EXPECT_NE(e.type, "COOPERATE") << text;
  }
}

TEST(NonEventsTest, ColdSpellsAndVehiclesThatHitKillWithoutAnAttacker) {
  EXPECT_TRUE(testing::NoEvents("A severe cold spell kills at least 83 people in Ukraine."));
  EXPECT_TRUE(testing::NoEvents("The heat wave kills 27 people."));
  EXPECT_TRUE(testing::NoEvents(
      "Eleven people are killed when a passenger train hits their minibus on a level crossing."));
  // A vehicle that hits a mine was attacked.
  EXPECT_FALSE(testing::NoEvents(
      "Four people are killed after a minibus hit a landmine near a Ukrainian military "
      "checkpoint."));
}

TEST(NonEventsTest, AReportingVerbsPatternStopsAtTheClauseItReports) {
  // "says ... aid" is an offer of aid only when the aid is the speaker's.
  EXPECT_TRUE(testing::CodeEventsWithTrigger(
                  "The United Nations says 120,000 people in South Sudan required aid.", "says")
                  .empty());
  // Nor past an auxiliary: "said ... offensive" is a threat only when the speaker makes it.
  EXPECT_TRUE(testing::CodeEventsWithTrigger(
                  "Azerbaijan said its troops had gone on the offensive.", "said")
                  .empty());
  EXPECT_TRUE(
      testing::CodeEventsWithTrigger(
          "The United Nations says ten deaths have occurred due to protests in Tanzania.", "says")
          .empty());
  // The speaker's own pronoun reads on: what it says it will do.
  EXPECT_FALSE(testing::CodeEventsWithTrigger(
                   "Japan says it will tighten immigration measures after the escape of Carlos "
                   "Ghosn.",
                   "says")
                   .empty());
}

TEST(NonEventsTest, WithoutDelayIsNoPostponement) {
  EXPECT_TRUE(testing::CodeEventsWithTrigger(
                  "They urged the leaders of Armenia and Azerbaijan to commit without delay to "
                  "resuming substantive negotiations.",
                  "delay")
                  .empty());
}

TEST(NonEventsTest, GoingUnheededOrFreeIsNoVisit) {
  for (const Event& e : testing::CodeEvents(
           "Earlier appeals for a ceasefire, including a joint call on 1 October by the "
           "presidents of Russia, the United States and France, went unheeded.")) {
    EXPECT_NE(e.type, "CONSULT") << e.trigger;
  }
  EXPECT_TRUE(testing::NoEvents("The airline went bankrupt in March."));
}

TEST(NonEventsTest, ATruceThatBreaksDownIsNoAttack) {
  for (const Event& e : testing::CodeEvents(
           "A ceasefire mediated by the United States, which was supposed to stop the fighting "
           "in Nagorno-Karabakh from yesterday morning, broke down within hours, with Armenia "
           "and Azerbaijan each blaming the other.")) {
    EXPECT_NE(e.type, "ASSAULT") << e.trigger;
  }
}

TEST(NonEventsTest, APlaceUnderFireIsShotAtAndAnActAfterTheAccusationIsAsserted) {
  const Event fire = testing::EventOf(
      "Officials in Stepanakert, the region's main town, said it had come under fire.", "come");
  EXPECT_EQ(fire.type, "ASSAULT");
  EXPECT_EQ(testing::EventOf("Kabul came under fire overnight.", "came").type, "ASSAULT");
  EXPECT_EQ(testing::EventOf("Beijing came under fire for its treatment of Uighurs.", "came").type,
            "ACCUSE");
  EXPECT_EQ(testing::EventOf("The Israeli prime minister came under fire.", "came").type, "ACCUSE");
  EXPECT_EQ(testing::StatusOf("Prime Minister Nikol Pashinyan accused Azerbaijan of a planned "
                              "attack that had also hit civilian settlements, and he called on "
                              "Armenians to get ready to defend their homeland.",
                              "called"),
            "asserted");
}

TEST(NonEventsTest, CallingAClaimFalseRejectsItAndIsNoPhoneCall) {
  const Event called =
      testing::EventOf("Armenian officials called the Azerbaijani accusation false.", "called");
  EXPECT_EQ(called.type, "REJECT");
  EXPECT_EQ(called.source.ref.code, "ARMGOV");
  EXPECT_EQ(testing::EventOf("Putin called Macron on Tuesday.", "called").type, "CONSULT");
}

TEST(NonEventsTest, WhatAPauseIsIntendedForIsNoIntentNorAWar) {
  for (const Event& e : testing::CodeEvents(
           "Lavrov said the pause was intended to allow the two sides to exchange prisoners of "
           "war and other detained people.")) {
    EXPECT_NE(e.trigger, "intended") << e.type;
  }
}

TEST(NonEventsTest, SanctionsCalledForAreAskedForNotImposed) {
  // The dictionary codes the call itself (a threat of sanctions); the sanctions it names
  // are requested.
  EXPECT_EQ(testing::StatusOf("Zelensky calls for more sanctions on Russia.", "sanctions"),
            "requested");
  EXPECT_EQ(testing::StatusOf("The EU urges sanctions against Belarus.", "sanctions"), "requested");
  EXPECT_EQ(testing::StatusOf("The EU imposes sanctions against Belarus.", "sanctions"),
            "asserted");
}

}  // namespace
}  // namespace dateline
