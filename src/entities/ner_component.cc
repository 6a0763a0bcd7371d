#include "entities/ner_component.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "entities/ner.h"
#include "learn/model_dir.h"

namespace dateline::entities {

namespace {

class NerComponent : public Component {
 public:
  explicit NerComponent(NerTagger tagger) : tagger_(std::move(tagger)) {}

  std::string_view name() const override { return "ner"; }

  Status Process(Doc* doc) const override {
    // Tokens already covered by an entity.
    std::vector<bool> taken(doc->tokens.size(), false);
    for (const Entity& e : doc->entities) {
      for (uint32_t i = e.token_begin; i < e.token_end && i < taken.size(); ++i) taken[i] = true;
    }
    // The whole document at once: words recurring in it lend each other evidence.
    const uint32_t n = static_cast<uint32_t>(doc->sentences.size());
    std::vector<std::vector<std::string_view>> forms(n);
    std::vector<std::vector<Upos>> upos(n);
    std::vector<std::span<const std::string_view>> form_spans;
    std::vector<std::span<const Upos>> upos_spans;
    for (uint32_t s = 0; s < n; ++s) {
      const Sentence& sent = doc->sentences[s];
      for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
        forms[s].push_back(doc->TokenText(i));
        upos[s].push_back(doc->tokens[i].upos);
      }
      const bool tagged =
          std::any_of(upos[s].begin(), upos[s].end(), [](Upos u) { return u != Upos::kNone; });
      if (!tagged) upos[s].clear();
      form_spans.emplace_back(forms[s]);
      upos_spans.emplace_back(upos[s]);
    }
    std::vector<std::vector<int>> ids;
    tagger_.TagDocument(form_spans, upos_spans, &ids);
    std::vector<std::string> tags;
    std::vector<Entity> found;
    for (uint32_t s = 0; s < n; ++s) {
      const Sentence& sent = doc->sentences[s];
      tags.clear();
      for (int id : ids[s]) tags.push_back(NerTagger::ToBio(tagger_.labels().Name(id)));
      for (const Chunk& c : Chunks(tags)) {
        const uint32_t b = sent.token_begin + static_cast<uint32_t>(c.begin);
        const uint32_t e = sent.token_begin + static_cast<uint32_t>(c.end);
        if (std::any_of(taken.begin() + b, taken.begin() + e, [](bool t) { return t; })) continue;
        Entity ent;
        ent.token_begin = b;
        ent.token_end = e;
        ent.sentence = s;
        ent.label = c.type;
        found.push_back(std::move(ent));
      }
    }
    if (found.empty()) return Status::OK();
    doc->entities.insert(doc->entities.end(), std::make_move_iterator(found.begin()),
                         std::make_move_iterator(found.end()));
    std::stable_sort(
        doc->entities.begin(), doc->entities.end(),
        [](const Entity& a, const Entity& b) { return a.token_begin < b.token_begin; });
    return Status::OK();
  }

 private:
  NerTagger tagger_;
};

}  // namespace

Result<std::unique_ptr<Component>> NewNerComponent(const NerOptions& options) {
  auto tagger =
      NerTagger::Load(options.model.empty() ? learn::ModelPath("ner.model") : options.model);
  if (!tagger.ok()) return tagger.status();
  return std::unique_ptr<Component>(std::make_unique<NerComponent>(std::move(*tagger)));
}

}  // namespace dateline::entities
