#!/usr/bin/env bash
# Benchmark of the stored book (prints figures, asserts nothing): natively, the compact size
# of the generated 10,000-customer / one-year book against Chromium's quota, encode and decode
# times, the fold's encoding in slices (the longest), where a load's decoding goes, one
# action's journal entry and a merge of journals, the check on load and the largest book that
# fits; then in headless Chromium, the same book in the real localStorage: the probed quota,
# its share of it, the backup check step by step, the time to store it whole, the load time
# (read + decode + derive), one action stored (its tab's journal; target <= 20 ms), a cold load
# with journals to merge (target <= 200 ms), where its reading goes, the fold in steps (its
# longest task; target <= 100 ms), and the largest book that fits; the app's start (the book
# read ahead in steps, its longest task; then the first load), the read's steps stage by stage,
# and a restore over the stored book (its longest task). The load average is printed first:
# every figure grows with it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
uptime
echo "== native =="
cargo run --locked --quiet --release -p partnerdesk-core --example bench_storage
echo "== wasm (headless Chromium) =="
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=1800 \
  cargo test --locked --release -p partnerdesk --target wasm32-unknown-unknown \
  --test storage_bench --test storage_bench_start -- --include-ignored --nocapture 2>&1 | grep -E "^wasm "
