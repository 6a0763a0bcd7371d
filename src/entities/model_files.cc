#include "entities/model_files.h"

#include <cstdlib>

#ifndef DATELINE_MODEL_DIR
#define DATELINE_MODEL_DIR "models"
#endif

namespace dateline::entities {

std::string ModelsDir() {
  const char* env = std::getenv("DATELINE_MODELS");  // NOLINT(concurrency-mt-unsafe)
  std::string dir = env != nullptr && env[0] != '\0' ? env : DATELINE_MODEL_DIR;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  return dir;
}

std::string ModelPath(std::string_view file) { return ModelsDir() + "/" + std::string(file); }

}  // namespace dateline::entities
