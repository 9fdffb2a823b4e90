//! Backup and restore: the whole book downloaded as a JSON file, and a chosen file checked
//! completely (core `backup`), shown, and put in place of the book only after the partner
//! confirms. A file that fails any check changes nothing; its error is shown at the field.

use crate::clock::display_date;
use crate::download::download_text;
use crate::form::{FieldMessage, FormErrors};
use crate::persistence::{BookLoad, Store};
use crate::settings::Settings;
use leptos::prelude::*;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::sample_catalog::sample_catalog;
use partnerdesk_core::storage::backup::{
    backup_file_name, backup_text, check_backup, summarize, BackupSummary,
};
use wasm_bindgen_futures::JsFuture;

const FILE_FIELD: &str = "backup_file";

/// The book as a backup holds it: the stored book with the settings in force (the Settings
/// context is where the partner edits them).
fn current_book(store: &Store, settings: Option<Settings>) -> Result<Book, String> {
    let settings = settings.map(|s| s.get_untracked());
    let mut book = match store.load_book() {
        BookLoad::Loaded(book) => book.as_ref().clone(),
        BookLoad::Fresh => Book::new(
            settings.clone().ok_or("no partner settings")?,
            sample_catalog(),
        ),
        BookLoad::Unreadable { reason, .. } => {
            return Err(format!(
                "The stored book can't be read ({reason}). Download the stored data on the recovery page instead."
            ))
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
    let clock = crate::clock::use_clock();
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
            "Download a backup"
        </button>
        {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{p}</p> })}
    }
}

fn describe(summary: &BackupSummary) -> String {
    let dates = match summary.dates {
        Some((first, last)) => format!(
            "recorded from {} to {}",
            display_date(first),
            display_date(last)
        ),
        None => "nothing recorded yet".into(),
    };
    format!(
        "{} customers, {} subscriptions, {} recorded actions, {dates}",
        summary.customers, summary.subscriptions, summary.events
    )
}

/// Lets the browser draw "Checking…" before the check holds the page for a moment.
async fn let_the_page_update() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = JsFuture::from(promise).await;
}

pub(crate) async fn read_file(file: web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| format!("The file could not be read ({e:?})."))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Choose a file, see what it holds, confirm, replace.
#[component]
pub fn RestoreBackup() -> impl IntoView {
    let store = StoredValue::new(expect_context::<Store>());
    let settings = use_context::<Settings>();
    let errors = FormErrors::default();
    let checking = RwSignal::new(false);
    let candidate = StoredValue::new(None::<Book>);
    let summary = RwSignal::new(None::<BackupSummary>);
    let confirmed = RwSignal::new(false);
    let done = RwSignal::new(None::<String>);

    let on_choose = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        candidate.set_value(None);
        summary.set(None);
        confirmed.set(false);
        done.set(None);
        errors.clear();
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        checking.set(true);
        leptos::task::spawn_local(async move {
            let bytes = read_file(file).await;
            let_the_page_update().await;
            let checked = bytes.and_then(|b| check_backup(&b).map_err(|e| e.to_string()));
            checking.set(false);
            match checked {
                Ok(backup) => {
                    summary.set(Some(backup.summary));
                    candidate.set_value(Some(backup.book));
                }
                Err(message) => errors.set(vec![FieldError::new(
                    FILE_FIELD,
                    format!("{message} Nothing was changed."),
                )]),
            }
        });
    };

    let current = move || match store.with_value(Store::load_book) {
        BookLoad::Loaded(book) => describe(&summarize(&book)),
        BookLoad::Fresh => "an empty book".to_string(),
        BookLoad::Unreadable { .. } => "stored data that can't be read".to_string(),
    };

    let replace = move |_| {
        let Some(book) = candidate.get_value() else {
            return;
        };
        let settings_context = settings;
        let settings = book.settings.clone();
        let name = settings.name.clone();
        match store.with_value(|s| s.replace_book(book)) {
            Ok(_) => {
                let settings_saved = match settings_context {
                    Some(context) => context.save(settings),
                    None => Ok(()),
                };
                candidate.set_value(None);
                summary.set(None);
                confirmed.set(false);
                done.set(Some(match settings_saved {
                    Ok(()) => format!("The backup of {name} is now your book."),
                    Err(_) => format!(
                        "The backup of {name} is now your book, but its partner settings could not be saved; check them above."
                    ),
                }));
            }
            Err(e) => errors.set(vec![FieldError::new(FILE_FIELD, e.advice())]),
        }
    };

    let ready = move || {
        summary.get().map(|s| {
            let partner = format!("{} (partner id {})", s.partner_name, s.partner_id);
            let holds = describe(&s);
            view! {
                <div class="backup-summary" role="region" aria-labelledby="backup-holds">
                    <h3 id="backup-holds">"The backup holds"</h3>
                    <dl>
                        <dt>"Partner"</dt>
                        <dd>{partner}</dd>
                        <dt>"Customers"</dt>
                        <dd>{s.customers}</dd>
                        <dt>"Subscriptions"</dt>
                        <dd>{s.subscriptions}</dd>
                        <dt>"Recorded actions"</dt>
                        <dd>{s.events}</dd>
                        <dt>"Dates"</dt>
                        <dd>{holds}</dd>
                    </dl>
                    <div class="choice">
                        <input type="checkbox" id="restore-confirm" bind:checked=confirmed />
                        <label for="restore-confirm">
                            "I understand that this replaces my current book (" {current()}
                            ") and that only a backup of it could bring it back."
                        </label>
                    </div>
                    <button type="button" disabled=move || !confirmed.get() on:click=replace>
                        "Replace my book with this backup"
                    </button>
                </div>
            }
        })
    };

    view! {
        <div class="field">
            <label for=FILE_FIELD>"Backup file"</label>
            <input
                id=FILE_FIELD
                type="file"
                accept=".json,application/json"
                on:change=on_choose
                aria-invalid=errors.invalid(FILE_FIELD)
                aria-describedby=errors.described_by(FILE_FIELD, Some("backup_file-hint"))
            />
            <p id="backup_file-hint" class="hint">
                "A file downloaded with \"Download a backup\". It is checked completely before anything changes."
            </p>
            <FieldMessage errors field=FILE_FIELD />
        </div>
        <p class="status" role="status">
            {move || checking.get().then_some("Checking the backup…")}
            {move || done.get()}
        </p>
        {ready}
    }
}

/// Shown on every page after an action could not be stored: why, that nothing changed, and
/// the backup download that keeps the book safe before the partner frees space.
#[component]
pub fn StorageFailureNotice() -> impl IntoView {
    let failure = RwSignal::new(None::<String>);
    let subscription =
        expect_context::<Store>().subscribe_failures(move |e| failure.set(Some(e.advice())));
    // Lives as long as the notice: dropping it unsubscribes.
    StoredValue::new_local(subscription);
    move || {
        failure.get().map(|advice| {
            view! {
                <div class="banner storage-failure" role="alert">
                    <p>{advice}</p>
                    <DownloadBackup />
                    <button type="button" on:click=move |_| failure.set(None)>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}

/// The Settings page's section.
#[component]
pub fn BackupSection() -> impl IntoView {
    view! {
        <section class="backup" aria-labelledby="backup-title">
            <h2 id="backup-title">"Backup and restore"</h2>
            <p>
                "Your book lives only in this browser. Download a backup now and then, and keep it somewhere safe."
            </p>
            <DownloadBackup />
            <RestoreBackup />
        </section>
    }
}
