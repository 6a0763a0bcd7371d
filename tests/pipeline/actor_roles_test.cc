// Who acts on whom, through the standard pipeline: the target of a request without an
// object is the subject of the clause it asks for, the act an actor is urged to do is that
// actor's, and a pronoun subject of reported speech is the actor who reports it.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pipeline/coded_events.h"

namespace dateline {
namespace {

using testing::EventSummaries;

TEST(RequestRolesTest, TheSubjectOfTheDemandedClauseIsTheTarget) {
  EXPECT_EQ(EventSummaries("Turkey demanded that Armenia withdraw its troops."),
            (std::vector<std::string>{"REQUEST TUR>ARM asserted", "RETREAT ARM> requested"}));
}

TEST(RequestRolesTest, TheUrgedPartyDoesTheRequestedAct) {
  EXPECT_EQ(EventSummaries("The US urged Iran to release the prisoners."),
            (std::vector<std::string>{"REQUEST USA>IRN asserted", "RETREAT IRN> requested"}));
}

TEST(RequestRolesTest, APromiseStaysWithItsSubject) {
  // Subject control: no object, so the act is the promiser's (an intent to de-escalate).
  const std::vector<Event> events = testing::CodeEvents("Russia promised to withdraw its troops.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back().source.ref.code, "RUS");
  EXPECT_EQ(events.back().cameo, "0356");
}

using testing::CodeEvents;

TEST(ReportedSpeechTest, APronounSubjectIsTheReportingActor) {
  const std::vector<Event> events =
      CodeEvents("Japan said on Tuesday it had halted economic aid to Serbia.");
  // The act is told once, by its own verb: "said ... aid" expresses no intent to aid.
  ASSERT_EQ(events.size(), 1u);
  const Event& halt = events.back();
  EXPECT_EQ(halt.type, "SANCTION");
  EXPECT_EQ(halt.source.ref.code, "JPN");
  EXPECT_EQ(halt.target.ref.code, "SRB");
  EXPECT_EQ(halt.attributed_to.ref.code, "JPN");
}

TEST(ReportedSpeechTest, APresentTenseReportNamesItsSpeaker) {
  // The officials who say so are not the wounded.
  const std::vector<Event> events =
      testing::CodeEvents("Officials in Gaza say at least 150 people have been injured.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_NE(events[0].target.ref.role, "GOV");
  EXPECT_EQ(events[0].attributed_to.ref.code, "PSEGOV");
  // A verb with an object and no clause announces an act of its own.
  EXPECT_EQ(testing::EventSummaries("The Venezuelan Armed Forces announce the arrest of 30 "
                                    "people in Apure."),
            (std::vector<std::string>{"COERCE VENMIL> asserted"}));
}

TEST(ReportedSpeechTest, TheUnitedStatesIsANameNotAReportingVerb) {
  const std::vector<Event> events = CodeEvents(
      "The United States announced Wednesday it would prohibit all aid to Albanian rebels.");
  const Event* ban = nullptr;
  for (const Event& e : events) {
    if (e.type == "SANCTION") ban = &e;
  }
  ASSERT_NE(ban, nullptr);
  EXPECT_EQ(ban->source.ref.code, "USA");
  EXPECT_EQ(ban->target.ref.code, "ALBREB");
  EXPECT_EQ(ban->attributed_to.text, "The United States");
}

TEST(ReportedSpeechTest, AWarningReachesPastItsSpeaker) {
  // "warned" is both the reporting verb and the event: the one warned is its target.
  EXPECT_EQ(testing::EventSummaries("Russia warned Turkey about the consequences."),
            (std::vector<std::string>{"THREATEN RUS>TUR asserted"}));
}

TEST(CoordinationTest, TwoStatesRenewingTiesSupportEachOther) {
  EXPECT_EQ(testing::EventSummaries("Israel and Morocco have renewed diplomatic ties after a "
                                    "20-year break."),
            (std::vector<std::string>{"SUPPORT ISR>MAR asserted", "SUPPORT MAR>ISR asserted"}));
}

TEST(ActorRolesTest, TheProgressiveIsNoPassive) {
  EXPECT_EQ(testing::EventSummaries("Ethnic Albanians in south Serbia are demanding a U.N. "
                                    "military presence."),
            (std::vector<std::string>{"REQUEST SRBCVL>UNO asserted"}));
}

TEST(ActorRolesTest, AParticipleOnANounIsDoneByWhatTheNounNames) {
  EXPECT_EQ(
      testing::EventSummaries("Liberian riot police used tear gas to disperse "
                              "demonstrators protesting election results in Monrovia."),
      (std::vector<std::string>{"ASSAULT LBRCOP>LBROPP asserted", "PROTEST LBROPP> asserted"}));
}

TEST(ActorRolesTest, UnnamedProtestersAreTheOppositionWhereTheyProtest) {
  EXPECT_EQ(testing::EventSummaries("Thousands of people protest in Yerevan against the "
                                    "government."),
            (std::vector<std::string>{"PROTEST ARMOPP>ARMGOV asserted"}));
}

TEST(ActorRolesTest, AStatesForcesDoNotProtest) {
  // The police act during the protests; they are not the protesters, who (no name
  // qualifying them) are the opposition of the country they protest in.
  EXPECT_EQ(
      testing::EventSummaries("Three people are seriously injured after being shot by "
                              "police during protests against COVID-19 measures in "
                              "Rotterdam."),
      (std::vector<std::string>{"ASSAULT NLDCOP>NLDCVL asserted", "PROTEST NLDOPP> asserted"}));
  EXPECT_EQ(
      testing::EventSummaries("Soldiers open fire on civilians in Khartoum, Sudan, "
                              "protesting against last month's coup, killing 14 people."),
      (std::vector<std::string>{"ASSAULT SDNMIL>SDNCVL asserted", "PROTEST SDNOPP> asserted"}));
}

TEST(ActorRolesTest, AVerbThatPerformsAnEventNounGivesItItsDoer) {
  EXPECT_EQ(testing::EventSummaries("Russia conducted airstrikes in Idlib."),
            (std::vector<std::string>{"ASSAULT RUS> asserted"}));
  // One protest, the students' against the government.
  EXPECT_EQ(testing::EventSummaries("Students staged a protest against the government in Dhaka."),
            (std::vector<std::string>{"PROTEST BGDCVL>BGDGOV asserted"}));
}

TEST(ActorRolesTest, WhatIsComplainedAboutIsTheTargetNotTheAudience) {
  EXPECT_EQ(testing::EventSummaries("Lebanon complained to the United Nations over Israeli air "
                                    "raids."),
            (std::vector<std::string>{"ACCUSE LBN>ISR asserted", "ASSAULT ISR> asserted"}));
  // Also when the complaint is the verb's object.
  const std::vector<std::string> filed = testing::EventSummaries(
      "Lebanon files a new complaint to the UN Security Council over Israel's ceasefire "
      "violations.");
  ASSERT_FALSE(filed.empty());
  EXPECT_EQ(filed[0], "ACCUSE LBN>ISR asserted");
  // The agent of what is protested against is its target, not the protester.
  EXPECT_EQ(testing::EventSummaries("Activists staged a hunger strike in protest against abuses "
                                    "by Algerian security forces."),
            (std::vector<std::string>{"PROTEST >DZACOP asserted"}));
}

TEST(ActorRolesTest, AParticipleBeforeANounIsItsModifier) {
  // "leading" is no act of Algeria's; "continuing" does not stop Russia doing the attacks.
  EXPECT_EQ(testing::EventSummaries("Salaheddine Sidhoum, Algeria's leading human rights "
                                    "activist, was released."),
            std::vector<std::string>{});
  EXPECT_EQ(testing::EventSummaries("Russia's continuing attacks on Ukraine."),
            (std::vector<std::string>{"ASSAULT RUS>UKR asserted"}));
}

TEST(ActorRolesTest, TheObjectOfOneVerbDoesNotDoTheNext) {
  EXPECT_EQ(testing::EventSummaries("Jihadists ambush a convoy in Mopti, killing 11 soldiers and "
                                    "wounding others."),
            (std::vector<std::string>{"ASSAULT MLIINS>MLIMIL asserted"}));
}

TEST(ActorRolesTest, ThePlaceASentenceOpensWithIsNoConjunctOfItsSubject) {
  EXPECT_EQ(testing::EventSummaries("In Afghanistan, Taliban soldiers invade a hotel in Kabul."),
            (std::vector<std::string>{"ASSAULT AFGREB> asserted"}));
}

TEST(ActorRolesTest, ForcesStrengthenedAndTiesUpgraded) {
  // "its forces in Lebanon" are Israel's: Lebanon is where, not whose.
  EXPECT_EQ(testing::EventSummaries("Israel has strengthened its forces in Lebanon."),
            (std::vector<std::string>{"MOBILIZE ISR>LBN asserted"}));
  EXPECT_EQ(testing::EventSummaries("Czechia and Albania have upgraded their diplomatic ties."),
            (std::vector<std::string>{"SUPPORT CZE>ALB asserted", "SUPPORT ALB>CZE asserted"}));
}

TEST(ActorRolesTest, AGroupAfterAnOpeningAdjectiveActsWhereItsSentenceIsSet) {
  EXPECT_EQ(testing::EventSummaries("Unknown gunmen killed three people in Kaduna."),
            (std::vector<std::string>{"ASSAULT NGAINS>NGACVL asserted"}));
}

TEST(ActorRolesTest, ABareSectorNounIsAnActorOfTheCountryWhereItActs) {
  // No name, no country: the sector alone ("Rebels" REB), so the act is not lost.
  const std::vector<Event> seized = testing::CodeEvents("Rebels seize the town.");
  ASSERT_EQ(seized.size(), 1u);
  EXPECT_EQ(seized[0].source.text, "Rebels");
  EXPECT_EQ(seized[0].source.ref.role, "REB");
  EXPECT_TRUE(seized[0].source.ref.code.empty());
  // The town seized places them ("Rebels seize the town of Goma": Congolese rebels).
  EXPECT_EQ(testing::EventOf("Rebels seize the town of Goma.", "seize").source.ref.code, "CODREB");
  // A passive's agent and subject; where the act happens gives the country.
  EXPECT_EQ(testing::EventSummaries("Protesters are arrested by riot police in Minsk."),
            (std::vector<std::string>{"COERCE BLRCOP>BLROPP asserted"}));
  // Not when a possessive says whose they are, nor for whoever dies.
  const std::vector<Event> gaza = testing::CodeEvents(
      "Netanyahu announces the country's military will seize large areas of land in the Gaza "
      "Strip.");
  for (const Event& e : gaza) EXPECT_NE(e.source.ref.code, "PSEMIL");
  const std::vector<Event> died = testing::CodeEvents("Three people die in the Mumbai attacks.");
  ASSERT_EQ(died.size(), 1u);
  EXPECT_TRUE(died[0].source.text.empty()) << died[0].source.text;
}

TEST(ActorRolesTest, ASectorNounBeforeAnEventNounNamesItsDoer) {
  EXPECT_EQ(testing::EventSummaries("Dozens of people have been killed in Aleppo from government "
                                    "airstrikes."),
            (std::vector<std::string>{"ASSAULT SYRGOV> asserted"}));
  // Not a weapon or a building: the embassy was bombed, the artillery is no actor.
  for (const Event& e : testing::CodeEvents(
           "At least two civilians are killed in the artillery shelling of a camp in El Fasher.")) {
    EXPECT_TRUE(e.source.text.empty()) << e.source.text;
  }
}

TEST(ActorRolesTest, TroopsACountryMovesAreNotItsTarget) {
  const std::vector<Event> deploy = testing::CodeEventsOfType(
      "NATO rejects Serbia's request to deploy up to 1,000 Serbian troops in North Kosovo.",
      "MOBILIZE");
  EXPECT_FALSE(deploy.empty());
  for (const Event& e : deploy) {
    EXPECT_EQ(e.source.ref.code, "SRB");
    EXPECT_TRUE(e.target.ref.empty());
    EXPECT_EQ(e.status, "requested");
  }
}

TEST(ActorRolesTest, InviteesJoiningDoNotMeetEachOther) {
  for (const std::string& e : testing::EventSummaries(
           "South African President Cyril Ramaphosa invites Argentina, Egypt, Ethiopia and Iran "
           "to join the bloc.")) {
    EXPECT_EQ(e.find("CONSULT"), std::string::npos) << e;
  }
}

TEST(ActorRolesTest, BeingOpposedToIsNoPassive) {
  const std::vector<std::string> events = testing::EventSummaries(
      "Israel is opposed to French mediation in peace negotiations with Syria.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0], "ACCUSE ISR>FRA asserted");
}

TEST(ActorRolesTest, WhatIsThreatenedIsTheThreatenersAct) {
  EXPECT_EQ(testing::EventSummaries("The European Union threatens trade sanctions against "
                                    "Iceland."),
            (std::vector<std::string>{"THREATEN EEC>ISL asserted", "COERCE EEC>ISL threatened"}));
}

TEST(ActorRolesTest, APlaceAttackedIsWhereTheAttackHappened) {
  const std::vector<Event> events = testing::CodeEvents("Azerbaijani forces shelled Stepanakert.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.ref.code, "AZEMIL");
  EXPECT_EQ(events[0].location_text, "Stepanakert");
  // A place attacked stands for its country, unless that is the attackers' own.
  EXPECT_TRUE(events[0].target.ref.empty());
  EXPECT_EQ(testing::EventSummaries("Russian jets bombed Aleppo."),
            (std::vector<std::string>{"ASSAULT RUSMIL>SYR asserted"}));
  // A place name with an Arabic article glued to its second word.
  const Event shelled = testing::OnlyEvent(
      testing::CodeEvents("Israeli tanks shelled Deir al-Balah."), "shelling of Deir al-Balah");
  ASSERT_TRUE(shelled.location.has_value());
  EXPECT_EQ(shelled.location->country, "PSE");
  // West Bank towns the GeoNames list ranks below namesakes elsewhere.
  const Event raid =
      testing::OnlyEvent(testing::CodeEvents("Israeli troops raided Jenin."), "raid on Jenin");
  ASSERT_TRUE(raid.location.has_value());
  EXPECT_EQ(raid.location->country, "PSE");
}

TEST(ActorRolesTest, WhomAnAttackIsBlamedOnDidIt) {
  EXPECT_EQ(testing::EventSummaries("Turkey blames another attack on the PKK."),
            (std::vector<std::string>{"ACCUSE TUR>TURREB asserted", "ASSAULT TURREB> asserted"}));
}

TEST(ActorRolesTest, ADealReachedByTwoPartiesIsCodedBothWays) {
  EXPECT_EQ(testing::EventSummaries("Mexico and the United States reach a deal on migration."),
            (std::vector<std::string>{"AGREE MEX>USA asserted", "AGREE USA>MEX asserted"}));
  // Troops serving together do not aid each other.
  EXPECT_EQ(testing::EventSummaries("Estonian, French and Malian troops serve in Gao."),
            std::vector<std::string>{});
}

TEST(ActorRolesTest, AnAttackNounInTheObjectOfAnAttackVerbIsOneAct) {
  // The bombs are the rebels', not the advisers' kidnapped before them.
  EXPECT_EQ(testing::EventSummaries("Afghan rebels have kidnapped up to 16 Russian civilian "
                                    "advisers from a town bazaar and exploded a series of bombs "
                                    "in the capital Kabul."),
            (std::vector<std::string>{"ASSAULT AFGREB>RUSCVL asserted",
                                      "ASSAULT AFGREB>AFGGOV asserted"}));
}

TEST(ActorRolesTest, TheOneWhoseWithdrawalIsDemandedIsTheTarget) {
  // The withdrawal itself is requested of them.
  EXPECT_EQ(
      testing::EventSummaries("European Community foreign ministers demanded the withdrawal "
                              "of Serbian forces from Bosnia."),
      (std::vector<std::string>{"REQUEST EEC>SRBMIL asserted", "RETREAT SRBMIL>BIH requested"}));
}

TEST(ActorRolesTest, TheNationalSecurityCouncilIsNotTheUnOne) {
  const std::vector<Event> events = testing::CodeEvents(
      "U.S. President Joe Biden holds a National Security Council meeting on the crisis.");
  for (const Event& e : events) {
    EXPECT_NE(e.source.ref.code, "UNO");
    EXPECT_NE(e.target.ref.code, "UNO");
  }
}

TEST(ActorRolesTest, AThreatTakesTheTargetOfTheThreatenedAct) {
  const std::vector<std::string> events = testing::EventSummaries(
      "A French minister threatened today to impose import restrictions against German goods.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0], "THREATEN FRAGOV>DEU asserted");
}

TEST(ActorRolesTest, ANameThatOnlySaysWhichPlaceIsNoActor) {
  EXPECT_EQ(testing::EventSummaries("Ukraine and Russia agree to hold negotiations on the "
                                    "Belarus-Ukraine border tomorrow."),
            (std::vector<std::string>{"AGREE UKR>RUS asserted", "AGREE RUS>UKR asserted",
                                      "CONSULT UKR>RUS future", "CONSULT RUS>UKR future"}));
  for (const Event& e : testing::CodeEvents("Burmese troops captured part of a guerrilla "
                                            "stronghold on the Thai border after five days of "
                                            "fighting.")) {
    EXPECT_NE(e.source.ref.country, "THA") << e.trigger;
    EXPECT_NE(e.target.ref.country, "THA") << e.trigger;
  }
}

TEST(AccusationTest, TheActBlamedOnSomeoneIsTheirsAndAlleged) {
  EXPECT_EQ(testing::EventSummaries("Armenia blamed Azerbaijan for violating the truce."),
            (std::vector<std::string>{"ACCUSE ARM>AZE asserted", "ASSAULT AZE> alleged"}));
  // A dictionary pattern codes "accused each other of"; the act is still alleged, and the
  // truce it violates is no new truce.
  EXPECT_EQ(
      testing::EventSummaries("Armenia and Azerbaijan accused each other of attacking civilians."),
      (std::vector<std::string>{"ACCUSE ARM>AZE asserted", "ACCUSE AZE>ARM asserted",
                                "ASSAULT ARM> alleged", "ASSAULT AZE> alleged"}));
}

TEST(CoordinationTest, FightingBetweenTwoPartiesGoesBothWays) {
  EXPECT_EQ(testing::EventSummaries("Iran says ten shells have fallen inside Iranian territory as "
                                    "fighting rages between Armenia and Azerbaijan."),
            (std::vector<std::string>{"ASSAULT ARM>AZE asserted", "ASSAULT AZE>ARM asserted"}));
  // The title's country names the person's actor: "to Russian President Vladimir Putin".
  const std::vector<std::string> request = testing::EventSummaries(
      "Armenian Prime Minister Nikol Pashinyan formally requests urgent consultations on "
      "security from Russian President Vladimir Putin.");
  ASSERT_FALSE(request.empty());
  EXPECT_EQ(request[0], "REQUEST ARMGOV>RUSGOV asserted");
}

TEST(ActorRolesTest, WhatAnActorRejectsOrCondemnsIsNotItsOwnAct) {
  for (const Event& e : testing::CodeEvents("Turkey rejected calls for a ceasefire.")) {
    if (e.type == "REQUEST") {
      EXPECT_NE(e.source.ref.code, "TUR") << e.trigger;
    }
  }
  // Rejected talks do not happen.
  for (const Event& e : testing::CodeEvents("The leaders of Armenia and Azerbaijan reject "
                                            "proposals of peace talks.")) {
    EXPECT_NE(e.type, "CONSULT") << e.trigger;
  }
}

TEST(ActorRolesTest, SayingWhatAnotherMustDoIsARequestOfIt) {
  EXPECT_EQ(testing::EventSummaries("The U.S. government declared Tuesday that China must "
                                    "drop barriers to U.S. exports."),
            (std::vector<std::string>{"REQUEST USAGOV>CHN asserted"}));
  // A reminder issued is the reminder's request, not an act of issuing.
  const std::vector<std::string> reminder = testing::EventSummaries(
      "French President Jacques Chirac issued a stern reminder to Iraq that it must cooperate "
      "fully with UN inspectors.");
  ASSERT_FALSE(reminder.empty());
  EXPECT_EQ(reminder[0], "REQUEST FRAGOV>IRQ asserted");
  // What should happen is as often a forecast: no request.
  for (const std::string& e : testing::EventSummaries(
           "The World Health Organization says China's figures should give the world hope.")) {
    EXPECT_FALSE(e.starts_with("REQUEST")) << e;
  }
}

TEST(ActorRolesTest, WhomAProtestIsAgainstIsNotWhomItsBreakingUpTargets) {
  for (const Event& e : testing::CodeEvents(
           "Riot police in Belarus use water cannons and stun grenades to break up mass protests "
           "against President Alexander Lukashenko.")) {
    if (e.type == "ASSAULT") {
      EXPECT_EQ(e.source.ref.code, "BLRCOP") << e.trigger;
      EXPECT_NE(e.target.ref.code, "BLRGOV") << e.trigger;
    }
    if (e.type == "PROTEST") {
      EXPECT_EQ(e.target.ref.code, "BLRGOV");
    }
  }
}

TEST(ActorRolesTest, AFormerOfficeHolderIsAnEliteAndARaidIsDoneByWhoeverDetains) {
  // The dictionary still has Atambayev as president; "former" says he is not.
  const std::vector<std::string> events = testing::EventSummaries(
      "Kyrgyzstan special forces detain former President Almazbek Atambayev in a raid on his "
      "compound.");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0], "COERCE KGZMIL>KGZELI asserted");
  EXPECT_EQ(events[1], "ASSAULT KGZMIL> asserted");
}

TEST(ActorRolesTest, ATrailingParticipleClauseIsDoneByTheSentencesSubject) {
  const std::vector<std::string> events = testing::EventSummaries(
      "Nigerian police open fire on protestors in Lekki, Lagos State, killing several people.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0], "ASSAULT NGACOP>NGACVL asserted");
}

TEST(ReportedSpeechTest, APassiveReportNamesNoSpeaker) {
  for (const Event& e : testing::CodeEvents("A passenger bus in Armenia was hit by an Azerbaijani "
                                            "missile, but no casualties are reported.")) {
    EXPECT_TRUE(e.attributed_to.text.empty()) << e.attributed_to.text;
  }
  bool attack = false;
  for (const Event& e : testing::CodeEvents("The attack killed five soldiers, the ministry "
                                            "reported.")) {
    attack = true;
    EXPECT_EQ(e.attributed_to.text, "the ministry");
  }
  EXPECT_TRUE(attack);
}

TEST(ActorRolesTest, ADistrictCourtIsTheJudiciary) {
  const std::vector<std::string> events = testing::EventSummaries(
      "The U.S. District Court temporarily blocks President Donald Trump's executive order.");
  ASSERT_FALSE(events.empty());
  EXPECT_TRUE(events[0].starts_with("COERCE USAJUD>")) << events[0];
}

TEST(ActorRolesTest, AnOrganizationNameMayBeginWithAPlaceAndEndWithAPossessive) {
  // The dictionary writes TIGRAY_PEOPLES_LIBERATION_FRONT; the verb and the noun tell one
  // attack.
  EXPECT_EQ(testing::EventSummaries("The Tigray People's Liberation Front launches a surprise "
                                    "attack on the federal army of Ethiopia."),
            (std::vector<std::string>{"ASSAULT ETHREB>ETHMIL asserted"}));
}

TEST(ActorRolesTest, AStormsNameIsNoActor) {
  EXPECT_TRUE(
      testing::NoEvents("Hurricane Eta is set to head towards Florida after hitting "
                        "the Caribbean and Central America."));
}

TEST(CoordinationTest, ANameWithAVerbOfItsOwnBeginsANewClause) {
  for (const Event& e : testing::CodeEvents("Sudan closes its borders with Ethiopia and the "
                                            "United Nations calls for de-escalation.")) {
    if (e.type == "COERCE") {
      EXPECT_EQ(e.target.ref.code, "ETH");
    }
  }
}

TEST(ActorRolesTest, AgentsOriginsAndSubordinateClauses) {
  // The agent of a coordinated passive is the agent of both.
  const std::vector<std::string> killed = testing::EventSummaries(
      "Four Armenian soldiers are killed and many others are injured by Azerbaijani troops.");
  ASSERT_FALSE(killed.empty());
  EXPECT_EQ(killed[0], "ASSAULT AZEMIL>ARMMIL asserted");
  // Where an attack came from is who made it.
  const std::vector<std::string> rocket = testing::EventSummaries(
      "A rocket attack from Lebanon on a military base kills one Israeli soldier.");
  ASSERT_FALSE(rocket.empty());
  EXPECT_TRUE(rocket[0].starts_with("ASSAULT LBN>")) << rocket[0];
  // A target is not looked for past the start of a subordinate clause.
  EXPECT_EQ(testing::EventSummaries("Cuba and South Korea establish diplomatic relations after "
                                    "exchanging letters via their United Nations "
                                    "representatives.")[0],
            "SUPPORT CUB>KOR asserted");
  // A place after a chain of places is no target.
  for (const Event& e : testing::CodeEvents("One person is killed in a mass shooting at Union "
                                            "Station in Kansas City, Missouri, United States.")) {
    EXPECT_NE(e.target.ref.code, "USA");
  }
  // A claim reports an act; it is no accusation.
  for (const Event& e :
       testing::CodeEvents("Ukraine claims to have sunk the Russian ship Tsezar Kunikov.")) {
    EXPECT_NE(e.type, "ACCUSE") << e.trigger;
  }
}

TEST(ActorRolesTest, ANamePlainlyAfterTheTriggerIsItsTargetWhereTheParseLosesIt) {
  // The parse hangs "visit to Haiti" on a later clause and "killed" on the aircraft.
  EXPECT_EQ(testing::EventSummaries(
                "A French minister has cancelled a planned visit to Haiti after a state of siege "
                "was declared in the one-time French colony, the Foreign Affairs Ministry said on "
                "Sunday.")[0],
            "SANCTION FRAGOV>HTI asserted");
  const std::vector<Event> killed = testing::CodeEventsOfType(
      "Russian aircraft including helicopter gunships killed 46 Afghan civilians.", "ASSAULT");
  ASSERT_EQ(killed.size(), 1u);
  EXPECT_EQ(killed[0].target.ref.code, "AFGCVL");
  // A place after "at" stays where it happened, and a bare dictionary verb ("ruled") takes
  // no target from the words alone.
  for (const Event& e : testing::CodeEvents(
           "Czech police announce the arrest of a man at a Prague hotel two weeks ago.")) {
    EXPECT_NE(e.target.ref.code, "CZEGOV") << e.trigger;
  }
  for (const Event& e : testing::CodeEvents("A Malaysian court ruled a North Korean national "
                                            "could be extradited to the United States.")) {
    EXPECT_NE(e.trigger, "ruled");
  }
}

TEST(ActorRolesTest, WhatIsComplainedAboutAndWhoIsAskedSurviveAMisparse) {
  // The parse reads "over" as an adverb and "end" as a noun.
  const std::vector<Event> complaint = testing::CodeEventsOfType(
      "Lebanon complained to the United Nations on Tuesday over two Israeli air raids last "
      "Friday in which it said 20 people were killed or wounded.",
      "ACCUSE");
  ASSERT_EQ(complaint.size(), 1u);
  EXPECT_EQ(complaint[0].target.ref.code, "ISR");
  const std::vector<Event> demand = testing::CodeEventsOfType(
      "Human rights organization Amnesty International demanded that the Sudanese government "
      "end curbs on press freedom.",
      "REQUEST");
  ASSERT_EQ(demand.size(), 1u);
  EXPECT_EQ(demand[0].target.ref.code, "SDNGOV");
  // An activist is of the opposition.
  EXPECT_EQ(testing::EventSummaries("Algeria's activist staged a hunger strike in protest "
                                    "against the violations by Algerian police."),
            (std::vector<std::string>{"PROTEST DZAOPP>DZACOP asserted"}));
}

TEST(NonEventsTest, AParticipleModifyingANounIsNoEvent) {
  for (const Event& e :
       testing::CodeEvents("Kenyan army forces kill five suspected Al-Shabaab militants.")) {
    EXPECT_NE(e.type, "ACCUSE") << e.trigger;
  }
  // A misparse after a subject or an auxiliary still codes the verb.
  bool shelled = false;
  for (const Event& e : testing::CodeEvents(
           "The Syrian Observatory for Human Rights says that Turkey has shelled areas held by "
           "the Kurdish YPG militia group in Syria's Aleppo Governorate.")) {
    shelled |= e.trigger == "shelled" && e.source.ref.code == "TUR";
  }
  EXPECT_TRUE(shelled);
}

TEST(CoordinationTest, TitledLeadersJoinedByAndActTogether) {
  EXPECT_EQ(testing::EventSummaries("Japanese Prime Minister Shinzo Abe and Russian President "
                                    "Vladimir Putin meet in Moscow."),
            (std::vector<std::string>{"CONSULT JPNGOV>RUSGOV asserted",
                                      "CONSULT RUSGOV>JPNGOV asserted"}));
  // A comma alone joins no titled leader to the next clause's subject.
  for (const Event& e : testing::CodeEvents("After a surprise visit by U.S. President Donald "
                                            "Trump, the Taliban say they are ready to restart "
                                            "peace talks.")) {
    if (e.trigger == "restart") {
      EXPECT_EQ(e.source.ref.code, "AFGREB");
    }
  }
}

TEST(CoordinationTest, TalksBetweenTwoTitledLeadersGoBothWays) {
  EXPECT_EQ(testing::EventSummaries("Talks between Russian President Vladimir Putin and Turkish "
                                    "President Recep Tayyip Erdogan ended."),
            (std::vector<std::string>{"CONSULT RUSGOV>TURGOV asserted",
                                      "CONSULT TURGOV>RUSGOV asserted"}));
  // The name a title introduces is the same party, not the second one.
  EXPECT_EQ(
      testing::EventSummaries("The move comes after months of negotiations between South "
                              "Korean president Moon Jae-in and North Korean Supreme "
                              "Leader Kim Jong-un."),
      (std::vector<std::string>{"CONSULT KORGOV>PRK asserted", "CONSULT PRK>KORGOV asserted"}));
}

TEST(ActorRolesTest, AnObjectPastAClauseOpeningWordIsAMisparse) {
  const std::vector<Event> buys = testing::CodeEvents(
      "Morocco buys six Bayraktar TB2 drones from Baykar amid rising tensions between Morocco "
      "and Algeria.");
  for (const Event& e : buys) EXPECT_NE(e.target.ref.code, "DZA") << e.trigger;
}

TEST(ActorRolesTest, WhoTakesPartInAnActOrHoldsItsVictimDoesIt) {
  const std::vector<Event> cleansing = testing::CodeEventsOfType(
      "Serb forces were engaged in ethnic cleansing in Montenegro against the Albanian "
      "population of the province.",
      "ASSAULT");
  ASSERT_EQ(cleansing.size(), 1u);
  EXPECT_EQ(cleansing[0].source.ref.code, "SRBMIL");
  const std::vector<Event> torture = testing::CodeEventsOfType(
      "A Palestinian prisoner died as a result of torture while in Israeli police custody.",
      "ASSAULT");
  ASSERT_EQ(torture.size(), 1u);
  EXPECT_EQ(torture[0].source.ref.code, "ISRCOP");
  EXPECT_EQ(torture[0].target.ref.code, "PSE");
}

TEST(ActorRolesTest, PeoplesOfNigeriaAndEthiopiaBelongToTheirCountry) {
  EXPECT_EQ(testing::EventSummaries("Ibo elders demanded a meeting with the Nigerian "
                                    "government.")[0],
            "REQUEST NGA>NGAGOV asserted");
  const std::vector<Event> tigray =
      testing::CodeEventsOfType("Tigrayan forces attacked the town of Dessie.", "ASSAULT");
  ASSERT_FALSE(tigray.empty());
  EXPECT_EQ(tigray[0].source.ref.code, "ETHREB");
}

TEST(ActorRolesTest, ATitleBeforeANameAndTheGovernmentOfAPersonAreTheGovernment) {
  // A state's own siege or curfew restricts its own country.
  EXPECT_EQ(testing::EventSummaries("The military government of President Prosper Avril "
                                    "declared a 30-day state of siege in Haiti on Saturday."),
            (std::vector<std::string>{"COERCE HTIGOV>HTI asserted"}));
  EXPECT_EQ(testing::EventSummaries("The government imposed a curfew in Abidjan."),
            (std::vector<std::string>{"COERCE CIVGOV>CIV asserted"}));
  // The modifier of a title keeps the title's role.
  for (const Event& e : testing::CodeEvents("South African Health Minister Zweli Mkhize is put "
                                            "on special leave following allegations that he "
                                            "awarded contracts to a company.")) {
    EXPECT_EQ(e.source.ref.code, "ZAFGOV") << e.trigger;
  }
}

TEST(ActorRolesTest, MisparsedConjunctsAndPlacesInAVillageOf) {
  // The parse joins "charge" to the object "member": the charging is the authorities'.
  const std::vector<Event> charge = testing::CodeEventsWithTrigger(
      "Belgian authorities arrest an Iraqi al-Qaeda member and charge him with murder.", "charge");
  ASSERT_FALSE(charge.empty());
  for (const Event& e : charge) {
    EXPECT_EQ(e.source.ref.code, "BELGOV");
  }
  // "in the village of Nzakoundou, Central African Republic" is where, not who.
  for (const Event& e : testing::CodeEvents(
           "Suspected 3R gunmen attack an army outpost in the village of Nzakoundou, Central "
           "African Republic, before attacking and burning civilian homes in the village.")) {
    EXPECT_NE(e.source.ref.code, "CAF") << e.trigger;
  }
  // A name after a comma alone that has a verb of its own begins the main clause.
  for (const Event& e : testing::CodeEvents("During revenge attacks by Israelis, a Palestinian is "
                                            "shot and killed.")) {
    if (e.trigger == "attacks") {
      EXPECT_EQ(e.source.ref.code, "ISR");
    }
  }
}

TEST(NonEventsTest, ABusThatRollsOverIsAnAccident) {
  EXPECT_TRUE(
      testing::NoEvents("Two people are killed and more than 40 others are injured "
                        "when a bus rolls over in Wawayanda, New York."));
}

TEST(ActorRolesTest, ASiteANamedAttackerStruckStandsForItsPlace) {
  EXPECT_EQ(testing::EventSummaries("Russia carried out an airstrike on a hospital in Idlib."),
            (std::vector<std::string>{"ASSAULT RUS>SYR asserted"}));
  EXPECT_EQ(testing::EventSummaries("Israeli forces attack a house in Gaza."),
            (std::vector<std::string>{"ASSAULT ISRMIL>PSE asserted"}));
  // Those killed at a site are its victims; the place is only where.
  for (const Event& e :
       testing::CodeEvents("A boy kills a teacher at his school in the city of Barcelona.")) {
    EXPECT_NE(e.target.ref.code, "ESP");
  }
}

TEST(ActorRolesTest, WorkersWhoStrikeProtest) {
  EXPECT_EQ(testing::EventSummaries("Airport workers at seven of the busiest U.S. hubs plan to "
                                    "strike tonight over wages."),
            (std::vector<std::string>{"PROTEST USA> asserted"}));
  // Workers who watch missiles strike do not strike.
  const std::vector<Event> kyiv =
      testing::CodeEvents("Workers watched as Russian missiles strike Kyiv.");
  ASSERT_FALSE(kyiv.empty());
  EXPECT_EQ(kyiv[0].type, "ASSAULT");
}

TEST(ActorRolesTest, NamedVictimsOutrankThePlaceStruckAndOutskirtsAreWhere) {
  EXPECT_EQ(testing::EventSummaries("Five Kenyan police officers are killed when Al-Shabaab "
                                    "militants ambush their convoy near Mandera.")[0],
            "ASSAULT SOMREB>KENCOP asserted");
  // "on the outskirts of Kyiv": struck, and where.
  const std::vector<Event> kyiv = testing::CodeEventsOfType(
      "Russia launched a missile attack on the outskirts of Kyiv.", "ASSAULT");
  ASSERT_EQ(kyiv.size(), 1u);
  EXPECT_EQ(kyiv[0].target.ref.code, "UKR");
  ASSERT_TRUE(kyiv[0].location);
  // Someone detained at a police station on the outskirts of a city is not the country.
  for (const Event& e : testing::CodeEvents("Christopher Coke walks into a police station on the "
                                            "outskirts of Kingston, Jamaica and is detained.")) {
    EXPECT_NE(e.target.ref.code, "JAM");
  }
}

TEST(ActorRolesTest, AParticipleDescribingItsVictimsIsPassive) {
  EXPECT_EQ(testing::EventSummaries("The number of Palestinians killed in an Israeli airstrike on "
                                    "the Nuseirat refugee camp yesterday increases to 33."),
            (std::vector<std::string>{"ASSAULT ISR>PSE asserted"}));
  // A headline's casualty participle without its auxiliary.
  const std::vector<Event> strike = testing::CodeEventsOfType(
      "Two Hezbollah militants killed in an Israeli airstrike.", "ASSAULT");
  ASSERT_EQ(strike.size(), 1u);
  EXPECT_EQ(strike[0].source.ref.code, "ISR");
  EXPECT_EQ(strike[0].target.ref.code, "LBNREB");
  // A participle on a noun that a clause opener introduces is that clause's verb.
  for (const Event& e : testing::CodeEvents("Hundreds of people take to the streets of Handwara "
                                            "after Indian Army soldiers shot dead at least two "
                                            "people during a protest.")) {
    if (e.trigger == "shot") {
      EXPECT_EQ(e.source.ref.code, "INDMIL");
    }
  }
  // A participle with an object is active, misparsed or not.
  for (const Event& e : testing::CodeEvents("The German government today welcomed the new "
                                            "policy statement of Russia.")) {
    if (e.trigger == "welcomed") {
      EXPECT_EQ(e.source.ref.code, "DEUGOV");
    }
  }
}

TEST(ActorRolesTest, WhatAnAttackStrikesDidNotDoIt) {
  // Whom an attack is against is its target, also when a verb tells its toll.
  EXPECT_EQ(testing::EventSummaries("A suicide attack against the Somali government offices kills "
                                    "at least two people."),
            (std::vector<std::string>{"ASSAULT >SOMGOV asserted"}));
  // A body that bears no arms, named right before the attack, was attacked.
  EXPECT_EQ(testing::EventSummaries("Afzal Guru is hanged for his role in the 2001 Indian "
                                    "Parliament attack."),
            (std::vector<std::string>{"ASSAULT >INDLEG asserted"}));
  // Prosecutors raid.
  EXPECT_EQ(testing::EventSummaries("South Korean prosecutors raid the offices of Samsung "
                                    "Electronics."),
            (std::vector<std::string>{"ASSAULT KORJUD>KORBUS asserted"}));
  // An attack a relative clause after a toll tells is not the toll's.
  const std::vector<Event> operation = testing::CodeEvents(
      "Tunisian security forces killed 10 people in an operation against gunmen who attacked "
      "police patrols.");
  ASSERT_FALSE(operation.empty());
  EXPECT_EQ(operation[0].trigger, "killed");
  EXPECT_EQ(operation[0].source.ref.code, "TUNCOP");
  for (const Event& e : operation) EXPECT_NE(e.trigger, "attacked");
  // A participle after the object of an attack is not the object's act.
  for (const Event& e : testing::CodeEvents("A grenade attack in Kabul hit a United Nations car "
                                            "killing one foreigner and injuring three.")) {
    EXPECT_NE(e.source.ref.code, "UNO") << e.trigger;
  }
  // ... except after "from" or "against": "deter Turkey from attacking".
  const std::vector<Event> attacking = testing::CodeEventsWithTrigger(
      "The Syrian army entered Manbij in an attempt to deter Turkey from attacking.", "attacking");
  ASSERT_FALSE(attacking.empty());
  for (const Event& e : attacking) {
    EXPECT_EQ(e.source.ref.code, "TUR");
  }
  // Victims told before a bomb that modifies a noun did not set it off.
  for (const Event& e : testing::CodeEvents("Two Iraqi soldiers were killed in a car bomb "
                                            "blast.")) {
    EXPECT_NE(e.source.ref.code, "IRQMIL") << e.trigger;
  }
  // A name before an attack noun may be its doers, not what it struck.
  EXPECT_EQ(testing::EventSummaries("Nigeria's military kill 13 members of the Islamist militant "
                                    "group Boko Haram and lose one soldier in a gun battle."),
            (std::vector<std::string>{"ASSAULT NGAMIL>NGAREB asserted"}));
  // Killers a toll's verb names as its subject did the attack, whatever the attack noun
  // seems to strike.
  const std::vector<Event> uprising = testing::CodeEventsOfType(
      "Two Palestinian suicide bombers killed 23 people when they blew themselves up in Tel "
      "Aviv in the second-worst attack in the current Palestinian uprising.",
      "ASSAULT");
  ASSERT_FALSE(uprising.empty());
  EXPECT_EQ(uprising[0].source.ref.code, "PSE");
  // A place in the attack's phrase is where it struck.
  EXPECT_EQ(testing::EventSummaries("A car bombing in the center of the Somali capital, "
                                    "Mogadishu, kills at least 10 people."),
            (std::vector<std::string>{"ASSAULT >SOM asserted"}));
  // Where an attack happened did not do it; the victims it names outrank that place.
  for (const Event& e : testing::CodeEvents("Darya Dugina is killed by a car bomb in Moscow.")) {
    EXPECT_NE(e.source.ref.code, "RUS") << e.trigger;
  }
  const std::vector<Event> drone = testing::CodeEventsOfType(
      "A U.S. drone strike on a vehicle in Yemen's Shabwah Governorate kills three suspected "
      "Al-Qaeda in the Arabian Peninsula militants.",
      "ASSAULT");
  ASSERT_FALSE(drone.empty());
  EXPECT_EQ(drone[0].source.ref.code, "USA");
  EXPECT_EQ(drone[0].target.ref.code, "MUSINS");
  // The victims named outrank the place struck, when the killers found are that place.
  EXPECT_EQ(testing::EventSummaries("A series of attacks in Baghdad and north Iraq kills four "
                                    "policemen and a soldier."),
            (std::vector<std::string>{"ASSAULT >IRQCOP asserted"}));
}

// A verb after "and" that the parse left without a subject shares the first verb's.
TEST(ActorRolesTest, ACoordinatedVerbSharesTheFirstVerbsSubject) {
  const Event pledge = testing::OnlyEvent(
      testing::CodeEventsWithTrigger(
          "Prime Minister of Spain Pedro Sanchez signs a bilateral security pact with Ukrainian "
          "President Volodymyr Zelenskyy and pledges one billion euros of military aid to Ukraine.",
          "pledges"),
      "pledges");
  EXPECT_EQ(pledge.source.ref.code, "ESPGOV");
}

// "X and the government of Y": a role noun and "of" lead to the list's next name.
TEST(ActorRolesTest, TheGovernmentOfANameIsAConjunct) {
  std::vector<std::string> sources;
  for (const Event& e : testing::CodeEventsWithTrigger(
           "France and the government of Germany condemned the attack.", "condemned")) {
    sources.push_back(e.source.ref.code);
  }
  EXPECT_EQ(sources, (std::vector<std::string>{"FRA", "DEUGOV"}));
}

// Where an event happened is no doer, also when the parse makes the place its subject;
// people or a body in a country still are.
TEST(ActorRolesTest, ThePlaceOfAnEventIsNoDoerButPeopleInACountryAre) {
  for (const char* text : {"Shelling in Bir Al Abd, Egypt kills nine members of a family.",
                           "A mass shooting in Cincinnati, Ohio, United States, kills three "
                           "people."}) {
    const std::vector<Event> attacks = testing::CodeEventsOfType(text, "ASSAULT");
    ASSERT_FALSE(attacks.empty()) << text;
    for (const Event& e : attacks) EXPECT_EQ(e.source.ref.code, "") << text;
  }
  const Event rejected =
      testing::OnlyEvent(testing::CodeEventsOfType(
                             "Voters in Ireland reject two constitutional referendums.", "REJECT"),
                         "rejected");
  EXPECT_EQ(rejected.source.ref.country, "IRL");
}

// What an arrested person did or planned is theirs, not the arresting side's.
TEST(ActorRolesTest, TheActOfTheArrestedIsNotTheArrestingSides) {
  for (const Event& e :
       testing::CodeEvents("Moroccan authorities arrest a jihadist preparing to commit a "
                           "terrorist attack in Seville, Spain.")) {
    if (e.type == "ASSAULT") {
      EXPECT_NE(e.source.ref.country, "MAR") << e.trigger;
    }
  }
  const Event thrown = testing::OnlyEvent(
      testing::CodeEventsWithTrigger(
          "Police in Paris detain protesters throwing stones at the embassy.", "throwing"),
      "thrown");
  EXPECT_EQ(thrown.source.ref.code, "FRAOPP");
}

// "killed in fighting": the gerund names the event, and those killed in it are its
// victims, not its doers.
TEST(ActorRolesTest, ThoseKilledInFightingAreItsVictims) {
  const Event attack = testing::OnlyEvent(
      testing::CodeEventsOfType("Seven American soldiers are killed in fighting in Afghanistan.",
                                "ASSAULT"),
      "attack");
  EXPECT_EQ(attack.source.ref.code, "");
  EXPECT_EQ(attack.target.ref.code, "USAMIL");
}

// A participle coordinated with a passive one is passive ("is indicted by a grand jury
// and arrested"): the name before it is no doer. One with a subject of its own is
// active.
TEST(ActorRolesTest, AParticipleJoinedToAPassiveIsPassive) {
  EXPECT_TRUE(testing::CodeEventsOfType(
                  "Roger Stone, a former adviser to U.S. President Donald Trump, is indicted by "
                  "a federal grand jury and arrested on charges of obstruction.",
                  "COERCE")
                  .empty());
  const Event shot = testing::OnlyEvent(
      testing::CodeEventsWithTrigger(
          "An aid worker of a United States-based charity is shot and killed in her car by "
          "Palestinian gunmen near Khan Yunis.",
          "shot"),
      "shot");
  EXPECT_EQ(shot.source.ref.code, "PSEINS");
}

// Armed groups and police forces that news names by their own name.
TEST(NamedForcesTest, ArmedGroupsAndPoliceForcesAreCoded) {
  EXPECT_EQ(EventSummaries("The Arakan Army attacks a police post in Rakhine.").at(0).substr(0, 15),
            "ASSAULT MMRREB>");
  EXPECT_EQ(EventSummaries("The United States Capitol Police requests that the National Guard "
                           "remain at the Capitol.")
                .at(0)
                .substr(0, 15),
            "REQUEST USACOP>");
}

// "its forces", "their forces" as the subject of their own verb belong to the actor the
// sentence named; what a state does to its own troops has no second party.
TEST(NamedForcesTest, ItsForcesAreTheOwnersForces) {
  EXPECT_EQ(EventSummaries("Russia says its air defence shot down three Ukrainian drones over "
                           "Crimea."),
            (std::vector<std::string>{"ASSAULT RUSMIL>UKRMIL asserted"}));
  EXPECT_EQ(EventSummaries("The Houthis say their forces attacked a ship.").at(0).substr(0, 15),
            "ASSAULT YEMREB>");
  EXPECT_EQ(EventSummaries("Turkey demanded that Armenia withdraw its troops."),
            (std::vector<std::string>{"REQUEST TUR>ARM asserted", "RETREAT ARM> requested"}));
}

// What someone is accused or blamed of is the accuser's claim, also inside another
// speaker's sentence.
TEST(AttributionTest, AnAccusedActIsTheAccusersClaim) {
  const Event fire = testing::OnlyEvent(
      testing::CodeEventsWithTrigger(
          "Armenia says that Azerbaijan is escalating the situation while Azerbaijan blames "
          "Armenian forces for opening fire first.",
          "opening"),
      "opening fire");
  EXPECT_EQ(fire.status, "alleged");
  EXPECT_EQ(fire.attributed_to.ref.country, "AZE");
  const Event weapons = testing::OnlyEvent(
      testing::CodeEventsWithTrigger("Bolivia accuses Argentina of providing weaponry to the "
                                     "military of Bolivia.",
                                     "providing"),
      "providing weaponry");
  EXPECT_EQ(weapons.attributed_to.ref.country, "BOL");
}

// "the government of being behind": an "of" before a gerund tells the accusation, it does
// not name whose government.
TEST(AttributionTest, TheGovernmentOfDoingIsTheLocalGovernment) {
  EXPECT_EQ(EventSummaries("Churches in Kenya accuse the government of being behind a grenade "
                           "attack.")
                .at(0),
            "ACCUSE KEN>KENGOV asserted");
}

TEST(ActorRolesTest, LatinAmericaIsNotTheUnitedStates) {
  // Nor are countries that protest the opposition of the country they protest in.
  EXPECT_EQ(EventSummaries("Several Latin American countries close their embassies in "
                           "Venezuela in protest of Maduro's inauguration."),
            (std::vector<std::string>{"SANCTION >VEN asserted", "PROTEST >VENGOV asserted"}));
}

TEST(ActorRolesTest, TheVictimsOfOneVerbDoNotDoTheNext) {
  // "wounds" is read as a noun joined to the object list; the list is what it was done to.
  for (const std::string& e :
       EventSummaries("An airstrike on a biscuit shop kills five Bangladeshi nationals and two "
                      "Libyans and wounds 33 others in Tripoli.")) {
    EXPECT_EQ(e.find("LBY>"), std::string::npos) << e;
    EXPECT_EQ(e.find("BGDCVL>"), std::string::npos) << e;
  }
}

TEST(CoordinationTest, OnlyMutualCooperationGoesBetweenTheCoordinatedActors) {
  // Giving is no joint act; conducting joint drills or a prisoner exchange is.
  EXPECT_TRUE(
      testing::NoEvents("Ambassadors of France, Italy, Spain and Portugal are "
                        "summoned to give formal explanations."));
  EXPECT_EQ(EventSummaries("Russia and China conduct joint naval drills."),
            (std::vector<std::string>{"COOPERATE RUS>CHN asserted", "COOPERATE CHN>RUS asserted"}));
}

TEST(ActorRolesTest, ForcesWithdrawingRetreat) {
  // Armed forces or troops withdrawn retreat militarily (0874); a promise to withdraw
  // stays an intent, a country leaving a convention no retreat.
  EXPECT_EQ(EventSummaries("U.S. forces begin to withdraw from northern Syria."),
            (std::vector<std::string>{"RETREAT USAMIL>SYR asserted"}));
  const Event pull = testing::OnlyEvent(
      testing::CodeEvents("The United Arab Emirates pulls its troops out of Yemen."), "pull-out");
  EXPECT_EQ(pull.cameo, "0874");
  EXPECT_EQ(
      testing::OnlyEvent(testing::CodeEvents("Russia promised to withdraw its troops."), "promise")
          .cameo,
      "0356");
  EXPECT_NE(testing::OnlyEvent(testing::CodeEvents("Canada withdraws from the United Nations "
                                                   "Convention to Combat Desertification."),
                               "exit")
                .cameo,
            "0874");
}

TEST(ActorRolesTest, TheCountrysActIsTheFirstActors) {
  // "the country's" before an event noun is the sentence's first actor's, not the last
  // one named before it.
  const std::vector<Event> withdrawal = testing::CodeEventsWithTrigger(
      "Iranian President Hassan Rouhani sends letters to the leaders of France and Germany "
      "announcing the country's partial withdrawal from the nuclear deal.",
      "withdrawal");
  ASSERT_EQ(withdrawal.size(), 1u);
  EXPECT_EQ(withdrawal[0].source.ref.country, "IRN");
}

TEST(ActorRolesTest, WhatArrestedSuspectsWereReadyToDoIsTheirs) {
  // Not the police's threat: the suspects' planned attack, and they have no name.
  EXPECT_TRUE(testing::CodeEventsWithTrigger("Catalan police arrest 17 suspected terrorists "
                                             "ready to launch an attack.",
                                             "attack")
                  .empty());
}

TEST(CoordinationTest, ExchangingFireGoesBothWays) {
  // Also where the tagger reads the present-tense verb as a noun.
  EXPECT_EQ(
      EventSummaries("Israel and Hezbollah exchange fire across the border."),
      (std::vector<std::string>{"ASSAULT ISR>LBNREB asserted", "ASSAULT LBNREB>ISR asserted"}));
}

TEST(ActorRolesTest, NationalArmiesNamedByTheirOwnNames) {
  EXPECT_EQ(EventSummaries("Fighting between the FARDC and M23 rebels continues."),
            (std::vector<std::string>{"ASSAULT CODMIL>CODREB asserted",
                                      "ASSAULT CODREB>CODMIL asserted"}));
  const Event attack = testing::OnlyEvent(
      testing::CodeEvents("A mortar attack hits a South African National Defence Force base."),
      "the attack");
  EXPECT_EQ(attack.target.ref.code, "ZAFMIL");
}

TEST(ActorRolesTest, ANameInTheSubjectsRelativeClauseIsNotTheSubject) {
  const std::vector<Event> accusation = testing::CodeEventsWithTrigger(
      "Putin, who met Erdogan on Monday, accuses Ukraine of shelling civilians.", "accuses");
  ASSERT_EQ(accusation.size(), 1u);
  EXPECT_EQ(accusation[0].source.ref.code, "RUSGOV");
}

TEST(ActorRolesTest, ACountryBeforeAnAttackNounIsTheAttackerNotThePlace) {
  for (const char* text : {"Fourteen people are killed in US drone attacks in North Waziristan.",
                           "Six militants are killed in a United States drone strike."}) {
    const std::vector<Event> events = testing::CodeEvents(text);
    ASSERT_EQ(events.size(), 1u) << text;
    EXPECT_EQ(events[0].source.ref.code, "USA") << text;
    EXPECT_TRUE(events[0].target.ref.empty()) << text;
    EXPECT_TRUE(!events[0].location || events[0].location->country != "USA") << text;
  }
  // A city so named is where it happened.
  const std::vector<Event> mumbai = testing::CodeEvents("Three people die in the Mumbai attacks.");
  ASSERT_EQ(mumbai.size(), 1u);
  EXPECT_TRUE(mumbai[0].source.ref.empty());
}

TEST(ActorRolesTest, APresentTenseVerbTheTaggerReadsAsANounStillHasItsSubject) {
  // "gather" after a plural reads as a noun; the sentence had no finite verb, and the
  // army that killed lost its role.
  const std::vector<Event> killing = testing::CodeEvents(
      "Relatives of those killed by the British Army gather to hear the results.");
  ASSERT_EQ(killing.size(), 1u);
  EXPECT_EQ(killing[0].source.ref.code, "GBRMIL");
  EXPECT_EQ(EventSummaries("Turkish police arrest 120 suspects in a major operation."),
            (std::vector<std::string>{"COERCE TURCOP> asserted"}));
}

TEST(RequestRolesTest, TellingSomeoneToActDemandsIt) {
  EXPECT_EQ(EventSummaries("The United Nations tells Israel to end its blockade of Gaza."),
            (std::vector<std::string>{"REQUEST UNO>ISR asserted", "RETREAT ISR> requested"}));
  // Telling what happened is no demand.
  EXPECT_TRUE(CodeEvents("Putin told reporters that Russia would respond.").empty());
  EXPECT_TRUE(testing::CodeEventsWithTrigger(
                  "Jatta tells Vatican Radio it is necessary to extend the closure of the museums.",
                  "tells")
                  .empty());
}

TEST(RequestRolesTest, AParticipleDescribingANounTellsWhatHappened) {
  const std::vector<Event> arrest = testing::CodeEventsWithTrigger(
      "Thailand urges Cambodia to release seven of its citizens arrested after crossing the "
      "border.",
      "arrested");
  ASSERT_EQ(arrest.size(), 1u);
  EXPECT_EQ(arrest[0].status, "asserted");
}

TEST(ActorRolesTest, AParticipleAfterANameAndACommaBefellThatName) {
  const std::vector<Event> detention = testing::CodeEventsWithTrigger(
      "Belarusian prisoner Stepan Latypov, detained in a crackdown on protests, is on trial.",
      "detained");
  ASSERT_EQ(detention.size(), 1u);
  EXPECT_TRUE(detention[0].source.ref.empty());
  EXPECT_EQ(detention[0].target.ref.code, "BLR");
  // A comma that closes an apposition is no such participle.
  const std::vector<Event> call = testing::CodeEventsWithTrigger(
      "Bashar al-Jaafari, Permanent Representative of Syria to the United Nations, called on "
      "Biden to change US policy.",
      "called");
  ASSERT_EQ(call.size(), 1u);
  EXPECT_EQ(call[0].source.ref.code, "UNO");
}

TEST(ActorRolesTest, HisVisitIsTheSubjectsNotTheNearestName) {
  const std::vector<Event> visit = testing::CodeEventsWithTrigger(
      "Brazilian President Lula da Silva lands in Israel at the start of his tour of Palestine "
      "and Jordan before his visit to Iran.",
      "visit");
  ASSERT_FALSE(visit.empty());
  EXPECT_EQ(visit[0].source.ref.code, "BRAGOV");
  EXPECT_EQ(visit[0].target.ref.code, "IRN");
  // But "his arrest" befell him.
  for (const Event& e :
       testing::CodeEventsWithTrigger("A judge in Senegal releases opposition leader Ousmane "
                                      "Sonko on bail after protests over his arrest.",
                                      "arrest")) {
    EXPECT_NE(e.source.ref.code, "SENJUD");
  }
}

TEST(RequestRolesTest, WhatIsDemandedThatSomeoneDoIsRequested) {
  const std::vector<Event> release = testing::CodeEventsWithTrigger(
      "Kidnappers of journalist Jill Carroll demand that the United States release all female "
      "Iraqi prisoners.",
      "release");
  ASSERT_EQ(release.size(), 1u);
  EXPECT_EQ(release[0].status, "requested");
  EXPECT_EQ(release[0].source.ref.code, "USA");
}

TEST(ActorRolesTest, ATrailingParticipleImposesTheSubjectsSanctions) {
  const std::vector<Event> sanctions = testing::CodeEventsWithTrigger(
      "The United Nations Security Council adopts Resolution 1718, imposing sanctions on North "
      "Korea.",
      "sanctions");
  ASSERT_EQ(sanctions.size(), 1u);
  EXPECT_EQ(sanctions[0].source.ref.code, "UNO");
  EXPECT_EQ(sanctions[0].target.ref.code, "PRK");
}

TEST(ActorRolesTest, WhatIsDiscussedIsNoParty) {
  EXPECT_EQ(EventSummaries("Putin and Erdogan discuss Syria."),
            (std::vector<std::string>{"CONSULT RUSGOV>TURGOV asserted",
                                      "CONSULT TURGOV>RUSGOV asserted"}));
  const std::vector<Event> talks =
      testing::CodeEventsWithTrigger("Putin discusses Syria with Erdogan.", "discusses");
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(talks[0].target.ref.code, "TURGOV");
}

TEST(ActorRolesTest, TheObjectOfAVerbBeforeAnAttackNounIsNotItsDoer) {
  for (const Event& e : CodeEvents("Russia asks Israel to avoid harming Palestinian civilians in "
                                   "any offensive in the Gaza Strip.")) {
    EXPECT_NE(e.source.ref.code, "PSECVL") << e.trigger;
  }
  // But whom an act is criticized for did it.
  const std::vector<Event> crackdown = testing::CodeEventsWithTrigger(
      "Joe Biden criticizes China for a recent crackdown on foreign journalists.", "crackdown");
  ASSERT_EQ(crackdown.size(), 1u);
  EXPECT_EQ(crackdown[0].source.ref.code, "CHN");
}

TEST(ActorRolesTest, TheArabicArticleOpensAName) {
  const std::vector<Event> bombing = testing::CodeEventsWithTrigger(
      "Fourteen people are killed by an al-Shabaab suicide bombing in Mogadishu.", "bombing");
  ASSERT_EQ(bombing.size(), 1u);
  EXPECT_EQ(bombing[0].source.ref.code, "SOMREB");
}

TEST(ActorRolesTest, WhoIsCondemnedForAnActDidIt) {
  const std::vector<Event> rejection = testing::CodeEventsWithTrigger(
      "Zelenskyy condemns NATO for rejecting his appeal for a no-fly zone.", "rejecting");
  ASSERT_EQ(rejection.size(), 1u);
  EXPECT_EQ(rejection[0].source.ref.code, "NAT");
}

TEST(ActorRolesTest, AThreatOfAnActIsMadeByItsDoer) {
  const std::vector<Event> threat = testing::CodeEventsWithTrigger(
      "Biden calls on Americans to leave Ukraine due to increased threats of Russian military "
      "action.",
      "threats");
  ASSERT_EQ(threat.size(), 1u);
  EXPECT_EQ(threat[0].source.ref.code, "RUSMIL");
  EXPECT_EQ(threat[0].status, "asserted");
}

TEST(ActorRolesTest, AVisitingOfficialIsTheVisitor) {
  const std::vector<Event> events = CodeEvents(
      "Mexico's Secretary of Foreign Affairs Luis Videgaray Caso, flanked by visiting United "
      "States Secretary of State Rex Tillerson, rejects any option that would imply violence.");
  std::vector<std::string> got;
  for (const Event& e : events) {
    got.push_back(e.cameo + " " + e.source.ref.code + ">" + e.target.ref.code);
  }
  // The visit is the American's, and the rejection the Mexican's (the participle clause
  // set off by commas is no subject).
  EXPECT_NE(std::find(got.begin(), got.end(), "042 USA>MEX"), got.end());
  EXPECT_NE(std::find(got.begin(), got.end(), "120 MEX>"), got.end());
}

TEST(ActorRolesTest, AnAccusationDoesNotReachTheAccusersNextAct) {
  const std::vector<Event> sanctions = testing::CodeEventsWithTrigger(
      "The United States accuses North Korea of using VX to kill Kim Jong-nam, and imposes "
      "symbolic sanctions against it.",
      "sanctions");
  ASSERT_EQ(sanctions.size(), 1u);
  EXPECT_EQ(sanctions[0].status, "asserted");
  EXPECT_EQ(sanctions[0].source.ref.code, "USA");
}

TEST(ActorRolesTest, ANameAThingIsCalledIsNoParty) {
  for (const Event& e :
       CodeEvents("Iran launches a new surface-to-surface missile called the Fateh.")) {
    EXPECT_TRUE(e.target.ref.empty()) << e.trigger << " " << e.target.ref.code;
    EXPECT_NE(e.trigger, "called");
  }
}

TEST(ActorRolesTest, TheInfinitiveAfterARefusalIsTheRefusersAct) {
  const std::vector<Event> grant = testing::CodeEventsWithTrigger(
      "An Indonesian court rejects the appeal against President Joko Widodo's refusal to grant "
      "them clemency.",
      "grant");
  ASSERT_EQ(grant.size(), 1u);
  EXPECT_EQ(grant[0].source.ref.code, "IDNGOV");
  for (const Event& e : testing::CodeEventsWithTrigger(
           "The Obama Administration asks a federal judge to reject attempts by Texas to block "
           "Syrian refugees.",
           "block")) {
    EXPECT_NE(e.source.ref.code, "USAGOV");
  }
}

TEST(ActorRolesTest, CoordinatedHeadlineParticiplesArePassive) {
  const std::vector<Event> raid = testing::CodeEvents(
      "Two Hezbollah personnel killed and a dozen civilians injured in an Israeli air raid in "
      "southern Lebanon.");
  ASSERT_EQ(raid.size(), 1u);
  EXPECT_EQ(raid[0].source.ref.code, "ISR");
  EXPECT_EQ(raid[0].target.ref.code, "LBNREB");
}

TEST(ActorRolesTest, AGeneralElectionIsNoOfficer) {
  const std::vector<Event> criticism = testing::CodeEventsWithTrigger(
      "Observers criticize the Mexican general election.", "criticize");
  ASSERT_EQ(criticism.size(), 1u);
  EXPECT_EQ(criticism[0].target.ref.code, "MEX");
}

TEST(ActorRolesTest, ARegionNamedAfterAPlaceIsWhereAndWhoseVictims) {
  // "Oblast", "Governorate", "Province" after a place: the region (the gazetteer may lack
  // it but knows the place it is named after), whose country's people the victims are.
  const std::vector<Event> bomb = testing::CodeEventsOfType(
      "A roadside bomb kills 15 civilians in Kunduz Province.", "ASSAULT");
  ASSERT_EQ(bomb.size(), 1u);
  EXPECT_EQ(bomb[0].location_text, "Kunduz Province");
  EXPECT_EQ(bomb[0].target.ref.code, "AFGCVL");
  const std::vector<Event> drones =
      testing::CodeEventsOfType("Ukrainian drones strike Belgorod Oblast.", "ASSAULT");
  ASSERT_EQ(drones.size(), 1u);
  EXPECT_EQ(drones[0].source.ref.code, "UKRMIL");
  EXPECT_EQ(drones[0].target.ref.code, "RUS");
  // A compass word between the owning country and the region describes it.
  const std::vector<Event> pkk = testing::CodeEventsOfType(
      "A suspected PKK car bomb kills at least 17 people in Turkey's southeast Hakkari "
      "Province.",
      "ASSAULT");
  ASSERT_EQ(pkk.size(), 1u);
  EXPECT_EQ(pkk[0].location_text, "Hakkari Province");
  EXPECT_EQ(pkk[0].target.ref.code, "TURCVL");
}

TEST(ActorRolesTest, PeopleAParticipleDescribesDidItNamedOrNot) {
  // The social workers delivered the aid, not the gunmen who shot them.
  for (const Event& e : testing::CodeEventsOfType(
           "Gunmen opened fire against two social workers delivering aid for people in Van "
           "Province, Turkey, killing them at the scene.",
           "AID")) {
    EXPECT_NE(e.source.ref.code, "TURINS");
  }
  // A nationality in their noun phrase names them.
  const std::vector<Event> call = testing::CodeEventsOfType(
      "Mariah Carey performs in Jeddah despite Saudi women's rights activists calling for her "
      "to cancel it.",
      "REQUEST");
  ASSERT_FALSE(call.empty());
  EXPECT_EQ(call[0].source.ref.country, "SAU");
}

TEST(ActorRolesTest, APlaceAfterACommaNarrowsANameTheGazetteerLacks) {
  const auto where = [](const std::string& text) {
    const std::vector<Event> events = testing::CodeEventsOfType(text, "ASSAULT");
    return events.empty() || !events[0].location ? std::string("-") : events[0].location_text;
  };
  // The village is unknown; the region after it, or the country, says where (a region
  // named after a town the gazetteer knows is that region).
  EXPECT_EQ(where("Five Indian soldiers are killed by militants during an encounter in Rajouri, "
                  "Jammu and Kashmir."),
            "Jammu");
  EXPECT_EQ(where("At least ten soldiers are killed in an ambush by jihadists in Tillaberi "
                  "Region, Niger."),
            "Tillaberi Region");
  // "across" is a preposition of place too.
  EXPECT_EQ(where("Six people are killed in shootings across Chicago, Illinois, United States."),
            "Chicago");
  // A place the gazetteer knows stays the finer one; a name after the comma that goes
  // on to a verb is the next clause's subject, not the place.
  EXPECT_EQ(where("A gunman opens fire on a street in Tel Aviv, Israel, killing a policeman."),
            "Tel Aviv");
  EXPECT_EQ(where("In Orgene, Russia launches new strikes."), "-");
  // Where an agreement is signed is where it happened.
  const std::vector<Event> treaty = testing::CodeEvents(
      "Rwanda and the United Kingdom sign a treaty in Kigali, Rwanda, on the relocation of "
      "asylum seekers.");
  ASSERT_FALSE(treaty.empty());
  EXPECT_EQ(treaty[0].location_text, "Kigali");
  // A state after a county is the state, not the capital of the same name.
  const std::vector<Event> gorge = testing::CodeEventsOfType(
      "Two people are killed during a mass shooting at the Gorge Amphitheatre in Grant County, "
      "Washington, United States.",
      "ASSAULT");
  ASSERT_FALSE(gorge.empty());
  ASSERT_TRUE(gorge[0].location.has_value());
  EXPECT_EQ(gorge[0].location->name, "Washington State");
}

TEST(ActorRolesTest, AnActTheRequestHangsOnIsNotRequested) {
  // The protesters call for a ceasefire; their arrest happened.
  const std::vector<Event> arrests = testing::CodeEventsOfType(
      "Around 49 anti-war protesters calling for President Joe Biden to press for a ceasefire "
      "are arrested outside the White House by Secret Service members.",
      "COERCE");
  ASSERT_FALSE(arrests.empty());
  EXPECT_EQ(arrests[0].status, "asserted");
}

TEST(ActorRolesTest, TheGovernmentPairedWithADomesticGroupIsOfItsCountry) {
  // The paragraph before speaks of Britain; the Taliban say which government this is.
  const std::vector<std::string> events = testing::EventSummaries(
      "The British government announces new quarantine rules.\n\nThe government and the Taliban "
      "blame each other for the attack.");
  EXPECT_NE(std::find(events.begin(), events.end(), "ACCUSE AFGGOV>AFGREB asserted"), events.end());
  for (const std::string& e : events) EXPECT_EQ(e.find("GBRGOV"), std::string::npos) << e;
}

TEST(ActorRolesTest, HeAfterATitleAndAnUnknownNameIsTheTitlesActor) {
  // "Nikol Pashinyan" is in no dictionary; "Armenian Prime Minister" says who he is.
  const std::vector<Event> events = testing::CodeEventsOfType(
      "Armenian Prime Minister Nikol Pashinyan announces he has signed a deal with Azerbaijan.",
      "SUPPORT");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].source.ref.code, "ARMGOV");
  // Not in the next sentence, which may be about someone the dictionaries lack.
  const std::vector<Event> next = testing::CodeEventsOfType(
      "Lithuanian Foreign Minister Gabrielius Landsbergis meets the press. Tsikhanouskaya says "
      "she accuses President Alexander Lukashenko of rigging the election.",
      "ACCUSE");
  ASSERT_FALSE(next.empty());
  EXPECT_NE(next[0].source.ref.code, "LTUGOV");
}

TEST(ActorRolesTest, ExpandingSanctionsIsTheSanctionsAct) {
  EXPECT_EQ(testing::EventSummaries("The European Union expands its sanctions against Russia."),
            (std::vector<std::string>{"COERCE EEC>RUS asserted"}));
  // So is authorizing a deployment the deployment (but approving a ceasefire is no
  // ceasefire of one's own).
  EXPECT_EQ(testing::EventSummaries("United States President Barack Obama authorizes the "
                                    "deployment of 12,000 more soldiers into the Afghanistan War."),
            (std::vector<std::string>{"MOBILIZE USAGOV>AFG asserted"}));
  EXPECT_EQ(testing::EventSummaries("The UN Security Council approves a ceasefire."),
            (std::vector<std::string>{"AGREE UNO> asserted"}));
  // Conducting air strikes is striking, not overseeing.
  EXPECT_EQ(testing::EventSummaries("The Israeli Air Force conducts more air strikes against the "
                                    "Gaza Strip."),
            (std::vector<std::string>{"ASSAULT ISRMIL>PSE asserted"}));
  // Authorizing a protest is allowing it.
  EXPECT_FALSE(testing::CodeEventsOfType("Police authorize a protest outside the Israeli embassy "
                                         "in Stockholm.",
                                         "CONCEDE")
                   .empty());
}

TEST(ActorRolesTest, KurdishFightersAreRebelsWhereTheSentencePlacesThem) {
  // "ethnic" does not send a people without a state to the first country named.
  const std::vector<Event> aid = testing::CodeEventsOfType(
      "America is preparing to stop supplying weapons to ethnic Kurdish fighters in Syria.", "AID");
  ASSERT_FALSE(aid.empty());
  EXPECT_EQ(aid[0].target.ref.code, "SYRREB");
  // "according to" names a source, not the place they are in.
  const std::vector<Event> bombs = testing::CodeEventsOfType(
      "A Syrian warplane drops bombs near Kurdish-led Syrian Democratic Forces fighters in Raqqa, "
      "according to United States Central Command.",
      "ASSAULT");
  ASSERT_FALSE(bombs.empty());
  EXPECT_EQ(bombs[0].target.ref.country, "SYR");
}

TEST(ActorRolesTest, ARoleNounANameOwnsGivesNoRoleToThePlaceAfterIt) {
  // "Kurdish fighters in northern Syria" are not Syria's rebels; Syria condemns.
  const std::vector<Event> events = testing::CodeEventsOfType(
      "Syria condemns Turkish military action against Kurdish fighters in northern Syria, and "
      "demands UN action.",
      "REQUEST");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].source.ref.code, "SYR");
  EXPECT_EQ(testing::EventSummaries("Soldiers in Mali kill 20 militants.")[0],
            "ASSAULT MLIMIL>MLIINS asserted");
}

TEST(ActorRolesTest, InProtestIsTheProtestOfWhoeverActs) {
  // The "by" phrase is the firing's agent, and the commas of a place do not cut the
  // protest from the storming.
  const std::vector<Event> protests = testing::CodeEventsOfType(
      "Protesters storm and ransack the office of the Sri Lankan High Commission in New Delhi, "
      "India, in protest at the alleged firing on Indian fishermen by the Sri Lanka Navy.",
      "PROTEST");
  ASSERT_FALSE(protests.empty());
  EXPECT_EQ(protests[0].source.ref.code, "INDOPP");
}

TEST(ActorRolesTest, TheCountryAfterACityIsNoSecondTarget) {
  EXPECT_EQ(testing::EventSummaries("A Russian attack on Kharkiv, Ukraine, kills two people."),
            (std::vector<std::string>{"ASSAULT RUS>UKR asserted"}));
  const std::vector<Event> kyiv =
      testing::CodeEventsOfType("A Russian attack on Kyiv, Ukraine, kills two people.", "ASSAULT");
  ASSERT_EQ(kyiv.size(), 1u);
  EXPECT_EQ(kyiv[0].target.ref.country, "UKR");
  // A list of countries stays a list.
  EXPECT_EQ(
      testing::CodeEventsOfType("Russia attacks Ukraine, Georgia and Moldova.", "ASSAULT").size(),
      3u);
}

TEST(ActorRolesTest, TheActsAListIncludesAreTheSubjects) {
  for (const Event& e : testing::CodeEventsOfType(
           "India announces several measures targeting Pakistan including closing the main border "
           "crossing, suspending the Indus Water Treaty, and expelling Pakistani diplomats.",
           "SANCTION")) {
    EXPECT_EQ(e.source.ref.code, "IND") << e.trigger;
  }
}

TEST(ActorRolesTest, WhomAnAttackLeavesInjuredIsItsTarget) {
  const std::vector<Event> attacks = testing::CodeEventsOfType(
      "Bombings take place across police facilities in Cucuta, Colombia, leaving one police "
      "officer injured.",
      "ASSAULT");
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_TRUE(attacks[0].source.ref.empty()) << attacks[0].source.text;
  EXPECT_EQ(attacks[0].target.ref.code, "COLCOP");
  ASSERT_TRUE(attacks[0].injured.has_value());
  EXPECT_EQ(attacks[0].injured->min, 1);
}

TEST(ActorRolesTest, NaviesAndSeasNamedAfterCountries) {
  // Both navies cooperate; the South China Sea is where, not China.
  const std::vector<std::string> drills = testing::EventSummaries(
      "The Indian and Philippine navies conduct their first joint exercise "
      "in the South China Sea.");
  EXPECT_EQ(drills, (std::vector<std::string>{"COOPERATE INDMIL>PHLMIL asserted",
                                              "COOPERATE PHLMIL>INDMIL asserted"}));
  const std::vector<Event> strikes = testing::CodeEventsOfType(
      "The Tatmadaw conducts an airstrike on a tea shop in Sagaing, Myanmar, killing 18 civilians.",
      "ASSAULT");
  ASSERT_FALSE(strikes.empty());
  EXPECT_EQ(strikes[0].source.ref.code, "MMRMIL");
}

TEST(ActorRolesTest, APlaceAfterAndSharesThePrepositionBeforeTheList) {
  const Event strikes = testing::OnlyEvent(
      testing::CodeEventsOfType(
          "Three people are killed in two Israeli airstrikes in An-Naqoura and Baalbek, Lebanon.",
          "ASSAULT"),
      "airstrikes");
  ASSERT_TRUE(strikes.location.has_value());
  EXPECT_EQ(strikes.location->country, "LBN");
}

TEST(ActorRolesTest, JoiningOthersInAnActIsDoingIt) {
  // No meeting with those joined; the boycott is the joiner's.
  const std::vector<Event> events = testing::CodeEvents(
      "Iceland announces that it will join Ireland, the Netherlands, Spain, and Slovenia in "
      "boycotting next year's Eurovision Song Contest in protest of Israel's participation.");
  ASSERT_FALSE(events.empty());
  for (const Event& e : events) {
    EXPECT_NE(e.type, "CONSULT") << e.trigger;
    EXPECT_EQ(e.source.ref.code, "ISL") << e.trigger;
  }
}

TEST(ActorRolesTest, WhomAnActIsDoneOnBehalfOfIsItsDoer) {
  const Event attack = testing::OnlyEvent(
      testing::CodeEventsOfType("Three men are arrested in Berlin for preparing a terrorist attack "
                                "on behalf of Hamas.",
                                "ASSAULT"),
      "attack");
  EXPECT_EQ(attack.source.ref.code, "PSEREB");
  EXPECT_TRUE(attack.target.ref.empty());
  EXPECT_NE(attack.status, "asserted");
}

TEST(ActorRolesTest, APassiveAgentEndsAtAVerb) {
  // The TLP organized the march; the embassy it tried to reach is no marcher.
  for (const Event& e : testing::CodeEventsOfType(
           "Clashes erupt in Muridke, Pakistan, as a pro-Palestine march, organized by the TLP "
           "Party, attempted to reach the American embassy in Islamabad.",
           "PROTEST")) {
    EXPECT_NE(e.source.ref.code, "USAGOV");
  }
}

TEST(ActorRolesTest, ARoleNounInsideAnotherNameGivesThePlaceNoRole) {
  for (const Event& e : testing::CodeEvents(
           "Marco Rubio blocks Mahmoud Abbas from attending the United Nations General Assembly in "
           "New York City by revoking his visa.")) {
    EXPECT_NE(e.source.text, "New York City") << e.trigger;
  }
}

TEST(ActorRolesTest, ASeatOfPowerAfterAPlacePrepositionIsWhere) {
  const std::vector<Event> meetings = testing::CodeEventsOfType(
      "Zelenskyy meets with U.S. president Donald Trump at the White House.", "CONSULT");
  ASSERT_EQ(meetings.size(), 2u);
  for (const Event& e : meetings) {
    EXPECT_NE(e.target.text, "the White House");
    ASSERT_TRUE(e.location.has_value());
    EXPECT_EQ(e.location->name, "White House");
  }
  // As the subject it is the government.
  EXPECT_EQ(testing::CodeEventsOfType("The White House condemns the attack.", "ACCUSE")
                .at(0)
                .source.ref.code,
            "USAGOV");
  // Protesters in London, not Downing Street, call.
  const std::vector<Event> calls = testing::CodeEventsOfType(
      "Protesters in London gather at Downing Street to call for G7 leaders to end their support "
      "for Israel.",
      "REQUEST");
  ASSERT_FALSE(calls.empty());
  EXPECT_EQ(calls[0].source.ref.code, "GBROPP");
}

TEST(ActorRolesTest, RiotPoliceFiringTearGasAttack) {
  EXPECT_EQ(testing::EventSummaries("Riot police fire tear gas at protesters in Nairobi, Kenya."),
            (std::vector<std::string>{"ASSAULT KENCOP>KENOPP asserted"}));
}

TEST(ActorRolesTest, ALegislatureOfACountryIsThatCountrys) {
  const std::vector<Event> events = testing::CodeEventsOfType(
      "The Senate of Spain ratifies North Macedonia's accession protocol for NATO.", "CONCEDE");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].source.ref.code, "ESPLEG");
}

