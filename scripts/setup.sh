#!/usr/bin/env bash
# Installs what PartnerDesk's build and tests need, skipping whatever is already there, so a
# second run takes seconds. Runs unattended (CI=true, no stdin) as root on Debian 12; each
# step says below why it is done the way it is.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4 # wasm-split-cli, of the crate wasm_split_cli_support
WASM_OPT_VERSION=132 # must match package-lock.json's binaryen and Trunk.toml's [tools] wasm_opt

say() { echo "setup: $*"; }

# Runs a command as root: directly when we are root (CI, these machines), else through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Rust's wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The standard library's source and the crates it is built from: the release build compiles
# std itself, for size (scripts/release-flags.sh says why). `cargo fetch` with those flags
# downloads std's crates; it asks the registry only when something is missing.
if ! rustup component list --installed | grep -qx rust-src; then
  say "adding the rust-src component"
  rustup component add rust-src
fi
(
  . scripts/release-flags.sh
  cargo fetch --locked --target wasm32-unknown-unknown --quiet
)

# Trunk. 0.22 needs a newer rustc than these machines have.
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 9 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen CLI and test runner, exactly the wasm-bindgen version of Cargo.lock. No --locked:
# the CLI's own lock names a crate version the registry lacks.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "setup: no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
  [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# wasm-split-cli: splits the app's code and the pages loaded on demand out of the first
# load's wasm (Trunk.toml's post_build hook, scripts/split-wasm.mjs), with PartnerDesk's
# change (scripts/wasm-split-loaded-first.patch) on the published crate: cargo fetches it, the
# patch goes on a copy, and the tool is installed as version $WASM_SPLIT_BUILD. It has no
# --version, so cargo's list of installed crates tells which one is there.
WASM_SPLIT_BUILD="$WASM_SPLIT_VERSION+partnerdesk.1"
if ! cargo install --list | grep -qF "wasm_split_cli_support v$WASM_SPLIT_BUILD ("; then
  say "installing wasm-split-cli $WASM_SPLIT_BUILD (about 2 minutes)"
  command -v patch >/dev/null || as_root apt-get install -y patch
  split_work=$(mktemp -d)
  mkdir -p "$split_work/fetch/src"
  touch "$split_work/fetch/src/lib.rs"
  printf '[package]\nname = "fetch-wasm-split"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\nwasm_split_cli_support = "=%s"\n' \
    "$WASM_SPLIT_VERSION" >"$split_work/fetch/Cargo.toml"
  cargo fetch --quiet --manifest-path "$split_work/fetch/Cargo.toml"
  crate_file=$(ls "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"wasm_split_cli_support-$WASM_SPLIT_VERSION.crate" | head -n 1)
  tar -xzf "$crate_file" -C "$split_work"
  split_source="$split_work/wasm_split_cli_support-$WASM_SPLIT_VERSION"
  patch --quiet -p1 -d "$split_source" <scripts/wasm-split-loaded-first.patch
  cargo install --path "$split_source" --features build-binary --locked --force
  rm -rf "$split_work"
fi

# Chromium and its driver, the same version from Debian.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing chromium and chromium-driver"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

# Node packages: wasm-opt (npm binaryen; Debian's binaryen 108 breaks the app at run time) and
# playwright-core. Reinstalled only when package-lock.json changed since the last install.
if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0] >= 20')" != true ]; then
  echo "setup: Node.js 20 or newer is needed (node and npm on PATH)" >&2
  exit 1
fi
stamp=node_modules/.partnerdesk-lock.sha256
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  say "installing node packages (npm ci)"
  npm ci --no-audit --no-fund
  echo "$lock_sum" >"$stamp"
fi
wasm_opt_says=$(node_modules/.bin/wasm-opt --version)
case "$wasm_opt_says" in
  *"version $WASM_OPT_VERSION "* | *"version $WASM_OPT_VERSION") ;;
  *)
    echo "setup: node_modules/.bin/wasm-opt says '$wasm_opt_says', expected version $WASM_OPT_VERSION" >&2
    exit 1
    ;;
esac

# Crates, so that builds can run --offline.
cargo fetch --locked --quiet

say "ready (put $PWD/node_modules/.bin first on PATH for wasm-opt; scripts/build.sh does)"
