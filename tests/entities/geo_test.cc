// The gazetteer (build, binary format, lookup), the geocoder and the GeoVirus reader,
// on small inputs written here, plus the shipped gazetteer's size and load time.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "entities/gazetteer_builder.h"
#include "entities/geo_eval.h"
#include "entities/geocoder.h"
#include "entities/model_files.h"
#include "entities/place_gazetteer.h"
#include "entities/place_name.h"
#include "temp_dir.h"

namespace dateline::entities {
namespace {

// Writes a file into a directory of this test process, removed when it exits.
std::string WriteTemp(const std::string& name, const std::string& text) {
  static const dateline::testing::TempDir dir;
  return dir.Write(name, text);
}

// A few GeoNames rows (id, name, ascii, alternates, lat, lon, class, code, cc, cc2,
// admin1, admin2, admin3, admin4, population, ...).
const char kGeoNames[] =
    "524901\tMoscow\tMoscow\tMoskva,Москва\t55.75222\t37.61556\tP\tPPLC\tRU\t\t48\t\t\t\t"
    "10381222\t\t144\tEurope/Moscow\t2012-01-01\n"
    "5202009\tMoscow\tMoscow\t\t41.33675\t-75.51852\tP\tPPL\tUS\t\tPA\t\t\t\t2026\t\t\t\t\n"
    "5601538\tMoscow\tMoscow\t\t46.73239\t-117.00017\tP\tPPLA2\tUS\t\tID\t\t\t\t23800\t\t\t\t\n"
    "5392423\tSanta Ana\tSanta "
    "Ana\t\t33.74557\t-117.86783\tP\tPPLA2\tUS\t\tCA\t\t\t\t324528\t\t\t\t\n"
    "3583361\tSanta Ana\tSanta "
    "Ana\t\t13.99417\t-89.55972\tP\tPPLA\tSV\t\t11\t\t\t\t176661\t\t\t\t\n"
    "147105\tShushi\tShushi\tShusha,Şuşa\t39.76006\t46."
    "74989\tP\tPPLA\tAZ\t\t55\t\t\t\t18662\t\t\t\t\n";

const char kSupplement[] =
    "# kind iso3 code lat lon population names\n"
    "country\tRUS\tRU\t60\t90\t0\tRussia|Russian Federation\n"
    "country\tUSA\tUS\t40\t-100\t0\tUnited States|U.S.|US\n"
    "country\tSLV\tSV\t13.8\t-88.9\t0\tEl Salvador\n"
    "country\tAZE\tAZ\t40.5\t47.5\t0\tAzerbaijan\n"
    "admin1\tUSA\tCA\t37\t-120\t39000000\tCalifornia\n"
    "region\tAZE\t-\t39.83\t46.76\t150000\tNagorno-Karabakh|Karabakh|Artsakh\n"
    "landmark\tAZE\t-\t39.7583\t46.7497\t0\tGhazanchetsots Cathedral|Ghazanchetsots\n";

class GeoTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    GazetteerBuildStats stats;
    auto image = BuildGazetteerImage(WriteTemp("geo_test_cities.txt", kGeoNames),
                                     WriteTemp("geo_test_places.tsv", kSupplement), &stats);
    ASSERT_TRUE(image.ok()) << image.status().ToString();
    EXPECT_EQ(stats.supplement_entries, 7u);
    EXPECT_EQ(stats.geonames_entries, 6u);
    auto g = PlaceGazetteer::FromImage(std::move(*image), "test image");
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    gazetteer_ = g->release();
  }
  static void TearDownTestSuite() {
    delete gazetteer_;
    gazetteer_ = nullptr;
  }
  static PlaceGazetteer* gazetteer_;
};

PlaceGazetteer* GeoTest::gazetteer_ = nullptr;

