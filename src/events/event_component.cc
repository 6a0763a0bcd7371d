#include "events/event_component.h"

#include "events/event_coder.h"

namespace dateline {
namespace {

class EventComponent final : public Component {
 public:
  std::string_view name() const override { return "events"; }

  Status Process(Doc* doc) const override {
    doc->events.clear();
    coder_.Code(*doc, &doc->events);
    return Status::OK();
  }

 private:
  events::EventCoder coder_;
};

}  // namespace

std::unique_ptr<Component> NewEventComponent() { return std::make_unique<EventComponent>(); }

}  // namespace dateline
