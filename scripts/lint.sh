#!/usr/bin/env bash
# Style checks: clang-format (fails on any difference) and clang-tidy (.clang-tidy) over
# src/ and tests/, using the compile commands of the build-test directory.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f build-test/compile_commands.json ]] || cmake -S . -B build-test -G Ninja -DDATELINE_WERROR=ON >/dev/null
mapfile -t files < <(git ls-files 'src/*.cc' 'src/*.h' 'tests/*.cc' 'tests/*.h' 'bench/*.cc' 'fuzz/*.cc')
clang-format --dry-run --Werror "${files[@]}"
mapfile -t units < <(git ls-files 'src/*.cc')
printf '%s\n' "${units[@]}" | xargs -P "$(nproc)" -n 8 clang-tidy -p build-test --quiet 2>/dev/null |
  tee /tmp/dateline-tidy.log | grep -E "warning:|error:" && exit 1
echo "lint: clean"