TEST(PlaceNameTest, Keys) {
  EXPECT_EQ(PlaceKey("Nagorno-Karabakh"), "nagorno karabakh");
  EXPECT_EQ(PlaceKey("U.S."), "us");
  EXPECT_EQ(PlaceKey("the Gaza Strip"), "gaza strip");
  EXPECT_EQ(PlaceKey("Şuşa"), "susa");
  EXPECT_EQ(PlaceKey("Xankəndi"), "xankendi");
  EXPECT_EQ(PlaceKey("Côte d'Ivoire"), "cote divoire");
  EXPECT_EQ(PlaceKey("Québec  City"), "quebec city");
  EXPECT_TRUE(IsLatinName("Sant Julià de Lòria"));
  EXPECT_FALSE(IsLatinName("Москва"));
  EXPECT_EQ(HashPlaceKey("moscow"), HashPlaceKey(PlaceKey("MOSCOW")));
}

TEST_F(GeoTest, LookupFindsCanonicalAndAlternateNames) {
  EXPECT_EQ(gazetteer_->Find("Moscow").size(), 3u);
  const auto moskva = gazetteer_->Find("Moskva");
  ASSERT_EQ(moskva.size(), 1u);
  EXPECT_TRUE(moskva[0].alternate);
  EXPECT_EQ(gazetteer_->Name(moskva[0].entry), "Moscow");
  EXPECT_EQ(gazetteer_->Find("Москва").size(), 0u);  // other scripts are not stored
  EXPECT_EQ(gazetteer_->Find("Atlantis").size(), 0u);
  const auto artsakh = gazetteer_->Find("Artsakh");
  ASSERT_EQ(artsakh.size(), 1u);
  EXPECT_EQ(gazetteer_->Name(artsakh[0].entry), "Nagorno-Karabakh");
  EXPECT_EQ(gazetteer_->Id(artsakh[0].entry), "dateline:AZE:nagorno-karabakh");
}

TEST_F(GeoTest, GeoNamesRowsGetIso3AndRegionNames) {
  for (const GeoCandidate& c : gazetteer_->Find("Santa Ana")) {
    const std::string country = gazetteer_->Country(c.entry);
    EXPECT_TRUE(country == "USA" || country == "SLV") << country;
    if (country == "USA") {
      EXPECT_EQ(gazetteer_->Admin1(c.entry), "California");
    } else {
      EXPECT_EQ(gazetteer_->Admin1(c.entry), "SV.11");  // the code when unnamed
    }
  }
}

TEST_F(GeoTest, GeocoderPrefersTheBigPlaceAlone) {
  const Geocoder geo(*gazetteer_);
  const auto choice = geo.ResolveNames({"Moscow"});
  ASSERT_EQ(choice.size(), 1u);
  const PlaceRef p = geo.ToPlaceRef(static_cast<uint32_t>(choice[0]));
  EXPECT_EQ(p.name, "Moscow");
  EXPECT_EQ(p.country, "RUS");
  EXPECT_EQ(p.id, "geonames:524901");
  EXPECT_NEAR(*p.lat, 55.75, 0.01);
}

TEST_F(GeoTest, GeocoderFollowsTheArticlesFocus) {
  const Geocoder geo(*gazetteer_);
  // Two towns of similar weight: the article's other places decide.
  auto choice = geo.ResolveNames({"Santa Ana", "California"});
  EXPECT_EQ(geo.ToPlaceRef(static_cast<uint32_t>(choice[0])).country, "USA");
  choice = geo.ResolveNames({"Santa Ana", "El Salvador"});
  EXPECT_EQ(geo.ToPlaceRef(static_cast<uint32_t>(choice[0])).country, "SLV");
  // "Moscow, Idaho" only when the article is about the United States.
  choice = geo.ResolveNames({"Moscow", "Russia"});
  EXPECT_EQ(geo.ToPlaceRef(static_cast<uint32_t>(choice[0])).country, "RUS");
}

