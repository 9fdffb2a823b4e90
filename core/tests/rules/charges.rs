//! Paid subscriptions and their charges (SPEC C1–C12).

use super::*;

#[test]
fn c1_term_starts_on_the_first_after_a_purchase_on_the_29th_to_31st() {
    for day in [29, 30, 31] {
        let mut b = book(15, "20", P2018);
        buy(&mut b, d(1, day, 2018), Monthly, 1);
        let s = derive(&b, d(1, day, 2018));
        let term = s.subscription(SUB).unwrap().term.unwrap();
        assert_eq!((term.start, term.end), (d(2, 1, 2018), d(1, 31, 2019)));
        let first = &all_lines(&b, d(2, 15, 2018))[0];
        assert_eq!((first.start, first.end), (d(1, day, 2018), d(2, 28, 2018)));
    }
}

#[test]
fn c2_monthly_has_twelve_periods_on_the_anniversary_day() {
    let mut b = book(15, "20", P2018);
    buy(&mut b, d(1, 10, 2018), Monthly, 1);
    let lines = all_lines(&b, d(12, 31, 2018));
    let lines: Vec<_> = lines.iter().filter(|l| l.start < d(1, 10, 2019)).collect();
    let starts: Vec<NaiveDate> = lines.iter().map(|l| l.start).collect();
    assert_eq!(starts.len(), 12);
    assert!(starts.iter().all(|s| chrono::Datelike::day(s) == 10));
}

#[test]
fn c3_c4_annual_has_no_lines_in_months_2_to_12() {
    let mut b = book(15, "20", P2018);
    buy(&mut b, d(1, 10, 2018), Annual, 1);
    let lines = all_lines(&b, d(12, 1, 2018));
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].charge_type, ChargeType::ProratePurchase);
}

#[test]
fn c5_licenses_added_to_annual_stay_annual() {
    let mut b = book(15, "4", P2018);
    buy(&mut b, d(1, 13, 2018), Annual, 1);
    b.execute(change_quantity(SUB, 2), d(2, 1, 2018)).unwrap();
    let lines = all_lines(&b, d(2, 15, 2018));
    assert!(lines.iter().all(|l| l.frequency == Annual));
    let sub = derive(&b, d(2, 15, 2018))
        .subscription(SUB)
        .cloned()
        .unwrap();
    assert_eq!((sub.quantity, sub.frequency), (2, Some(Annual)));
    assert_eq!(
        refused(&mut b, d(2, 16, 2018), change_quantity(SUB, 2)),
        "C5"
    );
}

#[test]
fn c6_annual_change_is_rebilled_in_stretches_broken_at_recognition() {
    let mut b = book(15, "4", P2018);
    buy(&mut b, d(1, 13, 2018), Annual, 1);
    b.execute(change_quantity(SUB, 2), d(2, 1, 2018)).unwrap();
    let feb = derive(&b, d(2, 15, 2018));
    let lines: Vec<_> = feb
        .lines
        .iter()
        .filter(|l| l.billing_date == d(2, 15, 2018))
        .collect();
    let rows: Vec<(NaiveDate, NaiveDate, u32, String)> = lines
        .iter()
        .map(|l| (l.start, l.end, l.quantity, l.amount.to_string()))
        .collect();
    assert_eq!(
        rows,
        vec![
            (d(1, 13, 2018), d(1, 12, 2019), 1, "-48.00".to_string()),
            (d(1, 13, 2018), d(1, 31, 2018), 1, "2.50".to_string()),
            (d(2, 1, 2018), d(2, 12, 2018), 2, "3.16".to_string()),
            (d(2, 13, 2018), d(1, 12, 2019), 2, "87.85".to_string()),
        ]
    );
}

#[test]
fn c6_several_changes_before_one_recognition_day_give_one_stretch_each() {
    let mut b = book(15, "4", P2018);
    buy(&mut b, d(1, 13, 2018), Monthly, 1);
    b.execute(change_quantity(SUB, 2), d(1, 20, 2018)).unwrap();
    b.execute(change_quantity(SUB, 3), d(2, 1, 2018)).unwrap();
    let lines = invoice_lines(&b, d(2, 15, 2018));
    let stretches: Vec<(NaiveDate, u32)> = lines
        .iter()
        .filter(|l| l.charge_type == ChargeType::CycleInstanceProrate && !l.amount.is_negative())
        .map(|l| (l.start, l.quantity))
        .collect();
    assert_eq!(
        stretches,
        vec![(d(1, 13, 2018), 1), (d(1, 20, 2018), 2), (d(2, 1, 2018), 3)]
    );
}

#[test]
fn c6_profile_2017_bills_a_change_on_the_next_billing_date() {
    let mut b = book(15, "4", P2017);
    buy(&mut b, d(1, 13, 2018), Monthly, 1);
    b.execute(change_quantity(SUB, 2), d(1, 20, 2018)).unwrap();
    let lines = invoice_lines(&b, d(2, 15, 2018));
    assert!(lines
        .iter()
        .any(|l| l.charge_type == ChargeType::CycleInstanceProrate
            && l.start == d(1, 20, 2018)
            && l.end == d(2, 14, 2018)
            && l.quantity == 2));
}

#[test]
fn c8_monthly_cancellation_after_30_days_is_prorated_to_period_end() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 2);
    b.execute(cancel(SUB), d(7, 10, 2018)).unwrap();
    let credit = invoice_lines(&b, d(7, 15, 2018))
        .into_iter()
        .find(|l| l.charge_type == ChargeType::CancelFee)
        .unwrap();
    assert_eq!((credit.start, credit.end), (d(7, 10, 2018), d(7, 31, 2018)));
    assert_eq!(credit.amount.to_string(), "-42.58");
    assert_eq!(refused(&mut b, d(7, 11, 2018), cancel(SUB)), "C8");
}

