//! The partner's settings as a context signal, saved through the store only when the core
//! finds them valid.
//!
//! The book keeps a copy of the settings it was last stored with. When the settings key is
//! missing, can't be read or holds settings the core refuses (billing day 0), that copy is
//! used and the partner is told; text that can't be used stays stored as it is, and can be
//! downloaded, until the partner saves settings. Defaults appear only for a partner without a
//! book.

use super::ids::new_guid;
use super::language::{use_language, Language};
use crate::store::{BookLoad, OtherTabWrites, Store, SETTINGS_KEY};
use leptos::prelude::*;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_core::model::settings::PartnerSettings;
use partnerdesk_l10n::{Lang, SettingsText as T};

#[derive(Clone, Copy, Debug)]
pub struct Settings {
    current: RwSignal<PartnerSettings>,
    store: StoredValue<Store>,
    /// The stored text that could not be used, until settings are saved over it.
    unusable: RwSignal<Option<String>>,
    /// Says why a save failed, in the language of the moment.
    language: Language,
}

/// Settings as stored, if the core accepts them.
fn read_settings(text: &str) -> Result<PartnerSettings, String> {
    let settings: PartnerSettings = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let errors = settings.validate();
    if errors.is_empty() {
        return Ok(settings);
    }
    let reasons: Vec<String> = errors.into_iter().map(|e| e.message).collect();
    Err(reasons.join(" "))
}

/// What the app starts with: the settings, what the partner should know, and the stored text
/// that could not be used.
struct Start {
    settings: PartnerSettings,
    problem: Option<String>,
    unusable: Option<String>,
}

fn start(store: &Store, lang: Lang) -> Start {
    let (stored, reason) = match store.load_text(SETTINGS_KEY) {
        Ok(Some(text)) => match read_settings(&text) {
            Ok(settings) => {
                return Start {
                    settings,
                    problem: None,
                    unusable: None,
                }
            }
            Err(reason) => (Some(text), reason),
        },
        Ok(None) => (None, String::new()),
        Err(e) => (None, e),
    };
    let book_copy = match store.load_book() {
        BookLoad::Loaded(book) => Some(book.settings.clone()),
        _ => None,
    };
    match (stored, book_copy) {
        (None, Some(copy)) => {
            let problem = match store.save(SETTINGS_KEY, &copy) {
                Ok(()) => lang.text(T::SettingsRestored).to_string(),
                Err(e) => lang.fill(T::SettingsRestoredUnsaved, &[&e]),
            };
            Start {
                settings: copy,
                problem: Some(problem),
                unusable: None,
            }
        }
        (Some(text), Some(copy)) => Start {
            settings: copy,
            problem: Some(lang.fill(T::SettingsUnusableCopyUsed, &[&reason])),
            unusable: Some(text),
        },
        (None, None) => {
            // A new partner: a fresh partner id, stored at once so it stays across reloads.
            let fresh = PartnerSettings::new(new_guid());
            let problem = store
                .save(SETTINGS_KEY, &fresh)
                .err()
                .map(|e| lang.fill(T::NewSettingsUnsaved, &[&e]));
            Start {
                settings: fresh,
                problem,
                unusable: None,
            }
        }
        (Some(text), None) => Start {
            settings: PartnerSettings::new(new_guid()),
            problem: Some(lang.fill(T::SettingsUnusableDefaults, &[&reason])),
            unusable: Some(text),
        },
    }
}

impl Settings {
    /// Loads the stored settings, or uses the copy kept with the book, or makes a new
    /// partner's (see the module). Returns a sentence for the storage banner when the partner
    /// should know.
    pub fn provide(store: &Store) -> (Settings, Option<String>) {
        let language = use_language();
        let start = start(store, language.now());
        let current = RwSignal::new(start.settings);
        let settings = Settings {
            current,
            store: StoredValue::new(store.clone()),
            unusable: RwSignal::new(start.unusable),
            language,
        };
        if store.is_persistent() {
            // Settings saved in another tab apply here at once, so both tabs bill by the same
            // rules and a later action here does not write the old settings back into the book.
            let stored = store.clone();
            let listener = OtherTabWrites::new(SETTINGS_KEY, move || {
                let saved = stored.load_text(SETTINGS_KEY).ok().flatten();
                if let Some(Ok(saved)) = saved.as_deref().map(read_settings) {
                    current.try_set(saved);
                }
            });
            // Lives as long as the app's owner; dropped with it, it stops listening.
            StoredValue::new_local(listener);
        }
        provide_context(settings);
        (settings, start.problem)
    }

    /// The settings in force (reactive).
    pub fn get(&self) -> PartnerSettings {
        self.current.get()
    }

    /// The settings in force, without subscribing: for a form's starting values.
    pub fn get_untracked(&self) -> PartnerSettings {
        self.current.get_untracked()
    }

    pub fn with<R>(&self, f: impl FnOnce(&PartnerSettings) -> R) -> R {
        self.current.with(f)
    }

    /// The stored settings text that could not be used, until settings are saved (reactive).
    pub fn unusable_text(&self) -> Option<String> {
        self.unusable.get()
    }

    /// Validates with the core, then stores and publishes; on any error nothing changes.
    pub fn save(&self, candidate: PartnerSettings) -> Result<(), Vec<FieldError>> {
        let errors = candidate.validate();
        if !errors.is_empty() {
            return Err(errors);
        }
        self.store
            .with_value(|store| store.save(SETTINGS_KEY, &candidate))
            .map_err(|e| {
                let said = self.language.now().fill(T::SavingFailed, &[&e]);
                vec![FieldError::new("form", said)]
            })?;
        self.current.set(candidate);
        self.unusable.set(None);
        Ok(())
    }
}

pub fn use_settings() -> Settings {
    expect_context::<Settings>()
}
