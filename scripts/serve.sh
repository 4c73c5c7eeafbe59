#!/usr/bin/env bash
# README command 1: install whatever is missing, then serve the release build on
# http://127.0.0.1:8080/ (rebuilds when sources change; Ctrl-C stops it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

bash scripts/setup.sh
echo "==> serving the release build on http://127.0.0.1:8080/"
exec trunk serve --release "$@"
