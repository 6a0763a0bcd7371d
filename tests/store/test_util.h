// Test helpers for the store and query tests: temporary directories, Docs built from
// plain text, a small rule-based annotator standing in for the real pipeline, an
// in-memory ArticleReader and a dump of every table for comparisons.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "doc/doc.h"
#include "pipeline/component.h"
#include "pipeline/pipeline.h"
#include "read/reader.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "temp_dir.h"

namespace dateline::testing {

inline std::string Fnv1aHex(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

// A Doc as the reader would produce it (no annotation layers).
inline Doc MakeDoc(std::string_view date, std::string_view body, std::string_view path = "") {
  Doc d;
  d.date = *CivilDate::Parse(date);
  d.body = std::string(body);
  d.content_hash = Fnv1aHex(std::string(date) + "\n" + d.body);
  d.id = d.content_hash.substr(0, 12);
  d.path = path.empty() ? "mem/" + d.id + ".txt" : std::string(path);
  return d;
}

// A rule-based stand-in for the standard pipeline, enough to exercise every table:
//  - tokens: runs of non-space characters with . , ; : ! ? " split off; sentences end
//    after . ! ?; a blank line starts a new paragraph;
//  - timexes: YYYY-MM-DD tokens (DATE, that value) and "Thursday" (DATE, article date);
//  - entities: a few known names resolved to actors or places;
//  - events: the trigger words urged/attacked/protested/met, with the nearest actor before
//    the trigger as source and after it as target, dated by the sentence's first date
//    timex (precision "day") or else the article date (precision "article").
// Docs whose body contains FAILME fail; `delay_us` sleeps per doc (varying with the doc)
// so that workers finish out of order.
class FakeAnnotator : public Component {
 public:
  explicit FakeAnnotator(int delay_us = 0) : delay_us_(delay_us) {}
  std::string_view name() const override { return "fake"; }

  Status Process(Doc* doc) const override {
    if (doc->body.find("FAILME") != std::string::npos) {
      return Status::Internal("fake annotator refuses " + doc->id);
    }
    if (delay_us_ > 0) {
      const int us = delay_us_ * static_cast<int>(1 + doc->body.size() % 4);
      std::this_thread::sleep_for(std::chrono::microseconds(us));
    }
    Tokenize(doc);
    Annotate(doc);
    return Status::OK();
  }

 private:
  static bool IsPunct(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"';
  }

  static void Tokenize(Doc* doc) {
    const std::string& b = doc->body;
    uint32_t cp = 0;
    uint32_t paragraph = 0;
    bool newline_seen = false;
    bool space = false;
    bool sentence_open = false;
    size_t i = 0;
    auto cp_len = [&](size_t from, size_t to) {
      uint32_t n = 0;
      for (size_t k = from; k < to; ++k) n += (static_cast<unsigned char>(b[k]) & 0xC0) != 0x80;
      return n;
    };
    auto add = [&](size_t from, size_t to, TokenKind kind) {
      Token t;
      t.byte_start = static_cast<uint32_t>(from);
      t.byte_end = static_cast<uint32_t>(to);
      t.cp_start = cp;
      t.cp_end = cp + cp_len(from, to);
      t.kind = kind;
      t.space_before = space;
      cp = t.cp_end;
      if (!sentence_open) {
        Sentence s;
        s.token_begin = static_cast<uint32_t>(doc->tokens.size());
        s.token_end = s.token_begin;
        s.paragraph = paragraph;
        doc->sentences.push_back(s);
        sentence_open = true;
      }
      doc->tokens.push_back(t);
      doc->sentences.back().token_end = static_cast<uint32_t>(doc->tokens.size());
      const char c = b[from];
      if (to - from == 1 && (c == '.' || c == '!' || c == '?')) sentence_open = false;
      space = false;
    };
    while (i < b.size()) {
      const char c = b[i];
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        if (c == '\n') {
          if (newline_seen && !doc->tokens.empty()) {
            ++paragraph;
            sentence_open = false;
          }
          newline_seen = true;
        }
        space = true;
        ++cp;
        ++i;
        continue;
      }
      newline_seen = false;
      size_t j = i;
      while (j < b.size() && b[j] != ' ' && b[j] != '\n' && b[j] != '\t' && b[j] != '\r') ++j;
      // Leading quotes, the word, then trailing punctuation one character at a time.
      size_t start = i;
      while (start < j && b[start] == '"') {
        add(start, start + 1, TokenKind::kPunctuation);
        ++start;
      }
      size_t end = j;
      while (end > start && IsPunct(b[end - 1])) --end;
      if (end > start) add(start, end, TokenKind::kWord);
      for (size_t k = end; k < j; ++k) add(k, k + 1, TokenKind::kPunctuation);
      i = j;
    }
  }

  static void Annotate(Doc* doc) {
    static const std::map<std::string, std::pair<std::string, ActorRef>, std::less<>> kActors = {
        {"Putin", {"PER", {"RUSGOV", "RUS", "GOV"}}},
        {"Russia", {"GPE", {"RUS", "RUS", ""}}},
        {"Kremlin", {"ORG", {"RUSGOV", "RUS", "GOV"}}},
        {"Armenia", {"GPE", {"ARM", "ARM", ""}}},
        {"Azerbaijan", {"GPE", {"AZE", "AZE", ""}}},
        {"Ankara", {"GPE", {"TURGOV", "TUR", "GOV"}}},
        {"protesters", {"NORP", {"CVL", "", "CVL"}}},
    };
    static const std::map<std::string, std::pair<std::string, std::string>, std::less<>> kTriggers =
        {
            {"urged", {"REQUEST", "0256"}},
            {"attacked", {"ASSAULT", "190"}},
            {"protested", {"PROTEST", "140"}},
            {"met", {"CONSULT", "040"}},
        };
    for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
      const Sentence& sent = doc->sentences[s];
      std::string first_date;
      std::vector<std::pair<uint32_t, ActorRef>> actors;  // token, ref
      for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) {
        const std::string_view w = doc->TokenText(t);
        if (CivilDate::Parse(w)) {
          doc->timexes.push_back({t, t + 1, s, "DATE", std::string(w), ""});
          if (first_date.empty()) first_date = std::string(w);
        } else if (w == "Thursday") {
          doc->timexes.push_back({t, t + 1, s, "DATE", doc->date.ToString(), ""});
          if (first_date.empty()) first_date = doc->date.ToString();
        } else if (w == "Moscow") {
          Entity e;
          e.token_begin = t;
          e.token_end = t + 1;
          e.sentence = s;
          e.label = "GPE";
          e.place = PlaceRef{"Moscow", "RUS", "Moscow", "524901", 55.75, 37.62};
          doc->entities.push_back(e);
        } else if (auto it = kActors.find(w); it != kActors.end()) {
          Entity e;
          e.token_begin = t;
          e.token_end = t + 1;
          e.sentence = s;
          e.label = it->second.first;
          e.actor = it->second.second;
          doc->entities.push_back(e);
          actors.emplace_back(t, it->second.second);
        }
      }
      for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) {
        auto it = kTriggers.find(doc->TokenText(t));
        if (it == kTriggers.end()) continue;
        Event ev;
        ev.type = it->second.first;
        ev.cameo = it->second.second;
        ev.trigger = it->first;
        ev.trigger_token = t;
        ev.sentence = s;
        for (const auto& [tok, ref] : actors) {
          if (tok < t) {
            ev.source.text = std::string(doc->TokenText(tok));
            ev.source.ref = ref;
          } else if (ev.target.text.empty()) {
            ev.target.text = std::string(doc->TokenText(tok));
            ev.target.ref = ref;
          }
        }
        if (!first_date.empty()) {
          ev.date = first_date;
          ev.date_precision = "day";
        } else {
          ev.date = doc->date.ToString();
          ev.date_precision = "article";
        }
        if (ev.type == "ASSAULT") {
          ev.killed = Count{3, false};
          ev.victims = "CVL";
          ev.location_text = "Moscow";
          ev.location = PlaceRef{"Moscow", "RUS", "", "524901", 55.75, 37.62};
        }
        if (ev.type == "REQUEST") {
          ev.attributed_to.text = "the Kremlin";
          ev.attributed_to.ref.code = "RUSGOV";
        }
        doc->events.push_back(ev);
      }
    }
  }

  int delay_us_;
};

