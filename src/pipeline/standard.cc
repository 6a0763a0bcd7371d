#include "entities/entity_component.h"
#include "entities/ner_component.h"
#include "events/event_component.h"
#include "pipeline/pipeline.h"
#include "syntax/syntax_component.h"
#include "text/text_component.h"
#include "time/timex_component.h"

namespace dateline {

Result<std::unique_ptr<Pipeline>> Pipeline::Standard() {
  auto p = std::make_unique<Pipeline>();
  p->Add(NewTextComponent());
  auto syntax = NewSyntaxComponent();
  if (!syntax.ok()) return syntax.status();
  p->Add(std::move(*syntax));
  p->Add(NewTimexComponent());
  p->Add(NewEntityComponent());
  // Names the dictionaries do not know: people, organizations, places.
  auto ner = entities::NewNerComponent();
  if (!ner.ok()) return ner.status();
  p->Add(std::move(*ner));
  p->Add(NewEventComponent());
  return p;
}

}  // namespace dateline
