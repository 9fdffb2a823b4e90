//! A bad row of an imported file: where it is and what is wrong, for the partner to fix.

use crate::base::say::Say;
use crate::base::stable_sort::sort_stable_by_key;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// 1-based line of the file; the header is line 1.
    pub line: usize,
    /// One sentence, in English: what a text built around the problem reads.
    pub reason: String,
    /// The problem as data (`base::say`), for the app to word in the partner's language; its
    /// English wording is `reason`. Boxed, so that a list of problems stays small.
    pub say: Option<Box<Say>>,
}

impl ImportError {
    pub fn new(line: usize, reason: impl Into<String>) -> ImportError {
        ImportError {
            line,
            reason: reason.into(),
            say: None,
        }
    }

    /// The same problem, with what to say in any language.
    pub fn saying(self, say: impl Into<Say>) -> ImportError {
        ImportError {
            say: Some(Box::new(say.into())),
            ..self
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Line {}: {}", self.line, self.reason)
    }
}

/// `value` when nothing is wrong; otherwise every error in file order, so an import applies
/// all of its rows or none.
pub fn all_or_nothing<T>(value: T, mut errors: Vec<ImportError>) -> Result<T, Vec<ImportError>> {
    if errors.is_empty() {
        Ok(value)
    } else {
        sort_stable_by_key(&mut errors, |e| e.line);
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_come_back_in_file_order() {
        let errors = vec![ImportError::new(7, "b"), ImportError::new(3, "a")];
        let err = all_or_nothing((), errors).unwrap_err();
        assert_eq!(err.iter().map(|e| e.line).collect::<Vec<_>>(), vec![3, 7]);
        assert_eq!(err[0].to_string(), "Line 3: a");
        assert_eq!(all_or_nothing(5, vec![]), Ok(5));
    }
}
