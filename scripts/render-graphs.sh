#!/usr/bin/env bash
# Regenerates every rendered file in graphs/: for each investigation graphs/NAME/ with
# articles in graphs/NAME/articles/, ingests them into a fresh database and writes
# graphs/NAME/graph.dot (semantic DOT) and graphs/NAME/graph.svg. Uses build/claimgraph.
set -euo pipefail
cd "$(dirname "$0")/.."
cg=${CLAIMGRAPH:-build/claimgraph}
[ -x "$cg" ] || { echo "render-graphs: $cg not built (run scripts/demo.sh or cmake --build build)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for dir in graphs/*/; do
  name=$(basename "$dir")
  [ -d "$dir/articles" ] || continue
  db="$tmp/$name.db"
  "$cg" ingest --quiet --db "$db" "$dir/articles" >/dev/null
  "$cg" export --db "$db" --format dot -o "$dir/graph.dot"
  "$cg" render --db "$db" --format svg -o "$dir/graph.svg"
  echo "rendered $dir"
done