TEST(ActorRolesTest, AParticipleBeforeANameHasNoDoer) {
  // The visitor did not jail her; "sanctioned Russian oil" was sanctioned by no one named.
  for (const Event& e : testing::CodeEvents(
           "Thai foreign minister Don Pramudwinai visited jailed Myanmar democracy leader Aung San "
           "Suu Kyi last week. India asks the United States to release funds frozen over links "
           "with sanctioned Russian diamond company Alrosa.")) {
    if (e.trigger == "jailed" || e.trigger == "sanctioned") {
      EXPECT_TRUE(e.source.ref.empty()) << e.trigger << " " << e.source.text;
    }
  }
  // A perfect tense keeps its subject.
  const std::vector<Event> kills = testing::CodeEventsOfType(
      "The Israeli military claims to have killed more than 40 Hamas militants.", "ASSAULT");
  ASSERT_FALSE(kills.empty());
  EXPECT_EQ(kills[0].source.ref.code, "ISRMIL");
}

}  // namespace
}  // namespace dateline

namespace dateline {
namespace {

// The name of the place where the only event of `text` happened ("" when none).
std::string PlaceOf(const std::string& text) {
  const std::vector<Event> events = testing::CodeEvents(text);
  if (events.size() != 1 || !events[0].location) return "";
  return events[0].location->name;
}

TEST(ActorRolesTest, WordsThatDescribeAPlaceStandBetweenItAndItsPreposition) {
  EXPECT_EQ(PlaceOf("Airstrikes kill 12 people in northern Syria."), "Syria");
  EXPECT_EQ(PlaceOf("At least 51 people have been killed in the Syrian city of Aleppo."), "Aleppo");
  // (The gazetteer's region, which "Idlib province" names.)
  EXPECT_EQ(PlaceOf("Airstrikes kill 12 people in Syria's Idlib province."), "Idlib Governorate");
  EXPECT_EQ(PlaceOf("Airstrikes kill 12 people in Syria's northern city of Aleppo."), "Aleppo");
  // The owner stays the place when the gazetteer's city of that name lies elsewhere.
  EXPECT_EQ(PlaceOf("Six people are killed in Lebanon's northern city of Tripoli."), "Lebanon");
}

TEST(ActorRolesTest, ACountryAfterACommaSaysWhichTownAndWhoseItIs) {
  // Not Libya's capital, nor its government.
  const std::vector<Event> events = testing::CodeEventsWithTrigger(
      "An Israeli airstrike kills at least three people and injures 13 others in an attack on "
      "Tripoli, Lebanon.",
      "attack");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].target.ref.code, "LBN");
  ASSERT_TRUE(events[0].location);
  EXPECT_EQ(events[0].location->country, "LBN");
  // A town the gazetteer knows only in another country is not put there: the country is.
  EXPECT_EQ(PlaceOf("Police arrest five people in Santiago, Philippines."), "Santiago");
  EXPECT_EQ(testing::CodeEvents("Police arrest five people in Santiago, Philippines.")[0]
                .location->country,
            "PHL");
}

