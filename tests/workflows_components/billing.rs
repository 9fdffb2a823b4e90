//! The Billing page: invoices, their lines and filters, the reconciliation file, and the next
//! invoice once today reaches its billing date.

use super::*;

/// Contoso buys 10 monthly E3 on 1 June 2018 (billed 15 June), and Fabrikam 3 on 10 June,
/// cancelled on 20 June; Contoso also tries Teams.
fn billed_book() -> partnerdesk_core::model::book::Book {
    let mut book = contoso_book(d(2018, 6, 1));
    book.execute(
        purchase(E3_SUBSCRIPTION, BillingFrequency::Monthly, 10),
        d(2018, 6, 1),
    )
    .unwrap();
    book.execute(
        Command::CreateCustomer(partnerdesk_core::model::customer::Customer {
            id: FABRIKAM.into(),
            company_name: "Fabrikam, \"Inc.\"".into(),
            domain: "fabrikam.onmicrosoft.com".into(),
            country: "NL".into(),
            segment: partnerdesk_core::model::customer::Segment::Commercial,
            reseller_mpn_id: None,
        }),
        d(2018, 6, 10),
    )
    .unwrap();
    book.execute(
        Command::Purchase {
            ids: NewIds {
                subscription_id: "b3c4d5e6-0000-4000-8000-000000000002".into(),
                billing_id: "b3c4d5e6-0000-4000-8000-000000000003".into(),
                order_id: "566890604832738199".into(),
                reference_id: None,
            },
            customer_id: FABRIKAM.into(),
            offer_id: E3.into(),
            quantity: 3,
            frequency: BillingFrequency::Monthly,
            nickname: None,
            term_plan: None,
        },
        d(2018, 6, 10),
    )
    .unwrap();
    book.execute(
        Command::SignUpTrial {
            ids: NewIds {
                subscription_id: "7a1d0c5e-1c2d-4e5f-8a9b-24c8d9591708".into(),
                billing_id: "8f14e45f-ceea-467e-a9b4-1a2b3c4d5e61".into(),
                order_id: "566890604832738112".into(),
                reference_id: None,
            },
            customer_id: CONTOSO.into(),
            offer_id: partnerdesk_core::model::sample_catalog::E5_TRIAL.into(),
        },
        d(2018, 6, 10),
    )
    .unwrap();
    book
}

const E3_SUBSCRIPTION: &str = "a1b2c3d4-0000-4000-8000-000000000001";
const FABRIKAM: &str = "c2d3e4f5-0000-4000-8000-000000000004";

#[wasm_bindgen_test]
async fn billing_lists_invoices_filters_lines_and_makes_the_reconciliation_file() {
    let book = billed_book();
    let today = d(2018, 7, 20);
    // What the core says, to hold the page to.
    let state = partnerdesk_core::billing::derive::derive(&book, today);
    let expected: Vec<(String, usize, String)> = state
        .invoice_summaries()
        .into_iter()
        .rev()
        .map(|s| (s.number, s.line_count, money_text(s.total)))
        .collect();
    assert_eq!(expected.len(), 2, "June and July invoices: {expected:?}");

    let app = app_at("/billing", store_with(&book), today);
    let root = &app.root;
    settled().await;
    assert_eq!(heading(root), "Billing");
    let invoices = table(root, "table.invoices");
    let shown: Vec<(String, usize, String)> = invoices
        .iter()
        .map(|r| (r[0].clone(), r[3].parse().unwrap(), r[4].clone()))
        .collect();
    assert_eq!(shown, expected, "newest first, with the core's figures");
    assert_eq!(invoices[0][0], "PD20180715");
    assert_eq!(invoices[0][2], "Thu 13 Sep 2018", "due 60 days later (R1)");

    // The latest invoice is open by default; its lines are all there.
    assert_eq!(text(root, "#invoice-heading"), "Invoice PD20180715");
    let july = state.invoice(d(2018, 7, 15));
    assert_eq!(
        table(root, "section.invoice table.lines").len(),
        july.lines.len()
    );
    assert_eq!(
        text(root, "section.invoice .invoice-total"),
        format!("{} USD", money_text(july.total))
    );

    press(&button(root, "Show PD20180615")).await;
    assert_eq!(text(root, "#invoice-heading"), "Invoice PD20180615");
    let june = state.invoice(d(2018, 6, 15));
    let rows = table(root, "section.invoice table.lines");
    assert_eq!(rows.len(), june.lines.len());
    assert!(
        rows.iter().any(|r| r[0] == "Fabrikam, \"Inc.\""),
        "{rows:?}"
    );

    assert_eq!(
        text(root, "#line-customer-count"),
        "Matching customers on this invoice: 2."
    );
    type_into(&labelled(root, "Find a customer on this invoice"), "FABRI").await;
    settled().await;
    assert_eq!(
        texts(root, "#line-customer option"),
        ["All customers", "Fabrikam, \"Inc.\""],
        "the search narrows the choice"
    );
    choose(&labelled(root, "Customer"), FABRIKAM).await;
    let fabrikam = table(root, "section.invoice table.lines");
    assert!(!fabrikam.is_empty() && fabrikam.iter().all(|r| r[0] == "Fabrikam, \"Inc.\""));
    let fabrikam_total = june
        .lines
        .iter()
        .filter(|l| &*l.customer_id == FABRIKAM)
        .map(|l| l.amount)
        .sum::<Money>();
    assert_eq!(
        text(root, "section.invoice .selection"),
        format!(
            "{} of {} lines shown, totalling {} USD.",
            fabrikam.len(),
            june.lines.len(),
            money_text(fabrikam_total)
        )
    );
    choose(&labelled(root, "Charge type"), "Prorate fees when purchase").await;
    let prorated = table(root, "section.invoice table.lines");
    assert_eq!(prorated.len(), 1);
    assert_eq!(prorated[0][2], "Prorate fees when purchase");

    press(&button(root, "Download reconciliation CSV")).await;
    assert_eq!(
        text(root, "section.invoice [role=status]"),
        format!(
            "Downloaded My-CSP-Partner_recon_2018-06-15.csv: {} rows, Amount totalling {} USD.",
            june.lines.len(),
            money_text(june.total)
        )
    );

    press(&button(root, "Show the upcoming invoice")).await;
    assert_eq!(
        text(root, "#invoice-heading"),
        "Upcoming invoice PD20180815 (preview)"
    );
    assert!(!has_button(root, "Download reconciliation CSV"));
    assert!(text(root, "main").contains("Trials not converted, running or expired: 1."));
}

#[wasm_bindgen_test]
async fn moving_today_issues_the_next_invoice_on_the_billing_page() {
    let app = app_at("/billing", store_with(&billed_book()), d(2018, 7, 20));
    let root = &app.root;
    settled().await;
    assert_eq!(table(root, "table.invoices").len(), 2);
    assert_eq!(
        text(root, "#upcoming-heading + p + dl dd"),
        "PD20180815",
        "the upcoming invoice"
    );

    type_into(&labelled(root, "Move today to"), "2018-08-15").await;
    press(&button(root, "Move today")).await;
    let invoices = table(root, "table.invoices");
    assert_eq!(
        invoices.len(),
        3,
        "issued on its billing date: {invoices:?}"
    );
    assert_eq!(invoices[0][0], "PD20180815");
    assert_eq!(text(root, "#invoice-heading"), "Invoice PD20180815");
    assert_eq!(text(root, "#upcoming-heading + p + dl dd"), "PD20180915");
}
