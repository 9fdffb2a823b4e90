//! PartnerDesk in the browser: Leptos components over the pure rules of `partnerdesk-core`.
//!
//! Layers, each importing only those before it (ARCHITECTURE.md; `tests/app_layers.rs` checks
//! it): `store` (storage, files) → `state` (today, settings, the book, as contexts) → `forms`
//! (fields tied to their problems) → `components` (shared building blocks) → `pages` (one per
//! route) → `app` (contexts, frame, routes).
#![warn(clippy::too_many_lines)]

pub mod app;
pub mod components;
pub mod forms;
pub mod pages;
pub mod state;
pub mod store;

pub use app::{App, Shell};
