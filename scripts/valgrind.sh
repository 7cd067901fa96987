#!/usr/bin/env bash
# valgrind memcheck on an end-to-end run: ingest of the example investigation, then
# claims, disputes, trace, render (SVG, PNG), report, export and import, each under
# memcheck. Fails when memcheck reports an error or a definitely or indirectly lost block
# (leaks inside Graphviz, pango and fontconfig, which free nothing at exit, are suppressed
# by .ci/valgrind.supp, as for LeakSanitizer).
# Builds a RelWithDebInfo binary in build-valgrind/ (ASan and valgrind do not mix).
# usage: scripts/valgrind.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo; $sudo apt-get install -y -q valgrind; }
cmake -S . -B build-valgrind -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMGRAPH_TESTS=OFF >/dev/null
cmake --build build-valgrind -j"$(nproc)" --target claimgraph >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cg=build-valgrind/claimgraph
db="$work/v.db"
failed=0
run() {
  local log="$work/vg.log"
  if ! valgrind --tool=memcheck --leak-check=full --suppressions=.ci/valgrind.supp --errors-for-leak-kinds=definite,indirect \
       --error-exitcode=99 --log-file="$log" "$cg" "$@" >/dev/null 2>"$work/stderr"; then
    echo "FAIL  claimgraph $*"; cat "$log"; failed=1; return
  fi
  printf 'ok    %-22s %s; %s; %s\n' "claimgraph $1" "$(grep -o 'ERROR SUMMARY: [0-9]* errors' "$log")" \
    "$(grep -o 'definitely lost: [0-9,]* bytes' "$log" || echo 'definitely lost: 0 bytes')" \
    "$(grep -o 'suppressed: [0-9,]* bytes' "$log" || echo 'suppressed: 0 bytes')"
}
run ingest -q --db "$db" graphs/odesa-strike/articles
statement=$("$cg" claims --db "$db" --format json | head -1 | sed 's/.*"id":"\([0-9a-f]*\)".*/\1/')
run claims --db "$db"
run disputes --db "$db" --format json
run trace --db "$db" "$statement"
run render --db "$db" --format svg -o "$work/g.svg"
run render --db "$db" --format png -o "$work/g.png"
run report --db "$db" -o "$work/report"
run export --db "$db" --format dot -o "$work/g.dot"
run export --db "$db" --format prov-json -o "$work/g.json"
run import --db "$work/i.db" "$work/g.dot"
run extract --format json tests/data/port-strike.txt
exit $failed
