// HugePageAllocator: an allocator for the large tables that models probe at random.
//
// A classifier's probe table is tens of megabytes read at random places, one or two
// cache lines per feature; with 4 KiB pages nearly every read also misses the address
// translation cache. Tables of 2 MiB or more are therefore allocated aligned to 2 MiB
// and the kernel is asked to back them with huge pages (madvise, where transparent huge
// pages are enabled for it); smaller ones come from operator new. The contents and their
// order are the same either way: only the cost of reaching them changes.
//
// Thread-safety: stateless.
#pragma once

#include <cstddef>

namespace dateline::learn {

// Raw memory of `bytes`, huge-page backed where large enough; throws std::bad_alloc.
void* AllocateHugePages(size_t bytes);
// Frees what AllocateHugePages(bytes) returned, given the same `bytes`.
void FreeHugePages(void* p, size_t bytes) noexcept;

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  explicit HugePageAllocator(const HugePageAllocator<U>& /*other*/) {}
  T* allocate(size_t n) { return static_cast<T*>(AllocateHugePages(n * sizeof(T))); }
  void deallocate(T* p, size_t n) noexcept { FreeHugePages(p, n * sizeof(T)); }
  friend bool operator==(const HugePageAllocator& /*a*/, const HugePageAllocator& /*b*/) {
    return true;
  }
};

}  // namespace dateline::learn
