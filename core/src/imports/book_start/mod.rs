//! Starting a book from the latest reconciliation file (issue 12): a partner new to
//! PartnerDesk gets the customers and the subscriptions of the file (offer, seats, billing
//! frequency or term and plan, term, locked price, a suspension) as commands, checked all
//! together and shown before one button records them all or none, like a price list import.
//!
//! What a legacy file can't say is decided here and shown in the preview: a customer's country
//! is the one the partner enters (the legacy file has none); its segment follows the agreement
//! of its offers (government, academic, else commercial); a price the file shows no whole
//! period of comes from the catalog. A license change made after the file, not yet billed, is
//! not in it (C6 bills it later), nor is a trial (never billed, T1). A new commerce file (R6)
//! names each customer's country, which wins over the partner's; what it can't say is in
//! `nce`.

mod facts;
mod nce;

use crate::base::countries::country_code;
use crate::base::dates::us_date;
use crate::base::fast_hash::FastHashMap;
use crate::base::say::ImportProblem;
use crate::base::stable_sort::sort_stable_by_key;
use crate::billing::offer_catalog;
use crate::imports::customer_import::customer_problem;
use crate::imports::import_error::{all_or_nothing, ImportError};
use crate::model::book::Book;
use crate::model::catalog::{BillingFrequency, Catalog, LicenseAgreement, Offer};
use crate::model::command::{AdoptedSubscription, Command, NewIds};
use crate::model::customer::{Customer, Segment};
use crate::model::recon_line::{ReconLine, ReconProgram};
use chrono::NaiveDate;
use facts::{reseller, SubscriptionFacts};
use nce::{Adoption, NceGathered, Outcome, Planned};
use std::sync::Arc;

/// The file's customers and subscriptions, gathered as its lines are read.
#[derive(Clone, Debug)]
pub struct BookStart {
    program: ReconProgram,
    /// Each customer's first line.
    customers: Vec<ReconLine>,
    customer_at: FastHashMap<Arc<str>, usize>,
    /// A legacy file's subscriptions.
    subscriptions: Vec<SubscriptionFacts>,
    subscription_at: FastHashMap<Arc<str>, usize>,
    /// A new commerce file's subscriptions.
    nce: NceGathered,
}

/// A legacy file's start, as the book started from a file first was.
impl Default for BookStart {
    fn default() -> BookStart {
        BookStart::new(ReconProgram::Legacy)
    }
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
    /// The subscriptions the file shows ended, by id, with nothing for the book to bill: a
    /// legacy term that ended before today while suspended (C11), a new commerce subscription
    /// the file cancels (N15).
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
    /// Gathers a file of `program`.
    pub fn new(program: ReconProgram) -> BookStart {
        BookStart {
            program,
            customers: Vec::new(),
            customer_at: FastHashMap::default(),
            subscriptions: Vec::new(),
            subscription_at: FastHashMap::default(),
            nce: NceGathered::default(),
        }
    }

