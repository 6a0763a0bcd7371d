// Model files: where the compiled models and dictionaries the pipeline loads at run time
// live. The directory is $DATELINE_MODELS when set, else the models/ folder of the
// source tree the program was built from (the DATELINE_MODEL_DIR compile definition).
//
// Thread-safety: reads the environment only; safe to call from any thread as long as
// nothing modifies the environment concurrently.
#pragma once

#include <string>
#include <string_view>

namespace dateline::entities {

// The models directory (no trailing slash).
std::string ModelsDir();

// ModelsDir() + "/" + file.
std::string ModelPath(std::string_view file);

}  // namespace dateline::entities
