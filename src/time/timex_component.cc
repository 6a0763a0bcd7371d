#include "time/timex_component.h"

#include "time/timex_tagger.h"

namespace dateline {
namespace {

class TimexComponent final : public Component {
 public:
  std::string_view name() const override { return "timex"; }

  Status Process(Doc* doc) const override {
    doc->timexes.clear();
    tagger_.Tag(*doc, &doc->timexes);
    return Status::OK();
  }

 private:
  timex::TimexTagger tagger_;
};

}  // namespace

std::unique_ptr<Component> NewTimexComponent() { return std::make_unique<TimexComponent>(); }

}  // namespace dateline
