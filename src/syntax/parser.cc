#include "syntax/parser.h"

#include "learn/hash.h"
#include "syntax/word_features.h"

namespace dateline::syntax {

Result<Parser> Parser::Load(const std::string& path) {
  auto file = learn::ModelFile::Read(path, "parse");
  if (!file.ok()) return file.status();
  return FromModel(*file);
}

Result<Parser> Parser::FromModel(const learn::ModelFile& file) {
  Parser p;
  auto labels = file.Section("labels");
  if (!labels.ok()) return labels.status();
  auto set = learn::LabelSet::Parse(*labels, file.path() + ": labels");
  if (!set.ok()) return set.status();
  p.labels_ = std::move(*set);
  auto cls = file.Section("classifier");
  if (!cls.ok()) return cls.status();
  auto model = learn::LinearModel::Parse(*cls, file.path() + ": classifier");
  if (!model.ok()) return model.status();
  p.model_ = std::move(*model);
  if (auto c = file.Section("clusters"); c.ok()) {
    auto clusters = WordClusters::Parse(*c, file.path() + ": clusters");
    if (!clusters.ok()) return clusters.status();
    p.clusters_ = std::move(*clusters);
  }
  if (p.model_.num_classes() != 1 + 2 * p.labels_.size()) {
    return Status::Corruption(file.path() + ": classifier and label set disagree");
  }
  return p;
}

void Parser::Describe(std::span<const std::string_view> words, std::span<const Upos> upos,
                      std::span<const uint8_t> xpos, const WordClusters* clusters,
                      std::vector<ParserToken>* out) {
  out->assign(words.size() + 1, ParserToken{});
  (*out)[0] = ParserToken{0x524f4f54ull, 0, 0x524f4f54ull};
  WordInfo info;
  for (size_t i = 0; i < words.size(); ++i) {
    DescribeWord(words[i], &info, clusters);
    const uint64_t tag = (static_cast<uint64_t>(upos[i]) << 8 | xpos[i]) + 1;
    (*out)[i + 1] = ParserToken{info.lower, tag, info.suffix[2] ? info.suffix[2] : info.lower,
                                static_cast<uint64_t>(info.mid) + 1};
  }
}

void Parser::Parse(std::span<const std::string_view> words, std::span<const Upos> upos,
                   std::span<const uint8_t> xpos, std::vector<Arc>* arcs) const {
  std::vector<ParserToken> tokens;
  Describe(words, upos, xpos, &clusters_, &tokens);
  Decode([this](std::span<const uint64_t> f, float* s) { model_.Score(f, s); }, labels_.size(),
         tokens, arcs);
}

}  // namespace dateline::syntax
