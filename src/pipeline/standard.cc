#include "entities/entity_component.h"
#include "events/event_component.h"
#include "pipeline/pipeline.h"
#include "text/text_component.h"
#include "time/timex_component.h"

namespace dateline {

Result<std::unique_ptr<Pipeline>> Pipeline::Standard() {
  auto p = std::make_unique<Pipeline>();
  p->Add(NewTextComponent());
  p->Add(NewTimexComponent());
  p->Add(NewEntityComponent());
  p->Add(NewEventComponent());
  return p;
}

}  // namespace dateline
