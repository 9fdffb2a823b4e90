//! Backup and restore: the whole book downloaded as a JSON file, and a chosen file checked
//! completely (core `backup`), shown, and put in place of the book only after the partner
//! confirms. A file that fails any check changes nothing; its error is shown at the field.

mod holds;
mod restore;

use crate::state::clock::use_clock;
use crate::state::language::{current_lang, use_language};
use crate::state::settings_context::Settings;
use crate::state::stored_problem::unreadable_text;
use crate::store::{download_text, BookLoad, Store};
use leptos::prelude::*;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::sample_catalog::sample_catalog;
use partnerdesk_core::storage::backup::{backup_file_name, backup_text};
use partnerdesk_l10n::BackupText;

pub use restore::RestoreBackup;

/// The book as a backup holds it: the stored book with the settings in force (the Settings
/// context is where the partner edits them).
fn current_book(store: &Store, settings: Option<Settings>) -> Result<Book, String> {
    let settings = settings.map(|s| s.get_untracked());
    let mut book = match store.load_book() {
        BookLoad::Loaded(book) => book.as_ref().clone(),
        BookLoad::Fresh => Book::new(
            settings
                .clone()
                .ok_or_else(|| current_lang().text(BackupText::NoPartnerSettings))?,
            sample_catalog(),
        ),
        BookLoad::Unreadable { reason, .. } => {
            let lang = current_lang();
            let why = unreadable_text(&reason, lang);
            return Err(lang.fill(BackupText::StoredBookUnreadable, &[&why]));
        }
    };
    if let Some(settings) = settings {
        book.settings = settings;
    }
    Ok(book)
}

/// A button that downloads the whole book; also offered when storage is full.
#[component]
pub fn DownloadBackup() -> impl IntoView {
    let store = expect_context::<Store>();
    // Looked up here: event handlers run outside the component's reactive owner.
    let settings = use_context::<Settings>();
    let clock = use_clock();
    let language = use_language();
    let problem = RwSignal::new(None::<String>);
    let download = move |_| {
        let result = current_book(&store, settings).and_then(|book| {
            let today = clock.today_untracked();
            download_text(
                &backup_file_name(&book.settings.name, today),
                "application/json",
                &backup_text(&book),
            )
        });
        problem.set(result.err());
    };
    view! {
        <button type="button" class="download-backup" on:click=download>
            {language.tr(BackupText::DownloadBackup)}
        </button>
        {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
    }
}

/// The stored settings text that could not be used, downloaded exactly as it is: shown in the
/// storage banner until settings are saved over it.
#[component]
pub fn UnusableSettingsDownload() -> impl IntoView {
    let settings = use_context::<Settings>();
    let clock = use_clock();
    let language = use_language();
    let problem = RwSignal::new(None::<String>);
    move || {
        let text = settings.and_then(|s| s.unusable_text())?;
        let text = StoredValue::new(text);
        let download = move |_| {
            let name = format!("partnerdesk-saved-settings-{}.txt", clock.today_untracked());
            let result = text.with_value(|t| download_text(&name, "text/plain", t));
            problem.set(result.err());
        };
        Some(view! {
            <button type="button" on:click=download>
                {language.tr(BackupText::DownloadSettingsText)}
            </button>
            {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
        })
    }
}

/// Shown on every page after an action could not be stored: why, that nothing changed, and
/// the backup download that keeps the book safe before the partner frees space.
#[component]
pub fn StorageFailureNotice() -> impl IntoView {
    let language = use_language();
    let failure = RwSignal::new(None::<String>);
    let subscription = expect_context::<Store>()
        .subscribe_failures(move |e| failure.set(Some(e.advice(language.now()))));
    // Lives as long as the notice: dropping it unsubscribes.
    StoredValue::new_local(subscription);
    move || {
        failure.get().map(|advice| {
            view! {
                <div class="banner storage-failure" role="alert">
                    <p>{advice}</p>
                    <DownloadBackup />
                    <button type="button" on:click=move |_| failure.set(None)>
                        {language.tr(BackupText::Dismiss)}
                    </button>
                </div>
            }
        })
    }
}

/// The Settings page's section.
#[component]
pub fn BackupSection() -> impl IntoView {
    let language = use_language();
    view! {
        <section class="backup" aria-labelledby="backup-title">
            <h2 id="backup-title">{language.tr(BackupText::BackupAndRestore)}</h2>
            <p>{language.tr(BackupText::LivesInBrowser)}</p>
            <DownloadBackup />
            <RestoreBackup />
        </section>
    }
}
