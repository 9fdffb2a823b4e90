//! N37: a book switches between the programs (legacy ⇄ new commerce) only while it has no
//! subscriptions; between the legacy profiles 2018 and 2017 it switches as §7 says.

use crate::base::rule_error::RuleError;
use crate::base::say::{BookRefusal, ProgramWord};
use crate::billing::billing_engine;
use crate::billing::engine::Program;
use crate::model::book::Book;
use crate::model::command::Command;
use crate::model::settings::RulesProfile;

/// Whether the book may bill under `to` from now on; the refusal is shown at the profile field.
pub fn check_profile_switch(book: &Book, to: RulesProfile) -> Result<(), RuleError> {
    let from = billing_engine(book.settings.profile).program();
    if from == billing_engine(to).program() {
        return Ok(());
    }
    let has_subscriptions = book.events.iter().any(|e| {
        matches!(
            e.command,
            Command::SignUpTrial { .. } | Command::Purchase { .. } | Command::BuyAddOn { .. }
        )
    });
    if !has_subscriptions {
        return Ok(());
    }
    let program = |p: Program| match p {
        Program::LicenseBased => "the legacy license-based rules",
        Program::NewCommerce => "new commerce",
    };
    Err(RuleError::new(
        "N37",
        format!(
            "This book's subscriptions were bought under {}, and they cannot be billed under {}. Keep this profile, or download a backup and start a new book for the other program.",
            program(from),
            program(billing_engine(to).program())
        ),
    )
.saying(BookRefusal::ProgramFixed {
        from: program_word(from),
        to: program_word(billing_engine(to).program()),
    })
    .at("profile"))
}

fn program_word(program: Program) -> ProgramWord {
    match program {
        Program::LicenseBased => ProgramWord::Legacy,
        Program::NewCommerce => ProgramWord::NewCommerce,
    }
}
