#include "query/timeline.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace dateline {

namespace {

constexpr double kExplicitWeight = 1.0;   // a sentence that names the date
constexpr double kPublishedWeight = 0.5;  // a sentence dated only by its article
constexpr double kEventWeight = 0.5;      // each event dated on the day
constexpr double kRepeatJaccard = 0.5;    // above this a sentence repeats a chosen one
constexpr double kExplicitBonus = 0.2;    // centrality bonus for naming the date

bool IsStopword(std::string_view w) {
  static constexpr std::string_view kStop[] = {
      "a",    "an",   "and",  "are",   "as",    "at",   "be",   "by",  "for", "from", "has",
      "have", "he",   "her",  "his",   "in",    "is",   "it",   "its", "of",  "on",   "or",
      "said", "she",  "that", "the",   "their", "they", "this", "to",  "was", "were", "which",
      "who",  "will", "with", "after", "also",  "been", "but",  "had", "not", "over", "than"};
  return std::find(std::begin(kStop), std::end(kStop), w) != std::end(kStop);
}

// Lower-cased content words (ASCII letters/digits; other bytes kept as part of words).
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  auto emit = [&] {
    if (cur.size() > 1 && !IsStopword(cur)) out.push_back(cur);
    cur.clear();
  };
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) != 0 || c >= 0x80 || c == '-') {
      cur.push_back(static_cast<char>(std::tolower(c)));
    } else {
      emit();
    }
  }
  emit();
  return out;
}

bool InRange(const std::string& d, const TimelineOptions& o) {
  if (d.size() != 10) return false;
  if (!o.from.empty() && d < o.from) return false;
  if (!o.to.empty() && d > o.to) return false;
  return true;
}

struct DateRef {
  size_t candidate;
  bool explicit_ref;
};

double Jaccard(const std::unordered_set<std::string>& a, const std::unordered_set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t inter = 0;
  for (const auto& w : a) inter += b.count(w);
  return static_cast<double>(inter) / static_cast<double>(a.size() + b.size() - inter);
}

}  // namespace

std::vector<TimelineEntry> BuildTimeline(const std::vector<TimelineCandidate>& candidates,
                                         const TimelineOptions& options) {
  // 1. Which dates each sentence refers to.
  std::map<std::string, std::vector<DateRef>> refs;
  std::map<std::string, int> event_counts;
  std::vector<size_t> dates_named(candidates.size(), 1);
  for (size_t i = 0; i < candidates.size(); ++i) {
    const TimelineCandidate& c = candidates[i];
    std::set<std::string> named;
    for (const auto& d : c.timex_dates) named.insert(d);
    for (const auto& d : c.event_dates) {
      named.insert(d);
      if (InRange(d, options)) ++event_counts[d];
    }
    if (named.empty()) named.insert(c.article_date);
    dates_named[i] = named.size();
    const bool explicit_ref = !(c.timex_dates.empty() && c.event_dates.empty());
    for (const auto& d : named) {
      if (InRange(d, options)) refs[d].push_back({i, explicit_ref});
    }
  }

  // 2. Score dates by the articles (and events) that refer to them.
  std::vector<TimelineEntry> entries;
  for (const auto& [date, list] : refs) {
    std::unordered_map<std::string, double> per_article;
    for (const DateRef& r : list) {
      double& w = per_article[candidates[r.candidate].article_id];
      w = std::max(w, r.explicit_ref ? kExplicitWeight : kPublishedWeight);
    }
    TimelineEntry e;
    e.date = date;
    e.articles = static_cast<int>(per_article.size());
    e.events = event_counts.count(date) ? event_counts[date] : 0;
    for (const auto& [_, w] : per_article) e.score += w;
    e.score += kEventWeight * e.events;
    entries.push_back(std::move(e));
  }
  std::stable_sort(
      entries.begin(), entries.end(),
      [](const TimelineEntry& a, const TimelineEntry& b) { return a.score > b.score; });
  if (entries.size() > static_cast<size_t>(std::max(0, options.dates))) {
    entries.resize(static_cast<size_t>(std::max(0, options.dates)));
  }
  std::sort(entries.begin(), entries.end(),
            [](const TimelineEntry& a, const TimelineEntry& b) { return a.date < b.date; });

  // 3. For each kept date, the most central sentences, without near-repeats. Dates are
  //    served in score order and a sentence is used once, so a sentence that names two
  //    dates goes to the more important one.
  std::vector<size_t> order(entries.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return entries[a].score > entries[b].score; });
  std::unordered_set<size_t> used;
  for (size_t idx : order) {
    TimelineEntry& e = entries[idx];
    const auto& list = refs[e.date];
    std::vector<std::vector<std::string>> words(list.size());
    std::unordered_map<std::string, double> centroid;
    for (size_t k = 0; k < list.size(); ++k) {
      words[k] = Words(candidates[list[k].candidate].text);
      for (const auto& w : words[k]) centroid[w] += 1.0;
    }
    double cnorm = 0;
    for (const auto& [_, v] : centroid) cnorm += v * v;
    cnorm = std::sqrt(cnorm);
    std::vector<std::pair<double, size_t>> ranked;
    for (size_t k = 0; k < list.size(); ++k) {
      if (used.count(list[k].candidate) != 0) continue;
      std::unordered_map<std::string, double> tf;
      for (const auto& w : words[k]) tf[w] += 1.0;
      double dot = 0, norm = 0;
      for (const auto& [w, v] : tf) {
        dot += v * centroid[w];
        norm += v * v;
      }
      double score = (norm > 0 && cnorm > 0) ? dot / (std::sqrt(norm) * cnorm) : 0;
      if (list[k].explicit_ref) score += kExplicitBonus;
      // A sentence about several dates says less about each of them.
      score /= std::sqrt(static_cast<double>(dates_named[list[k].candidate]));
      ranked.emplace_back(score, k);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::unordered_set<std::string>> chosen;
    for (const auto& [score, k] : ranked) {
      if (e.sentences.size() >= static_cast<size_t>(std::max(0, options.sentences))) break;
      std::unordered_set<std::string> set(words[k].begin(), words[k].end());
      bool repeat = false;
      for (const auto& c : chosen) repeat = repeat || Jaccard(set, c) > kRepeatJaccard;
      if (repeat) continue;
      chosen.push_back(std::move(set));
      used.insert(list[k].candidate);
      const TimelineCandidate& c = candidates[list[k].candidate];
      e.sentences.push_back({c.text, c.article_id, c.article_date, c.title, c.sentence});
    }
  }
  return entries;
}

}  // namespace dateline
