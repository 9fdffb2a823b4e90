//! Text as a search compares it: case and accents ignored, so that "muller" finds "Müller" and
//! "koln" finds "Köln". Partners type names as their keyboard allows, without the accents.

/// Accented Latin letters (Latin-1 and Latin Extended-A, lower case) and the letter each is
/// searched as. Letters written as two (ß, æ, œ, þ) are in `fold_char`.
const ACCENTED: [(&str, char); 19] = [
    ("àáâãäåāăą", 'a'),
    ("çćĉċč", 'c'),
    ("ďđð", 'd'),
    ("èéêëēĕėęě", 'e'),
    ("ĝğġģ", 'g'),
    ("ĥħ", 'h'),
    ("ìíîïĩīĭįı", 'i'),
    ("ĵ", 'j'),
    ("ķ", 'k'),
    ("ĺļľŀł", 'l'),
    ("ñńņňŉ", 'n'),
    ("òóôõöøōŏő", 'o'),
    ("ŕŗř", 'r'),
    ("śŝşšș", 's'),
    ("ţťŧț", 't'),
    ("ùúûüũūŭůűų", 'u'),
    ("ŵ", 'w'),
    ("ýÿŷ", 'y'),
    ("źżž", 'z'),
];

/// Appends `c` (already lower case) as a search sees it.
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c);
        return;
    }
    match c {
        'ß' => out.push_str("ss"),
        'æ' => out.push_str("ae"),
        'œ' => out.push_str("oe"),
        'þ' => out.push_str("th"),
        _ => out.push(
            ACCENTED
                .iter()
                .find(|(letters, _)| letters.contains(c))
                .map_or(c, |&(_, plain)| plain),
        ),
    }
}

/// Appends `text` to `out` lower-cased and without accents.
pub fn push_folded(text: &str, out: &mut String) {
    for c in text.chars().flat_map(char::to_lowercase) {
        fold_char(c, out);
    }
}

/// `text` lower-cased and without accents.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_folded(text, &mut out);
    out
}

/// The words of what a partner typed, folded: a text matches when it holds every word.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchWords(Vec<String>);

impl SearchWords {
    pub fn new(query: &str) -> SearchWords {
        SearchWords(query.split_whitespace().map(fold).collect())
    }

    /// Whether `folded` (a text as `fold` gives it) holds every word, in any order.
    pub fn found_in(&self, folded: &str) -> bool {
        self.0.iter().all(|w| folded.contains(w.as_str()))
    }

    /// Whether `text` (not yet folded) holds every word.
    pub fn match_text(&self, text: &str) -> bool {
        self.0.is_empty() || self.found_in(&fold(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_are_ignored_both_ways() {
        assert_eq!(fold("Müller GmbH"), "muller gmbh");
        assert_eq!(fold("KÖLN"), "koln");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Ærø Œuvre"), "aero oeuvre");
        let words = SearchWords::new("MULLER köln");
        assert!(words.match_text("Müller Köln BV"));
        assert!(SearchWords::new("muller").match_text("Müller"));
        assert!(SearchWords::new("Müller").match_text("MULLER"));
        assert!(!SearchWords::new("mueller").match_text("Müller"));
    }

    #[test]
    fn an_empty_search_matches_everything_and_other_scripts_are_kept() {
        assert!(SearchWords::new("  ").match_text("anything"));
        assert_eq!(fold("Αθήνα"), "αθήνα");
        assert!(SearchWords::new("αθήνα").match_text("ΑΘΉΝΑ"));
    }
}
