#include <cstdio>

int main() {
  std::puts("dateline " DATELINE_VERSION);
  return 0;
}
