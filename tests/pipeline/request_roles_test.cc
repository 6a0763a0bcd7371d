// Who asks whom, and who is asked to act, through the standard pipeline: the target of
// a request without an object is the subject of the clause it asks for, and the act an
// actor is urged to do is that actor's.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/pipeline.h"

namespace dateline {
namespace {

// "TYPE SOURCE>TARGET status" for each event of the body.
std::vector<std::string> Events(const std::string& body) {
  auto pipeline = Pipeline::Standard();
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  if (!pipeline.ok()) return {"error"};
  Doc doc;
  doc.body = body;
  doc.date = *CivilDate::Parse("2020-10-08");
  EXPECT_TRUE((*pipeline)->Process(&doc).ok());
  std::vector<std::string> out;
  for (const Event& e : doc.events) {
    out.push_back(e.type + " " + e.source.ref.code + ">" + e.target.ref.code + " " + e.status);
  }
  return out;
}

TEST(RequestRolesTest, TheSubjectOfTheDemandedClauseIsTheTarget) {
  EXPECT_EQ(Events("Turkey demanded that Armenia withdraw its troops."),
            (std::vector<std::string>{"REQUEST TUR>ARM asserted", "RETREAT ARM> requested"}));
}

TEST(RequestRolesTest, TheUrgedPartyDoesTheRequestedAct) {
  EXPECT_EQ(Events("The US urged Iran to release the prisoners."),
            (std::vector<std::string>{"REQUEST USA>IRN asserted", "RETREAT IRN> requested"}));
}

TEST(RequestRolesTest, APromiseStaysWithItsSubject) {
  // Subject control: no object, so the act is the promiser's.
  const std::vector<std::string> events = Events("Russia promised to withdraw its troops.");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back().substr(0, 12), "RETREAT RUS>");
}

}  // namespace
}  // namespace dateline
