#include "show/timeline_format.h"

#include <fmt/core.h>

#include "base/json_writer.h"
#include "show/html_page.h"

namespace dateline {

std::string TimelineJson(const TimelineRequest& req, const std::vector<TimelineEntry>& entries) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("query").String(req.query);
  w.Key("from").StringOrNull(req.options.from);
  w.Key("to").StringOrNull(req.options.to);
  w.Key("dates").BeginArray();
  for (const TimelineEntry& e : entries) {
    w.BeginObject();
    w.Key("date").String(e.date);
    w.Key("score").Double(e.score);
    w.Key("articles").Int(e.articles);
    w.Key("events").Int(e.events);
    w.Key("sentences").BeginArray();
    for (const TimelineSentence& s : e.sentences) {
      w.BeginObject();
      w.Key("text").String(s.text);
      w.Key("article").String(s.article_id);
      w.Key("article_date").String(s.article_date);
      w.Key("title").StringOrNull(s.title);
      w.Key("sentence").Int(s.sentence);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return out;
}

std::string TimelineText(const TimelineRequest& req, const std::vector<TimelineEntry>& entries) {
  std::string out = fmt::format("Timeline: {}", req.query);
  if (!req.options.from.empty() || !req.options.to.empty()) {
    out += fmt::format(" ({} .. {})", req.options.from.empty() ? "start" : req.options.from,
                       req.options.to.empty() ? "end" : req.options.to);
  }
  out += "\n";
  if (entries.empty()) {
    out += "  no dated sentences match\n";
    return out;
  }
  for (const TimelineEntry& e : entries) {
    out += fmt::format("\n{}  ({} article{}, {} event{})\n", e.date, e.articles,
                       e.articles == 1 ? "" : "s", e.events, e.events == 1 ? "" : "s");
    for (const TimelineSentence& s : e.sentences) {
      out += fmt::format("  - {}\n", s.text);
      out += fmt::format("      [{}{}{}]\n", s.article_date, s.title.empty() ? "" : " ", s.title);
    }
  }
  return out;
}

std::string TimelineHtml(const TimelineRequest& req, const std::vector<TimelineEntry>& entries) {
  return RenderPage(req.query, TimelineJson(req, entries));
}

std::string AppPageHtml() { return RenderPage("", ""); }

}  // namespace dateline
