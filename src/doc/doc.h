// Doc: one news article and every annotation layer the pipeline adds to it.
//
// A Doc starts as what the reader produced (id, path, publication date, title, body)
// and each pipeline component adds one layer: tokens and sentences (text), timexes
// (time), entities (entities, actors/places), events (events). Layers refer to tokens
// by index, so every span has both byte offsets (for slicing `body`) and Unicode
// code-point offsets (what users see in JSON). The body is valid UTF-8.
//
// Thread-safety: a Doc is a plain value owned by one thread at a time; the pipeline
// processes different Docs on different threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_date.h"
#include "doc/tagsets.h"

namespace dateline {

enum class TokenKind : uint8_t {
  kWord,    // letters, possibly with inner hyphens/apostrophes/periods (U.S., Nagorno-Karabakh)
  kNumber,  // 1,301  9.5  27/09/2020  2020-09-27
  kPunctuation,  // . , ; : ! ? ( ) quotes dashes ellipses
  kSymbol,       // $ % € and other symbols
  kOther,
};

struct Token {
  uint32_t byte_start = 0, byte_end = 0;  // into Doc::body
  uint32_t cp_start = 0, cp_end = 0;      // code points into Doc::body
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;  // whitespace precedes the token
  // Syntax layer (filled by the syntax stage; see doc/tagsets.h for the id tables).
  Upos upos = Upos::kNone;
  uint8_t xpos = 0;    // XposName(xpos): Penn Treebank tag
  uint8_t deprel = 0;  // DeprelName(deprel): relation to the head
  int32_t head = -1;   // index into Doc::tokens of the syntactic head; -1 for a root
  uint32_t lemma_begin = 0, lemma_size = 0;  // the lemma: a slice of Doc::lemmas
};

struct Sentence {
  uint32_t token_begin = 0, token_end = 0;  // [begin, end) into Doc::tokens
  uint32_t paragraph = 0;                   // 0-based paragraph index in the body
};

// A TimeML TIMEX3 expression normalized against the article date.
struct Timex {
  uint32_t token_begin = 0, token_end = 0;
  uint32_t sentence = 0;
  std::string type;   // DATE, TIME, DURATION, SET
  std::string value;  // TIMEX3 value: 2020-09-27, 2020-W41, P3D, PAST_REF ...
  std::string mod;    // TIMEX3 mod (APPROX, START, ...) or empty
};

// A resolved actor: country (ISO 3166 alpha-3 or an IGO code) + role + CAMEO-style code.
struct ActorRef {
  std::string code;     // e.g. RUSGOV; empty when unresolved
  std::string country;  // e.g. RUS
  std::string role;     // GOV MIL REB INS OPP PTY COP JUD LEG CVL MED IGO NGO BUS UNK
  bool empty() const { return code.empty() && country.empty(); }
};

struct PlaceRef {
  std::string name;
  std::string country;  // ISO 3166 alpha-3
  std::string admin1;
  std::string id;  // gazetteer id
  std::optional<double> lat, lon;
};

struct Entity {
  uint32_t token_begin = 0, token_end = 0;
  uint32_t sentence = 0;
  std::string label;  // PER ORG LOC GPE NORP
  std::optional<ActorRef> actor;
  std::optional<PlaceRef> place;
};

// An actor slot of an event as written in text, with its resolution (if any).
struct EventActor {
  std::string text;
  ActorRef ref;
};

struct Count {
  int min = 0;
  bool exact = true;
};

// One place an article tells of an event: its sentence and trigger word.
struct EventMention {
  uint32_t sentence = 0;
  std::string trigger;
};

struct Event {
  std::string type;   // PLOVER type, e.g. REQUEST
  std::string cameo;  // CAMEO code, e.g. "0256"
  std::string mode;   // PLOVER mode or empty
  EventActor source, target;
  std::string trigger;
  uint32_t trigger_token = 0;
  uint32_t sentence = 0;
  std::string date;            // YYYY-MM-DD, YYYY-MM or YYYY
  std::string date_precision;  // day, month, year, or "article" when it fell back
  std::string location_text;
  std::optional<PlaceRef> location;
  std::optional<Count> killed, injured, missing, detained;
  std::string victims;  // role code of the victims, e.g. CVL
  // The counts are a running total ("the death toll has risen to 30", "so far"), not
  // one incident's.
  bool running_total = false;
  std::string status =
      "asserted";  // asserted alleged denied requested threatened future negated hypothetical
  EventActor attributed_to;
  // Any casualty or detention count is given.
  bool has_counts() const { return killed || injured || missing || detained; }
  // Every place the article tells of this event, the first (sentence, trigger above)
  // included: an article that says the same thing twice has one event with two mentions.
  std::vector<EventMention> mentions;
};

struct Doc {
  // From the reader.
  std::string id;            // stable id: given by the source, else derived from the content hash
  std::string path;          // file the article came from (with ":LINE" for JSON Lines)
  std::string source;        // optional publisher name
  std::string url;           // optional
  CivilDate date;            // publication date
  std::string title;         // may be empty
  std::string body;          // UTF-8 text after the header
  std::string content_hash;  // hex digest of date + body; equal articles share it
  std::vector<std::string> notes;  // reader notes, e.g. "converted from windows-1252"

  // Annotation layers.
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Timex> timexes;
  std::vector<Entity> entities;
  std::vector<Event> events;
  std::string lemmas;  // lemma text of every token, sliced by Token::lemma_begin/lemma_size

  std::string_view TokenText(uint32_t i) const {
    const Token& t = tokens[i];
    return std::string_view(body).substr(t.byte_start, t.byte_end - t.byte_start);
  }
  // The body text covering tokens [begin, end).
  std::string_view SpanText(uint32_t begin, uint32_t end) const {
    if (begin >= end) return {};
    const uint32_t b = tokens[begin].byte_start;
    return std::string_view(body).substr(b, tokens[end - 1].byte_end - b);
  }
  // The lemma of token i (empty before the syntax stage ran).
  std::string_view Lemma(uint32_t i) const {
    const Token& t = tokens[i];
    return std::string_view(lemmas).substr(t.lemma_begin, t.lemma_size);
  }
  std::string_view SentenceText(uint32_t s) const {
    return SpanText(sentences[s].token_begin, sentences[s].token_end);
  }
};

}  // namespace dateline
