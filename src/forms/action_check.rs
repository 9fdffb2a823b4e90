//! The live check behind every action form: the command the fields describe, and what the
//! core's `preview` says it would do today (or on the earlier effective date entered). Fields show the problems that concern them.

use super::field::Field;
use super::issue::Issue;
use crate::state::book_state::BookState;
use crate::state::language::use_language;
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::rules::check::EFFECTIVE_DATE;
use partnerdesk_core::rules::preview::Preview;

#[derive(Clone, Copy, Debug)]
pub struct ActionCheck {
    /// Prefix of the form's element ids, unique on the page.
    prefix: &'static str,
    /// The fields the form shows; problems of other fields are shown above the button.
    fields: &'static [&'static str],
    pub command: Memo<Result<Command, FieldError>>,
    /// The action's effective date when the partner entered an earlier one than today (the
    /// action flow's field); None for today.
    pub effective: RwSignal<Option<NaiveDate>>,
    pub outcome: Memo<Result<Preview, Issue>>,
    /// A refusal of the confirmed command (storage, or the book changed since the preview).
    pub refused: RwSignal<Option<(Command, Issue)>>,
    /// True once the partner changed a field or pressed confirm: a field shows its problem only
    /// then, so a form that has just opened (or opened afresh) isn't already in error.
    pub touched: RwSignal<bool>,
}

impl ActionCheck {
    pub fn new(
        book: BookState,
        prefix: &'static str,
        fields: &'static [&'static str],
        build: impl Fn() -> Result<Command, FieldError> + Send + Sync + 'static,
    ) -> ActionCheck {
        let command = Memo::new(move |_| build());
        let effective = RwSignal::new(None);
        let outcome = Memo::new(move |_| {
            command.with(|c| match c {
                Ok(c) => book.preview_on(c, effective.get()).map_err(Issue::from),
                Err(e) => Err(Issue::from(e.clone())),
            })
        });
        let touched = RwSignal::new(false);
        // The first run is the form as it opened; any later one follows a change of its fields.
        Effect::new(move |opened: Option<()>| {
            command.track();
            if opened.is_some() {
                touched.set(true);
            }
        });
        ActionCheck {
            prefix,
            fields,
            command,
            effective,
            outcome,
            refused: RwSignal::new(None),
            touched,
        }
    }

    /// The id of a field's control.
    pub fn id(&self, field: &str) -> String {
        format!("{}-{field}", self.prefix)
    }

    /// The problem of the moment: a refusal of the confirmed command while the fields still
    /// describe it, else the preview's.
    pub fn issue(&self) -> Option<Issue> {
        let current = self.command.get();
        let refused = self.refused.get();
        if let (Some((cmd, issue)), Ok(now)) = (refused, &current) {
            if &cmd == now {
                return Some(issue);
            }
        }
        self.outcome.get().err()
    }

    /// The control of `key`, tied to the problem that concerns it.
    pub fn field(self, key: &'static str) -> Field {
        let language = use_language();
        let message = Signal::derive(move || {
            self.issue()
                .filter(|i| i.field.as_deref() == Some(key) && self.touched.get())
                .map(|i| i.text(language.get()))
        });
        Field::new(self.id(key), message).touching(self.touched)
    }

    /// A problem that no field of the form shows (reactive).
    pub fn general_issue(self) -> impl Fn() -> Option<Issue> + Copy + Send + Sync {
        move || {
            self.issue().filter(|i| {
                i.field.as_deref().is_none_or(|f| {
                    // Every action flow shows the effective date's field.
                    f != EFFECTIVE_DATE && !self.fields.contains(&f)
                })
            })
        }
    }
}