TEST(ActorRolesTest, WhomASanctionFallsOnDidWhatItIsFor) {
  // The sanctioned did it, also where no actor names them.
  EXPECT_EQ(testing::EventSummaries("Russia sanctions Ukraine for attacking Crimea.")[1],
            "ASSAULT UKR> asserted");
  for (const Event& e : testing::CodeEvents("Police in Berlin, Germany, arrest a palliative care "
                                            "nurse for allegedly killing four elderly patients.")) {
    if (e.trigger == "killing") {
      EXPECT_TRUE(e.source.ref.empty()) << e.source.text;
    }
  }
  for (const Event& e : testing::CodeEvents(
           "Iran executes a man for killing a member of the Revolutionary Guards.")) {
    if (e.trigger == "killing") {
      EXPECT_TRUE(e.source.ref.empty()) << e.source.text;
    }
  }
}

TEST(ActorRolesTest, TheSidesAfterBetweenAreTheParties) {
  EXPECT_EQ(testing::EventSummaries("Congolese police officers flee to Uganda as fighting between "
                                    "M23 rebels and the Congolese military intensifies."),
            (std::vector<std::string>{"ASSAULT CODREB>CODMIL asserted",
                                      "ASSAULT CODMIL>CODREB asserted"}));
}

TEST(ActorRolesTest, ABareSenateIsTheSenateOfTheCountryNamedBeforeIt) {
  EXPECT_EQ(testing::EventSummaries("Argentina legalizes abortion by a Senate vote of 38 to 29."),
            (std::vector<std::string>{"CONCEDE ARG>ARGGOV asserted"}));
  // A country named after it is no owner.
  EXPECT_EQ(testing::EventSummaries("The Senate rejects a resolution condemning Russia.")[0],
            "REJECT USAGOV>RUS asserted");
}

