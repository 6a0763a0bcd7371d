#include "syntax/lemmatizer_trainer.h"

#include <algorithm>

#include "syntax/word_features.h"

namespace dateline::syntax {

namespace {

size_t CommonPrefix(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

LemmaRule RuleFor(std::string_view form, std::string_view lemma) {
  const std::string lower = AsciiLower(form);
  const size_t keep_case = CommonPrefix(form, lemma);
  const size_t keep_lower = CommonPrefix(lower, lemma);
  LemmaRule r;
  // Prefer lowercasing on ties: unknown capitalized words then get lowercase lemmas.
  const size_t cost_case = (form.size() - keep_case) + (lemma.size() - keep_case);
  const size_t cost_lower = (form.size() - keep_lower) + (lemma.size() - keep_lower);
  const size_t keep = cost_lower <= cost_case ? keep_lower : keep_case;
  r.lower = cost_lower <= cost_case && lower != form;
  r.strip = static_cast<uint8_t>(std::min<size_t>(form.size() - keep, 255));
  r.append = std::string(lemma.substr(keep));
  return r;
}

uint32_t Best(const std::map<uint32_t, uint32_t>& counts) {
  uint32_t best = 0, n = 0;
  for (const auto& [rule, c] : counts) {
    if (c > n) best = rule, n = c;
  }
  return best;
}

}  // namespace

uint32_t LemmatizerTrainer::RuleId(const LemmaRule& r) {
  std::string key(1, r.lower ? 'L' : 'C');
  key.append(std::to_string(r.strip));
  key.push_back(':');
  key.append(r.append);
  auto [it, fresh] = rule_ids_.emplace(key, static_cast<uint32_t>(rules_.size()));
  if (fresh) rules_.push_back(r);
  return it->second;
}

void LemmatizerTrainer::Add(std::string_view form, Upos upos, std::string_view lemma) {
  if (form.empty() || lemma.empty() || lemma == "_") return;
  const uint32_t rule = RuleId(RuleFor(form, lemma));
  ++words_[Lemmatizer::WordKey(form, upos, false)][rule];
  const std::string lower = AsciiLower(form);
  ++words_[Lemmatizer::WordKey(lower, upos, true)][RuleId(RuleFor(lower, lemma))];
  const LemmaRule& r = rules_[rule];
  for (size_t k = 1; k <= Lemmatizer::kMaxSuffix && k < lower.size(); ++k) {
    if (k < r.strip) continue;  // the suffix must cover the stripped bytes
    ++suffixes_[Lemmatizer::SuffixKey(std::string_view(lower).substr(lower.size() - k), upos)]
               [rule];
  }
}

Lemmatizer LemmatizerTrainer::Finish() const {
  std::vector<Lemmatizer::KeyRule> words, suffixes;
  for (const auto& [key, counts] : words_) words.push_back({key, Best(counts), 0});
  for (const auto& [key, counts] : suffixes_) {
    uint32_t total = 0;
    for (const auto& kv : counts) total += kv.second;
    if (total >= 2) suffixes.push_back({key, Best(counts), 0});
  }
  return Lemmatizer(rules_, std::move(words), std::move(suffixes));
}

}  // namespace dateline::syntax
