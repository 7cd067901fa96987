#!/usr/bin/env bash
# Installs claimgraph for the current user (or under PREFIX): the program, and completion
# scripts for bash, zsh and fish. Builds it first when scripts/demo.sh has not.
#   scripts/install.sh                  # into ~/.local (bin/ is on Debian's default PATH
#                                       # for login shells once it exists)
#   PREFIX=/usr/local sudo -E scripts/install.sh
# Installs:  PREFIX/bin/claimgraph
#            PREFIX/share/bash-completion/completions/claimgraph
#            PREFIX/share/zsh/site-functions/_claimgraph
#            PREFIX/share/fish/vendor_completions.d/claimgraph.fish (~/.config/fish/completions/
#            for the default prefix)
# `claimgraph --help` and `claimgraph COMMAND --help` are the manual.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${PREFIX:-$HOME/.local}
log=${TMPDIR:-/tmp}/claimgraph-install.log
: >"$log"
echo "install: building claimgraph (Release; nothing to do when scripts/demo.sh built it; log: $log)"
scripts/install-deps.sh >>"$log" 2>&1
cmake -S . -B build-demo -DCMAKE_BUILD_TYPE=Release -DCLAIMGRAPH_TESTS=OFF -DCMAKE_UNITY_BUILD=ON >>"$log" 2>&1
cmake --build build-demo -j"$(nproc)" --target claimgraph >>"$log" 2>&1 ||
  { tail -n 30 "$log" >&2; echo "install: the build failed; the whole log is $log" >&2; exit 1; }
cg=build-demo/claimgraph
# fish reads a user's completions from ~/.config/fish/completions, and vendor ones from
# PREFIX/share/fish/vendor_completions.d for a system prefix
fish_dir="$prefix/share/fish/vendor_completions.d"
[ "$prefix" = "$HOME/.local" ] && fish_dir="${XDG_CONFIG_HOME:-$HOME/.config}/fish/completions"
install -d "$prefix/bin" "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" "$fish_dir"
install -m 755 "$cg" "$prefix/bin/claimgraph"
"$cg" completion bash >"$prefix/share/bash-completion/completions/claimgraph"
"$cg" completion zsh >"$prefix/share/zsh/site-functions/_claimgraph"
"$cg" completion fish >"$fish_dir/claimgraph.fish"
echo "install: claimgraph in $prefix/bin; completions: bash (loaded by the bash-completion package), fish" \
  "($fish_dir), zsh ($prefix/share/zsh/site-functions: add it to fpath before compinit)"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "install: $prefix/bin is not on your PATH: add it (export PATH=\"$prefix/bin:\$PATH\")" ;;
esac
