#include "events/suite_actors.h"

#include <gtest/gtest.h>

#include <string>

#include "entities/role_nouns.h"
#include "text/text_component.h"

namespace dateline::events {
namespace {

constexpr char kActors[] = R"(<!-- A SUITE ACTOR DICTIONARY -->
<!--
# multi-line comment
# -->
ARNOR_  [ARN]
ARGENTIN  [ARG]
ERIADOR  [ERI]
+ERIADORIAN
BOROMIR  [---]
INTERPOL
	[IGOCOPITP]	# Interpol
SAM_GAMGEE [HOB]  # default
	[HOBCIV <20080120]
	[HOBMIL 20080120-20121109]
LORIEN  [ELR/GAL]
)";

std::string Codes(const SuiteActors& actors, const std::string& text,
                  const std::string& date = "2010-01-01") {
  static const auto tokenizer = NewTextComponent();
  static const entities::RoleNouns roles;
  Doc doc;
  doc.body = text;
  doc.date = *CivilDate::Parse(date);
  EXPECT_TRUE(tokenizer->Process(&doc).ok());
  actors.Annotate(&doc, roles);
  std::string out;
  for (const Entity& e : doc.entities) {
    if (!out.empty()) out += " ";
    out += std::string(doc.SpanText(e.token_begin, e.token_end)) + "=" + e.actor->code;
  }
  return out;
}

TEST(SuiteActorsTest, ParsesAndAnnotates) {
  auto actors = SuiteActors::Parse(kActors, "actors.txt");
  ASSERT_TRUE(actors.ok()) << actors.status().ToString();
  EXPECT_EQ(actors->size(), 7u);
  EXPECT_EQ(Codes(*actors, "Arnor met Argentina and Lorien."),
            "Arnor=ARN Argentina=ARG Lorien=ELR");
  // "ARNOR_" is exact; a stem takes a short ending only.
  EXPECT_EQ(Codes(*actors, "Arnorian troops and Argentines."), "Argentines=ARG");
  EXPECT_EQ(Codes(*actors, "An Eriadorian spoke to Interpol."), "Eriadorian=ERI Interpol=IGOCOP");
  // The role of a role noun next to the name.
  EXPECT_EQ(Codes(*actors, "The Arnor government and the ambassadors of Eriador."),
            "Arnor=ARNGOV Eriador=ERIGOV");
  // Dated codes; "---" names nobody; lower-case words are not names.
  EXPECT_EQ(Codes(*actors, "Sam Gamgee left.", "2007-05-01"), "Sam Gamgee=HOBCIV");
  EXPECT_EQ(Codes(*actors, "Sam Gamgee left.", "2010-05-01"), "Sam Gamgee=HOBMIL");
  EXPECT_EQ(Codes(*actors, "Sam Gamgee left.", "2015-05-01"), "Sam Gamgee=HOB");
  EXPECT_EQ(Codes(*actors, "Boromir saw arnor."), "");
}

TEST(SuiteActorsTest, ErrorsNameFileAndLine) {
  auto bad = SuiteActors::Parse("ARNOR [ARN\n", "a.txt");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("a.txt:1"), std::string::npos);
  auto orphan = SuiteActors::Parse("\n[ARN]\n", "b.txt");
  ASSERT_FALSE(orphan.ok());
  EXPECT_NE(orphan.status().message().find("b.txt:2"), std::string::npos);
  auto date = SuiteActors::Parse("X\n [ARN <2020]\n", "c.txt");
  ASSERT_FALSE(date.ok());
  EXPECT_NE(date.status().message().find("c.txt:2"), std::string::npos);
  EXPECT_FALSE(SuiteActors::Load("/nonexistent/actors.txt").ok());
}

}  // namespace
}  // namespace dateline::events
