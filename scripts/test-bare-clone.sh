#!/usr/bin/env bash
# The repository must stand on its own (issue 17): clone a commit (HEAD unless one is given)
# into an empty temporary folder, with nothing beside it (no shared/ guide), and run the
# native tests there. Any test that reads a file outside the repository fails here.
# .ci/run calls it after scripts/test.sh; by hand: bash scripts/test-bare-clone.sh [COMMIT]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

start=$SECONDS
commit="$(git rev-parse --verify "${1:-HEAD}^{commit}")"
if [ -z "${1:-}" ] && [ -n "$(git status --porcelain)" ]; then
  echo "note: uncommitted changes are not in the clone; testing commit ${commit:0:12}" >&2
fi
parent="$(mktemp -d)"
trap 'rm -rf "$parent"' EXIT
clone="$parent/kasm-sizer"
git clone --quiet --no-checkout "$REPO_ROOT" "$clone"
git -C "$clone" checkout --quiet --detach "$commit"
echo "==> bare clone of ${commit:0:12} in $clone (beside it: $(ls -A "$parent" | tr '\n' ' '))"

# Share the checkout's target folder: the dependencies are already compiled there, so only
# kasm-sizer itself is built again, from the clone (about 100 s on the 2-core build machine
# against about 230 s with a fresh target folder). The checkout's next build rebuilds it.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$REPO_ROOT/target}"
cd "$clone"
cargo test --all-targets
cargo test --doc
stage_done "native tests in a bare clone" "$start"
