//! Starting a new commerce book from an R6 file (issue 12): each subscription's latest state
//! from the file (offer, term and plan, seats rebuilt from the ReferenceId pairs, term dates,
//! the locked price, trials and co-termed add-ons), recorded as it stands; the month after
//! the file is then billed as the book the file came from bills it.

mod common;
mod nce_support;

use common::csv_edit::with_cell_changed;
use nce_support::book::{creation_command, nce_book, CUSTOMER};
use nce_support::*;
use partnerdesk_core::base::dates::{add_days, add_months};
use partnerdesk_core::base::say::{NceAdoptionRefusal, Say};
use partnerdesk_core::billing::derive::derive;
use partnerdesk_core::billing::nce::action::Creation;
use partnerdesk_core::billing::nce::calendar::invoice_date;
use partnerdesk_core::imports::book_start::{BookStart, BookStartPlan, StartOptions};
use partnerdesk_core::imports::import_error::ImportError;
use partnerdesk_core::imports::recon_file::read_recon_file;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::charge_line::{ChargeLine, ChargeType};
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::nce::ids::PartnerIds;
use partnerdesk_core::model::nce::line::{OrderId, Reference};
use partnerdesk_core::model::nce::sample_catalog::{
    nce_sample_catalog, BUSINESS_PREMIUM, BUSINESS_STANDARD, EXCHANGE_ONLINE_ARCHIVING,
    O365_E3_TRIAL,
};
use partnerdesk_core::model::nce::term::{BillingPlan, Term};
use partnerdesk_core::model::recon_line::ReconProgram;
use partnerdesk_core::model::status::Status;
use partnerdesk_core::reports::csv_writer::CsvDialect;
use partnerdesk_core::reports::nce_recon_csv::NCE_RECON_HEADER;
use partnerdesk_core::reports::reconciliation::invoice_recon_file;
use partnerdesk_core::storage::generated_nce_book::generated_nce_book;
use partnerdesk_core::NaiveDate;
use std::collections::BTreeSet;
use std::sync::Arc;

/// The R6 file of the month starting `month` as `edit` leaves it, read and planned on `today`
/// for a fresh book with the same settings and catalogs.
fn planned(
    original: &Book,
    month: NaiveDate,
    today: NaiveDate,
    edit: impl FnOnce(Vec<u8>) -> Vec<u8>,
) -> (Book, Result<BookStartPlan, Vec<ImportError>>) {
    let state = derive(original, today);
    let file = invoice_recon_file(&state, original, invoice_date(month), CsvDialect::Standard);
    let (lines, summary) = read_recon_file(&edit(file.unwrap().bytes)).unwrap();
    assert!(summary.skipped.is_empty(), "{:?}", summary.skipped);
    let mut start = BookStart::new(ReconProgram::NewCommerce);
    lines.iter().for_each(|l| start.feed(l));
    let fresh = Book {
        events: Default::default(),
        ..original.clone()
    };
    let options = StartOptions {
        billed_through: summary.invoice_date(1).unwrap(),
        country: "NL".into(),
        today,
    };
    let plan = start.plan(&fresh, &options);
    (fresh, plan)
}

/// The file of `month` planned and recorded on `today` into a fresh book.
fn started_from_file(original: &Book, month: NaiveDate, today: NaiveDate) -> (Book, BookStartPlan) {
    let (mut fresh, plan) = planned(original, month, today, |file| file);
    let plan = plan.unwrap();
    fresh.execute_all(plan.commands(), today).unwrap();
    (fresh, plan)
}

