//! The trial pipeline: every trial not converted, as a file, since trials never appear on
//! invoices.

use super::downloads::{download_buttons, offer_file, Message, Outcome};
use crate::state::clock::use_clock;
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use crate::state::views::use_views;
use leptos::prelude::*;
use partnerdesk_core::reports::recon_csv::CsvDialect;
use partnerdesk_core::reports::trial_export::{trial_file_name, write_trial_csv};
use partnerdesk_l10n::{BillingText as T, Lang};
use std::sync::Arc;

/// Every trial not converted, as a file: the follow-up list Partner Center can't give.
#[component]
pub fn TrialPipeline() -> impl IntoView {
    let settings = use_settings();
    let language = use_language();
    let message = RwSignal::new(Message::None);
    // Worked out once per derivation (`state::views`); the rows only for a download.
    let views = use_views();
    let trials = views.trial_pipeline();
    let count = views.trial_count();
    let download = move |dialect: CsvDialect| {
        let today = use_clock().today_untracked();
        let name = trial_file_name(&settings.get_untracked().name, today, dialect);
        let count = trials.with_untracked(|rows| rows.len());
        let bytes = trials.with_untracked(|rows| write_trial_csv(rows, dialect));
        let what = Arc::new(move |lang: Lang| lang.fill(T::TrialsCount, &[&count.to_string()]));
        offer_file(Ok((name, bytes, what)), message);
    };
    view! {
        <section aria-labelledby="pipeline-heading">
            <h2 id="pipeline-heading">{language.tr(T::TrialPipeline)}</h2>
            <p>
                {move || {
                    let count = count.get().to_string();
                    language.get().fill(T::TrialsNotConverted, &[&count])
                }}
            </p>
            <p class="hint">{language.tr(T::TrialsNeverBilled)}</p>
            {download_buttons([T::DownloadTrials, T::DownloadTrialsExcel], message, download)}
            <Outcome message />
        </section>
    }
}
