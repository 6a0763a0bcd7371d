// LemmatizerTrainer: learns the suffix-edit rules of a Lemmatizer from (form, UPOS,
// lemma) triples, keeping for each known word and each (UPOS, suffix) the rule seen most
// often (ties broken by first occurrence, so training is deterministic).
//
// Thread-safety: one thread per trainer.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "syntax/lemmatizer.h"

namespace dateline::syntax {

class LemmatizerTrainer {
 public:
  void Add(std::string_view form, Upos upos, std::string_view lemma);
  Lemmatizer Finish() const;

 private:
  using Counts = std::map<uint32_t, uint32_t>;  // rule -> count
  uint32_t RuleId(const LemmaRule& r);
  std::vector<LemmaRule> rules_;
  std::map<std::string, uint32_t> rule_ids_;
  std::unordered_map<uint64_t, Counts> words_, suffixes_;
};

}  // namespace dateline::syntax
