// LabelSet: a dense numbering of string labels (tags, relations, transitions), the class
// ids of a classifier, serialized beside the classifier in a model file.
//
// Thread-safety: Add() is for training on one thread; lookups on a finished set are
// safe from many threads.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "learn/byte_io.h"

namespace dateline::learn {

class LabelSet {
 public:
  // The id of `name`, adding it when new.
  int Add(std::string_view name) {
    auto it = ids_.find(std::string(name));
    if (it != ids_.end()) return it->second;
    const int id = static_cast<int>(names_.size());
    names_.emplace_back(name);
    ids_.emplace(names_.back(), id);
    return id;
  }
  // The id of `name`, or -1.
  int Find(std::string_view name) const {
    auto it = ids_.find(std::string(name));
    return it == ids_.end() ? -1 : it->second;
  }
  const std::string& Name(int id) const { return names_[id]; }
  int size() const { return static_cast<int>(names_.size()); }

  std::string Serialize() const {
    ByteWriter w;
    w.U32(static_cast<uint32_t>(names_.size()));
    for (const std::string& n : names_) w.String(n);
    return std::move(w.bytes());
  }
  static Result<LabelSet> Parse(std::string_view bytes, const std::string& context) {
    ByteReader r(bytes, context);
    uint32_t n = 0;
    if (Status st = r.U32(&n); !st.ok()) return st;
    LabelSet s;
    for (uint32_t i = 0; i < n; ++i) {
      std::string name;
      if (Status st = r.String(&name); !st.ok()) return st;
      if (s.Add(name) != static_cast<int>(i)) {
        std::string message = context;
        message.append(": duplicate label '").append(name).append("'");
        return Status::Corruption(message);
      }
    }
    if (!r.done()) return Status::Corruption(context + ": trailing bytes in label set");
    return s;
  }

 private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, int> ids_;
};

}  // namespace dateline::learn
