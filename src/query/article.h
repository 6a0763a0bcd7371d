// Article lookup: one stored article with every layer the pipeline added to it, read
// back from the store (the inverse of Store::WriteBatch, minus the tokens, which are not
// stored). Offsets are Unicode code points into the body.
//
// Thread-safety: uses the Store's connection; the Store rule applies (one thread at a
// time).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "doc/doc.h"
#include "store/store.h"

namespace dateline {

struct SentenceRow {
  uint32_t idx = 0, paragraph = 0;
  int64_t cp_start = 0, cp_end = 0;
  std::string text;
};

struct TimexRow {
  uint32_t sentence = 0;
  int64_t cp_start = 0, cp_end = 0;
  std::string text, type, value, mod;
};

struct EntityRow {
  uint32_t sentence = 0;
  int64_t cp_start = 0, cp_end = 0;
  std::string text, label;
  std::optional<ActorRef> actor;
  std::optional<PlaceRef> place;
};

struct ArticleRow {
  std::string id, content_hash, path, source, url, date, title, body;
  std::vector<std::string> notes;
  std::string ingested_at;
  std::vector<SentenceRow> sentences;  // in order
  std::vector<TimexRow> timexes;       // in the order the pipeline produced them
  std::vector<EntityRow> entities;     // likewise
  std::vector<Event> events;           // in the order the pipeline coded them
};

// The article with this id; NotFound when there is none.
Result<ArticleRow> GetArticle(Store& store, std::string_view id);

}  // namespace dateline
