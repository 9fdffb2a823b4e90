//! Restoring a backup: choose a file, see what it holds, confirm, replace. The file is checked
//! completely (core `backup`) before anything changes, a few hundred customers at a time so
//! that the page shows the progress and stays responsive; a file that fails any check changes
//! nothing and its error is shown at the field. A backup under another rules profile asks the
//! same confirmation as Settings before it is put in place.

use super::holds::{describe, BackupHolds};
use crate::components::format::count_text;
use crate::components::profile_dialog::ProfileDialog;
use crate::forms::field::FieldMessage;
use crate::forms::form_errors::FormErrors;
use crate::state::language::{current_lang, use_language};
use crate::state::settings_context::Settings;
use crate::state::stored_problem::backup_problem;
use crate::store::event_loop::next_turn;
use crate::store::{read_file, BookLoad, Store};
use leptos::html::Dialog;
use leptos::prelude::*;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_core::base::say::StorageProblem;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::settings::RulesProfile;
use partnerdesk_core::storage::backup::{
    summarize, BackupCheck, BackupSummary, BackupTotals, CheckedBackup,
};
use partnerdesk_core::storage::contents_check::BackupError;
use partnerdesk_l10n::{BackupText as B, Lang};

const FILE_FIELD: &str = "backup_file";

/// Customers replayed between two turns of the event loop: 200 took up to 69 ms in Chromium
/// on a quiet machine (and over 100 under load), 100 keep a step near 35 ms.
const CUSTOMERS_PER_STEP: usize = 100;

/// Where a restore stands: the checked backup waiting for confirmation, or what happened.
#[derive(Clone, Copy)]
struct Restore {
    errors: FormErrors,
    /// While a file is checked: customers replayed, customers in all.
    checking: RwSignal<Option<(usize, usize)>>,
    /// While the confirmed backup is stored: actions written, actions in all.
    storing: RwSignal<Option<(usize, usize)>>,
    candidate: StoredValue<Option<Book>>,
    holds: RwSignal<Option<(BackupSummary, BackupTotals)>>,
    confirmed: RwSignal<bool>,
    done: RwSignal<Option<String>>,
}

impl Restore {
    fn new() -> Restore {
        Restore {
            errors: FormErrors::default(),
            checking: RwSignal::new(None),
            storing: RwSignal::new(None),
            candidate: StoredValue::new(None),
            holds: RwSignal::new(None),
            confirmed: RwSignal::new(false),
            done: RwSignal::new(None),
        }
    }

    /// Nothing waiting: a new file was chosen, or a backup was put in place.
    fn forget_candidate(&self) {
        self.candidate.set_value(None);
        self.holds.set(None);
        self.confirmed.set(false);
    }

    /// Reads and checks `file`, then shows what it holds or why it can't be restored.
    fn check(self, file: web_sys::File) {
        self.checking.set(Some((0, 0)));
        leptos::task::spawn_local(async move {
            let checked = match read_file(file).await {
                Ok(bytes) => self.check_bytes(&bytes).await,
                Err(e) => Err(e),
            };
            self.checking.set(None);
            match checked {
                Ok(backup) => {
                    self.holds.set(Some((backup.summary, backup.totals)));
                    self.candidate.set_value(Some(backup.book));
                }
                Err(message) => self.errors.set(vec![FieldError::new(
                    FILE_FIELD,
                    current_lang().fill(B::NothingChanged, &[&message]),
                )]),
            }
        });
    }

    async fn check_bytes(&self, bytes: &[u8]) -> Result<CheckedBackup, String> {
        next_turn().await;
        let mut check = BackupCheck::start(bytes).map_err(said)?;
        loop {
            self.checking.set(Some(check.progress()));
            next_turn().await;
            if check.step(CUSTOMERS_PER_STEP).map_err(said)? {
                return Ok(check.finish());
            }
        }
    }

