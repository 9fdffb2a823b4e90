//! Every text in every language: present, not empty, translated, with the same figures.

use partnerdesk_core::base::say::{Say, SettingsProblem};
use partnerdesk_core::model::settings::{PartnerSettings, RulesProfile};
use partnerdesk_core::Money;
use partnerdesk_l10n::texts::{every_text, Entry};
use partnerdesk_l10n::{Key, Lang};
use std::collections::BTreeSet;

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

fn in_lang(entry: &Entry, lang: Lang) -> &'static str {
    let [english, dutch, german] = entry.texts;
    match lang {
        Lang::En => english,
        Lang::Nl => dutch,
        Lang::De => german,
    }
}

#[test]
fn every_key_has_a_text_in_every_language() {
    assert!(Key::ALL.len() >= 20);
    for &key in Key::ALL {
        for lang in Lang::ALL {
            assert!(!lang.text(key).trim().is_empty(), "{key:?} in {lang:?}");
        }
    }
    for entry in every_text() {
        for lang in Lang::ALL {
            assert!(
                !in_lang(&entry, lang).trim().is_empty(),
                "{} in {lang:?}",
                entry.name
            );
        }
    }
}

#[test]
fn dutch_and_german_texts_are_translated() {
    for entry in every_text() {
        for lang in [Lang::Nl, Lang::De] {
            let text = in_lang(&entry, lang);
            let same = text == in_lang(&entry, Lang::En);
            let allowed = entry.same_in.contains(&lang);
            assert_eq!(same, allowed, "{} in {lang:?}: {text}", entry.name);
        }
    }
}

#[test]
fn every_language_has_the_figures_english_has() {
    for entry in every_text() {
        let english = placeholders(in_lang(&entry, Lang::En));
        for lang in [Lang::Nl, Lang::De] {
            let text = in_lang(&entry, lang);
            assert_eq!(placeholders(text), english, "{} in {lang:?}", entry.name);
        }
    }
}

#[test]
fn the_menu_is_the_same_word_in_dutch_only() {
    let menu = every_text().into_iter().find(|e| e.name == "Menu").unwrap();
    assert_eq!(menu.same_in, vec![Lang::Nl]);
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
    let percent = Say::from(SettingsProblem::PercentOutOfRange { low: 0, high: 100 });
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
