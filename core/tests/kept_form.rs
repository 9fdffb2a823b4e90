//! Issue 13: the dashboard's figures kept beside the book in their hand-written text form
//! (`base::kept_form`, `reports::kept_form`, `storage::kept_figures`) read back as they were
//! written, for both programs, whatever their names hold.

mod kept_support;

use kept_support::*;
use partnerdesk_core::base::kept_form::{FieldReader, FieldWriter};
use partnerdesk_core::base::money::Money;
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::base::say::{BookRefusal, Say};
use partnerdesk_core::billing::derive::derive_months;
use partnerdesk_core::billing::offer_catalog;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::settings::RulesProfile;
use partnerdesk_core::model::status::Status;
use partnerdesk_core::reports::board::{board, Board};
use partnerdesk_core::reports::cockpit::{cockpit, Cockpit, CHART_WINDOW};
use partnerdesk_core::reports::dashboard::{Dashboard, DateRow, TrialRow};
use partnerdesk_core::storage::generated_book::{generated_book, generated_start};
use partnerdesk_core::storage::generated_nce_book::{generated_nce_book, generated_nce_start};
use partnerdesk_core::storage::kept_figures::{decode_kept, encode_kept};
use partnerdesk_core::NaiveDate;
use proptest::prelude::*;

/// Both parts of the dashboard's figures as the app keeps them, with the profile.
type Figures = (Cockpit, Board, RulesProfile);

fn read_back(figures: &Figures) -> Option<Figures> {
    let (cockpit, board, profile) = figures;
    let mut writer = FieldWriter::default();
    writer.put(cockpit).put(board).put(profile);
    let text = writer.into_text();
    let mut reader = FieldReader::new(&text);
    let back = (reader.get()?, reader.get()?, reader.get()?);
    assert!(reader.is_done(), "every field read");
    // And through the stored record, under its fingerprint.
    let kept = encode_kept(&fingerprint(), board);
    assert_eq!(
        decode_kept::<Board>(&kept, &fingerprint()).as_ref(),
        Some(board)
    );
    Some(back)
}

#[test]
fn issue13_full_and_empty_boards_of_both_programs_read_back_as_written() {
    let cases: Vec<Figures> = vec![
        (
            a_cockpit(chart()),
            full_license_board(),
            RulesProfile::P2018,
        ),
        (a_cockpit(chart()), full_nce_board(), RulesProfile::P2022),
        (a_cockpit(vec![]), empty_board(false), RulesProfile::P2017),
        (a_cockpit(vec![]), empty_board(true), RulesProfile::P2022),
    ];
    for figures in cases {
        assert_eq!(read_back(&figures), Some(figures.clone()));
    }
}

#[test]
fn issue13_amounts_keep_their_exact_text_and_dates_are_iso() {
    let mut writer = FieldWriter::default();
    writer
        .put(&money("1234.5600"))
        .put(&money("-0.01"))
        .put(&day(2026, 2, 3));
    assert_eq!(writer.into_text(), "1234.5600;-0.01;2026-02-03;");
    let mut reader = FieldReader::new("1234.5600;");
    assert_eq!(
        reader.get::<Money>().unwrap().decimal().to_string(),
        "1234.5600"
    );
    // An amount of more digits than exact decimals hold is refused, not rounded.
    let too_long = FieldReader::new("0.123456789012345678901234567890123;").get::<Money>();
    assert_eq!(too_long, None);
}

#[test]
fn issue13_a_refusal_is_kept_as_its_english_words_only() {
    let refusal = RuleError::new("P3", "No such offer.")
        .at("offer")
        .saying(Say::Book(BookRefusal::NoSuchOffer));
    let mut writer = FieldWriter::default();
    writer.put(&refusal);
    let text = writer.into_text();
    let back: RuleError = FieldReader::new(&text).get().unwrap();
    assert_eq!(
        back,
        RuleError {
            say: None,
            ..refusal
        }
    );
}

/// The figures of generated books of both programs, as the dashboard derives them.
#[test]
fn issue13_the_figures_of_generated_books_read_back_as_derived() {
    let books: [(Book, NaiveDate); 2] = [
        (
            generated_book(300, 2, 7),
            generated_start() + chrono::Days::new(400),
        ),
        (
            generated_nce_book(300, 2, 7),
            generated_nce_start() + chrono::Days::new(400),
        ),
    ];
    for (book, today) in books {
        let state = derive_months(&book, today, CHART_WINDOW);
        let board = board(&state, &offer_catalog(&book, today));
        let figures = (cockpit(&state, &board), board, book.settings.profile);
        assert_eq!(read_back(&figures), Some(figures.clone()));
    }
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (0u64..73_000).prop_map(|d| day(2000, 1, 1) + chrono::Days::new(d))
}

fn any_money() -> impl Strategy<Value = Money> {
    (any::<i64>(), 0u32..=28).prop_map(|(units, scale)| Money::new(units, scale))
}

fn any_date_row() -> impl Strategy<Value = DateRow> {
    (any::<[String; 4]>(), any_date(), any::<i64>()).prop_map(|([s, c, n, o], date, days)| {
        DateRow {
            subscription_id: s,
            customer_id: c,
            customer_name: n,
            offer_name: o,
            date,
            days,
        }
    })
}

fn any_trial_row() -> impl Strategy<Value = TrialRow> {
    let texts = (
        any::<[String; 4]>(),
        prop::collection::vec(any::<String>(), 0..4),
    );
    let facts = (
        any_date(),
        any_date(),
        any::<i64>(),
        0..Status::ALL.len(),
        any::<[bool; 2]>(),
    );
    (texts, facts).prop_map(
        |(([s, c, n, o], next_offers), (started, expires, left, st, b))| TrialRow {
            subscription_id: s,
            customer_id: c,
            customer_name: n,
            offer_name: o,
            started,
            expires,
            days_left: left,
            status: Status::ALL[st],
            ending_soon: b[0],
            next_offers,
            has_conversion_target: b[1],
        },
    )
}

proptest! {
    #[test]
    fn issue13_any_license_based_board_reads_back_as_written(
        trials in prop::collection::vec(any_trial_row(), 0..4),
        renewals in prop::collection::vec(any_date_row(), 0..4),
        next_invoice_date in any_date(),
        next_invoice_total in any_money(),
    ) {
        let board = Board::LicenseBased(Dashboard {
            trials: trials.clone(),
            trials_ending_soon: trials.iter().rev().cloned().collect(),
            expired_trials: trials,
            renewals: renewals.clone(),
            nearing_deletion: renewals,
            next_invoice_date,
            next_invoice_total,
        });
        let kept = encode_kept(&fingerprint(), &board);
        prop_assert_eq!(decode_kept::<Board>(&kept, &fingerprint()), Some(board));
    }
}

#[test]
fn issue13_a_date_reads_back_and_a_malformed_one_reads_as_nothing() {
    for (y, m, d) in [(2000, 1, 1), (2024, 2, 29), (2199, 12, 31)] {
        let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mut writer = FieldWriter::default();
        writer.put(&day);
        let text = writer.into_text();
        assert_eq!(text, format!("{day};"));
        assert_eq!(FieldReader::new(&text).get::<NaiveDate>(), Some(day));
    }
    for text in [
        "2023-02-29;",
        "2024-13-01;",
        "2024-01;",
        "2024-01-01-01;",
        "2024-01-x;",
        ";",
    ] {
        assert_eq!(FieldReader::new(text).get::<NaiveDate>(), None, "{text}");
    }
}
