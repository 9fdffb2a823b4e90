//! Recording a subscription that exists at Microsoft already (issue 12). It was ordered under
//! the rules of its day, so what only binds a new order (P5 limits, P7 dates and countries,
//! a list price today) is not asked again; what the book needs to bill it right is: a known
//! customer and offer, a frequency and seat count the offer has (P2, P6), an add-on on a base
//! of a prerequisite (A1), a 12-month term started by today (C1, C11), a suspension that has
//! not yet led to deletion (C10).

use super::offers::check_seats;
use crate::base::dates::{add_days, us_date};
use crate::base::rule_error::RuleError;
use crate::base::say::{LegacyAdoptionRefusal, LegacyPurchaseRefusal};
use crate::billing::derive::Derived;
use crate::billing::legacy::adoption::adopted_term;
use crate::billing::legacy::profile::LegacyProfile;
use crate::billing::legacy::REACTIVATION_DAYS;
use crate::model::catalog::Offer;
use crate::model::command::AdoptedSubscription;
use crate::rules::context::{Accepted, CheckContext};

/// The most days between a purchase and the start of its term (the 29th to the 1st, C1).
const C1_SHIFT_DAYS: i64 = 3;

pub(super) fn check_adoption(
    ctx: &CheckContext<'_>,
    profile: &dyn LegacyProfile,
    adopted: &AdoptedSubscription,
) -> Result<Vec<Accepted>, RuleError> {
    let state = ctx.customer_state(&adopted.customer_id)?;
    ctx.check_new_ids(&adopted.ids)?;
    let offer = ctx.known_offer(&adopted.offer_id)?;
    if offer.is_trial() {
        return Err(RuleError::new(
            "T1",
            format!(
                "{} is a trial: trials are never billed, so there is nothing to record.",
                offer.name
            ),
        )
        .saying(LegacyAdoptionRefusal::TrialNothingToRecord {
            offer: offer.name.clone(),
        }));
    }
    if !offer.allows(adopted.frequency) {
        return Err(RuleError::new(
            "P2",
            format!(
                "{} can't be billed {}.",
                offer.name,
                adopted.frequency.label().to_lowercase()
            ),
        )
        .saying(LegacyPurchaseRefusal::CannotBeBilled {
            offer: offer.name.clone(),
            cadence: adopted.frequency.into(),
        }));
    }
    check_seats(offer, adopted.quantity)?;
    check_base(ctx, offer, adopted, &state)?;
    check_term(ctx, profile, adopted)?;
    if adopted.unit_price.is_negative() {
        return Err(RuleError::new("P8", "A unit price can't be negative.")
            .saying(LegacyAdoptionRefusal::NegativeUnitPrice));
    }
    Ok(ctx.accepted(Some(&adopted.customer_id)))
}

/// A1: an add-on names a base of the same customer holding one of its prerequisites; a base
/// names none.
fn check_base(
    ctx: &CheckContext<'_>,
    offer: &Offer,
    adopted: &AdoptedSubscription,
    state: &Derived,
) -> Result<(), RuleError> {
    let base = adopted
        .parent_id
        .as_deref()
        .and_then(|p| state.subscription(p));
    match (offer.is_add_on(), base) {
        (false, None) if adopted.parent_id.is_none() => Ok(()),
        (false, _) => Err(RuleError::new(
            "A1",
            format!(
                "{} is not an add-on, so it has no base subscription.",
                offer.name
            ),
        )
        .saying(LegacyAdoptionRefusal::NotAnAddOnNoBase {
            offer: offer.name.clone(),
        })),
        (true, Some(base)) if offer.prerequisites.contains(&base.offer_id) => Ok(()),
        (true, _) => Err(RuleError::new(
            "A1",
            format!(
                "{} is an add-on: it needs this customer's subscription of {} as its base.",
                offer.name,
                ctx.offer_names(&offer.prerequisites)
            ),
        )
        .saying(LegacyAdoptionRefusal::AddOnNeedsCustomersBase {
            offer: offer.name.clone(),
            bases: ctx.offer_name_list(&offer.prerequisites),
        })),
    }
}

/// C1, C11, C10: a 12-month term that started by today (one that ended since renewed, unless
/// suspended), billed up to a day already past, and a suspension still inside its 90 days.
fn check_term(
    ctx: &CheckContext<'_>,
    profile: &dyn LegacyProfile,
    adopted: &AdoptedSubscription,
) -> Result<(), RuleError> {
    let billing_day = ctx.book.settings.billing_day;
    let (start, end) = (adopted.term_start, adopted.term_end);
    if adopted_term(profile, start, end, billing_day, adopted.frequency).is_none() {
        return Err(RuleError::new(
            "C1",
            format!(
                "A term from {} must end 12 months later, not on {}.",
                us_date(start),
                us_date(end)
            ),
        )
        .saying(LegacyAdoptionRefusal::TermMustLast12Months { start, end }));
    }
    // A purchase on the 29th-31st is billed from that day, its term starting on the 1st (C1).
    let latest_start = add_days(adopted.billed_through.max(ctx.today), C1_SHIFT_DAYS);
    if start > latest_start {
        return Err(RuleError::new(
            "C11",
            format!(
                "Its term starts on {}, after today ({}); record the subscriptions of your latest reconciliation file.",
                us_date(start),
                us_date(ctx.today)
            ),
        )
.saying(LegacyAdoptionRefusal::TermStartsAfterToday { start, today: ctx.today }));
    }
    if adopted.suspended_on.is_some() && end < ctx.today {
        return Err(RuleError::new(
            "C11",
            format!(
                "Its term ended on {} while it was suspended, so it did not renew; there is nothing to record.",
                us_date(end)
            ),
        )
.saying(LegacyAdoptionRefusal::TermEndedSuspended { end }));
    }
    if adopted.billed_through > ctx.today {
        return Err(RuleError::new(
            "R1",
            format!(
                "The file is the invoice of {}, which is after today ({}).",
                us_date(adopted.billed_through),
                us_date(ctx.today)
            ),
        )
        .saying(LegacyAdoptionRefusal::InvoiceAfterToday {
            billed_through: adopted.billed_through,
            today: ctx.today,
        }));
    }
    match adopted.suspended_on {
        Some(s) if s > ctx.today || add_days(s, REACTIVATION_DAYS) < ctx.today => {
            Err(RuleError::new(
                "C10",
                format!(
                    "It was suspended on {}: more than 90 days ago it is deleted, and a suspension can't be after today.",
                    us_date(s)
                ),
            )
.saying(LegacyAdoptionRefusal::SuspendedTooLong { suspended_on: s }))
        }
        _ => Ok(()),
    }
}
