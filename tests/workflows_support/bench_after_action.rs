//! The views bench's part after an action: the core's work after one license change, piece by
//! piece, and the views that read the whole book after an action in the app.

use crate::{longest_task, now, report, rows, timed};
use leptos::wasm_bindgen::JsCast;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::billing::derive_patch::{patch_noting, LineSpan};
use partnerdesk_core::billing::offer_catalog;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::status::Status;
use partnerdesk_core::reports::board::board;
use partnerdesk_core::reports::cockpit::{cockpit, CHART_WINDOW};
use partnerdesk_core::reports::dashboard::trial_rows;
use partnerdesk_core::reports::invoice_list::{invoice_list, invoice_list_again};
use partnerdesk_core::reports::trial_export::pipeline_rows;
use partnerdesk_core::NaiveDate;
use wasm_bindgen_test::console_log;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use crate::support::*;
use crate::workflows_support::*;

/// What the app works out after one license change, each piece timed ROUNDS times in a row on
/// the book as derived (`every`, `months`): the patch of both spans, then what the dashboard
/// and Billing make of them.
pub async fn after_action_in_the_core(mut book: Book, today: NaiveDate, both: (Derived, Derived)) {
    let (mut every, mut months) = both;
    let catalog = offer_catalog(&book, today);
    // [patch every, patch months, board, cockpit, invoice list, shown invoice, trial pipeline,
    // invoice list again]
    let mut times: [Vec<f64>; 8] = Default::default();
    let mut list_before = invoice_list(&every);
    for round in 0..crate::ROUNDS {
        let before = book.clone();
        let active = every
            .subscriptions
            .iter()
            .filter(|s| s.status == Status::Active);
        let Some(sub) = active.clone().nth(300 + 7 * round) else {
            continue;
        };
        let change = Command::ChangeQuantity {
            subscription_id: sub.id.clone(),
            quantity: sub.quantity + 1,
            order: None,
        };
        book.execute(change, today).expect("one license more");
        let mut time = |i: usize, started: f64| times[i].push(now() - started);
        let t = now();
        let every_change;
        (every, every_change) =
            patch_noting(every, &before, &book, today, LineSpan::Every).expect("patched");
        time(0, t);
        let t = now();
        let span = LineSpan::Months(CHART_WINDOW);
        months = patch_noting(months, &before, &book, today, span)
            .expect("patched")
            .0;
        time(1, t);
        let t = now();
        let shown = board(&months, &catalog);
        time(2, t);
        let t = now();
        let top = cockpit(&months, &shown);
        time(3, t);
        let t = now();
        let list = invoice_list(&every);
        time(4, t);
        let t = now();
        let invoice = every.invoice(list.latest_date());
        let subtotals = invoice.customer_subtotals();
        let types = invoice.charge_types();
        time(5, t);
        let t = now();
        let pipeline = pipeline_rows(&trial_rows(&every, &catalog, every.subscriptions.iter()));
        time(6, t);
        let t = now();
        let list_again = invoice_list_again(&list_before, &every, &every_change);
        time(7, t);
        assert_eq!(list_again, list);
        list_before = list_again;
        assert!(top.customers > 0 && !subtotals.is_empty() && !types.is_empty());
        assert!(!pipeline.is_empty() && !list.issued.is_empty());
    }
    let names = [
        "after a license change, the core: patch of every line",
        "  patch of the chart's months",
        "  the dashboard's lists (board)",
        "  the dashboard's figures (cockpit)",
        "  Billing's invoice list",
        "  Billing's shown invoice (lines, subtotals, charge types)",
        "  Billing's trial pipeline",
        "  Billing's invoice list made again from the changed date (invoice_list_again)",
    ];
    for (what, times) in names.into_iter().zip(times) {
        report(what, times, None);
    }
}

