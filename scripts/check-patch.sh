#!/usr/bin/env bash
# Fails when cargo reports a [patch.crates-io] entry of Cargo.toml unused.
#
# vendor/wasm-streams-unused stands in for wasm-streams, which Leptos's `csr` feature links
# through server_fn's browser client although this app has no server functions (see
# Cargo.toml). If Leptos stops depending on wasm-streams 0.5, or the stand-in's version no
# longer matches, cargo only warns ("Patch `wasm-streams ...` was not used in the crate
# graph") and the build goes on with the real crate or without it: this makes that an error,
# so the stand-in is removed or updated on purpose. Run by scripts/test.sh (and so by
# .ci/run) before any test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

# cargo metadata resolves the whole graph (every target) and prints the warning on stderr.
rc=0
err="$(cargo metadata --format-version 1 --locked 2>&1 >/dev/null)" || rc=$?
if unused="$(grep -i 'was not used in the crate graph' <<<"$err")"; then
  printf '%s\n' "$unused" >&2
  echo "check-patch: a [patch.crates-io] entry in Cargo.toml is unused: update or remove it (vendor/wasm-streams-unused)" >&2
  exit 1
fi
if [ "$rc" -ne 0 ]; then
  printf '%s\n' "$err" >&2
  echo "check-patch: cargo metadata failed" >&2
  exit 1
fi
