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
  if (auto h = file.Section("history"); h.ok()) {
    auto second = learn::LinearModel::Parse(*h, file.path() + ": history");
    if (!second.ok()) return second.status();
    if (second->num_classes() != t.labels_.size()) {
      return Status::Corruption(file.path() + ": history classifier and label set disagree");
    }
    t.history_ = std::move(*second);
    t.has_history_ = true;
  }
  t.document_ = file.Section("document").ok();
  t.label_types_ = LabelTypes(t.labels_);
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
  bool bilou = false;
  for (int c = 0; c < n; ++c) bilou = bilou || labels.Name(c)[0] == 'L' || labels.Name(c)[0] == 'U';
  // Rows 0..n-1: after label p; row n: at the start; row n + 1: may end the sentence.
  std::vector<bool> allowed(static_cast<size_t>(n + 2) * n, true);
  for (int p = 0; p <= n + 1; ++p) {
    const std::string prev = p < n ? labels.Name(p) : "O";
    const bool open = prev.size() > 2 && (prev[0] == 'B' || prev[0] == 'I');
    for (int c = 0; c < n; ++c) {
      const std::string& cur = labels.Name(c);
      const bool inside = cur.size() > 2 && (cur[0] == 'I' || cur[0] == 'L');
      bool ok;
      if (p == n + 1) {
        ok = !bilou || !(cur.size() > 2 && (cur[0] == 'B' || cur[0] == 'I'));
      } else if (inside) {
        ok = open && prev.substr(2) == cur.substr(2);
      } else {
        ok = !bilou || !open;
      }
      allowed[static_cast<size_t>(p) * n + c] = ok;
    }
  }
  return allowed;
}

std::vector<uint32_t> NerTagger::LabelTypes(const learn::LabelSet& labels) {
  std::vector<uint32_t> types(static_cast<size_t>(labels.size()), 0);
  for (int c = 0; c < labels.size(); ++c) {
    const std::string& name = labels.Name(c);
    if (name.size() < 3) continue;
    const std::string type = name.substr(2);
    types[static_cast<size_t>(c)] = type == "PER" ? kDocPer : type == "ORG" ? kDocOrg : kDocLoc;
  }
  return types;
}

std::string NerTagger::ToBio(const std::string& label) {
  std::string out = label;
  if (out.size() > 2 && out[0] == 'U') out[0] = 'B';
  if (out.size() > 2 && out[0] == 'L') out[0] = 'I';
  return out;
}

std::vector<std::string> NerTagger::ToBilou(const std::vector<std::string>& bio) {
  std::vector<std::string> out(bio);
  for (size_t i = 0; i < bio.size(); ++i) {
    if (bio[i].size() < 3) continue;
    const bool continues = i + 1 < bio.size() && bio[i + 1].size() > 2 && bio[i + 1][0] == 'I' &&
                           bio[i + 1].substr(2) == bio[i].substr(2);
    if (bio[i][0] == 'B' && !continues) out[i][0] = 'U';
    if (bio[i][0] == 'I' && !continues) out[i][0] = 'L';
  }
  return out;
}

void NerTagger::Tag(std::span<const std::string_view> words, std::span<const Upos> upos,
                    std::vector<int>* labels) const {
  const std::span<const std::string_view> one[1] = {words};
  const std::span<const Upos> one_pos[1] = {upos};
  std::vector<std::vector<int>> out;
  TagDocument(one, upos.empty() ? std::span<const std::span<const Upos>>() : one_pos, &out);
  *labels = std::move(out[0]);
}

namespace {

// A model as Decode() scores with it: the transitions from all previous labels at once.
struct ModelScorer {
  const learn::LinearModel* model;
  void operator()(std::span<const uint64_t> f, float* scores) const { model->Score(f, scores); }
  void Each(std::span<const uint64_t> f, std::span<const uint32_t> ends, float* scores) const {
    model->ScoreEach(f, ends, scores);
  }
};

}  // namespace

void NerTagger::TagDocument(std::span<const std::span<const std::string_view>> sentences,
                            std::span<const std::span<const Upos>> upos,
                            std::vector<std::vector<int>>* labels) const {
  const size_t n = sentences.size();
  std::vector<std::vector<syntax::WordInfo>> info(n);
  std::vector<std::vector<NerWordContext>> ctx(n);
  std::vector<NerDocSentence> doc(n);
  std::vector<uint32_t> marks;
  for (size_t s = 0; s < n; ++s) {
    const std::span<const std::string_view> words = sentences[s];
    const std::span<const Upos> pos = s < upos.size() ? upos[s] : std::span<const Upos>();
    info[s].resize(words.size());
    for (size_t i = 0; i < words.size(); ++i) {
      syntax::DescribeWord(words[i], &info[s][i], &clusters_);
    }
    if (!gazetteer_.empty() || document_ || has_history_ || (uses_pos_ && !pos.empty())) {
      ctx[s].resize(words.size());
      gazetteer_.Mark(words, &marks);
      for (size_t i = 0; i < words.size(); ++i) {
        ctx[s][i].gaz = gazetteer_.empty() ? 0 : gazetteer_.Bits(info[s][i].lower);
        ctx[s][i].phrase = marks[i];
        ctx[s][i].upos = uses_pos_ && i < pos.size() ? static_cast<uint32_t>(pos[i]) : 0;
      }
    }
    doc[s].words = info[s];
    doc[s].ctx = ctx[s];
  }
  if (document_) AddNerDocumentEvidence(doc, false);
  const ModelScorer first{&model_}, second{&history_};
  DecodeDocument(first, has_history_ ? &second : nullptr, allowed_, labels_.size(), label_types_,
                 doc, labels);
}

void NerTagger::TagBio(std::span<const std::string_view> words, std::span<const Upos> upos,
                       std::vector<std::string>* tags) const {
  std::vector<int> ids;
  Tag(words, upos, &ids);
  tags->clear();
  for (int id : ids) tags->push_back(ToBio(labels_.Name(id)));
}

}  // namespace dateline::entities
