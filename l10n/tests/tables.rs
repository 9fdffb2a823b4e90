//! Every text in every language: present, not empty, translated, with the same figures.

use partnerdesk_core::base::say::Say;
use partnerdesk_core::model::settings::{PartnerSettings, RulesProfile};
use partnerdesk_core::Money;
use partnerdesk_l10n::{Key, Lang};
use std::collections::BTreeSet;

/// Texts that are the same word in Dutch or German as in English.
const SAME_AS_ENGLISH: [(Lang, Key); 1] = [(Lang::Nl, Key::Menu)];

/// The placeholders of a text: {"{0}", "{1}"}.
fn placeholders(text: &str) -> BTreeSet<String> {
    text.match_indices('{')
        .filter_map(|(at, _)| {
            text[at..]
                .find('}')
                .map(|end| text[at..=at + end].to_string())
        })
        .collect()
}

#[test]
fn every_key_has_a_text_in_every_language() {
    assert!(Key::ALL.len() >= 20);
    for &key in Key::ALL {
        for lang in Lang::ALL {
            assert!(!lang.text(key).trim().is_empty(), "{key:?} in {lang:?}");
        }
    }
}

#[test]
fn dutch_and_german_texts_are_translated() {
    for &key in Key::ALL {
        for lang in [Lang::Nl, Lang::De] {
            let same = lang.text(key) == Lang::En.text(key);
            let allowed = SAME_AS_ENGLISH.contains(&(lang, key));
            assert_eq!(same, allowed, "{key:?} in {lang:?}: {}", lang.text(key));
        }
    }
}

#[test]
fn every_language_has_the_figures_english_has() {
    for &key in Key::ALL {
        let english = placeholders(Lang::En.text(key));
        for lang in [Lang::Nl, Lang::De] {
            assert_eq!(placeholders(lang.text(key)), english, "{key:?} in {lang:?}");
        }
    }
}

#[test]
fn figures_are_filled_where_the_language_puts_them() {
    assert_eq!(
        Lang::Nl.fill(Key::TodayMoved, &["01-06-2018"]),
        "(verplaatst; de echte datum is 01-06-2018)"
    );
    assert_eq!(
        Lang::De.around(Key::NothingLivesAt),
        ("Unter ", " gibt es nichts.")
    );
    assert_eq!(Lang::En.around(Key::TodayIs), ("Today: ", ""));
    assert_eq!(Lang::En.around(Key::Menu), ("Menu", ""));
}

/// Settings with every field wrong, so that validation says everything it can.
fn everything_wrong() -> PartnerSettings {
    PartnerSettings {
        name: " ".into(),
        partner_id: "not-a-guid".into(),
        mpn_id: "12".into(),
        billing_day: 0,
        currency: "JPY".into(),
        profile: RulesProfile::P2018,
        discount_percent: Money::from_int(-1),
        tax_percent: Money::from_int(101),
        program_chosen: true,
    }
}

fn said_by_settings() -> Vec<Say> {
    everything_wrong()
        .validate()
        .into_iter()
        .map(|e| e.say.expect("every settings error says what it is"))
        .collect()
}

#[test]
fn the_settings_problems_are_said_in_every_language() {
    let said = said_by_settings();
    assert_eq!(said.len(), 7);
    for say in &said {
        let english = Lang::En.say(say);
        for lang in [Lang::Nl, Lang::De] {
            let words = lang.say(say);
            assert!(!words.is_empty() && words != english, "{say:?} in {lang:?}");
        }
    }
    let percent = Say::PercentOutOfRange { low: 0, high: 100 };
    assert_eq!(
        Lang::De.say(&percent),
        "Geben Sie einen Prozentsatz von 0 bis 100 ein."
    );
}

/// Until every reader of `FieldError::message` reads `say`, both are English alike.
#[test]
fn english_says_what_the_core_writes_in_its_message() {
    for error in everything_wrong().validate() {
        assert_eq!(Lang::En.say(error.say.as_ref().unwrap()), error.message);
    }
}
