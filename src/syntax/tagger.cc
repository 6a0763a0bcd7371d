#include "syntax/tagger.h"

#include "syntax/tagger_features.h"
#include "syntax/word_features.h"

namespace dateline::syntax {

Result<Tagger> Tagger::Load(const std::string& path) {
  auto file = learn::ModelFile::Read(path, "pos");
  if (!file.ok()) return file.status();
  return FromModel(*file);
}

Result<Tagger> Tagger::FromModel(const learn::ModelFile& file) {
  Tagger t;
  auto tags = file.Section("tags");
  if (!tags.ok()) return tags.status();
  auto labels = learn::LabelSet::Parse(*tags, file.path() + ": tags");
  if (!labels.ok()) return labels.status();
  t.tags_ = std::move(*labels);
  auto cls = file.Section("classifier");
  if (!cls.ok()) return cls.status();
  auto model = learn::LinearModel::Parse(*cls, file.path() + ": classifier");
  if (!model.ok()) return model.status();
  t.model_ = std::move(*model);
  if (t.model_.num_classes() != t.tags_.size()) {
    return Status::Corruption(file.path() + ": classifier and tag set disagree");
  }
  auto lem = file.Section("lemmatizer");
  if (!lem.ok()) return lem.status();
  auto lemmatizer = Lemmatizer::Parse(*lem, file.path() + ": lemmatizer");
  if (!lemmatizer.ok()) return lemmatizer.status();
  t.lemmatizer_ = std::move(*lemmatizer);
  if (auto c = file.Section("clusters"); c.ok()) {
    auto clusters = WordClusters::Parse(*c, file.path() + ": clusters");
    if (!clusters.ok()) return clusters.status();
    t.clusters_ = std::move(*clusters);
  }
  for (int i = 0; i < t.tags_.size(); ++i) {
    const std::string& name = t.tags_.Name(i);
    const size_t bar = name.find('|');
    const std::string u = name.substr(0, bar);
    const std::string x = bar == std::string::npos ? "_" : name.substr(bar + 1);
    t.upos_names_.push_back(u);
    t.xpos_names_.push_back(x);
    t.upos_.push_back(UposFromName(u));
    t.xpos_.push_back(XposFromName(x));
  }
  return t;
}

void Tagger::Tag(std::span<const std::string_view> words, std::vector<int>* tags) const {
  std::vector<WordInfo> info(words.size());
  for (size_t i = 0; i < words.size(); ++i) DescribeWord(words[i], &info[i], &clusters_);
  tags->assign(words.size(), 0);
  std::vector<uint64_t> feats;
  std::vector<float> scores(static_cast<size_t>(tags_.size()));
  int p1 = -1, p2 = -1;
  for (size_t i = 0; i < words.size(); ++i) {
    feats.clear();
    TaggerFeatures(info, i, p1, p2, &feats);
    model_.Score(feats, scores.data());
    const int best = learn::LinearModel::Argmax(scores.data(), tags_.size());
    (*tags)[i] = best;
    p2 = p1;
    p1 = best;
  }
}

}  // namespace dateline::syntax
