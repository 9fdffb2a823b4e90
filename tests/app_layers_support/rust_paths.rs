//! The paths a Rust file names, read from its tokens: what the layer check needs to know which
//! modules a file uses, without a parser crate.

/// The code's tokens: identifiers and punctuation, without comments, strings or characters.
fn tokens(code: &str) -> Vec<String> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            i = skip_until(&chars, i, |c| c == '\n');
        } else if c == '/' && next == Some('*') {
            i = skip_block_comment(&chars, i);
        } else if c == '"' || (c == 'r' && matches!(next, Some('"' | '#'))) {
            i = skip_string(&chars, i);
        } else if c == '\'' {
            i = skip_char_or_lifetime(&chars, i);
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            i = skip_until(&chars, i, |c| !(c.is_alphanumeric() || c == '_'));
            out.push(chars[start..i].iter().collect());
        } else if c == ':' && next == Some(':') {
            out.push("::".to_string());
            i += 2;
        } else {
            if !c.is_whitespace() {
                out.push(c.to_string());
            }
            i += 1;
        }
    }
    out
}

fn skip_until(chars: &[char], from: usize, end: impl Fn(char) -> bool) -> usize {
    (from..chars.len())
        .find(|&i| end(chars[i]))
        .unwrap_or(chars.len())
}

fn skip_block_comment(chars: &[char], from: usize) -> usize {
    (from + 2..chars.len())
        .find(|&i| chars[i - 1] == '*' && chars[i] == '/')
        .map_or(chars.len(), |i| i + 1)
}

/// Past a string: "…" with escapes, or r"…", r#"…"#.
fn skip_string(chars: &[char], from: usize) -> usize {
    if chars[from] == 'r' {
        let hashes = chars[from + 1..].iter().take_while(|&&c| c == '#').count();
        if chars.get(from + 1 + hashes) != Some(&'"') {
            // An identifier starting with r, such as `r#type` or `rows`.
            return skip_until(chars, from, |c| {
                !(c.is_alphanumeric() || c == '_' || c == '#')
            });
        }
        let closing: Vec<char> = std::iter::once('"')
            .chain("#".repeat(hashes).chars())
            .collect();
        let body = from + 2 + hashes;
        return (body..chars.len())
            .find(|&i| chars[i..].starts_with(&closing))
            .map_or(chars.len(), |i| i + closing.len());
    }
    let mut i = from + 1;
    while i < chars.len() && chars[i] != '"' {
        i += if chars[i] == '\\' { 2 } else { 1 };
    }
    i + 1
}

/// Past a character literal ('x', '\n', '\u{1F600}') or a lifetime ('a).
fn skip_char_or_lifetime(chars: &[char], from: usize) -> usize {
    if chars.get(from + 1) == Some(&'\\') {
        return skip_until(chars, from + 3, |c| c == '\'') + 1;
    }
    if chars.get(from + 2) == Some(&'\'') {
        return from + 3;
    }
    from + 1
}

/// Every path that starts with `crate`, `super` or `self`, with `use` groups spelled out:
/// `use crate::{a::B, c::D}` gives `crate::a::B` and `crate::c::D`.
pub fn relative_paths(code: &str) -> Vec<Vec<String>> {
    let tokens = tokens(code);
    let mut paths = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let starts = matches!(tokens[i].as_str(), "crate" | "super" | "self")
            && tokens.get(i + 1).map(String::as_str) == Some("::")
            && (i == 0 || tokens[i - 1] != "::");
        if starts {
            i = path_tree(&tokens, i, Vec::new(), &mut paths);
        } else {
            i += 1;
        }
    }
    paths
}

/// Reads one path, or a group of them, from `at`; returns where it ends.
fn path_tree(
    tokens: &[String],
    at: usize,
    prefix: Vec<String>,
    out: &mut Vec<Vec<String>>,
) -> usize {
    let mut path = prefix;
    let mut i = at;
    loop {
        match tokens.get(i).map(String::as_str) {
            Some("{") => return group(tokens, i + 1, path, out),
            Some(t) if t.chars().all(|c| c.is_alphanumeric() || c == '_') => {
                path.push(t.to_string());
                i += 1;
            }
            _ => {
                out.push(path);
                return i;
            }
        }
        if tokens.get(i).map(String::as_str) == Some("::") {
            i += 1;
        } else {
            out.push(path);
            return i;
        }
    }
}

/// The paths of a `{ … }` group, each after `prefix`; returns the index after `}`.
fn group(tokens: &[String], at: usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) -> usize {
    let mut i = at;
    while i < tokens.len() && tokens[i] != "}" {
        if tokens[i] == "," {
            i += 1;
            continue;
        }
        let end = path_tree(tokens, i, prefix.clone(), out);
        // `self` in a group names the prefix itself; `as` renames don't change the target.
        i = skip_past_item(tokens, end.max(i + 1));
    }
    i + 1
}

fn skip_past_item(tokens: &[String], from: usize) -> usize {
    let mut i = from;
    while i < tokens.len() && tokens[i] != "," && tokens[i] != "}" {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn use_groups_are_spelled_out_and_comments_and_strings_ignored() {
        let code = r#"
            use crate::{store::Store, state::{clock, book_state::BookState as B}};
            use super::super::x::Y;
            // use crate::pages::Hidden;
            let s = "crate::app::Hidden"; let c = '{'; fn f<'a>(x: &'a str) {}
            view! { <crate::forms::field::FieldMessage /> }
        "#;
        let paths: Vec<String> = relative_paths(code).iter().map(|p| p.join("::")).collect();
        assert_eq!(
            paths,
            [
                "crate::store::Store",
                "crate::state::clock",
                "crate::state::book_state::BookState",
                "super::super::x::Y",
                "crate::forms::field::FieldMessage",
            ]
        );
    }
}