TEST_F(GeoTest, ACountryAfterACommaContainsThePlace) {
  const Geocoder geo(*gazetteer_);
  // Russia's capital is the likelier Moscow, but the text puts this one in the United
  // States ("Moscow, United States").
  GeoMention town{"Moscow", false, 0}, country{"United States", true, 0, false, true};
  std::vector<int32_t> choice = geo.Resolve({town, country});
  ASSERT_GE(choice[0], 0);
  EXPECT_EQ(geo.ToPlaceRef(static_cast<uint32_t>(choice[0])).country, "USA");
  // A name the gazetteer knows only in another country is not placed there.
  GeoMention shushi{"Shushi", false, 0}, russia{"Russia", true, 0, false, true};
  choice = geo.Resolve({shushi, russia});
  EXPECT_EQ(choice[0], Geocoder::kElsewhere);
  // A list of countries is no containment.
  GeoMention first{"Russia", false, 0}, second{"Azerbaijan", true, 0, false, true};
  choice = geo.Resolve({first, second});
  ASSERT_GE(choice[0], 0);
  EXPECT_EQ(geo.ToPlaceRef(static_cast<uint32_t>(choice[0])).country, "RUS");
}

TEST_F(GeoTest, ThePlacesOfTheSameParagraphWeighMost) {
  // A digest of unrelated stories: the country named beside the town decides, not one
  // named in another paragraph (both ways, so that neither prior alone passes).
  const Geocoder geo(*gazetteer_);
  GeoMention town{"Santa Ana", false, 0}, usa{"United States", false, 0},
      salvador{"El Salvador", false, 1};
  auto choice = geo.Resolve({town, usa, salvador});
  EXPECT_EQ(gazetteer_->Country(static_cast<uint32_t>(choice[0])), "USA");
  usa.paragraph = 1;
  salvador.paragraph = 0;
  choice = geo.Resolve({town, usa, salvador});
  EXPECT_EQ(gazetteer_->Country(static_cast<uint32_t>(choice[0])), "SLV");
}

TEST(GeoContextTest, AStatesOfficesNameTheState) {
  EXPECT_TRUE(IsStateOfficeContext("", " Governor Brian Kemp says"));
  EXPECT_TRUE(IsStateOfficeContext("the U.S. state of ", " passing a law"));
  EXPECT_TRUE(IsStateOfficeContext("calls ", " Secretary of State Brad"));
  EXPECT_FALSE(IsStateOfficeContext("Voters in ", " head to the polls"));
  EXPECT_FALSE(IsStateOfficeContext("", " Governors meet"));
}

TEST_F(GeoTest, ContainersAndTheirContext) {
  EXPECT_TRUE(IsContainerContext("Buffalo, ", " in the US", true));
  EXPECT_FALSE(IsContainerContext("Buffalo, ", " in the US", false));
  EXPECT_TRUE(IsContainerContext("in ", " state officials", false));
  EXPECT_TRUE(IsContainerContext("", " Governor Andrew Cuomo", false));
  EXPECT_FALSE(IsContainerContext("in ", " statement", false));
  const Geocoder geo(*gazetteer_);
  // "Moscow, Russia" and "Moscow" alone: the container mark only helps areas.
  const auto choice = geo.Resolve({{"Moscow", false}, {"Russia", true}});
  EXPECT_EQ(gazetteer_->Country(static_cast<uint32_t>(choice[0])), "RUS");
  EXPECT_EQ(gazetteer_->entry(static_cast<uint32_t>(choice[1])).kind, GeoKind::kCountry);
}

TEST_F(GeoTest, UnknownNamesAndAreaSuffixes) {
  const Geocoder geo(*gazetteer_);
  const auto choice = geo.ResolveNames({"Atlantis", "Moscow District"});
  EXPECT_EQ(choice[0], -1);
  ASSERT_GE(choice[1], 0);  // an area named after a known place lies around it
  EXPECT_EQ(gazetteer_->Name(static_cast<uint32_t>(choice[1])), "Moscow");
}

