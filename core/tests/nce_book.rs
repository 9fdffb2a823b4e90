//! §12 through the book: a profile 2022 book records each example's actions as commands
//! (`Book::execute`, checked by the 2022 rule set) and `derive` gives the engine's lines, the
//! same refusals, and the invoices to the cent.

mod nce_support;

use nce_support::book::{book_after, derived, lines_of};
use nce_support::*;
use partnerdesk_core::base::dates::{add_days, add_months, first_of_month};
use partnerdesk_core::billing::nce::action::{Creation, Dated, NceAction};
use partnerdesk_core::model::nce::offer::NceCatalog;
use partnerdesk_core::model::nce::order::ScheduledChange;
use partnerdesk_core::model::nce::sample_catalog::*;
use partnerdesk_core::model::nce::term::BillingPlan;
use partnerdesk_core::model::subscription::Status;
use partnerdesk_core::{Money, NaiveDate};

const BS: &str = BUSINESS_STANDARD;

struct Case {
    name: &'static str,
    catalog: NceCatalog,
    creation: Dated<Creation>,
    actions: Vec<Dated<NceAction>>,
    today: NaiveDate,
}

fn trial(on: NaiveDate, offer: &str) -> Dated<Creation> {
    Dated {
        day: on,
        action: Creation::TrialSignUp {
            subscription_id: SUB.into(),
            order_id: "0c000000-0000-4000-8000-000000000001".into(),
            offer_id: offer.into(),
        },
    }
}

fn plan_change(on: NaiveDate, plan: BillingPlan) -> Dated<NceAction> {
    at(
        on,
        NceAction::ChangeBillingPlan {
            plan,
            order_id: "0d000000-0000-4000-8000-000000000001".into(),
        },
    )
}

fn case(
    name: &'static str,
    catalog: NceCatalog,
    creation: Dated<Creation>,
    actions: Vec<Dated<NceAction>>,
    today: NaiveDate,
) -> Case {
    Case {
        name,
        catalog,
        creation,
        actions,
        today,
    }
}

/// X7's catalog: Microsoft's price, and the trial converting into Business Standard.
fn x7_catalog() -> NceCatalog {
    let mut catalog = microsoft_catalog(&[(P1Y_MONTHLY, "52.61")]);
    catalog
        .offers
        .iter_mut()
        .filter(|o| o.id() == BUSINESS_PREMIUM_TRIAL)
        .for_each(|o| o.conversion_targets = vec![BS.into()]);
    catalog
}

fn microsoft_cases() -> Vec<Case> {
    let p1m = || microsoft_catalog(&[(P1M, "10.08"), (P1Y_MONTHLY, "10.08")]);
    let x6 = || microsoft_catalog(&[(P3Y_ANNUAL, "250.00"), (P3Y_MONTHLY, "20.00")]);
    let converted = at(
        day(2021, 6, 25),
        NceAction::ConvertTrial {
            target_offer_id: BS.into(),
            term_plan: combo(P1Y_MONTHLY),
            quantity: 25,
            ids: ids(1),
        },
    );
    vec![
        case(
            "X1 P1M",
            p1m(),
            purchase(day(2021, 6, 18), BS, P1M, 10),
            vec![],
            day(2021, 7, 31),
        ),
        case(
            "X1 annual",
            microsoft_catalog(&[(P1Y_ANNUAL, "120.96")]),
            purchase(day(2021, 6, 18), BS, P1Y_ANNUAL, 10),
            vec![],
            day(2022, 6, 30),
        ),
        case(
            "X2",
            p1m(),
            purchase(day(2021, 6, 18), BS, P1M, 10),
            vec![
                seats(day(2021, 6, 20), 12, 1),
                seats(day(2021, 6, 20), 8, 2),
            ],
            day(2021, 6, 30),
        ),
        case(
            "X3",
            microsoft_catalog(&[(P1M, "12.00")]),
            purchase(day(2022, 3, 5), BS, P1M, 10),
            [(7, 15), (10, 25), (12, 23), (14, 20), (25, 30)]
                .into_iter()
                .enumerate()
                .map(|(n, (d, q))| seats(day(2022, 3, d), q, n as u32 + 1))
                .collect(),
            day(2022, 3, 31),
        ),
        case(
            "X4",
            p1m(),
            purchase(day(2021, 7, 15), BS, P1M, 10),
            vec![at(day(2021, 7, 17), NceAction::Cancel { ids: ids(1) })],
            day(2021, 9, 30),
        ),
        case(
            "X5",
            p1m(),
            purchase(day(2021, 1, 31), BS, P1Y_MONTHLY, 1),
            vec![],
            day(2022, 1, 30),
        ),
        case(
            "X6a",
            x6(),
            purchase(day(2021, 9, 20), BS, P3Y_ANNUAL, 10),
            vec![plan_change(day(2022, 9, 19), BillingPlan::Monthly)],
            day(2022, 10, 31),
        ),
        case(
            "X6b",
            x6(),
            purchase(day(2021, 9, 20), BS, P3Y_MONTHLY, 10),
            vec![plan_change(day(2021, 10, 1), BillingPlan::Annual)],
            day(2022, 9, 30),
        ),
        case(
            "X6c",
            x6(),
            purchase(day(2024, 9, 20), BS, P3Y_ANNUAL, 10),
            vec![plan_change(day(2025, 4, 1), BillingPlan::Monthly)],
            day(2025, 4, 30),
        ),
        case(
            "X7",
            x7_catalog(),
            trial(day(2021, 6, 25), BUSINESS_PREMIUM_TRIAL),
            vec![converted],
            day(2021, 7, 31),
        ),
    ]
}

