//! Invoices (SPEC R1), the history (H1), recording and previews.

use super::*;

#[test]
fn r1_one_invoice_per_billing_date_for_all_customers_and_frequencies() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    let other = Customer {
        id: "44444444-4444-4444-8444-444444444444".into(),
        company_name: "Fabrikam".into(),
        domain: "fabrikam.onmicrosoft.com".into(),
        country: "DE".into(),
        segment: Segment::Commercial,
        reseller_mpn_id: None,
    };
    b.execute(Command::CreateCustomer(other.clone()), d(6, 2, 2018))
        .unwrap();
    b.execute(
        Command::Purchase {
            ids: ids(OTHER),
            customer_id: other.id.clone(),
            offer_id: E3_ID.into(),
            quantity: 2,
            frequency: Annual,
            nickname: None,
            term_plan: None,
        },
        d(6, 2, 2018),
    )
    .unwrap();
    b.execute(trial_sign_up(TRIAL, TEAMS_TRIAL_ID), d(6, 3, 2018))
        .unwrap();
    let invoices = derive(&b, d(6, 15, 2018)).invoices();
    assert_eq!(invoices.len(), 1);
    assert_eq!(invoices[0].lines.len(), 2);
    assert_eq!(invoices[0].total.to_string(), "750.00");
    assert_eq!(invoices[0].due_date, d(8, 14, 2018));
}

#[test]
fn h1_the_history_never_goes_back_in_time() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    assert_eq!(refused(&mut b, d(5, 31, 2018), cancel(SUB)), "H1");
}

#[test]
fn derivation_before_an_action_date_does_not_see_it() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    assert!(derive(&b, d(5, 31, 2018)).subscription(SUB).is_none());
}

#[test]
fn execute_all_records_every_command_or_none() {
    let mut b = book(15, "20", P2018);
    let mut second = contoso();
    second.id = "55555555-5555-4555-8555-555555555555".into();
    let before = b.clone();
    let err = b
        .execute_all(
            vec![
                purchase(SUB, E3_ID, 1, Monthly),
                Command::CreateCustomer(second),
            ],
            d(3, 3, 2018),
        )
        .unwrap_err();
    assert_eq!((err.0, err.1.field.as_deref()), (1, Some("domain")));
    assert_eq!(b, before);
}

#[test]
fn preview_shows_dates_and_lines_with_their_invoice_dates_and_records_nothing() {
    let b = book(15, "20", P2018);
    let before = b.clone();
    let p = preview(&b, &purchase(SUB, E3_ID, 3, Annual), d(3, 20, 2018)).unwrap();
    assert_eq!(b, before);
    let after = p.after.clone().unwrap();
    assert_eq!(after.renewal_date(), Some(d(3, 20, 2019)));
    assert_eq!(p.added_lines.len(), 1);
    assert_eq!(p.added_lines[0].billing_date, d(4, 15, 2018));
    assert_eq!(p.net_amount().to_string(), "720.00");
    assert!(
        p.notes.iter().any(|n| n.contains("renews on 3/20/2019")),
        "{:?}",
        p.notes
    );
    let refusal = preview(&b, &purchase(SUB, E3_ID, 0, Annual), d(3, 20, 2018)).unwrap_err();
    assert_eq!(refusal.rule, "P6");
}

#[test]
fn derive_current_keeps_the_state_and_the_upcoming_invoice_only() {
    use partnerdesk_core::billing::derive::derive_current;
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    b.execute(cancel(SUB), d(7, 20, 2018)).unwrap();
    let full = derive(&b, d(8, 1, 2018));
    let current = derive_current(&b, d(8, 1, 2018));
    assert_eq!(current.subscriptions, full.subscriptions);
    assert_eq!(current.upcoming_invoice(), full.upcoming_invoice());
    assert!(current
        .lines
        .iter()
        .all(|l| l.billing_date == d(8, 15, 2018)));
    assert_eq!(
        current
            .subscription(SUB)
            .unwrap()
            .days_to_deletion(d(8, 1, 2018)),
        Some(78)
    );
}
