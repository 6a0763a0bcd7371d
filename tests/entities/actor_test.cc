// The actor dictionary (PETRARCH format in, compiled file out, dated codes) and named
// actors in text, on inputs written here and on the shipped dictionary.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "entities/actor_dictionary.h"
#include "entities/entity_component.h"
#include "entities/model_files.h"
#include "temp_dir.h"
#include "text/text_component.h"

namespace dateline::entities {
namespace {

// Writes a file into a directory of this test process, removed when it exits.
std::string WriteTemp(const std::string& name, const std::string& text) {
  static const dateline::testing::TempDir dir;
  return dir.Write(name, text);
}

const char kActors[] =
    "# comment\n"
    "ARMENIA_ [ARM]\n"
    "+ARMENIAN_\n"
    "VLADIMIR_PUTIN_  # CountryInfo.txt\n"
    "+PUTIN_\n"
    "+VLADIMIR_V._PUTIN_\n"
    "\t[RUSELI 700101-990809]\n"
    "\t[RUSGOV 991231-080507]\n"
    "\t[RUSGOV >080508]\n"
    "\t[RUSELI]\n"
    "KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]# IGOrulers.txt\n"
    "PETRO_POROSHENKO_ [UKRGOV 140607-190520] [UKROPP >190520]\n"
    "HAMAS_ [PSEREB]\n"
    "THE_ISLAMIC_STATE\n"
    "+ISIS_\n"
    "\t[IMGMUSISI >20130408] # dated YYYYMMDD\n";

const char kAgents[] =
    "!PERSON! = MAN, WOMAN\n"
    "SPOKES!PERSON! [~GOV]\n"
    "CIVILIAN [~CVL]\n"
    "FARMER [~AGR]\n"
    "WIZARD [~WIZ]\n";

std::unique_ptr<ActorDictionary> Compiled() {
  ActorCompileStats stats;
  auto text = CompileActorDictionary({WriteTemp("actor_test.txt", kActors)},
                                     {WriteTemp("agent_test.txt", kAgents)}, &stats);
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  EXPECT_EQ(stats.actors, 5u);  // the bare country entry is left to the name tables
  auto d = ActorDictionary::Parse(*text, "compiled");
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return std::move(*d);
}

TEST(ActorDictionaryTest, DatedCodes) {
  const auto d = Compiled();
  const NamedActor* putin = d->Find("Vladimir Putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(d->Find("Putin"), putin);
  EXPECT_EQ(d->Find("Vladimir V. Putin"), putin);
  EXPECT_FALSE(putin->organization);
  EXPECT_EQ(CodeOn(putin->codes, 19950101), "RUSELI");
  EXPECT_EQ(CodeOn(putin->codes, 20050101), "RUSGOV");  // head of state
  EXPECT_EQ(CodeOn(putin->codes, 20100101), "RUSGOV");  // head of government
  EXPECT_EQ(CodeOn(putin->codes, 20201008), "RUSGOV");
  EXPECT_EQ(CodeOn(putin->codes, 19991001), "RUSELI");  // between terms: the default
  const NamedActor* poroshenko = d->Find("Petro Poroshenko");
  ASSERT_NE(poroshenko, nullptr);
  EXPECT_EQ(CodeOn(poroshenko->codes, 20180101), "UKRGOV");
  EXPECT_EQ(CodeOn(poroshenko->codes, 20201008), "UKROPP");
  EXPECT_EQ(CodeOn(poroshenko->codes, 20000101), "");
  const NamedActor* hamas = d->Find("Hamas");
  ASSERT_NE(hamas, nullptr);
  EXPECT_TRUE(hamas->organization);
  EXPECT_TRUE(IsOrganizationName("justice and development party"));
  EXPECT_FALSE(IsOrganizationName("kofi annan"));
  EXPECT_EQ(d->Find("Armenia"), nullptr);
  // Dates of eight digits are read as YYYYMMDD.
  const NamedActor* isis = d->Find("ISIS");
  ASSERT_NE(isis, nullptr);
  EXPECT_TRUE(isis->organization);
  EXPECT_EQ(CodeOn(isis->codes, 20150101), "IMGMUSISI");
  EXPECT_EQ(CodeOn(isis->codes, 20100101), "");
}

TEST(ActorDictionaryTest, Agents) {
  const auto d = Compiled();
  EXPECT_EQ(d->AgentRole("spokeswoman"), "GOV");
  EXPECT_EQ(d->AgentRole("spokesman"), "GOV");
  EXPECT_EQ(d->AgentRole("civilians"), "CVL");
  EXPECT_EQ(d->AgentRole("farmer"), "CVL");
  EXPECT_EQ(d->AgentRole("wizard"), "");
}

TEST(ActorDictionaryTest, ActorFromCode) {
  ActorRef a = ActorFromCode("RUSGOV");
  EXPECT_EQ(a.code, "RUSGOV");
  EXPECT_EQ(a.country, "RUS");
  EXPECT_EQ(a.role, "GOV");
  a = ActorFromCode("IGOUNOKID");
  EXPECT_EQ(a.code, "UNO");
  EXPECT_EQ(a.country, "UNO");
  EXPECT_EQ(a.role, "IGO");
  a = ActorFromCode("RUSELI");
  EXPECT_EQ(a.code, "RUS");
  EXPECT_EQ(a.role, "");
}

TEST(ActorDictionaryTest, CorruptInputIsAnError) {
  EXPECT_FALSE(ActorDictionary::Parse("X\tkey\n", "bad").ok());
  EXPECT_FALSE(ActorDictionary::Load("/nonexistent/actors.tsv").ok());
  ActorCompileStats stats;
  EXPECT_FALSE(CompileActorDictionary({"/nonexistent/a.txt"}, {}, &stats).ok());
}

// Named actors in text, with the shipped dictionary, resolved as of the article's date.
std::vector<std::string> Actors(const std::string& body, CivilDate date) {
  static const auto text = NewTextComponent();
  static const auto entities = NewEntityComponent();
  Doc doc;
  doc.body = body;
  doc.date = date;
  EXPECT_TRUE(text->Process(&doc).ok());
  EXPECT_TRUE(entities->Process(&doc).ok());
  std::vector<std::string> out;
  for (const Entity& e : doc.entities) {
    if (e.label != "PER") continue;
    out.push_back(std::string(doc.SpanText(e.token_begin, e.token_end)) + ":" +
                  (e.actor ? e.actor->code : "-"));
  }
  return out;
}

TEST(NamedActorTest, ResolvedOnTheArticlesDate) {
  ASSERT_TRUE(std::filesystem::exists(ModelPath("actors.tsv")));
  const std::string text =
      "Jeyhun Bayramov and Zohrab Mnatsakanyan met Sergey Lavrov. Erdogan and Zelensky spoke. "
      "Poroshenko left.";
  EXPECT_EQ(Actors(text, {2020, 10, 8}),
            (std::vector<std::string>{"Jeyhun Bayramov:AZEGOV", "Zohrab Mnatsakanyan:ARMGOV",
                                      "Sergey Lavrov:RUSGOV", "Erdogan:TURGOV", "Zelensky:UKRGOV",
                                      "Poroshenko:UKROPP"}));
  EXPECT_EQ(Actors("Poroshenko left.", {2018, 1, 1}),
            (std::vector<std::string>{"Poroshenko:UKRGOV"}));
  // Mnatsakanyan's term ended in November 2020; Bayramov's began in July 2020.
  EXPECT_EQ(Actors("Zohrab Mnatsakanyan spoke.", {2021, 6, 1}), std::vector<std::string>{});
  EXPECT_EQ(Actors("Prime Minister Putin spoke.", {2010, 5, 1}),
            (std::vector<std::string>{"Prime Minister Putin:RUSGOV"}));
}

TEST(NamedActorTest, TitlesThatCodeTheActorAlreadyKeepIt) {
  // The demonym with its title is the actor; the name adds no second one.
  EXPECT_EQ(Actors("Russian President Vladimir Putin urged calm.", {2020, 10, 8}),
            std::vector<std::string>{});
  EXPECT_EQ(Actors("Armenian Foreign Ministry spokeswoman Anna Naghdalyan said so.", {2020, 10, 8}),
            std::vector<std::string>{});
  // A capitalized word before a name that is not a title: not this person.
  EXPECT_EQ(Actors("The Lavrov Foundation said so.", {2020, 10, 8}), std::vector<std::string>{});
}

// Back-references: "he" after a person, "the ministry" after an actor of that sector.
std::vector<std::string> AllActors(const std::string& body) {
  static const auto text = NewTextComponent();
  static const auto entities = NewEntityComponent();
  Doc doc;
  doc.body = body;
  doc.date = {2020, 10, 8};
  EXPECT_TRUE(text->Process(&doc).ok());
  EXPECT_TRUE(entities->Process(&doc).ok());
  std::vector<std::string> out;
  for (const Entity& e : doc.entities) {
    if (!e.actor) continue;
    out.push_back(std::string(doc.SpanText(e.token_begin, e.token_end)) + ":" + e.actor->code);
  }
  return out;
}

TEST(CoreferenceTest, PronounsAndDefiniteRoles) {
  EXPECT_EQ(AllActors("Sergey Lavrov arrived. He said talks would start."),
            (std::vector<std::string>{"Sergey Lavrov:RUSGOV", "He:RUSGOV"}));
  EXPECT_EQ(AllActors("Russia's defence ministry said so. The ministry added more."),
            (std::vector<std::string>{"Russia:RUSMIL", "ministry:RUSMIL"}));
  EXPECT_EQ(AllActors("The Armenian government agreed. Later the government changed course."),
            (std::vector<std::string>{"Armenian:ARMGOV", "government:ARMGOV"}));
  // No antecedent, or one too far back: nothing is added.
  EXPECT_EQ(AllActors("He said the ministry agreed."), std::vector<std::string>{});
  EXPECT_EQ(AllActors("Lavrov spoke. Rain fell. Snow fell. He left."),
            (std::vector<std::string>{"Lavrov:RUSGOV"}));
}

TEST(CoreferenceTest, ACountryOfTheSameSentenceComesFirst) {
  // The Iraqi president is the most recent government, but the sentence names Armenia.
  EXPECT_EQ(AllActors("The Iraqi president met the pope. Protesters in Armenia demand that the "
                      "government resign."),
            (std::vector<std::string>{"Iraqi:IRQGOV", "Protesters:ARMOPP", "Armenia:ARM",
                                      "government:ARMGOV"}));
  // Without a country of its own, the sentence takes the most recent government.
  EXPECT_EQ(AllActors("The Iraqi president met the pope. Protesters demand that the government "
                      "resign."),
            (std::vector<std::string>{"Iraqi:IRQGOV", "government:IRQGOV"}));
  // A place of the sentence names the country as well.
  EXPECT_EQ(AllActors("The Iraqi president met the pope. Protests spread in Kharkiv and the "
                      "government imposed a curfew."),
            (std::vector<std::string>{"Iraqi:IRQGOV", "government:UKRGOV"}));
  // Also a place named after it.
  EXPECT_EQ(AllActors("The Iraqi president met the pope. Cases rose, prompting the government "
                      "to impose a curfew in Kharkiv."),
            (std::vector<std::string>{"Iraqi:IRQGOV", "government:UKRGOV"}));
}

}  // namespace
}  // namespace dateline::entities

namespace dateline::entities {
namespace {

TEST(PlaceRoleTest, ARoleOfACityOrRegionIsItsCountrys) {
  EXPECT_EQ(AllActors("Darfur rebels attacked a convoy."),
            (std::vector<std::string>{"Darfur:SDNREB"}));
  EXPECT_EQ(AllActors("Aleppo police arrested two men."),
            (std::vector<std::string>{"Aleppo:SYRCOP"}));
  // A city on its own is a place, not an actor.
  EXPECT_EQ(AllActors("Fighting went on in Aleppo."), std::vector<std::string>{});
  // The role may come before: "demonstrators in Baghdad".
  EXPECT_EQ(AllActors("Demonstrators in Baghdad blocked a road."),
            (std::vector<std::string>{"Baghdad:IRQOPP"}));
  EXPECT_EQ(AllActors("Two bombs exploded in Baghdad."), std::vector<std::string>{});
}

TEST(PlaceRoleTest, ABareGroupBelongsToTheCountryItActsIn) {
  EXPECT_EQ(AllActors("Police arrest seven protesters in Minsk."),
            (std::vector<std::string>{"Police:BLRCOP", "Minsk:BLROPP"}));
  EXPECT_EQ(AllActors("Troops opened fire on demonstrators near Yangon."),
            (std::vector<std::string>{"Troops:MMRMIL", "demonstrators:MMROPP"}));
  // A place the group is sent to is not where it acts; a qualifier not known here, or
  // a possessive, leaves the group alone.
  EXPECT_EQ(AllActors("Turkey denied sending troops to Azerbaijan."),
            (std::vector<std::string>{"Turkey:TUR", "Azerbaijan:AZE"}));
  EXPECT_EQ(AllActors("Anglophone rebels attacked a market in Cameroon."),
            (std::vector<std::string>{"Cameroon:CMR"}));
  // (The Houthis are a group of the dictionary supplement.)
  EXPECT_EQ(AllActors("Houthi rebels attacked a market in Yemen."),
            (std::vector<std::string>{"Houthi rebels:YEMREB", "Yemen:YEM"}));
  EXPECT_EQ(AllActors("The army withdrew its troops from villages in Yemen."),
            (std::vector<std::string>{"army:YEMMIL", "Yemen:YEM"}));
  // No place, no country.
  EXPECT_EQ(AllActors("Police arrested two men."), std::vector<std::string>{});
}

TEST(PlaceRoleTest, ACountryLeadsWhatFollowsItsLed) {
  EXPECT_EQ(AllActors("Saudi-led coalition jets struck Sanaa."),
            (std::vector<std::string>{"Saudi-led:SAU", "Sanaa:YEMGOV"}));
  EXPECT_EQ(AllActors("U.S.-led forces withdrew."), (std::vector<std::string>{"U.S.-led:USAMIL"}));
  // "Russian-backed" names who backs the group, not who it is.
  EXPECT_EQ(AllActors("Russian-backed separatists withdrew."), std::vector<std::string>{});
}

TEST(PlaceRoleTest, APeopleWithoutAStateBelongsWhereTheSentencePlacesIt) {
  // Kurdish fighters are rebels of the country they are in, not its army.
  EXPECT_EQ(AllActors("Turkish troops shelled Kurdish forces in northern Iraq."),
            (std::vector<std::string>{"Turkish:TURMIL", "Kurdish:IRQREB", "Iraq:IRQ"}));
  // Placed nowhere, they are no country's.
  EXPECT_EQ(AllActors("Kurdish forces advanced."), std::vector<std::string>{});
  // A people with a home keeps it wherever it goes.
  EXPECT_EQ(AllActors("Rohingya refugees fled to Bangladesh."),
            (std::vector<std::string>{"Rohingya:MMRCVL", "Bangladesh:BGD"}));
}

TEST(PlaceRoleTest, AnEthnicGroupIsCiviliansOfTheCountryItLivesIn) {
  EXPECT_EQ(AllActors("Serb forces killed three ethnic Albanians in southern Serbia."),
            (std::vector<std::string>{"Serb:SRBMIL", "Albanians:SRBCVL", "Serbia:SRB"}));
  // Without a country of their own in the sentence, they keep their people's.
  EXPECT_EQ(AllActors("Ethnic Uzbeks fled the violence."),
            (std::vector<std::string>{"Uzbeks:UZBCVL"}));
}

}  // namespace
}  // namespace dateline::entities

namespace dateline::entities {
namespace {

TEST(CompanyTest, ACompanyNamedAfterItsCountryIsItsBusinessNotTheState) {
  EXPECT_EQ(AllActors("American Airlines halts flights."),
            (std::vector<std::string>{"American Airlines:USABUS"}));
  EXPECT_EQ(AllActors("Air France cancels flights to Beirut."),
            (std::vector<std::string>{"Air France:FRABUS"}));
  EXPECT_EQ(AllActors("The National Assembly of Venezuela met."),
            (std::vector<std::string>{"Venezuela:VENLEG"}));
}

}  // namespace
}  // namespace dateline::entities
