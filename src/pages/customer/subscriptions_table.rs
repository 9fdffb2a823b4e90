//! A customer's subscriptions, trials included (T10), as the customer's subscriptions page
//! lists them, each with a button that opens its details and actions.

use super::trial_notes::TrialNote;
use crate::components::format::{billing_text, date_text, offer_name, span_text};
use crate::components::table_scroll::TableScroll;
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::model::subscription::{Status, SubscriptionView};
use partnerdesk_core::reports::dashboard::{trial_rows, TrialRow};

/// What the "Manage" button of a subscription is called, so that each one is distinct.
pub fn manage_label(sub: &SubscriptionView, catalog: &Catalog) -> String {
    match &sub.nickname {
        Some(n) => format!("Manage {} ({n})", offer_name(catalog, &sub.offer_id)),
        None => format!("Manage {}", offer_name(catalog, &sub.offer_id)),
    }
}

#[component]
pub fn SubscriptionsTable(
    /// One customer, derived as of today.
    state: Derived,
    catalog: Catalog,
    on_manage: Callback<String>,
) -> impl IntoView {
    let today = state.today;
    let subs = &state.subscriptions;
    // Expired trials (T11) and trials without a conversion target (T12) carry their note in
    // the table, where the partner sees them without opening anything.
    let notes = trial_rows(&state, &catalog, subs.iter());
    if subs.is_empty() {
        return view! { <p>"No subscriptions or trials yet."</p> }.into_any();
    }
    let rows = subs
        .iter()
        .map(|s| subscription_row(s, subs, &notes, &catalog, today, on_manage))
        .collect_view();
    view! {
        <TableScroll label="Subscriptions and trials">
        <table class="subscriptions">
            <caption>"Subscriptions and trials"</caption>
            <thead>
                <tr>
                    <th scope="col">"Status"</th>
                    <th scope="col">"Offer"</th>
                    <th scope="col">"Nickname"</th>
                    <th scope="col">"Quantity"</th>
                    <th scope="col">"Billing"</th>
                    <th scope="col">"Term"</th>
                    <th scope="col">"Renewal date"</th>
                    <th scope="col">"Trial days left"</th>
                    <th scope="col">"Days to deletion"</th>
                    <th scope="col">"Actions"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </TableScroll>
    }
    .into_any()
}

/// One subscription's row: `subs` are the customer's others (an add-on names its base) and
/// `notes` what the trials' rows say.
fn subscription_row(
    s: &SubscriptionView,
    subs: &[SubscriptionView],
    notes: &[TrialRow],
    catalog: &Catalog,
    today: NaiveDate,
    on_manage: Callback<String>,
) -> impl IntoView {
    let offer = offer_name(catalog, &s.offer_id);
    let parent = s
        .parent_id
        .as_ref()
        .and_then(|p| subs.iter().find(|x| &x.id == p));
    let add_on_of = parent.map(|p| {
        view! { <span class="sub-note">"Add-on of " {offer_name(catalog, &p.offer_id)}</span> }
    });
    let note = notes
        .iter()
        .find(|r| r.subscription_id == s.id)
        .filter(|r| r.status == Status::Expired || !r.has_conversion_target)
        .map(|row| view! { <TrialNote row=row.clone() /> });
    let trial_days = match (s.status, &s.trial) {
        (Status::Trial, Some(t)) => t.days_left(today).max(0).to_string(),
        (Status::Expired, Some(t)) => format!("Expired {}", date_text(t.expires)),
        _ => "—".into(),
    };
    let deletion = s
        .reactivate_until()
        .zip(s.days_to_deletion(today))
        .map(|(until, days)| format!("{days} (until {})", date_text(until)))
        .unwrap_or_else(|| "—".into());
    let renewal = match (s.renewal_date(), s.term) {
        (Some(d), _) => date_text(d),
        (None, Some(t)) if s.status == Status::Active => format!("Ends {}", date_text(t.end)),
        _ => "—".into(),
    };
    let id = s.id.clone();
    let label = manage_label(s, catalog);
    view! {
        <tr>
            <td><span class=format!("status status-{}", s.status.label().to_lowercase())>{s.status.label()}</span></td>
            <th scope="row">{offer}{add_on_of}{note}</th>
            <td>{s.nickname.clone().unwrap_or_default()}</td>
            <td class="num">{s.quantity}</td>
            <td>{billing_text(s)}</td>
            <td>{s.term.map(|t| span_text(t.start, t.end)).unwrap_or_else(|| "—".into())}</td>
            <td>{renewal}</td>
            <td>{trial_days}</td>
            <td>{deletion}</td>
            <td>
                <button type="button" aria-label=label on:click=move |_| on_manage.run(id.clone())>
                    "Manage"
                </button>
            </td>
        </tr>
    }
}
