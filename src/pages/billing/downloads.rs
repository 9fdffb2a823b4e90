//! Billing's files: one button per CSV dialect, the file handed to the browser, and what was
//! handed over or why not, in the app's language.

use crate::state::language::use_language;
use crate::store::download_bytes;
use leptos::prelude::*;
use partnerdesk_core::reports::recon_csv::CsvDialect;
use partnerdesk_l10n::{BillingText, Lang, Text};
use std::sync::Arc;

const CSV: &str = "text/csv;charset=utf-8";

/// The two files a partner can take: Partner Center's format, and one Excel opens as columns
/// in Dutch and German locales.
const DIALECTS: [CsvDialect; 2] = [CsvDialect::Standard, CsvDialect::ExcelEuropean];

/// One button per dialect, labelled in the order of `DIALECTS`: e.g. "Download reconciliation
/// CSV" and "Download reconciliation CSV for Excel (…)". While a file of theirs is being made
/// (`status`), they can't be pressed again.
pub fn download_buttons<K: Text>(
    labels: [K; 2],
    status: RwSignal<Message>,
    download: impl Fn(CsvDialect) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let language = use_language();
    let busy = move || status.with(Message::is_making);
    let buttons = DIALECTS
        .into_iter()
        .zip(labels)
        .map(|(dialect, label)| {
            view! {
                <button type="button" disabled=busy on:click=move |_| download(dialect)>
                    {language.tr(label)}
                </button>
            }
        })
        .collect_view();
    view! { <div class="downloads">{buttons}</div> }
}

/// Words written in the language they are shown in, when they are shown: a message stays
/// right when the partner switches language after the download.
pub type Words = Arc<dyn Fn(Lang) -> String + Send + Sync>;

/// A file the core made: its name, its bytes, and what it holds in words.
pub type MadeFile = (String, Vec<u8>, Words);

/// Offers a file the core made, and says what was handed over or why not.
pub fn offer_file(outcome: Result<MadeFile, String>, status: RwSignal<Message>) {
    let handed = outcome
        .and_then(|(name, bytes, what)| download_bytes(&name, CSV, &bytes).map(|()| (name, what)));
    // The page may have been left while the file was made: nobody is told then.
    status.try_set(match handed {
        Ok((name, what)) => Message::Done(Arc::new(move |lang| {
            lang.fill(BillingText::Downloaded, &[&name, &what(lang)])
        })),
        Err(e) => Message::Failed(Arc::new(move |lang| {
            lang.fill(BillingText::NoFileMade, &[&e])
        })),
    });
}

/// What the last download did, or how far the file being made is.
#[derive(Clone)]
pub enum Message {
    None,
    Making(Words),
    Done(Words),
    Failed(Words),
}

impl Message {
    pub fn is_making(&self) -> bool {
        matches!(self, Message::Making(_))
    }
}

#[component]
pub fn Outcome(message: RwSignal<Message>) -> impl IntoView {
    let language = use_language();
    view! {
        <p class="status" role="status">
            {move || match message.get() {
                Message::Done(words) | Message::Making(words) => Some(words(language.get())),
                _ => None,
            }}
        </p>
        <p class="error" role="alert">
            {move || match message.get() {
                Message::Failed(words) => Some(words(language.get())),
                _ => None,
            }}
        </p>
    }
}
