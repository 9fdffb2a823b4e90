//! The core's refusals said in every language: English word for word the core's message, Dutch
//! and German translated, with the figures in each locale's form.

mod refusal_book;

use chrono::NaiveDate;
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::base::say::{ImportProblem, Say, StorageFailure, StorageProblem};
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::reports::history::history_entries;
use partnerdesk_core::Money;
use partnerdesk_l10n::Lang;
use refusal_book::{
    every_nce_refusal_reached, every_refusal_reached, examples, import_errors_reached,
    import_examples, legacy_book, nce_book, skipped_rows_reached, storage_examples, CUSTOMER, DAY,
    PAID,
};

/// What a refusal says in each language, checked: English is the core's message, Dutch and
/// German are not English and not each other.
fn assert_said(refusal: &RuleError) {
    let say = refusal
        .say
        .as_deref()
        .unwrap_or_else(|| panic!("{} says no Say: {}", refusal.rule, refusal.message));
    assert_eq!(Lang::En.say(say), refusal.message, "{say:?}");
    assert_eq!(Lang::En.refusal(refusal), refusal.message);
    assert_translated(say);
}

fn assert_translated(say: &Say) {
    let [english, dutch, german] = Lang::ALL.map(|lang| lang.say(say));
    for words in [&english, &dutch, &german] {
        assert!(!words.trim().is_empty(), "{say:?}");
    }
    assert_ne!(dutch, english, "{say:?}");
    assert_ne!(german, english, "{say:?}");
    assert_ne!(dutch, german, "{say:?}");
}

#[test]
fn every_refusal_the_rules_give_is_said_as_the_core_writes_it() {
    let refusals = every_refusal_reached();
    assert_eq!(refusals.len(), 30);
    for refusal in &refusals {
        assert_said(refusal);
    }
}

#[test]
fn every_refusal_the_new_commerce_rules_give_is_said_as_the_core_writes_it() {
    let refusals = every_nce_refusal_reached();
    assert_eq!(refusals.len(), 25);
    for refusal in &refusals {
        assert_said(refusal);
    }
}

#[test]
fn every_kind_of_refusal_is_translated_with_its_figures() {
    let english_day = "11/29/2026";
    let days = [english_day, "29-11-2026", "29.11.2026"];
    assert_eq!(Lang::Nl.date(DAY), days[1]);
    for say in examples() {
        assert_translated(&say);
        let said = Lang::ALL.map(|lang| lang.say(&say));
        if said[0].contains(english_day) {
            for (words, day) in said.iter().zip(days) {
                assert!(words.contains(day), "{words}");
            }
        }
        for name in ["Offer X", "Customer Y", "CC"] {
            if said[0].contains(name) {
                assert!(said.iter().all(|w| w.contains(name)), "{said:?}");
            }
        }
    }
}

#[test]
fn a_few_refusals_word_for_word() {
    use partnerdesk_core::base::say::{LegacyChangeRefusal, LegacyPurchaseRefusal};
    let seats = Say::from(LegacyPurchaseRefusal::SeatRange {
        offer: "Office 365 E3".into(),
        min: 1,
        max: 10000,
    });
    assert_eq!(
        Lang::Nl.say(&seats),
        "Office 365 E3 heeft 1 tot en met 10.000 licenties; vul een aantal binnen dat bereik in."
    );
    let ended = Say::from(LegacyChangeRefusal::TermEndedWhileSuspended { end: DAY });
    assert_eq!(
        Lang::De.say(&ended),
        "Die Laufzeit des Abonnements endete am 29.11.2026, während es ausgesetzt war; kaufen Sie ein neues Abonnement."
    );
    assert_eq!(
        Lang::En.say(&ended),
        "The subscription's term ended on 11/29/2026 while it was suspended; buy a new subscription."
    );
}

/// The history of `book`'s customer as of `today` in English, each line translated too.
fn history_said(book: &Book, today: NaiveDate) -> Vec<String> {
    let events: Vec<_> = book.customer_events(CUSTOMER).cloned().collect();
    let entries = history_entries(&events, &events, &book.catalog, today);
    for entry in &entries {
        assert_translated(&entry.say);
    }
    entries
        .iter()
        .map(|e| Lang::En.say(&e.say))
        .collect::<Vec<_>>()
}

#[test]
fn every_line_of_the_history_is_said_as_the_core_writes_it() {
    let mut book = legacy_book();
    let on = NaiveDate::from_ymd_opt(2018, 3, 2).unwrap();
    let sub = || PAID.to_string();
    let changes = [
        Command::ChangeQuantity {
            subscription_id: sub(),
            quantity: 12,
            order: None,
        },
        Command::SetNickname {
            subscription_id: sub(),
            nickname: " Main ".into(),
        },
        Command::ChangeFrequency {
            subscription_id: sub(),
            frequency: BillingFrequency::Annual,
            order_id: None,
        },
        Command::SetAutoRenew {
            subscription_id: sub(),
            on: false,
        },
        Command::ChangePrice {
            offer_id: partnerdesk_core::model::sample_catalog::E3.into(),
            from: on,
            monthly: Money::from_int(31),
            erp: Money::from_int(31),
        },
    ];
    for command in changes {
        book.execute(command, on).expect("accepted");
    }
    let seq = book.events.last().unwrap().seq;
    book.execute(
        Command::UndoAction {
            customer_id: CUSTOMER.into(),
            seq: seq - 1,
        },
        on,
    )
    .expect("the auto-renew change is undone");
    let legacy = history_said(&book, on);
    let nce = history_said(&nce_book(), NaiveDate::from_ymd_opt(2025, 6, 3).unwrap());
    // English as the core wrote these lines before they became data.
    assert_eq!(
        legacy,
        [
            "Customer created: Contoso, Ltd. (contoso.onmicrosoft.com, US)",
            "Subscription purchased: Office 365 E3, 10 licenses, billed monthly",
            "Subscription purchased: Office 365 E3, 5 licenses, billed monthly",
            "Subscription cancelled (suspended)",
            "Trial signed up: Office 365 E5 without PSTN Conferencing Trial, 25 licenses",
            "Licenses changed: to 12 licenses",
            "Nickname set: \"Main\"",
            "Billing frequency changed: to annual",
            "Auto-renew changed: off",
            "Action undone: Auto-renew changed of 3/2/2018",
        ]
    );
    assert_eq!(
        nce,
        [
            "Customer created: Contoso, Ltd. (contoso.onmicrosoft.com, DE)",
            "Trial signed up: PDNCE0000E3T:0001, 25 licenses",
            "Subscription purchased: PDNCE00000E3:0001, 10 seats, 1 year, billed monthly",
            "Subscription purchased: PDNCE00000E3:0001, 2 seats, 1 year, billed monthly",
            "Subscription suspended",
        ]
    );
}

