//! A refusal: which rule, what is wrong, and what the partner can do instead.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleError {
    /// The SPEC rule id (T3, C10, P5 …), or H1 for the history's own rule.
    pub rule: String,
    /// What is wrong and what to do instead.
    pub message: String,
    /// The form field the refusal concerns, when one does.
    pub field: Option<String>,
}

impl RuleError {
    pub fn new(rule: &str, message: impl Into<String>) -> RuleError {
        RuleError {
            rule: rule.to_string(),
            message: message.into(),
            field: None,
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
