//! Recording a new commerce subscription that exists at Microsoft already, as the partner's
//! latest reconciliation file (R6) shows it (issue 12). It was ordered under the rules of its
//! day, so what binds only a new order (P5, P7, N26's pooled maximum, the 7-day windows) is not
//! asked again; what the book needs to bill it right is: a known offer, a term and plan it is
//! sold in (N1, so that it can renew, N11), the term's dates (N4, N23), the offer's seat
//! minimum (P6), an add-on on a base of a prerequisite (A1), a trial of 25 seats for 30 days
//! (N18), and a file whose month is over and still holds the subscription's current term.

use crate::base::dates::{add_days, us_date};
use crate::base::rule_error::RuleError;
use crate::base::say::{LegacyAdoptionRefusal, NceAdoptionRefusal as Refusal};
use crate::billing::nce::action::AdoptedStart;
use crate::billing::nce::calendar::term_end;
use crate::billing::nce::replay_start::TRIAL_SEATS;
use crate::model::nce::limits::CheckContext;
use crate::model::nce::offer::{NceOffer, OfferKind};
use crate::model::nce::term::TermPlan;
use crate::model::status::Status;
use chrono::NaiveDate;

/// Checks an adoption recorded on `day`.
pub(super) fn check_adoption(
    ctx: &CheckContext,
    day: NaiveDate,
    adopted: &AdoptedStart,
) -> Result<(), RuleError> {
    let offer = ctx.catalog.known_offer(&adopted.offer_id)?;
    check_file_dates(day, adopted)?;
    match (offer.kind, adopted.term_plan) {
        (OfferKind::Trial, _) => check_trial(offer, adopted),
        (_, None) => Err(RuleError::new(
            "N1",
            format!(
                "{} is not a trial, so it needs a term and billing plan.",
                offer.sku_name
            ),
        )
        .saying(Refusal::NeedsTermAndPlan {
            offer: offer.sku_name.clone(),
        })),
        (kind, Some(term_plan)) => {
            check_paid_term(ctx, offer, adopted, term_plan)?;
            check_base(ctx, offer, kind, adopted)?;
            let minimum = offer.min_seats.max(1);
            if adopted.quantity < minimum {
                let text = format!("{} needs at least {minimum} seats.", offer.sku_name);
                return Err(RuleError::new("P6", text)
                    .saying(Refusal::SeatsAtLeast {
                        offer: offer.sku_name.clone(),
                        minimum,
                    })
                    .at("quantity"));
            }
            if adopted.unit_price.is_negative() {
                return Err(RuleError::new("N2", "A unit price can't be negative.")
                    .saying(LegacyAdoptionRefusal::NegativeUnitPrice));
            }
            Ok(())
        }
    }
}

/// N7: the file's month is over by the day it is recorded, and the term it shows still runs
/// at the end of that month (one that ended in it without a renewal line expired, N12).
fn check_file_dates(day: NaiveDate, adopted: &AdoptedStart) -> Result<(), RuleError> {
    if adopted.billed_through >= day {
        let text = format!(
            "The file bills up to {}, which is not over yet on {}; use the file of a month that has ended.",
            us_date(adopted.billed_through),
            us_date(day)
        );
        return Err(RuleError::new("N7", text).saying(Refusal::MonthNotOver {
            billed_through: adopted.billed_through,
            day,
        }));
    }
    if adopted.term_start > adopted.billed_through {
        let text = format!(
            "Its term starts on {}, after the file's last day ({}).",
            us_date(adopted.term_start),
            us_date(adopted.billed_through)
        );
        return Err(
            RuleError::new("N4", text).saying(Refusal::TermStartsAfterFile {
                start: adopted.term_start,
                file_end: adopted.billed_through,
            }),
        );
    }
    if adopted.term_end < adopted.billed_through {
        let text = format!(
            "Its term ended on {} and the file shows no renewal, so it expired; there is nothing to record.",
            us_date(adopted.term_end)
        );
        return Err(RuleError::new("N12", text).saying(Refusal::TermExpired {
            end: adopted.term_end,
        }));
    }
    Ok(())
}

/// N18: a trial has 25 seats for the 30 days from its sign-up.
fn check_trial(offer: &NceOffer, adopted: &AdoptedStart) -> Result<(), RuleError> {
    let trial_end = add_days(adopted.term_start, 29);
    if adopted.term_plan.is_some()
        || adopted.quantity != TRIAL_SEATS
        || adopted.term_end != trial_end
    {
        let text = format!(
            "{} is a trial: it has {TRIAL_SEATS} seats from {} to {}, and no term or billing plan.",
            offer.sku_name,
            us_date(adopted.term_start),
            us_date(trial_end)
        );
        return Err(RuleError::new("N18", text).saying(Refusal::TrialShape {
            offer: offer.sku_name.clone(),
            seats: TRIAL_SEATS,
            start: adopted.term_start,
            end: trial_end,
        }));
    }
    Ok(())
}

/// N1, N4, N23: the offer is sold in this term and plan (its renewal takes the price row), and
/// the term ends when the term says, or with its base's for an add-on.
fn check_paid_term(
    ctx: &CheckContext,
    offer: &NceOffer,
    adopted: &AdoptedStart,
    term_plan: TermPlan,
) -> Result<(), RuleError> {
    ctx.catalog
        .prices
        .require(&offer.id(), &offer.sku_name, term_plan, adopted.term_start)?;
    let end = match &adopted.base {
        Some((_, base)) => base.term_end,
        None => term_end(adopted.term_start, term_plan.term),
    };
    if adopted.term_end != end {
        let text = format!(
            "A {} term from {} ends on {}, not on {}.",
            term_plan.term.label(),
            us_date(adopted.term_start),
            us_date(end),
            us_date(adopted.term_end)
        );
        return Err(RuleError::new("N4", text).saying(Refusal::TermEndsOn {
            term: term_plan.term.into(),
            start: adopted.term_start,
            end,
            not_on: adopted.term_end,
        }));
    }
    Ok(())
}

/// A1, N23: an add-on still in the term it was bought in names a held base of one of its
/// prerequisites, in the same term and plan; any other offer names none.
fn check_base(
    ctx: &CheckContext,
    offer: &NceOffer,
    kind: OfferKind,
    adopted: &AdoptedStart,
) -> Result<(), RuleError> {
    let base = adopted.base.as_ref().map(|(id, calendar)| {
        let held = ctx.others.iter().find(|o| o.subscription_id == *id);
        (held, calendar)
    });
    match (kind, base) {
        (OfferKind::AddOn, Some((Some(held), calendar)))
            if held.status != Status::Canceled
                && offer.prerequisites.contains(&held.offer_id)
                && Some(calendar.term_plan) == adopted.term_plan =>
        {
            Ok(())
        }
        // N34: an add-on that renewed has a term of its own and follows no base.
        (OfferKind::AddOn, None) => Ok(()),
        (OfferKind::AddOn, _) => {
            let text = format!(
                "{} is an add-on: it needs this customer's subscription of an offer it adds to, in the same term and billing plan, as its base.",
                offer.sku_name
            );
            Err(RuleError::new("A1", text)
                .saying(Refusal::AddOnNeedsBase {
                    offer: offer.sku_name.clone(),
                })
                .at("base"))
        }
        (_, None) => Ok(()),
        (_, Some(_)) => {
            let text = format!(
                "{} is not an add-on, so it has no base subscription.",
                offer.sku_name
            );
            Err(RuleError::new("A1", text)
                .saying(LegacyAdoptionRefusal::NotAnAddOnNoBase {
                    offer: offer.sku_name.clone(),
                })
                .at("base"))
        }
    }
}
