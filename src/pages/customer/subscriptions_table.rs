//! A customer's subscriptions, trials included (T10), as the customer's subscriptions page
//! lists them, each with a button that opens its details and actions. Written in the language
//! in use when drawn: the page draws the table again when the language changes.

use super::trial_notes::TrialNote;
use crate::components::format::{count_text, date_text, offer_name, span_text};
use crate::components::table_scroll::TableScroll;
use crate::components::words::{billing_words, status_word};
use crate::state::language::use_language;
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::model::subscription::{Status, SubscriptionView};
use partnerdesk_core::reports::dashboard::{trial_rows, TrialRow};
use partnerdesk_l10n::{CommonText, CustomerText, Lang};

/// What the "Manage" button of a subscription is called, so that each one is distinct.
pub fn manage_label(lang: Lang, sub: &SubscriptionView, catalog: &Catalog) -> String {
    let offer = offer_name(catalog, &sub.offer_id);
    let named = match &sub.nickname {
        Some(n) => format!("{offer} ({n})"),
        None => offer,
    };
    lang.fill(CustomerText::ManageOffer, &[&named])
}

#[component]
pub fn SubscriptionsTable(
    /// One customer, derived as of today.
    state: Derived,
    catalog: Catalog,
    on_manage: Callback<String>,
) -> impl IntoView {
    let lang = use_language().now();
    let today = state.today;
    let subs = &state.subscriptions;
    // Expired trials (T11) and trials without a conversion target (T12) carry their note in
    // the table, where the partner sees them without opening anything.
    let notes = trial_rows(&state, &catalog, subs.iter());
    if subs.is_empty() {
        return view! { <p>{lang.text(CustomerText::NoSubscriptions)}</p> }.into_any();
    }
    let rows = subs
        .iter()
        .map(|s| subscription_row(lang, s, subs, &notes, &catalog, today, on_manage))
        .collect_view();
    view! {
        <TableScroll label=lang.text(CustomerText::SubscriptionsAndTrials)>
        <table class="subscriptions">
            <caption>{lang.text(CustomerText::SubscriptionsAndTrials)}</caption>
            <thead>
                <tr>
                    <th scope="col">{lang.text(CommonText::Status)}</th>
                    <th scope="col">{lang.text(CommonText::Offer)}</th>
                    <th scope="col">{lang.text(CommonText::Nickname)}</th>
                    <th scope="col">{lang.text(CommonText::Quantity)}</th>
                    <th scope="col">{lang.text(CustomerText::Billing)}</th>
                    <th scope="col">{lang.text(CommonText::Term)}</th>
                    <th scope="col">{lang.text(CommonText::RenewalDate)}</th>
                    <th scope="col">{lang.text(CustomerText::TrialDaysLeft)}</th>
                    <th scope="col">{lang.text(CustomerText::DaysToDeletion)}</th>
                    <th scope="col">{lang.text(CustomerText::Actions)}</th>
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
    lang: Lang,
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
        let base = offer_name(catalog, &p.offer_id);
        view! { <span class="sub-note">{lang.fill(CustomerText::AddOnOf, &[&base])}</span> }
    });
    let note = notes
        .iter()
        .find(|r| r.subscription_id == s.id)
        .filter(|r| r.status == Status::Expired || !r.has_conversion_target)
        .map(|row| view! { <TrialNote row=row.clone() /> });
    let trial_days = match (s.status, &s.trial) {
        (Status::Trial, Some(t)) => t.days_left(today).max(0).to_string(),
        (Status::Expired, Some(t)) => lang.fill(CustomerText::ExpiredOn, &[&date_text(t.expires)]),
        _ => "—".into(),
    };
    let deletion = s
        .reactivate_until()
        .zip(s.days_to_deletion(today))
        .map(|(until, days)| {
            lang.fill(
                CustomerText::DaysUntil,
                &[&days.to_string(), &date_text(until)],
            )
        })
        .unwrap_or_else(|| "—".into());
    let renewal = match (s.renewal_date(), s.term) {
        (Some(d), _) => date_text(d),
        (None, Some(t)) if s.status == Status::Active => {
            lang.fill(CustomerText::EndsOn, &[&date_text(t.end)])
        }
        _ => "—".into(),
    };
    let id = s.id.clone();
    let label = manage_label(lang, s, catalog);
    view! {
        <tr>
            <td><span class=format!("status status-{}", s.status.label().to_lowercase())>{lang.text(status_word(s.status))}</span></td>
            <th scope="row">{offer}{add_on_of}{note}</th>
            <td>{s.nickname.clone().unwrap_or_default()}</td>
            <td class="num">{count_text(s.quantity.into())}</td>
            <td>{billing_words(lang, s)}</td>
            <td>{s.term.map(|t| span_text(t.start, t.end)).unwrap_or_else(|| "—".into())}</td>
            <td>{renewal}</td>
            <td>{trial_days}</td>
            <td>{deletion}</td>
            <td>
                <button type="button" aria-label=label on:click=move |_| on_manage.run(id.clone())>
                    {lang.text(CustomerText::Manage)}
                </button>
            </td>
        </tr>
    }
}
