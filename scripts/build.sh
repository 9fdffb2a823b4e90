#!/usr/bin/env bash
# The release build into dist/: set-up, then Trunk offline with std built for size
# (scripts/release-flags.sh) with npm's wasm-opt first on PATH
# (its post_build hook writes sw.js's file list), then brotli and gzip copies of the text and
# wasm files for hosts that serve precompressed files (scripts/static-server.mjs does).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
. scripts/release-flags.sh
trunk build --release --offline
node scripts/precompress.mjs dist
