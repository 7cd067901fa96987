#!/usr/bin/env bash
# Builds claimgraph in Release and runs the benchmarks; prints one figure per line as
# `name: value unit`. Usage: scripts/bench.sh [--quick] [FILE|DIR...]
#   --quick   a 5 MB synthetic corpus (under a minute); the default is 50 MB
#   FILE|DIR  measure on these articles instead of the synthetic corpus
set -euo pipefail
cd "$(dirname "$0")/.."
mb=50
args=()
for a in "$@"; do
  case "$a" in
    --quick) mb=5 ;;
    *) args+=("$a") ;;
  esac
done
scripts/install-deps.sh
build=${CLAIMGRAPH_BENCH_DIR:-build-bench}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMGRAPH_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target claimgraph_bench_extract >/dev/null
if [ ${#args[@]} -eq 0 ]; then
  "$build/claimgraph_bench_extract" --mb "$mb"
else
  "$build/claimgraph_bench_extract" "${args[@]}"
fi
