#include "syntax/conllu.h"

#include <charconv>
#include <fstream>
#include <string_view>

namespace dateline::syntax {

namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(start));
      return out;
    }
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

}  // namespace

Result<std::vector<ConlluSentence>> ReadConllu(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  std::string line;
  size_t lineno = 0;
  auto flush = [&]() -> Status {
    if (!cur.words.empty()) {
      for (const ConlluWord& w : cur.words) {
        if (w.head < 0 || w.head > static_cast<int>(cur.words.size())) {
          return Status::InvalidInput(path + ":" + std::to_string(lineno) +
                                      ": head out of range in the sentence ending here");
        }
      }
      out.push_back(std::move(cur));
    }
    cur = ConlluSentence();
    return Status::OK();
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (Status st = flush(); !st.ok()) return st;
      continue;
    }
    cur.lines.push_back(line);
    if (line[0] == '#') continue;
    const auto f = SplitTabs(line);
    if (f.size() != 10) {
      return Status::InvalidInput(path + ":" + std::to_string(lineno) +
                                  ": expected 10 columns, found " + std::to_string(f.size()));
    }
    if (f[0].find_first_of("-.") != std::string_view::npos) continue;
    ConlluWord w;
    w.form = f[1];
    w.lemma = f[2];
    w.upos = f[3];
    w.xpos = f[4];
    w.deprel = f[7];
    if (f[6] != "_") {
      auto [p, ec] = std::from_chars(f[6].data(), f[6].data() + f[6].size(), w.head);
      if (ec != std::errc() || p != f[6].data() + f[6].size()) {
        return Status::InvalidInput(path + ":" + std::to_string(lineno) + ": bad HEAD '" +
                                    std::string(f[6]) + "'");
      }
    }
    w.space_after = f[9].find("SpaceAfter=No") == std::string_view::npos;
    cur.word_line.push_back(cur.lines.size() - 1);
    cur.words.push_back(std::move(w));
  }
  if (Status st = flush(); !st.ok()) return st;
  return out;
}

std::string FormatConllu(const ConlluSentence& s, const std::vector<ConlluWord>& words) {
  std::string out;
  size_t next = 0;
  for (size_t l = 0; l < s.lines.size(); ++l) {
    if (next < s.word_line.size() && s.word_line[next] == l && next < words.size()) {
      auto f = SplitTabs(s.lines[l]);
      const ConlluWord& w = words[next++];
      const std::string head = std::to_string(w.head);
      f[2] = w.lemma;
      f[3] = w.upos;
      f[4] = w.xpos;
      f[6] = head;
      f[7] = w.deprel;
      for (size_t i = 0; i < f.size(); ++i) {
        if (i) out += '\t';
        out += f[i];
      }
    } else {
      out += s.lines[l];
    }
    out += '\n';
  }
  out += '\n';
  return out;
}

}  // namespace dateline::syntax
