#!/usr/bin/env bash
# How fast claimgraph serve answers, on 1,000 generated articles (or --docs N): the API's
# endpoints over HTTP (p50 and p95 of each, and of all), then each view of the page in
# headless Chromium (scripts/bench/serve_views.js: from the click to the view drawn).
# Prints one figure per line as `name: value unit`. Builds in Release (build-bench).
# Usage: scripts/bench-serve.sh [--docs N] [--rounds N] [--db FILE]
#   --db FILE   measure on this database (the Sosnovka case, an archive) instead
set -euo pipefail
cd "$(dirname "$0")/.."
docs=1000
rounds=20
db=""
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --db) db=$(realpath "$2"); shift 2 ;;
    *) echo "bench-serve: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
scripts/install-deps.sh --tests
build=${CLAIMGRAPH_BENCH_DIR:-build-bench}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMGRAPH_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target claimgraph claimgraph_gen_corpus >/dev/null
tmp=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
if [ -z "$db" ]; then
  db=$tmp/bench.db
  "$build/claimgraph_gen_corpus" --docs "$docs" --out "$tmp/corpus.jsonl"
  "$build/claimgraph" ingest -q --db "$db" "$tmp/corpus.jsonl" >/dev/null
else
  cp "$db" "$tmp/bench.db"  # read as it is, never changed
  db=$tmp/bench.db
  docs=$("$build/claimgraph" documents --db "$db" --format csv | tail -n +2 | wc -l)
fi
"$build/claimgraph" serve --db "$db" --read-only --port 0 > "$tmp/serve.log" &
server=$!
for _ in $(seq 50); do grep -q "serving" "$tmp/serve.log" 2>/dev/null && break; sleep 0.1; done
base=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$tmp/serve.log")
echo "serve_documents: $docs"
echo "serve_claims: $("$build/claimgraph" claims --db "$db" --format csv | tail -n +2 | wc -l)"
python3 scripts/bench/serve_api.py "$base" "$rounds"
npm_dir="${XDG_CACHE_HOME:-$HOME/.cache}/claimgraph/npm"
if [ -f "$npm_dir/node_modules/playwright-core/package.json" ] && [ -x /usr/bin/chromium ]; then
  PLAYWRIGHT_CORE="$npm_dir/node_modules/playwright-core" BASE_URL="$base" ROUNDS="$rounds" \
    node scripts/bench/serve_views.js
else
  echo "bench-serve: chromium or playwright-core missing: the views are not measured" >&2
fi
