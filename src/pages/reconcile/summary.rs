//! The reconciliation at a glance, before any line: both sides' totals and their difference,
//! how many lines fall in each group, what of the file could not be read and why, and whether
//! the file looks like another invoice than the one it was compared with.

use super::findings::group_text;
use super::run::Outcome;
use crate::components::format::{count_text, date_text, money_in};
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::model::recon_line::ReconProgram;
use partnerdesk_core::reports::reconcile::Group;
use partnerdesk_l10n::ReconcileText as T;
use std::sync::Arc;

/// Skipped rows listed by line; the count per column covers them all.
const SKIPPED_SHOWN: usize = 20;

#[component]
pub fn Summary(outcome: Arc<Outcome>, picked: RwSignal<Option<NaiveDate>>) -> impl IntoView {
    let settings = use_settings();
    let language = use_language();
    let currency = settings.get_untracked().currency;
    let totals = outcome.reconciliation.totals;
    let counts = Group::ALL
        .iter()
        .map(|g| {
            view! {
                <dt>{language.tr(group_text(*g))}</dt>
                <dd class="num" data-group=g.label()>{count_text(outcome.reconciliation.count(*g) as u64)}</dd>
            }
        })
        .collect_view();
    let file = &outcome.summary;
    let (file_name, invoice_date) = (outcome.file_name.clone(), outcome.invoice_date);
    let heading = move || {
        language
            .get()
            .fill(T::AgainstInvoice, &[&file_name, &date_text(invoice_date)])
    };
    let money = move |amount| {
        let currency = currency.clone();
        move || money_in(amount, &currency)
    };
    let (lines, semicolons) = (file.lines, file.semicolons);
    let lines_read = move || {
        let key = if semicolons {
            T::LinesReadSemicolons
        } else {
            T::LinesRead
        };
        language.get().fill(key, &[&lines.to_string()])
    };
    view! {
        <section aria-labelledby="recon-summary-heading" class="recon-summary">
            <h2 id="recon-summary-heading">{heading}</h2>
            <dl class="facts">
                <dt>{language.tr(T::MicrosoftsFile)}</dt>
                <dd class="num" id="recon-file-total">{money(totals.file)}</dd>
                <dt>{language.tr(T::PartnerDesksInvoice)}</dt>
                <dd class="num" id="recon-book-total">{money(totals.book)}</dd>
                <dt>{language.tr(T::DifferenceTotal)}</dt>
                <dd class="num" id="recon-difference">{money(totals.difference())}</dd>
            </dl>
            <p class="hint">{language.tr(amounts_hint(file.program))}</p>
            <dl class="facts recon-counts">{counts}</dl>
            <p>{lines_read}</p>
            <OtherInvoice outcome=Arc::clone(&outcome) picked />
            <Unread outcome />
        </section>
    }
}

/// Which column of the file the amounts compared are.
fn amounts_hint(program: ReconProgram) -> T {
    match program {
        ReconProgram::Legacy => T::LegacyAmounts,
        ReconProgram::NewCommerce => T::NceAmounts,
    }
}

/// A note when the file's own dates point at another invoice, with the button to use it.
#[component]
fn OtherInvoice(outcome: Arc<Outcome>, picked: RwSignal<Option<NaiveDate>>) -> impl IntoView {
    let settings = use_settings();
    let language = use_language();
    let billing_day = settings.get_untracked().billing_day;
    let of_file = outcome
        .summary
        .invoice_date(billing_day)
        .filter(|d| *d != outcome.invoice_date);
    let compared = outcome.invoice_date;
    of_file.map(|date| {
        view! {
            <p class="notice" role="status">
                {move || {
                    language.get().fill(T::OtherInvoice, &[&date_text(date), &date_text(compared)])
                }}
                " "
                <button type="button" on:click=move |_| picked.set(Some(date))>
                    {move || language.get().fill(T::CompareWith, &[&date_text(date)])}
                </button>
            </p>
        }
    })
}

/// Skipped rows, unknown charge types and missing columns, when there are any.
#[component]
fn Unread(outcome: Arc<Outcome>) -> impl IntoView {
    // Written once in the language of the moment: a new file is read in the new language.
    let lang = use_language().now();
    let file = &outcome.summary;
    // Counts and line numbers grouped in the partner's form: "1,234", "1.234".
    let count = |n: usize| lang.count(i64::try_from(n).unwrap_or(i64::MAX));
    let skipped = (!file.skipped.is_empty()).then(|| {
        let by_column = file
            .skipped_by_column()
            .into_iter()
            .map(|(column, n)| lang.fill(T::ForColumn, &[&count(n), column]))
            .collect::<Vec<_>>()
            .join(", ");
        let rows = file
            .skipped
            .iter()
            .take(SKIPPED_SHOWN)
            .map(|s| {
                let reason = lang.row_problems(&s.says, &s.reason);
                let said = lang.fill(T::SkippedLine, &[&count(s.line), &reason]);
                view! { <li>{said}</li> }
            })
            .collect_view();
        let said = lang.fill(T::RowsSkipped, &[&count(file.skipped.len()), &by_column]);
        view! {
            <div class="recon-skipped" role="alert">
                <p>{said}</p>
                <ul>{rows}</ul>
            </div>
        }
    });
    let unknown = (!file.unknown_charge_types.is_empty()).then(|| {
        let types = file
            .unknown_charge_types
            .iter()
            .map(|(t, n)| view! { <li>{lang.fill(T::TypeLines, &[t, &count(*n)])}</li> })
            .collect_view();
        view! {
            <div class="recon-unknown">
                <p>{lang.text(T::UnknownTypes)}</p>
                <ul>{types}</ul>
            </div>
        }
    });
    let missing = (!file.missing_columns.is_empty())
        .then(|| lang.fill(T::MissingColumns, &[&file.missing_columns.join(", ")]));
    view! {
        {skipped}
        {unknown}
        {missing.map(|m| view! { <p class="hint">{m}</p> })}
    }
}
