#include "entities/ner_iob.h"

#include <fstream>
#include <sstream>
#include <string_view>

namespace dateline::entities {

namespace {

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : line) {
    if (c == sep || (sep == ' ' && c == '\t')) {
      if (sep != ' ' || !cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (sep != ' ' || !cur.empty()) out.push_back(cur);
  return out;
}

bool KnownType(std::string_view t) { return t == "PER" || t == "ORG" || t == "LOC"; }

// IOB1 or IOB2 with any types -> IOB2 over PER/ORG/LOC.
void Normalize(std::vector<std::string>* tags) {
  std::string prev_type;
  for (std::string& t : *tags) {
    if (t.size() < 3 || (t[0] != 'B' && t[0] != 'I') || t[1] != '-' ||
        !KnownType(std::string_view(t).substr(2))) {
      t.assign(1, 'O');
      prev_type.clear();
      continue;
    }
    const std::string type = t.substr(2);
    if (t[0] == 'I' && type != prev_type) t[0] = 'B';
    prev_type = type;
  }
}

}  // namespace

Result<std::vector<IobSentence>> ReadIob(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::vector<IobSentence> out;
  IobSentence cur;
  std::string line;
  size_t lineno = 0;
  bool pending_doc = true;
  auto flush = [&] {
    if (!cur.words.empty()) {
      cur.new_document = cur.new_document || pending_doc;
      pending_doc = false;
      Normalize(&cur.tags);
      out.push_back(std::move(cur));
    }
    cur = IobSentence();
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      flush();
      continue;
    }
    if (line[0] == '#' && line.find('\t') == std::string::npos) {
      if (line.rfind("# newdoc", 0) == 0) cur.new_document = true;
      cur.lines.push_back(line);
      continue;
    }
    if (line.rfind("-DOCSTART-", 0) == 0) {
      flush();
      pending_doc = true;
      continue;
    }
    const bool tabs = line.find('\t') != std::string::npos;
    std::vector<std::string> f = Split(line, tabs ? '\t' : ' ');
    std::string word, tag;
    if (tabs && f.size() >= 3) {
      word = f[1];
      tag = f[2];
    } else if (f.size() >= 2) {
      word = f.front();
      tag = f.back();
    } else {
      return Status::InvalidInput(path + ":" + std::to_string(lineno) +
                                  ": expected a token and a tag");
    }
    cur.tabs = tabs && f.size() >= 3;
    cur.lines.push_back(line);
    cur.word_line.push_back(cur.lines.size() - 1);
    cur.words.push_back(std::move(word));
    cur.tags.push_back(std::move(tag));
  }
  flush();
  return out;
}

std::string FormatIob(const IobSentence& s, const std::vector<std::string>& tags) {
  std::string out;
  size_t next = 0;
  for (size_t l = 0; l < s.lines.size(); ++l) {
    if (next < s.word_line.size() && s.word_line[next] == l && next < tags.size()) {
      if (s.tabs) {
        std::vector<std::string> f = Split(s.lines[l], '\t');
        f[2] = tags[next];
        for (size_t i = 0; i < f.size(); ++i) {
          if (i) out += '\t';
          out += f[i];
        }
      } else {
        out += s.words[next];
        out += ' ';
        out += tags[next];
      }
      ++next;
    } else {
      out += s.lines[l];
    }
    out += '\n';
  }
  out += '\n';
  return out;
}

}  // namespace dateline::entities
