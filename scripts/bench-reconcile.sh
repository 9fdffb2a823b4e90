#!/usr/bin/env bash
# Benchmark of month-end reconciliation (issue 12; prints figures, asserts nothing): a file of
# 100,000 rows (52.8 MB) made from the generated 10,000-customer book, read in 1 MB slices and
# reconciled against the book's latest invoice, natively and in wasm in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
echo "== native =="
cargo run --locked --quiet --release -p partnerdesk-core --example bench_reconcile
echo "== wasm (headless Chromium) =="
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=900 \
  cargo test --locked --release -p partnerdesk-core --target wasm32-unknown-unknown \
  --test bench_reconcile_wasm -- --include-ignored --nocapture 2>&1 | grep -E "^wasm "
