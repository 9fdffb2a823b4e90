//! What a checked backup holds, shown before the partner confirms: its partner, rules profile,
//! customers, subscriptions, actions, dates and the total it invoiced, so that a file edited
//! by hand or another partner's backup is seen for what it is.

use crate::components::format::{date_text, money_text};
use leptos::prelude::*;
use partnerdesk_core::storage::backup::{BackupSummary, BackupTotals};

/// The book a backup would replace, or the backup itself, in words.
pub fn describe(summary: &BackupSummary) -> String {
    let dates = match summary.dates {
        Some((first, last)) => format!("recorded from {} to {}", date_text(first), date_text(last)),
        None => "nothing recorded yet".into(),
    };
    format!(
        "{} customers, {} subscriptions, {} recorded actions, {dates}",
        summary.customers, summary.subscriptions, summary.events
    )
}

fn invoiced_text(totals: &BackupTotals) -> String {
    match totals.up_to {
        Some(day) => format!(
            "{} {} up to {}",
            money_text(totals.invoiced),
            totals.currency,
            date_text(day)
        ),
        None => "Nothing yet".to_string(),
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
    let partner = format!(
        "{} (partner id {})",
        summary.partner_name, summary.partner_id
    );
    let holds = describe(&summary);
    let invoiced = invoiced_text(&totals);
    view! {
        <div class="backup-summary" role="region" aria-labelledby="backup-holds">
            <h3 id="backup-holds">"The backup holds"</h3>
            <dl>
                <dt>"Partner"</dt>
                <dd>{partner}</dd>
                <dt>"Rules profile"</dt>
                <dd>{totals.profile.label()}</dd>
                <dt>"Customers"</dt>
                <dd>{summary.customers}</dd>
                <dt>"Subscriptions"</dt>
                <dd>{summary.subscriptions}</dd>
                <dt>"Recorded actions"</dt>
                <dd>{summary.events}</dd>
                <dt>"Dates"</dt>
                <dd>{holds}</dd>
                <dt>"Invoiced"</dt>
                <dd>{invoiced}</dd>
            </dl>
            <div class="choice">
                <input type="checkbox" id="restore-confirm" bind:checked=confirmed />
                <label for="restore-confirm">
                    "I understand that this replaces my current book (" {current}
                    ") and that only a backup of it could bring it back."
                </label>
            </div>
            <button type="button" disabled=move || !confirmed.get() on:click=move |_| on_replace.run(())>
                "Replace my book with this backup"
            </button>
        </div>
    }
}
