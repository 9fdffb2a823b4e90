//! What an offer allows a customer, checked against the customer's other subscriptions as they
//! stand on the day: dates and countries (P7), seats (P6, N26), subscriptions per offer (P5),
//! a trial's target already held (T4). Manual actions and automatic events (N31) share them.

use super::offer::{NceCatalog, NceOffer, OfferLimit};
use super::order::ScheduledChange;
use super::subscription::NceSubscription;
use crate::base::dates::us_date;
use crate::base::rule_error::RuleError;
use crate::base::say::NceOfferRefusal;
use crate::model::status::Status;
use chrono::NaiveDate;

/// Another subscription of the same customer, as it stands on the day of the check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherSubscription {
    pub subscription_id: String,
    pub offer_id: String,
    pub trial_offer_id: Option<String>,
    pub status: Status,
    pub seats: u32,
}

impl OtherSubscription {
    pub fn of(view: &NceSubscription) -> OtherSubscription {
        OtherSubscription {
            subscription_id: view.subscription_id.clone(),
            offer_id: view.offer_id.clone(),
            trial_offer_id: view.trial_offer_id.clone(),
            status: view.status,
            seats: view.seats,
        }
    }
}

/// What the checks know besides the subscription itself.
#[derive(Clone, Copy)]
pub struct CheckContext<'a> {
    pub catalog: &'a NceCatalog,
    /// The customer's country (P7, T5).
    pub country: &'a str,
    /// The customer's other subscriptions (P5, T3, T4, N26, A1).
    pub others: &'a [OtherSubscription],
}

/// N31: an automatic renewal or conversion passes the checks of the manual action.
impl CheckContext<'_> {
    pub fn allows_automatic(
        &self,
        view: &NceSubscription,
        day: NaiveDate,
        next: &ScheduledChange,
    ) -> Result<(), RuleError> {
        let offer = self.catalog.known_offer(&next.offer_id)?;
        orderable(self, offer, day)?;
        if view.status == Status::Trial {
            owns_target_already(self, offer)?;
            within_offer_limit(self, offer)?;
        }
        within_seat_limits(self, offer, next.quantity, Some(&view.subscription_id))
    }
}

/// P7: the offer's dates and countries.
pub fn orderable(ctx: &CheckContext, offer: &NceOffer, day: NaiveDate) -> Result<(), RuleError> {
    if !offer.is_orderable_on(day) {
        let until = offer
            .valid_to
            .map_or(String::new(), |to| format!(" until {}", us_date(to)));
        let text = format!(
            "{} can be ordered from {}{until}, not on {}. Choose another offer.",
            offer.sku_name,
            us_date(offer.valid_from),
            us_date(day)
        );
        return Err(RuleError::new("P7", text)
            .saying(NceOfferRefusal::NotOrderable {
                offer: offer.sku_name.clone(),
                from: offer.valid_from,
                to: offer.valid_to,
                day,
            })
            .at("offer"));
    }
    if !offer.sold_in(ctx.country) {
        let text = format!(
            "{} is not sold to customers in {}. Choose another offer.",
            offer.sku_name, ctx.country
        );
        return Err(RuleError::new("P7", text)
            .saying(NceOfferRefusal::NotSoldTo {
                offer: offer.sku_name.clone(),
                country: ctx.country.to_string(),
            })
            .at("offer"));
    }
    Ok(())
}

/// P6 and N26: the offer's minimum, and its maximum over the customer's held subscriptions.
pub fn within_seat_limits(
    ctx: &CheckContext,
    offer: &NceOffer,
    quantity: u32,
    own_id: Option<&str>,
) -> Result<(), RuleError> {
    let minimum = offer.min_seats.max(1);
    if quantity < minimum {
        let text = format!(
            "{} needs at least {minimum} seats; enter {minimum} or more.",
            offer.sku_name
        );
        return Err(RuleError::new("P6", text)
            .saying(NceOfferRefusal::SeatsAtLeast {
                offer: offer.sku_name.clone(),
                minimum,
            })
            .at("quantity"));
    }
    let held: u32 = ctx
        .others
        .iter()
        .filter(|o| {
            o.offer_id == offer.id()
                && o.status.is_held()
                && Some(o.subscription_id.as_str()) != own_id
        })
        .map(|o| o.seats)
        .sum();
    if held + quantity > offer.max_seats {
        let room = offer.max_seats.saturating_sub(held);
        let text = if held == 0 {
            format!(
                "{} allows at most {} seats; enter {room} or fewer.",
                offer.sku_name, offer.max_seats
            )
        } else {
            format!(
                "{} allows at most {} seats per customer, and the customer's other subscriptions hold {held}; enter {room} or fewer.",
                offer.sku_name, offer.max_seats
            )
        };
        return Err(RuleError::new("N26", text)
            .saying(NceOfferRefusal::SeatsAtMost {
                offer: offer.sku_name.clone(),
                max: offer.max_seats,
                held,
                room,
            })
            .at("quantity"));
    }
    Ok(())
}

/// P5: how many subscriptions of the offer the customer may have, ever or at once.
pub fn within_offer_limit(ctx: &CheckContext, offer: &NceOffer) -> Result<(), RuleError> {
    let id = offer.id();
    let (limit, count, words) = match offer.limit {
        OfferLimit::None => return Ok(()),
        OfferLimit::Lifetime(n) => {
            let ever = ctx
                .others
                .iter()
                .filter(|o| o.offer_id == id || o.trial_offer_id.as_deref() == Some(id.as_str()));
            (n, ever.count(), "ever")
        }
        OfferLimit::Concurrent(n) => {
            let held = ctx
                .others
                .iter()
                .filter(|o| o.offer_id == id && o.status.is_held());
            (n, held.count(), "at once")
        }
    };
    if count as u32 >= limit {
        let text = format!(
            "A customer can have {limit} subscription(s) of {} {words}, and this one has {count}. Add seats to an existing subscription instead.",
            offer.sku_name
        );
        return Err(RuleError::new("P5", text)
            .saying(NceOfferRefusal::OfferLimit {
                offer: offer.sku_name.clone(),
                limit,
                count: u32::try_from(count).unwrap_or(u32::MAX),
                ever: matches!(offer.limit, OfferLimit::Lifetime(_)),
            })
            .at("offer"));
    }
    Ok(())
}

/// T4: a customer who holds a trial's target cannot have (or convert into) the trial.
pub fn owns_target_already(ctx: &CheckContext, target: &NceOffer) -> Result<(), RuleError> {
    let held = ctx
        .others
        .iter()
        .any(|o| o.offer_id == target.id() && o.status.is_held());
    if held {
        let text = format!(
            "The customer already has {}; add seats to that subscription instead.",
            target.sku_name
        );
        return Err(RuleError::new("T4", text)
            .saying(NceOfferRefusal::HasTargetAlready {
                offer: target.sku_name.clone(),
            })
            .at("offer"));
    }
    Ok(())
}
