#include "text/text_component.h"

#include <cstdint>
#include <limits>
#include <string>

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace dateline {

namespace {

class TextComponent : public Component {
 public:
  std::string_view name() const override { return "text"; }

  Status Process(Doc* doc) const override {
    doc->tokens.clear();
    doc->sentences.clear();
    if (doc->body.size() >= std::numeric_limits<uint32_t>::max()) {
      return Status::InvalidInput(doc->path + ": body of " + std::to_string(doc->body.size()) +
                                  " bytes is over the 4 GiB limit");
    }
    Tokenize(doc->body, &doc->tokens);
    SplitSentences(doc->body, doc->tokens, &doc->sentences);
    return Status::OK();
  }
};

}  // namespace

std::unique_ptr<Component> NewTextComponent() { return std::make_unique<TextComponent>(); }

}  // namespace dateline
