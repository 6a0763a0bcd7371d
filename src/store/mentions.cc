#include "store/mentions.h"

#include <charconv>

namespace dateline {

std::string FormatMentions(const std::vector<EventMention>& mentions) {
  std::string out;
  for (const EventMention& m : mentions) {
    if (!out.empty()) out += '\n';
    out += std::to_string(m.sentence);
    out += ' ';
    out += m.trigger;
  }
  return out;
}

std::vector<EventMention> ParseMentions(std::string_view text) {
  std::vector<EventMention> out;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    const std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    const size_t sp = line.find(' ');
    if (sp == std::string_view::npos) continue;
    EventMention m;
    const auto [ptr, ec] = std::from_chars(line.data(), line.data() + sp, m.sentence);
    if (ec != std::errc() || ptr != line.data() + sp) continue;
    m.trigger = std::string(line.substr(sp + 1));
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace dateline
