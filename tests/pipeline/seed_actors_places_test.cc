// The seed article's actors and places through the standard pipeline: every actor
// mention the product names resolves as stated, and its places lie within 25 km of
// where they are.
#include <gtest/gtest.h>

#include <string>

#include "entities/geocoder.h"
#include "pipeline/pipeline.h"
#include "pipeline/seed_doc.h"

namespace dateline {
namespace {

using testing::ReadSeed;

class SeedActorsPlacesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    doc_ = new Doc(ReadSeed());
    auto pipeline = Pipeline::Standard();
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
    ASSERT_TRUE((*pipeline)->Process(doc_).ok());
  }
  static void TearDownTestSuite() {
    delete doc_;
    doc_ = nullptr;
  }

  // The code of the first entity spelled `name` that is followed by `next` (the words
  // after it, "" for any), or "none".
  static std::string CodeOf(const std::string& name, const std::string& next) {
    for (const Entity& e : doc_->entities) {
      if (doc_->SpanText(e.token_begin, e.token_end) != name) continue;
      if (!next.empty()) {
        const uint32_t end =
            e.token_end + 1 + static_cast<uint32_t>(std::count(next.begin(), next.end(), ' '));
        if (end > doc_->tokens.size() || doc_->SpanText(e.token_end, end) != next) continue;
      }
      return e.actor ? e.actor->code : "-";
    }
    return "none";
  }

  static double KmFrom(const std::string& name, double lat, double lon) {
    for (const Entity& e : doc_->entities) {
      if (doc_->SpanText(e.token_begin, e.token_end) != name || !e.place || !e.place->lat) {
        continue;
      }
      return entities::DistanceKm(*e.place->lat, *e.place->lon, lat, lon);
    }
    return 1e9;
  }

  static Doc* doc_;
};

Doc* SeedActorsPlacesTest::doc_ = nullptr;

TEST_F(SeedActorsPlacesTest, ActorMentions) {
  EXPECT_EQ(CodeOf("Russian", "President Vladimir Putin"), "RUSGOV");
  EXPECT_EQ(CodeOf("Kremlin", ""), "RUSGOV");
  EXPECT_EQ(CodeOf("Ankara", ""), "TURGOV");
  EXPECT_EQ(CodeOf("Yerevan", "and Baku"), "ARMGOV");
  EXPECT_EQ(CodeOf("Baku", "accusing"), "AZEGOV");
  EXPECT_EQ(CodeOf("Azerbaijan", "Mission"), "AZEGOV");  // the Third Secretary of ...
  EXPECT_EQ(CodeOf("Azeri", "civilians"), "AZECVL");
  EXPECT_EQ(CodeOf("Russian", "blogger"), "RUSMED");
  EXPECT_EQ(CodeOf("Armenian", "Foreign Ministry spokeswoman"), "ARMGOV");
  EXPECT_EQ(CodeOf("Nagorno-Karabakh", "Ombudsman"), "NKRGOV");
  EXPECT_EQ(CodeOf("Azerbaijani", "President Ilham Aliyev"), "AZEGOV");
  EXPECT_EQ(CodeOf("Armenian", "Prime Minister Nikol Pashinyan"), "ARMGOV");
  EXPECT_EQ(CodeOf("Russian", "Foreign Minister Sergey Lavrov"), "RUSGOV");
  EXPECT_EQ(CodeOf("Russian", "president calls"), "RUSGOV");  // "the Russian president"
  EXPECT_EQ(CodeOf("Russians", ""), "RUS");
}

TEST_F(SeedActorsPlacesTest, PlacesWithin25Km) {
  EXPECT_LT(KmFrom("Moscow", 55.7558, 37.6173), 25);
  EXPECT_LT(KmFrom("Nagorno-Karabakh", 39.8333, 46.75), 25);
  EXPECT_LT(KmFrom("Ghazanchetsots", 39.7580, 46.7500), 25);
  for (const Entity& e : doc_->entities) {
    if (doc_->SpanText(e.token_begin, e.token_end) != "Moscow") continue;
    EXPECT_EQ(e.place->country, "RUS");
    EXPECT_EQ(e.place->id, "geonames:524901");
  }
}

}  // namespace
}  // namespace dateline
