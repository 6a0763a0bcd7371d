#include "events/plover_records.h"

#include <simdjson.h>

#include "read/file_io.h"

namespace dateline::events {
namespace {

std::string StringField(const simdjson::dom::object& obj, std::string_view key) {
  std::string_view v;
  if (obj.at_key(key).get_string().get(v) != simdjson::SUCCESS) return {};
  return std::string(v);
}

// Reads an actor list: null, a string (no actor) or an array of actor objects.
Status ReadActors(const simdjson::dom::object& obj, std::string_view key,
                  std::vector<PloverActor>* out, std::string_view where) {
  simdjson::dom::element value;
  if (obj.at_key(key).get(value) != simdjson::SUCCESS || value.is_null() || value.is_string()) {
    return Status::OK();
  }
  simdjson::dom::array list;
  if (value.get_array().get(list) != simdjson::SUCCESS) {
    return Status::InvalidInput(std::string(where) + ": \"" + std::string(key) +
                                "\" is neither null, a string nor an array of actors");
  }
  for (simdjson::dom::element a : list) {
    simdjson::dom::object actor;
    if (a.get_object().get(actor) != simdjson::SUCCESS) {
      return Status::InvalidInput(std::string(where) + ": an entry of \"" + std::string(key) +
                                  "\" is not an object");
    }
    PloverActor p{StringField(actor, "actorText"), StringField(actor, "code"),
                  StringField(actor, "sector")};
    if (!p.code.empty()) out->push_back(std::move(p));
  }
  return Status::OK();
}

}  // namespace

std::string_view ModernPloverType(std::string_view type) {
  if (type == "DEMAND") return "REQUEST";
  if (type == "DISAPPROVE" || type == "INVESTIGATE") return "ACCUSE";
  if (type == "FIGHT") return "ASSAULT";
  return type;
}

Result<std::vector<PloverRecord>> ParsePloverRecords(std::string_view json, std::string_view name) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json);
  simdjson::dom::element root;
  if (auto err = parser.parse(padded).get(root); err != simdjson::SUCCESS) {
    return Status::InvalidInput(std::string(name) + ": not valid JSON (" +
                                simdjson::error_message(err) + ")");
  }
  simdjson::dom::array items;
  if (root.get_array().get(items) != simdjson::SUCCESS) {
    return Status::InvalidInput(std::string(name) + ": expected a JSON array of records");
  }
  std::vector<PloverRecord> records;
  size_t position = 0;
  for (simdjson::dom::element item : items) {
    ++position;
    const std::string where = std::string(name) + ": record " + std::to_string(position);
    simdjson::dom::object obj;
    if (item.get_object().get(obj) != simdjson::SUCCESS) {
      return Status::InvalidInput(where + ": expected an object");
    }
    PloverRecord r;
    r.id = StringField(obj, "id");
    r.text = StringField(obj, "text");
    if (r.text.empty()) continue;
    const std::string type = StringField(obj, "event");
    if (type.empty()) return Status::InvalidInput(where + " (" + r.id + "): no \"event\" type");
    r.type = std::string(ModernPloverType(type));
    if (Status st = ReadActors(obj, "source", &r.sources, where); !st.ok()) return st;
    if (Status st = ReadActors(obj, "target", &r.targets, where); !st.ok()) return st;
    r.index = records.size();
    records.push_back(std::move(r));
  }
  return records;
}

Result<std::vector<PloverRecord>> ReadPloverRecords(const std::string& path) {
  auto text = reading::ReadDataFile(path);
  if (!text.ok()) return text.status();
  return ParsePloverRecords(*text, path);
}

bool PloverActorMatches(const std::vector<PloverActor>& gold, const ActorRef& actor) {
  if (actor.empty()) return false;
  for (const PloverActor& g : gold) {
    if (g.code == actor.country || g.code == actor.role) return true;
    if (actor.code.size() >= g.code.size() && actor.code.compare(0, g.code.size(), g.code) == 0) {
      return true;
    }
  }
  return false;
}

PloverMatch MatchPloverEvent(const PloverRecord& record, const Event& event) {
  if (event.type != record.type) return PloverMatch::kNone;
  if (!record.sources.empty() && !PloverActorMatches(record.sources, event.source.ref)) {
    return PloverMatch::kType;
  }
  if (!record.targets.empty() && !PloverActorMatches(record.targets, event.target.ref)) {
    return PloverMatch::kType;
  }
  return PloverMatch::kActors;
}

}  // namespace dateline::events
