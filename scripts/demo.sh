#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, ingests the example
# investigation, prints who said what and writes a provenance diagram.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMGRAPH_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target claimgraph
out=${1:-out}
mkdir -p "$out"
rm -f "$out/demo.db" "$out/demo.db-wal" "$out/demo.db-shm"
build/claimgraph ingest --db "$out/demo.db" graphs/odesa-strike/articles
build/claimgraph claims --db "$out/demo.db"
build/claimgraph render --db "$out/demo.db" --format svg -o "$out/demo.svg"
echo "diagram written to $out/demo.svg"