TEST(ActorRolesTest, WhoRepelsAnAttackWasAttacked) {
  EXPECT_EQ(testing::EventSummaries("Afghan troops repel a Taliban attack on the northern city of "
                                    "Kunduz, killing up to 40 insurgents."),
            (std::vector<std::string>{"ASSAULT AFGREB>AFGMIL asserted"}));
  EXPECT_EQ(testing::EventSummaries("Russia claims to have repelled the attacks."),
            (std::vector<std::string>{"ASSAULT >RUS asserted"}));
}

TEST(ActorRolesTest, WhereWhatIsFiredComesFromIsNoTarget) {
  EXPECT_EQ(testing::EventSummaries("Hezbollah fires rockets from southern Lebanon at Israel."),
            (std::vector<std::string>{"ASSAULT LBNREB>ISR asserted"}));
  EXPECT_EQ(testing::EventSummaries("Hezbollah fires rockets from southern Lebanon."),
            (std::vector<std::string>{"ASSAULT LBNREB> asserted"}));
  for (const std::string& e : testing::EventSummaries(
           "Two people are killed when a rocket fired from Lebanon hits a building in northern "
           "Israel.")) {
    EXPECT_EQ(e.find(">LBN"), std::string::npos) << e;
  }
}

TEST(ActorRolesTest, TheSubjectOfAClauseJoinedAfterTheActIsNotItsTarget) {
  // (Nor does a dictionary pattern reach into that clause: "condemn ... trials ...
  // unfair" was a rally of support.)
  EXPECT_EQ(testing::EventSummaries("Two United Nations special rapporteurs condemn the executions "
                                    "and Amnesty International alleges their trials were unfair."),
            (std::vector<std::string>{"ACCUSE UNO> asserted"}));
}

