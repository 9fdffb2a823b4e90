# Sourced by scripts/build.sh (and setup.sh's fetch): the release wasm is built with the
# standard library compiled from source for size (issue 13), 484.0 -> 447.4 KB brotli first
# load (README, Benchmark). These are unstable cargo and rustc options; the machine's one
# stable toolchain accepts them under RUSTC_BOOTSTRAP=1, here and only for this build (tests
# and `cargo build` elsewhere stay on plain stable). Without them the build still works, only
# larger: a toolchain that refuses them is mended by deleting this file's exports.
#
# - build-std: std, core and alloc compiled with the app's profile (opt-level z, LTO) instead of
#   the prebuilt ones (optimised for speed), with std's `optimize_for_size` feature (smaller
#   sorts and formatting code paths).
# - panic=immediate-abort: a panic traps at once ("unreachable"), without formatting a message
#   nobody reads (wasm32-unknown-unknown has nowhere to print it); public/boot.js shows the
#   same stopped page for any trap.
# - location-detail=none: no source file names and lines kept for those messages.
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
# Added to .cargo/config.toml's rustflags for the target (cargo joins the two lists).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
