// The seed article through the standard pipeline: the layers every later stage and
// every user-facing command build on.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>
#include <string>

#include "pipeline/pipeline.h"
#include "pipeline/seed_doc.h"

namespace dateline {
namespace {

using testing::ReadSeed;

class SeedGoldenTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    doc_ = new Doc(ReadSeed());
    auto pipeline = Pipeline::Standard();
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
    const Status s = (*pipeline)->Process(doc_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  static void TearDownTestSuite() {
    delete doc_;
    doc_ = nullptr;
  }
  static std::string Span(uint32_t b, uint32_t e) { return std::string(doc_->SpanText(b, e)); }
  static Doc* doc_;
};

Doc* SeedGoldenTest::doc_ = nullptr;

TEST_F(SeedGoldenTest, ReadsTheBody) {
  EXPECT_EQ(doc_->date, (CivilDate{2020, 10, 8}));
  EXPECT_EQ(doc_->body.rfind("The Nagorno-Karabakh region saw", 0), 0u);
  EXPECT_GE(doc_->sentences.size(), 10u);
}

TEST_F(SeedGoldenTest, Timexes) {
  std::set<std::string> values;
  for (const Timex& t : doc_->timexes) {
    values.insert(t.value);
    EXPECT_EQ(t.type, "DATE") << Span(t.token_begin, t.token_end);
  }
  EXPECT_EQ(values, (std::set<std::string>{"2020-09-27", "2020-10-08", "2020-10-09"}));
  EXPECT_EQ(doc_->timexes.size(), 4u);  // "27 September" twice
}

TEST_F(SeedGoldenTest, Entities) {
  bool moscow = false, armenia = false, azerbaijan = false, kremlin = false;
  for (const Entity& e : doc_->entities) {
    const std::string text = Span(e.token_begin, e.token_end);
    if (text == "Moscow") {
      ASSERT_TRUE(e.place.has_value());
      EXPECT_EQ(e.place->country, "RUS");
      EXPECT_NEAR(e.place->lat.value_or(0), 55.75, 0.2);
      EXPECT_NEAR(e.place->lon.value_or(0), 37.62, 0.2);
      moscow = true;
    }
    if (text == "Armenia" && e.actor && e.actor->country == "ARM") armenia = true;
    if (text == "Azerbaijan" && e.actor && e.actor->country == "AZE") azerbaijan = true;
    if (text == "Kremlin" && e.actor && e.actor->code == "RUSGOV") kremlin = true;
  }
  EXPECT_TRUE(moscow);
  EXPECT_TRUE(armenia);
  EXPECT_TRUE(azerbaijan);
  EXPECT_TRUE(kremlin);
}

TEST_F(SeedGoldenTest, Events) {
  ASSERT_FALSE(doc_->events.empty());
  const auto& events = doc_->events;
  // Putin's appeal on Thursday, reported by the Kremlin.
  auto appeal = std::find_if(events.begin(), events.end(), [](const Event& e) {
    return e.type == "REQUEST" && e.source.ref.country == "RUS" && e.date == "2020-10-08" &&
           e.date_precision == "day";
  });
  ASSERT_NE(appeal, events.end());
  EXPECT_EQ(appeal->trigger, "urged");
  EXPECT_EQ(appeal->cameo, "0256");
  EXPECT_EQ(appeal->status, "asserted");
  EXPECT_EQ(appeal->attributed_to.ref.code, "RUSGOV");
  // The Moscow talks on 9 October, still to come.
  auto talks = std::find_if(events.begin(), events.end(), [](const Event& e) {
    return e.type == "CONSULT" && e.date == "2020-10-09" && e.status == "future";
  });
  ASSERT_NE(talks, events.end());
  EXPECT_EQ(talks->location_text, "Moscow");
  // Armenia accuses Ankara; the act it alleges is denied by Turkey.
  auto accuse = std::find_if(events.begin(), events.end(), [](const Event& e) {
    return e.type == "ACCUSE" && e.source.ref.code == "ARM" && e.target.ref.code == "TURGOV";
  });
  EXPECT_NE(accuse, events.end());
  EXPECT_TRUE(std::any_of(events.begin(), events.end(), [](const Event& e) {
    return e.source.ref.code == "TURGOV" && e.status == "denied" &&
           e.attributed_to.ref.country == "TUR" && e.attributed_to.text == "Turkey";
  }));
  // Casualties according to the Azerbaijani side.
  auto casualties = std::find_if(events.begin(), events.end(),
                                 [](const Event& e) { return e.killed && e.killed->min == 30; });
  ASSERT_NE(casualties, events.end());
  EXPECT_FALSE(casualties->killed->exact);
  ASSERT_TRUE(casualties->injured.has_value());
  EXPECT_EQ(casualties->injured->min, 144);
  EXPECT_EQ(casualties->victims, "CVL");
  EXPECT_EQ(casualties->attributed_to.ref.country, "AZE");
  // No event is dated outside the article's own dates.
  for (const Event& e : events) {
    EXPECT_TRUE(e.date == "2020-09-27" || e.date == "2020-10-08" || e.date == "2020-10-09")
        << e.trigger << " " << e.date;
  }
}

// The events the golden list names, one test each.
bool Has(const std::vector<Event>& events, const std::function<bool(const Event&)>& pred) {
  return std::any_of(events.begin(), events.end(), pred);
}

TEST_F(SeedGoldenTest, InvitationToMoscowTalksIsFutureConsultOnTheNinth) {
  for (const char* invited : {"ARMGOV", "AZEGOV"}) {
    EXPECT_TRUE(Has(doc_->events, [&](const Event& e) {
      return e.type == "CONSULT" && e.source.ref.code == "RUSGOV" && e.target.ref.code == invited &&
             e.status == "future" && e.date == "2020-10-09" && e.location_text == "Moscow";
    })) << invited;
  }
}

TEST_F(SeedGoldenTest, LavrovRequestsACeasefire) {
  EXPECT_TRUE(Has(doc_->events, [](const Event& e) {
    return e.type == "REQUEST" && e.cameo == "0256" && e.source.ref.code == "RUSGOV" &&
           e.source.text.find("Foreign Minister") != std::string::npos;
  }));
}

TEST_F(SeedGoldenTest, CallsToEndHostilitiesByFranceGermanyUnAndUs) {
  for (const char* caller : {"FRA", "DEU", "UNO", "USA"}) {
    EXPECT_TRUE(Has(doc_->events, [&](const Event& e) {
      return e.type == "REQUEST" && e.cameo == "0256" && e.source.ref.country == caller;
    })) << caller;
  }
}

TEST_F(SeedGoldenTest, TurkeySupportsAzerbaijan) {
  EXPECT_TRUE(Has(doc_->events, [](const Event& e) {
    return e.type == "SUPPORT" && e.source.ref.country == "TUR" && e.target.ref.country == "AZE";
  }));
  // "expressed its support": the light verb is not a second event.
  EXPECT_FALSE(Has(doc_->events, [](const Event& e) { return e.trigger == "expressed"; }));
}

TEST_F(SeedGoldenTest, ChurchStrikeInjuredOneJournalist) {
  EXPECT_TRUE(Has(doc_->events, [](const Event& e) {
    return e.type == "ASSAULT" && e.trigger == "strike" && e.injured && e.injured->min == 1 &&
           e.injured->exact && e.victims == "MED";
  }));
}

TEST_F(SeedGoldenTest, EighteenCiviliansAccordingToTheOmbudsman) {
  EXPECT_TRUE(Has(doc_->events, [](const Event& e) {
    return e.killed && e.killed->min == 18 && !e.killed->exact && e.victims == "CVL" &&
           e.attributed_to.text.find("Ombudsman") != std::string::npos;
  }));
}

TEST_F(SeedGoldenTest, ThreeRussiansInjuredAccordingToTheArmenianSpokeswoman) {
  EXPECT_TRUE(Has(doc_->events, [](const Event& e) {
    return e.injured && e.injured->min == 3 && e.target.ref.country == "RUS" &&
           e.attributed_to.ref.code == "ARMGOV";
  }));
}

TEST_F(SeedGoldenTest, RepeatedOpeningIsOneEventWithTwoMentions) {
  // "both Armenia and Azerbaijan exchanging accusations" and, reworded, "both Yerevan
  // and Baku accusing each other": one accusation each way, each told twice.
  int each_way = 0;
  for (const Event& e : doc_->events) {
    if (e.type != "ACCUSE" || e.date != "2020-09-27") continue;
    const bool arm_aze = e.source.ref.country == "ARM" && e.target.ref.country == "AZE";
    const bool aze_arm = e.source.ref.country == "AZE" && e.target.ref.country == "ARM";
    if (!arm_aze && !aze_arm) continue;
    ++each_way;
    ASSERT_EQ(e.mentions.size(), 2u) << e.source.text;
    EXPECT_EQ(e.mentions[0].sentence, 0u);
    EXPECT_EQ(e.mentions[1].sentence, 9u);
  }
  EXPECT_EQ(each_way, 2);
}

TEST_F(SeedGoldenTest, EveryEventHasItsOwnMention) {
  for (const Event& e : doc_->events) {
    ASSERT_FALSE(e.mentions.empty()) << e.trigger;
    EXPECT_EQ(e.mentions.front().sentence, e.sentence);
    EXPECT_EQ(e.mentions.front().trigger, e.trigger);
  }
}

TEST_F(SeedGoldenTest, NoEventOutsideTheArticleDates) {
  const auto& events = doc_->events;
  for (const Event& e : events) {
    EXPECT_TRUE(e.date == "2020-09-27" || e.date == "2020-10-08" || e.date == "2020-10-09")
        << e.trigger << " " << e.date;
  }
}

}  // namespace
}  // namespace dateline
