//! Restoring a backup: choose a file, see what it holds, confirm, replace. The file is checked
//! completely (core `backup`) before anything changes; a file that fails any check changes
//! nothing and its error is shown at the field.

use crate::components::format::date_text;
use crate::forms::field::FieldMessage;
use crate::forms::form_errors::FormErrors;
use crate::state::settings_context::Settings;
use crate::store::{read_file, BookLoad, Store};
use leptos::prelude::*;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::storage::backup::{check_backup, summarize, BackupSummary};
use wasm_bindgen_futures::JsFuture;

const FILE_FIELD: &str = "backup_file";

/// Where a restore stands: the checked backup waiting for confirmation, or what happened.
#[derive(Clone, Copy)]
struct Restore {
    errors: FormErrors,
    checking: RwSignal<bool>,
    candidate: StoredValue<Option<Book>>,
    summary: RwSignal<Option<BackupSummary>>,
    confirmed: RwSignal<bool>,
    done: RwSignal<Option<String>>,
}

impl Restore {
    fn new() -> Restore {
        Restore {
            errors: FormErrors::default(),
            checking: RwSignal::new(false),
            candidate: StoredValue::new(None),
            summary: RwSignal::new(None),
            confirmed: RwSignal::new(false),
            done: RwSignal::new(None),
        }
    }

    /// Nothing waiting: a new file was chosen, or a backup was put in place.
    fn forget_candidate(&self) {
        self.candidate.set_value(None);
        self.summary.set(None);
        self.confirmed.set(false);
    }

    /// Reads and checks `file`, then shows what it holds or why it can't be restored.
    fn check(self, file: web_sys::File) {
        self.checking.set(true);
        leptos::task::spawn_local(async move {
            let bytes = read_file(file).await;
            let_the_page_update().await;
            let checked = bytes.and_then(|b| check_backup(&b).map_err(|e| e.to_string()));
            self.checking.set(false);
            match checked {
                Ok(backup) => {
                    self.summary.set(Some(backup.summary));
                    self.candidate.set_value(Some(backup.book));
                }
                Err(message) => self.errors.set(vec![FieldError::new(
                    FILE_FIELD,
                    format!("{message} Nothing was changed."),
                )]),
            }
        });
    }

    /// Puts the checked backup in place of the book, and its settings in force.
    fn replace(&self, store: &Store, settings: Option<Settings>) {
        let Some(book) = self.candidate.get_value() else {
            return;
        };
        let backup_settings = book.settings.clone();
        let name = backup_settings.name.clone();
        match store.replace_book(book) {
            Ok(_) => {
                let settings_saved = match settings {
                    Some(context) => context.save(backup_settings),
                    None => Ok(()),
                };
                self.forget_candidate();
                self.done.set(Some(match settings_saved {
                    Ok(()) => format!("The backup of {name} is now your book."),
                    Err(_) => format!(
                        "The backup of {name} is now your book, but its partner settings could not be saved; check them above."
                    ),
                }));
            }
            Err(e) => self
                .errors
                .set(vec![FieldError::new(FILE_FIELD, e.advice())]),
        }
    }
}

/// Choose a file, see what it holds, confirm, replace.
#[component]
pub fn RestoreBackup() -> impl IntoView {
    let store = StoredValue::new(expect_context::<Store>());
    let settings = use_context::<Settings>();
    let restore = Restore::new();
    let file_field = restore.errors.field(FILE_FIELD).hinted();
    let on_choose = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        restore.forget_candidate();
        restore.done.set(None);
        restore.errors.clear();
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            restore.check(file);
        }
    };
    let current = move || match store.with_value(Store::load_book) {
        BookLoad::Loaded(book) => describe(&summarize(&book)),
        BookLoad::Fresh => "an empty book".to_string(),
        BookLoad::Unreadable { .. } => "stored data that can't be read".to_string(),
    };
    let on_replace = Callback::new(move |()| store.with_value(|s| restore.replace(s, settings)));
    let ready = move || {
        restore.summary.get().map(|summary| {
            view! { <BackupHolds summary current=current() confirmed=restore.confirmed on_replace /> }
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
                aria-invalid=file_field.invalid()
                aria-describedby=file_field.described_by()
            />
            <p id=file_field.hint_id() class="hint">
                "A file downloaded with \"Download a backup\". It is checked completely before anything changes."
            </p>
            <FieldMessage field=file_field />
        </div>
        <p class="status" role="status">
            {move || restore.checking.get().then_some("Checking the backup…")}
            {move || restore.done.get()}
        </p>
        {ready}
    }
}

/// What the checked backup holds, and the confirmation that puts it in place of `current`.
#[component]
fn BackupHolds(
    summary: BackupSummary,
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
    view! {
        <div class="backup-summary" role="region" aria-labelledby="backup-holds">
            <h3 id="backup-holds">"The backup holds"</h3>
            <dl>
                <dt>"Partner"</dt>
                <dd>{partner}</dd>
                <dt>"Customers"</dt>
                <dd>{summary.customers}</dd>
                <dt>"Subscriptions"</dt>
                <dd>{summary.subscriptions}</dd>
                <dt>"Recorded actions"</dt>
                <dd>{summary.events}</dd>
                <dt>"Dates"</dt>
                <dd>{holds}</dd>
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

fn describe(summary: &BackupSummary) -> String {
    let dates = match summary.dates {
        Some((first, last)) => format!("recorded from {} to {}", date_text(first), date_text(last)),
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
