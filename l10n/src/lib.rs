//! PartnerDesk's languages: English, Dutch and German. The UI's texts (`Key`), the sentences
//! of what the core says (`partnerdesk_core::base::say::Say`), and figures written and read in
//! each locale's form. Pure Rust like the core, which it depends on: no leptos, web-sys or
//! gloo, nothing read from the browser; the app hands in the `Lang`.
//!
//! Each language is one file (`en`, `nl`, `de`) of exhaustive matches over `Key` and `Say`,
//! so a text missing in one language does not compile.

mod currency;
mod de;
mod en;
mod format;
mod keys;
mod lang;
mod nl;
mod parse;
mod say;

pub use keys::Key;
pub use lang::Lang;
pub use parse::Expected;
