#include "time/timex_eval.h"

#include <fmt/core.h>

#include <algorithm>
#include <numeric>

namespace dateline::timex {
namespace {

double Ratio(int a, int b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; }
double F1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

}  // namespace

TimexCounts& TimexCounts::operator+=(const TimexCounts& o) {
  gold += o.gold;
  pred += o.pred;
  strict += o.strict;
  relaxed += o.relaxed;
  value += o.value;
  type += o.type;
  return *this;
}

double TimexCounts::StrictPrecision() const { return Ratio(strict, pred); }
double TimexCounts::StrictRecall() const { return Ratio(strict, gold); }
double TimexCounts::StrictF1() const { return F1(StrictPrecision(), StrictRecall()); }
double TimexCounts::RelaxedPrecision() const { return Ratio(relaxed, pred); }
double TimexCounts::RelaxedRecall() const { return Ratio(relaxed, gold); }
double TimexCounts::RelaxedF1() const { return F1(RelaxedPrecision(), RelaxedRecall()); }
double TimexCounts::ValueAccuracy() const { return Ratio(value, relaxed); }
double TimexCounts::TypeAccuracy() const { return Ratio(type, relaxed); }
double TimexCounts::ValueF1() const { return ValueAccuracy() * RelaxedF1(); }
double TimexCounts::TypeF1() const { return TypeAccuracy() * RelaxedF1(); }

TimexCounts ScoreTimexes(const std::vector<TimemlTimex>& gold, const std::vector<TimemlTimex>& pred,
                         std::vector<TimexMatch>* matches) {
  TimexCounts c;
  c.gold = static_cast<int>(gold.size());
  c.pred = static_cast<int>(pred.size());
  std::vector<int> gold_order(gold.size()), pred_order(pred.size());
  std::iota(gold_order.begin(), gold_order.end(), 0);
  std::iota(pred_order.begin(), pred_order.end(), 0);
  std::sort(gold_order.begin(), gold_order.end(),
            [&](int a, int b) { return gold[a].start < gold[b].start; });
  std::sort(pred_order.begin(), pred_order.end(),
            [&](int a, int b) { return pred[a].start < pred[b].start; });
  std::vector<bool> gold_used(gold.size(), false);
  if (matches) matches->clear();
  std::vector<bool> pred_used(pred.size(), false);
  // Exact extents first, so that a strict match is never lost to an earlier overlap.
  auto take = [&](int p, int g) {
    gold_used[g] = true;
    pred_used[p] = true;
    ++c.relaxed;
    if (gold[g].start == pred[p].start && gold[g].end == pred[p].end) ++c.strict;
    if (gold[g].value == pred[p].value) ++c.value;
    if (gold[g].type == pred[p].type) ++c.type;
    if (matches) matches->push_back({g, p});
  };
  for (int p : pred_order) {
    for (int g : gold_order) {
      if (!gold_used[g] && gold[g].start == pred[p].start && gold[g].end == pred[p].end) {
        take(p, g);
        break;
      }
    }
  }
  for (int p : pred_order) {
    if (pred_used[p]) continue;
    for (int g : gold_order) {
      if (!gold_used[g] && gold[g].start < pred[p].end && pred[p].start < gold[g].end) {
        take(p, g);
        break;
      }
    }
  }
  if (matches) {
    for (int g : gold_order) {
      if (!gold_used[g]) matches->push_back({g, -1});
    }
    for (int p : pred_order) {
      if (!pred_used[p]) matches->push_back({-1, p});
    }
  }
  return c;
}

std::string FormatCounts(const TimexCounts& c) {
  return fmt::format(
      "gold {} pred {} | strict P {:.4f} R {:.4f} F1 {:.4f} | relaxed P {:.4f} R {:.4f} F1 "
      "{:.4f} | value F1 {:.4f} | type F1 {:.4f}",
      c.gold, c.pred, c.StrictPrecision(), c.StrictRecall(), c.StrictF1(), c.RelaxedPrecision(),
      c.RelaxedRecall(), c.RelaxedF1(), c.ValueF1(), c.TypeF1());
}

}  // namespace dateline::timex
