// Pipeline: the ordered list of components that turns a read article into a fully
// annotated Doc: text -> time -> entities -> events.
//
// Thread-safety: after construction a Pipeline is immutable; Process() may be called
// concurrently on different Docs.
#pragma once

#include <memory>
#include <vector>

#include "pipeline/component.h"

namespace dateline {

class Pipeline {
 public:
  // The standard English news pipeline with every stage the engine ships.
  static Result<std::unique_ptr<Pipeline>> Standard();

  void Add(std::unique_ptr<Component> c) { components_.push_back(std::move(c)); }
  // Runs every component in order; stops at the first failure.
  Status Process(Doc* doc) const;
  const std::vector<std::unique_ptr<Component>>& components() const { return components_; }

 private:
  std::vector<std::unique_ptr<Component>> components_;
};

}  // namespace dateline