fn sample_cases() -> Vec<Case> {
    let sample = nce_sample_catalog;
    vec![
        case(
            "X8",
            sample(),
            purchase(day(2022, 2, 21), BS, P1Y_MONTHLY, 5),
            vec![seats(day(2022, 3, 1), 6, 1)],
            day(2022, 5, 31),
        ),
        case(
            "X9",
            sample(),
            purchase(day(2022, 2, 15), O365_E3, P1Y_ANNUAL, 3),
            vec![seats(day(2022, 4, 10), 4, 1)],
            day(2023, 2, 28),
        ),
        case(
            "X10",
            sample(),
            purchase(day(2023, 4, 3), BUSINESS_PREMIUM, P1Y_MONTHLY, 10),
            vec![
                seats(day(2023, 4, 20), 15, 1),
                seats(day(2023, 4, 26), 12, 2),
                seats(day(2023, 4, 27), 10, 3),
            ],
            day(2023, 5, 31),
        ),
        case(
            "X11",
            sample(),
            trial(day(2025, 3, 10), BUSINESS_PREMIUM_TRIAL),
            vec![],
            day(2025, 5, 31),
        ),
        case(
            "X11 auto-renew off",
            sample(),
            trial(day(2025, 3, 10), BUSINESS_PREMIUM_TRIAL),
            vec![at(day(2025, 3, 20), NceAction::SetAutoRenew { on: false })],
            day(2025, 6, 30),
        ),
        case(
            "X12",
            sample(),
            purchase(day(2022, 2, 10), BUSINESS_BASIC, P1M, 4),
            vec![],
            day(2022, 4, 30),
        ),
        case(
            "X13",
            sample(),
            purchase(day(2023, 5, 12), BS, P1Y_MONTHLY, 8),
            vec![
                at(day(2023, 6, 20), NceAction::Suspend),
                seats(day(2023, 6, 25), 9, 1),
                at(day(2023, 8, 2), NceAction::Reactivate),
            ],
            day(2024, 5, 31),
        ),
    ]
}

/// The last day of the month of `today`: what the book derives up to (N7).
fn month_end(today: NaiveDate) -> NaiveDate {
    add_days(add_months(first_of_month(today), 1), -1)
}

#[test]
fn x1_to_x13_through_the_book_give_the_engines_lines_and_refusals() {
    for c in microsoft_cases().into_iter().chain(sample_cases()) {
        let engine = run(
            &c.catalog,
            &c.creation,
            &c.actions,
            c.today,
            month_end(c.today),
        );
        let (book, refused) = book_after(&c.catalog, &c.creation, &c.actions);
        let state = derived(&book, c.today);
        let book_lines: Vec<String> = lines_of(&state, SUB).into_iter().map(describe).collect();
        assert_eq!(book_lines, described(&engine.lines), "{}", c.name);
        let engine_refused: Vec<usize> = engine.refusals.iter().map(|r| r.index).collect();
        assert_eq!(refused, engine_refused, "{}", c.name);
        let view = state.subscription(SUB).expect("the subscription");
        assert_eq!(
            view.nce.as_deref().map(|n| n.seats),
            Some(engine.view.seats),
            "{}",
            c.name
        );
    }
}

