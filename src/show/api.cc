#include "show/api.h"

#include <charconv>
#include <cstdint>

#include "base/json_writer.h"
#include "query/event_query.h"
#include "query/timeline_query.h"
#include "show/doc_json.h"
#include "show/event_format.h"
#include "show/timeline_format.h"

namespace dateline {

namespace {

std::string Param(const std::multimap<std::string, std::string>& params, const std::string& key) {
  auto it = params.find(key);
  return it == params.end() ? std::string() : it->second;
}

bool IntParam(const std::multimap<std::string, std::string>& params, const std::string& key,
              int64_t lo, int64_t hi, int64_t* out, std::string* error) {
  const std::string v = Param(params, key);
  if (v.empty()) return true;
  int64_t n = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || p != v.data() + v.size() || n < lo || n > hi) {
    *error = "parameter '" + key + "' must be an integer from " + std::to_string(lo) + " to " +
             std::to_string(hi) + ", got '" + v + "'";
    return false;
  }
  *out = n;
  return true;
}

ApiResponse Error(int status, const std::string& message) {
  ApiResponse r;
  r.status = status;
  JsonWriter w(&r.body);
  w.BeginObject().Key("error").String(message).EndObject();
  return r;
}

ApiResponse FromStatus(const Status& s) {
  return Error(s.code() == Status::Code::kNotFound       ? 404
               : s.code() == Status::Code::kInvalidInput ? 400
                                                         : 500,
               s.message());
}

}  // namespace

std::string SearchHitsJson(const std::vector<SearchHit>& hits) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  for (const SearchHit& h : hits) {
    w.BeginObject();
    w.Key("article").String(h.article_id);
    w.Key("date").String(h.article_date);
    w.Key("title").StringOrNull(h.article_title);
    w.Key("sentence").Int(h.sentence);
    w.Key("text").String(h.text);
    w.Key("snippet").String(h.snippet);
    w.Key("rank").Double(h.rank);
    w.EndObject();
  }
  w.EndArray();
  return out;
}

std::string ArticleJson(const ArticleRow& a) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("id").String(a.id);
  w.Key("path").String(a.path);
  w.Key("date").String(a.date);
  w.Key("title").StringOrNull(a.title);
  w.Key("source").StringOrNull(a.source);
  w.Key("url").StringOrNull(a.url);
  w.Key("body").String(a.body);
  w.Key("sentences").BeginArray();
  for (const auto& s : a.sentences) {
    w.BeginObject().Key("start").Int(s.cp_start).Key("end").Int(s.cp_end);
    w.Key("paragraph").Int(s.paragraph).Key("text").String(s.text).EndObject();
  }
  w.EndArray();
  w.Key("timexes").BeginArray();
  for (const auto& t : a.timexes) {
    w.BeginObject()
        .Key("start")
        .Int(t.cp_start)
        .Key("end")
        .Int(t.cp_end)
        .Key("text")
        .String(t.text);
    w.Key("sentence").Int(t.sentence).Key("type").String(t.type).Key("value").String(t.value);
    if (!t.mod.empty()) w.Key("mod").String(t.mod);
    w.EndObject();
  }
  w.EndArray();
  w.Key("entities").BeginArray();
  for (const auto& e : a.entities) {
    w.BeginObject()
        .Key("start")
        .Int(e.cp_start)
        .Key("end")
        .Int(e.cp_end)
        .Key("text")
        .String(e.text);
    w.Key("sentence").Int(e.sentence).Key("label").String(e.label);
    if (e.actor) {
      w.Key("actor").BeginObject().Key("code").StringOrNull(e.actor->code);
      w.Key("country").StringOrNull(e.actor->country).Key("role").StringOrNull(e.actor->role);
      w.EndObject();
    }
    if (e.place) {
      w.Key("place").BeginObject().Key("name").StringOrNull(e.place->name);
      w.Key("country").StringOrNull(e.place->country);
      if (e.place->lat && e.place->lon) {
        w.Key("lat").Double(*e.place->lat).Key("lon").Double(*e.place->lon);
      }
      w.EndObject();
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("events").BeginArray();
  for (const auto& e : a.events) {
    w.BeginObject();
    WriteEventFields(e, &w);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return out;
}

ApiResponse HandleApiRequest(Store& store, const std::string& path,
                             const std::multimap<std::string, std::string>& params) {
  std::string error;
  if (path == "/" || path == "/index.html") {
    ApiResponse r;
    r.content_type = "text/html; charset=utf-8";
    r.body = AppPageHtml();
    return r;
  }
  if (path == "/api/events") {
    EventFilter f;
    f.from = Param(params, "from");
    f.to = Param(params, "to");
    f.actor = Param(params, "actor");
    f.country = Param(params, "country");
    f.type = Param(params, "type");
    f.text = Param(params, "text");
    f.limit = 1000;
    if (!IntParam(params, "limit", 1, 100000, &f.limit, &error) ||
        !IntParam(params, "offset", 0, INT64_MAX, &f.offset, &error)) {
      return Error(400, error);
    }
    ApiResponse r;
    EventWriter out(EventFormat::kJson, &r.body);
    out.Begin();
    Status s = ForEachEvent(store, f, [&](const EventRow& row) {
      out.Add(row);
      return true;
    });
    if (!s.ok()) return FromStatus(s);
    out.End();
    return r;
  }
  if (path == "/api/timeline") {
    TimelineRequest req;
    req.query = Param(params, "q");
    req.options.from = Param(params, "from");
    req.options.to = Param(params, "to");
    int64_t dates = req.options.dates, sentences = req.options.sentences;
    if (!IntParam(params, "dates", 1, 10000, &dates, &error) ||
        !IntParam(params, "sentences", 1, 100, &sentences, &error)) {
      return Error(400, error);
    }
    req.options.dates = static_cast<int>(dates);
    req.options.sentences = static_cast<int>(sentences);
    auto t = QueryTimeline(store, req.query, req.options);
    if (!t.ok()) return FromStatus(t.status());
    ApiResponse r;
    r.body = TimelineJson(req, *t);
    return r;
  }
  if (path == "/api/search") {
    SearchOptions o;
    o.from = Param(params, "from");
    o.to = Param(params, "to");
    if (!IntParam(params, "limit", 1, 10000, &o.limit, &error)) return Error(400, error);
    auto hits = Search(store, Param(params, "q"), o);
    if (!hits.ok()) return FromStatus(hits.status());
    ApiResponse r;
    r.body = SearchHitsJson(*hits);
    return r;
  }
  constexpr std::string_view kArticle = "/api/article/";
  if (path.rfind(kArticle, 0) == 0 && path.size() > kArticle.size()) {
    auto a = GetArticle(store, path.substr(kArticle.size()));
    if (!a.ok()) return FromStatus(a.status());
    ApiResponse r;
    r.body = ArticleJson(*a);
    return r;
  }
  return Error(404, "no such endpoint: " + path);
}

}  // namespace dateline
