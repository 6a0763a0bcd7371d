#!/usr/bin/env bash
# Installs the Debian 12 packages dateline needs to build, test and benchmark.
# Idempotent: does nothing (and prints nothing) when everything is present.
#   scripts/install-deps.sh          build + run
#   scripts/install-deps.sh --test   also the test, fuzz and benchmark tools
set -euo pipefail

packages=(
  g++ cmake ninja-build ccache pkg-config
  libfmt-dev libsqlite3-dev zlib1g-dev libicu-dev libsimdjson-dev libxxhash-dev
  libcli11-dev libcpp-httplib-dev
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(libgtest-dev libgmock-dev libbenchmark-dev clang libclang-rt-14-dev sqlite3)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
if [[ "$(id -u)" != 0 ]]; then
  sudo="sudo"
fi
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