/// The lines of the invoice of `month` of the subscriptions `only`, without what only says in
/// which order a replay made them, and with their ids as the file spells them (a renewal's id
/// is named from its day, the started book's from the file).
fn month_lines(b: &Book, month: NaiveDate, only: &BTreeSet<String>) -> Vec<ChargeLine> {
    let ids = PartnerIds::of(&b.settings.partner_id);
    let mut lines: Vec<ChargeLine> = derive(b, add_days(month, 20))
        .lines
        .into_iter()
        .filter(|l| l.billing_date == invoice_date(month) && only.contains(&*l.subscription_id))
        .map(|mut l| {
            let spelled = (l.order_id(&ids), l.reference_id(&ids));
            let (Some(order_id), Some(reference_id)) = spelled else {
                return l;
            };
            let (order_id, reference_id) = (Arc::from(&*order_id), Arc::from(&*reference_id));
            if let Some(nce) = l.nce.as_mut() {
                nce.event = 0;
                nce.order_id = OrderId::Given(order_id);
                nce.reference = Reference::Given(reference_id);
            }
            l
        })
        .collect();
    lines.sort_by(|a, b| {
        (&a.subscription_id, a.order_date(), a.charge_type, a.amount).cmp(&(
            &b.subscription_id,
            b.order_date(),
            b.charge_type,
            b.amount,
        ))
    });
    lines
}

/// The generated book of `seed` as it stood at the end of `month`, its R6 file of that month,
/// a fresh book started from it, and the three months after compared; what the two months
/// after the file hold, in short.
fn round_trip(seed: u64, month: NaiveDate) -> String {
    let next = add_months(month, 1);
    let mut original = generated_nce_book(80, 2, seed);
    // The book as it stood when the file was written: what the partner does later is not in it.
    original.events.retain(|e| e.date < next);
    let (started, plan) = started_from_file(&original, month, add_days(next, 2));
    // What no line shows is not in the file (auto-renew off, a scheduled change, a suspension,
    // a pending plan change): those subscriptions are compared by hand, not here.
    let at_month_end = derive(&original, add_days(next, -1));
    let shown: BTreeSet<String> = at_month_end
        .subscriptions
        .iter()
        .filter_map(|s| s.nce.as_deref())
        .filter(|n| {
            n.auto_renew
                && n.scheduled_change.is_none()
                && n.pending_plan_change.is_none()
                && n.status != Status::Suspended
        })
        .map(|n| n.subscription_id.clone())
        .collect();
    let adopted: BTreeSet<String> = plan
        .subscriptions
        .iter()
        .map(|s| s.ids.subscription_id.clone())
        .filter(|id| shown.contains(id))
        .collect();
    let expected = month_lines(&original, next, &adopted);
    let got = month_lines(&started, next, &adopted);
    assert_eq!(got, expected);
    // And the two months after, with their renewals and conversions, as nothing else happens.
    for later in [add_months(next, 1), add_months(next, 2)] {
        let lines = month_lines(&started, later, &adopted);
        assert!(!lines.is_empty());
        assert_eq!(lines, month_lines(&original, later, &adopted), "{later}");
    }
    let total: partnerdesk_core::Money = got.iter().map(|l| l.amount).sum();
    let said = format!(
        "{} subscriptions adopted ({} compared, {} trials, {} add-ons), {} ended; {} lines on the invoice of {next}, total {total}",
        plan.subscriptions.len(),
        adopted.len(),
        plan.subscriptions.iter().filter(|s| s.term_plan.is_none()).count(),
        plan.subscriptions.iter().filter(|s| s.parent_id.is_some()).count(),
        plan.ended.len(),
        got.len(),
    );
    assert!(adopted.len() >= 40, "only {} compared", adopted.len());
    assert!(got.iter().any(|l| l.charge_type == ChargeType::CycleCharge));
    assert!(got.iter().any(|l| l.charge_type == ChargeType::Renew));
    said
}

#[test]
fn n10_n11_a_book_started_from_a_generated_books_r6_file_bills_the_next_months_to_the_cent() {
    for (seed, month) in [(12, day(2022, 10, 1)), (5, day(2023, 3, 1))] {
        println!("{}", round_trip(seed, month));
    }
}

fn purchase_command(n: u32, offer: &str, term_plan: (Term, BillingPlan), seats: u32) -> Command {
    creation_command(&Creation::Purchase {
        subscription_id: format!("40000000-0000-4000-8000-{n:012}"),
        ids: ids(n),
        offer_id: offer.into(),
        term_plan: combo(term_plan),
        quantity: seats,
    })
}

