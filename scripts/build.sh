#!/usr/bin/env bash
# The release build into dist/: set-up, then Trunk offline with npm's wasm-opt first on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
trunk build --release --offline
