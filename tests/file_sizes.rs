//! The rule that no piece of code is over 400 lines, for the code the layer tests don't read:
//! tests, benches, examples, the l10n crate, scripts, the service worker and the styles
//! (`app_layers.rs` and core's `layers.rs` hold `src/` and `core/src/` to it).
//!
//! Native only: the browser tests' runner has no file system.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 400;
/// Folders of hand-written code, relative to the repository's root.
const FOLDERS: [&str; 7] = [
    "tests",
    "core/tests",
    "core/examples",
    "l10n",
    "scripts",
    "public",
    "style",
];
const CODE: [&str; 5] = ["rs", "mjs", "js", "sh", "css"];

fn collect_code(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_code(&path, files);
        } else if path
            .extension()
            .is_some_and(|e| CODE.iter().any(|c| e == *c))
        {
            files.push(path);
        }
    }
}

#[test]
fn no_test_script_or_style_file_is_over_400_lines() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("build.rs")];
    for folder in FOLDERS {
        collect_code(&root.join(folder), &mut files);
    }
    files.sort();
    assert!(files.len() > 100, "the walk found {} files", files.len());
    let long: Vec<String> = files
        .iter()
        .map(|f| (f, fs::read_to_string(f).unwrap().lines().count()))
        .filter(|(_, lines)| *lines > MAX_LINES)
        .map(|(f, lines)| {
            format!(
                "{}: {lines} lines",
                f.strip_prefix(&root).unwrap().display()
            )
        })
        .collect();
    assert!(
        long.is_empty(),
        "over {MAX_LINES} lines:\n{}",
        long.join("\n")
    );
}
