//! The reconciliation at a glance, before any line: both sides' totals and their difference,
//! how many lines fall in each group, what of the file could not be read and why, and whether
//! the file looks like another invoice than the one it was compared with.

use super::run::Outcome;
use crate::components::format::{date_text, money_text};
use crate::state::settings_context::use_settings;
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::model::recon_line::ReconProgram;
use partnerdesk_core::reports::reconcile::Group;
use std::sync::Arc;

/// Skipped rows listed by line; the count per column covers them all.
const SKIPPED_SHOWN: usize = 20;

#[component]
pub fn Summary(outcome: Arc<Outcome>, picked: RwSignal<Option<NaiveDate>>) -> impl IntoView {
    let settings = use_settings();
    let currency = settings.get_untracked().currency;
    let totals = outcome.reconciliation.totals;
    let counts = Group::ALL
        .iter()
        .map(|g| {
            view! {
                <dt>{g.label()}</dt>
                <dd class="num" data-group=g.label()>{outcome.reconciliation.count(*g)}</dd>
            }
        })
        .collect_view();
    let file = &outcome.summary;
    view! {
        <section aria-labelledby="recon-summary-heading" class="recon-summary">
            <h2 id="recon-summary-heading">
                {format!("{} against the invoice of {}", outcome.file_name, date_text(outcome.invoice_date))}
            </h2>
            <dl class="facts">
                <dt>"Microsoft's file"</dt>
                <dd class="num" id="recon-file-total">{format!("{} {currency}", money_text(totals.file))}</dd>
                <dt>"PartnerDesk's invoice"</dt>
                <dd class="num" id="recon-book-total">{format!("{} {currency}", money_text(totals.book))}</dd>
                <dt>"Difference (file minus PartnerDesk)"</dt>
                <dd class="num" id="recon-difference">{format!("{} {currency}", money_text(totals.difference()))}</dd>
            </dl>
            <p class="hint">{amounts_hint(file.program)}</p>
            <dl class="facts recon-counts">{counts}</dl>
            <p>
                {format!(
                    "{} lines read{}.",
                    file.lines,
                    if file.semicolons { " (separated by semicolons, as Excel saves them)" } else { "" }
                )}
            </p>
            <OtherInvoice outcome=Arc::clone(&outcome) picked />
            <Unread outcome />
        </section>
    }
}

/// Which column of the file the amounts compared are.
fn amounts_hint(program: ReconProgram) -> &'static str {
    match program {
        ReconProgram::Legacy => "Amounts before tax and discount: the file's Amount column.",
        ReconProgram::NewCommerce => "Amounts before tax: the file's Subtotal column.",
    }
}

/// A note when the file's own dates point at another invoice, with the button to use it.
#[component]
fn OtherInvoice(outcome: Arc<Outcome>, picked: RwSignal<Option<NaiveDate>>) -> impl IntoView {
    let settings = use_settings();
    let billing_day = settings.get_untracked().billing_day;
    let of_file = outcome
        .summary
        .invoice_date(billing_day)
        .filter(|d| *d != outcome.invoice_date);
    of_file.map(|date| {
        view! {
            <p class="notice" role="status">
                {format!(
                    "This file's charges are on the invoice of {}, not on the one of {}.",
                    date_text(date),
                    date_text(outcome.invoice_date)
                )}
                " "
                <button type="button" on:click=move |_| picked.set(Some(date))>
                    {format!("Compare with the invoice of {}", date_text(date))}
                </button>
            </p>
        }
    })
}

/// Skipped rows, unknown charge types and missing columns, when there are any.
#[component]
fn Unread(outcome: Arc<Outcome>) -> impl IntoView {
    let file = &outcome.summary;
    let skipped = (!file.skipped.is_empty()).then(|| {
        let by_column = file
            .skipped_by_column()
            .into_iter()
            .map(|(column, n)| format!("{n} for {column}"))
            .collect::<Vec<_>>()
            .join(", ");
        let rows = file
            .skipped
            .iter()
            .take(SKIPPED_SHOWN)
            .map(|s| view! { <li>{format!("Line {}: {}", s.line, s.reason)}</li> })
            .collect_view();
        view! {
            <div class="recon-skipped" role="alert">
                <p>{format!("{} rows were skipped ({by_column}); the rest is reconciled:", file.skipped.len())}</p>
                <ul>{rows}</ul>
            </div>
        }
    });
    let unknown = (!file.unknown_charge_types.is_empty()).then(|| {
        let types = file
            .unknown_charge_types
            .iter()
            .map(|(t, n)| view! { <li>{format!("{t}: {n} lines")}</li> })
            .collect_view();
        view! {
            <div class="recon-unknown">
                <p>"Charge types PartnerDesk doesn't bill (their lines are in Microsoft's file only):"</p>
                <ul>{types}</ul>
            </div>
        }
    });
    let missing = (!file.missing_columns.is_empty()).then(|| {
        format!(
            "The file has no column {}; nothing is matched on them.",
            file.missing_columns.join(", ")
        )
    });
    view! {
        {skipped}
        {unknown}
        {missing.map(|m| view! { <p class="hint">{m}</p> })}
    }
}