TEST_F(GeoTest, DistanceKm) {
  EXPECT_NEAR(DistanceKm(55.7522, 37.6156, 59.9386, 30.3141), 634, 5);  // Moscow-St Petersburg
  EXPECT_NEAR(DistanceKm(0, 0, 0, 1), 111.2, 0.5);
}

TEST(GazetteerBuildTest, ErrorsNameTheFileAndLine) {
  GazetteerBuildStats stats;
  const std::string bad = WriteTemp("geo_test_bad.tsv", "country\tRUS\tRU\t95\t90\t0\tRussia\n");
  auto image = BuildGazetteerImage(WriteTemp("geo_test_empty.txt", ""), bad, &stats);
  ASSERT_FALSE(image.ok());
  EXPECT_NE(image.status().message().find("geo_test_bad.tsv:1:"), std::string::npos)
      << image.status().message();
  EXPECT_NE(image.status().message().find("coordinates"), std::string::npos);
  auto missing = BuildGazetteerImage("/nonexistent/cities.txt", bad, &stats);
  EXPECT_FALSE(missing.ok());
}

TEST(GazetteerLoadTest, RejectsCorruptFiles) {
  EXPECT_FALSE(PlaceGazetteer::Load("/nonexistent/gazetteer.bin").ok());
  auto bad = PlaceGazetteer::Load(WriteTemp("geo_test_bad.bin", std::string(64, 'x')));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("bad magic"), std::string::npos);
}

TEST(GeoVirusTest, ReadsArticlesAndSkipsComments) {
  const std::string path = WriteTemp("geo_test_gold.xml", R"(<articles>
    <article><source>x</source><text>Flu in Moscow &amp; Idaho.</text>
      <locations>
        <location><name>Moscow</name><start>7</start><end>13</end><lat>55.75</lat>
          <lon> 37.62</lon><page>p</page></location>
      </locations></article>
    <!--<article><text>draft</text></article>-->
  </articles>)");
  auto gold = ReadGeoVirus(path);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 1u);
  EXPECT_EQ((*gold)[0].text, "Flu in Moscow & Idaho.");
  ASSERT_EQ((*gold)[0].locations.size(), 1u);
  EXPECT_EQ((*gold)[0].locations[0].start, 7u);
  EXPECT_NEAR((*gold)[0].locations[0].lon, 37.62, 1e-9);
}

// The shipped gazetteer: compact, quick to load, and it knows the places of the seed.
TEST(ShippedGazetteerTest, SizeLoadTimeAndSeedPlaces) {
  const std::string path = ModelPath("gazetteer.bin");
  ASSERT_TRUE(std::filesystem::exists(path)) << path;
  EXPECT_LT(std::filesystem::file_size(path), 30u << 20);
  const auto t0 = std::chrono::steady_clock::now();
  auto g = PlaceGazetteer::Load(path);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_LT(seconds, 0.5);
  EXPECT_GT((*g)->size(), 100000u);
  const Geocoder geo(**g);
  const auto choice = geo.ResolveNames({"Nagorno-Karabakh", "Stepanakert", "Khankendi", "Shushi",
                                        "Ghazanchetsots", "Donbas", "Gaza Strip", "Moscow"});
  const double expected[][2] = {{39.83, 46.76}, {39.82, 46.75}, {39.82, 46.75}, {39.76, 46.75},
                                {39.76, 46.75}, {48.0, 38.0},   {31.42, 34.36}, {55.75, 37.62}};
  for (size_t k = 0; k < choice.size(); ++k) {
    ASSERT_GE(choice[k], 0) << k;
    const GeoEntry& e = (*g)->entry(static_cast<uint32_t>(choice[k]));
    EXPECT_LT(DistanceKm(e.lat, e.lon, expected[k][0], expected[k][1]), 25) << k;
  }
}

}  // namespace
}  // namespace dateline::entities
