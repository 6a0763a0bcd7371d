#include "learn/perceptron_trainer.h"

#include <gtest/gtest.h>

#include <random>

#include "learn/hash.h"

namespace dateline::learn {
namespace {

// Three classes; the class of an example is decided by which of three "cue" features it
// carries, among noise features.
struct Example {
  std::vector<uint64_t> feats;
  int label;
};

std::vector<Example> Toy(int n, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<Example> out;
  for (int i = 0; i < n; ++i) {
    Example e;
    e.label = static_cast<int>(rng() % 3);
    e.feats.push_back(FeatureKey(1, static_cast<uint64_t>(e.label)));
    for (int k = 0; k < 5; ++k) e.feats.push_back(FeatureKey(2, rng() % 50));
    out.push_back(e);
  }
  return out;
}

TEST(PerceptronTest, LearnsToyProblemDeterministically) {
  const std::vector<Example> train = Toy(300, 1), test = Toy(100, 2);
  auto run = [&] {
    PerceptronTrainer p(3);
    float scores[3];
    for (int epoch = 0; epoch < 5; ++epoch) {
      for (const Example& e : train) {
        p.Score(e.feats, scores);
        p.Update(e.feats, e.label, LinearModel::Argmax(scores, 3));
        p.Tick();
      }
    }
    return p.Average();
  };
  const LinearModel m = run();
  int right = 0;
  float scores[3];
  for (const Example& e : test) {
    m.Score(e.feats, scores);
    right += LinearModel::Argmax(scores, 3) == e.label;
  }
  EXPECT_EQ(right, 100);
  EXPECT_EQ(run().Serialize(), m.Serialize());
}

TEST(PerceptronTest, ArgmaxRespectsAllowed) {
  const float scores[] = {1, 5, 3};
  const bool allowed[] = {true, false, true};
  EXPECT_EQ(LinearModel::Argmax(scores, 3), 1);
  EXPECT_EQ(LinearModel::Argmax(scores, 3, allowed), 2);
}

}  // namespace
}  // namespace dateline::learn
