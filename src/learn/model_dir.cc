#include "learn/model_dir.h"

#include <cstdlib>

#ifndef DATELINE_MODEL_DIR
#define DATELINE_MODEL_DIR "models"
#endif

namespace dateline::learn {

std::string ModelDir() {
  const char* env = std::getenv("DATELINE_MODELS");  // NOLINT(concurrency-mt-unsafe)
  if (env != nullptr && *env != '\0') return env;
  return DATELINE_MODEL_DIR;
}

std::string ModelPath(std::string_view file) { return ModelDir() + "/" + std::string(file); }

}  // namespace dateline::learn
