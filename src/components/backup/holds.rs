//! What a checked backup holds, shown before the partner confirms: its partner, rules profile,
//! customers, subscriptions, actions, dates and the total it invoiced, so that a file edited
//! by hand or another partner's backup is seen for what it is.

use crate::components::format::{count_text, date_text, money_in};
use crate::state::language::{current_lang, use_language};
use leptos::prelude::*;
use partnerdesk_core::storage::backup::{BackupSummary, BackupTotals};
use partnerdesk_l10n::BackupText as B;

/// The book a backup would replace, or the backup itself, in words.
pub fn describe(summary: &BackupSummary) -> String {
    let lang = current_lang();
    let dates = match summary.dates {
        Some((first, last)) => lang.fill(B::RecordedFromTo, &[&date_text(first), &date_text(last)]),
        None => lang.text(B::NothingRecordedYet).into(),
    };
    lang.fill(
        B::Holds,
        &[
            &count_text(summary.customers as u64),
            &count_text(summary.subscriptions as u64),
            &count_text(summary.events as u64),
            &dates,
        ],
    )
}

fn invoiced_text(totals: &BackupTotals) -> String {
    let lang = current_lang();
    match totals.up_to {
        Some(day) => lang.fill(
            B::InvoicedUpTo,
            &[
                &money_in(totals.invoiced, &totals.currency),
                &date_text(day),
            ],
        ),
        None => lang.text(B::NothingYet).to_string(),
    }
}

/// What the checked backup holds, and the confirmation that puts it in place of `current`.
#[component]
pub fn BackupHolds(
    summary: BackupSummary,
    totals: BackupTotals,
    /// The book it replaces, in words.
    current: String,
    confirmed: RwSignal<bool>,
    on_replace: Callback<()>,
) -> impl IntoView {
    let language = use_language();
    let partner = language.now().fill(
        B::PartnerWithId,
        &[&summary.partner_name, &summary.partner_id],
    );
    let holds = describe(&summary);
    let invoiced = invoiced_text(&totals);
    view! {
        <div class="backup-summary" role="region" aria-labelledby="backup-holds">
            <h3 id="backup-holds">{language.tr(B::BackupHolds)}</h3>
            <dl>
                <dt>{language.tr(B::Partner)}</dt>
                <dd>{partner}</dd>
                <dt>{language.tr(B::RulesProfile)}</dt>
                <dd>{totals.profile.label()}</dd>
                <dt>{language.tr(B::Customers)}</dt>
                <dd>{count_text(summary.customers as u64)}</dd>
                <dt>{language.tr(B::Subscriptions)}</dt>
                <dd>{count_text(summary.subscriptions as u64)}</dd>
                <dt>{language.tr(B::RecordedActions)}</dt>
                <dd>{count_text(summary.events as u64)}</dd>
                <dt>{language.tr(B::Dates)}</dt>
                <dd>{holds}</dd>
                <dt>{language.tr(B::Invoiced)}</dt>
                <dd>{invoiced}</dd>
            </dl>
            <div class="choice">
                <input type="checkbox" id="restore-confirm" bind:checked=confirmed />
                <label for="restore-confirm">
                    {move || language.get().fill(B::ReplaceUnderstood, &[&current])}
                </label>
            </div>
            <button type="button" disabled=move || !confirmed.get() on:click=move |_| on_replace.run(())>
                {language.tr(B::ReplaceWithBackup)}
            </button>
        </div>
    }
}
