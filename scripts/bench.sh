#!/usr/bin/env bash
# Builds claimgraph in Release and runs the benchmarks; prints one figure per line as
# `name: value unit`. Usage: scripts/bench.sh [--quick|--full] [--sizes "N N…"] [FILE|DIR...]
#   --quick     extraction on 5 MB of synthetic text, ingest of 1,000 generated articles,
#               queries on a 20,000-statement database (under a minute)
#   (default)   50 MB of text; ingest (default, then --fast) of 1,000, 10,000 and 100,000
#               articles (how throughput and memory grow with the corpus); queries on a
#               1,000,000-statement database with about 3.4 million edges
#   --full      as the default, and ingest of 1,000,000 articles too (docs/performance.md
#               says how long a run takes)
#   --sizes     the ingest sizes, in articles
#   FILE|DIR    measure extraction on these articles instead of the synthetic text
set -euo pipefail
cd "$(dirname "$0")/.."
mb=50
sizes="1000 10000 100000"
statements=1000000
samples=300
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) mb=5; sizes=1000; statements=20000; samples=100; shift ;;
    --full) sizes="1000 10000 100000 1000000"; shift ;;
    --sizes) sizes=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
scripts/install-deps.sh
build=${CLAIMGRAPH_BENCH_DIR:-build-bench}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMGRAPH_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target claimgraph_bench_extract claimgraph_bench_query claimgraph_gen_corpus \
  claimgraph_bench_syntax claimgraph >/dev/null
# extraction as extract runs it (rules and parse), then --fast (the rules alone)
for fast in "" --fast; do
  if [ ${#args[@]} -eq 0 ]; then
    "$build/claimgraph_bench_extract" $fast --mb "$mb"
  else
    "$build/claimgraph_bench_extract" $fast "${args[@]}"
  fi
done
# tokenizer, tagger and parser alone (words per second on one core, model load time)
"$build/claimgraph_bench_syntax"
# ingest end to end (load, extract, resolve, store, indexes, full-text search) of
# generated corpora, with the peak resident memory of the process
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for docs in $sizes; do
  "$build/claimgraph_gen_corpus" --docs "$docs" --out "$tmp/corpus.jsonl"
  bytes=$(stat -c %s "$tmp/corpus.jsonl")
  # the default extractor (figures named ingest_*), then the word rules alone (ingest_fast_*)
  for mode in "" --fast; do
    rm -f "$tmp/bench.db"*
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$build/claimgraph" ingest -q $mode --db "$tmp/bench.db" \
      "$tmp/corpus.jsonl" >/dev/null
    read -r secs kb < "$tmp/time"
    awk -v p="ingest${mode:+_fast}" -v n="$docs" -v b="$bytes" -v s="$secs" -v k="$kb" \
      -v db="$(stat -c %s "$tmp/bench.db")" 'BEGIN {
      printf "%s_documents: %d\n", p, n
      printf "%s_input_mb: %.2f MB\n", p, b / 1e6
      printf "%s_seconds: %.1f s\n", p, s
      printf "%s_mb_per_s: %.3f MB/s\n", p, b / 1e6 / s
      printf "%s_documents_per_s: %.0f documents/s\n", p, n / s
      printf "%s_peak_rss_mb: %.1f MB\n", p, k / 1024
      printf "%s_db_mb: %.1f MB\n", p, db / 1e6 }'
  done
  rm -f "$tmp/corpus.jsonl"
done
# trace, render --focus and whole-graph analyses on an archive-sized database
"$build/claimgraph_bench_query" --statements "$statements" --samples "$samples" --db "$tmp/query.db"
