#!/usr/bin/env bash
# Renders every investigation in graphs/: for each graphs/NAME/, checks its graph files
# (graphs/NAME/*.dot; any error fails the run), ingests graphs/NAME/articles/, imports the
# graph files, and writes into OUT/NAME/:
#   graph.dot      the whole graph as semantic DOT (a graph file)
#   graph.svg      the diagram (copies of one wire story grouped)
#   disputed.svg   the claims in a dispute, their sources and documents
#   overview.svg   the graph grouped: outlets, the sources they quote, with counts
#   claims.txt, disputes.txt, timeline.txt   the listings
#   report/index.html, report/report.md       the report (self-contained HTML, Markdown)
# Usage: scripts/render-graphs.sh [--check] [OUT]
#   OUT       where to write (default: graphs, so graphs/NAME/rendered/ is committed beside
#             the case)
#   --check   render into a temporary folder and compare with graphs/NAME/rendered/: exit 1
#             and name the stale files when a committed render no longer matches
# Uses $CLAIMGRAPH, else build/claimgraph (built by scripts/demo.sh or scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
out=""
for a in "$@"; do
  case "$a" in
    --check) check=1 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) out="$a" ;;
  esac
done
cg=${CLAIMGRAPH:-build/claimgraph}
[ -x "$cg" ] || [ -n "${CLAIMGRAPH:-}" ] || cg=build-demo/claimgraph
[ -x "$cg" ] || { echo "render-graphs: $cg is not built (run scripts/demo.sh first)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ "$check" = 1 ]; then dest="$tmp/out"; else dest="${out:-graphs}"; fi

status=0
for dir in graphs/*/; do
  name=$(basename "$dir")
  files=()
  for f in "$dir"*.dot; do [ -f "$f" ] && files+=("$f"); done
  [ -d "$dir/articles" ] || [ ${#files[@]} -gt 0 ] || continue
  if [ ${#files[@]} -gt 0 ] && ! "$cg" check "${files[@]}"; then
    echo "render-graphs: $name: the graph files have errors" >&2
    status=1
    continue
  fi
  # the case's rendered files sit beside it when written into graphs/
  if [ "$dest" = graphs ]; then target="graphs/$name/rendered"; else target="$dest/$name"; fi
  mkdir -p "$target"
  db="$tmp/$name.db"
  rm -f "$db"
  if [ -d "$dir/articles" ]; then "$cg" ingest --quiet --db "$db" "${dir}articles" >/dev/null; fi
  if [ ${#files[@]} -gt 0 ]; then "$cg" import --db "$db" "${files[@]}" >/dev/null; fi
  "$cg" export --db "$db" --format dot -o "$target/graph.dot"
  "$cg" render --db "$db" --format svg -o "$target/graph.svg"
  "$cg" render --db "$db" --format svg --disputed-only -o "$target/disputed.svg"
  "$cg" render --db "$db" --format svg --group-by outlet -o "$target/overview.svg"
  "$cg" claims --db "$db" > "$target/claims.txt"
  "$cg" disputes --db "$db" > "$target/disputes.txt"
  "$cg" timeline --db "$db" > "$target/timeline.txt"
  "$cg" report --db "$db" -o "$target/report" --title "$name" >/dev/null
  if [ "$check" = 1 ]; then
    committed="graphs/$name/rendered"
    if ! diff -rq "$target" "$committed" >/dev/null 2>&1; then
      diff -rq "$target" "$committed" 2>&1 | sed "s|$target|(this build)|" >&2 || true
      echo "render-graphs: $committed is stale (run scripts/render-graphs.sh and commit)" >&2
      status=1
    fi
  else
    echo "rendered $name into $target"
  fi
done
if [ "$check" = 1 ] && [ "$status" = 0 ]; then echo "render-graphs: every committed render is up to date"; fi
exit "$status"
