#include "show/doc_json.h"

#include "base/json_writer.h"

namespace dateline {

namespace {

void WriteSpan(const Doc& doc, uint32_t begin, uint32_t end, JsonWriter* w) {
  if (begin >= end || end > doc.tokens.size()) {
    w->Key("start").Null().Key("end").Null().Key("text").String("");
    return;
  }
  w->Key("start").Int(doc.tokens[begin].cp_start);
  w->Key("end").Int(doc.tokens[end - 1].cp_end);
  w->Key("text").String(doc.SpanText(begin, end));
}

void WriteActor(const EventActor& a, JsonWriter* w) {
  w->BeginObject();
  w->Key("text").StringOrNull(a.text);
  w->Key("code").StringOrNull(a.ref.code);
  w->Key("country").StringOrNull(a.ref.country);
  w->Key("role").StringOrNull(a.ref.role);
  w->EndObject();
}

void WriteCount(const std::optional<Count>& c, JsonWriter* w) {
  if (!c) {
    w->Null();
    return;
  }
  w->BeginObject().Key("min").Int(c->min).Key("exact").Bool(c->exact).EndObject();
}

void WritePlace(const PlaceRef& p, JsonWriter* w) {
  w->BeginObject();
  w->Key("name").StringOrNull(p.name);
  w->Key("country").StringOrNull(p.country);
  w->Key("admin1").StringOrNull(p.admin1);
  if (p.lat && p.lon) {
    w->Key("lat").Double(*p.lat).Key("lon").Double(*p.lon);
  } else {
    w->Key("lat").Null().Key("lon").Null();
  }
  w->Key("id").StringOrNull(p.id);
  w->EndObject();
}

}  // namespace

void WriteEventFields(const Event& e, JsonWriter* w) {
  w->Key("type").StringOrNull(e.type);
  w->Key("cameo").StringOrNull(e.cameo);
  w->Key("mode").StringOrNull(e.mode);
  w->Key("source");
  WriteActor(e.source, w);
  w->Key("target");
  WriteActor(e.target, w);
  w->Key("trigger").StringOrNull(e.trigger);
  w->Key("sentence").Int(e.sentence);
  w->Key("date").StringOrNull(e.date);
  w->Key("date_precision").StringOrNull(e.date_precision);
  w->Key("location").BeginObject();
  w->Key("text").StringOrNull(e.location_text);
  w->Key("name").StringOrNull(e.location ? e.location->name : "");
  w->Key("country").StringOrNull(e.location ? e.location->country : "");
  if (e.location && e.location->lat && e.location->lon) {
    w->Key("lat").Double(*e.location->lat).Key("lon").Double(*e.location->lon);
  } else {
    w->Key("lat").Null().Key("lon").Null();
  }
  w->EndObject();
  w->Key("killed");
  WriteCount(e.killed, w);
  w->Key("injured");
  WriteCount(e.injured, w);
  w->Key("missing");
  WriteCount(e.missing, w);
  w->Key("detained");
  WriteCount(e.detained, w);
  w->Key("victims").StringOrNull(e.victims);
  if (e.has_counts()) {
    w->Key("running_total").Bool(e.running_total);
  } else {
    w->Key("running_total").Null();
  }
  w->Key("status").StringOrNull(e.status);
  w->Key("attributed_to").BeginObject();
  w->Key("text").StringOrNull(e.attributed_to.text);
  w->Key("code").StringOrNull(e.attributed_to.ref.code);
  w->EndObject();
  w->Key("mentions").BeginArray();
  for (const EventMention& m : e.mentions) {
    w->BeginObject().Key("sentence").Int(m.sentence).Key("trigger").String(m.trigger).EndObject();
  }
  w->EndArray();
}

void AppendDocJson(const Doc& doc, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("id").String(doc.id);
  w.Key("path").String(doc.path);
  w.Key("date").String(doc.date.ToString());
  w.Key("title").StringOrNull(doc.title);
  if (!doc.source.empty()) w.Key("source").String(doc.source);
  if (!doc.url.empty()) w.Key("url").String(doc.url);
  if (!doc.notes.empty()) {
    w.Key("notes").BeginArray();
    for (const auto& n : doc.notes) w.String(n);
    w.EndArray();
  }
  w.Key("sentences").BeginArray();
  for (const Sentence& s : doc.sentences) {
    w.BeginObject();
    WriteSpan(doc, s.token_begin, s.token_end, &w);
    w.Key("paragraph").Int(s.paragraph);
    w.EndObject();
  }
  w.EndArray();
  w.Key("timexes").BeginArray();
  for (const Timex& t : doc.timexes) {
    w.BeginObject();
    WriteSpan(doc, t.token_begin, t.token_end, &w);
    w.Key("sentence").Int(t.sentence);
    w.Key("type").String(t.type);
    w.Key("value").String(t.value);
    if (!t.mod.empty()) w.Key("mod").String(t.mod);
    w.EndObject();
  }
  w.EndArray();
  w.Key("entities").BeginArray();
  for (const Entity& e : doc.entities) {
    w.BeginObject();
    WriteSpan(doc, e.token_begin, e.token_end, &w);
    w.Key("sentence").Int(e.sentence);
    w.Key("label").String(e.label);
    if (e.actor) {
      w.Key("actor").BeginObject();
      w.Key("code").StringOrNull(e.actor->code);
      w.Key("country").StringOrNull(e.actor->country);
      w.Key("role").StringOrNull(e.actor->role);
      w.EndObject();
    }
    if (e.place) {
      w.Key("place");
      WritePlace(*e.place, &w);
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("events").BeginArray();
  for (const Event& e : doc.events) {
    w.BeginObject();
    WriteEventFields(e, &w);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace dateline
