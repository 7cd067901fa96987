#!/usr/bin/env bash
# The README's first command: installs what is missing, builds the program alone (a
# Release unity build into build-demo/, its log in OUT/build.log), ingests the example
# investigation, prints who said what, and writes a provenance diagram and a report.
#   scripts/demo.sh [OUT]     # OUT defaults to out/
# 120 s on a fresh 2-core Debian 12 (minbase, every package installed by apt), 103 s with
# the packages present, the build alone 80 s (README).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out}
mkdir -p "$out"
log="$out/build.log"
: >"$log"
start=$SECONDS
fail() { tail -n 30 "$log" >&2; echo "demo: $1 failed; the whole log is $log" >&2; exit 1; }
echo "demo: installing what is missing (log: $log)"
scripts/install-deps.sh >>"$log" 2>&1 || fail "installing the packages"
echo "demo: building claimgraph (Release; about 1.5 minutes on 2 cores)"
cmake -S . -B build-demo -DCMAKE_BUILD_TYPE=Release -DCLAIMGRAPH_TESTS=OFF -DCMAKE_UNITY_BUILD=ON >>"$log" 2>&1 ||
  fail "configuring the build"
cmake --build build-demo -j"$(nproc)" --target claimgraph >>"$log" 2>&1 || fail "the build"
cg=build-demo/claimgraph
db="$out/demo.db"
rm -f "$db" "$db-wal" "$db-shm"
"$cg" ingest --quiet --db "$db" graphs/odesa-strike/articles
"$cg" claims --db "$db"
"$cg" render --db "$db" --format svg --title "Odesa strike: who said what" -o "$out/demo.svg"
"$cg" report --db "$db" --title "Odesa strike" -o "$out/report" >/dev/null
echo "demo: done in $((SECONDS - start)) s; diagram $out/demo.svg, report $out/report/index.html," \
  "program $cg (scripts/install.sh puts it on the PATH)"
echo "demo: to browse it: $cg serve --db $db   (then open http://127.0.0.1:8080/)"
