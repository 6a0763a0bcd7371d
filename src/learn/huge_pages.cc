#include "learn/huge_pages.h"

#include <sys/mman.h>

#include <cstdlib>
#include <new>

namespace dateline::learn {

namespace {
constexpr size_t kHugePage = size_t{2} << 20;
}  // namespace

void* AllocateHugePages(size_t bytes) {
  if (bytes < kHugePage) return ::operator new(bytes);
  const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
  void* p = std::aligned_alloc(kHugePage, rounded);
  if (p == nullptr) throw std::bad_alloc();
#if defined(MADV_HUGEPAGE)
  // Advice only: where the kernel declines, the table works on small pages.
  (void)madvise(p, rounded, MADV_HUGEPAGE);
#endif
  return p;
}

void FreeHugePages(void* p, size_t bytes) noexcept {
  if (bytes < kHugePage) {
    ::operator delete(p);
  } else {
    std::free(p);  // NOLINT(cppcoreguidelines-no-malloc): pairs with aligned_alloc above
  }
}

}  // namespace dateline::learn
