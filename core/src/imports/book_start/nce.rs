//! What a new commerce reconciliation file (R6) says of each subscription, gathered line by
//! line, and the adoption it makes: the latest term and its line, the term's OrderId, the
//! seats rebuilt from the ReferenceId pairs as the reconciliation rebuilds them.
//!
//! What the file can't say is decided here:
//! - the term is read from SubscriptionStartDate and SubscriptionEndDate (N4: the end is one
//!   day before 1, 12 or 36 months later), the billing plan from BillingFrequency (blank:
//!   upfront, R6 column 35), so a file without TermAndBillingCycle reads the same; an add-on,
//!   whose term ends with its base's (N23), takes its base's term and plan;
//! - a trial is an offer the catalog marks as one, adopted with its 25 seats and its 30 days
//!   (N18), auto-renew on when it has a conversion target: it converts by itself on day 31 as
//!   any trial (N20), since the file can't say that auto-renew was turned off;
//! - a paid subscription renews at its term's end with auto-renew on (N11) and no scheduled
//!   change (N17): neither makes a line, so the file can't show them; nor a suspension (N16);
//! - the price is UnitPrice, locked for the term (N10), or the catalog's row in force on the
//!   term's start when the file has none readable;
//! - a subscription the file cancels has no seats left and is not recorded.

use crate::base::dates::us_date;
use crate::base::fast_hash::FastHashMap;
use crate::base::money::Money;
use crate::billing::nce::calendar::term_end;
use crate::model::catalog::BillingFrequency;
use crate::model::charge_line::ChargeType;
use crate::model::command::{AdoptedSubscription, NewIds};
use crate::model::nce::offer::{NceCatalog, NceOffer, OfferKind};
use crate::model::nce::term::{Term, TermPlan};
use crate::model::recon_line::ReconLine;
use crate::model::recon_seats::SeatLedger;
use chrono::NaiveDate;
use std::sync::Arc;

/// The latest term first, a paid line over the trial line of a conversion on the same day,
/// then the latest line.
type Rank = (NaiveDate, bool, NaiveDate, usize);

/// A subscription as the file's lines describe it.
#[derive(Clone, Debug)]
struct NceFacts {
    /// Its latest line of the latest term.
    line: ReconLine,
    rank: Rank,
    /// The OrderId of a line that the term's purchase, conversion or renewal ordered, with
    /// the term it belongs to.
    term_order: Option<((NaiveDate, bool), Arc<str>)>,
}

/// Every subscription of the file, as its lines are read.
#[derive(Clone, Debug, Default)]
pub struct NceGathered {
    subscriptions: Vec<NceFacts>,
    at: FastHashMap<Arc<str>, usize>,
    seats: SeatLedger,
}

/// One subscription's adoption, with what the preview says of it.
pub struct Adoption {
    pub adopted: AdoptedSubscription,
    /// The file's line it comes from.
    pub line: usize,
    pub priced_from_catalog: bool,
}

/// What becomes of one subscription of the file.
pub enum Planned {
    Record(Box<Adoption>),
    /// Nothing for the book to bill: by id.
    Ended(String),
}

/// A subscription planned, or the line it is on and why it can't be.
pub type Outcome = Result<Planned, (usize, String)>;

impl NceGathered {
    pub fn add(&mut self, line: &ReconLine) {
        self.seats.add(line);
        let Some(term_start) = line.term_start else {
            return;
        };
        let paid = line.unit_price.is_some_and(|u| u > Money::ZERO);
        let order_date = line.order_date.unwrap_or(line.charge_start);
        let rank = (term_start, paid, order_date, line.line);
        let at = *self
            .at
            .entry(Arc::clone(&line.subscription_id))
            .or_insert_with(|| {
                self.subscriptions.push(NceFacts {
                    line: line.clone(),
                    rank,
                    term_order: None,
                });
                self.subscriptions.len() - 1
            });
        let facts = &mut self.subscriptions[at];
        if rank > facts.rank {
            facts.rank = rank;
            facts.line = line.clone();
        }
        let term = (term_start, paid);
        if orders_the_term(line) && facts.term_order.as_ref().is_none_or(|(t, _)| term >= *t) {
            facts.term_order = Some((term, Arc::clone(&line.order_id)));
        }
    }

    /// Each subscription's adoption in file order; one the file leaves without seats was
    /// cancelled (N15).
    pub fn adoptions(&self, catalog: &NceCatalog, billed_through: NaiveDate) -> Vec<Outcome> {
        let seats = self.seats.seats();
        self.subscriptions
            .iter()
            .map(|facts| {
                let held = seats
                    .get(&facts.line.subscription_id)
                    .map_or(0, |s| s.seats);
                if held == 0 {
                    return Ok(Planned::Ended(facts.line.subscription_id.to_string()));
                }
                adoption(facts, held, catalog, billed_through)
                    .map(|a| Planned::Record(Box::new(a)))
                    .map_err(|reason| (facts.line.line, reason))
            })
            .collect()
    }
}

