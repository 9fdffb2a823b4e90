//! The UI's texts by area of the app, each text written in English, Dutch and German side by
//! side (`texts!`), so a translator reads the three together and a text missing in one language
//! does not compile. The frame's older `Key` tables (`en`, `nl`, `de`) are read through the same
//! `Text` trait.
//!
//! Each area is one enum named after it (`CatalogText` …) in its own file, so two people adding
//! texts to different pages don't edit the same lines.

#[macro_use]
mod table;

pub mod actions;
pub mod backup;
pub mod billing;
pub mod catalog;
pub mod common;
pub mod customer;
pub mod customers;
pub mod dashboard;
pub mod imports;
pub mod reconcile;
pub mod settings;

use crate::keys::Key;
use crate::lang::Lang;
use crate::{de, en, nl};
use std::fmt::Debug;

/// A text of the UI in each language.
pub trait Text: Copy + Debug + Send + Sync + 'static {
    /// The text in English, Dutch and German, in that order.
    fn texts(self) -> [&'static str; 3];

    /// Whether the text is rightly the same word in `lang` as in English ("Menu" in Dutch).
    fn same_as_english(self, _lang: Lang) -> bool {
        false
    }
}

impl Text for Key {
    fn texts(self) -> [&'static str; 3] {
        [en::text(self), nl::text(self), de::text(self)]
    }

    fn same_as_english(self, lang: Lang) -> bool {
        (lang, self) == (Lang::Nl, Key::Menu)
    }
}

/// One text of every area, named for a test's message: what `tables` checks.
#[derive(Clone, Debug)]
pub struct Entry {
    pub name: String,
    pub texts: [&'static str; 3],
    pub same_in: Vec<Lang>,
}

fn entries<K: Text>(keys: &[K]) -> impl Iterator<Item = Entry> + '_ {
    keys.iter().map(|&key| Entry {
        name: format!("{key:?}"),
        texts: key.texts(),
        same_in: Lang::ALL
            .into_iter()
            .filter(|&lang| key.same_as_english(lang))
            .collect(),
    })
}

/// Every text of the UI, every area.
pub fn every_text() -> Vec<Entry> {
    let mut all: Vec<Entry> = entries(Key::ALL).collect();
    all.extend(entries(actions::ActionsText::ALL));
    all.extend(entries(backup::BackupText::ALL));
    all.extend(entries(billing::BillingText::ALL));
    all.extend(entries(catalog::CatalogText::ALL));
    all.extend(entries(common::CommonText::ALL));
    all.extend(entries(customer::CustomerText::ALL));
    all.extend(entries(customers::CustomersText::ALL));
    all.extend(entries(dashboard::DashboardText::ALL));
    all.extend(entries(imports::ImportsText::ALL));
    all.extend(entries(reconcile::ReconcileText::ALL));
    all.extend(entries(settings::SettingsText::ALL));
    all
}
