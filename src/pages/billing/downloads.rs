//! Billing's files: one button per CSV dialect, the file handed to the browser, and what was
//! handed over or why not.

use crate::store::download_bytes;
use leptos::prelude::*;
use partnerdesk_core::reports::recon_csv::CsvDialect;

const CSV: &str = "text/csv;charset=utf-8";

/// The two files a partner can take: Partner Center's format, and one Excel opens as columns
/// in Dutch and German locales.
const DIALECTS: [(CsvDialect, &str); 2] = [
    (CsvDialect::Standard, ""),
    (
        CsvDialect::ExcelEuropean,
        " for Excel (semicolons, decimal comma)",
    ),
];

/// One button per dialect, e.g. "Download reconciliation CSV for Excel (…)".
pub fn download_buttons(
    file: &'static str,
    download: impl Fn(CsvDialect) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let buttons = DIALECTS
        .into_iter()
        .map(|(dialect, variant)| {
            view! {
                <button type="button" on:click=move |_| download(dialect)>
                    {format!("Download {file}{variant}")}
                </button>
            }
        })
        .collect_view();
    view! { <div class="downloads">{buttons}</div> }
}

/// A file the core made: its name, its bytes, and what it holds in words.
pub type MadeFile = (String, Vec<u8>, String);

/// Offers a file the core made, and says what was handed over or why not.
pub fn offer_file(outcome: Result<MadeFile, String>, status: RwSignal<Message>) {
    let message = outcome.and_then(|(name, bytes, what)| {
        download_bytes(&name, CSV, &bytes).map(|()| format!("Downloaded {name}: {what}."))
    });
    status.set(match message {
        Ok(text) => Message::Done(text),
        Err(e) => Message::Failed(format!("No file was made: {e}.")),
    });
}

/// What the last download did.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    None,
    Done(String),
    Failed(String),
}

#[component]
pub fn Outcome(message: RwSignal<Message>) -> impl IntoView {
    view! {
        <p class="status" role="status">
            {move || match message.get() {
                Message::Done(text) => Some(text),
                _ => None,
            }}
        </p>
        <p class="error" role="alert">
            {move || match message.get() {
                Message::Failed(text) => Some(text),
                _ => None,
            }}
        </p>
    }
}
