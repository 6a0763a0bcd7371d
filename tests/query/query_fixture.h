// A small store shared by the query tests: four articles annotated by the fake
// annotator of the store tests (see store/test_util.h for what it codes).
//
//   a1 2020-10-08 "Putin urges ceasefire"
//      s0 "The Nagorno-Karabakh region saw fighting on 2020-09-27."    timex 2020-09-27
//      s1 "Putin on Thursday urged Armenia ..., the Kremlin said."    timex 2020-10-08,
//         REQUEST RUSGOV -> ARM dated 2020-10-08 (day)
//      s2 "Russia attacked Azerbaijan near Moscow."                    ASSAULT RUS -> AZE,
//         dated 2020-10-08 (article)
//   a2 2020-11-10 s0 "Ankara met Russia on 2020-11-09."  CONSULT TURGOV -> RUS 2020-11-09
//                 s1 "The protesters protested in Moscow."  PROTEST CVL, 2020-11-10 (article)
//   a3 2019-05-01 s0 "Armenia attacked Azerbaijan on 2019-04-30."  ASSAULT ARM -> AZE
//   a4 2020-10-20 s0 "Azerbaijan attacked Armenia."  ASSAULT AZE -> ARM dated "2020-10" (month),
//      told twice (mentions in sentences 0 and 2), 3+ missing and 7 detained in all
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "store/store.h"
#include "store/test_util.h"

namespace dateline::testing {

class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = OpenStore(dir_.File("q.db"));
    ASSERT_TRUE(store_);
    Doc a1 = Annotated("2020-10-08",
                       "The Nagorno-Karabakh region saw fighting on 2020-09-27.\n\n"
                       "Putin on Thursday urged Armenia to cease hostilities, the Kremlin "
                       "said.\n\nRussia attacked Azerbaijan near Moscow.");
    a1.id = "a1";
    a1.title = "Putin urges ceasefire";
    Doc a2 = Annotated("2020-11-10",
                       "Ankara met Russia on 2020-11-09. The protesters protested in Moscow.");
    a2.id = "a2";
    a2.title = "Talks and protests";
    Doc a3 = Annotated("2019-05-01", "Armenia attacked Azerbaijan on 2019-04-30.");
    a3.id = "a3";
    Doc a4 = Annotated("2020-10-20", "Azerbaijan attacked Armenia.");
    a4.id = "a4";
    ASSERT_EQ(a4.events.size(), 1u);
    a4.events[0].date = "2020-10";
    a4.events[0].date_precision = "month";
    a4.events[0].mentions = {{0, "attacked"}, {2, "offensive"}};
    a4.events[0].missing = Count{3, false};
    a4.events[0].detained = Count{7, true};
    a4.events[0].running_total = true;
    auto w = store_->WriteBatch({a1, a2, a3, a4});
    ASSERT_TRUE(w.ok()) << w.status().ToString();
    ASSERT_EQ(w->stored, 4u);
    ASSERT_EQ(store_->counts()->events, 6);
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

}  // namespace dateline::testing