fn sub_id(n: u32) -> String {
    format!("40000000-0000-4000-8000-{n:012}")
}

/// Contoso's book of 2022: Business Premium P1Y/monthly bought before March's price rise
/// with a seat addition in April, an add-on on it, a trial signed up in April, a P1M
/// subscription cancelled in its window and one bought on 4/28.
fn contoso_2022() -> Book {
    let mut b = nce_book(&nce_sample_catalog(), day(2022, 2, 1));
    let steps = [
        (
            day(2022, 2, 15),
            purchase_command(1, BUSINESS_PREMIUM, P1Y_MONTHLY, 10),
        ),
        (
            day(2022, 3, 1),
            Command::BuyAddOn {
                ids: NewIds {
                    subscription_id: sub_id(3),
                    billing_id: sub_id(3),
                    order_id: ids(3).order_id,
                    reference_id: Some(ids(3).reference_id),
                },
                parent_id: sub_id(1),
                offer_id: EXCHANGE_ONLINE_ARCHIVING.into(),
                quantity: 4,
            },
        ),
        (
            day(2022, 4, 5),
            purchase_command(5, BUSINESS_PREMIUM, P1M, 3),
        ),
        (
            day(2022, 4, 7),
            Command::Cancel {
                subscription_id: sub_id(5),
                order: Some(ids(6)),
            },
        ),
        (
            day(2022, 4, 12),
            creation_command(&Creation::TrialSignUp {
                subscription_id: sub_id(4),
                order_id: ids(4).order_id,
                offer_id: O365_E3_TRIAL.into(),
            }),
        ),
        (
            day(2022, 4, 20),
            Command::ChangeQuantity {
                subscription_id: sub_id(1),
                quantity: 14,
                order: Some(ids(2)),
            },
        ),
        (
            day(2022, 4, 28),
            purchase_command(7, BUSINESS_STANDARD, P1M, 2),
        ),
    ];
    for (on, command) in steps {
        b.execute(command, on).unwrap();
    }
    b
}

#[test]
fn n10_n13_n18_n23_an_r6_file_maps_to_terms_plans_seats_locked_prices_trials_and_add_ons() {
    let b = contoso_2022();
    let (started, plan) = started_from_file(&b, day(2022, 4, 1), day(2022, 5, 4));
    assert_eq!(plan.customers.len(), 1);
    // R6 names the customer's country, which wins over the partner's choice.
    assert_eq!(plan.customers[0].country, "DE");
    assert_eq!(plan.ended, vec![sub_id(5)], "cancelled in its window (N15)");
    let by_id = |n: u32| {
        plan.subscriptions
            .iter()
            .find(|s| s.ids.subscription_id == sub_id(n))
            .unwrap()
    };
    let base = by_id(1);
    assert_eq!(base.term_plan, Some(combo(P1Y_MONTHLY)));
    assert_eq!(base.quantity, 14, "seats rebuilt from the April pair (N13)");
    assert_eq!(
        base.unit_price,
        money("20.00"),
        "locked before March's 22.00 (N10)"
    );
    assert_eq!(
        (base.term_start, base.term_end),
        (day(2022, 2, 15), day(2023, 2, 14))
    );
    assert_eq!(base.ids.order_id, ids(1).order_id, "the term's OrderId");
    let add_on = by_id(3);
    assert_eq!(add_on.parent_id.as_deref(), Some(sub_id(1).as_str()));
    assert_eq!(add_on.term_plan, Some(combo(P1Y_MONTHLY)));
    assert_eq!(
        add_on.term_end,
        day(2023, 2, 14),
        "co-termed with its base (N23)"
    );
    assert_eq!(add_on.quantity, 4);
    let trial = by_id(4);
    assert_eq!(trial.term_plan, None);
    assert_eq!((trial.quantity, trial.term_end), (25, day(2022, 5, 11)));
    assert_eq!(trial.unit_price, money("0.00"));
    // May: the base's and the add-on's cycle charges at the locked prices, the trial's
    // automatic conversion on day 31 (N20) at May's row: as in the original book.
    let ids: BTreeSet<String> = [1, 3, 4].map(sub_id).into_iter().collect();
    let may = month_lines(&started, day(2022, 5, 1), &ids);
    assert_eq!(may, month_lines(&b, day(2022, 5, 1), &ids));
    assert_eq!(
        described(&may),
        vec![
            "[5/15/2022] cycleCharge 5/15/2022–6/14/2022: 20.00 × 14 = 280.00",
            "[5/15/2022] cycleCharge 5/15/2022–6/14/2022: 3.00 × 4 = 12.00",
            "[5/12/2022] convert 4/12/2022–5/11/2022: 0.00 × 25 = 0.00",
            "[5/12/2022] convert 5/12/2022–6/11/2022: 23.00 × 25 = 575.00",
        ]
    );
}

