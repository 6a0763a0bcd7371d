#include "entities/entity_component.h"

#include "entities/entity_tagger.h"

namespace dateline {
namespace {

class EntityComponent final : public Component {
 public:
  std::string_view name() const override { return "entities"; }

  Status Process(Doc* doc) const override {
    doc->entities.clear();
    tagger_.Tag(*doc, &doc->entities);
    return Status::OK();
  }

 private:
  entities::EntityTagger tagger_;
};

}  // namespace

std::unique_ptr<Component> NewEntityComponent() { return std::make_unique<EntityComponent>(); }

}  // namespace dateline
