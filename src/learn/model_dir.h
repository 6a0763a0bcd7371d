// ModelPath: where the shipped models are found at run time.
//
// The directory is $DATELINE_MODELS when that variable is set and non-empty, else the
// models/ folder of the source tree the binary was built from (a compile-time define).
//
// Thread-safety: reads the environment only; safe to call from any thread.
#pragma once

#include <string>
#include <string_view>

namespace dateline::learn {

// The models directory.
std::string ModelDir();
// ModelDir() + "/" + file.
std::string ModelPath(std::string_view file);

}  // namespace dateline::learn