TEST(ActorRolesTest, WhoPunishesTakingPartInAnActDidNotDoIt) {
  const Event attack = testing::EventOf(
      "The activist was arrested by the FBI for participating in the attack on the United "
      "States Capitol.",
      "attack");
  EXPECT_EQ(attack.source.ref.code, "");
}

TEST(ActorRolesTest, OneResignsAloneAndTheOfficeNamedIsTheResigningSides) {
  EXPECT_EQ(testing::EventSummaries("Raul Castro resigns as First Secretary."),
            (std::vector<std::string>{"CONCEDE CUBGOV> asserted"}));
  EXPECT_EQ(testing::EventSummaries("Ariel Henry formally resigns as Prime Minister of Haiti."),
            (std::vector<std::string>{"CONCEDE HTIGOV> asserted"}));
}

TEST(ActorRolesTest, ALawmakerIsOfTheLegislature) {
  EXPECT_EQ(testing::EventSummaries("Israel arrests Palestinian lawmaker Khalida Jarrar."),
            (std::vector<std::string>{"COERCE ISR>PSELEG asserted"}));
  EXPECT_EQ(testing::EventSummaries("U.S. Senator Lindsey Graham strongly criticizes President "
                                    "Trump's decision."),
            (std::vector<std::string>{"ACCUSE USALEG>USAGOV asserted"}));
}

