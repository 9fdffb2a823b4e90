//! The live check behind every action form: the command the fields describe, and what the
//! core's `preview` says it would do today. Fields show the problems that concern them.

use super::issue::Issue;
use crate::book_state::BookState;
use leptos::prelude::*;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::rules::preview::Preview;

#[derive(Clone, Copy, Debug)]
pub struct ActionCheck {
    /// Prefix of the form's element ids, unique on the page.
    prefix: &'static str,
    /// The fields the form shows; problems of other fields are shown above the button.
    fields: &'static [&'static str],
    pub command: Memo<Result<Command, FieldError>>,
    pub outcome: Memo<Result<Preview, Issue>>,
    /// A refusal of the confirmed command (storage, or the book changed since the preview).
    pub refused: RwSignal<Option<(Command, Issue)>>,
}

impl ActionCheck {
    pub fn new(
        book: BookState,
        prefix: &'static str,
        fields: &'static [&'static str],
        build: impl Fn() -> Result<Command, FieldError> + Send + Sync + 'static,
    ) -> ActionCheck {
        let command = Memo::new(move |_| build());
        let outcome = Memo::new(move |_| {
            command.with(|c| match c {
                Ok(c) => book.preview(c).map_err(Issue::from),
                Err(e) => Err(Issue::from(e.clone())),
            })
        });
        ActionCheck {
            prefix,
            fields,
            command,
            outcome,
            refused: RwSignal::new(None),
        }
    }

    /// The id of a field's control.
    pub fn id(&self, field: &str) -> String {
        format!("{}-{field}", self.prefix)
    }

    pub fn error_id(&self, field: &str) -> String {
        format!("{}-{field}-error", self.prefix)
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

    /// The message at `field` (reactive).
    pub fn message(self, field: &'static str) -> impl Fn() -> Option<String> + Copy + Send + Sync {
        move || {
            self.issue()
                .filter(|i| i.field.as_deref() == Some(field))
                .map(|i| i.text())
        }
    }

    /// A problem that no field of the form shows (reactive).
    pub fn general_issue(self) -> impl Fn() -> Option<Issue> + Copy + Send + Sync {
        move || {
            self.issue()
                .filter(|i| i.field.as_deref().is_none_or(|f| !self.fields.contains(&f)))
        }
    }

    pub fn invalid(self, field: &'static str) -> impl Fn() -> Option<&'static str> + Send + Sync {
        let message = self.message(field);
        move || message().map(|_| "true")
    }

    /// aria-describedby of a field: its hint, and its message while there is one.
    pub fn described_by(
        self,
        field: &'static str,
        hint: Option<String>,
    ) -> impl Fn() -> Option<String> + Send + Sync {
        let message = self.message(field);
        let error_id = self.error_id(field);
        move || {
            let ids: Vec<String> = hint
                .clone()
                .into_iter()
                .chain(message().map(|_| error_id.clone()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }
}

/// Reads a license quantity typed into a form.
pub fn parse_quantity(text: &str) -> Result<u32, FieldError> {
    text.trim().parse::<u32>().map_err(|_| {
        FieldError::new(
            "quantity",
            "Enter the number of licenses as a whole number, such as 25.",
        )
    })
}

/// The value of a choice that must be made, or the field's problem.
pub fn required(value: String, field: &str, message: &str) -> Result<String, FieldError> {
    if value.is_empty() {
        Err(FieldError::new(field, message))
    } else {
        Ok(value)
    }
}
