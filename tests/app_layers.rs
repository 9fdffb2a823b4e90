//! The app's architecture, checked from its source so that CI keeps it, not memory:
//!
//! - every module of `src/` uses only the layers before its own, in the order ARCHITECTURE.md
//!   writes on its "App layer order:" line (read from there, so the doc and the check can't
//!   drift);
//! - sibling modules (files or folders of one folder) never import each other both ways, nor
//!   round a longer cycle;
//! - no file of `src/` is over 400 lines.
//!
//! Native only: the browser tests' runner has no file system.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

#[path = "app_layers_support/rust_paths.rs"]
mod rust_paths;
use rust_paths::relative_paths;

const MAX_LINES: usize = 400;
const ORDER_LINE: &str = "App layer order:";

/// A module path inside the crate: `["pages", "billing"]` for `src/pages/billing/mod.rs`.
type Module = Vec<String>;

struct Source {
    file: PathBuf,
    module: Module,
    text: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sources() -> Vec<Source> {
    let mut files = Vec::new();
    collect_rs(&root().join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let relative = file.strip_prefix(root().join("src")).unwrap().to_path_buf();
            Source {
                module: module_of(&relative),
                text: fs::read_to_string(&file).unwrap(),
                file: relative,
            }
        })
        .collect()
}

fn collect_rs(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_rs(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// `a/b.rs` is `a::b`, `a/mod.rs` is `a`; `lib.rs` and `main.rs` are the crate's root.
fn module_of(relative: &Path) -> Module {
    let mut parts: Module = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The layers in order, as ARCHITECTURE.md writes them: "App layer order: a < b < c".
fn layer_order() -> Vec<String> {
    let doc = fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let line = doc
        .lines()
        .find_map(|l| l.trim().trim_matches('`').strip_prefix(ORDER_LINE))
        .unwrap_or_else(|| panic!("ARCHITECTURE.md has no line starting {ORDER_LINE:?}"));
    line.trim()
        .trim_matches('`')
        .split('<')
        .map(|layer| layer.trim().to_string())
        .collect()
}

/// The module a path names, as written in `from`: the longest known module it starts with.
fn target(from: &Module, path: &[String], modules: &BTreeSet<Module>) -> Option<Module> {
    let mut absolute: Module = Vec::new();
    let mut rest = path;
    match path.first().map(String::as_str) {
        Some("crate") => rest = &path[1..],
        Some("self") => {
            absolute = from.clone();
            rest = &path[1..];
        }
        _ => {
            absolute = from.clone();
            while rest.first().map(String::as_str) == Some("super") {
                absolute.pop()?;
                rest = &rest[1..];
            }
        }
    }
    absolute.extend(rest.iter().cloned());
    (0..=absolute.len())
        .rev()
        .map(|n| absolute[..n].to_vec())
        .find(|m| modules.contains(m))
}

/// (using module, used module) for every path of every source file.
fn imports(sources: &[Source]) -> Vec<(Module, Module, PathBuf)> {
    let modules: BTreeSet<Module> = sources.iter().map(|s| s.module.clone()).collect();
    let mut edges = Vec::new();
    for source in sources {
        for path in relative_paths(&source.text) {
            if let Some(used) = target(&source.module, &path, &modules) {
                edges.push((source.module.clone(), used, source.file.clone()));
            }
        }
    }
    edges
}

#[test]
fn every_module_uses_only_the_layers_before_its_own() {
    let order = layer_order();
    let sources = sources();
    let tops: BTreeSet<&str> = sources
        .iter()
        .filter_map(|s| s.module.first().map(String::as_str))
        .collect();
    let unlisted: Vec<&&str> = tops
        .iter()
        .filter(|t| !order.iter().any(|o| o == **t))
        .collect();
    assert!(
        unlisted.is_empty(),
        "src/ modules missing from {ORDER_LINE:?}: {unlisted:?}"
    );
    let rank = |m: &Module| {
        m.first()
            .and_then(|top| order.iter().position(|o| o == top))
    };
    let wrong: Vec<String> = imports(&sources)
        .into_iter()
        .filter(|(from, used, _)| match (rank(from), rank(used)) {
            (Some(a), Some(b)) => b > a,
            _ => false,
        })
        .map(|(_, used, file)| format!("src/{} uses {}", file.display(), used.join("::")))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert!(
        wrong.is_empty(),
        "imports of a later layer (order: {}):\n{}",
        order.join(" < "),
        wrong.join("\n")
    );
}

/// The two children of one folder that hold `from` and `used`, unless one holds the other.
fn siblings(from: &Module, used: &Module) -> Option<(Module, Module)> {
    let common = from.iter().zip(used).take_while(|(a, b)| a == b).count();
    (common < from.len() && common < used.len())
        .then(|| (from[..=common].to_vec(), used[..=common].to_vec()))
}

/// A cycle of the graph, if it has one, as the modules round it.
fn find_cycle(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Option<Vec<Module>> {
    fn visit(
        node: &Module,
        graph: &BTreeMap<Module, BTreeSet<Module>>,
        path: &mut Vec<Module>,
        done: &mut BTreeSet<Module>,
    ) -> Option<Vec<Module>> {
        if let Some(start) = path.iter().position(|m| m == node) {
            return Some(path[start..].to_vec());
        }
        if !done.insert(node.clone()) {
            return None;
        }
        path.push(node.clone());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|start| visit(start, graph, &mut Vec::new(), &mut done))
}

#[test]
fn sibling_modules_import_each_other_one_way_only() {
    let mut graph: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (from, used, _) in imports(&sources()) {
        if let Some((a, b)) = siblings(&from, &used) {
            graph.entry(a).or_default().insert(b);
        }
    }
    // Named all the way round: "a → b → a".
    let cycle = find_cycle(&graph).map(|c| {
        c.iter()
            .chain(c.first())
            .map(|m| m.join("::"))
            .collect::<Vec<_>>()
            .join(" → ")
    });
    assert_eq!(cycle, None, "an import cycle");
}

#[test]
fn no_source_file_is_over_400_lines() {
    let long: Vec<String> = sources()
        .iter()
        .map(|s| (s.file.display().to_string(), s.text.lines().count()))
        .filter(|(_, lines)| *lines > MAX_LINES)
        .map(|(file, lines)| format!("src/{file}: {lines} lines"))
        .collect();
    assert!(
        long.is_empty(),
        "over {MAX_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn paths_resolve_to_the_modules_they_name() {
    let modules: BTreeSet<Module> = [
        vec![],
        vec!["pages".into()],
        vec!["pages".into(), "billing".into()],
        vec!["pages".into(), "billing".into(), "downloads".into()],
        vec!["store".into()],
    ]
    .into_iter()
    .collect();
    let from: Module = vec!["pages".into(), "billing".into(), "invoice_view".into()];
    let path = |p: &str| p.split("::").map(str::to_string).collect::<Vec<_>>();
    let module = |m: &str| m.split("::").map(str::to_string).collect::<Module>();
    let resolve = |p: &str| target(&from, &path(p), &modules);
    assert_eq!(
        resolve("super::downloads::offer_file"),
        Some(module("pages::billing::downloads"))
    );
    assert_eq!(resolve("crate::store::Store"), Some(module("store")));
    assert_eq!(resolve("super::super::set_title"), Some(module("pages")));
    assert_eq!(
        siblings(
            &module("pages::billing::invoice_view"),
            &module("pages::billing::downloads")
        ),
        Some((
            module("pages::billing::invoice_view"),
            module("pages::billing::downloads")
        ))
    );
    assert_eq!(siblings(&module("pages::billing"), &module("pages")), None);
}

#[test]
fn a_cycle_is_found_and_named() {
    let m = |s: &str| vec![s.to_string()];
    let graph: BTreeMap<Module, BTreeSet<Module>> = [
        (m("a"), [m("b")].into_iter().collect()),
        (m("b"), [m("c")].into_iter().collect()),
        (m("c"), [m("a")].into_iter().collect()),
    ]
    .into_iter()
    .collect();
    assert_eq!(find_cycle(&graph), Some(vec![m("a"), m("b"), m("c")]));
    let acyclic: BTreeMap<Module, BTreeSet<Module>> = [(m("a"), [m("b")].into_iter().collect())]
        .into_iter()
        .collect();
    assert_eq!(find_cycle(&acyclic), None);
}
