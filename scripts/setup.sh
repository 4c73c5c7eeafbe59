#!/usr/bin/env bash
# Install whatever is missing for building, serving and testing the app; pinned and
# idempotent, and quick (a few seconds) when everything is already present.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

setup_start=$SECONDS
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Debian Chromium + ChromeDriver (browser component tests and end-to-end tests).
t=$SECONDS
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update
  as_root apt-get install -y --no-install-recommends chromium chromium-driver
fi
stage_done "chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')" "$t"

# 2. The wasm32 target.
t=$SECONDS
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
stage_done "rust target wasm32" "$t"

# 2b. rustfmt, for the test command's format check.
t=$SECONDS
if ! cargo fmt --version >/dev/null 2>&1; then
  rustup component add rustfmt
fi
stage_done "rustfmt" "$t"

# 3. Trunk, pinned.
t=$SECONDS
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
stage_done "trunk $TRUNK_VERSION" "$t"

# 4. wasm-bindgen-cli, same version as the wasm-bindgen crate in Cargo.lock. Not --locked:
#    its own lock file wants a newer rustc than the pinned 1.95.
t=$SECONDS
if [ ! -f Cargo.lock ]; then
  cargo generate-lockfile
  WASM_BINDGEN_VERSION="$(wasm_bindgen_locked_version)"
fi
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "setup: cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
stage_done "wasm-bindgen-cli $WASM_BINDGEN_VERSION" "$t"

# 5. npm tools (binaryen 132 = wasm-opt, playwright-core, axe-core), exactly as locked.
t=$SECONDS
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
stage_done "npm packages" "$t"

# 6. Crates, so that every later build (and Trunk) can run offline.
t=$SECONDS
cargo fetch --locked --quiet
stage_done "cargo fetch" "$t"

stage_done "setup" "$setup_start"
