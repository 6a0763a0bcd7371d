#include "syntax/word_clusters.h"

#include <algorithm>

#include "learn/byte_io.h"
#include "learn/model_file.h"

namespace dateline::syntax {

WordClusters::WordClusters(std::vector<Entry> entries) : entries_(std::move(entries)) {
  std::sort(entries_.begin(), entries_.end(),
            [](const Entry& a, const Entry& b) { return a.key < b.key; });
  index_.Build(entries_);
}

const WordClusters::Entry* WordClusters::Find(uint64_t lower_hash) const {
  return index_.Find(entries_, lower_hash);
}

std::string WordClusters::Serialize() const {
  learn::ByteWriter w;
  w.Array(entries_);
  return std::move(w.bytes());
}

Result<WordClusters> WordClusters::Parse(std::string_view bytes, const std::string& context) {
  learn::ByteReader r(bytes, context);
  WordClusters c;
  if (Status st = r.Array(&c.entries_); !st.ok()) return st;
  if (!r.done()) return Status::Corruption(context + ": trailing bytes in word clusters");
  for (size_t i = 1; i < c.entries_.size(); ++i) {
    if (c.entries_[i - 1].key >= c.entries_[i].key) {
      return Status::Corruption(context + ": word clusters not sorted");
    }
  }
  c.index_.Build(c.entries_);
  return c;
}

Result<WordClusters> LoadClusters(const std::string& path, std::string_view name) {
  auto file = learn::ModelFile::Read(path, "clusters");
  if (!file.ok()) return file.status();
  auto section = file->Section(name);
  if (!section.ok()) return section.status();
  return WordClusters::Parse(*section, path + ": clusters");
}

}  // namespace dateline::syntax
