// dateline: the command-line entry point. Parses arguments and dispatches to the
// commands in commands.h.
#include <CLI/CLI.hpp>

#include <cstdio>

#include "base/civil_date.h"
#include "cli/commands.h"

namespace {

bool ValidDate(const std::string& s) {
  return s.empty() || dateline::CivilDate::Parse(s).has_value();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace dateline::cli;
  CLI::App app{"dateline: dated news articles in, a queryable record of events and timelines out"};
  app.set_version_flag("--version", std::string("dateline ") + DATELINE_VERSION);
  app.require_subcommand(1);

  auto date_check = CLI::Validator(
      [](std::string& s) { return ValidDate(s) ? std::string() : "expected YYYY-MM-DD, got " + s; },
      "YYYY-MM-DD");

  AnnotateArgs annotate;
  auto* a = app.add_subcommand("annotate", "Annotate articles; print one JSON object per article");
  a->add_option("inputs", annotate.inputs, "files, directories, or - for stdin")->required();
  a->add_option("--threads", annotate.threads, "worker threads (default: all cores)");
  a->add_option("--max-bytes", annotate.max_bytes, "reject inputs larger than this");

  IngestArgs ingest;
  auto* i = app.add_subcommand("ingest", "Annotate articles and store them in the database");
  i->add_option("inputs", ingest.inputs, "files, directories, or - for stdin")->required();
  i->add_option("--db", ingest.db, "database file")->capture_default_str();
  i->add_option("--threads", ingest.threads, "worker threads (default: all cores)");
  i->add_option("--max-bytes", ingest.max_bytes, "reject inputs larger than this");
  i->add_flag("--quiet,-q", ingest.quiet, "no progress, summary only");

  EventsArgs events;
  auto* e = app.add_subcommand("events", "List stored events");
  e->add_option("--db", events.db, "database file")->capture_default_str();
  e->add_option("--from", events.from, "first event date")->check(date_check);
  e->add_option("--to", events.to, "last event date")->check(date_check);
  e->add_option("--actor", events.actor, "actor code or prefix, e.g. RUSGOV or RUS");
  e->add_option("--country", events.country, "ISO 3166 alpha-3 country of source or target");
  e->add_option("--type", events.type, "PLOVER event type, e.g. REQUEST");
  e->add_option("--text", events.text, "full-text filter on the event's sentence");
  e->add_option("--limit", events.limit, "at most this many events");
  e->add_option("--format", events.format)->check(CLI::IsMember({"json", "csv", "tsv"}))->capture_default_str();

  TimelineArgs timeline;
  auto* t = app.add_subcommand("timeline", "Build a dated timeline for a query");
  t->add_option("query", timeline.query, "what the timeline is about (full-text query)")->required();
  t->add_option("--db", timeline.db, "database file")->capture_default_str();
  t->add_option("--from", timeline.from, "first date")->check(date_check);
  t->add_option("--to", timeline.to, "last date")->check(date_check);
  t->add_option("--dates", timeline.dates, "number of dates")->capture_default_str()->check(CLI::Range(1, 10000));
  t->add_option("--sentences", timeline.sentences, "sentences per date")->capture_default_str()->check(CLI::Range(1, 100));
  t->add_option("--format", timeline.format)->check(CLI::IsMember({"text", "json", "html"}))->capture_default_str();

  SearchArgs search;
  auto* s = app.add_subcommand("search", "Full-text search over stored sentences");
  s->add_option("query", search.query, "search terms")->required();
  s->add_option("--db", search.db, "database file")->capture_default_str();
  s->add_option("--from", search.from, "first article date")->check(date_check);
  s->add_option("--to", search.to, "last article date")->check(date_check);
  s->add_option("--limit", search.limit, "at most this many hits")->capture_default_str();
  s->add_option("--format", search.format)->check(CLI::IsMember({"text", "json"}))->capture_default_str();

  ServeArgs serve;
  auto* v = app.add_subcommand("serve", "Serve the HTTP JSON API and the web page");
  v->add_option("--db", serve.db, "database file")->capture_default_str();
  v->add_option("--host", serve.host, "address to bind")->capture_default_str();
  v->add_option("--port", serve.port, "port")->capture_default_str()->check(CLI::Range(1, 65535));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& err) {
    const int rc = app.exit(err);
    return rc == 0 ? kExitOk : kExitUsage;
  }

  if (a->parsed()) return RunAnnotate(annotate);
  if (i->parsed()) return RunIngest(ingest);
  if (e->parsed()) return RunEvents(events);
  if (t->parsed()) return RunTimeline(timeline);
  if (s->parsed()) return RunSearch(search);
  if (v->parsed()) return RunServe(serve);
  return kExitUsage;
}
