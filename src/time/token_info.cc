#include "time/token_info.h"

#include "doc/tagsets.h"

namespace dateline::timex {
namespace {

// "year's" -> "year", "Thursday’s" -> "Thursday"; other words unchanged.
std::string_view StripPossessive(std::string_view s) {
  if (s.size() > 2 && s.substr(s.size() - 2) == "'s") return s.substr(0, s.size() - 2);
  if (s.size() > 4 && s.substr(s.size() - 4) == "\xE2\x80\x99s") return s.substr(0, s.size() - 4);
  return s;
}

VerbForm VerbFormOf(uint8_t xpos) {
  if (xpos == 0) return VerbForm::kUntagged;
  const std::string_view tag = XposName(xpos);
  if (tag == "VBD") return VerbForm::kPast;
  if (tag == "VBN") return VerbForm::kParticiple;
  if (tag == "VBP" || tag == "VBZ") return VerbForm::kPresent;
  if (tag == "MD") return VerbForm::kModal;
  return VerbForm::kOther;
}

}  // namespace

void BuildTokenInfos(const Doc& doc, std::string_view lower_body, const DateWords& words,
                     std::vector<TokenInfo>* infos) {
  infos->clear();
  infos->reserve(doc.tokens.size());
  for (const Token& tok : doc.tokens) {
    TokenInfo info;
    const size_t len = tok.byte_end - tok.byte_start;
    info.text = std::string_view(doc.body).substr(tok.byte_start, len);
    info.lower = StripPossessive(lower_body.substr(tok.byte_start, len));
    info.kind = tok.kind;
    info.space_before = tok.space_before;
    info.capitalized = !info.text.empty() && info.text[0] >= 'A' && info.text[0] <= 'Z';
    info.word = words.Find(info.lower);
    info.verb = VerbFormOf(tok.xpos);
    infos->push_back(info);
  }
}

}  // namespace dateline::timex