TEST(ActorRolesTest, AVisitAfterTheTravelToItIsThatTravel) {
  EXPECT_EQ(
      testing::EventSummaries("Indian Prime Minister Narendra Modi heads to Myanmar for a "
                              "state visit."),
      (std::vector<std::string>{"CONSULT INDGOV>MMR asserted", "CONSULT MMR>INDGOV asserted"}));
}

TEST(ActorRolesTest, AResignationIsOfWhoeverItNamesAndAPopeIsTheHolySees) {
  EXPECT_EQ(testing::EventSummaries("Georgian Prime Minister Mamuka Bakhtadze announces his "
                                    "resignation on Facebook."),
            (std::vector<std::string>{"CONCEDE GEOGOV> asserted"}));
  const Event demanded = testing::EventOf(
      "Thousands of protestors march across Egypt, demanding the "
      "resignation of President Abdel Fattah el-Sisi.",
      "resignation");
  EXPECT_EQ(demanded.source.ref.code, "EGYGOV");
  EXPECT_EQ(demanded.status, "requested");
  EXPECT_EQ(testing::EventSummaries("Pope Francis urges the leaders of Israel and Palestine to "
                                    "work for peace."),
            (std::vector<std::string>{"REQUEST VATGOV>ISRGOV asserted",
                                      "REQUEST VATGOV>PSEGOV asserted"}));
}

TEST(ActorRolesTest, WhoMakesAVisitIsTheVisitor) {
  EXPECT_EQ(
      testing::EventSummaries("Egypt's president Abdel Fattah el-Sisi makes his first "
                              "official visit abroad to Algeria."),
      (std::vector<std::string>{"CONSULT EGYGOV>DZA asserted", "CONSULT DZA>EGYGOV asserted"}));
}

TEST(ActorRolesTest, WhatIsDoneInSupportOrInProtestIsTheClauseSubjects) {
  EXPECT_EQ(testing::EventOf("Hundreds of thousands of people protest against Israel on the "
                             "streets of Tehran, chanting slogans in support of Iranian leaders.",
                             "support")
                .source.ref.code,
            "");
  EXPECT_EQ(testing::EventOf("North Korea cancels high-level talks with South Korea in protest "
                             "of joint military exercises.",
                             "protest")
                .source.ref.code,
            "PRK");
  EXPECT_EQ(testing::EventOf("Tens of thousands of demonstrators hold a rally in Bucharest, "
                             "Romania, in support of presidential candidate Calin Georgescu.",
                             "support")
                .source.ref.code,
            "ROUOPP");
  // What a strike does in protest, its organizers do.
  EXPECT_EQ(testing::EventOf("Seven opposition parties in Nepal have organized a general strike "
                             "that shut down Khatmandu in protest of the arrest of activists.",
                             "protest")
                .source.ref.code,
            "NPLPTY");
}

TEST(ActorRolesTest, AtTheRequestOfXIsXsRequestOfTheOneWhoActs) {
  const Event request =
      testing::EventOf("Interpol issues a red notice at the request of Russia.", "request");
  EXPECT_EQ(request.source.ref.code, "RUS");
  EXPECT_EQ(request.target.ref.code, "COP");
  const Event invitation = testing::EventOf(
      "French troops arrive in Mali at the invitation of the Malian government.", "invitation");
  EXPECT_EQ(invitation.source.ref.code, "MLIGOV");
  EXPECT_EQ(invitation.target.ref.code, "FRAMIL");
}

TEST(ActorRolesTest, LessCommonDemonymsNameTheirCountries) {
  EXPECT_EQ(testing::EventSummaries("Kiribatian President Taneti Mamau condemns Australia."),
            (std::vector<std::string>{"ACCUSE KIRGOV>AUS asserted"}));
  EXPECT_EQ(testing::EventSummaries("Portugal summons the Guinea-Bissauan ambassador."),
            (std::vector<std::string>{"CONSULT PRT>GNBGOV asserted"}));
}

TEST(ActorRolesTest, TheMediatorsOfADealAreNoPartyToIt) {
  EXPECT_EQ(testing::EventSummaries("Russia and Ukraine exchange hundreds of prisoners of war in a "
                                    "deal brokered by the United Arab Emirates."),
            (std::vector<std::string>{"RETREAT RUS>UKR asserted", "RETREAT UKR>RUS asserted"}));
  EXPECT_EQ(testing::CodeEventsWithTrigger("Israel and Hamas reach a diplomatic agreement mediated "
                                           "by Egypt, Qatar, and the U.S.",
                                           "reach")
                .size(),
            2u);
}

TEST(ActorRolesTest, ASpeakerWithALongTitleIsTheDoerItsPronounNames) {
  // Up to a dozen words before the reporting verb name its speaker, and "they" after it
  // is that speaker (the phrase itself does not reach back through the title).
  const Event detained = testing::EventOf(
      "Indonesian Minister of Maritime Affairs and Fisheries Edhy Prabowo says that they have "
      "detained two Filipino fishing boats.",
      "detained");
  EXPECT_EQ(detained.source.ref.code, "IDNGOV");
  EXPECT_EQ(detained.attributed_to.ref.code, "IDNGOV");
  // Coordinated speakers do it together.
  const std::vector<std::string> coded = EventSummaries(
      "The foreign ministries of Qatar and the United Arab Emirates announce that they will "
      "restore diplomatic relations.");
  EXPECT_EQ(std::count(coded.begin(), coded.end(), "SUPPORT QATGOV>AREGOV future"), 1);
  EXPECT_EQ(std::count(coded.begin(), coded.end(), "SUPPORT AREGOV>QATGOV future"), 1);
  // Who only reports is no doer.
  const Event killed = testing::EventOf(
      "United Nations High Commissioner for Human Rights Volker Türk reports that 30 people "
      "were killed.",
      "killed");
  EXPECT_TRUE(killed.source.ref.empty()) << killed.source.ref.code;
  EXPECT_EQ(killed.attributed_to.ref.code, "UNO");
}

TEST(ActorRolesTest, ACrackdownOnProtestsIsNotOnWhomTheyProtest) {
  const std::string text =
      "United Nations High Commissioner for Human Rights Volker Türk reports that over 1,400 "
      "people were killed last year during violent crackdowns on protests against the "
      "government of former Bangladeshi Prime Minister Sheikh Hasina by the military and "
      "police.";
  const Event crackdown = testing::EventOf(text, "crackdowns");
  EXPECT_EQ(crackdown.source.ref.code, "BGDMIL");
  EXPECT_TRUE(crackdown.target.ref.empty()) << crackdown.target.ref.code;
  EXPECT_TRUE(testing::EventOf(text, "protests").source.ref.empty());
  // Nor does who condemns the crackdown hold the protest.
  EXPECT_TRUE(testing::EventOf("The UN condemns the crackdown on protests against the "
                               "government of Iran.",
                               "protests")
                  .source.ref.empty());
}

TEST(ActorRolesTest, OnlyAByPhraseIsAPassiveAgent) {
  // (The parse makes the children the agent of "found".)
  const Event found = testing::EventOf(
      "Three people are found dead, including two children, on a dinghy crossing the "
      "Mediterranean Sea.",
      "found");
  EXPECT_TRUE(found.source.text.empty()) << found.source.text;
  EXPECT_EQ(testing::EventOf("Two soldiers are killed by militants.", "killed").source.text,
            "militants");
}

TEST(ActorRolesTest, WhoseCustodyOneIsReleasedFromReleasesOne) {
  const Event released =
      testing::EventOf("Journalist Evan Gershkovich is released from Russian custody.", "released");
  EXPECT_EQ(released.source.ref.code, "RUS");
  EXPECT_TRUE(released.target.ref.empty()) << released.target.ref.code;
  EXPECT_EQ(testing::EventOf("Palestinian teenager Ahed Tamimi is released from an Israeli prison.",
                             "released")
                .source.ref.code,
            "ISR");
}

TEST(ActorRolesTest, WhomAMeasureIsAgainstDidWhatItIsFor) {
  EXPECT_EQ(testing::EventOf("The Armenian government files charges against Azerbaijan at the "
                             "International Court of Justice for violating the convention.",
                             "violating")
                .source.ref.code,
            "AZE");
  // Unnamed: not the prosecutors.
  for (const Event& e : testing::CodeEventsWithTrigger(
           "Prosecutors in Japan announce they are seeking the death penalty against Satoshi "
           "Uematsu for stabbing 19 disabled people to death in 2016.",
           "stabbing")) {
    EXPECT_TRUE(e.source.ref.empty()) << e.source.ref.code;
  }
}

TEST(ActorRolesTest, TheVictimsOfABombAreNotItsBombers) {
  // "bomb" is a verb in the trigger table; with its own determiner it is the noun.
  const Event bomb =
      testing::EventOf("Two Russian soldiers are killed by a roadside bomb in Syria.", "bomb");
  EXPECT_TRUE(bomb.source.ref.empty()) << bomb.source.ref.code;
  EXPECT_EQ(bomb.target.ref.code, "RUSMIL");
  // A participle between a country and the noun is the noun's modifier.
  EXPECT_EQ(testing::EventOf("At least nine people are injured in a Russian guided airstrike in "
                             "Derhachi, Kharkiv Oblast.",
                             "airstrike")
                .source.ref.code,
            "RUS");
}

TEST(ActorRolesTest, HisActIsHisNotANearbyNames) {
  // A person no dictionary codes: not Erdoğan's support of Gülen.
  for (const Event& e : testing::CodeEventsWithTrigger(
           "Kanter alleged that his public opposition to Turkish president Recep Tayyip Erdoğan "
           "and support of exiled Islamic cleric Fethullah Gülen had led to the cancellation of "
           "his Turkish passport.",
           "support")) {
    EXPECT_NE(e.source.ref.code, "TURGOV");
  }
  // The title in an apposition stands for the person.
  EXPECT_EQ(testing::EventOf("Bettina Muscheidt, the European Union ambassador to Nicaragua, is "
                             "declared persona non grata due to her criticism of President "
                             "Daniel Ortega.",
                             "criticism")
                .source.ref.code,
            "EEC");
}

TEST(ActorRolesTest, WhatIsReceivedFromXIsXsGift) {
  const Event received = testing::EventOf(
      "Ukraine receives its first shipment of M1 Abrams tanks from the United States.", "receives");
  EXPECT_EQ(received.source.ref.code, "USA");
  EXPECT_EQ(received.target.ref.code, "UKR");
}

TEST(ActorRolesTest, OneSidedActsBetweenTwoPlacesAreNotBetweenTwoParties) {
  const Event strikes = testing::EventOf(
      "Israel carries out a series of airstrikes between Sanaa and Hodeidah in Yemen, killing at "
      "least six people.",
      "airstrikes");
  EXPECT_EQ(strikes.source.ref.code, "ISR");
  // A joint act between two parties stays both ways.
  EXPECT_EQ(testing::CodeEventsWithTrigger("Fighting between Armenia and Azerbaijan continues.",
                                           "Fighting")
                .size(),
            2u);
}

TEST(ActorRolesTest, TheBlastOfABombIsTheBombing) {
  // One attack, on what the blast was near, with the toll; the place before the bomb is
  // no bomber.
  const std::string blast =
      "A car bomb explodes near an African Union convoy killing three soldiers.";
  const std::vector<Event> events = testing::CodeEvents(blast);
  ASSERT_EQ(events.size(), 1U) << ::testing::PrintToString(testing::EventSummaries(blast));
  EXPECT_EQ(events[0].trigger, "bomb");
  EXPECT_TRUE(events[0].source.ref.empty()) << events[0].source.ref.code;
  EXPECT_EQ(events[0].target.ref.code, "AFU");
  ASSERT_TRUE(events[0].killed);
  EXPECT_EQ(events[0].killed->min, 3);
  // What a weapon hits is the weapon's attack, done by whom the weapon is.
  const std::string hit =
      "At least three people are killed when Russian guided bombs hit civilian infrastructure in "
      "Kharkiv, Ukraine.";
  const std::vector<Event> hits = testing::CodeEvents(hit);
  ASSERT_EQ(hits.size(), 1U) << ::testing::PrintToString(testing::EventSummaries(hit));
  EXPECT_EQ(hits[0].source.ref.code, "RUS");
  // A plural weapon the parse makes a subject is a noun: who planted the bombs set them.
  EXPECT_EQ(testing::EventOf("Fourteen people are killed after bombs planted by Islamic State "
                             "militants explode near civilian homes in Bir al-Abd, Egypt.",
                             "bombs")
                .source.ref.code,
            "MUSINS");
}

TEST(ActorRolesTest, ATitleAndItsHolderInAppositionAreOneActor) {
  // Not Afghanistan's prime minister, and not two visitors.
  const std::string text =
      "Australia declares its war in Afghanistan over while the Prime Minister, Tony Abbott, "
      "visits Afghanistan.";
  const std::vector<Event> visits = testing::CodeEventsWithTrigger(text, "visits");
  ASSERT_EQ(visits.size(), 2U) << ::testing::PrintToString(testing::EventSummaries(text));
  for (const Event& e : visits) {
    EXPECT_TRUE(e.source.ref.code == "AUSGOV" || e.target.ref.code == "AUSGOV")
        << e.source.ref.code << " > " << e.target.ref.code;
  }
}

