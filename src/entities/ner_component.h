// The statistical entity recognizer as a pipeline stage: adds to Doc::entities the PER,
// ORG and LOC names NerTagger finds, sentence by sentence, except where an entity is
// already there (the dictionary stage's entities, which carry resolved actors and
// places, win). It reads Doc::tokens, Doc::sentences and, when the model uses them, the
// parts of speech of the syntax stage, so it runs after both.
//
// The model is loaded once, in NewNerComponent(); Process() is const and keeps no state
// between calls, so one instance serves every thread of the pipeline.
#pragma once

#include <memory>
#include <string>

#include "pipeline/component.h"

namespace dateline::entities {

struct NerOptions {
  std::string model;  // default: learn::ModelPath("ner.model")
};

// An error names the model file.
Result<std::unique_ptr<Component>> NewNerComponent(const NerOptions& options = {});

}  // namespace dateline::entities
