#!/usr/bin/env bash
# Installs the Debian 12 packages claimgraph builds and tests with. Idempotent: does
# nothing when every package is present. Works as root or through sudo.
set -euo pipefail

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
  libgtest-dev libgmock-dev  # unit tests
  libxml2-dev            # tests only: parse rendered SVG structurally
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
