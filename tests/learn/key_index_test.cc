#include "learn/key_index.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <set>
#include <vector>

#include "learn/huge_pages.h"

namespace dateline::learn {
namespace {

struct Row {
  uint64_t key = 0;
  int value = 0;
};

TEST(KeyIndexTest, FindsEveryKeyItIndexesAndNoOther) {
  std::mt19937_64 rng(7);
  std::vector<Row> table;
  std::set<uint64_t> keys;
  while (table.size() < 5000) {
    const uint64_t k = rng();
    if (keys.insert(k).second) table.push_back(Row{k, static_cast<int>(table.size())});
  }
  // Keys that differ only in their high half share a fingerprint: told apart by the table.
  for (int i = 0; i < 50; ++i) {
    const uint64_t k = (static_cast<uint64_t>(i + 1) << 40) | 0x1234u;
    keys.insert(k);
    table.push_back(Row{k, static_cast<int>(table.size())});
  }
  KeyIndex index;
  index.Build(table);
  for (const Row& r : table) {
    const Row* found = index.Find(table, r.key);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->value, r.value);
  }
  int absent = 0;
  for (int i = 0; i < 5000; ++i) {
    const uint64_t k = rng();
    if (keys.count(k) != 0) continue;
    ++absent;
    EXPECT_EQ(index.Find(table, k), nullptr);
  }
  EXPECT_GT(absent, 4900);
  EXPECT_EQ(index.Find(table, (uint64_t{99} << 40) | 0x1234u), nullptr);
}

TEST(KeyIndexTest, AnEmptyOrUnbuiltIndexFindsNothing) {
  const std::vector<Row> empty;
  KeyIndex unbuilt;
  EXPECT_EQ(unbuilt.Find(empty, 42), nullptr);
  KeyIndex built;
  built.Build(empty);
  EXPECT_EQ(built.Find(empty, 42), nullptr);
}

TEST(HugePagesTest, LargeAndSmallTablesHoldWhatIsWrittenAndLargeOnesAreAligned) {
  // 3 MiB: huge-page backed and aligned to 2 MiB; 1 KiB: from operator new.
  std::vector<uint32_t, HugePageAllocator<uint32_t>> large(size_t{3} << 18);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(large.data()) % (uintptr_t{2} << 20), 0u);
  for (size_t i = 0; i < large.size(); ++i) large[i] = static_cast<uint32_t>(i * 2654435761u);
  std::vector<uint32_t, HugePageAllocator<uint32_t>> copy = large;
  for (size_t i = 0; i < copy.size(); i += 4099) {
    EXPECT_EQ(copy[i], static_cast<uint32_t>(i * 2654435761u));
  }
  std::vector<uint16_t, HugePageAllocator<uint16_t>> small(512, 7);
  small.push_back(9);
  EXPECT_EQ(small.front(), 7);
  EXPECT_EQ(small.back(), 9);
}

}  // namespace
}  // namespace dateline::learn