inline std::unique_ptr<Pipeline> FakePipeline(int delay_us = 0) {
  auto p = std::make_unique<Pipeline>();
  p->Add(std::make_unique<FakeAnnotator>(delay_us));
  return p;
}

inline Doc Annotated(std::string_view date, std::string_view body) {
  Doc d = MakeDoc(date, body);
  Status s = FakeAnnotator().Process(&d);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return d;
}

// An ArticleReader over items held in memory.
class VectorReader : public ArticleReader {
 public:
  explicit VectorReader(std::vector<ReadItem> items) : items_(std::move(items)) {
    for (const ReadItem& it : items_) total_ += it.bytes;
  }
  bool Next(ReadItem* item) override {
    if (next_ >= items_.size()) return false;
    *item = items_[next_++];
    done_ += item->bytes;
    return true;
  }
  uint64_t total_bytes() const override { return total_; }
  uint64_t bytes_done() const override { return done_; }
  uint64_t skipped_files() const override { return 0; }

 private:
  std::vector<ReadItem> items_;
  size_t next_ = 0;
  uint64_t total_ = 0, done_ = 0;
};

inline ReadItem DocItem(Doc d) {
  ReadItem it;
  it.bytes = d.body.size() + 16;
  it.doc = std::move(d);
  return it;
}

