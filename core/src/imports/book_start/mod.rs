//! Starting a book from the latest legacy reconciliation file (issue 12): a partner new to
//! PartnerDesk gets the customers and the subscriptions of the file (offer, seats, billing
//! frequency, term, locked price, a suspension) as commands, checked all together and shown
//! before one button records them all or none, like a price list import.
//!
//! What the file can't say is decided here and shown in the preview: a customer's country is
//! the one the partner enters (the legacy file has none); its segment follows the agreement of
//! its offers (government, academic, else commercial); a price the file shows no whole period
//! of comes from the catalog. A license change made after the file, not yet billed, is not in
//! it (C6 bills it later), nor is a trial (never billed, T1).

mod facts;

use crate::base::dates::us_date;
use crate::base::fast_hash::FastHashMap;
use crate::imports::import_error::{all_or_nothing, ImportError};
use crate::model::book::Book;
use crate::model::catalog::{BillingFrequency, Catalog, LicenseAgreement, Offer};
use crate::model::command::{AdoptedSubscription, Command, NewIds};
use crate::model::customer::{Customer, Segment};
use crate::model::recon_line::ReconLine;
use chrono::NaiveDate;
use facts::{reseller, SubscriptionFacts};
use std::sync::Arc;

/// The file's customers and subscriptions, gathered as its lines are read.
#[derive(Clone, Debug, Default)]
pub struct BookStart {
    /// Each customer's first line.
    customers: Vec<ReconLine>,
    customer_at: FastHashMap<Arc<str>, usize>,
    subscriptions: Vec<SubscriptionFacts>,
    subscription_at: FastHashMap<Arc<str>, usize>,
}

/// What the partner decides for the whole file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartOptions {
    /// The billing date of the file's invoice.
    pub billed_through: NaiveDate,
    /// The country of every new customer (ISO 3166 alpha-2).
    pub country: String,
    pub today: NaiveDate,
}

/// What starting the book records, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookStartPlan {
    pub customers: Vec<Customer>,
    pub subscriptions: Vec<AdoptedSubscription>,
    /// The subscriptions whose price comes from the catalog, by id.
    pub priced_from_catalog: Vec<String>,
    /// The subscriptions whose term ended before today while suspended, by id: they did not
    /// renew (C11), and the book has nothing to bill.
    pub ended: Vec<String>,
}

impl BookStartPlan {
    /// The commands, customers first and add-ons after their bases.
    pub fn commands(&self) -> Vec<Command> {
        let customers = self.customers.iter().cloned().map(Command::CreateCustomer);
        let (add_ons, bases): (Vec<_>, Vec<_>) = self
            .subscriptions
            .iter()
            .partition(|s| s.parent_id.is_some());
        let subscriptions = bases
            .into_iter()
            .chain(add_ons)
            .cloned()
            .map(Command::AdoptSubscription);
        customers.chain(subscriptions).collect()
    }
}

impl BookStart {
    pub fn feed(&mut self, line: &ReconLine) {
        if !self.customer_at.contains_key(&line.customer_id) {
            self.customer_at
                .insert(Arc::clone(&line.customer_id), self.customers.len());
            self.customers.push(line.clone());
        }
        let key = if line.subscription_id.is_empty() {
            &line.billing_id
        } else {
            &line.subscription_id
        };
        let at = match self.subscription_at.get(key) {
            Some(&at) => at,
            None => {
                self.subscription_at
                    .insert(Arc::clone(key), self.subscriptions.len());
                self.subscriptions.push(SubscriptionFacts::of(line));
                self.subscriptions.len() - 1
            }
        };
        self.subscriptions[at].add(line);
    }

    /// The commands that record the file's customers and subscriptions in `book`, or every
    /// problem with the line it is about.
    pub fn plan(
        &self,
        book: &Book,
        options: &StartOptions,
    ) -> Result<BookStartPlan, Vec<ImportError>> {
        let catalog = book.catalog_on(options.today);
        let mut errors = Vec::new();
        let mut plan = BookStartPlan {
            customers: Vec::new(),
            subscriptions: Vec::new(),
            priced_from_catalog: Vec::new(),
            ended: Vec::new(),
        };
        for facts in &self.subscriptions {
            match adopted(facts, &catalog, options) {
                Ok((adopted, _))
                    if adopted.suspended_on.is_some() && adopted.term_end < options.today =>
                {
                    plan.ended.push(adopted.ids.subscription_id);
                }
                Ok((adopted, from_catalog)) => {
                    if from_catalog {
                        plan.priced_from_catalog
                            .push(adopted.ids.subscription_id.clone());
                    }
                    plan.subscriptions.push(adopted);
                }
                Err(reason) => errors.push(ImportError::new(facts.line.line, reason)),
            }
        }
        self.find_bases(&mut plan, &catalog, &mut errors);
        let known: Vec<&str> = book
            .events
            .iter()
            .filter_map(|e| match &e.command {
                Command::CreateCustomer(c) => Some(c.id.as_str()),
                _ => None,
            })
            .collect();
        for facts in self
            .customers
            .iter()
            .filter(|c| !known.contains(&&*c.customer_id))
        {
            let customer = new_customer(facts, &plan, &catalog, &options.country);
            for problem in customer.validate() {
                errors.push(ImportError::new(
                    facts.line,
                    format!("{}: {}", customer.company_name, problem.message),
                ));
            }
            plan.customers.push(customer);
        }
        all_or_nothing(plan, errors)
    }

