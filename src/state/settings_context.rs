//! The partner's settings as a context signal, saved through the store only when the core
//! finds them valid.

use super::ids::new_guid;
use crate::store::{OtherTabWrites, Store, SETTINGS_KEY};
use leptos::prelude::*;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_core::model::settings::PartnerSettings;

#[derive(Clone, Copy, Debug)]
pub struct Settings {
    current: RwSignal<PartnerSettings>,
    store: StoredValue<Store>,
}

impl Settings {
    /// Loads the stored settings, or makes a new partner's (with a fresh partner id) and stores
    /// them at once so the generated id stays the same across reloads.
    pub fn provide(store: &Store) -> (Settings, Option<String>) {
        let (initial, problem) = match store.load::<PartnerSettings>(SETTINGS_KEY) {
            Ok(Some(saved)) => (saved, None),
            Ok(None) => {
                let fresh = PartnerSettings::new(new_guid());
                let problem = store
                    .save(SETTINGS_KEY, &fresh)
                    .err()
                    .map(|e| format!("The new settings could not be saved: {e}"));
                (fresh, problem)
            }
            // Not overwritten here: the partner may still rescue the stored text by hand.
            Err(e) => (
                PartnerSettings::new(new_guid()),
                Some(format!(
                    "The saved settings could not be read ({e}); defaults are shown, and saving replaces them."
                )),
            ),
        };
        let current = RwSignal::new(initial);
        let settings = Settings {
            current,
            store: StoredValue::new(store.clone()),
        };
        if store.is_persistent() {
            // Settings saved in another tab apply here at once, so both tabs bill by the same
            // rules and a later action here does not write the old settings back into the book.
            let stored = store.clone();
            let listener = OtherTabWrites::new(SETTINGS_KEY, move || {
                if let Ok(Some(saved)) = stored.load::<PartnerSettings>(SETTINGS_KEY) {
                    current.try_set(saved);
                }
            });
            // Lives as long as the app's owner; dropped with it, it stops listening.
            StoredValue::new_local(listener);
        }
        provide_context(settings);
        (settings, problem)
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

    /// Validates with the core, then stores and publishes; on any error nothing changes.
    pub fn save(&self, candidate: PartnerSettings) -> Result<(), Vec<FieldError>> {
        let errors = candidate.validate();
        if !errors.is_empty() {
            return Err(errors);
        }
        self.store
            .with_value(|store| store.save(SETTINGS_KEY, &candidate))
            .map_err(|e| vec![FieldError::new("form", format!("Saving failed: {e}"))])?;
        self.current.set(candidate);
        Ok(())
    }
}

pub fn use_settings() -> Settings {
    expect_context::<Settings>()
}
