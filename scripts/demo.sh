#!/usr/bin/env bash
# Quick start: installs what is missing, builds dateline, ingests the bundled example
# articles into ./dateline.db and prints a timeline of the 2020 Nagorno-Karabakh war.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DDATELINE_TESTS=OFF >/dev/null
cmake --build build --target dateline

status=0
./build/dateline ingest examples --db dateline.db || status=$?
if [[ $status -gt 1 ]]; then exit $status; fi
echo
./build/dateline timeline "Nagorno-Karabakh" --db dateline.db --dates 12 --sentences 1
echo
echo "Browse it:   ./build/dateline serve --db dateline.db    then open http://127.0.0.1:8080"
echo "Query it:    ./build/dateline events --db dateline.db --from 2020-10-01 --to 2020-10-31"
