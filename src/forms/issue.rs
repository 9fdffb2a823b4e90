//! A problem with an action, in one shape whether the form could not read a field or the core
//! refused the command: shown at its field when it has one, else above the confirm button.

use super::why_link::WhyLink;
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::base::say::Say;
use partnerdesk_l10n::{ActionsText, Lang};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// The SPEC rule id, when the core refused; none for "input" checks and unreadable fields.
    pub rule: Option<String>,
    pub field: Option<String>,
    pub message: String,
    /// What the core said, as data, when it did: worded in the partner's language.
    pub say: Option<Box<Say>>,
}

impl Issue {
    /// The sentence as the partner reads it, in `lang`: what is wrong and what to do instead.
    /// The rule's id is the core's and the tests' business, not the partner's.
    pub fn text(&self, lang: Lang) -> String {
        self.say
            .as_deref()
            .map_or_else(|| self.message.clone(), |say| lang.say(say))
    }
}

impl From<RuleError> for Issue {
    fn from(e: RuleError) -> Issue {
        Issue {
            // "input" (plain validation) and "storage" name no SPEC rule to cite.
            rule: is_spec_rule(&e.rule).then_some(e.rule),
            field: e.field,
            message: e.message,
            say: e.say,
        }
    }
}

/// SPEC rule ids are a capital and digits: T3, C10, H1.
pub fn is_spec_rule(rule: &str) -> bool {
    let mut chars = rule.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && !chars.as_str().is_empty()
        && chars.all(|c| c.is_ascii_digit())
}

impl From<FieldError> for Issue {
    fn from(e: FieldError) -> Issue {
        Issue {
            rule: None,
            field: Some(e.field),
            message: e.message,
            say: e.say.map(Box::new),
        }
    }
}

/// A refusal or problem not tied to a field, announced where the partner is looking.
#[component]
pub fn IssueAlert(#[prop(into)] issue: Signal<Option<Issue>>) -> impl IntoView {
    let language = use_language();
    move || {
        issue.get().map(|i| {
            view! {
                <p class="refusal" role="alert" data-rule=i.rule.clone()>
                    <strong>{language.tr(ActionsText::NotPossible)}</strong>
                    ": "
                    {i.text(language.get())}
                    {i.rule.clone().map(|rule| view! { <WhyLink rule /> })}
                </p>
            }
        })
    }
}
