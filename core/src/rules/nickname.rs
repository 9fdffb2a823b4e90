//! A subscription's nickname, written as SubscriptionName in reconciliation files: the same
//! rule under every profile.

use super::context::{Accepted, CheckContext};
use crate::base::rule_error::RuleError;
use crate::base::say::BookRefusal;

const NICKNAME_MAX: u32 = 50;

pub fn check_nickname_change(
    ctx: &CheckContext<'_>,
    subscription_id: &str,
    nickname: &str,
) -> Result<Vec<Accepted>, RuleError> {
    let (_, sub) = ctx.subscription_state(subscription_id)?;
    check_nickname(nickname)?;
    Ok(ctx.accepted(Some(&sub.customer_id)))
}

pub fn check_nickname(nickname: &str) -> Result<(), RuleError> {
    if nickname.trim().chars().count() > NICKNAME_MAX as usize {
        return Err(RuleError::new(
            "input",
            format!("A nickname can have at most {NICKNAME_MAX} characters."),
        )
        .saying(BookRefusal::NicknameTooLong { max: NICKNAME_MAX })
        .at("nickname"));
    }
    Ok(())
}
