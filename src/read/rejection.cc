#include "read/reader.h"

namespace dateline {

std::string Rejection::ToString() const {
  if (line == 0) return path + ": " + reason;
  return path + ":" + std::to_string(line) + ": " + reason;
}

}  // namespace dateline
