#!/usr/bin/env bash
# README's test command: set-up, then every test layer, a summary line per layer, and a failing
# exit status when any layer fails. A failing layer does not stop the others.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || exit 1
export PATH="$PWD/node_modules/.bin:$PATH"

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
summary=()
failed_layers=0
all_passed=0
all_failed=0

# Adds up a layer's counts: cargo's "N passed; M failed;", node's "# pass N", "# fail M", and
# the lint layer's "lint checks: N passed, M failed".
count() {
  local log=$1 cargo_word=$2 node_word=$3
  {
    grep -oE "[0-9]+ $cargo_word;" "$log"
    grep -oE "^# $node_word [0-9]+" "$log"
    grep -E "^lint checks: " "$log" | grep -oE "[0-9]+ $cargo_word"
  } | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }'
}

# layer NAME COMMAND...: runs the command, shows its output, records its result.
layer() {
  local name=$1
  shift
  local log="$logs/$name.log"
  echo
  echo "=== $name: $* ==="
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local passed failed verdict=PASS
  passed=$(count "$log" passed pass)
  failed=$(count "$log" failed fail)
  if [ "$status" -ne 0 ]; then
    verdict=FAIL
    failed_layers=$((failed_layers + 1))
  elif [ "$passed" -eq 0 ]; then
    # A layer that ran nothing has tested nothing.
    verdict="FAIL (no test ran)"
    failed_layers=$((failed_layers + 1))
  fi
  all_passed=$((all_passed + passed))
  all_failed=$((all_failed + failed))
  summary+=("$(printf '%-10s %s: %d passed, %d failed (exit %d)' "$name" "$verdict" "$passed" "$failed" "$status")")
}

# 0. Lint: formatting, and clippy with warnings as errors, natively and for the wasm target (the
#    app's browser code and browser tests compile only there; the release build's pages loaded on
#    demand, feature split-routes, too). Every check runs; each counts.
lint() {
  local passed=0 failed=0 check
  local checks=(
    "cargo fmt --all -- --check"
    "cargo clippy --workspace --all-targets --locked -- -D warnings"
    "cargo clippy --locked --target wasm32-unknown-unknown -p partnerdesk --all-targets -- -D warnings"
    "cargo clippy --locked --target wasm32-unknown-unknown -p partnerdesk --features split-routes -- -D warnings"
  )
  for check in "${checks[@]}"; do
    echo "--- $check"
    if $check; then
      passed=$((passed + 1))
    else
      echo "lint: FAILED: $check"
      failed=$((failed + 1))
    fi
  done
  echo "lint checks: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
layer lint lint

# 1. Native: the pure core's rules and the app's plain-Rust logic.
layer native cargo test --workspace --locked --no-fail-fast

# 2. Components in headless Chromium (runner and flags: .cargo/config.toml, webdriver.json).
layer browser env CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=300 \
  cargo test --locked --no-fail-fast --target wasm32-unknown-unknown -p partnerdesk

# 3. End to end: the release build served on 127.0.0.1, driven by playwright-core.
e2e() {
  bash scripts/build.sh && node --test tests/e2e/*.test.mjs
}
layer e2e e2e

echo
echo "=== summary ==="
printf '%s\n' "${summary[@]}"
echo "total: $all_passed passed, $all_failed failed"
[ "$failed_layers" -eq 0 ]
