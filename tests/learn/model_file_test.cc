#include "learn/model_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "learn/hash.h"
#include "learn/linear_model.h"
#include "learn/perceptron_trainer.h"

namespace dateline::learn {
namespace {

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("dateline_learn_" + std::to_string(getpid()) + "_" + name))
      .string();
}

TEST(ModelFileTest, RoundTripThroughDisk) {
  ModelWriter w("toy");
  w.Add("a", "hello");
  w.Add("b", std::string(1000, 'x'));
  w.Add("empty", "");
  const std::string path = TempPath("roundtrip.model");
  ASSERT_TRUE(w.Write(path).ok());
  auto f = ModelFile::Read(path, "toy");
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(*f->Section("a"), "hello");
  EXPECT_EQ(f->Section("b")->size(), 1000u);
  EXPECT_EQ(*f->Section("empty"), "");
  EXPECT_FALSE(f->Section("missing").ok());
  std::filesystem::remove(path);
}

TEST(ModelFileTest, DetectsEveryFlippedByte) {
  ModelWriter w("toy");
  w.Add("a", "some section bytes");
  const std::string bytes = w.Serialize();
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0x20);
    auto f = ModelFile::Parse(bad, "bad.model", "toy");
    ASSERT_FALSE(f.ok()) << "byte " << i;
    EXPECT_NE(f.status().message().find("bad.model"), std::string::npos);
  }
}

TEST(ModelFileTest, DetectsTruncationWrongKindAndMissingFile) {
  ModelWriter w("toy");
  w.Add("a", "abc");
  const std::string bytes = w.Serialize();
  for (size_t n = 0; n < bytes.size(); ++n) {
    EXPECT_FALSE(ModelFile::Parse(bytes.substr(0, n), "t.model", "toy").ok()) << n;
  }
  auto kind = ModelFile::Parse(bytes, "t.model", "other");
  ASSERT_FALSE(kind.ok());
  EXPECT_NE(kind.status().message().find("'toy'"), std::string::npos);
  auto missing = ModelFile::Read(TempPath("does-not-exist.model"), "toy");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("does-not-exist.model"), std::string::npos);
}

TEST(LinearModelTest, SerializeParseKeepsScores) {
  std::vector<std::pair<uint64_t, std::vector<std::pair<int, float>>>> rows = {
      {FeatureKey(1, 11), {{0, 1.5f}, {2, -0.25f}}},
      {FeatureKey(1, 23), {{1, 3.0f}}},
      {FeatureKey(1, 99), {{2, 0.001f}}}};
  LinearModel m = LinearModel::Build(3, rows, 0.01f);
  EXPECT_EQ(m.num_features(), 2u);  // row 99 pruned
  auto back = LinearModel::Parse(m.Serialize(), "ctx");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  const uint64_t feats[] = {FeatureKey(1, 11), FeatureKey(1, 23), FeatureKey(1, 5)};
  float a[3], b[3];
  m.Score(feats, a);
  back->Score(feats, b);
  for (int c = 0; c < 3; ++c) EXPECT_FLOAT_EQ(a[c], b[c]);
  EXPECT_NEAR(a[0], 1.5f, 1e-3);
  EXPECT_NEAR(a[1], 3.0f, 1e-3);
  EXPECT_NEAR(a[2], -0.25f, 1e-3);
  EXPECT_FALSE(LinearModel::Parse(m.Serialize().substr(0, 10), "ctx").ok());
}

TEST(LinearModelTest, AverageScoresAsTheMeanOfItsModels) {
  using Rows = std::vector<std::pair<uint64_t, std::vector<std::pair<int, float>>>>;
  const LinearModel a = LinearModel::Build(2, Rows{{FeatureKey(1, 1), {{0, 2.0f}}}}, 0);
  const LinearModel b = LinearModel::Build(
      2, Rows{{FeatureKey(1, 1), {{0, 1.0f}, {1, 4.0f}}}, {FeatureKey(1, 2), {{1, -2.0f}}}}, 0);
  const LinearModel avg = LinearModel::Average({a, b}, 0);
  EXPECT_EQ(avg.num_features(), 2u);  // the union of the features
  const uint64_t both[] = {FeatureKey(1, 1), FeatureKey(1, 2)};
  float s[2];
  avg.Score(both, s);
  EXPECT_NEAR(s[0], 1.5f, 1e-3);  // (2 + 1) / 2
  EXPECT_NEAR(s[1], (4.0f - 2.0f) / 2, 1e-3);
  EXPECT_EQ(LinearModel::Average({}, 0).num_features(), 0u);
}

