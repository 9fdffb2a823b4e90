//! Legacy license-based billing (SPEC §3–§7) under the 2018 and 2017 profiles.

pub mod proration;
pub mod timeline;
