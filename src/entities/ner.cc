#include "entities/ner.h"

namespace dateline::entities {

Result<NerTagger> NerTagger::Load(const std::string& path) {
  auto file = learn::ModelFile::Read(path, "ner");
  if (!file.ok()) return file.status();
  return FromModel(*file);
}

Result<NerTagger> NerTagger::FromModel(const learn::ModelFile& file) {
  NerTagger t;
  auto labels = file.Section("labels");
  if (!labels.ok()) return labels.status();
  auto set = learn::LabelSet::Parse(*labels, file.path() + ": labels");
  if (!set.ok()) return set.status();
  t.labels_ = std::move(*set);
  auto cls = file.Section("classifier");
  if (!cls.ok()) return cls.status();
  auto model = learn::LinearModel::Parse(*cls, file.path() + ": classifier");
  if (!model.ok()) return model.status();
  t.model_ = std::move(*model);
  if (t.model_.num_classes() != t.labels_.size() || t.labels_.Find("O") < 0) {
    return Status::Corruption(file.path() + ": classifier and label set disagree");
  }
  t.allowed_ = Transitions(t.labels_);
  if (auto c = file.Section("clusters"); c.ok()) {
    auto clusters = syntax::WordClusters::Parse(*c, file.path() + ": clusters");
    if (!clusters.ok()) return clusters.status();
    t.clusters_ = std::move(*clusters);
  }
  if (auto g = file.Section("gazetteer"); g.ok()) {
    auto gazetteer = NerGazetteer::Parse(*g, file.path() + ": gazetteer");
    if (!gazetteer.ok()) return gazetteer.status();
    t.gazetteer_ = std::move(*gazetteer);
  }
  t.uses_pos_ = file.Section("uses-pos").ok();
  return t;
}

std::vector<bool> NerTagger::Transitions(const learn::LabelSet& labels) {
  const int n = labels.size();
  std::vector<bool> allowed(static_cast<size_t>(n + 1) * n, true);
  for (int p = 0; p <= n; ++p) {
    const std::string prev = p < n ? labels.Name(p) : "O";
    for (int c = 0; c < n; ++c) {
      const std::string& cur = labels.Name(c);
      if (cur.size() > 2 && cur[0] == 'I') {
        allowed[static_cast<size_t>(p) * n + c] =
            prev.size() > 2 && prev.substr(2) == cur.substr(2);
      }
    }
  }
  return allowed;
}

void NerTagger::Tag(std::span<const std::string_view> words, std::span<const Upos> upos,
                    std::vector<int>* labels) const {
  std::vector<syntax::WordInfo> info(words.size());
  for (size_t i = 0; i < words.size(); ++i) syntax::DescribeWord(words[i], &info[i], &clusters_);
  std::vector<NerWordContext> ctx;
  if (!gazetteer_.empty() || (uses_pos_ && !upos.empty())) {
    ctx.resize(words.size());
    for (size_t i = 0; i < words.size(); ++i) {
      ctx[i].gaz = gazetteer_.empty() ? 0 : gazetteer_.Bits(info[i].lower);
      ctx[i].upos = uses_pos_ && i < upos.size() ? static_cast<uint32_t>(upos[i]) : 0;
    }
  }
  Decode([this](std::span<const uint64_t> f, float* s) { model_.Score(f, s); }, allowed_,
         labels_.size(), info, ctx, labels);
}

void NerTagger::TagBio(std::span<const std::string_view> words, std::span<const Upos> upos,
                       std::vector<std::string>* tags) const {
  std::vector<int> ids;
  Tag(words, upos, &ids);
  tags->clear();
  for (int id : ids) tags->push_back(labels_.Name(id));
}

}  // namespace dateline::entities
