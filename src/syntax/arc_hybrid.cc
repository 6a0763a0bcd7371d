#include "syntax/arc_hybrid.h"

namespace dateline::syntax {

ArcHybridState::ArcHybridState(int num_words)
    : n_(num_words),
      head_(static_cast<size_t>(num_words) + 1, -1),
      label_(static_cast<size_t>(num_words) + 1, -1),
      left_(static_cast<size_t>(num_words) + 1, {-1, -1}),
      right_(static_cast<size_t>(num_words) + 1, {-1, -1}),
      nleft_(static_cast<size_t>(num_words) + 1, 0),
      nright_(static_cast<size_t>(num_words) + 1, 0) {
  stack_.reserve(static_cast<size_t>(num_words) + 1);
  stack_.push_back(0);
}

bool ArcHybridState::Valid(Move m) const {
  switch (m) {
    case Move::kShift:
      return b_ <= n_;
    case Move::kLeft:
      return b_ <= n_ && stack_.size() >= 2;
    case Move::kRight:
      return stack_.size() >= 2;
  }
  return false;
}

void ArcHybridState::AddArc(int h, int d, int label) {
  head_[d] = h;
  label_[d] = label;
  if (d < h) {
    auto& l = left_[h];
    if (l[0] < 0 || d < l[0]) {
      l[1] = l[0];
      l[0] = d;
    } else if (l[1] < 0 || d < l[1]) {
      l[1] = d;
    }
    if (nleft_[h] < 255) ++nleft_[h];
  } else {
    auto& r = right_[h];
    if (r[0] < 0 || d > r[0]) {
      r[1] = r[0];
      r[0] = d;
    } else if (r[1] < 0 || d > r[1]) {
      r[1] = d;
    }
    if (nright_[h] < 255) ++nright_[h];
  }
}

void ArcHybridState::Apply(Move m, int label) {
  switch (m) {
    case Move::kShift:
      stack_.push_back(b_++);
      return;
    case Move::kLeft: {
      const int s0 = stack_.back();
      stack_.pop_back();
      AddArc(b_, s0, label);
      return;
    }
    case Move::kRight: {
      const int s0 = stack_.back();
      stack_.pop_back();
      AddArc(stack_.back(), s0, label);
      return;
    }
  }
}

int ArcHybridState::Cost(Move m, std::span<const int> gold) const {
  int cost = 0;
  if (m == Move::kShift) {
    const int b0 = b_;
    const int s0 = stack_.back();
    for (size_t i = 0; i < stack_.size(); ++i) {
      const int s = stack_[i];
      if (s != s0 && gold[b0] == s) ++cost;
      if (s != 0 && gold[s] == b0) ++cost;
    }
    return cost;
  }
  const int s0 = stack_.back();
  const int s1 = stack_[stack_.size() - 2];
  for (int d = b_; d <= n_; ++d) cost += gold[d] == s0;
  const int g = gold[s0];
  if (m == Move::kLeft) {
    if (g != b_ && (g == s1 || g > b_)) ++cost;
  } else {
    if (g != s1 && g >= b_) ++cost;
  }
  return cost;
}

}  // namespace dateline::syntax
