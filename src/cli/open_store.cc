#include "cli/open_store.h"

#include <fmt/core.h>

#include <cstdio>
#include <filesystem>

namespace dateline::cli {

std::unique_ptr<Store> OpenStoreForQuery(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    fmt::print(stderr, "error: no database at {}; create it with: dateline ingest PATH --db {}\n",
               path, path);
    return nullptr;
  }
  auto store = Store::Open(path, OpenMode::kReadOnly);
  if (!store.ok()) {
    fmt::print(stderr, "error: {}\n", store.status().ToString());
    return nullptr;
  }
  return std::move(store).value();
}

}  // namespace dateline::cli
