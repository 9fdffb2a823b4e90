//! Forms: one way to tie a problem to its control (`Field`), whether the core's validation found
//! it on submit (`FormErrors`) or a live preview of an action did (`ActionCheck`); the controls
//! built on it; and the shape of a refusal (`Issue`).

pub mod action_check;
pub mod controls;
pub mod field;
pub mod form_errors;
pub mod issue;
pub mod parse;
pub mod why_link;
