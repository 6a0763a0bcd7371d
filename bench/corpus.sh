#!/usr/bin/env bash
# Whole-corpus figures: articles/s, MB/s and peak memory of `annotate` and `ingest` over
# the Wikipedia Current Events Portal corpus (8,018 daily files).
#   bench/corpus.sh path/to/dateline [corpus-dir]
set -euo pipefail
bin=$(realpath "$1")
corpus=${2:-$(dirname "$0")/../../shared/data/corpora/wcep-portal}
corpus=$(realpath "$corpus")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

files=$(find "$corpus" -type f -name '*.txt' | wc -l)
bytes=$(find "$corpus" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "corpus: $corpus ($files files, $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB)"

measure() {  # label, command...
  local label=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || true
  read -r secs kb <"$work/time"
  awk -v l="$label" -v f="$files" -v b="$bytes" -v s="$secs" -v k="$kb" 'BEGIN {
    printf "%-28s %6.2f s  %8.0f articles/s  %6.2f MB/s  peak %6.0f MB\n", l, s, f/s, b/1e6/s, k/1024 }'
}

measure "annotate (all cores)" "$bin" annotate "$corpus"
measure "annotate (1 thread)" "$bin" annotate --threads 1 "$corpus"
measure "ingest (all cores)" "$bin" ingest -q "$corpus" --db "$work/w.db"
rm -f "$work"/w.db*
measure "ingest (1 thread)" "$bin" ingest -q --threads 1 "$corpus" --db "$work/w.db"
measure "re-ingest (no-op)" "$bin" ingest -q "$corpus" --db "$work/w.db"
