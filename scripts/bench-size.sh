#!/usr/bin/env bash
# README's benchmark command: the release build, then the sizes of what a first visit downloads
# (raw, gzip -9, brotli) against the 150 KB brotli budget, what the service worker adds after
# the app is up, and where the wasm's code goes by crate. Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
node scripts/size-report.mjs dist
echo
# Trunk's wasm-bindgen output still has the function names that wasm-opt strips from dist/:
# by crate, then the largest functions and generic families (FUNCTIONS=0 leaves those out).
node scripts/wasm-crates.mjs target/wasm-bindgen/release/partnerdesk_bg.wasm 16 "${FUNCTIONS:-25}"
