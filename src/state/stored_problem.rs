//! Why a backup file or the stored book can't be read, in the partner's language. The
//! sentence is the app's; the detail inside it (a JSON parser's finding, the event at fault)
//! is the reader's own, as it found it.

use crate::store::UnreadableReason;
use partnerdesk_core::base::field_error::FieldError;
use partnerdesk_core::storage::contents_check::BackupError;
use partnerdesk_core::storage::envelope::DecodeError;
use partnerdesk_core::storage::migration::CURRENT_VERSION;
use partnerdesk_core::storage::stored::ReadError;
use partnerdesk_l10n::{BackupText as B, Lang};

/// Why a backup can't be restored.
pub fn backup_problem(problem: &BackupError, lang: Lang) -> String {
    match problem {
        BackupError::NotText => lang.text(B::FileNotText).to_string(),
        BackupError::Unreadable(e) => decode_problem(e, lang),
        BackupError::Settings(errors) => {
            let each: Vec<String> = errors.iter().map(|e| field_problem(e, lang)).collect();
            lang.fill(B::SettingsInvalid, &[&each.join(" ")])
        }
        BackupError::Catalog(problems) => {
            lang.fill(B::CatalogInconsistent, &[&problems.join("; ")])
        }
        BackupError::History(problem) => lang.fill(B::HistoryInvalid, &[&problem.to_string()]),
    }
}

/// Why the stored book can't be read, whatever failed: the book, a tab's journal, storage.
pub fn unreadable_text(reason: &UnreadableReason, lang: Lang) -> String {
    match reason {
        UnreadableReason::Book(e) => read_problem(e, lang),
        UnreadableReason::Journal(e) => {
            lang.fill(B::JournalUnreadable, &[&decode_problem(e, lang)])
        }
        UnreadableReason::Storage(e) => e.advice(lang),
        UnreadableReason::ScenarioOfAnotherBook => lang.text(B::ScenarioOfAnotherBook).to_string(),
    }
}

/// A setting's problem in its own words (`say`) when it has them.
fn field_problem(problem: &FieldError, lang: Lang) -> String {
    problem
        .say
        .as_ref()
        .map_or_else(|| problem.message.clone(), |say| lang.say(say))
}

/// Why the stored book can't be read.
fn read_problem(problem: &ReadError, lang: Lang) -> String {
    match problem {
        ReadError::Unreadable(e) => decode_problem(e, lang),
        ReadError::Invalid(e) => lang.fill(B::FailsBackupCheck, &[&backup_problem(e, lang)]),
    }
}

fn decode_problem(problem: &DecodeError, lang: Lang) -> String {
    match problem {
        DecodeError::NotJson(why) => lang.fill(B::DataNotJson, &[why.as_str()]),
        DecodeError::NotPartnerDesk(why) => lang.fill(B::DataNotPartnerDesk, &[why.as_str()]),
        DecodeError::Newer { version } => lang.fill(
            B::DataNewer,
            &[&version.to_string(), &CURRENT_VERSION.to_string()],
        ),
        DecodeError::UnknownEncoding(name) => lang.fill(B::DataUnknownEncoding, &[name.as_str()]),
        DecodeError::Damaged(e) => lang.fill(B::DataDamaged, &[&e.to_string()]),
        DecodeError::ChecksumMismatch => lang.text(B::DataChecksumMismatch).to_string(),
        DecodeError::Migration(e) => lang.fill(B::DataOlderFormat, &[&e.to_string()]),
        DecodeError::NotABook(why) => lang.fill(B::DataNotABook, &[why.as_str()]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use partnerdesk_core::storage::history_check::HistoryProblem;

    fn problems() -> Vec<ReadError> {
        let decode = [
            DecodeError::NotJson("expected value at line 1 column 1".into()),
            DecodeError::NotPartnerDesk("missing field `format`".into()),
            DecodeError::Newer { version: 99 },
            DecodeError::UnknownEncoding("zstd".into()),
            DecodeError::ChecksumMismatch,
            DecodeError::NotABook("missing field `events`".into()),
        ];
        let backup = [
            BackupError::NotText,
            BackupError::Catalog(vec!["offer A twice".into(), "no price".into()]),
            BackupError::History(HistoryProblem {
                seq: Some(3),
                message: "dated before the event it follows".into(),
            }),
        ];
        let mut all: Vec<ReadError> = decode.into_iter().map(ReadError::Unreadable).collect();
        all.extend(backup.into_iter().map(ReadError::Invalid));
        all
    }

    /// English is the core's own wording; Dutch and German are the partner's.
    #[test]
    fn a_stored_problem_is_said_in_each_language() {
        for problem in problems() {
            let reason = UnreadableReason::Book(problem);
            let english = unreadable_text(&reason, Lang::En);
            assert_eq!(english, reason.to_string());
            for lang in [Lang::Nl, Lang::De] {
                let said = unreadable_text(&reason, lang);
                assert_ne!(said, english, "{lang:?}: {said}");
                assert!(!said.contains("{0}") && !said.contains("{1}"), "{said}");
            }
        }
        let journal = UnreadableReason::Journal(DecodeError::Newer { version: 99 });
        assert_eq!(unreadable_text(&journal, Lang::En), journal.to_string());
        assert!(unreadable_text(&journal, Lang::De).contains("Formatversion 99"));
    }
}
