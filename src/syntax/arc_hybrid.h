// ArcHybrid: the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011)
// and its dynamic oracle (Goldberg & Nivre 2013).
//
// Nodes are 0 (the artificial root, at the bottom of the stack) and 1..n (the words).
// Transitions: SHIFT moves the buffer front b0 onto the stack; LEFT(l) makes s0 a
// dependent of b0 and pops it; RIGHT(l) makes s0 a dependent of s1 and pops it. Class ids
// of the classifier are 0 = SHIFT, 1 + l = LEFT(l), 1 + L + l = RIGHT(l) for L labels.
// The state also tracks the two leftmost and rightmost dependents of every node, which
// the feature templates read.
//
// Thread-safety: a plain value for one thread.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace dateline::syntax {

enum class Move : uint8_t { kShift = 0, kLeft = 1, kRight = 2 };

class ArcHybridState {
 public:
  explicit ArcHybridState(int num_words);

  int num_words() const { return n_; }
  bool Terminal() const { return b_ > n_ && stack_.size() == 1; }
  // The i-th stack element from the top (0 = s0), or -1.
  int Stack(size_t i) const { return i < stack_.size() ? stack_[stack_.size() - 1 - i] : -1; }
  // The i-th buffer element (0 = b0), or -1.
  int Buffer(int i) const { return b_ + i <= n_ ? b_ + i : -1; }
  size_t stack_size() const { return stack_.size(); }

  bool Valid(Move m) const;
  // Applies m with label (ignored for SHIFT). m must be valid.
  void Apply(Move m, int label);

  // Cost of m under the gold heads (gold[i] for word i; gold[0] unused): the number of
  // gold arcs that become unreachable.
  int Cost(Move m, std::span<const int> gold) const;

  int head(int node) const { return head_[node]; }
  int label(int node) const { return label_[node]; }
  // Leftmost (k = 0) / second leftmost (k = 1) dependent, or -1; likewise rightmost.
  int LeftChild(int node, int k) const { return node < 0 ? -1 : left_[node][k]; }
  int RightChild(int node, int k) const { return node < 0 ? -1 : right_[node][k]; }
  int LeftCount(int node) const { return node < 0 ? 0 : nleft_[node]; }
  int RightCount(int node) const { return node < 0 ? 0 : nright_[node]; }

 private:
  void AddArc(int h, int d, int label);
  int n_;
  int b_ = 1;
  std::vector<int> stack_;
  std::vector<int> head_, label_;
  std::vector<std::array<int, 2>> left_, right_;
  std::vector<uint8_t> nleft_, nright_;
};

}  // namespace dateline::syntax