#[test]
fn c8_preview_explains_the_credit_with_its_figures() {
    let mut b = book(15, "4", P2018);
    buy(&mut b, d(1, 13, 2018), Annual, 1);
    let p = preview(&b, &cancel(SUB), d(3, 1, 2018)).unwrap();
    assert_eq!(p.added_lines.len(), 1);
    assert_eq!(p.added_lines[0].amount.to_string(), "-41.82");
    assert!(
        p.notes.iter().any(|n| matches!(
            n,
            PreviewNote::Legacy(LegacyNote::ProratedCredit(c))
                if c.days == 318 && c.amount.round2().to_string() == "41.82"
        )),
        "{:?}",
        p.notes
    );
    assert_eq!(p.after.unwrap().status, Status::Suspended);
}

#[test]
fn c9_suspending_a_base_suspends_its_add_ons_each_with_its_own_credit() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    b.execute(add_on(), d(6, 10, 2018)).unwrap();
    let events = b.execute(cancel(SUB), d(6, 12, 2018)).unwrap();
    assert_eq!(events.len(), 2);
    assert_eq!(events[1].caused_by, Some(events[0].seq));
    let s = derive(&b, d(6, 12, 2018));
    assert_eq!(s.subscription(ADD_ON).unwrap().status, Status::Suspended);
    let credits: Vec<String> = invoice_lines(&b, d(6, 15, 2018))
        .iter()
        .filter(|l| l.charge_type == ChargeType::CancelFee)
        .map(|l| l.amount.to_string())
        .collect();
    assert_eq!(credits, vec!["-30.00", "-3.50"]);
    b.execute(reactivate(SUB), d(6, 13, 2018)).unwrap();
    assert_eq!(
        derive(&b, d(6, 13, 2018))
            .subscription(ADD_ON)
            .unwrap()
            .status,
        Status::Active
    );
}

#[test]
fn c10_reactivation_only_within_90_days() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    b.execute(cancel(SUB), d(6, 5, 2018)).unwrap();
    let mut late = b.clone();
    assert_eq!(
        derive(&b, d(9, 3, 2018)).subscription(SUB).unwrap().status,
        Status::Suspended
    );
    assert_eq!(
        derive(&b, d(9, 4, 2018)).subscription(SUB).unwrap().status,
        Status::Deleted
    );
    assert_eq!(refused(&mut late, d(9, 4, 2018), reactivate(SUB)), "C10");
    b.execute(reactivate(SUB), d(9, 3, 2018)).unwrap();
    assert_eq!(
        derive(&b, d(9, 3, 2018))
            .subscription(SUB)
            .unwrap()
            .renewal_date(),
        Some(d(6, 1, 2019))
    );
}

#[test]
fn c11_renewal_needs_auto_renew_and_bills_on_the_next_billing_date() {
    let mut b = book(20, "20", P2018);
    buy(&mut b, d(1, 15, 2018), Annual, 1);
    let lines = all_lines(&b, d(1, 20, 2019));
    let renew = lines
        .iter()
        .find(|l| l.charge_type == ChargeType::RenewFee)
        .unwrap();
    assert_eq!(
        (renew.start, renew.billing_date),
        (d(1, 15, 2019), d(1, 20, 2019))
    );

    let mut off = book(20, "20", P2018);
    buy(&mut off, d(1, 15, 2018), Annual, 1);
    off.execute(
        Command::SetAutoRenew {
            subscription_id: SUB.into(),
            on: false,
        },
        d(2, 1, 2018),
    )
    .unwrap();
    assert!(all_lines(&off, d(2, 20, 2019))
        .iter()
        .all(|l| l.charge_type != ChargeType::RenewFee));
    assert_eq!(
        derive(&off, d(1, 15, 2019))
            .subscription(SUB)
            .unwrap()
            .status,
        Status::Ended
    );
    assert_eq!(
        derive(&off, d(1, 14, 2019))
            .subscription(SUB)
            .unwrap()
            .status,
        Status::Active
    );
}

#[test]
fn c12_frequency_change_under_2018_starts_a_new_term() {
    let mut b = book(15, "30", P2018);
    buy(&mut b, d(6, 1, 2018), Monthly, 1);
    let to_annual = Command::ChangeFrequency {
        subscription_id: SUB.into(),
        frequency: Annual,
        order_id: None,
    };
    b.execute(to_annual.clone(), d(6, 11, 2018)).unwrap();
    let lines = invoice_lines(&b, d(6, 15, 2018));
    let types: Vec<(ChargeType, String)> = lines
        .iter()
        .map(|l| (l.charge_type, l.amount.to_string()))
        .collect();
    assert_eq!(
        types,
        vec![
            (ChargeType::ProratePurchase, "30.00".into()),
            (ChargeType::ConvertAway, "-20.00".into()),
            (ChargeType::ConvertTo, "360.00".into()),
        ]
    );
    let sub = derive(&b, d(6, 11, 2018))
        .subscription(SUB)
        .cloned()
        .unwrap();
    assert_eq!(
        (sub.term.unwrap().start, sub.frequency),
        (d(6, 11, 2018), Some(Annual))
    );

    let mut old = book(15, "30", P2017);
    buy(&mut old, d(6, 1, 2018), Monthly, 1);
    assert_eq!(refused(&mut old, d(6, 11, 2018), to_annual), "C12");
}