inline ReadItem RejectionItem(std::string path, uint64_t line, std::string reason) {
  ReadItem it;
  it.rejection = Rejection{std::move(path), line, std::move(reason)};
  it.bytes = 10;
  return it;
}

// A generated article about day `i` (distinct bodies for distinct i).
inline std::string GeneratedBody(int i) {
  const CivilDate d = CivilDate{2020, 1, 1}.AddDays(i % 300);
  std::string body = "Report number " + std::to_string(i) + " from the region.";
  body += " Russia attacked Armenia on " + d.ToString() + ".";
  if (i % 3 == 0) body += "\n\nPutin urged Azerbaijan to stop on Thursday.";
  if (i % 5 == 0) body += " The protesters protested in Moscow.";
  return body;
}

inline Doc GeneratedDoc(int i) {
  const CivilDate d = CivilDate{2020, 1, 2}.AddDays(i % 300);
  return MakeDoc(d.ToString(), GeneratedBody(i), "gen/" + std::to_string(i) + ".txt");
}

// Every row of every table (articles without ingested_at), one line a row.
inline std::string DumpTables(sqlite::Database& db) {
  const char* queries[] = {
      ("SELECT pk, id, content_hash, path, source, url, date, title, body, notes FROM articles "
       "ORDER BY pk"),
      "SELECT * FROM sentences ORDER BY pk",
      "SELECT * FROM timexes ORDER BY pk",
      "SELECT * FROM entities ORDER BY pk",
      "SELECT * FROM events ORDER BY pk",
  };
  std::string out;
  for (const char* q : queries) {
    auto st = db.Prepare(q);
    EXPECT_TRUE(st.ok()) << st.status().ToString();
    if (!st.ok()) continue;
    out += std::string("# ") + q + "\n";
    for (;;) {
      auto row = st->Step();
      EXPECT_TRUE(row.ok()) << row.status().ToString();
      if (!row.ok() || !*row) break;
      for (int c = 0; c < st->column_count(); ++c) {
        out += std::string(st->ColumnView(c));
        out += '|';
      }
      out += '\n';
    }
  }
  return out;
}

inline std::unique_ptr<Store> OpenStore(const std::string& path,
                                        OpenMode mode = OpenMode::kReadWrite) {
  auto s = Store::Open(path, mode);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  if (!s.ok()) return nullptr;
  return std::move(s).value();
}

}  // namespace dateline::testing
