// Timeline formats: the three renderings of a timeline that `dateline timeline` and the
// HTTP API produce — plain text for a terminal, JSON for scripts, and one
// self-contained HTML page (no external files or network) that draws it.
//
// Pure functions; safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "query/timeline.h"

namespace dateline {

struct TimelineRequest {
  std::string query;
  TimelineOptions options;
};

std::string TimelineJson(const TimelineRequest& req, const std::vector<TimelineEntry>& entries);
std::string TimelineText(const TimelineRequest& req, const std::vector<TimelineEntry>& entries);
std::string TimelineHtml(const TimelineRequest& req, const std::vector<TimelineEntry>& entries);

// The web application served at "/" by `dateline serve`: the same page, which fetches
// timelines, events and search results from the JSON API instead of embedding them.
std::string AppPageHtml();

}  // namespace dateline
