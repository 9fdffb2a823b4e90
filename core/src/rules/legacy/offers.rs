//! What an order must respect in the catalog (SPEC P2, P5, P6, P7, P8): frequencies, seats,
//! dates, countries, a list price, and the offer's limit per customer.

use crate::base::dates::us_date;
use crate::base::rule_error::RuleError;
use crate::base::say::LegacyPurchaseRefusal;
use crate::billing::derive::Derived;
use crate::model::catalog::{BillingFrequency, Offer, OfferLimit};
use crate::rules::context::CheckContext;

/// What a purchase, an add-on or a trial's conversion orders.
pub(super) struct Order<'a> {
    pub offer_id: &'a str,
    pub quantity: u32,
    /// None for an add-on bought on a base without one.
    pub frequency: Option<BillingFrequency>,
}

/// P2, P5, P6, P7, P8 for `offer` ordered by `customer_id`.
pub(super) fn check_orderable(
    ctx: &CheckContext<'_>,
    state: &Derived,
    customer_id: &str,
    offer: &Offer,
    order: &Order<'_>,
) -> Result<(), RuleError> {
    if let Some(f) = order.frequency.filter(|f| !offer.allows(*f)) {
        let allowed: Vec<&str> = offer.frequencies.iter().map(|f| f.label()).collect();
        return Err(RuleError::new(
            "P2",
            format!(
                "{} can't be billed {}; choose {}.",
                offer.name,
                f.label().to_lowercase(),
                allowed.join(" or ")
            ),
        )
        .saying(LegacyPurchaseRefusal::CannotBeBilledChoose {
            offer: offer.name.clone(),
            cadence: f.into(),
            allowed: offer.frequencies.iter().map(|&f| f.into()).collect(),
        })
        .at("frequency"));
    }
    check_seats(offer, order.quantity)?;
    check_valid_for(ctx, state, offer, customer_id)?;
    if ctx
        .catalog()
        .monthly_price_on(&offer.id, ctx.today)
        .is_none()
    {
        return Err(RuleError::new(
            "P8",
            format!(
                "{} has no list price on {}; add a price first.",
                offer.name,
                us_date(ctx.today)
            ),
        )
        .saying(LegacyPurchaseRefusal::NoListPrice {
            offer: offer.name.clone(),
            today: ctx.today,
        }));
    }
    check_limit(state, offer, customer_id)
}

/// P6: the offer's seat range.
pub(super) fn check_seats(offer: &Offer, quantity: u32) -> Result<(), RuleError> {
    if quantity < offer.min_seats || quantity > offer.max_seats {
        return Err(RuleError::new(
            "P6",
            format!(
                "{} takes {} to {} licenses; enter a quantity in that range.",
                offer.name, offer.min_seats, offer.max_seats
            ),
        )
        .saying(LegacyPurchaseRefusal::SeatRange {
            offer: offer.name.clone(),
            min: offer.min_seats,
            max: offer.max_seats,
        })
        .at("quantity"));
    }
    Ok(())
}

/// P7: the offer's dates and countries.
pub(super) fn check_valid_for(
    ctx: &CheckContext<'_>,
    state: &Derived,
    offer: &Offer,
    customer_id: &str,
) -> Result<(), RuleError> {
    if !offer.is_valid_on(ctx.today) {
        let until = offer
            .valid_to
            .map(|to| format!(" to {}", us_date(to)))
            .unwrap_or_default();
        return Err(RuleError::new(
            "P7",
            format!(
                "{} can be ordered from {}{until}; it can't be ordered on {}.",
                offer.name,
                us_date(offer.valid_from),
                us_date(ctx.today)
            ),
        )
        .saying(LegacyPurchaseRefusal::NotOrderableOn {
            offer: offer.name.clone(),
            from: offer.valid_from,
            to: offer.valid_to,
            today: ctx.today,
        }));
    }
    let country = state
        .customer(customer_id)
        .map(|c| c.country.as_str())
        .unwrap_or("");
    if !offer.sold_in(country) {
        return Err(RuleError::new(
            "P7",
            format!(
                "{} is sold only in {}, and this customer is in {country}; choose another offer.",
                offer.name,
                offer.countries.join(", ")
            ),
        )
        .saying(LegacyPurchaseRefusal::SoldOnlyIn {
            offer: offer.name.clone(),
            countries: offer.countries.clone(),
            country: country.to_string(),
        }));
    }
    Ok(())
}

/// P5 (and T3, trials being Lifetime 1): counted over the customer's subscriptions.
fn check_limit(state: &Derived, offer: &Offer, customer_id: &str) -> Result<(), RuleError> {
    let of_offer = || {
        state.subscriptions_of(customer_id).filter(|s| {
            s.offer_id == offer.id || s.trial.as_ref().is_some_and(|t| t.offer_id == offer.id)
        })
    };
    match offer.limit {
        OfferLimit::None => Ok(()),
        OfferLimit::Lifetime(n) if of_offer().count() >= n as usize => Err(RuleError::new(
            "P5",
            format!("{} is limited to {n} subscription(s) per customer, ever (Lifetime {n}), and this customer has had {}; choose another offer.", offer.name, of_offer().count()),
        )
.saying(LegacyPurchaseRefusal::LifetimeLimit { offer: offer.name.clone(), limit: n, had: u32::try_from(of_offer().count()).unwrap_or(u32::MAX) })),
        OfferLimit::Concurrent(n) if of_offer().filter(|s| s.status.is_held()).count() >= n as usize => Err(RuleError::new(
            "P5",
            format!("{} is limited to {n} subscription(s) at once per customer (Concurrent {n}), suspended ones included until deleted; change the licenses of the existing one instead.", offer.name),
        )
.saying(LegacyPurchaseRefusal::ConcurrentLimit { offer: offer.name.clone(), limit: n })),
        _ => Ok(()),
    }
}
