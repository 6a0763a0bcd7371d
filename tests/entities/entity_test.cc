#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "doc/doc.h"
#include "entities/entity_component.h"
#include "entities/gazetteer.h"
#include "entities/name_tables.h"
#include "entities/role_nouns.h"
#include "text/text_component.h"

namespace dateline {
namespace {

Doc Annotate(const std::string& body) {
  static const auto text = NewTextComponent();
  static const auto entities = NewEntityComponent();
  Doc doc;
  doc.body = body;
  doc.date = {2020, 10, 8};
  EXPECT_TRUE(text->Process(&doc).ok());
  EXPECT_TRUE(entities->Process(&doc).ok());
  return doc;
}

// "span:LABEL:CODE" per entity; CODE is "-" without an actor.
std::vector<std::string> Tag(const std::string& body) {
  const Doc doc = Annotate(body);
  std::vector<std::string> out;
  for (const Entity& e : doc.entities) {
    std::string code = e.actor ? e.actor->code : "-";
    out.push_back(std::string(doc.SpanText(e.token_begin, e.token_end)) + ":" + e.label + ":" +
                  code);
  }
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

class EntityCaseTest : public ::testing::TestWithParam<Case> {};

TEST_P(EntityCaseTest, Resolves) {
  const Case& c = GetParam();
  EXPECT_EQ(Tag(c.text), c.expected) << c.text;
}

const Case kCases[] = {
    // Demonym + role noun.
    {"Russian President Vladimir Putin urged calm.", {"Russian:NORP:RUSGOV"}},
    {"At least 30 Azeri civilians were killed.", {"Azeri:NORP:AZECVL"}},
    {"Armenian forces shelled the town.", {"Armenian:NORP:ARMMIL"}},
    {"A Russian blogger was injured.", {"Russian:NORP:RUSMED"}},
    {"Turkish troops crossed the border.", {"Turkish:NORP:TURMIL"}},
    {"French President Emmanuel Macron spoke.", {"French:NORP:FRAGOV"}},
    {"Syrian rebels withdrew.", {"Syrian:NORP:SYRREB"}},
    {"Iraqi police arrested him.", {"Iraqi:NORP:IRQCOP"}},
    {"Armenian Prime Minister Nikol Pashinyan spoke.", {"Armenian:NORP:ARMGOV"}},
    {"Russian Foreign Minister Sergey Lavrov spoke.", {"Russian:NORP:RUSGOV"}},
    {"Three Russians suffered injuries.", {"Russians:NORP:RUS"}},
    {"Azerbaijani officials denied it.", {"Azerbaijani:NORP:AZEGOV"}},
    // Coordination shares the role.
    {"He invited the Armenian and Azerbaijani foreign ministers.",
     {"Armenian:NORP:ARMGOV", "Azerbaijani:NORP:AZEGOV"}},
    {"The foreign ministers of Azerbaijan and Armenia are invited.",
     {"Azerbaijan:GPE:AZEGOV", "Armenia:GPE:ARMGOV"}},
    {"Calls came from Russia, France, Germany, the UN and the US.",
     {"Russia:GPE:RUS", "France:GPE:FRA", "Germany:GPE:DEU", "UN:ORG:UNO", "US:GPE:USA"}},
    {"The Indian and Philippine navies exercise.",
     {"Indian:NORP:INDMIL", "Philippine:NORP:PHLMIL"}},
    // A sea, strait or gulf named after a country or a city is no actor.
    {"Ships collide in the South China Sea.", {"South China Sea:LOC:-"}},
    {"North Korea fires a missile into the Sea of Japan.",
     {"North Korea:GPE:PRK", "Sea of Japan:LOC:-"}},
    {"Pirates attack a ship in the Gulf of Aden.", {"Gulf of Aden:LOC:-"}},
    {"Iran threatens to close the Strait of Hormuz.", {"Iran:GPE:IRN", "Strait of Hormuz:LOC:-"}},
    {"The talks take place in Port Sudan.", {"Port Sudan:GPE:-"}},
    // Countries and their variants.
    {"Armenia accused Ankara of sending advisors.", {"Armenia:GPE:ARM", "Ankara:GPE:TURGOV"}},
    {"The US and the UK condemned the attack.", {"US:GPE:USA", "UK:GPE:GBR"}},
    {"U.S. officials said so.", {"U.S.:GPE:USAGOV"}},
    {"The United States of America and Britain agreed.",
     {"United States of America:GPE:USA", "Britain:GPE:GBR"}},
    {"America backed the plan.", {"America:GPE:USA"}},
    {"Russia's foreign ministry protested.", {"Russia:GPE:RUSGOV"}},
    {"Georgia's parliament voted.", {"Georgia:GPE:GEOLEG"}},
    {"The President of Russia spoke.", {"Russia:GPE:RUSGOV"}},
    {"Kosovo, Palestine and Taiwan were discussed.",
     {"Kosovo:GPE:XKX", "Palestine:GPE:PSE", "Taiwan:GPE:TWN"}},
    {"Rebels in the Democratic Republic of the Congo and Guinea-Bissau.",
     {"Rebels:ORG:CODREB", "Democratic Republic of the Congo:GPE:COD", "Guinea-Bissau:GPE:GNB"}},
    {"North Korea and South Korean officials met.",
     {"North Korea:GPE:PRK", "South Korean:NORP:KORGOV"}},
    // Capitals: government when they act, location after a preposition.
    {"Ankara said it would respond.", {"Ankara:GPE:TURGOV"}},
    {"Both Yerevan and Baku accused each other.", {"Yerevan:GPE:ARMGOV", "Baku:GPE:AZEGOV"}},
    {"Talks were held in Yerevan and Baku.", {"Yerevan:GPE:-", "Baku:GPE:-"}},
    {"The ministers are invited to Moscow on 9 October.", {"Moscow:GPE:-"}},
    {"Kyiv denied the report, and Kiev later repeated it.", {"Kyiv:GPE:UKRGOV", "Kiev:GPE:UKRGOV"}},
    // Seats of power and organizations.
    {"Putin urged calm, the Kremlin said.", {"Putin:PER:RUSGOV", "Kremlin:ORG:RUSGOV"}},
    {"The White House declined to comment.", {"White House:ORG:USAGOV"}},
    {"The Pentagon sent jets.", {"Pentagon:ORG:USAMIL"}},
    {"NATO allies met the European Union.", {"NATO:ORG:NAT", "European Union:ORG:EEC"}},
    {"The OSCE Minsk Group mediates.", {"OSCE Minsk Group:ORG:OSC"}},
    {"According to the Third Secretary of the Azerbaijan Mission to the UN.",
     {"Azerbaijan:GPE:AZEGOV", "UN:ORG:UNO"}},
    // Regions and cities.
    {"The Nagorno-Karabakh region saw fighting.", {"Nagorno-Karabakh:LOC:-"}},
    {"Nagorno-Karabakh Ombudsman Artak Beglaryan said so.", {"Nagorno-Karabakh:LOC:NKRGOV"}},
    {"The Nagorno-Karabakh authorities said so.", {"Nagorno-Karabakh:LOC:NKRGOV"}},
    // A person named with the country after "of" is that country's, whatever the
    // dictionary says of the name alone (its King Abdullah is Jordan's).
    {"King Abdullah of Saudi Arabia met him.",
     {"King Abdullah:PER:SAUGOV", "Saudi Arabia:GPE:SAU"}},
    {"King Abdullah met him.", {"King Abdullah:PER:JORGOV"}},
    // The seat of those authorities: its officials and police are theirs.
    {"Officials in Stepanakert said so.", {"Stepanakert:GPE:NKRGOV"}},
    {"Stepanakert police arrested two men.", {"Stepanakert:GPE:NKRCOP"}},
    {"Kabul police arrested two men.", {"Kabul:GPE:AFGCOP"}},
    // Places of the compiled gazetteer that the name tables do not list.
    {"Flooding hit Irvine, California, and a church in Shusha.",
     {"Irvine:GPE:-", "California:GPE:-", "Shusha:GPE:-"}},
    {"A strike hit the Ghazanchetsots church.", {"Ghazanchetsots:LOC:-"}},
    // Not places: parts of longer names, acronyms, a sentence's first word.
    {"Vladimir Putin and Anna Naghdalyan spoke.",
     {"Vladimir Putin:PER:RUSGOV", "Anna Naghdalyan:PER:ARMGOV"}},
    {"FAO experts met at the Lavrov Foundation.", {}},
    // Names the actor dictionary codes with a country only are places when the
    // gazetteer knows them.
    {"Shelling hit Rafah and Puerto Rico.", {"Rafah:GPE:-", "Puerto Rico:GPE:-"}},
    {"Reading the report, officials in Reading smiled.", {"Reading:GPE:-"}},
    {"Shelling hit Stepanakert, Shusha and Ganja.",
     {"Stepanakert:GPE:-", "Shusha:GPE:-", "Ganja:GPE:-"}},
    // Case-sensitive and ambiguous names stay untagged.
    {"We ate turkey and china was broken.", {}},
    {"Male voters turned out in large numbers.", {}},
    // The dictionary's PEOPLES matches "People's"; "People" is no role of Sudan. In 2020
    // the movement is a governing party (its entry is dated [SDNGOVPTY 20110711-]).
    {"The Sudan People's Liberation Movement signed.",
     {"Sudan People's Liberation Movement:ORG:SDNGOV"}},
    // Entries dated YYYYMMDD count as well: THE_ISLAMIC_STATE [IMGMUSISI >20130408].
    {"ISIS fighters attacked.", {"ISIS:ORG:MUSINS"}},
    {"Police repressed a protest in downtown Santiago.", {"Police:ORG:CHLCOP", "Santiago:GPE:-"}},
    // A place and the word for a region after it name the region.
    {"Shelling hit Donetsk Oblast and Idlib Governorate.",
     {"Donetsk Oblast:GPE:-", "Idlib Governorate:GPE:-"}},
    {"Drones struck Belgorod Oblast and the Kherson region.",
     {"Belgorod Oblast:GPE:-", "Kherson region:GPE:-"}},
};

INSTANTIATE_TEST_SUITE_P(Cases, EntityCaseTest, ::testing::ValuesIn(kCases));

TEST(EntityTest, PlacesCarryCoordinates) {
  const Doc doc = Annotate(
      "Ministers met in Moscow, Stepanakert, Yerevan and Baku over "
      "Nagorno-Karabakh and Shusha and Ganja.");
  ASSERT_EQ(doc.entities.size(), 7u);
  for (const Entity& e : doc.entities) {
    ASSERT_TRUE(e.place.has_value()) << doc.SpanText(e.token_begin, e.token_end);
    EXPECT_TRUE(e.place->lat.has_value() && e.place->lon.has_value());
  }
  EXPECT_EQ(doc.entities[0].place->name, "Moscow");
  EXPECT_EQ(doc.entities[0].place->country, "RUS");
  EXPECT_NEAR(*doc.entities[0].place->lat, 55.76, 0.1);
  EXPECT_NEAR(*doc.entities[0].place->lon, 37.62, 0.1);
  EXPECT_EQ(doc.entities[4].place->name, "Nagorno-Karabakh");
  EXPECT_EQ(doc.entities[4].label, "LOC");
}

TEST(EntityTest, ARegionNamedAfterAPlaceLiesInItsCountry) {
  // "Belgorod Oblast" is not in the gazetteer: the place it is named after is; "the
  // Central District" names no place called Central.
  const Doc doc = Annotate(
      "Drones struck Belgorod Oblast and Donetsk Oblast. A gunman opened fire in the Central "
      "District of Seattle.");
  std::vector<std::string> places;
  for (const Entity& e : doc.entities) {
    if (e.place) {
      places.push_back(std::string(doc.SpanText(e.token_begin, e.token_end)) + ":" +
                       e.place->country);
    }
  }
  EXPECT_EQ(places,
            (std::vector<std::string>{"Belgorod Oblast:RUS", "Donetsk Oblast:UKR", "Seattle:USA"}));
}

TEST(EntityTest, ARegionAfterACommaRulesOutATownOfTheNameFarAway) {
  const auto places = [](const std::string& text) {
    const Doc doc = Annotate(text);
    std::vector<std::string> out;
    for (const Entity& e : doc.entities) {
      if (e.place) {
        out.push_back(std::string(doc.SpanText(e.token_begin, e.token_end)) + ":" +
                      e.place->country);
      }
    }
    return out;
  };
  // The gazetteer's only Kayna is a German town; Geismar too.
  EXPECT_EQ(places("Rebels take control of Kayna, North Kivu."),
            (std::vector<std::string>{"North Kivu:COD"}));
  EXPECT_EQ(places("A chemical plant explodes in Geismar, Louisiana."),
            (std::vector<std::string>{"Louisiana:USA"}));
  // A region of the same name in another country (India's Punjab, which the gazetteer
  // lacks) leaves a town near it alone.
  EXPECT_EQ(places("Gunmen attack an air force base in Pathankot, Punjab."),
            (std::vector<std::string>{"Pathankot:IND", "Punjab:PAK"}));
}

TEST(EntityTest, ActorFields) {
  const Doc doc = Annotate("Azeri civilians fled. The UN called for calm. Armenia agreed.");
  ASSERT_EQ(doc.entities.size(), 3u);
  EXPECT_EQ(doc.entities[0].actor->country, "AZE");
  EXPECT_EQ(doc.entities[0].actor->role, "CVL");
  EXPECT_EQ(doc.entities[1].actor->country, "UNO");
  EXPECT_EQ(doc.entities[1].actor->role, "IGO");
  EXPECT_EQ(doc.entities[1].sentence, 1u);
  EXPECT_EQ(doc.entities[2].actor->code, "ARM");
  EXPECT_TRUE(doc.entities[2].actor->role.empty());
  EXPECT_EQ(doc.entities[2].place->country, "ARM");
}

TEST(NameTablesTest, CountriesAreComplete) {
  std::set<std::string_view> codes;
  for (const entities::CountryRecord& c : entities::CountryRecords()) {
    ASSERT_EQ(c.iso3.size(), 3u) << c.names;
    for (char ch : c.iso3) EXPECT_TRUE(ch >= 'A' && ch <= 'Z') << c.iso3;
    EXPECT_TRUE(codes.insert(c.iso3).second) << "duplicate " << c.iso3;
    EXPECT_FALSE(c.capitals.empty()) << c.iso3;
    EXPECT_TRUE(c.lat >= -90 && c.lat <= 90 && c.lon >= -180 && c.lon <= 180) << c.iso3;
  }
  EXPECT_EQ(codes.size(), 193u + 4u);  // UN members + Kosovo, Palestine, Taiwan, Holy See
  for (const char* code : {"ARM", "AZE", "RUS", "TUR", "USA", "GBR", "XKX", "PSE", "TWN"}) {
    EXPECT_TRUE(codes.count(code)) << code;
  }
}

TEST(NameTablesTest, GazetteerAndRoles) {
  entities::Gazetteer g;
  EXPECT_GT(g.name_count(), 600u);
  EXPECT_EQ(entities::DemonymPlural("Azeri"), "Azeris");
  EXPECT_EQ(entities::DemonymPlural("French"), "");
  EXPECT_EQ(entities::DemonymPlural("Chinese"), "");
  entities::RoleNouns roles;
  EXPECT_EQ(roles.Find("civilians"), "CVL");
  EXPECT_EQ(roles.Find("servicemen"), "MIL");
  EXPECT_EQ(roles.Find("blogger"), "MED");
  EXPECT_EQ(roles.Find("banana"), "");
}

}  // namespace
}  // namespace dateline
