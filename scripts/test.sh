#!/usr/bin/env bash
# Builds and runs the whole test suite: a warnings-as-errors build, the same suite under
# AddressSanitizer + UBSan, and a short run of each fuzz target.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
jobs=$(nproc)

echo "== build (warnings as errors)"
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDATELINE_WERROR=ON >/dev/null
cmake --build build-test -j "$jobs"
echo "== tests"
ctest --test-dir build-test --output-on-failure -j "$jobs" | tee build-test/ctest.log

echo "== build (AddressSanitizer + UBSan)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDATELINE_WERROR=ON \
  -DDATELINE_SANITIZE=ON >/dev/null
cmake --build build-asan -j "$jobs"
echo "== tests under sanitizers"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"

if [[ -f fuzz/CMakeLists.txt ]]; then
  echo "== fuzz (short runs)"
  CCACHE_DISABLE=1 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DDATELINE_FUZZ=ON -DDATELINE_TESTS=OFF >/dev/null
  cmake --build build-fuzz -j "$jobs" --target fuzzers
  for f in build-fuzz/fuzz/*_fuzz; do
    echo "-- $f"
    mkdir -p "build-fuzz/corpus/$(basename "$f")"
    "$f" -max_total_time="${FUZZ_SECONDS:-20}" -max_len=4096 -print_final_stats=0 \
      "build-fuzz/corpus/$(basename "$f")" 2>&1 | tail -2
  done
fi

# The main run's summary again, so the closing lines report the suite.
tail -3 build-test/ctest.log
