#!/usr/bin/env bash
# Builds claimgraph in Release and runs the benchmarks; prints one figure per line as
# `name: value unit`. Usage: scripts/bench.sh [--quick] [FILE|DIR...]
#   --quick   extraction on 5 MB of synthetic text, ingest of 1,000 generated articles
#             (under a minute); the default is 50 MB and 10,000 articles
#   FILE|DIR  measure extraction on these articles instead of the synthetic text
set -euo pipefail
cd "$(dirname "$0")/.."
mb=50
docs=10000
args=()
for a in "$@"; do
  case "$a" in
    --quick) mb=5; docs=1000 ;;
    *) args+=("$a") ;;
  esac
done
scripts/install-deps.sh
build=${CLAIMGRAPH_BENCH_DIR:-build-bench}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMGRAPH_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target claimgraph_bench_extract claimgraph_gen_corpus claimgraph >/dev/null
if [ ${#args[@]} -eq 0 ]; then
  "$build/claimgraph_bench_extract" --mb "$mb"
else
  "$build/claimgraph_bench_extract" "${args[@]}"
fi
# ingest end to end (load, extract, resolve, store, indexes, full-text search) of a
# generated corpus, with the peak resident memory of the process
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/claimgraph_gen_corpus" --docs "$docs" --out "$tmp/corpus.jsonl"
bytes=$(stat -c %s "$tmp/corpus.jsonl")
/usr/bin/time -f "%e %M" -o "$tmp/time" "$build/claimgraph" ingest -q --db "$tmp/bench.db" "$tmp/corpus.jsonl" >/dev/null
read -r secs kb < "$tmp/time"
echo "ingest_documents: $docs"
awk -v b="$bytes" -v s="$secs" -v k="$kb" 'BEGIN {
  printf "ingest_input_mb: %.2f MB\n", b / 1e6
  printf "ingest_mb_per_s: %.3f MB/s\n", b / 1e6 / s
  printf "ingest_documents_per_s: %.0f documents/s\n", '"$docs"' / s
  printf "ingest_peak_rss_mb: %.1f MB\n", k / 1024 }'
