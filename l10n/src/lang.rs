//! The languages PartnerDesk speaks, and which of them a browser asks for.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Nl,
    De,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Nl, Lang::De];

    /// The BCP 47 tag: the page's `lang` attribute and the stored choice.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
            Lang::De => "de",
        }
    }

    /// The language's name in itself: a Dutch reader looks for "Nederlands" in the choice,
    /// whatever language the page is in.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Nl => "Nederlands",
            Lang::De => "Deutsch",
        }
    }

    /// The language of a BCP 47 tag, read from its primary subtag in any case: "nl-BE" and
    /// "NL" are Dutch, "de-AT" German, "en-GB" English; `None` for a language not spoken here.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.tag()))
    }

    /// The first of the browser's languages (`navigator.languages`, most preferred first)
    /// spoken here; English when none is.
    pub fn best_match<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|tag| Lang::from_tag(tag.as_ref()))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_is_read_by_its_primary_subtag() {
        assert_eq!(Lang::from_tag("nl-NL"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("DE-at"), Some(Lang::De));
        assert_eq!(Lang::from_tag("de_CH"), Some(Lang::De));
        assert_eq!(Lang::from_tag("en"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr-FR"), None);
        assert_eq!(Lang::from_tag("nld"), None);
        assert_eq!(Lang::from_tag(""), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn the_browser_gets_its_first_language_spoken_here() {
        assert_eq!(Lang::best_match(&["fr-FR", "de-DE", "nl"]), Lang::De);
        assert_eq!(Lang::best_match(&["nl-NL", "en-US"]), Lang::Nl);
        assert_eq!(Lang::best_match(&["fr", "es"]), Lang::En);
        assert_eq!(Lang::best_match::<&str>(&[]), Lang::En);
    }
}
