# Shared environment for the project's scripts; source it, don't run it.
# Puts the pinned tools first on PATH and keeps Trunk from ever downloading anything.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$REPO_ROOT/node_modules/.bin:$PATH"

# Trunk: never fetch tools or check for updates; wasm-opt comes from npm binaryen 132,
# wasm-bindgen from the pinned wasm-bindgen-cli in ~/.cargo/bin.
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true

# Browser tests: Debian's Chromium and ChromeDriver, never a downloaded browser.
export CHROME_BIN=/usr/bin/chromium
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-300}"
# wasm-bindgen-test-runner adds headless + no-sandbox; this adds the quiet-network flags.
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$REPO_ROOT/scripts/webdriver.json"

# Pinned tool versions. wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
TRUNK_VERSION=0.21.14
# The wasm-bindgen crate's version in Cargo.lock (empty when there is no Cargo.lock yet).
wasm_bindgen_locked_version() {
  [ -f "$REPO_ROOT/Cargo.lock" ] || return 0
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$REPO_ROOT/Cargo.lock"
}
WASM_BINDGEN_VERSION="$(wasm_bindgen_locked_version)"
export TRUNK_VERSION WASM_BINDGEN_VERSION

# Print one summary line for a finished stage: `stage_done NAME START_SECONDS`.
stage_done() {
  printf '==> %-28s ok  (%ss)\n' "$1" "$(( SECONDS - $2 ))"
}