    /// A1: each add-on's base is the customer's subscription of one of its prerequisites,
    /// with the same term end when there are several.
    fn find_bases(
        &self,
        plan: &mut BookStartPlan,
        catalog: &Catalog,
        errors: &mut Vec<ImportError>,
    ) {
        let candidates: Vec<(String, String, String, NaiveDate)> = plan
            .subscriptions
            .iter()
            .map(|s| {
                (
                    s.ids.subscription_id.clone(),
                    s.customer_id.clone(),
                    s.offer_id.clone(),
                    s.term_end,
                )
            })
            .collect();
        for (adopted, facts) in plan.subscriptions.iter_mut().zip(&self.subscriptions) {
            let Some(offer) = catalog.offer(&adopted.offer_id).filter(|o| o.is_add_on()) else {
                continue;
            };
            let mut bases: Vec<&(String, String, String, NaiveDate)> = candidates
                .iter()
                .filter(|(_, customer, offer_id, _)| {
                    *customer == adopted.customer_id && offer.prerequisites.contains(offer_id)
                })
                .collect();
            bases.sort_by_key(|(_, _, _, end)| *end != adopted.term_end);
            match bases.first() {
                Some((base, ..)) => adopted.parent_id = Some(base.clone()),
                None => errors.push(ImportError::new(
                    facts.line.line,
                    format!("{} is an add-on, but the file has no subscription of this customer it can belong to.", offer.name),
                )),
            }
        }
    }
}

/// The command for one subscription, and whether its price comes from the catalog.
fn adopted(
    facts: &SubscriptionFacts,
    catalog: &Catalog,
    options: &StartOptions,
) -> Result<(AdoptedSubscription, bool), String> {
    let line = &facts.line;
    let offer = catalog.offer(&line.offer_id).ok_or_else(|| {
        format!(
            "The offer {} ({}) is not in the catalog; import a price list with it first.",
            line.offer_name, line.offer_id
        )
    })?;
    let frequency = [BillingFrequency::Monthly, BillingFrequency::Annual]
        .into_iter()
        .find(|f| f.label().eq_ignore_ascii_case(line.frequency.trim()))
        .ok_or_else(|| {
            format!(
                "The billing cycle \"{}\" is not Monthly or Annual.",
                line.frequency
            )
        })?;
    let (term_start, term_end) = facts
        .term
        .ok_or("The subscription's start and end dates are missing.")?;
    let in_file = facts
        .monthly_price
        .or(facts.purchase_price.filter(|_| !offer.is_add_on()))
        .map(|(_, price)| price);
    let price = in_file
        .or_else(|| catalog.monthly_price_on(&offer.id, term_start))
        .ok_or_else(|| {
            format!(
                "{} has no price in the file or the catalog on {}.",
                offer.name,
                us_date(term_start)
            )
        })?;
    let nickname = (*line.subscription_name != *line.offer_name
        && !line.subscription_name.is_empty())
    .then(|| line.subscription_name.to_string());
    let adopted = AdoptedSubscription {
        ids: NewIds {
            subscription_id: line.subscription_id.to_string(),
            billing_id: line.billing_id.to_string(),
            order_id: line.order_id.to_string(),
            reference_id: None,
        },
        customer_id: line.customer_id.to_string(),
        offer_id: offer.id.clone(),
        quantity: facts.seats(),
        frequency,
        term_start,
        term_end,
        unit_price: price.round2(),
        billed_through: options.billed_through,
        nickname,
        parent_id: None,
        suspended_on: facts.suspended_on(),
    };
    Ok((adopted, in_file.is_none()))
}

/// A customer of the file: the segment follows its offers' agreements.
fn new_customer(
    facts: &ReconLine,
    plan: &BookStartPlan,
    catalog: &Catalog,
    country: &str,
) -> Customer {
    let agreements = plan
        .subscriptions
        .iter()
        .filter(|s| *s.customer_id == *facts.customer_id)
        .filter_map(|s| catalog.offer(&s.offer_id))
        .map(|o: &Offer| o.agreement);
    let segment = agreements
        .map(|a| match a {
            LicenseAgreement::Government => Segment::Government,
            LicenseAgreement::Academic => Segment::Education,
            LicenseAgreement::Corporate => Segment::Commercial,
        })
        .max_by_key(|s| *s != Segment::Commercial)
        .unwrap_or(Segment::Commercial);
    Customer {
        id: facts.customer_id.to_string(),
        company_name: facts.customer_name.to_string(),
        domain: facts.domain.to_lowercase(),
        country: country.trim().to_uppercase(),
        segment,
        reseller_mpn_id: reseller(facts),
    }
}
