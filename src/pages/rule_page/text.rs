//! A rule's entry in the rules documents (docs/*.md, served beside the app), as plain
//! paragraphs for the "Why?" page: the markdown's emphasis, links, anchors and source tags
//! taken out, its sub-points kept as their own paragraphs.

/// The document that holds rule `id`: new commerce's N1–N27, PartnerDesk's own decisions for
/// it (N28 on) and its open points O, the reconciliation files R2–R6, and the legacy rules
/// (P, T, C, A, H, R1).
pub fn rule_file(id: &str) -> &'static str {
    let upper = id.to_ascii_uppercase();
    let number = || upper[1..].parse::<u32>().unwrap_or(0);
    match upper.as_bytes() {
        [b'N', ..] if number() >= 28 => "rules-nce-decisions.md",
        [b'N', ..] => "rules-nce.md",
        [b'O', ..] => "rules-nce-decisions.md",
        [b'R', rest @ ..] if rest != b"1" => "reconciliation.md",
        _ => "rules.md",
    }
}

/// A rule as the page shows it: its title without the id, then its paragraphs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleText {
    pub title: String,
    pub paragraphs: Vec<String>,
}

/// The entry of rule `id` in `markdown`: the bullet that starts with its anchor and bold title,
/// with its indented continuation lines and sub-bullets.
pub fn rule_text(markdown: &str, id: &str) -> Option<RuleText> {
    let anchor = format!("<a id=\"{}\"></a>**", id.to_ascii_lowercase());
    let mut lines = markdown.lines().skip_while(|l| !l.contains(&anchor));
    let first = lines.next()?;
    let mut parts = vec![first[first.find(&anchor)? + anchor.len() - 2..].to_string()];
    for line in lines.take_while(|l| l.starts_with(' ')) {
        match line.trim_start().strip_prefix("- ") {
            Some(point) => parts.push(point.to_string()),
            None => parts.last_mut()?.push_str(&format!(" {}", line.trim())),
        }
    }
    let head = parts.remove(0);
    let (title, rest) = split_title(&head)?;
    let mut paragraphs: Vec<String> = vec![plain(rest)];
    paragraphs.extend(parts.iter().map(|p| plain(p)));
    paragraphs.retain(|p| !p.is_empty());
    Some(RuleText {
        title: plain(title.split_once(' ').map_or(title, |(_, name)| name)),
        paragraphs,
    })
}

/// "**C8 Cancellation credit.** In legacy …" → ("C8 Cancellation credit.", "In legacy …").
fn split_title(head: &str) -> Option<(&str, &str)> {
    let inner = head.strip_prefix("**")?;
    let end = inner.find("**")?;
    Some((&inner[..end], inner[end + 2..].trim_start()))
}

/// Markdown to plain text: `[text](link)` → text, source tags like `[CNS]` dropped, `*`, `` ` ``
/// and HTML anchors removed.
fn plain(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(open) = rest.find(['[', '<']) {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        if let Some(after_tag) = rest.strip_prefix('<').and_then(|r| r.split_once('>')) {
            rest = after_tag.1;
        } else if let Some((text, after)) = link(rest) {
            out.push_str(text);
            rest = after;
        } else if let Some((_, after)) = rest[1..].split_once(']') {
            rest = after;
        } else {
            out.push_str(rest);
            rest = "";
        }
    }
    out.push_str(rest);
    let cleaned: String = out.chars().filter(|c| !matches!(c, '*' | '`')).collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `[text](target)` at the start of `s`: the text and what follows the link.
fn link(s: &str) -> Option<(&str, &str)> {
    let (text, after) = s.strip_prefix('[')?.split_once("](")?;
    let (_, rest) = after.split_once(')')?;
    Some((text, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "\
- <a id=\"c7\"></a>**C7 Proration.** Exact days.
- <a id=\"c8\"></a>**C8 Cancellation credit.** In legacy CSP, cancelling is *suspending*. See
  [C10](#c10) and `Cancel fee` [CNS][LIFE].
  - An add-on follows its base.
- <a id=\"c9\"></a>**C9 Add-ons follow.** Next rule.
";

    #[test]
    fn a_rule_is_its_title_and_plain_paragraphs_up_to_the_next_rule() {
        let text = rule_text(DOC, "C8").unwrap();
        assert_eq!(text.title, "Cancellation credit.");
        assert_eq!(
            text.paragraphs,
            vec![
                "In legacy CSP, cancelling is suspending. See C10 and Cancel fee .".to_string(),
                "An add-on follows its base.".to_string(),
            ]
        );
    }

    #[test]
    fn an_unknown_rule_has_no_text() {
        assert_eq!(rule_text(DOC, "C99"), None);
    }

    #[test]
    fn each_family_of_rules_has_its_document() {
        assert_eq!(rule_file("n14"), "rules-nce.md");
        assert_eq!(rule_file("N28"), "rules-nce-decisions.md");
        assert_eq!(rule_file("O3"), "rules-nce-decisions.md");
        assert_eq!(rule_file("R6"), "reconciliation.md");
        assert_eq!(rule_file("R1"), "rules.md");
        assert_eq!(rule_file("C8"), "rules.md");
    }

    #[test]
    fn every_rule_id_in_the_documents_is_found_in_its_own_file() {
        let docs = [
            ("rules.md", include_str!("../../../docs/rules.md")),
            ("rules-nce.md", include_str!("../../../docs/rules-nce.md")),
            (
                "reconciliation.md",
                include_str!("../../../docs/reconciliation.md"),
            ),
            (
                "rules-nce-decisions.md",
                include_str!("../../../docs/rules-nce-decisions.md"),
            ),
        ];
        let mut found = 0;
        for (name, doc) in docs {
            for id in doc
                .split("<a id=\"")
                .skip(1)
                .filter_map(|s| s.split_once("\"></a>**"))
            {
                let id = id.0;
                assert_eq!(rule_file(id), name, "{id}");
                let text = rule_text(doc, id).unwrap_or_else(|| panic!("{id} in {name}"));
                assert!(!text.title.is_empty(), "{id}");
                found += 1;
            }
        }
        assert!(found > 80, "{found} rules");
    }
}
