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
        p.notes.iter().any(|n| matches!(
            n,
            PreviewNote::Legacy(LegacyNote::Purchase { renews, .. }) if *renews == d(3, 20, 2019)
        )),
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

/// The actions recorded on `scenario` since it was copied from `real`.
fn scenario_actions(real: &Book, scenario: &Book) -> Vec<partnerdesk_core::model::event::Event> {
    let actions = scenario.recorded_since(real).to_vec();
    assert_eq!(actions, scenario.events[real.events.len()..]);
    actions
}

#[test]
fn h1_a_scenario_replays_onto_the_unchanged_book_as_it_was_recorded() {
    let mut real = book(15, "30", P2018);
    buy(&mut real, d(6, 1, 2018), Monthly, 1);
    let mut scenario = real.clone();
    scenario.execute(cancel(SUB), d(6, 10, 2018)).unwrap();
    let actions = scenario_actions(&real, &scenario);
    let replayed = real.replay(&actions, d(6, 20, 2018)).unwrap();
    assert_eq!(replayed.len(), 1);
    assert_eq!(real, scenario);
}

#[test]
fn h1_a_scenario_action_dated_after_today_is_not_replayed() {
    let mut real = book(15, "30", P2018);
    buy(&mut real, d(6, 1, 2018), Monthly, 1);
    let mut scenario = real.clone();
    scenario.execute(cancel(SUB), d(6, 10, 2018)).unwrap();
    let before = real.clone();
    let (index, refusal) = real
        .replay(&scenario_actions(&before, &scenario), d(6, 9, 2018))
        .unwrap_err();
    assert_eq!((index, refusal.rule.as_str()), (0, "H1"));
    assert!(refusal.message.contains("6/10/2018"), "{}", refusal.message);
    assert_eq!(real, before);
}

#[test]
fn h1_a_scenario_is_not_replayed_before_a_later_action_of_the_book() {
    let mut real = book(15, "30", P2018);
    buy(&mut real, d(6, 1, 2018), Monthly, 1);
    let mut scenario = real.clone();
    scenario
        .execute(change_quantity(SUB, 3), d(6, 10, 2018))
        .unwrap();
    let actions = scenario_actions(&real, &scenario);
    real.execute(change_quantity(SUB, 2), d(6, 12, 2018))
        .unwrap();
    // The book's own later action is not one of the scenario's.
    assert_eq!(scenario.recorded_since(&real), &actions[..]);
    let before = real.clone();
    let (index, refusal) = real.replay(&actions, d(6, 20, 2018)).unwrap_err();
    assert_eq!((index, refusal.rule.as_str()), (0, "H1"));
    assert_eq!(real, before);
}

#[test]
fn h1_an_action_dated_back_is_recorded_as_on_its_effective_date() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    let mut on_its_day = b.clone();
    on_its_day
        .execute(change_quantity(SUB, 3), d(6, 5, 2018))
        .unwrap();
    let recorded = b
        .execute_dated(change_quantity(SUB, 3), d(6, 5, 2018), d(6, 9, 2018))
        .unwrap();
    assert_eq!(recorded[0].date, d(6, 5, 2018));
    assert_eq!(b, on_its_day);
}

#[test]
fn h1_an_effective_date_before_the_latest_action_or_after_today_is_refused_at_its_field() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    b.execute(change_quantity(SUB, 2), d(6, 8, 2018)).unwrap();
    let before = b.clone();
    for (effective, says) in [
        (
            d(6, 5, 2018),
            "before the latest recorded action (6/8/2018)",
        ),
        (d(6, 10, 2018), "after today (6/9/2018)"),
    ] {
        let refusal = b
            .execute_dated(change_quantity(SUB, 3), effective, d(6, 9, 2018))
            .unwrap_err();
        assert_eq!(refusal.rule, "H1");
        assert_eq!(refusal.field.as_deref(), Some("effective_date"));
        assert!(refusal.message.contains(says), "{}", refusal.message);
        assert_eq!(b, before);
    }
}
