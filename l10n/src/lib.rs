//! PartnerDesk's languages: English, Dutch and German. The UI's texts (`Key`), the sentences
//! of what the core says (`partnerdesk_core::base::say::Say`), and figures written and read in
//! each locale's form. Pure Rust like the core, which it depends on: no leptos, web-sys or
//! gloo, nothing read from the browser; the app hands in the `Lang`.
//!
//! The frame's texts (`Key`) and what the core says (`Say`) are one file per language (`en`,
//! `nl`, `de`) of exhaustive matches; every other page's texts are one file per area of the app
//! (`texts`), each text in the three languages side by side. Either way a text missing in one
//! language does not compile.

mod countries;
mod currency;
mod de;
mod en;
mod format;
mod keys;
mod lang;
mod nl;
mod parse;
mod said;
mod say;
pub mod texts;

pub use keys::Key;
pub use lang::Lang;
pub use parse::Expected;
pub use texts::actions::ActionsText;
pub use texts::backup::BackupText;
pub use texts::billing::BillingText;
pub use texts::catalog::CatalogText;
pub use texts::common::CommonText;
pub use texts::customer::CustomerText;
pub use texts::customers::CustomersText;
pub use texts::dashboard::DashboardText;
pub use texts::imports::ImportsText;
pub use texts::reconcile::ReconcileText;
pub use texts::settings::SettingsText;
pub use texts::Text;