#[test]
fn n14_n15_an_adopted_subscription_older_than_7_days_can_neither_shrink_nor_be_cancelled_a_newer_one_can(
) {
    let b = contoso_2022();
    let (mut started, _) = started_from_file(&b, day(2022, 4, 1), day(2022, 5, 4));
    let mut on_may_4 = |n: u32, quantity: Option<u32>, order: u32| {
        let (subscription_id, order) = (sub_id(n), Some(ids(order)));
        let command = match quantity {
            Some(quantity) => Command::ChangeQuantity {
                subscription_id,
                quantity,
                order,
            },
            None => Command::Cancel {
                subscription_id,
                order,
            },
        };
        started.execute(command, day(2022, 5, 4)).map(|_| ())
    };
    assert_eq!(on_may_4(1, Some(12), 20).unwrap_err().rule, "N14");
    assert_eq!(on_may_4(1, None, 21).unwrap_err().rule, "N15");
    assert_eq!(
        on_may_4(1, Some(16), 22),
        Ok(()),
        "seats can be added any day (N13)"
    );
    // Bought on 4/28: its 7 days run to 5/4 as Microsoft's do, so it can still be cancelled,
    // the 24 days 5/4-5/27 of its 30-day cycle refunded (15.00 x 24 / 30 x 2).
    assert_eq!(on_may_4(7, None, 23), Ok(()));
    let only: BTreeSet<String> = [sub_id(7)].into_iter().collect();
    let refund = month_lines(&started, day(2022, 5, 1), &only);
    assert_eq!(
        described(&refund),
        vec!["[5/4/2022] cancelImmediate 5/4/2022–5/27/2022: -12.00 × 2 = -24.00"]
    );
}

#[test]
fn n7_a_file_whose_month_is_not_over_is_refused_and_nothing_is_recorded() {
    let today = day(2022, 4, 30);
    let (mut fresh, plan) = planned(&contoso_2022(), day(2022, 4, 1), today, |file| file);
    let plan = plan.unwrap();
    let (_, refused) = fresh.execute_all(plan.commands(), today).unwrap_err();
    assert_eq!(refused.rule, "N7");
    let said = Say::from(NceAdoptionRefusal::MonthNotOver {
        billed_through: day(2022, 4, 30),
        day: today,
    });
    assert_eq!(refused.say.as_deref(), Some(&said));
    assert!(fresh.events.is_empty());
    assert_eq!(CUSTOMER, plan.customers[0].id);
}

#[test]
fn p7_a_line_of_an_offer_the_catalog_lacks_is_named_and_nothing_is_planned() {
    let product = NCE_RECON_HEADER
        .iter()
        .position(|c| *c == "ProductId")
        .unwrap();
    let unknown = |file: Vec<u8>| with_cell_changed(&file, product, 2, |_| "PDNCE0000XXX".into());
    let (_, plan) = planned(&contoso_2022(), day(2022, 4, 1), day(2022, 5, 4), unknown);
    let errors = plan.unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    // Line 4: the trial's sign-up, after the two lines of the subscription cancelled.
    assert_eq!(errors[0].line, 4);
    let said = "The offer Office 365 E3 Trial (PDNCE0000XXX:0001) is not in the catalog.";
    assert_eq!(errors[0].reason, said);
}
