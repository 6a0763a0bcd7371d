#include "pipeline/pipeline.h"

namespace dateline {

Status Pipeline::Process(Doc* doc) const {
  for (const auto& c : components_) {
    Status s = c->Process(doc);
    if (!s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace dateline