TEST(ActorRolesTest, TheCourtAChargeIsBroughtInBringsIt) {
  const Event charged = testing::EventOf(
      "The driver of the train is charged with 79 counts of manslaughter in a Spanish court.",
      "charged");
  EXPECT_EQ(charged.source.ref.code, "ESPJUD");
  EXPECT_TRUE(charged.target.ref.empty()) << charged.target.ref.code;
  // A court's sentence is an event though the defendant is no coded actor.
  EXPECT_EQ(testing::EventOf("A court in Tehran, Iran, sentences two women's rights activists to "
                             "15 years in prison.",
                             "sentences")
                .source.ref.code,
            "IRNJUD");
}

TEST(ActorRolesTest, WhatAMeetingIsAboutIsNoPartyToIt) {
  EXPECT_EQ(testing::EventSummaries("Russia and Turkey meet in Moscow on Syria."),
            (std::vector<std::string>{"CONSULT RUS>TUR asserted", "CONSULT TUR>RUS asserted"}));
  EXPECT_EQ(testing::EventSummaries("Representatives from the United States and Japan meet in "
                                    "Seoul on how to respond to North Korea's nuclear program."),
            (std::vector<std::string>{"CONSULT USA>JPN asserted", "CONSULT JPN>USA asserted"}));
  // Meeting for talks is meeting, not an intent to meet, and the talks' subject is no guest.
  EXPECT_EQ(testing::EventSummaries("Vladimir Putin and Emmanuel Macron meet in Paris for Ukraine "
                                    "peace talks."),
            (std::vector<std::string>{"CONSULT RUSGOV>FRAGOV asserted",
                                      "CONSULT FRAGOV>RUSGOV asserted"}));
  // Whose accession is negotiated is a party.
  const std::vector<Event> accession = testing::CodeEvents(
      "European Union member states begin negotiations on Moldova's accession to the EU.");
  EXPECT_TRUE(std::any_of(accession.begin(), accession.end(),
                          [](const Event& e) { return e.target.ref.code == "MDA"; }))
      << ::testing::PrintToString(testing::EventSummaries(
             "European Union member states begin negotiations on Moldova's accession to the EU."));
  // Nor is where the talks are held.
  EXPECT_EQ(testing::EventSummaries("The Ukrainian and Russian delegations hold peace talks in "
                                    "Turkey."),
            (std::vector<std::string>{"CONSULT UKR>RUS asserted", "CONSULT RUS>UKR asserted"}));
}

TEST(ActorRolesTest, WhatTheArrestedAreAccusedOfIsNeitherTheArrestersNorTheClashs) {
  // The sides of a clash named after its place.
  const std::string clash =
      "Clashes in Gyumri, Armenia between police and protesters demanding the handover of a "
      "Russian soldier accused of killing six members of a local family leave twelve people "
      "wounded.";
  const Event clashes = testing::EventOf(clash, "Clashes");
  EXPECT_EQ(clashes.source.ref.code, "ARMCOP");
  EXPECT_EQ(clashes.target.ref.code, "ARMOPP");
  // The killing the soldier is accused of is his, alleged, and not the clash's toll.
  EXPECT_FALSE(clashes.killed) << clashes.killed->min;
  const Event killing = testing::EventOf(clash, "killing");
  EXPECT_EQ(killing.source.ref.code, "RUSMIL");
  EXPECT_EQ(killing.status, "alleged");
  // Who arrests did not do what the arrested are charged with; a person's age is no toll.
  const Event charged = testing::EventOf(
      "Police in California arrest Ramon Escobar, 47, on charges of killing homeless people.",
      "killing");
  EXPECT_TRUE(charged.source.ref.empty()) << charged.source.ref.code;
  EXPECT_EQ(charged.status, "alleged");
  EXPECT_FALSE(charged.killed) << charged.killed->min;
  // (But one convicted of a killing did it.)
  EXPECT_EQ(testing::EventOf("Michael Behenna, an American soldier convicted of killing an Iraqi "
                             "prisoner in 2008, is pardoned.",
                             "killing")
                .source.ref.code,
            "USAMIL");
}

TEST(ActorRolesTest, AVisitToACityIsHostedByItsCountryThere) {
  const std::vector<Event> visits =
      testing::CodeEventsWithTrigger("American senator John McCain visits Benghazi.", "visits");
  ASSERT_FALSE(visits.empty());
  EXPECT_EQ(visits[0].target.ref.code, "LBY");
  ASSERT_TRUE(visits[0].location);
  EXPECT_EQ(visits[0].location->country, "LBY");
  // A list of countries toured has no one place.
  for (const Event& e : testing::CodeEvents("Obama visits Japan, South Korea and Malaysia.")) {
    EXPECT_FALSE(e.location) << e.location->name;
  }
}

TEST(ActorRolesTest, WhoIsAccusedOfAnActDidItThoughNoActorNamesThem) {
  // The accused did it, not the accuser, though no dictionary names the accused.
  for (const std::string& e :
       EventSummaries("China describes Tibetan monks that have self-immolated as \"criminals\" and "
                      "accuses the Dalai Lama of supporting the acts.")) {
    EXPECT_NE(e, "SUPPORT CHN> alleged");
  }
  EXPECT_EQ(testing::EventOf(
                "Ethiopia has withdrawn its support for his candidacy, accusing him of openly "
                "supporting the Tigray People's Liberation Front in the ongoing Tigray War.",
                "supporting")
                .source.ref.code,
            "");
  // The accusation itself stays the accuser's.
  EXPECT_EQ(
      testing::EventOf("Amnesty International criticizes the executive order, accusing Biden of "
                       "\"setting a dangerous international precedent\".",
                       "accusing")
          .source.ref.code,
      "AMN");
}

TEST(ActorRolesTest, ASpeakerAfterAPhraseSetBeforeItStillSpeaks) {
  // "In an interview ..., X states that": what X states is X's claim.
  EXPECT_EQ(testing::EventOf("In an interview for German TV, Syrian President Bashar Assad states "
                             "that the US is providing political protection for gangs.",
                             "providing")
                .attributed_to.ref.code,
            "SYRGOV");
  // "Late" is an adjective before the preposition of its phrase.
  EXPECT_EQ(testing::EventOf("Late on Thursday, the Kremlin said President Vladimir Putin had "
                             "called for a halt to the fighting.",
                             "called")
                .attributed_to.text,
            "the Kremlin");
  // What the phrase set before the speaker tells is no claim of the speaker's, and its
  // actors are no parties to what is said.
  const std::string visit =
      "After a surprise visit by U.S. President Donald Trump, the Taliban say they are ready "
      "to restart peace talks and reach a ceasefire.";
  EXPECT_EQ(testing::EventOf(visit, "visit").attributed_to.text, "");
  for (const Event& e : testing::CodeEvents(visit)) {
    if (e.trigger != "visit") {
      EXPECT_NE(e.source.ref.code, "USAGOV") << e.trigger;
    }
  }
  // A verb joined to the speaker's with no subject of its own is the speaker's own act.
  const Event accuses = testing::EventOf(
      "Russian Foreign Minister Sergey Lavrov says that the war on Ukraine will continue \"until "
      "the end\", and accuses Ukrainian President Volodymyr Zelenskyy of allowing \"a society "
      "where Nazism is flourishing\".",
      "accuses");
  EXPECT_EQ(accuses.source.ref.code, "RUSGOV");
  EXPECT_EQ(accuses.attributed_to.text, "");
}

TEST(ActorRolesTest, WhoStandsTrialIsTheAccused) {
  const Event trial = testing::EventOf(
      "Leading Russian political activist Alexei Navalny goes on trial in the city of Kirov for "
      "embezzlement.",
      "goes");
  EXPECT_EQ(trial.source.ref.code, "");
  EXPECT_EQ(trial.target.ref.code, "RUSOPP");
  // What the accused stands trial for is theirs, and alleged.
  const Event killing = testing::EventOf(
      "Former Egyptian President Hosni Mubarak stands trial for the killing of protesters.",
      "killing");
  EXPECT_EQ(killing.source.ref.code, "EGYELI");
  EXPECT_EQ(killing.status, "alleged");
  // Where one is sent to face charges brings them.
  EXPECT_EQ(testing::EventOf("Mexico extradites Ruben Oseguera Gonzalez to the United States to "
                             "face drug charges.",
                             "face")
                .source.ref.code,
            "USA");
}

TEST(ActorRolesTest, ACapitalNamedAfterItsCountrysAdjectiveIsWhereNotWho) {
  const Event clash = testing::EventOf(
      "Clashes between Christian Copts and Muslims in the Egyptian capital Cairo kill 13 people "
      "and injure 140.",
      "Clashes");
  EXPECT_NE(clash.source.ref.code, "EGYGOV");
  ASSERT_TRUE(clash.location.has_value());
  EXPECT_EQ(clash.location_text, "Cairo");
  const Event protest = testing::EventOf(
      "Tens of thousands protest in the Belarusian capital Minsk calling for President Alexander "
      "Lukashenko to step down.",
      "protest");
  EXPECT_NE(protest.target.ref.code + protest.target.text, "BLRGOVMinsk");
  EXPECT_EQ(protest.location_text, "Minsk");
}

TEST(ActorRolesTest, WhatIsReportedAndWhatFollowsASemicolonAreNoSpeaker) {
  for (const Event& e : testing::CodeEvents(
           "10 people are taken to hospital with injuries, no fatalities reported.")) {
    EXPECT_EQ(e.attributed_to.text, "");
  }
  for (const Event& e : testing::CodeEvents(
           "Syrian rebels kill 28 soldiers near Saraqeb, according to a report from the Syrian "
           "Observatory for Human Rights; five rebels are also killed.")) {
    EXPECT_EQ(e.attributed_to.text, "a report from the Syrian Observatory for Human Rights");
  }
}

TEST(ActorRolesTest, TheSpeakersOwnBodyNamedByAPossessiveIsTheSpeaker) {
  EXPECT_EQ(testing::EventOf("Conversely, Hassan Nasrallah of Hezbollah announces that his group "
                             "will continue to support the government.",
                             "support")
                .source.ref.code,
            "LBNREB");
  EXPECT_EQ(testing::EventOf("Russian Foreign Minister Sergey Lavrov says his country is ready to "
                             "mediate between the Syrian government and Kurdish forces.",
                             "mediate")
                .source.ref.code,
            "RUSGOV");
}

TEST(ActorRolesTest, TheSidesOfFightingThatBreaksOutAreItsParties) {
  // "between" after the verb that says the fighting took place names its sides.
  EXPECT_EQ(testing::EventSummaries("Heavy fighting breaks out between Azerbaijani forces and "
                                    "Armenian troops."),
            (std::vector<std::string>{"ASSAULT AZEMIL>ARMMIL asserted",
                                      "ASSAULT ARMMIL>AZEMIL asserted"}));
  EXPECT_EQ(testing::EventSummaries("Heavy fighting resumes between Ukraine forces and rebels near "
                                    "Donetsk International Airport."),
            (std::vector<std::string>{"ASSAULT UKRMIL>UKRREB asserted",
                                      "ASSAULT UKRREB>UKRMIL asserted"}));
  // Also further on in the verb's clause.
  EXPECT_EQ(testing::EventSummaries("Violent clashes occur for a second day between protesters and "
                                    "police in Kiev, Ukraine."),
            (std::vector<std::string>{"ASSAULT UKROPP>UKRCOP asserted",
                                      "ASSAULT UKRCOP>UKROPP asserted"}));
  // And "against" whom protests go on.
  EXPECT_EQ(testing::EventSummaries("Protests continue against President Gjorge Ivanov in Skopje, "
                                    "Macedonia."),
            (std::vector<std::string>{"PROTEST MKDOPP>MKDGOV asserted"}));
  // Not where they took place.
  const std::vector<std::string> cities = testing::EventSummaries(
      "Protests occur in several American cities following the acquittal of George Zimmerman.");
  for (const std::string& e : cities) EXPECT_EQ(e.find(">USA"), std::string::npos) << e;
}

TEST(ActorRolesTest, WhoDrawsOrComesUnderCensureOrFireIsItsTarget) {
  // The subject of "draws", "faces", "comes under" receives the censure; "from" names
  // who gives it.
  EXPECT_EQ(testing::EventSummaries("Turkey's role has drawn growing criticism."),
            (std::vector<std::string>{"ACCUSE >TUR asserted"}));
  // (Facing condemnation is no meeting.)
  EXPECT_EQ(testing::EventSummaries("Israel faces international condemnation from the European "
                                    "Union."),
            (std::vector<std::string>{"ACCUSE EEC>ISR asserted"}));
  EXPECT_EQ(testing::EventSummaries("Israeli Prime Minister Benjamin Netanyahu comes under "
                                    "criticism from the United States."),
            (std::vector<std::string>{"ACCUSE USA>ISRGOV asserted"}));
  // Troops under fire are fired on.
  EXPECT_EQ(testing::EventSummaries("Turkish troops come under fire from Kurdish militants."),
            (std::vector<std::string>{"ASSAULT >TURMIL asserted"}));
  // And whom fire made kill does not suffer the toll.
  const Event fired_on = testing::EventOf(
      "Israeli soldiers kill three Palestinian gunmen near Nablus, West Bank, after coming under "
      "fire.",
      "coming");
  EXPECT_EQ(fired_on.target.ref.code, "ISRMIL");
  EXPECT_FALSE(fired_on.killed.has_value());
}

TEST(ActorRolesTest, PartiesThatEachBlameTheOtherBlameOneAnother) {
  EXPECT_EQ(testing::EventSummaries("Armenia and Azerbaijan each blamed the other for starting the "
                                    "clashes."),
            (std::vector<std::string>{"ACCUSE ARM>AZE asserted", "ACCUSE AZE>ARM asserted"}));
  EXPECT_EQ(testing::EventSummaries("Rwanda and South Africa each expel the other's diplomats."),
            (std::vector<std::string>{"SANCTION RWA>ZAF asserted", "SANCTION ZAF>RWA asserted"}));
}

TEST(ActorRolesTest, AnEthnicGroupsFightersInAnotherCountryAreRebelsThere) {
  // Not the army of the country named beside them.
  EXPECT_EQ(
      testing::EventSummaries("Clashes between Azerbaijan and ethnic Armenian forces went on "
                              "for a sixth day."),
      (std::vector<std::string>{"ASSAULT AZE>AZEREB asserted", "ASSAULT AZEREB>AZE asserted"}));
  // The country nearest them, not the first the sentence names.
  const std::vector<Event> clashes = testing::CodeEventsWithTrigger(
      "The leaders of Russia, the United States and France called on Thursday for an immediate "
      "end to the fighting in Nagorno-Karabakh, as clashes between Azerbaijan and ethnic Armenian "
      "forces went on for a sixth day.",
      "clashes");
  ASSERT_EQ(clashes.size(), 2U);
  for (const Event& e : clashes) {
    EXPECT_TRUE(e.source.ref.code == "AZEREB" || e.target.ref.code == "AZEREB")
        << e.source.ref.code << ">" << e.target.ref.code;
  }
  // And that the fighting went on is no meeting (the dictionary's GO).
  EXPECT_EQ(
      testing::EventSummaries("Fighting between Azerbaijan and Armenian forces went on."),
      (std::vector<std::string>{"ASSAULT AZE>ARMMIL asserted", "ASSAULT ARMMIL>AZE asserted"}));
}

TEST(ActorRolesTest, WhoReportsATollIsItsSpeakerNotAParty) {
  // "reports 12 people killed": the object and the participle are what is reported.
  const Event strike =
      testing::EventOf("Syrian state media reports 12 people killed in an airstrike.", "airstrike");
  EXPECT_EQ(strike.attributed_to.ref.code, "SYRMED");
  EXPECT_TRUE(strike.source.ref.empty());
  EXPECT_TRUE(strike.target.ref.empty());
  const Event killed = testing::EventOf(
      "Karabakh officials reported dozens of their soldiers killed since Sunday.", "killed");
  EXPECT_EQ(killed.attributed_to.ref.code, "NKRGOV");
  EXPECT_TRUE(killed.source.ref.empty()) << killed.source.ref.code;
  // (Not a claim of one's own deed: "claims responsibility for the killing".)
  const Event claimed = testing::EventOf(
      "Al-Shabaab claims responsibility for the killing of six businessmen in Mogadishu.",
      "killing");
  EXPECT_TRUE(claimed.attributed_to.ref.empty()) << claimed.attributed_to.ref.code;
}

