#!/usr/bin/env bash
# Installs the Debian 12 packages claimgraph builds and tests with. Idempotent: does
# nothing when every package is present. Works as root or through sudo.
#   scripts/install-deps.sh           # what the build needs
#   scripts/install-deps.sh --tests   # also chromium, for the browser test of the report
#                                     # (a failure to install it is a warning: that test skips)
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
  libgtest-dev libgmock-dev  # unit tests
  libxml2-dev            # tests only: parse rendered SVG structurally
)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
for p in "${packages[@]}"; do installed "$p" || missing+=("$p"); done
browser=0
[ "$tests" = 1 ] && ! installed chromium && browser=1
[ ${#missing[@]} -eq 0 ] && [ "$browser" = 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "$browser" = 1 ]; then
  echo "install-deps: installing chromium (browser test of the report)" >&2
  "${sudo[@]}" apt-get install -y -qq chromium >/dev/null ||
    echo "install-deps: warning: chromium could not be installed; the browser test will skip" >&2
fi