    /// Puts the checked backup in place of the book, and its settings in force.
    fn replace(self, store: Store, settings: Option<Settings>) {
        // A second click while it is stored would only store it again.
        let Some(book) = self
            .candidate
            .get_value()
            .filter(|_| self.storing.get_untracked().is_none())
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            let backup_settings = book.settings.clone();
            let name = backup_settings.name.clone();
            let storing = self.storing;
            storing.set(Some((0, book.events.len())));
            let stored = store
                .replace_book_showing(book, move |progress| storing.set(Some(progress)))
                .await;
            storing.set(None);
            match stored {
                Ok(_) => {
                    let settings_saved = match settings {
                        Some(context) => context.save(backup_settings),
                        None => Ok(()),
                    };
                    self.forget_candidate();
                    let done = match settings_saved {
                        Ok(()) => B::RestoredAsBook,
                        Err(_) => B::RestoredSettingsNotSaved,
                    };
                    self.done.set(Some(current_lang().fill(done, &[&name])));
                }
                Err(e) => self
                    .errors
                    .set(vec![FieldError::new(FILE_FIELD, e.advice(Lang::En))
                        .saying(StorageProblem::NotStored(e.failure()))]),
            }
        });
    }

    fn status(&self) -> Option<String> {
        let lang = current_lang();
        if let Some((done, all)) = self.storing.get() {
            return Some(lang.fill(
                B::StoringProgress,
                &[&count_text(done as u64), &count_text(all as u64)],
            ));
        }
        match self.checking.get()? {
            (_, 0) => Some(lang.text(B::Checking).to_string()),
            (done, all) => Some(lang.fill(
                B::CheckingProgress,
                &[&count_text(done as u64), &count_text(all as u64)],
            )),
        }
    }
}

/// Choose a file, see what it holds, confirm, replace.
#[component]
pub fn RestoreBackup() -> impl IntoView {
    let store = StoredValue::new(expect_context::<Store>());
    let settings = use_context::<Settings>();
    let language = use_language();
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
        BookLoad::Fresh => language.now().text(B::EmptyBook).to_string(),
        BookLoad::Unreadable { .. } => language.now().text(B::UnreadableData).to_string(),
    };
    let dialog = NodeRef::<Dialog>::new();
    let in_force = move || settings.map(|s| s.with(|s| s.profile));
    let backup_profile = move || restore.holds.with(|h| h.as_ref().map(|(_, t)| t.profile));
    let on_replace = Callback::new(move |()| {
        let switching = backup_profile().is_some_and(|p| Some(p) != in_force());
        match dialog.get().filter(|_| switching) {
            Some(d) => {
                let _ = d.show_modal();
            }
            None => restore.replace(store.get_value(), settings),
        }
    });
    let close_dialog = move || {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let confirm_switch = Callback::new(move |()| {
        close_dialog();
        restore.replace(store.get_value(), settings);
    });
    let stored_profile =
        Signal::derive(move || in_force().unwrap_or(RulesProfile::default()).label());
    let new_profile = Signal::derive(move || backup_profile().map(RulesProfile::label));
    let ready = move || {
        restore.holds.get().map(|(summary, totals)| {
            view! {
                <BackupHolds summary totals current=current() confirmed=restore.confirmed on_replace />
            }
        })
    };
    view! {
        <div class="field">
            <label for=FILE_FIELD>{language.tr(B::BackupFile)}</label>
            <input
                id=FILE_FIELD
                type="file"
                accept=".json,application/json"
                on:change=on_choose
                aria-invalid=file_field.invalid()
                aria-describedby=file_field.described_by()
            />
            <p id=file_field.hint_id() class="hint">{language.tr(B::BackupFileHint)}</p>
            <FieldMessage field=file_field />
        </div>
        <p class="status" role="status">
            {move || restore.status()}
            {move || restore.done.get()}
        </p>
        {ready}
        <ProfileDialog
            dialog
            stored_profile
            new_profile
            on_confirm=confirm_switch
            on_cancel=Callback::new(move |()| close_dialog())
        />
    }
}

/// Why the backup can't be restored, in the language the partner reads now.
fn said(problem: BackupError) -> String {
    backup_problem(&problem, current_lang())
}
