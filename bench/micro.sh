#!/usr/bin/env bash
# Runs every microbenchmark binary in the given build directory.
set -euo pipefail
dir=$1
for b in "$dir"/*_bench; do
  [[ -x "$b" ]] || continue
  echo "-- $(basename "$b")"
  "$b" --benchmark_min_time=0.5
done