/// (number, total) of the book's issued invoices and the upcoming one.
fn book_invoices(c: &Case) -> Vec<(String, Money)> {
    let (book, _) = book_after(&c.catalog, &c.creation, &c.actions);
    let state = derived(&book, c.today);
    let mut invoices: Vec<(String, Money)> = state
        .invoice_summaries()
        .into_iter()
        .map(|i| (i.number, i.total))
        .collect();
    let upcoming = state.upcoming_invoice();
    if !upcoming.lines.is_empty() {
        invoices.push((upcoming.number, upcoming.total));
    }
    invoices
}

fn named(name: &str) -> Case {
    microsoft_cases()
        .into_iter()
        .chain(sample_cases())
        .find(|c| c.name == name)
        .expect("a case")
}

#[test]
fn x2_x10_x11_x13_invoice_totals_of_the_book_to_the_cent() {
    assert_eq!(
        book_invoices(&named("X2")),
        [("G202106001".to_string(), money("81.98"))]
    );
    let x10 = book_invoices(&named("X10"));
    assert_eq!(
        x10,
        [
            ("G202304001".to_string(), money("252.27")),
            ("G202305001".to_string(), money("264.00"))
        ]
    );
    let x11 = book_invoices(&named("X11"));
    assert_eq!(
        x11,
        [
            ("G202503001".to_string(), money("0.00")),
            ("G202504001".to_string(), money("577.50")),
            ("G202505001".to_string(), money("577.50"))
        ]
    );
    let x13: Money = book_invoices(&named("X13")).iter().map(|(_, t)| *t).sum();
    assert_eq!(x13, money("1200.00"));
}

#[test]
fn n7_the_book_dates_its_monthly_invoices_the_8th_and_numbers_them_g() {
    let c = named("X10");
    let (book, _) = book_after(&c.catalog, &c.creation, &c.actions);
    // On 5/5 the April invoice is closed (dated 5/8) and May's is the upcoming one.
    let state = derived(&book, day(2023, 5, 5));
    let issued = state.invoice_summaries();
    assert_eq!(
        issued
            .iter()
            .map(|i| (i.number.as_str(), i.billing_date, i.due_date))
            .collect::<Vec<_>>(),
        [("G202304001", day(2023, 5, 8), day(2023, 7, 7))]
    );
    let upcoming = state.upcoming_invoice();
    assert_eq!(
        (
            upcoming.number.as_str(),
            upcoming.billing_date,
            upcoming.total
        ),
        ("G202305001", day(2023, 6, 8), money("264.00"))
    );
}

#[test]
fn n7_a_purchase_on_the_5th_is_on_the_upcoming_invoice_of_its_month() {
    let catalog = nce_sample_catalog();
    let bought = purchase(day(2024, 11, 5), BS, P1Y_MONTHLY, 4);
    let (book, _) = book_after(&catalog, &bought, &[]);
    let upcoming = derived(&book, day(2024, 11, 5)).upcoming_invoice();
    assert_eq!(
        (
            upcoming.number.as_str(),
            upcoming.lines.len(),
            upcoming.total
        ),
        ("G202411001", 1, money("50.00"))
    );
}

#[test]
fn n20_a_trial_left_alone_is_active_on_the_book_with_its_conversion_on_day_31() {
    let c = named("X11");
    let (book, _) = book_after(&c.catalog, &c.creation, &c.actions);
    let before = derived(&book, day(2025, 4, 2));
    let trial = before.subscription(SUB).unwrap();
    let conversion = trial
        .nce
        .as_deref()
        .unwrap()
        .automatic_conversion
        .clone()
        .unwrap();
    assert_eq!(
        (trial.status, conversion.day, conversion.first_charge),
        (Status::Trial, day(2025, 4, 9), Some(money("577.50")))
    );
    let after = derived(&book, day(2025, 4, 9));
    let paid = after.subscription(SUB).unwrap();
    assert_eq!(
        (paid.status, paid.offer_id.as_str(), paid.quantity),
        (Status::Active, BUSINESS_PREMIUM, 25)
    );
    assert_eq!(
        paid.trial.as_ref().and_then(|t| t.converted_on),
        Some(day(2025, 4, 9))
    );
    let change = ScheduledChange {
        offer_id: BUSINESS_PREMIUM.into(),
        term_plan: combo(P1Y_MONTHLY),
        quantity: 25,
    };
    assert_eq!(conversion.change, change);
}