/// Opens the n-th generated customer's page through the list's search.
async fn open_customer(root: &Element, n: usize) {
    link(root, "Customers").click();
    until("the customers list", || rows(root) == 50).await;
    let input: HtmlInputElement = labelled(root, "Search customers");
    input.set_value(&format!("customer {n:05}"));
    let _ = input.dispatch_event(&web_sys::Event::new("input").unwrap());
    until("the search", || rows(root) == 1).await;
    let customer: HtmlElement = all(root, "table.customers tbody tr th a")[0]
        .clone()
        .unchecked_into();
    let name = customer.text_content().unwrap_or_default();
    customer.click();
    until("the customer page", || {
        heading(root) == name && !all(root, "table.subscriptions tbody tr").is_empty()
    })
    .await;
}

/// One license more on the first of the customer's subscriptions that takes one, through its
/// form as a partner does it: the milliseconds from the confirmation to "Licenses changed.".
async fn add_a_license(root: &Element) -> Option<f64> {
    let manage: Vec<HtmlElement> = all(root, "button")
        .into_iter()
        .filter(|b| {
            b.get_attribute("aria-label")
                .is_some_and(|l| l.starts_with("Manage "))
        })
        .map(|b| b.unchecked_into())
        .collect();
    for open in manage {
        open.click();
        settled().await;
        if !has_button(root, "Change licenses") {
            continue;
        }
        button(root, "Change licenses").click();
        settled().await;
        let field: HtmlInputElement = labelled(root, "New number of licenses");
        let more = field.value().parse::<u32>().ok()? + 1;
        type_into(&field, &more.to_string()).await;
        let confirm = button(root, "Confirm license change");
        return Some(
            timed(
                "the license change",
                || confirm.click(),
                || has_text(root, ".status", "Licenses changed."),
            )
            .await,
        );
    }
    None
}

fn has_text(root: &Element, selector: &str, wanted: &str) -> bool {
    all(root, selector)
        .iter()
        .any(|e| e.text_content().unwrap_or_default().trim() == wanted)
}

/// A license change on a customer's page, then the dashboard; another, then Billing: the
/// views that read the whole book, derived again for the one customer that changed. Beside
/// them the same views opened again with nothing changed: what the view itself costs.
pub async fn views_after_an_action(root: &Element) {
    let root = root.clone();
    let mut actions = vec![];
    // [after an action, again unchanged] for the dashboard, then Billing.
    let mut times: [[Vec<f64>; 2]; 2] = Default::default();
    let mut longest = [0.0f64; 5];
    for round in 0..crate::ROUNDS {
        for (k, view) in ["Dashboard", "Billing"].into_iter().enumerate() {
            open_customer(&root, 100 + round * 2 + k).await;
            let Some(action) = add_a_license(&root).await else {
                console_log!(
                    "customer {}: no subscription takes a license",
                    100 + round * 2 + k
                );
                continue;
            };
            actions.push(action);
            longest[0] = longest[0].max(longest_task().await);
            times[k][0].push(open_view(&root, view).await);
            longest[1 + 2 * k] = longest[1 + 2 * k].max(longest_task().await);
            link(&root, "Settings").click();
            until("settings", || heading(&root) == "Settings").await;
            times[k][1].push(open_view(&root, view).await);
            longest[2 + 2 * k] = longest[2 + 2 * k].max(longest_task().await);
        }
    }
    let [[dashboard, dashboard_again], [billing, billing_again]] = times;
    let figures = [
        ("a license change (confirmed to done)", actions),
        ("one action, then the dashboard", dashboard),
        ("the dashboard again, nothing changed", dashboard_again),
        (
            "one action, then Billing with the latest invoice's lines",
            billing,
        ),
        ("Billing again, nothing changed", billing_again),
    ];
    for ((what, times), longest) in figures.into_iter().zip(longest) {
        report(what, times, Some(longest));
    }
}

/// Clicks the view's link; the milliseconds until it shows what it is for.
async fn open_view(root: &Element, view: &str) -> f64 {
    timed(
        view,
        || link(root, view).click(),
        || match view {
            "Dashboard" => !all(root, "[data-tile=next-invoice]").is_empty(),
            _ => !all(root, "section.invoice table.lines tbody tr").is_empty(),
        },
    )
    .await
}
