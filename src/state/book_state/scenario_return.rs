//! The way back from a scenario to the real date: how many actions the scenario holds, whether
//! the core accepts them in the real book, and discarding or keeping them.

use super::BookState;
use crate::state::language::current_lang;
use crate::store::CommitError;
use leptos::prelude::*;
use partnerdesk_core::base::rule_error::RuleError;
use partnerdesk_core::base::say::StorageProblem;
use partnerdesk_l10n::Lang;

impl BookState {
    /// The actions recorded in the scenario that the real book doesn't hold (reactive).
    pub fn scenario_actions(&self) -> usize {
        match self.scenario.book() {
            Some(played) => self.real.with(|real| played.recorded_since(real).len()),
            None => 0,
        }
    }

    /// Whether the scenario's actions may be kept: the core replays them onto a copy of the
    /// real book as of the real date (reactive); the refusal says why not.
    pub fn scenario_keepable(&self) -> Result<(), RuleError> {
        let Some(played) = self.scenario.book() else {
            return Ok(());
        };
        let real_date = self.clock.real();
        self.real.with(|real| {
            let mut trial = real.as_ref().clone();
            trial
                .replay(played.recorded_since(real), real_date)
                .map(|_| ())
                .map_err(|(_, refusal)| refusal)
        })
    }

    /// Back to the real date, the scenario dropped; the real book is as it was.
    pub fn discard_scenario(&self) -> Result<(), String> {
        self.store
            .with_value(|store| store.remove_scenario())
            .map_err(|e| e.advice(current_lang()))?;
        self.scenario.set(None);
        self.clock.back_to_real();
        Ok(())
    }

    /// Back to the real date with the scenario's actions recorded in the real book, each on
    /// its own date, through the core: all or none.
    pub fn keep_scenario(&self) -> Result<(), RuleError> {
        let played = self.scenario.book_untracked();
        let real_date = self.clock.real();
        if let Some(played) = played {
            let kept = self.commit_to_real(|b| {
                let actions = played.recorded_since(b).to_vec();
                b.replay(&actions, real_date)
                    .map_err(|(_, refusal)| refusal)
            });
            match kept {
                Ok(_) => {}
                Err(CommitError::Refused(refusal)) => return Err(refusal),
                Err(CommitError::NotSaved(e)) => {
                    return Err(RuleError::new("storage", e.advice(Lang::En))
                        .saying(StorageProblem::NotStored(e.failure())));
                }
            }
        }
        // Kept in the real book already: a scenario left behind would only repeat it.
        self.discard_scenario()
            .map_err(|message| RuleError::new("storage", message))
    }
}
