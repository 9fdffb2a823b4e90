//! The rules of the legacy profiles (SPEC §2–§7), one file per rule family. The two profiles
//! differ only where `LegacyProfile` says (a billing frequency change, C12).

mod add_ons;
mod adoption;
mod licenses;
mod offers;
mod prices;
mod purchases;
mod renewal;
mod status;
mod suspension;
mod trials;

use super::context::{Accepted, CheckContext};
use super::corrections::check_correction;
use super::customers::{check_customer_edit, check_new_customer};
use super::nickname::check_nickname_change;
use super::rule_set::RuleSet;
use crate::base::rule_error::RuleError;
use crate::base::say::{BookRefusal, LegacyChangeRefusal};
use crate::billing::legacy::profile::LegacyProfile;
use crate::billing::legacy::profile_2017::Profile2017;
use crate::billing::legacy::profile_2018::Profile2018;
use crate::model::command::Command;
use offers::Order;

/// The legacy rules under one profile.
pub struct LegacyRules {
    profile: &'static dyn LegacyProfile,
}

impl LegacyRules {
    pub const P2018: LegacyRules = LegacyRules {
        profile: &Profile2018,
    };
    pub const P2017: LegacyRules = LegacyRules {
        profile: &Profile2017,
    };
}

impl RuleSet for LegacyRules {
    fn check(&self, ctx: &CheckContext<'_>) -> Result<Vec<Accepted>, RuleError> {
        match ctx.command {
            Command::CreateCustomer(customer) => check_new_customer(ctx, customer),
            Command::EditCustomer(customer) => check_customer_edit(ctx, customer),
            Command::UndoAction { .. } | Command::DeleteCustomer { .. } => check_correction(ctx),
            Command::SignUpTrial { .. }
            | Command::ConvertTrial { .. }
            | Command::Purchase { .. }
            | Command::BuyAddOn { .. } => check_order(ctx),
            Command::ChangeQuantity {
                subscription_id,
                quantity,
                ..
            } => licenses::check_license_change(ctx, subscription_id, *quantity),
            Command::Cancel {
                subscription_id, ..
            } => suspension::check_cancel(ctx, subscription_id),
            Command::Reactivate { subscription_id } => {
                suspension::check_reactivation(ctx, subscription_id)
            }
            Command::SetAutoRenew {
                subscription_id,
                on,
            } => renewal::check_auto_renew(ctx, subscription_id, *on),
            Command::ChangeFrequency {
                subscription_id,
                frequency,
                ..
            } => renewal::check_frequency_change(ctx, self.profile, subscription_id, *frequency),
            Command::SetNickname {
                subscription_id,
                nickname,
            } => check_nickname_change(ctx, subscription_id, nickname),
            Command::ChangePrice {
                offer_id,
                from,
                monthly,
                erp,
            } => prices::check_price_change(ctx, offer_id, *from, [*monthly, *erp]),
            Command::ImportPriceList(plan) => prices::check_price_list(ctx, plan),
            Command::AdoptSubscription(adopted) => {
                adoption::check_adoption(ctx, self.profile, adopted)
            }
            Command::Suspend { .. }
            | Command::ScheduleChange { .. }
            | Command::CancelScheduledChange { .. } => Err(RuleError::new(
                "§7",
                "This book bills under the legacy rules, which have no such action; cancel the subscription (it can be reactivated within 90 days) or change it now.",
            )
.saying(LegacyChangeRefusal::NoSuchLegacyAction)),
        }
    }
}

/// The commands that start a subscription or turn a trial into one.
fn check_order(ctx: &CheckContext<'_>) -> Result<Vec<Accepted>, RuleError> {
    match ctx.command {
        Command::SignUpTrial {
            ids,
            customer_id,
            offer_id,
        } => trials::check_sign_up(ctx, ids, customer_id, offer_id),
        Command::ConvertTrial {
            subscription_id,
            target_offer_id,
            quantity,
            frequency,
            ..
        } => trials::check_conversion(
            ctx,
            subscription_id,
            &Order {
                offer_id: target_offer_id,
                quantity: *quantity,
                frequency: Some(*frequency),
            },
        ),
        Command::Purchase {
            ids,
            customer_id,
            offer_id,
            quantity,
            frequency,
            nickname,
            ..
        } => purchases::check_purchase(
            ctx,
            ids,
            customer_id,
            &Order {
                offer_id,
                quantity: *quantity,
                frequency: Some(*frequency),
            },
            nickname.as_deref(),
        ),
        Command::BuyAddOn {
            ids,
            parent_id,
            offer_id,
            quantity,
        } => purchases::check_add_on(ctx, ids, parent_id, offer_id, *quantity),
        _ => Err(RuleError::new("input", "That is not an order.").saying(BookRefusal::NotAnOrder)),
    }
}
