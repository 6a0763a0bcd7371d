// The seed article (../shared/seed) as a Doc: its " date YYYY-MM-DD " header, then the
// body on the same line, trailing blanks trimmed. Shared by the seed pipeline tests.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "doc/doc.h"

namespace dateline::testing {

inline Doc ReadSeed() {
  std::ifstream in(std::string(DATELINE_SHARED_DIR) + "/seed/000_b02f48862c04265b.txt",
                   std::ios::binary);
  EXPECT_TRUE(in) << "seed file missing";
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string raw = ss.str();
  const std::string marker = "date ";
  const size_t at = raw.find(marker);
  EXPECT_NE(at, std::string::npos);
  Doc doc;
  doc.id = "seed";
  doc.date = *CivilDate::Parse(raw.substr(at + marker.size(), 10));
  size_t body = at + marker.size() + 10;
  while (body < raw.size() && (raw[body] == ' ' || raw[body] == '\n')) ++body;
  doc.body = raw.substr(body);
  while (!doc.body.empty() && (doc.body.back() == '\n' || doc.body.back() == ' ')) {
    doc.body.pop_back();
  }
  return doc;
}

}  // namespace dateline::testing
