#!/usr/bin/env bash
# README's benchmark command: the release build, then the sizes of what a first visit downloads
# (raw, gzip -9, brotli) against the 150 KB brotli budget. Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
node scripts/size-report.mjs dist
