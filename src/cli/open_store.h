// Opening the database for the query commands, with the error wording they share.
#pragma once

#include <memory>
#include <string>

#include "store/store.h"

namespace dateline::cli {

// Opens an existing database read-only; on failure prints why to stderr (suggesting
// `dateline ingest` when the file does not exist) and returns null.
std::unique_ptr<Store> OpenStoreForQuery(const std::string& path);

}  // namespace dateline::cli
