#!/usr/bin/env bash
# Side by side on the same articles: claimgraph's extraction against the JavaScript NLP
# libraries a fact-checking tool might build on, wink-nlp (with its English lite model)
# and compromise, installed from the npm registry by this script. Prints one figure per
# line as `name: value unit`, and the ratios.
#
#   scripts/compare-peers.sh [--docs N] [FILE.jsonl...]
#     FILE.jsonl  JSON Lines batches of articles ({"text": …} per line)
#     --docs N    without files: a generated corpus of N articles (default 1000)
#
# claimgraph is timed as a whole process (`extract --format json`, load, extract, JSON
# out); the peers in-process after loading, which favours them. MB are article text.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=1000
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs=$2; shift 2 ;;
    *) files+=("$1"); shift ;;
  esac
done
scripts/install-deps.sh
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq nodejs npm >/dev/null
fi
build=${CLAIMGRAPH_BENCH_DIR:-build-bench}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMGRAPH_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target claimgraph claimgraph_gen_corpus >/dev/null
peers=${XDG_CACHE_HOME:-$HOME/.cache}/claimgraph-peers
mkdir -p "$peers"
if [ ! -d "$peers/node_modules/wink-nlp" ] || [ ! -d "$peers/node_modules/compromise" ]; then
  npm install --no-audit --no-fund --silent --prefix "$peers" wink-nlp wink-eng-lite-web-model compromise >&2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ ${#files[@]} -eq 0 ]; then
  "$build/claimgraph_gen_corpus" --docs "$docs" --out "$tmp/corpus.jsonl"
  files=("$tmp/corpus.jsonl")
fi
for f in "${files[@]}"; do
  echo "corpus: $f"
  node scripts/bench/peers.mjs "$peers" "$f" > "$tmp/peers.txt"
  cat "$tmp/peers.txt"
  mb=$(awk '/^peers_input_mb:/ { print $2 }' "$tmp/peers.txt")
  start=$(date +%s.%N)
  "$build/claimgraph" extract --format json "$f" > "$tmp/out.jsonl"
  end=$(date +%s.%N)
  awk -v mb="$mb" -v s="$start" -v e="$end" -v f="$tmp/peers.txt" 'BEGIN {
    cg = mb / (e - s)
    while ((getline line < f) > 0) { split(line, p, ": "); v[p[1]] = p[2] + 0 }
    printf "claimgraph_extract_mb_per_s: %.2f MB/s\n", cg
    printf "ratio_claimgraph_to_wink: %.1fx\n", cg / v["wink_mb_per_s"]
    printf "ratio_claimgraph_to_compromise: %.0fx\n", cg / v["compromise_mb_per_s"]
  }'
done
