#include "syntax/syntax_component.h"

#include <optional>
#include <string_view>
#include <vector>

#include "learn/model_dir.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace dateline {

namespace {

class SyntaxComponent : public Component {
 public:
  SyntaxComponent(syntax::Tagger tagger, std::optional<syntax::Parser> parser)
      : tagger_(std::move(tagger)), parser_(std::move(parser)) {}

  std::string_view name() const override { return "syntax"; }

  Status Process(Doc* doc) const override {
    doc->lemmas.clear();
    std::vector<std::string_view> forms;
    std::vector<int> tags;
    std::vector<Upos> upos;
    std::vector<uint8_t> xpos;
    std::vector<syntax::Parser::Arc> arcs;
    for (const Sentence& s : doc->sentences) {
      forms.clear();
      for (uint32_t i = s.token_begin; i < s.token_end; ++i) forms.push_back(doc->TokenText(i));
      if (forms.empty()) continue;
      tagger_.Tag(forms, &tags);
      upos.clear();
      xpos.clear();
      for (int t : tags) {
        upos.push_back(tagger_.upos(t));
        xpos.push_back(tagger_.xpos(t));
      }
      if (parser_) parser_->Parse(forms, upos, xpos, &arcs);
      for (size_t k = 0; k < forms.size(); ++k) {
        Token& t = doc->tokens[s.token_begin + k];
        t.upos = tagger_.upos(tags[k]);
        t.xpos = tagger_.xpos(tags[k]);
        t.lemma_begin = static_cast<uint32_t>(doc->lemmas.size());
        tagger_.lemmatizer().Lemmatize(forms[k], t.upos, &doc->lemmas);
        t.lemma_size = static_cast<uint32_t>(doc->lemmas.size()) - t.lemma_begin;
        if (parser_) {
          const int head = arcs[k].head;
          t.head = head == 0 ? -1 : static_cast<int32_t>(s.token_begin) + head - 1;
          t.deprel = DeprelFromName(parser_->label_name(arcs[k].label));
        } else {
          t.head = -1;
          t.deprel = 0;
        }
      }
    }
    return Status::OK();
  }

 private:
  syntax::Tagger tagger_;
  std::optional<syntax::Parser> parser_;
};

}  // namespace

Result<std::unique_ptr<Component>> NewSyntaxComponent(const SyntaxOptions& options) {
  auto tagger = syntax::Tagger::Load(options.pos_model.empty() ? learn::ModelPath("pos.model")
                                                               : options.pos_model);
  if (!tagger.ok()) return tagger.status();
  std::optional<syntax::Parser> parser;
  if (options.parse) {
    auto p = syntax::Parser::Load(options.parse_model.empty() ? learn::ModelPath("parse.model")
                                                              : options.parse_model);
    if (!p.ok()) return p.status();
    parser = std::move(*p);
  }
  return std::unique_ptr<Component>(
      std::make_unique<SyntaxComponent>(std::move(*tagger), std::move(parser)));
}

}  // namespace dateline
