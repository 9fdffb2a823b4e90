#!/usr/bin/env bash
# Benchmark of the rules engine (prints figures, asserts nothing): derives every invoice of a
# generated 10,000-customer / ~31,000-subscription / 3-year book natively and in wasm in
# headless Chromium, prints the serialized size of the history, and times what the Billing
# page does for one month in wasm: derive, take the invoice, write its reconciliation CSV.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
echo "== native =="
cargo run --locked --quiet --release -p partnerdesk-core --example bench_derive
echo "== wasm (headless Chromium) =="
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=600 \
  cargo test --locked --release -p partnerdesk-core --target wasm32-unknown-unknown \
  --test bench_wasm -- --include-ignored --nocapture 2>&1 | grep -E "^wasm "
