#include "entities/entity_component.h"

#include <memory>

#include "entities/actor_coreference.h"
#include "entities/actor_dictionary.h"
#include "entities/actor_linker.h"
#include "entities/entity_tagger.h"
#include "entities/model_files.h"
#include "entities/place_gazetteer.h"
#include "entities/place_linker.h"

namespace dateline {
namespace {

class EntityComponent final : public Component {
 public:
  EntityComponent(std::unique_ptr<entities::PlaceGazetteer> gazetteer,
                  std::unique_ptr<entities::ActorDictionary> actors)
      : gazetteer_(std::move(gazetteer)), actors_(std::move(actors)) {
    if (actors_) {
      actor_linker_ =
          std::make_unique<entities::ActorLinker>(*actors_, tagger_.roles(), gazetteer_.get());
    }
    if (gazetteer_) {
      place_linker_ = std::make_unique<entities::PlaceLinker>(*gazetteer_, tagger_.roles());
    }
  }

  std::string_view name() const override { return "entities"; }

  Status Process(Doc* doc) const override {
    doc->entities.clear();
    tagger_.Tag(*doc, &doc->entities);
    if (actor_linker_) actor_linker_->Link(*doc, &doc->entities);
    if (place_linker_) place_linker_->Link(*doc, &doc->entities);
    coreference_.Resolve(*doc, &doc->entities);
    return Status::OK();
  }

 private:
  entities::EntityTagger tagger_;
  entities::ActorCoreference coreference_{tagger_.roles()};
  std::unique_ptr<entities::PlaceGazetteer> gazetteer_;
  std::unique_ptr<entities::ActorDictionary> actors_;
  std::unique_ptr<entities::ActorLinker> actor_linker_;
  std::unique_ptr<entities::PlaceLinker> place_linker_;
};

}  // namespace

std::unique_ptr<Component> NewEntityComponent() {
  auto gazetteer = entities::PlaceGazetteer::Load(entities::ModelPath("gazetteer.bin"));
  auto actors = entities::ActorDictionary::Load(entities::ModelPath("actors.tsv"));
  return std::make_unique<EntityComponent>(gazetteer.ok() ? std::move(*gazetteer) : nullptr,
                                           actors.ok() ? std::move(*actors) : nullptr);
}

}  // namespace dateline
