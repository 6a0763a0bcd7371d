// Timeline: turns dated sentences into a timeline, the task known as timeline
// summarization: choose the dates that matter for a query and, for each, the few
// sentences that best say what happened then.
//
// A date matters when many articles refer to it: a sentence refers to the dates of its
// day-precision time expressions and of the events it reports; a sentence with neither
// refers to its article's publication date, at a lower weight. Dates are ranked by that
// weight, the top N kept and shown in calendar order. For each date the sentences that
// refer to it are ranked by how central they are (cosine similarity of their word
// counts to the date's centroid, with a bonus for naming the date explicitly) and
// picked greedily, skipping near-repeats of sentences already chosen.
//
// BuildTimeline is a pure function; it is safe to call from any thread.
#pragma once

#include <string>
#include <vector>

namespace dateline {

struct TimelineCandidate {
  std::string article_id;
  std::string article_date;  // YYYY-MM-DD
  std::string title;
  int sentence = 0;
  std::string text;
  std::vector<std::string> timex_dates;  // day-precision DATE values in the sentence
  std::vector<std::string> event_dates;  // day-precision dates of its events
};

struct TimelineOptions {
  std::string from, to;  // inclusive YYYY-MM-DD bounds on timeline dates; empty = open
  int dates = 10;
  int sentences = 2;
};

struct TimelineSentence {
  std::string text;
  std::string article_id;
  std::string article_date;
  std::string title;
  int sentence = 0;
};

struct TimelineEntry {
  std::string date;
  double score = 0;
  int articles = 0;  // distinct articles referring to the date
  int events = 0;    // events dated on it
  std::vector<TimelineSentence> sentences;
};

std::vector<TimelineEntry> BuildTimeline(const std::vector<TimelineCandidate>& candidates,
                                         const TimelineOptions& options);

}  // namespace dateline