#[test]
fn a_customers_problems_are_said_as_the_core_writes_them() {
    use partnerdesk_core::model::customer::{Customer, Segment};
    let wrong = |name: &str, country: &str| Customer {
        id: CUSTOMER.into(),
        company_name: name.into(),
        domain: "not a domain".into(),
        country: country.into(),
        segment: Segment::Commercial,
        reseller_mpn_id: Some("12".into()),
    };
    let mut errors = wrong(" ", "uk").validate();
    errors.extend(wrong(&"n".repeat(201), "XX").validate_entry());
    assert_eq!(errors.len(), 8);
    for error in &errors {
        let say = error.say.as_ref().expect("every customer problem is said");
        assert_eq!(Lang::En.say(say), error.message);
        assert_translated(say);
    }
}

#[test]
fn every_kind_of_import_problem_is_translated_with_its_figures() {
    for problem in import_examples() {
        let say = Say::Import(problem);
        assert_translated(&say);
        let said = Lang::ALL.map(|lang| lang.say(&say));
        if said[0].contains("1234") {
            assert!(
                said[1].contains("1.234") && said[2].contains("1.234"),
                "{said:?}"
            );
        }
        for name in ["Offer X", "Customer Y", "Amount", "Domain"] {
            if said[0].contains(name) {
                assert!(said.iter().all(|w| w.contains(name)), "{said:?}");
            }
        }
    }
}

#[test]
fn every_bad_row_of_an_imported_file_is_said_as_the_core_writes_it() {
    let errors = import_errors_reached();
    assert_eq!(errors.len(), 37, "{errors:#?}");
    let price_cells = errors
        .iter()
        .filter(|e| {
            matches!(
                e.say.as_deref(),
                Some(Say::Import(ImportProblem::PriceCell(_)))
            )
        })
        .count();
    assert_eq!(price_cells, 14, "every bad cell of the price list rows");
    for error in &errors {
        let say = error
            .say
            .as_deref()
            .unwrap_or_else(|| panic!("no Say: {error}"));
        assert_eq!(Lang::En.say(say), error.reason);
        assert_eq!(Lang::En.import_error(error), error.to_string());
        assert_translated(say);
    }
    let dutch = Lang::Nl.import_error(&errors[0]);
    assert!(dutch.starts_with("Regel 1: Het bestand is leeg"), "{dutch}");
}

#[test]
fn every_skipped_row_of_a_reconciliation_file_is_said_as_the_core_writes_it() {
    let rows = skipped_rows_reached();
    assert_eq!(
        rows.iter().map(|r| r.line).collect::<Vec<_>>(),
        vec![3, 4, 5]
    );
    assert_eq!(
        rows.iter().map(|r| r.says.len()).collect::<Vec<_>>(),
        vec![1, 6, 1]
    );
    for row in &rows {
        assert_eq!(Lang::En.row_problems(&row.says, ""), row.reason);
        let [nl, de] = [Lang::Nl, Lang::De].map(|lang| lang.row_problems(&row.says, ""));
        assert!(
            nl != row.reason && de != row.reason && nl != de,
            "{nl} / {de}"
        );
    }
    let german = Lang::De.row_problems(&rows[2].says, "");
    assert_eq!(german, "Der Wert \"someday\" in ChargeStartDate ist kein Datum wie 6/30/2018 oder 6/30/2018 23:59.");
}

#[test]
fn every_storage_failure_is_translated_and_keeps_the_browsers_reason() {
    for problem in storage_examples() {
        let say = Say::Storage(problem);
        assert_translated(&say);
        let said = Lang::ALL.map(|lang| lang.say(&say));
        if said[0].contains("(quota)") {
            assert!(said.iter().all(|w| w.contains("(quota)")), "{said:?}");
        }
    }
    let full = Say::Storage(StorageProblem::NotStored(StorageFailure::QuotaFull));
    assert_eq!(
        Lang::En.say(&full),
        "Storage is full: the browser's space for PartnerDesk is used up, so nothing was stored and nothing changed. Download a backup to keep your book safe, then free space (for example by clearing other data of this site) and try again."
    );
    let refused = Say::Storage(StorageProblem::NothingRecorded(
        StorageFailure::Unavailable {
            why: "SecurityError".into(),
        },
    ));
    assert_eq!(
        Lang::En.say(&refused),
        "Nothing was recorded: the browser refuses storage (SecurityError)."
    );
    assert_eq!(
        Lang::De.say(&refused),
        "Es wurde nichts erfasst: der Browser verweigert die Speicherung (SecurityError)."
    );
}