    pub fn feed(&mut self, line: &ReconLine) {
        if !self.customer_at.contains_key(&line.customer_id) {
            self.customer_at
                .insert(Arc::clone(&line.customer_id), self.customers.len());
            self.customers.push(line.clone());
        }
        if self.program == ReconProgram::NewCommerce {
            return self.nce.add(line);
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
        let catalog = offer_catalog(book, options.today);
        let mut errors = Vec::new();
        let mut plan = BookStartPlan {
            customers: Vec::new(),
            subscriptions: Vec::new(),
            priced_from_catalog: Vec::new(),
            ended: Vec::new(),
        };
        let adoptions = match self.program {
            ReconProgram::Legacy => self.legacy_adoptions(&catalog, options),
            ReconProgram::NewCommerce => self
                .nce
                .adoptions(&book.nce_catalog(), options.billed_through),
        };
        // The file line of each subscription planned.
        let mut lines = Vec::new();
        for adoption in adoptions {
            match adoption {
                Ok(Planned::Record(a)) => {
                    if a.priced_from_catalog {
                        plan.priced_from_catalog
                            .push(a.adopted.ids.subscription_id.clone());
                    }
                    plan.subscriptions.push(a.adopted);
                    lines.push(a.line);
                }
                Ok(Planned::Ended(id)) => plan.ended.push(id),
                Err((line, reason)) => errors.push(ImportError::new(line, reason)),
            }
        }
        let co_termed = self.program == ReconProgram::NewCommerce;
        find_bases(
            &mut plan.subscriptions,
            &lines,
            &catalog,
            co_termed,
            &mut errors,
        );
        if co_termed {
            nce::co_term_add_ons(&mut plan.subscriptions);
        }
        plan.customers = self.new_customers(book, &plan, &catalog, options, &mut errors);
        all_or_nothing(plan, errors)
    }

    /// Each legacy subscription's adoption, or why not, with its line.
    fn legacy_adoptions(&self, catalog: &Catalog, options: &StartOptions) -> Vec<Outcome> {
        self.subscriptions
            .iter()
            .map(|facts| match adopted(facts, catalog, options) {
                Ok((adopted, _))
                    if adopted.suspended_on.is_some() && adopted.term_end < options.today =>
                {
                    Ok(Planned::Ended(adopted.ids.subscription_id))
                }
                Ok((adopted, priced_from_catalog)) => Ok(Planned::Record(Box::new(Adoption {
                    adopted,
                    line: facts.line.line,
                    priced_from_catalog,
                }))),
                Err(reason) => Err((facts.line.line, reason)),
            })
            .collect()
    }

    /// The file's customers the book doesn't have yet, each in the country the file names or
    /// else the partner's.
    fn new_customers(
        &self,
        book: &Book,
        plan: &BookStartPlan,
        catalog: &Catalog,
        options: &StartOptions,
        errors: &mut Vec<ImportError>,
    ) -> Vec<Customer> {
        let known: Vec<&str> = book
            .events
            .iter()
            .filter_map(|e| match &e.command {
                Command::CreateCustomer(c) => Some(c.id.as_str()),
                _ => None,
            })
            .collect();
        let mut customers = Vec::new();
        for facts in self
            .customers
            .iter()
            .filter(|c| !known.contains(&&*c.customer_id))
        {
            let country = country_code(&facts.country).unwrap_or(&options.country);
            let customer = new_customer(facts, plan, catalog, country);
            for problem in customer.validate() {
                errors.push(customer_problem(
                    facts.line,
                    &customer.company_name,
                    problem,
                ));
            }
            customers.push(customer);
        }
        customers
    }
}

/// A1: each add-on's base is the customer's subscription of one of its prerequisites, with
/// the same term end when there are several; `lines` are the subscriptions' file lines.
/// `co_termed` (N23, N34): only an add-on in the term it was bought in (no term of its own
/// yet) follows a base, a paid one whose term ends with the add-on's.
fn find_bases(
    subscriptions: &mut [AdoptedSubscription],
    lines: &[usize],
    catalog: &Catalog,
    co_termed: bool,
    errors: &mut Vec<ImportError>,
) {
    let candidates: Vec<(String, String, String, NaiveDate)> = subscriptions
        .iter()
        .filter(|s| !co_termed || s.term_plan.is_some())
        .map(|s| {
            (
                s.ids.subscription_id.clone(),
                s.customer_id.clone(),
                s.offer_id.clone(),
                s.term_end,
            )
        })
        .collect();
    for (adopted, line) in subscriptions.iter_mut().zip(lines) {
        let Some(offer) = catalog.offer(&adopted.offer_id).filter(|o| o.is_add_on()) else {
            continue;
        };
        if co_termed && adopted.term_plan.is_some() {
            continue;
        }
        let mut bases: Vec<&(String, String, String, NaiveDate)> = candidates
            .iter()
            .filter(|(_, customer, offer_id, end)| {
                *customer == adopted.customer_id
                    && offer.prerequisites.contains(offer_id)
                    && (!co_termed || *end == adopted.term_end)
            })
            .collect();
        sort_stable_by_key(&mut bases, |(_, _, _, end)| *end != adopted.term_end);
        match bases.first() {
            Some((base, ..)) => adopted.parent_id = Some(base.clone()),
            None => errors.push(ImportError::new(
                *line,
                format!("{} is an add-on, but the file has no subscription of this customer it can belong to.", offer.name),
            )
            .saying(ImportProblem::AddOnWithoutBase {
                offer: offer.name.to_string(),
            })),
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
        term_plan: None,
        base_term_start: None,
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
