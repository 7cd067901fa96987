#!/usr/bin/env bash
# Installs the dependencies, builds claimgraph with its tests, runs them with ctest.
#   scripts/test.sh                 # the README's test command: the fast suite (seconds)
#   scripts/test.sh --all           # and the slow tests (ctest label "slow": kill and
#                                   # resume, linear time, real corpora; minutes)
#   CLAIMGRAPH_SANITIZE=ON CLAIMGRAPH_WERROR=ON scripts/test.sh --all   # what CI runs
set -euo pipefail
select=(-LE slow)
case "${1:-}" in
  --all) select=() ;;
  "") ;;
  *) echo "usage: scripts/test.sh [--all]" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
build=${BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} -DCLAIMGRAPH_TESTS=ON \
  -DCLAIMGRAPH_WERROR="${CLAIMGRAPH_WERROR:-OFF}" -DCLAIMGRAPH_SANITIZE="${CLAIMGRAPH_SANITIZE:-OFF}" >/dev/null
cmake --build "$build" -j"$(nproc)"
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" "${select[@]}"
