//! The words of the core's `Say` and of the UI's keys, looked up in a language, and the
//! figures of a text filled in where the language puts them.

use crate::lang::Lang;
use crate::texts::Text;
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::base::say::{PreviewNote, RowProblem, Say};
use partnerdesk_core::imports::import_error::ImportError;

/// The GUID shown as an example of one.
pub(crate) const EXAMPLE_GUID: &str = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

impl Lang {
    /// The text of `key`, placeholders (`{0}` …) unfilled.
    pub fn text(self, key: impl Text) -> &'static str {
        let [english, dutch, german] = key.texts();
        match self {
            Lang::En => english,
            Lang::Nl => dutch,
            Lang::De => german,
        }
    }

    /// The text of `key` with `{i}` replaced by `figures[i]`, figures already written for
    /// this language (`Lang::date`, `Lang::money` …).
    pub fn fill(self, key: impl Text, figures: &[&str]) -> String {
        let mut out = self.text(key).to_string();
        for (i, figure) in figures.iter().enumerate() {
            out = out.replace(&format!("{{{i}}}"), figure);
        }
        out
    }

    /// The text of `key` before and after its one placeholder `{0}`, for a view that puts an
    /// element there (a `<time>`, a `<code>`, a link): ("Today: ", "").
    pub fn around(self, key: impl Text) -> (&'static str, &'static str) {
        let text = self.text(key);
        text.split_once("{0}").unwrap_or((text, ""))
    }

    /// What the core has to say, in this language.
    pub fn say(self, say: &Say) -> String {
        crate::said::word(self, say)
    }

    /// What a preview explains under its lines, in this language.
    pub fn note(self, note: &PreviewNote) -> String {
        crate::said::notes::word(self, note)
    }

    /// A bad row or header of an imported file, with its line ("Line 3: …"), in this language;
    /// its English reason while the core does not say it as data.
    pub fn import_error(self, error: &ImportError) -> String {
        let reason = error
            .say
            .as_deref()
            .map_or_else(|| error.reason.clone(), |say| self.say(say));
        format!("{}: {reason}", crate::said::Figures(self).line(error.line))
    }

    /// A skipped reconciliation row's problems, one sentence after the other, in this language;
    /// `english` while the core does not say them as data.
    pub fn row_problems(self, says: &[RowProblem], english: &str) -> String {
        if says.is_empty() {
            return english.to_string();
        }
        let said: Vec<String> = says
            .iter()
            .map(|p| crate::said::import::row_word(self, p))
            .collect();
        said.join(" ")
    }

    /// A refusal of the core, in this language; its English message while the core does not
    /// say it as data yet.
    pub fn refusal(self, refusal: &RuleError) -> String {
        refusal
            .say
            .as_deref()
            .map_or_else(|| refusal.message.clone(), |say| self.say(say))
    }
}
