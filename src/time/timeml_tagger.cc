#include "time/timeml_tagger.h"

#include <fmt/core.h>

#include <utility>

#include "text/text_component.h"

namespace dateline::timex {

TimemlTagger::TimemlTagger(std::unique_ptr<Component> syntax)
    : text_(NewTextComponent()), syntax_(std::move(syntax)) {}

Result<std::vector<TimemlTimex>> TimemlTagger::Tag(const TimemlDoc& tml) const {
  Doc doc;
  doc.id = tml.name;
  doc.path = tml.name;
  doc.date = tml.dct;
  doc.body = tml.text;
  if (Status st = text_->Process(&doc); !st.ok()) {
    return Status::Internal(fmt::format("{}: {}", tml.name, st.ToString()));
  }
  if (syntax_) {
    if (Status st = syntax_->Process(&doc); !st.ok()) {
      return Status::Internal(fmt::format("{}: {}", tml.name, st.ToString()));
    }
  }
  std::vector<Timex> found;
  tagger_.Tag(doc, &found);
  std::vector<TimemlTimex> out;
  out.reserve(found.size());
  for (const Timex& t : found) {
    TimemlTimex x;
    x.start = doc.tokens[t.token_begin].byte_start;
    x.end = doc.tokens[t.token_end - 1].byte_end;
    x.type = t.type;
    x.value = t.value;
    x.mod = t.mod;
    out.push_back(std::move(x));
  }
  return out;
}

}  // namespace dateline::timex
