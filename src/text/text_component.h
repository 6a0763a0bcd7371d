// Text component: the first stage of the pipeline, which adds the token and sentence
// layers to a Doc (Doc::tokens, Doc::sentences) using Tokenize and SplitSentences.
//
// Its name is "text". It holds no state: one instance may process any number of Docs
// concurrently from different threads. Processing replaces both layers, so running it
// twice gives the same Doc.
#pragma once

#include <memory>

#include "pipeline/component.h"

namespace dateline {

std::unique_ptr<Component> NewTextComponent();

}  // namespace dateline
