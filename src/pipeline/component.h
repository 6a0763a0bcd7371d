// Component: one stage of the pipeline, which adds one annotation layer to a Doc.
//
// Components are built once (loading their models or dictionaries) and then used from
// many threads at once: Process() is const and must not touch shared mutable state.
// A component reports failure as a Status; it never throws.
#pragma once

#include <string_view>

#include "base/status.h"
#include "doc/doc.h"

namespace dateline {

class Component {
 public:
  virtual ~Component() = default;
  // Short stable name, e.g. "tokenizer", "timex".
  virtual std::string_view name() const = 0;
  // Adds this component's layer to doc. Earlier layers are read, never rewritten.
  virtual Status Process(Doc* doc) const = 0;
};

}  // namespace dateline