TEST(ActorRolesTest, WhatIsAskedOfUnnamedPartiesIsNotTheAskersAct) {
  // The co-chairs do not negotiate with one another.
  EXPECT_EQ(testing::EventSummaries("France, Russia and the United States called on both sides to "
                                    "return to negotiations."),
            (std::vector<std::string>{"REQUEST FRA> asserted", "REQUEST RUS> asserted",
                                      "REQUEST USA> asserted"}));
  // Parties named are the doers.
  const std::vector<Event> named = testing::CodeEventsWithTrigger(
      "The UN urged Armenia and Azerbaijan to return to negotiations.", "negotiations");
  ASSERT_EQ(named.size(), 2U);
  EXPECT_EQ(named[0].source.ref.code, "ARM");
  EXPECT_EQ(named[0].target.ref.code, "AZE");
  // And an order is its issuer's act.
  const std::vector<Event> ordered = testing::CodeEventsWithTrigger(
      "General Khalifa Haftar has ordered the LNA to seize control of Tripoli.", "seize");
  ASSERT_EQ(ordered.size(), 1U);
  EXPECT_FALSE(ordered[0].source.ref.empty());
}

TEST(ActorRolesTest, WhoBeatsBackAnAttackWasItsTarget) {
  const Event attacks = testing::EventOf("Karabakh forces had beaten back attacks.", "attacks");
  EXPECT_TRUE(attacks.source.ref.empty()) << attacks.source.ref.code;
  EXPECT_EQ(attacks.target.ref.code, "NKRMIL");
}

TEST(ActorRolesTest, FightingIsNoActOfWhoWantsItPausedOrReportsIt) {
  // What a pause interrupts is no act of who wants the pause.
  for (const Event& e : testing::CodeEvents(
           "The strikes came hours before the Kremlin announced that President Vladimir Putin "
           "wanted a humanitarian pause in the fighting.")) {
    if (e.trigger == "fighting") {
      EXPECT_NE(e.source.ref.code, "RUSGOV");
    }
  }
  // Fighting that a "since" clause says broke out is not fought by who is named before.
  for (const Event& e : testing::CodeEvents(
           "The foreign ministers arrived for talks hosted by Russian Foreign Minister Sergey "
           "Lavrov, their first meeting since fighting over Nagorno-Karabakh broke out on 27 "
           "September.")) {
    if (e.trigger == "fighting") {
      EXPECT_NE(e.source.ref.code, "RUSGOV");
    }
  }
  // Nor is fighting a speaker says goes on the speaker's.
  for (const char* text : {"Armenian officials said fighting was continuing in the area.",
                           "Armenian officials did not confirm the capture and said fighting "
                           "continued in the south."}) {
    for (const Event& e : testing::CodeEvents(text)) {
      EXPECT_NE(e.source.ref.code, "ARMGOV") << text << ": " << e.trigger;
    }
  }
}

TEST(ActorRolesTest, AVerbAfterAndTakesTheSubjectItShares) {
  // A finite verb that cannot share the reported clause's auxiliary is the speaker's act.
  const Event called = testing::EventOf(
      "Armenia said Azerbaijan had fired artillery at Stepanakert overnight and called on Baku "
      "to respect the agreement.",
      "called");
  EXPECT_EQ(called.source.ref.country, "ARM");
  EXPECT_EQ(called.target.ref.code, "AZEGOV");
  // A speaker no actor names leaves the act without a doer, not the reported subject's.
  const Event unnamed = testing::EventOf(
      "Stepanyan said Azerbaijan had fired artillery at Stepanakert overnight and called on "
      "Baku to respect the agreement.",
      "called");
  EXPECT_NE(unnamed.source.ref.country, "AZE");
  // So is one after a progressive, and one the parse joins to the accusation's gerund.
  const Event accused = testing::EventOf(
      "Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, said Armenia was "
      "deliberately targeting residential areas and accused Yerevan of violating "
      "international humanitarian law.",
      "accused");
  EXPECT_EQ(accused.source.ref.code, "AZEGOV");
  EXPECT_EQ(accused.target.ref.code, "ARMGOV");
  const Event called_on = testing::EventOf(
      "Armenia's President accused Azerbaijan of deliberately targeting the civilian population "
      "and called on international organisations to react.",
      "called");
  EXPECT_EQ(called_on.source.ref.code, "ARMGOV");
  // ("does not join NATO, recognizes Crimea": a verb with "do" is finite; its conjunct
  // shares its subject, not the speaker's.)
  for (const Event& e : testing::CodeEventsWithTrigger(
           "Kremlin Press Secretary Dmitry Peskov says that Russia will end its military "
           "campaign if Ukraine ends its fighting campaign, does not join NATO, recognizes "
           "Crimea as Russian territory, and recognizes Donetsk and Luhansk as independent "
           "states.",
           "recognizes")) {
    EXPECT_NE(e.source.ref.code, "RUSGOV");
  }
  // The title before a name names the speaker, across a reported clause.
  const Event requests = testing::EventOf(
      "Chinese Foreign Ministry spokeswoman Hua Chunying reports the death toll has surpassed "
      "400, and requests the United States not to overreact.",
      "requests");
  EXPECT_EQ(requests.source.ref.code, "CHNGOV");
  // A verb the parse joins to a noun is the conjunct of the verb above it.
  const Event urged = testing::EventOf(
      "Russian Foreign Minister Sergei Lavrov had spoken by phone with his Azerbaijani and "
      "Armenian counterparts, Jeyhun Bayramov and Zohrab Mnatsakanyan, before the "
      "announcement, and urged them to stop the fighting.",
      "urged");
  EXPECT_EQ(urged.source.ref.code, "RUSGOV");
  // A conjunct with a subject of its own borrows none; nor does one no conjunction opens.
  for (const Event& e : testing::CodeEvents(
           "German Chancellor Angela Merkel has offered to transfer Navalny to Berlin, but "
           "doctors have refused to discharge him.")) {
    EXPECT_FALSE(e.trigger == "refused" && e.source.ref.code == "DEUGOV");
  }
  for (const Event& e : testing::CodeEventsWithTrigger(
           "Spanish Prime Minister Pedro Sánchez announces that he will allow a migrant vessel "
           "to dock in Valencia after Malta and Italy both refused the vessel.",
           "refused")) {
    EXPECT_NE(e.source.ref.code, "ESPGOV");
  }
  // A passive conjunct befalls the subject it shares.
  const Event held = testing::EventOf(
      "The United Kingdom Minister for Security, Ben Wallace, says he has reason to believe "
      "British photojournalist John Cantlie is still alive and is being held hostage by "
      "surviving Islamic State militants.",
      "held");
  EXPECT_EQ(held.target.ref.country, "GBR");
  EXPECT_NE(held.source.ref.country, "GBR");
}

TEST(ActorRolesTest, WhoIsNamedWithAParticipleOrAsACurrencyIsNoTarget) {
  for (const Event& e : testing::CodeEventsWithTrigger(
           "Poland joins Ukraine in calling for stronger sanctions on Russia, with Polish "
           "President Andrzej Duda saying that everything must be done.",
           "calling")) {
    EXPECT_NE(e.target.ref.code, "POLGOV");
  }
  for (const Event& e : testing::CodeEvents(
           "President Vladimir Putin ordered a ban on transferring hard currency, such as U.S. "
           "dollars and euros, abroad.")) {
    EXPECT_NE(e.target.ref.country, "USA") << e.trigger;
  }
}

TEST(ActorRolesTest, WhatIsUnderAttackIsItsTarget) {
  // Names in a clause before "under shelling" did not shell.
  for (const Event& e : testing::CodeEvents(
           "The town, which Armenians call Shushi, had been under shelling for days.")) {
    EXPECT_NE(e.source.ref.country, "ARM") << e.trigger;
  }
  const Event attack =
      testing::EventOf("Armenian troops came under attack from Azerbaijani drones.", "attack");
  EXPECT_EQ(attack.source.ref.country, "AZE");
  EXPECT_EQ(attack.target.ref.code, "ARMMIL");
  EXPECT_TRUE(testing::CodeEventsWithTrigger("Armenian troops came under attack.", "came").empty());
  const Event bombardment =
      testing::EventOf("Kyiv came under heavy Russian bombardment.", "bombardment");
  EXPECT_EQ(bombardment.source.ref.code, "RUS");
  EXPECT_EQ(bombardment.target.ref.country, "UKR");
}

TEST(ActorRolesTest, AClaimTheTaggerReadAsANounStillNamesItsSpeaker) {
  const Event airstrike = testing::EventOf(
      "The Houthis claim at least 68 people are killed and 47 others are injured in a U.S. "
      "airstrike on a prison holding African migrants in Saada Governorate, Yemen.",
      "airstrike");
  EXPECT_EQ(airstrike.attributed_to.ref.code, "YEMREB");
  EXPECT_NE(airstrike.target.ref.code, "YEMREB");
  EXPECT_TRUE(testing::NoEvents("The Houthi claims of victory were dismissed."));
}

TEST(ActorRolesTest, CapturingGroundOccupiesItAndCapturingPeopleDetainsThem) {
  const Event village = testing::EventOf("Russian forces capture the village of Pisky.", "capture");
  EXPECT_EQ(village.cameo, "192");
  EXPECT_EQ(village.source.ref.code, "RUSMIL");
  // A named place captured is occupied, also one the gazetteer lacks.
  const Event town = testing::EventOf("Russia captures Avdiivka.", "captures");
  EXPECT_EQ(town.cameo, "192");
  EXPECT_EQ(town.source.ref.code, "RUS");
  const Event city = testing::EventOf("M23 rebels take control of Goma.", "take");
  EXPECT_EQ(city.cameo, "192");
  EXPECT_EQ(city.target.ref.country, "COD");
  // The agent's words after a passive name no captives.
  EXPECT_EQ(testing::EventOf("The airport is later captured by the rebels.", "captured").cameo,
            "192");
  const Event soldiers =
      testing::EventOf("Ukrainian forces capture dozens of Russian soldiers.", "capture");
  EXPECT_EQ(soldiers.cameo, "173");
  EXPECT_EQ(soldiers.source.ref.code, "UKRMIL");
  EXPECT_EQ(soldiers.target.ref.code, "RUSMIL");
  // Where a person is captured is no ground taken.
  EXPECT_EQ(testing::EventOf("Alleged Mexican drug lord Vicente Carrillo Fuentes is captured in "
                             "the city of Torreon.",
                             "captured")
                .cameo,
            "173");
}

TEST(ActorRolesTest, ANumberInsideANameIsPartOfIt) {
  const Event capture = testing::EventOf(
      "The March 23 Movement states that it has captured several hundred Burundian soldiers.",
      "captured");
  EXPECT_EQ(capture.source.ref.code, "CODREB");
  EXPECT_EQ(capture.target.ref.code, "BDIMIL");
  EXPECT_EQ(capture.date, "2020-10-08");  // "March 23" is no date here
}

TEST(ActorRolesTest, ProtestsAnActHappensDuringAreNotItsDoers) {
  for (const Event& e :
       testing::CodeEvents("Indonesia suspends TikTok's license during nationwide protests.")) {
    EXPECT_FALSE(e.type == "PROTEST" && e.source.ref.country == "IDN") << e.trigger;
  }
}

TEST(ActorRolesTest, AnOrderedOrApprovedActIsTheIssuersOwn) {
  EXPECT_EQ(testing::EventOf("President Trump orders a blockade on oil tankers entering and "
                             "leaving Venezuela.",
                             "blockade")
                .source.ref.code,
            "USAGOV");
  EXPECT_EQ(testing::EventOf("Trump orders airstrikes on Syria.", "airstrikes").source.ref.code,
            "USAGOV");
  const Event sanctions =
      testing::EventOf("The EU approves tougher sanctions on Russia.", "sanctions");
  EXPECT_EQ(sanctions.source.ref.code, "EEC");
  EXPECT_EQ(sanctions.target.ref.code, "RUS");
  // Approving another's request or resignation is not making it.
  const Event request = testing::EventOf(
      "The German government approves a request by Poland for the export of MiG-29 fighter jets "
      "to Ukraine.",
      "request");
  EXPECT_EQ(request.source.ref.code, "POL");
  // Nor is approving the lifting of a curfew imposing one.
  for (const Event& e : testing::CodeEvents(
           "The Metro Manila Council approves the lifting of the unified curfew.")) {
    EXPECT_NE(e.type, "COERCE") << e.trigger;
  }
}

TEST(ActorRolesTest, WhatALaterVerbAfterAndTakesIsNotTheFirstVerbsTarget) {
  // "condemned the escalation" has an object of its own; the leaders are urged, not
  // condemned.
  for (const Event& e : testing::CodeEventsWithTrigger(
           "Putin, Trump and Macron condemned the escalation and urged the leaders of Armenia and "
           "Azerbaijan to commit to negotiations.",
           "condemned")) {
    EXPECT_TRUE(e.target.ref.code.empty()) << e.source.ref.code << ">" << e.target.ref.code;
  }
  EXPECT_EQ(testing::CodeEventsWithTrigger("The UN condemned the violence and called on Israel to "
                                           "show restraint.",
                                           "called")
                .at(0)
                .target.ref.code,
            "ISR");
  // A finite verb after a participle is not its conjunct: Yerevan is accused, not targeted.
  for (const Event& e : testing::CodeEventsWithTrigger(
           "Hikmet Hajiyev, foreign policy adviser to President Ilham Aliyev, said Armenia was "
           "deliberately targeting residential areas and accused Yerevan of violating "
           "international humanitarian law.",
           "targeting")) {
    EXPECT_NE(e.target.ref.code, "ARMGOV");
  }
  // A verb with no object of its own shares the next one's ("kidnap and execute").
  EXPECT_EQ(
      testing::EventOf("Gunmen kidnap and execute six Iraqi soldiers.", "kidnap").target.ref.code,
      "IRQMIL");
}

TEST(ActorRolesTest, ASecondActAfterAndOfIsTheAccusedsToo) {
  const Event violation = testing::EventOf(
      "Hikmet Hajiyev, foreign policy aide to President Ilham Aliyev, accused Armenia of "
      "deliberately targeting civilians in a city far from the front line and of violating the "
      "ceasefire agreed in Moscow.",
      "violating");
  EXPECT_EQ(violation.source.ref.code, "ARM");
  EXPECT_EQ(violation.status, "alleged");
  EXPECT_EQ(violation.attributed_to.ref.code, "AZEGOV");
  // So is one after "of" right after the accused where a long sentence misleads the parse.
  EXPECT_EQ(testing::EventOf("On the Armenian side, Nagorno-Karabakh ombudsman Artak Beglaryan "
                             "has documented damage to homes, hospitals and schools in "
                             "Stepanakert and other settlements, and Armenian officials have "
                             "accused Azerbaijan of shelling civilian areas.",
                             "shelling")
                .source.ref.code,
            "AZE");
}

TEST(ActorRolesTest, WhoDidNotConfirmAClaimIsNotItsSource) {
  const Event taken = testing::EventOf(
      "Also on Saturday, President Ilham Aliyev said his forces had taken the town of Fuzuli, "
      "which Armenian officials did not confirm.",
      "taken");
  EXPECT_EQ(taken.attributed_to.ref.code, "AZEGOV");
}

TEST(ActorRolesTest, APronounReportedByAVerbAfterAndIsItsSharedSubject) {
  EXPECT_EQ(testing::EventOf("Baku said the incident was not directed against Moscow and said it "
                             "was ready to pay compensation.",
                             "pay")
                .source.ref.code,
            "AZEGOV");
  EXPECT_EQ(testing::EventOf("China says that it has detected an unidentified flying object over "
                             "the Yellow Sea, and warns that it is prepared to shoot down the "
                             "object.",
                             "shoot")
                .source.ref.code,
            "CHN");
  // "they" is not one person: the tests violate the resolutions, not Abe.
  for (const Event& e : testing::CodeEvents(
           "Japanese Prime Minister Shinzo Abe condemns the latest North Korean missile tests and "
           "says they clearly violate United Nations Security Council resolutions.")) {
    if (e.trigger == "violate") {
      EXPECT_NE(e.source.ref.code, "JPNGOV");
    }
  }
}

TEST(ActorRolesTest, TroopsACountrySendsAreItsOwnAndPeacekeepersArrivingKeepThePeace) {
  const Event deploy = testing::EventOf(
      "Russia deploys a peacekeeping force of 1,960 troops with armoured vehicles along the line "
      "of contact and in the Lachin corridor.",
      "deploys");
  EXPECT_EQ(deploy.source.ref.code, "RUS");
  EXPECT_NE(deploy.target.ref.country, "AZE");
  EXPECT_EQ(testing::EventOf("France commits troops to aid government forces in the Northern Mali "
                             "conflict.",
                             "aid")
                .source.ref.code,
            "FRA");
  const Event arrival = testing::EventOf("Russian peacekeepers arrive in Stepanakert.", "arrive");
  EXPECT_EQ(arrival.type, "AID");
  EXPECT_EQ(arrival.cameo, "074");
  EXPECT_EQ(arrival.source.ref.country, "RUS");
}

}  // namespace
}  // namespace dateline
