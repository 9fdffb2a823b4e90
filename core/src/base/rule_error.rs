//! A refusal: which rule, what is wrong, and what the partner can do instead.

use super::field_error::FieldError;
use super::say::Say;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleError {
    /// The SPEC rule id (T3, C10, P5 …), or H1 for the history's own rule.
    pub rule: String,
    /// What is wrong and what to do instead, in English: what a text built around the refusal
    /// (a backup's summary, a replay's line) and a refusal not yet said as data read.
    pub message: String,
    /// The form field the refusal concerns, when one does.
    pub field: Option<String>,
    /// The refusal as data (`base::say`), for the app to word in the partner's language; its
    /// English wording is `message`. Boxed, so that a `Result` carrying a refusal stays small.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub say: Option<Box<Say>>,
}

impl RuleError {
    pub fn new(rule: &str, message: impl Into<String>) -> RuleError {
        RuleError {
            rule: rule.to_string(),
            message: message.into(),
            field: None,
            say: None,
        }
    }

    /// The same refusal, with what to say in any language.
    pub fn saying(mut self, say: impl Into<Say>) -> RuleError {
        self.say = Some(Box::new(say.into()));
        self
    }

    /// The refusal as a form's problem at `field`, said as the refusal says it.
    pub fn at_field(self, field: &str) -> FieldError {
        FieldError {
            say: self.say.map(|say| *say),
            ..FieldError::new(field, self.message)
        }
    }

    pub fn at(mut self, field: &str) -> RuleError {
        self.field = Some(field.to_string());
        self
    }
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.message, self.rule)
    }
}

impl std::error::Error for RuleError {}