TEST(LinearModelTest, ScoreEachScoresEveryGroupAsScoreDoes) {
  // Many features over many groups (more than one probe batch), with empty groups and
  // features the model lacks.
  std::vector<std::pair<uint64_t, std::vector<std::pair<int, float>>>> rows;
  for (uint64_t f = 1; f <= 200; f += 2) {
    rows.push_back({FeatureKey(2, f),
                    {{static_cast<int>(f % 3), 0.5f * static_cast<float>(f % 7)},
                     {static_cast<int>((f + 1) % 3), -1.0f}}});
  }
  const LinearModel m = LinearModel::Build(3, rows, 0);
  std::vector<uint64_t> feats;
  std::vector<uint32_t> ends;
  for (uint64_t g = 0; g < 9; ++g) {
    for (uint64_t f = g * 11; f < g * 11 + (g == 4 ? 0 : 13); ++f)
      feats.push_back(FeatureKey(2, f));
    ends.push_back(static_cast<uint32_t>(feats.size()));
  }
  std::vector<float> each(ends.size() * 3, 42.0f);
  m.ScoreEach(feats, ends, each.data());
  for (size_t g = 0; g < ends.size(); ++g) {
    const size_t from = g == 0 ? 0 : ends[g - 1];
    float one[3];
    m.Score(std::span<const uint64_t>(feats).subspan(from, ends[g] - from), one);
    for (size_t c = 0; c < 3; ++c) EXPECT_FLOAT_EQ(each[g * 3 + c], one[c]) << g << " " << c;
  }
  EXPECT_FLOAT_EQ(each[4 * 3], 0.0f);  // the empty group
  EXPECT_NE(each[0] + each[1] + each[2], 0.0f);
}

TEST(LinearModelTest, DenseAndSparseRowsScoreTheirWeightsAndSerializeAlike) {
  // 21 classes: rows with a weight for most classes are kept dense, rows with two sparse;
  // 300 groups of 21 classes take the floating-point path, one group the integer one.
  constexpr int kClasses = 21;
  std::vector<std::pair<uint64_t, std::vector<std::pair<int, float>>>> rows;
  std::vector<std::vector<float>> want(40, std::vector<float>(kClasses, 0.0f));
  for (uint64_t f = 0; f < 40; ++f) {
    std::vector<std::pair<int, float>> row;
    const int step = f % 2 == 0 ? 1 : 10;  // dense : sparse
    for (int c = static_cast<int>(f % 3); c < kClasses; c += step) {
      const float w = static_cast<float>((static_cast<int>(f) * 7 + c * 3) % 11) - 5.0f;
      if (w == 0) continue;
      row.emplace_back(c, w);
      want[f][static_cast<size_t>(c)] = w;
    }
    rows.push_back({FeatureKey(3, f), row});
  }
  const LinearModel m = LinearModel::Build(kClasses, rows, 0);
  auto back = LinearModel::Parse(m.Serialize(), "ctx");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->Serialize(), m.Serialize());
  EXPECT_EQ(back->num_weights(), m.num_weights());

  std::vector<uint64_t> feats;
  std::vector<uint32_t> ends;
  for (uint64_t g = 0; g < 300; ++g) {
    for (uint64_t f = g % 40; f < 40; f += 7) feats.push_back(FeatureKey(3, f));
    feats.push_back(FeatureKey(3, 1000 + g));  // a feature the model lacks
    ends.push_back(static_cast<uint32_t>(feats.size()));
  }
  std::vector<float> each(ends.size() * kClasses);
  back->ScoreEach(feats, ends, each.data());
  for (uint64_t g = 0; g < 300; ++g) {
    float one[kClasses];
    const size_t from = g == 0 ? 0 : ends[g - 1];
    back->Score(std::span<const uint64_t>(feats).subspan(from, ends[g] - from), one);
    for (size_t c = 0; c < kClasses; ++c) {
      float sum = 0;
      for (uint64_t f = g % 40; f < 40; f += 7) sum += want[f][c];
      EXPECT_NEAR(each[g * kClasses + c], sum, 2e-3) << g << " " << c;
      EXPECT_FLOAT_EQ(one[c], each[g * kClasses + c]) << g << " " << c;
    }
  }
}

}  // namespace
}  // namespace dateline::learn