/// N23: an add-on has its base's term and plan, and its cycles are the base's.
pub fn co_term_add_ons(subscriptions: &mut [AdoptedSubscription]) {
    let bases: Vec<(String, Option<TermPlan>, NaiveDate)> = subscriptions
        .iter()
        .map(|s| (s.ids.subscription_id.clone(), s.term_plan, s.term_start))
        .collect();
    for add_on in subscriptions.iter_mut() {
        let Some(parent) = add_on.parent_id.as_deref() else {
            continue;
        };
        if let Some((_, Some(term_plan), start)) = bases.iter().find(|(id, ..)| id == parent) {
            add_on.term_plan = Some(*term_plan);
            add_on.frequency = term_plan.plan.frequency();
            add_on.base_term_start = Some(*start);
        }
    }
}

/// The lines whose OrderId is the term's: N9, R6 column 9.
fn orders_the_term(line: &ReconLine) -> bool {
    [
        ChargeType::New,
        ChargeType::Renew,
        ChargeType::CycleCharge,
        ChargeType::Convert,
    ]
    .iter()
    .any(|t| t.label().eq_ignore_ascii_case(&line.charge_type))
}

fn adoption(
    facts: &NceFacts,
    seats: u32,
    catalog: &NceCatalog,
    billed_through: NaiveDate,
) -> Result<Adoption, String> {
    let line = &facts.line;
    let offer = catalog.offer(&line.offer_id).ok_or_else(|| {
        format!(
            "The offer {} ({}) is not in the catalog.",
            line.offer_name, line.offer_id
        )
    })?;
    let (Some(term_start), Some(term_end)) = (line.term_start, line.term_end) else {
        return Err("The subscription's start and end dates are missing.".to_string());
    };
    let term_plan = match offer.kind {
        OfferKind::Trial => None,
        // N23, N34: an add-on bought in its base's term has the base's term and plan, found
        // with the base; one that renewed has a whole term of its own.
        OfferKind::AddOn => paid_term_plan(line, term_start, term_end).ok(),
        OfferKind::Base => Some(paid_term_plan(line, term_start, term_end)?),
    };
    let (unit_price, priced_from_catalog) = price(line, offer, term_plan, catalog)?;
    let order_id = facts
        .term_order
        .as_ref()
        .filter(|(term, _)| *term == (facts.rank.0, facts.rank.1))
        .map_or(&line.order_id, |(_, id)| id);
    let trial = offer.kind == OfferKind::Trial;
    let adopted = AdoptedSubscription {
        ids: NewIds {
            subscription_id: line.subscription_id.to_string(),
            billing_id: line.subscription_id.to_string(),
            order_id: order_id.to_string(),
            reference_id: None,
        },
        customer_id: line.customer_id.to_string(),
        offer_id: offer.id(),
        quantity: if trial { line.quantity } else { seats },
        frequency: term_plan.map_or(BillingFrequency::Monthly, |tp| tp.plan.frequency()),
        term_start,
        term_end,
        unit_price,
        billed_through,
        nickname: None,
        parent_id: None,
        suspended_on: None,
        term_plan,
        base_term_start: None,
    };
    Ok(Adoption {
        adopted,
        line: line.line,
        priced_from_catalog,
    })
}

/// N1, N4: the term whose end the dates name, in the plan BillingFrequency names.
fn paid_term_plan(line: &ReconLine, start: NaiveDate, end: NaiveDate) -> Result<TermPlan, String> {
    let term = Term::ALL
        .into_iter()
        .find(|t| term_end(start, *t) == end)
        .ok_or_else(|| {
            format!(
                "A term from {} to {} is not one month, one year or three years.",
                us_date(start),
                us_date(end)
            )
        })?;
    plan_of(term, &line.frequency).ok_or_else(|| {
        format!(
            "The billing frequency \"{}\" is not one of a {} term's.",
            line.frequency,
            term.label()
        )
    })
}

/// The plan of `term` whose R6 BillingFrequency is `frequency` (blank for upfront).
fn plan_of(term: Term, frequency: &str) -> Option<TermPlan> {
    TermPlan::ALL
        .into_iter()
        .filter(|tp| tp.term == term)
        .find(|tp| tp.recon_frequency().eq_ignore_ascii_case(frequency.trim()))
}

/// N10: the file's UnitPrice; without one, the catalog's row in force on the term's start.
fn price(
    line: &ReconLine,
    offer: &NceOffer,
    term_plan: Option<TermPlan>,
    catalog: &NceCatalog,
) -> Result<(Money, bool), String> {
    if let Some(u) = line.unit_price {
        return Ok((u.round2(), false));
    }
    let start = line.term_start.unwrap_or(line.charge_start);
    term_plan
        .and_then(|tp| catalog.prices.in_force(&offer.id(), tp, start))
        .map(|row| (row.unit_price, true))
        .ok_or_else(|| {
            format!(
                "{} has no price in the file or the catalog on {}.",
                offer.sku_name,
                us_date(start)
            )
        })
}
