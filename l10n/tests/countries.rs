//! Country names in Dutch and German: every code of the core's list named, and found again
//! by its name in the partner's language, accents and case ignored.

use partnerdesk_core::base::countries::COUNTRIES;
use partnerdesk_l10n::Lang;

#[test]
fn every_code_has_a_name_in_dutch_and_german() {
    for (code, english) in COUNTRIES {
        assert_eq!(Lang::En.country_name(code), Some(english));
        for lang in [Lang::Nl, Lang::De] {
            let name = lang.country_name(code);
            assert!(
                name.is_some_and(|n| !n.trim().is_empty()),
                "{code} in {lang:?}"
            );
            // Each name leads back to its code (no two countries share a name).
            assert_eq!(
                lang.country_code(name.unwrap()),
                Some(code),
                "{code} in {lang:?}"
            );
        }
    }
    for lang in Lang::ALL {
        assert_eq!(lang.countries().count(), COUNTRIES.len(), "{lang:?}");
    }
}

#[test]
fn a_name_in_the_partners_language_gives_the_code() {
    assert_eq!(Lang::Nl.country_name("DE"), Some("Duitsland"));
    assert_eq!(Lang::De.country_name("NL"), Some("Niederlande"));
    assert_eq!(Lang::En.country_name("NL"), Some("Netherlands"));
    assert_eq!(Lang::De.country_label("AT"), "Österreich (AT)");
    assert_eq!(Lang::Nl.country_code("duitsland"), Some("DE"));
    assert_eq!(Lang::De.country_code(" osterreich "), Some("AT"));
    assert_eq!(Lang::De.country_code("Österreich (AT)"), Some("AT"));
    assert_eq!(Lang::Nl.country_code("belgie"), Some("BE"));
    // The English name and the code are read in every language.
    assert_eq!(Lang::Nl.country_code("Germany"), Some("DE"));
    assert_eq!(Lang::De.country_code("ch"), Some("CH"));
    assert_eq!(Lang::Nl.country_code("Atlantis"), None);
}

#[test]
fn a_search_ignores_accents_and_case() {
    assert_eq!(Lang::Nl.search_countries("zwitser"), vec!["CH"]);
    assert_eq!(Lang::De.search_countries("TURKEI"), vec!["TR"]);
    assert!(Lang::Nl.search_countries("guinee").contains(&"GN"));
    // A code finds its country; a name holding the letters finds its own.
    let found = Lang::De.search_countries("se");
    assert!(found.contains(&"SE") && found.contains(&"SC"), "{found:?}");
}
