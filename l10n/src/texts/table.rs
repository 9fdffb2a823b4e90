//! `texts!`: an area's enum of texts, its `ALL`, and its `Text` table from one list.
//!
//! ```ignore
//! texts! {
//!     /// The catalog page.
//!     CatalogText {
//!         /// {0}: how many offers.
//!         OffersShown => ["{0} offers", "{0} aanbiedingen", "{0} Angebote"],
//!     }
//!     same_as_english { Status: [Nl] }
//! }
//! ```
//! A text with figures marks them `{0}`, `{1}` …, filled by `Lang::fill`. The optional
//! `same_as_english` names the texts that are rightly the same word as in English in a language.

macro_rules! texts {
    (
        $(#[$enum_doc:meta])*
        $name:ident {
            $($(#[$doc:meta])* $key:ident => [$en:expr, $nl:expr, $de:expr $(,)?],)*
        }
        $(same_as_english { $($same:ident: [$($lang:ident),+],)* })?
    ) => {
        $(#[$enum_doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$doc])* $key,)*
        }

        impl $name {
            /// Every text of the area, in the order of the list.
            pub const ALL: &'static [$name] = &[$($name::$key,)*];
        }

        impl $crate::texts::Text for $name {
            fn texts(self) -> [&'static str; 3] {
                match self {
                    $($name::$key => [$en, $nl, $de],)*
                }
            }

            fn same_as_english(self, lang: $crate::Lang) -> bool {
                let same: &[($name, &[$crate::Lang])] =
                    &[$($(($name::$same, &[$($crate::Lang::$lang),+]),)*)?];
                same.iter().any(|(key, langs)| *key == self && langs.contains(&lang))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::texts::Text;
    use crate::Lang;

    texts! {
        Sample {
            Status => ["Status", "Status", "Status"],
            Offers => ["{0} offers", "{0} aanbiedingen", "{0} Angebote"],
        }
        same_as_english { Status: [Nl, De], }
    }

    #[test]
    fn a_table_gives_each_language_its_text() {
        assert_eq!(Sample::ALL, &[Sample::Status, Sample::Offers]);
        assert_eq!(Lang::De.fill(Sample::Offers, &["3"]), "3 Angebote");
        assert!(Sample::Status.same_as_english(Lang::Nl));
        assert!(Sample::Status.same_as_english(Lang::De));
        assert!(!Sample::Offers.same_as_english(Lang::Nl));
    }
}
