#!/usr/bin/env bash
# Installs the Debian 12 packages claimgraph builds and tests with. Idempotent: does
# nothing when every package is present. Works as root or through sudo.
#   scripts/install-deps.sh           # what the build needs
#   scripts/install-deps.sh --tests   # also the real clients the tests run: chromium (the
#                                     # report in a browser), python3-prov and python3-networkx
#                                     # (the exports), cmark-gfm (Markdown as GitHub shows it),
#                                     # zsh and fish (their completion scripts loaded), npm
#                                     # and from it Mermaid (report.md's diagram drawn) and
#                                     # playwright-core (claimgraph serve in chromium);
#                                     # a failure is a warning: those tests skip
set -euo pipefail
tests=0
[ "${1:-}" = "--tests" ] && tests=1

packages=(
  g++ cmake make pkg-config
  libboost-graph-dev     # provenance analyses (trace, reachability)
  libgraphviz-dev        # cgraph + gvc: build, lay out and render diagrams in-process
  libsqlitecpp-dev libsqlite3-dev  # the graph store
  libcli11-dev           # command-line parsing
  nlohmann-json3-dev     # JSON output
  libfmt-dev             # formatting
  libutf8proc-dev        # UTF-8 validation and Unicode character classes
  libgumbo-dev           # HTML5 parsing of saved web pages
  libcpp-httplib-dev     # claimgraph serve: the HTTP server
  libgoogle-perftools-dev  # tcmalloc: the programs' allocator (an ingest allocates millions of small rows)
  libgtest-dev libgmock-dev  # unit tests
  libxml2-dev            # tests only: parse rendered SVG structurally
  time                   # scripts/bench.sh: the peak memory of an ingest
)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
for p in "${packages[@]}"; do installed "$p" || missing+=("$p"); done
clients=()
if [ "$tests" = 1 ]; then
  for p in chromium python3-prov python3-networkx cmark-gfm zsh fish; do installed "$p" || clients+=("$p"); done
  command -v npm >/dev/null || installed npm || clients+=(npm)  # Node's own npm will do
fi
# From npm, for the browser tests: Mermaid, which draws report.md's diagram on GitHub
# (tests/browser/mermaid_in_chromium.py), and playwright-core, which drives Debian's
# chromium through claimgraph serve (tests/browser/serve_in_chromium.py)
npm_packages=("mermaid:10.9.8" "playwright-core:1.65.1")
npm_dir="${XDG_CACHE_HOME:-$HOME/.cache}/claimgraph/npm"
install_npm_packages() {
  [ "$tests" = 1 ] || return 0
  command -v npm >/dev/null || return 0
  local entry name version
  for entry in "${npm_packages[@]}"; do
    name=${entry%%:*} version=${entry#*:}
    grep -qs "\"version\": \"$version\"" "$npm_dir/node_modules/$name/package.json" && continue
    echo "install-deps: installing $name $version from npm into $npm_dir (a client the tests run)" >&2
    mkdir -p "$npm_dir"
    npm install --prefix "$npm_dir" --silent --no-audit --no-fund "$name@$version" >/dev/null 2>&1 ||
      echo "install-deps: warning: $name could not be installed; the test that runs it will skip" >&2
  done
}
if [ ${#missing[@]} -eq 0 ] && [ ${#clients[@]} -eq 0 ]; then install_npm_packages; exit 0; fi

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
for p in "${clients[@]}"; do
  echo "install-deps: installing $p (a client the tests run)" >&2
  "${sudo[@]}" apt-get install -y -qq "$p" >/dev/null ||
    echo "install-deps: warning: $p could not be installed; the test that runs it will skip" >&2
done
install_npm_packages
