//! The layering of `core/src` as ARCHITECTURE.md writes it down, checked on the source: every
//! file sits in a layer folder, imports only its own layer and layers below it, takes part in
//! no import cycle between modules, and stays under 400 lines.
//!
//! Imports are read from `crate::` paths (in `use` lines and in code), `super::` paths (those
//! that climb out of a layer folder name the layer they reach), and `use child::…` of a file's
//! own `mod child;` declarations.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 400;
const ORDER_PREFIX: &str = "Layer order:";

struct Source {
    /// The module path, e.g. ["billing", "legacy", "replay"] for billing/legacy/replay/mod.rs.
    module: Vec<String>,
    file: PathBuf,
    text: String,
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Each layer's rank from the "Layer order:" line of ARCHITECTURE.md: `<` separates ranks from
/// the bottom up, `|` separates peer layers of one rank, which import nothing from each other.
fn layer_ranks() -> BTreeMap<String, usize> {
    let doc = fs::read_to_string(manifest_dir().join("../ARCHITECTURE.md"))
        .expect("ARCHITECTURE.md is next to core/");
    let order = doc
        .lines()
        .find_map(|line| line.trim().strip_prefix(ORDER_PREFIX))
        .expect("ARCHITECTURE.md has a line starting with \"Layer order:\"");
    let mut ranks = BTreeMap::new();
    for (rank, peers) in order.replace('`', "").split('<').enumerate() {
        for layer in peers.split('|') {
            ranks.insert(layer.trim().to_string(), rank);
        }
    }
    ranks
}

fn sources() -> Vec<Source> {
    let src = manifest_dir().join("src");
    let mut files = Vec::new();
    collect_rs_files(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| Source {
            module: module_path(&src, &file),
            text: fs::read_to_string(&file).expect("source file is readable"),
            file,
        })
        .collect()
}

fn collect_rs_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("directory is readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            collect_rs_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).expect("file is under src");
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// The code of a file without its comment lines (doc comments may name paths).
fn code_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.trim_start().starts_with("//"))
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The leading identifier of `text`.
fn ident(text: &str) -> &str {
    let end = text.find(|c| !is_ident_char(c)).unwrap_or(text.len());
    &text[..end]
}

/// The paths named right after a prefix: `a::b` gives ["a::b"], `{a::b, c}` gives both.
fn named_paths(rest: &str) -> Vec<String> {
    let Some(group) = rest.strip_prefix('{') else {
        return vec![path_at(rest)];
    };
    let mut paths = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                paths.push(path_at(group[start..i].trim()));
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                paths.push(path_at(group[start..i].trim()));
                start = i + 1;
            }
            _ => {}
        }
    }
    paths.retain(|p| !p.is_empty());
    paths
}

/// The `a::b::c` path at the start of `text`.
fn path_at(text: &str) -> String {
    let mut segments = Vec::new();
    let mut rest = text.trim_start();
    loop {
        let name = ident(rest);
        if name.is_empty() {
            break;
        }
        segments.push(name);
        match rest[name.len()..].strip_prefix("::") {
            Some(more) => rest = more,
            None => break,
        }
    }
    segments.join("::")
}

/// Every module path (from the crate root) a source names, with the line it is named on.
fn imports(source: &Source) -> Vec<(usize, Vec<String>)> {
    let children: BTreeSet<&str> = code_lines(&source.text)
        .filter_map(|l| {
            let l = l.trim_start().trim_start_matches("pub ");
            l.strip_prefix("mod ")?.strip_suffix(';')
        })
        .collect();
    let mut found = Vec::new();
    // Inside an inline `mod tests { … }` (at the end of a file), `super` is the file's module.
    let mut inline_module = false;
    for (number, line) in source.text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            continue;
        }
        if trimmed.starts_with("mod ") && trimmed.ends_with('{') {
            inline_module = true;
        }
        for (at, _) in line.match_indices("crate::") {
            if line[..at].ends_with(is_ident_char) || line[..at].ends_with(':') {
                continue;
            }
            for path in named_paths(&line[at + "crate::".len()..]) {
                found.push((number + 1, split(&path)));
            }
        }
        for (at, _) in line.match_indices("super::") {
            if line[..at].ends_with(is_ident_char) || line[..at].ends_with(':') {
                continue;
            }
            found.extend(
                super_import(source, inline_module, &line[at..])
                    .into_iter()
                    .map(|p| (number + 1, p)),
            );
        }
        if let Some(rest) = line.trim_start().strip_prefix("use ") {
            let child = ident(rest);
            if children.contains(child) && rest[child.len()..].starts_with("::") {
                let mut path = source.module.clone();
                path.extend(split(&path_at(rest)));
                found.push((number + 1, path));
            }
        }
    }
    found
}

