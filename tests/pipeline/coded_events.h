// The events the standard pipeline codes from a short text dated 2020-10-08, for tests
// that check one coding rule at a time.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/pipeline.h"

namespace dateline::testing {

inline std::vector<Event> CodeEvents(const std::string& body) {
  auto pipeline = Pipeline::Standard();
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  if (!pipeline.ok()) return {};
  Doc doc;
  doc.body = body;
  doc.date = *CivilDate::Parse("2020-10-08");
  EXPECT_TRUE((*pipeline)->Process(&doc).ok());
  return std::move(doc.events);
}

// The events of one PLOVER type the body codes.
inline std::vector<Event> CodeEventsOfType(const std::string& body, const std::string& type) {
  std::vector<Event> out;
  for (Event& e : CodeEvents(body)) {
    if (e.type == type) out.push_back(std::move(e));
  }
  return out;
}

// The events of the body that the word `trigger` tells.
inline std::vector<Event> CodeEventsWithTrigger(const std::string& body,
                                                const std::string& trigger) {
  std::vector<Event> out;
  for (Event& e : CodeEvents(body)) {
    if (e.trigger == trigger) out.push_back(std::move(e));
  }
  return out;
}

// "TYPE SOURCE>TARGET status" for each event of the body.
inline std::vector<std::string> EventSummaries(const std::string& body) {
  std::vector<std::string> out;
  for (const Event& e : CodeEvents(body)) {
    out.push_back(e.type + " " + e.source.ref.code + ">" + e.target.ref.code + " " + e.status);
  }
  return out;
}

// The one event of `events`; unless there is exactly one, adds a test failure naming
// `what` and returns an empty event.
inline Event OnlyEvent(std::vector<Event> events, const std::string& what) {
  if (events.size() != 1) {
    ADD_FAILURE() << what << ": " << events.size() << " events, expected one";
    return Event{};
  }
  return std::move(events[0]);
}

// The one event the word `trigger` codes in `body` (a test failure unless exactly one).
inline Event EventOf(const std::string& body, const std::string& trigger) {
  return OnlyEvent(CodeEventsWithTrigger(body, trigger), trigger);
}

// The status of the one event the word `trigger` codes in `body`.
inline std::string StatusOf(const std::string& body, const std::string& trigger) {
  return EventOf(body, trigger).status;
}

// Succeeds when the body codes no event; else lists the events it coded.
inline ::testing::AssertionResult NoEvents(const std::string& body) {
  const std::vector<std::string> coded = EventSummaries(body);
  if (coded.empty()) return ::testing::AssertionSuccess();
  ::testing::AssertionResult failure = ::testing::AssertionFailure();
  failure << "coded:";
  for (const std::string& e : coded) failure << " [" << e << "]";
  return failure;
}

}  // namespace dateline::testing
