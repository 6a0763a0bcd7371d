#include "show/event_format.h"

#include <fmt/core.h>

#include "base/json_writer.h"
#include "show/doc_json.h"

namespace dateline {

namespace {

constexpr std::string_view kColumns[] = {"article_id",
                                         "article_date",
                                         "event_idx",
                                         "date",
                                         "date_precision",
                                         "type",
                                         "cameo",
                                         "mode",
                                         "source_text",
                                         "source_code",
                                         "source_country",
                                         "source_role",
                                         "target_text",
                                         "target_code",
                                         "target_country",
                                         "target_role",
                                         "trigger",
                                         "status",
                                         "attributed_text",
                                         "attributed_code",
                                         "location_name",
                                         "location_country",
                                         "lat",
                                         "lon",
                                         "killed_min",
                                         "killed_exact",
                                         "injured_min",
                                         "injured_exact",
                                         "victims",
                                         "missing_min",
                                         "missing_exact",
                                         "detained_min",
                                         "detained_exact",
                                         "running_total",
                                         "sentence_text"};

std::string CountMin(const std::optional<Count>& c) { return c ? std::to_string(c->min) : ""; }
std::string CountExact(const std::optional<Count>& c) {
  return c ? (c->exact ? "true" : "false") : "";
}
std::string Coord(const std::optional<PlaceRef>& p, bool lat) {
  if (!p) return "";
  const auto& v = lat ? p->lat : p->lon;
  return v ? fmt::format("{:.5f}", *v) : "";
}

}  // namespace

bool ParseEventFormat(std::string_view name, EventFormat* format) {
  if (name == "json") {
    *format = EventFormat::kJson;
  } else if (name == "csv") {
    *format = EventFormat::kCsv;
  } else if (name == "tsv") {
    *format = EventFormat::kTsv;
  } else {
    return false;
  }
  return true;
}

void EventWriter::Field(std::string_view v, bool last) {
  if (format_ == EventFormat::kCsv) {
    if (v.find_first_of(",\"\n\r") != std::string_view::npos) {
      out_->push_back('"');
      for (char c : v) {
        if (c == '"') out_->push_back('"');
        out_->push_back(c);
      }
      out_->push_back('"');
    } else {
      out_->append(v);
    }
    out_->push_back(last ? '\n' : ',');
  } else {
    for (char c : v) out_->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
    out_->push_back(last ? '\n' : '\t');
  }
}

void EventWriter::Begin() {
  if (format_ == EventFormat::kJson) {
    out_->push_back('[');
    return;
  }
  const size_t n = std::size(kColumns);
  for (size_t i = 0; i < n; ++i) Field(kColumns[i], i + 1 == n);
}

void EventWriter::Add(const EventRow& row) {
  const Event& e = row.event;
  if (format_ == EventFormat::kJson) {
    if (!first_) out_->push_back(',');
    out_->push_back('\n');
    first_ = false;
    JsonWriter w(out_);
    w.BeginObject();
    WriteEventFields(e, &w);
    w.Key("article").String(row.article_id);
    w.Key("article_date").String(row.article_date);
    w.Key("article_title").StringOrNull(row.article_title);
    w.Key("sentence_text").String(row.sentence_text);
    w.EndObject();
    return;
  }
  Field(row.article_id);
  Field(row.article_date);
  Field(std::to_string(row.event_idx));
  Field(e.date);
  Field(e.date_precision);
  Field(e.type);
  Field(e.cameo);
  Field(e.mode);
  Field(e.source.text);
  Field(e.source.ref.code);
  Field(e.source.ref.country);
  Field(e.source.ref.role);
  Field(e.target.text);
  Field(e.target.ref.code);
  Field(e.target.ref.country);
  Field(e.target.ref.role);
  Field(e.trigger);
  Field(e.status);
  Field(e.attributed_to.text);
  Field(e.attributed_to.ref.code);
  Field(e.location ? e.location->name : "");
  Field(e.location ? e.location->country : "");
  Field(Coord(e.location, true));
  Field(Coord(e.location, false));
  Field(CountMin(e.killed));
  Field(CountExact(e.killed));
  Field(CountMin(e.injured));
  Field(CountExact(e.injured));
  Field(e.victims);
  Field(CountMin(e.missing));
  Field(CountExact(e.missing));
  Field(CountMin(e.detained));
  Field(CountExact(e.detained));
  Field(e.has_counts() ? (e.running_total ? "true" : "false") : "");
  Field(row.sentence_text, true);
}

void EventWriter::End() {
  if (format_ == EventFormat::kJson) out_->append(first_ ? "]\n" : "\n]\n");
}

}  // namespace dateline
