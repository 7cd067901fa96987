#!/usr/bin/env bash
# Fuzzes claimgraph's readers with libFuzzer (clang, ASan + UBSan), each target for a
# bounded time, starting from seed corpora written by us (tests/fuzz/seeds, the test data,
# the example investigations and their exports). Prints one line per target:
#   fuzz_<target>: <seconds> s, <runs> runs, <corpus> inputs, no crash
# and exits 1 on the first crash, leaving the input in build-fuzz/crashes/ (make it a
# regression test).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]   # default 60 s each; targets: text html jsonl
#                                           # graph_file json_import ingest
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(text html jsonl graph_file json_import ingest)
scripts/install-deps.sh
if ! command -v clang++ >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq clang >/dev/null
fi
build=${CLAIMGRAPH_FUZZ_DIR:-build-fuzz}
CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMGRAPH_FUZZ=ON -DCLAIMGRAPH_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target claimgraph $(printf 'claimgraph_fuzz_%s ' "${targets[@]}") >/dev/null

# seeds: ours, plus exports of the example investigation for the JSON importer
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{text,html,jsonl,graph_file,json_import,ingest}
cp tests/fuzz/seeds/*.txt tests/data/*.txt graphs/*/articles/*.txt "$seeds/text/"
cp tests/fuzz/seeds/*.html "$seeds/html/"
# the ingest target generates its articles from any bytes: a few fixed ones to start from
for n in 1 2 3 4; do head -c $((n * 64)) /dev/zero | tr '\0' "\\$((n + 1))" >"$seeds/ingest/$n"; done
cp tests/fuzz/seeds/*.ndjson "$seeds/jsonl/"
cp tests/fuzz/seeds/*.dot tests/data/graphs/*.dot graphs/*/curated.dot "$seeds/graph_file/"
db="$build/seed.db"
rm -f "$db"
ASAN_OPTIONS=detect_leaks=0 "$build/claimgraph" ingest -q --db "$db" graphs/sosnovka-market/articles >/dev/null
for f in json prov-json; do
  ASAN_OPTIONS=detect_leaks=0 "$build/claimgraph" export --db "$db" --format "$f" -o "$seeds/json_import/sosnovka.$f"
done
ASAN_OPTIONS=detect_leaks=0 "$build/claimgraph" export --db "$db" --format dot -o "$seeds/graph_file/sosnovka.dot"

mkdir -p "$build/crashes"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  mkdir -p "$corpus"
  log="$build/fuzz_$t.log"
  # -timeout: one input taking 10 s is a hang; -rss_limit_mb: memory must stay bounded
  if ! "$build/claimgraph_fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$build/crashes/$t-" "$corpus" "$seeds/$t" >"$log" 2>&1; then
    echo "fuzz_$t: CRASH after $(grep -c '^#' "$log") status lines; input in $build/crashes/; log $log" >&2
    grep -m1 -E "ERROR|SUMMARY|runtime error" "$log" >&2 || true
    exit 1
  fi
  runs=$(awk '/stat::number_of_executed_units/ { print $2 }' "$log")
  inputs=$(ls "$corpus" | wc -l)
  echo "fuzz_$t: $seconds s, $runs runs, $inputs inputs, no crash"
done
