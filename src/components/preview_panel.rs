//! What an action will do, from the core's `preview`: the subscription before and after (its
//! dates above all), the charge lines added or no longer expected with their invoice dates,
//! the net amount and the core's notes with the formulas' figures.

use super::charge_lines::ChargeLinesTable;
use super::format::{date_text, frequency_text, money_in, money_text, offer_name, span_text};
use leptos::prelude::*;
use partnerdesk_core::billing::commitment::{Commitment, PeriodNet};
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::model::charge_line::ChargeLine;
use partnerdesk_core::model::subscription::SubscriptionView;
use partnerdesk_core::rules::preview::Preview;

type Fact = (
    &'static str,
    fn(&SubscriptionView, &Catalog) -> Option<String>,
);

/// The facts of a subscription that an action can change, in the order a partner reads them.
const FACTS: [Fact; 15] = [
    ("Status", |s, _| Some(s.status.label().to_string())),
    ("Offer", |s, c| Some(offer_name(c, &s.offer_id))),
    ("Nickname", |s, _| s.nickname.clone()),
    ("Quantity", |s, _| Some(s.quantity.to_string())),
    ("Billing frequency", |s, _| {
        s.nce
            .is_none()
            .then(|| frequency_text(s.frequency).to_string())
    }),
    ("Term and billing", |s, _| {
        let nce = s.nce.as_deref()?;
        Some(nce.term_plan.map_or("None (trial)".into(), |tp| tp.label()))
    }),
    ("Term", |s, _| s.term.map(|t| span_text(t.start, t.end))),
    ("Renewal date", |s, _| s.renewal_date().map(date_text)),
    ("Trial expires", |s, _| {
        s.trial
            .as_ref()
            .filter(|t| t.converted_on.is_none())
            .map(|t| date_text(t.expires))
    }),
    ("Converted from trial on", |s, _| {
        s.trial.as_ref().and_then(|t| t.converted_on).map(date_text)
    }),
    ("Reactivation possible until", |s, _| {
        s.reactivate_until().map(date_text)
    }),
    ("Monthly unit price", |s, _| {
        s.nce
            .is_none()
            .then(|| s.unit_price.map(money_text))
            .flatten()
    }),
    ("Price per seat per cycle", |s, _| {
        s.nce.as_ref().and_then(|_| s.unit_price.map(money_text))
    }),
    ("Last day to cancel", |s, _| {
        s.nce
            .as_deref()
            .and_then(|n| n.last_cancel_day())
            .map(date_text)
    }),
    ("Auto-renew", |s, _| {
        (!s.is_trial()).then(|| if s.auto_renew { "On" } else { "Off" }.to_string())
    }),
];

#[component]
pub fn PreviewPanel(
    heading_id: String,
    preview: Preview,
    catalog: Catalog,
    currency: String,
) -> impl IntoView {
    let facts = FACTS
        .iter()
        .filter_map(|(name, fact)| {
            let before = preview.before.as_ref().and_then(|s| fact(s, &catalog));
            let after = preview.after.as_ref().and_then(|s| fact(s, &catalog));
            let changed = before != after;
            (before.is_some() || after.is_some()).then(|| {
                view! {
                    <tr class:changed=changed>
                        <th scope="row">{*name}</th>
                        <td>{before.unwrap_or_else(|| "—".into())}</td>
                        <td>{after.unwrap_or_else(|| "—".into())}</td>
                    </tr>
                }
            })
        })
        .collect_view();
    let net = preview.net_amount();
    let lines_table = |caption: &str, lines: &Vec<ChargeLine>| {
        (!lines.is_empty()).then(|| {
            view! {
                <ChargeLinesTable
                    caption=caption.to_string()
                    lines=lines.clone()
                    catalog=catalog.clone()
                    currency=currency.clone()
                />
            }
        })
    };
    let added = lines_table("New charge lines", &preview.added_lines);
    let removed = lines_table("Charge lines no longer expected", &preview.removed_lines);
    let no_lines = (preview.added_lines.is_empty() && preview.removed_lines.is_empty())
        .then(|| view! { <p>"No charge lines change: nothing is billed or credited."</p> });
    let notes = (!preview.notes.is_empty()).then(|| {
        view! {
            <ul class="notes" aria-label="How the amounts are worked out">
                {preview.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}
            </ul>
        }
    });
    let answers = answers(&preview, &currency);
    let labelled_by = heading_id.clone();
    view! {
        <section class="preview" aria-labelledby=labelled_by>
            <h3 id=heading_id>"Preview"</h3>
            <table class="facts-table">
                <caption>"The subscription now and after this action"</caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">"Now"</th>
                        <th scope="col">"After"</th>
                    </tr>
                </thead>
                <tbody>{facts}</tbody>
            </table>
            {added}
            {removed}
            {no_lines}
            <p class="net">
                "Net effect on your invoices: "
                <strong>{money_in(net, &currency)}</strong>
            </p>
            {answers}
            {notes}
        </section>
    }
}

/// The preview's answers to the partner's questions: why an amount isn't unit × quantity, what
/// the subscription commits the customer to, what a cancelled period still costs.
fn answers(preview: &Preview, currency: &str) -> impl IntoView {
    let prorated = preview
        .added_lines
        .iter()
        .chain(&preview.removed_lines)
        .any(|l| l.is_prorated())
        .then(|| {
            view! {
                <p class="prorated">
                    "Where an amount is not unit price × quantity, it covers part of a period: it is prorated to the exact days charged, as the notes below work out."
                </p>
            }
        });
    let commitment = preview
        .commitment
        .as_ref()
        .map(|c| view! { <p class="commitment">{commitment_text(c, currency)}</p> });
    let period = preview
        .period
        .as_ref()
        .map(|p| view! { <p class="period-net">{period_text(p, currency)}</p> });
    view! { {prorated} {commitment} {period} }
}

/// "Commitment: 200.00 USD a month, 2,400.00 USD over the 12-month term, until …".
fn commitment_text(c: &Commitment, currency: &str) -> String {
    let per_month = money_in(c.per_month, currency);
    match (c.months, c.over_term) {
        (Some(months), Some(total)) => format!(
            "Commitment: {per_month} a month, {} over the {months}-month term, until {}.",
            money_in(total, currency),
            date_text(c.term_end)
        ),
        _ => format!(
            "Commitment: {per_month} a month, until the term ends on {}.",
            date_text(c.term_end)
        ),
    }
}

/// What the customer still pays for the period a cancellation falls in.
fn period_text(p: &PeriodNet, currency: &str) -> String {
    let span = span_text(p.start, p.end);
    if p.net().is_zero() {
        format!("The customer pays nothing for {span}: everything charged for it is credited.")
    } else {
        format!(
            "For {span} the customer pays {}: {} charged, {} credited.",
            money_in(p.net(), currency),
            money_in(p.charged, currency),
            money_in(p.credited, currency)
        )
    }
}
