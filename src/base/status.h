// Status and Result: errors as values.
//
// Every operation that can fail returns a Status (or a Result<T>, which holds either a
// value or a Status). A Status carries a code and a human-readable message that names
// the context: the file, the line and what was expected, e.g.
//   "examples/a.txt:1: expected a 'date YYYY-MM-DD' header, found 'date 2020-13-45'".
// Nothing in dateline throws across a module boundary.
//
// Thread-safety: Status and Result are plain values; distinct objects may be used from
// different threads without synchronization.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace dateline {

class Status {
 public:
  enum class Code { kOk = 0, kInvalidInput, kIOError, kNotFound, kCorruption, kInternal };

  Status() = default;
  static Status OK() { return Status(); }
  static Status InvalidInput(std::string msg) {
    return Status(Code::kInvalidInput, std::move(msg));
  }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "OK", or e.g. "invalid input: a.txt:1: ...".
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Either a value of type T or a non-OK Status.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}         // NOLINT(google-explicit-constructor)
  Result(Status status) : v_(std::move(status)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace dateline
