//! With the `split-routes` feature, the app's wasm keeps its relocations: wasm-split-cli
//! (scripts/split-wasm.mjs) needs them to move the pages loaded on demand into their own files.
//! A link argument of the app's binary only, so no dependency rebuilds for it.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT_ROUTES").is_some() {
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
}
