// The project's supplement of leaders and ministers (data/actors/supplement.txt) as
// compiled into the shipped dictionary: dated terms resolve on the article's date.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "entities/actor_dictionary.h"
#include "entities/model_files.h"

namespace dateline::entities {
namespace {

const ActorDictionary& Shipped() {
  static const ActorDictionary* dictionary = [] {
    auto d = ActorDictionary::Load(ModelPath("actors.tsv"));
    EXPECT_TRUE(d.ok()) << d.status().ToString();
    return d.ok() ? d->release() : nullptr;
  }();
  return *dictionary;
}

// The code `name` carries on `date` (YYYYMMDD), "?" when the name is unknown.
std::string CodeOf(const std::string& name, uint32_t date) {
  const NamedActor* actor = Shipped().Find(name);
  if (actor == nullptr) return "?";
  return std::string(CodeOn(actor->codes, date));
}

TEST(ActorSupplementTest, ShippedDictionaryExists) {
  ASSERT_TRUE(std::filesystem::exists(ModelPath("actors.tsv")));
  EXPECT_GT(Shipped().name_count(), 0u);
}

TEST(ActorSupplementTest, HeadsOfStateAndGovernment) {
  EXPECT_EQ(CodeOf("Volodymyr Zelensky", 20220301), "UKRGOV");
  EXPECT_EQ(CodeOf("Zelenskyy", 20220301), "UKRGOV");
  EXPECT_EQ(CodeOf("Volodymyr Zelensky", 20180101), "");
  EXPECT_EQ(CodeOf("Olaf Scholz", 20220601), "DEUGOV");
  EXPECT_EQ(CodeOf("Rishi Sunak", 20230601), "GBRGOV");
  EXPECT_EQ(CodeOf("Javier Milei", 20240601), "ARGGOV");
  EXPECT_EQ(CodeOf("Javier Milei", 20220601), "");
  EXPECT_EQ(CodeOf("Mauricio Macri", 20170601), "ARGGOV");
  EXPECT_EQ(CodeOf("Arseniy Yatsenyuk", 20150601), "UKRGOV");
  EXPECT_EQ(CodeOf("Arseniy Yatsenyuk", 20170601), "");
}

TEST(ActorSupplementTest, ForeignMinisters) {
  EXPECT_EQ(CodeOf("Jeyhun Bayramov", 20210601), "AZEGOV");
  EXPECT_EQ(CodeOf("Zohrab Mnatsakanyan", 20200601), "ARMGOV");
  EXPECT_EQ(CodeOf("Zohrab Mnatsakanyan", 20220601), "");
  EXPECT_EQ(CodeOf("Edward Nalbandian", 20160601), "ARMGOV");
  EXPECT_EQ(CodeOf("Pavlo Klimkin", 20170601), "UKRGOV");
  EXPECT_EQ(CodeOf("Faisal Mekdad", 20230601), "SYRGOV");
  EXPECT_EQ(CodeOf("Amir Khan Muttaqi", 20220601), "AFGGOV");
}

TEST(ActorSupplementTest, DefenceMinistersAndCommanders) {
  // Shoigu was defence minister until May 2024, then secretary of the Security Council.
  EXPECT_EQ(CodeOf("Sergei Shoigu", 20200601), "RUSMIL");
  EXPECT_EQ(CodeOf("Shoigu", 20200601), "RUSMIL");
  EXPECT_EQ(CodeOf("Sergei Shoigu", 20240701), "RUSGOV");
  EXPECT_EQ(CodeOf("Andrei Belousov", 20240701), "RUSMIL");
  EXPECT_EQ(CodeOf("Davit Tonoyan", 20201001), "ARMMIL");
  EXPECT_EQ(CodeOf("Stepan Poltorak", 20160601), "UKRMIL");
  EXPECT_EQ(CodeOf("Benny Gantz", 20210601), "ISRMIL");
  EXPECT_EQ(CodeOf("Benny Gantz", 20240601), "");
}

TEST(ActorSupplementTest, ArmedGroupsAndDeFactoAuthorities) {
  // The RSF's leaders are coded as the army until the war of April 2023, rebels after.
  EXPECT_EQ(CodeOf("Hemedti", 20210601), "SDNMIL");
  EXPECT_EQ(CodeOf("Hemedti", 20230601), "SDNREB");
  EXPECT_EQ(CodeOf("Abdul Ghani Baradar", 20200301), "AFGREB");
  EXPECT_EQ(CodeOf("Abdul Ghani Baradar", 20220301), "AFGGOV");
  EXPECT_EQ(CodeOf("Mahdi al-Mashat", 20200601), "YEMREB");
  EXPECT_EQ(CodeOf("Arayik Harutyunyan", 20201008), "NKRGOV");
  EXPECT_EQ(CodeOf("Artak Beglaryan", 20201008), "NKRGOV");
  EXPECT_EQ(CodeOf("Ruben Vardanyan", 20230101), "NKRGOV");
}

TEST(ActorSupplementTest, FormerLeadersKeepTheirCountry) {
  // Outside a dated term the undated default applies: the country, without a role.
  EXPECT_EQ(CodeOf("Barack Obama", 20150601), "USAGOV");
  EXPECT_EQ(CodeOf("Barack Obama", 20200601), "USAELI");
  EXPECT_EQ(CodeOf("Donald Tusk", 20170601), "IGOEEC");
  EXPECT_EQ(CodeOf("Donald Tusk", 20240601), "POLGOV");
}

}  // namespace
}  // namespace dateline::entities