fn split(path: &str) -> Vec<String> {
    path.split("::")
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The modules named by a `super::…` path of `source`, from the crate root; a glob names none.
fn super_import(source: &Source, inline_module: bool, text: &str) -> Vec<Vec<String>> {
    let mut rest = text;
    let mut climbs = 0;
    while let Some(more) = rest.strip_prefix("super::") {
        climbs += 1;
        rest = more;
    }
    let depth = source.module.len() + usize::from(inline_module);
    let Some(kept) = depth
        .checked_sub(climbs)
        .map(|k| k.min(source.module.len()))
    else {
        return Vec::new();
    };
    let base = &source.module[..kept];
    named_paths(rest)
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(|p| base.iter().cloned().chain(split(&p)).collect())
        .collect()
}

#[test]
fn every_core_file_sits_in_a_layer_of_the_documented_order() {
    let ranks = layer_ranks();
    let src = manifest_dir().join("src");
    let misplaced: Vec<String> = sources()
        .iter()
        .filter(|s| s.file != src.join("lib.rs"))
        .filter(|s| {
            !s.file.starts_with(src.join(&s.module[0])) || !ranks.contains_key(&s.module[0])
        })
        .map(|s| s.file.display().to_string())
        .collect();
    assert!(
        misplaced.is_empty(),
        "files outside the layer folders of ARCHITECTURE.md: {misplaced:?}"
    );
}

#[test]
fn a_layer_imports_only_itself_and_the_layers_below_it() {
    let ranks = layer_ranks();
    let mut violations = Vec::new();
    for source in sources().iter().filter(|s| !s.module.is_empty()) {
        let layer = &source.module[0];
        for (line, path) in imports(source) {
            let Some(target) = path.first() else { continue };
            let allowed = target == layer
                || matches!((ranks.get(layer), ranks.get(target)), (Some(from), Some(to)) if to < from);
            if !allowed {
                violations.push(format!(
                    "{}:{line}: {layer} imports {}",
                    source.file.display(),
                    path.join("::")
                ));
            }
        }
    }
    assert!(
        violations.is_empty(),
        "imports against the layer order:\n{}",
        violations.join("\n")
    );
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let sources = sources();
    let modules: BTreeSet<Vec<String>> = sources.iter().map(|s| s.module.clone()).collect();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for source in &sources {
        for (_, path) in imports(source) {
            let target = (1..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|p| modules.contains(p));
            if let Some(target) = target.filter(|t| *t != source.module) {
                edges
                    .entry(source.module.clone())
                    .or_default()
                    .insert(target);
            }
        }
    }
    let cycle = find_cycle(&modules, &edges);
    assert!(
        cycle.is_none(),
        "import cycle: {}",
        cycle.unwrap_or_default().join(" → ")
    );
}

/// A cycle of the graph as module paths, first module repeated at the end.
fn find_cycle(
    modules: &BTreeSet<Vec<String>>,
    edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
) -> Option<Vec<String>> {
    fn visit(
        module: &Vec<String>,
        edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        done: &mut BTreeSet<Vec<String>>,
        stack: &mut Vec<Vec<String>>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|m| m == module) {
            let mut cycle: Vec<String> = stack[at..].iter().map(|m| m.join("::")).collect();
            cycle.push(module.join("::"));
            return Some(cycle);
        }
        if !done.insert(module.clone()) {
            return None;
        }
        stack.push(module.clone());
        for next in edges.get(module).into_iter().flatten() {
            if let Some(cycle) = visit(next, edges, done, stack) {
                return Some(cycle);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    modules
        .iter()
        .find_map(|m| visit(m, edges, &mut done, &mut Vec::new()))
}

#[test]
fn no_core_file_is_over_400_lines() {
    let long: Vec<String> = sources()
        .iter()
        .map(|s| (s.file.display().to_string(), s.text.lines().count()))
        .filter(|(_, lines)| *lines > MAX_LINES)
        .map(|(file, lines)| format!("{file}: {lines} lines"))
        .collect();
    assert!(long.is_empty(), "files over {MAX_LINES} lines: {long:?}");
}
