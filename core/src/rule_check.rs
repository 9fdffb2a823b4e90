//! Every command checked against every rule before it is recorded (SPEC §2–§7).
//! A refusal names the rule and says, in one sentence, what is wrong and what to do instead.

use crate::base::dates::{add_days, us_date};
use crate::base::rule_error::RuleError;
use crate::billing::derive::{derive_customer, Derived};
use crate::billing::legacy::REACTIVATION_DAYS;
use crate::model::book::Book;
use crate::model::catalog::{BillingFrequency, Catalog, LicenseAgreement, Offer, OfferLimit};
use crate::model::command::{Command, NewIds};
use crate::model::customer::Customer;
use crate::model::event::Event;
use crate::model::price_list_plan::PriceListPlan;
use crate::model::settings::RulesProfile;
use crate::model::subscription::{Status, SubscriptionView};
use chrono::NaiveDate;

const NICKNAME_MAX: usize = 50;

/// A command that the rules accepted, with what it sets off (add-ons following their base).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accepted {
    pub customer_id: Option<String>,
    pub command: Command,
    /// Index into the same list of the command this one follows from.
    pub caused_by: Option<usize>,
}

impl Book {
    /// The events `command` would record as of `today`, or the rule that refuses it.
    /// Nothing changes: previews use this.
    pub fn accept(&self, command: Command, today: NaiveDate) -> Result<Vec<Event>, RuleError> {
        let accepted = check(self, &command, today)?;
        let first_seq = self.events.last().map_or(1, |e| e.seq + 1);
        Ok(accepted
            .into_iter()
            .enumerate()
            .map(|(i, a)| Event {
                seq: first_seq + i as u64,
                date: today,
                customer_id: a.customer_id,
                caused_by: a.caused_by.map(|c| first_seq + c as u64),
                command: a.command,
            })
            .collect())
    }

    /// Checks `command` against every rule as of `today`; accepted, it is appended to the
    /// history with what it sets off, and the new events are returned. Refused, nothing changes.
    pub fn execute(&mut self, command: Command, today: NaiveDate) -> Result<Vec<Event>, RuleError> {
        let new = self.accept(command, today)?;
        self.events.extend(new.iter().cloned());
        Ok(new)
    }

    /// Runs `commands` as one action: all are recorded, or none (an import).
    /// A refusal names the index of the command refused.
    pub fn execute_all(
        &mut self,
        commands: Vec<Command>,
        today: NaiveDate,
    ) -> Result<Vec<Event>, (usize, RuleError)> {
        let mut trial = self.clone();
        let mut events = Vec::new();
        for (i, command) in commands.into_iter().enumerate() {
            events.extend(trial.execute(command, today).map_err(|e| (i, e))?);
        }
        *self = trial;
        Ok(events)
    }
}

/// What `command` records if the rules accept it as of `today`.
pub fn check(book: &Book, command: &Command, today: NaiveDate) -> Result<Vec<Accepted>, RuleError> {
    if let Some(last) = book.last_event_date().filter(|last| today < *last) {
        return Err(RuleError::new(
            "H1",
            format!(
                "Today ({}) is before the latest recorded action ({}); the history only moves forward, so move today to {} or later.",
                us_date(today),
                us_date(last),
                us_date(last)
            ),
        ));
    }
    let catalog = book.catalog_on(today);
    let one = |customer_id: &str| {
        Ok(vec![Accepted {
            customer_id: Some(customer_id.to_string()),
            command: command.clone(),
            caused_by: None,
        }])
    };
    match command {
        Command::CreateCustomer(c) => {
            check_customer_fields(c)?;
            if book.customer_of_id_exists(&c.id) {
                return Err(RuleError::new(
                    "input",
                    "A customer with this id exists already.",
                ));
            }
            check_unique_domain(book, c, today)?;
            one(&c.id)
        }
        Command::EditCustomer(c) => {
            check_customer_fields(c)?;
            if !book.has_customer(&c.id, today) {
                return Err(unknown_customer());
            }
            check_unique_domain(book, c, today)?;
            one(&c.id)
        }
        Command::SignUpTrial {
            ids,
            customer_id,
            offer_id,
        } => {
            let state = customer_state(book, customer_id, today)?;
            check_new_ids(book, ids)?;
            check_trial_sign_up(&state, &catalog, customer_id, offer_id, today)?;
            one(customer_id)
        }
        Command::ConvertTrial {
            subscription_id,
            target_offer_id,
            quantity,
            frequency,
        } => {
            let (state, sub) = subscription_state(book, subscription_id, today)?;
            check_conversion(
                &state,
                &catalog,
                &sub,
                target_offer_id,
                *quantity,
                *frequency,
                today,
            )?;
            one(&sub.customer_id)
        }
        Command::Purchase {
            ids,
            customer_id,
            offer_id,
            quantity,
            frequency,
            nickname,
        } => {
            let state = customer_state(book, customer_id, today)?;
            check_new_ids(book, ids)?;
            let offer = known_offer(&catalog, offer_id)?;
            if offer.is_trial() {
                return Err(RuleError::new(
                    "T6",
                    format!("{} is a trial offer: sign up for it on the catalog's Trials tab (billing frequency \"Trial offer\").", offer.name),
                ));
            }
            if offer.is_add_on() {
                return Err(RuleError::new(
                    "P4",
                    format!("{} is an add-on: buy it on the page of an active subscription of one of its prerequisite offers.", offer.name),
                ));
            }
            check_orderable(
                &state,
                &catalog,
                offer,
                customer_id,
                *quantity,
                Some(*frequency),
                today,
            )?;
            if let Some(n) = nickname {
                check_nickname(n)?;
            }
            one(customer_id)
        }
        Command::BuyAddOn {
            ids,
            parent_id,
            offer_id,
            quantity,
        } => {
            let (state, parent) = subscription_state(book, parent_id, today)?;
            check_new_ids(book, ids)?;
            let offer = known_offer(&catalog, offer_id)?;
            if !offer.is_add_on() {
                return Err(RuleError::new(
                    "P4",
                    format!("{} is not an add-on: buy it from the catalog.", offer.name),
                ));
            }
            if parent.status != Status::Active || parent.parent_id.is_some() {
                return Err(RuleError::new(
                    "A1",
                    "An add-on needs an active base subscription: reactivate the base first, or buy the add-on on another active base subscription.",
                ));
            }
            if !offer.prerequisites.contains(&parent.offer_id) {
                let names = offer_names(&catalog, &offer.prerequisites);
                return Err(RuleError::new(
                    "A1",
                    format!(
                        "{} needs a base subscription of {}; buy it on one of those.",
                        offer.name, names
                    ),
                ));
            }
            check_orderable(
                &state,
                &catalog,
                offer,
                &parent.customer_id,
                *quantity,
                parent.frequency,
                today,
            )?;
            one(&parent.customer_id)
        }
        Command::ChangeQuantity {
            subscription_id,
            quantity,
        } => {
            let (_, sub) = subscription_state(book, subscription_id, today)?;
            if sub.is_trial() {
                return Err(RuleError::new(
                    "T2",
                    "A trial has exactly 25 licenses that can't change; convert it to a paid subscription to choose the quantity.",
                ).at("quantity"));
            }
            require_active(&sub, "C5", "change its licenses")?;
            let offer = known_offer(&catalog, &sub.offer_id)?;
            check_seats(offer, *quantity)?;
            if *quantity == sub.quantity {
                return Err(RuleError::new(
                    "C5",
                    format!(
                        "The subscription already has {} licenses; enter a different quantity.",
                        sub.quantity
                    ),
                )
                .at("quantity"));
            }
            one(&sub.customer_id)
        }
        Command::Cancel { subscription_id } => {
            let (state, sub) = subscription_state(book, subscription_id, today)?;
            if sub.is_trial() {
                return Err(RuleError::new(
                    "T1",
                    "A trial is never billed and can't be cancelled: it ends by itself on its expiry date.",
                ));
            }
            require_active(&sub, "C8", "cancel it")?;
            let mut out = vec![Accepted {
                customer_id: Some(sub.customer_id.clone()),
                command: command.clone(),
                caused_by: None,
            }];
            for add_on in add_ons_of(&state, &sub.id).filter(|a| a.status == Status::Active) {
                out.push(Accepted {
                    customer_id: Some(sub.customer_id.clone()),
                    command: Command::Cancel {
                        subscription_id: add_on.id.clone(),
                    },
                    caused_by: Some(0),
                });
            }
            Ok(out)
        }
        Command::Reactivate { subscription_id } => {
            let (state, sub) = subscription_state(book, subscription_id, today)?;
            check_reactivation(&state, &sub, today)?;
            let mut out = vec![Accepted {
                customer_id: Some(sub.customer_id.clone()),
                command: command.clone(),
                caused_by: None,
            }];
            for add_on in add_ons_of(&state, &sub.id)
                .filter(|a| a.status == Status::Suspended && a.suspended_on == sub.suspended_on)
            {
                out.push(Accepted {
                    customer_id: Some(sub.customer_id.clone()),
                    command: Command::Reactivate {
                        subscription_id: add_on.id.clone(),
                    },
                    caused_by: Some(0),
                });
            }
            Ok(out)
        }
        Command::SetAutoRenew {
            subscription_id,
            on,
        } => {
            let (_, sub) = subscription_state(book, subscription_id, today)?;
            if sub.is_trial() {
                return Err(RuleError::new(
                    "T7",
                    "A trial never renews or converts by itself: convert it to a paid subscription first.",
                ));
            }
            if !sub.status.is_held() {
                return Err(RuleError::new(
                    "C11",
                    format!(
                        "The subscription is {}; only active or suspended subscriptions can renew.",
                        sub.status.label().to_lowercase()
                    ),
                ));
            }
            if sub.auto_renew == *on {
                return Err(RuleError::new(
                    "C11",
                    format!("Auto-renew is already {}.", if *on { "on" } else { "off" }),
                ));
            }
            one(&sub.customer_id)
        }
        Command::ChangeFrequency {
            subscription_id,
            frequency,
        } => {
            let (state, sub) = subscription_state(book, subscription_id, today)?;
            check_frequency_change(book.settings.profile, &catalog, &sub, *frequency)?;
            let mut out = vec![Accepted {
                customer_id: Some(sub.customer_id.clone()),
                command: command.clone(),
                caused_by: None,
            }];
            for add_on in add_ons_of(&state, &sub.id).filter(|a| a.status == Status::Active) {
                out.push(Accepted {
                    customer_id: Some(sub.customer_id.clone()),
                    command: Command::ChangeFrequency {
                        subscription_id: add_on.id.clone(),
                        frequency: *frequency,
                    },
                    caused_by: Some(0),
                });
            }
            Ok(out)
        }
        Command::SetNickname {
            subscription_id,
            nickname,
        } => {
            let (_, sub) = subscription_state(book, subscription_id, today)?;
            check_nickname(nickname)?;
            one(&sub.customer_id)
        }
        Command::ChangePrice {
            offer_id,
            from,
            monthly,
            erp,
        } => {
            known_offer(&catalog, offer_id)?;
            if monthly.is_negative() || erp.is_negative() {
                return Err(RuleError::new("P8", "A list price can't be negative.").at("monthly"));
            }
            if *from < today {
                return Err(RuleError::new(
                    "P8",
                    format!("A price change takes effect today or later, never on a billed past: choose {} or a later date.", us_date(today)),
                ).at("from"));
            }
            Ok(vec![Accepted {
                customer_id: None,
                command: command.clone(),
                caused_by: None,
            }])
        }
        Command::ImportPriceList(plan) => {
            check_price_list(&catalog, plan, today)?;
            Ok(vec![Accepted {
                customer_id: None,
                command: command.clone(),
                caused_by: None,
            }])
        }
    }
}

/// P8, P9: a confirmed plan still fits the catalog and changes nothing already billed.
fn check_price_list(
    catalog: &Catalog,
    plan: &PriceListPlan,
    today: NaiveDate,
) -> Result<(), RuleError> {
    if let Some(a) = plan
        .added
        .iter()
        .find(|a| catalog.offer(&a.offer.id).is_some())
    {
        return Err(RuleError::new(
            "P9",
            format!(
                "Line {}: {} is in the catalog already; mark the row CHG or UNC.",
                a.line, a.offer.name
            ),
        ));
    }
    let known = |id: &str, line: usize| {
        catalog.offer(id).map(|_| ()).ok_or_else(|| {
            RuleError::new(
                "P9",
                format!("Line {line}: offer {id} is not in the catalog; mark the row ADD."),
            )
        })
    };
    for c in &plan.changed {
        known(&c.new.offer_id, c.line)?;
        if c.new.from < today {
            return Err(RuleError::new(
                "P8",
                format!(
                    "Line {}: a price change takes effect today or later, never on a billed past.",
                    c.line
                ),
            ));
        }
    }
    for r in &plan.retired {
        known(&r.offer_id, r.line)?;
    }
    Ok(())
}

impl Book {
    /// True when the customer exists as of `today`.
    pub fn has_customer(&self, customer_id: &str, today: NaiveDate) -> bool {
        derive_customer(self, customer_id, today)
            .customers
            .iter()
            .any(|c| c.id == customer_id)
    }

    fn customer_of_id_exists(&self, id: &str) -> bool {
        self.events
            .iter()
            .any(|e| matches!(&e.command, Command::CreateCustomer(c) if c.id == id))
    }
}

fn unknown_customer() -> RuleError {
    RuleError::new(
        "input",
        "That customer doesn't exist; pick one from the customer list.",
    )
}

fn check_customer_fields(c: &Customer) -> Result<(), RuleError> {
    match c.validate().into_iter().next() {
        Some(e) => Err(RuleError::new("input", e.message).at(&e.field)),
        None => Ok(()),
    }
}

fn check_unique_domain(book: &Book, c: &Customer, today: NaiveDate) -> Result<(), RuleError> {
    let everyone = crate::billing::derive::derive_events(
        book,
        book.events.iter().filter(|e| {
            matches!(
                e.command,
                Command::CreateCustomer(_) | Command::EditCustomer(_)
            )
        }),
        today,
        today,
        None,
    );
    let taken = everyone
        .customers
        .iter()
        .any(|o| o.id != c.id && o.domain.eq_ignore_ascii_case(c.domain.trim()));
    if taken {
        return Err(RuleError::new(
            "input",
            format!(
                "Another customer already uses the domain {}; each customer has its own domain.",
                c.domain.trim()
            ),
        )
        .at("domain"));
    }
    Ok(())
}

fn customer_state(book: &Book, customer_id: &str, today: NaiveDate) -> Result<Derived, RuleError> {
    let state = derive_customer(book, customer_id, today);
    if state.customer(customer_id).is_none() {
        return Err(unknown_customer());
    }
    Ok(state)
}

fn subscription_state(
    book: &Book,
    subscription_id: &str,
    today: NaiveDate,
) -> Result<(Derived, SubscriptionView), RuleError> {
    let unknown = || {
        RuleError::new(
            "input",
            "That subscription doesn't exist; pick one from the customer's subscriptions.",
        )
    };
    let customer_id = book.customer_of(subscription_id).ok_or_else(unknown)?;
    let state = derive_customer(book, customer_id, today);
    let sub = state
        .subscription(subscription_id)
        .cloned()
        .ok_or_else(unknown)?;
    Ok((state, sub))
}

fn check_new_ids(book: &Book, ids: &NewIds) -> Result<(), RuleError> {
    if book.customer_of(&ids.subscription_id).is_some() {
        return Err(RuleError::new(
            "input",
            "A subscription with this id exists already; try again.",
        ));
    }
    Ok(())
}

fn known_offer<'a>(catalog: &'a Catalog, offer_id: &str) -> Result<&'a Offer, RuleError> {
    catalog.offer(offer_id).ok_or_else(|| {
        RuleError::new(
            "input",
            "That offer is not in the catalog; pick one from the catalog.",
        )
    })
}

fn offer_names(catalog: &Catalog, ids: &[String]) -> String {
    ids.iter()
        .filter_map(|id| catalog.offer(id).map(|o| o.name.clone()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn add_ons_of<'a>(
    state: &'a Derived,
    base_id: &'a str,
) -> impl Iterator<Item = &'a SubscriptionView> {
    state
        .subscriptions
        .iter()
        .filter(move |s| s.parent_id.as_deref() == Some(base_id))
}

fn require_active(sub: &SubscriptionView, rule: &str, what: &str) -> Result<(), RuleError> {
    if sub.status == Status::Active {
        return Ok(());
    }
    let hint = match sub.status {
        Status::Suspended => "reactivate it first",
        Status::Deleted | Status::Ended => "buy a new subscription instead",
        _ => "convert the trial first",
    };
    Err(RuleError::new(
        rule,
        format!(
            "The subscription is {}, so you can't {what}: {hint}.",
            sub.status.label().to_lowercase()
        ),
    ))
}

fn check_seats(offer: &Offer, quantity: u32) -> Result<(), RuleError> {
    if quantity < offer.min_seats || quantity > offer.max_seats {
        return Err(RuleError::new(
            "P6",
            format!(
                "{} takes {} to {} licenses; enter a quantity in that range.",
                offer.name, offer.min_seats, offer.max_seats
            ),
        )
        .at("quantity"));
    }
    Ok(())
}

fn check_nickname(nickname: &str) -> Result<(), RuleError> {
    if nickname.trim().chars().count() > NICKNAME_MAX {
        return Err(RuleError::new(
            "input",
            format!("A nickname can have at most {NICKNAME_MAX} characters."),
        )
        .at("nickname"));
    }
    Ok(())
}

/// P2, P5, P6, P7 for a purchase, an add-on or a conversion target.
fn check_orderable(
    state: &Derived,
    catalog: &Catalog,
    offer: &Offer,
    customer_id: &str,
    quantity: u32,
    frequency: Option<BillingFrequency>,
    today: NaiveDate,
) -> Result<(), RuleError> {
    if let Some(f) = frequency.filter(|f| !offer.allows(*f)) {
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
        .at("frequency"));
    }
    check_seats(offer, quantity)?;
    check_valid_for(state, offer, customer_id, today)?;
    if catalog.monthly_price_on(&offer.id, today).is_none() {
        return Err(RuleError::new(
            "P8",
            format!(
                "{} has no list price on {}; add a price first.",
                offer.name,
                us_date(today)
            ),
        ));
    }
    check_limit(state, offer, customer_id, &offer.id)
}

/// P7: the offer's dates and countries.
fn check_valid_for(
    state: &Derived,
    offer: &Offer,
    customer_id: &str,
    today: NaiveDate,
) -> Result<(), RuleError> {
    if !offer.is_valid_on(today) {
        let until = offer.valid_to.map(us_date).unwrap_or_default();
        return Err(RuleError::new(
            "P7",
            format!(
                "{} can be ordered from {}{}; it can't be ordered on {}.",
                offer.name,
                us_date(offer.valid_from),
                if until.is_empty() {
                    String::new()
                } else {
                    format!(" to {until}")
                },
                us_date(today)
            ),
        ));
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
        ));
    }
    Ok(())
}

/// P5 (and T3, trials being Lifetime 1): counted over the customer's subscriptions.
fn check_limit(
    state: &Derived,
    offer: &Offer,
    customer_id: &str,
    offer_id: &str,
) -> Result<(), RuleError> {
    let of_offer = || {
        state.subscriptions_of(customer_id).filter(move |s| {
            s.offer_id == offer_id || s.trial.as_ref().is_some_and(|t| t.offer_id == offer_id)
        })
    };
    match offer.limit {
        OfferLimit::None => Ok(()),
        OfferLimit::Lifetime(n) if of_offer().count() >= n as usize => Err(RuleError::new(
            "P5",
            format!("{} is limited to {n} subscription(s) per customer, ever (Lifetime {n}), and this customer has had {}; choose another offer.", offer.name, of_offer().count()),
        )),
        OfferLimit::Concurrent(n) if of_offer().filter(|s| s.status.is_held()).count() >= n as usize => Err(RuleError::new(
            "P5",
            format!("{} is limited to {n} subscription(s) at once per customer (Concurrent {n}), suspended ones included until deleted; change the licenses of the existing one instead.", offer.name),
        )),
        _ => Ok(()),
    }
}

fn check_trial_sign_up(
    state: &Derived,
    catalog: &Catalog,
    customer_id: &str,
    offer_id: &str,
    today: NaiveDate,
) -> Result<(), RuleError> {
    let offer = known_offer(catalog, offer_id)?;
    if !offer.is_trial() {
        return Err(RuleError::new(
            "T6",
            format!(
                "{} is not a trial offer; pick one on the catalog's Trials tab, or buy it.",
                offer.name
            ),
        ));
    }
    if offer.agreement != LicenseAgreement::Corporate {
        return Err(RuleError::new(
            "T5",
            "There are no trials for government or education offers; buy the offer instead.",
        ));
    }
    let customer = state.customer(customer_id).ok_or_else(unknown_customer)?;
    if customer.country == "CN" {
        return Err(RuleError::new(
            "T5",
            "Trials are not available to customers in China; buy the offer instead.",
        ));
    }
    check_valid_for(state, offer, customer_id, today)?;
    if let Some(earlier) = state
        .subscriptions_of(customer_id)
        .find(|s| s.trial.as_ref().is_some_and(|t| t.offer_id == offer_id))
    {
        let started = earlier
            .trial
            .as_ref()
            .map(|t| us_date(t.started))
            .unwrap_or_default();
        return Err(RuleError::new(
            "T3",
            format!("{} already had this trial (started {started}); a customer gets one trial per offer, ever, so buy the offer instead.", customer.company_name),
        ));
    }
    if let Some(owned) = state.subscriptions_of(customer_id).find(|s| {
        s.status.is_held() && s.trial.is_none() && offer.conversion_targets.contains(&s.offer_id)
    }) {
        let name = catalog
            .offer(&owned.offer_id)
            .map(|o| o.name.clone())
            .unwrap_or_default();
        return Err(RuleError::new(
            "T4",
            format!("{} already owns {name}, so it can't get its trial; add licenses to the existing subscription instead.", customer.company_name),
        ));
    }
    let held_converted = state.subscriptions_of(customer_id).any(|s| {
        s.status.is_held() && s.trial.is_some() && offer.conversion_targets.contains(&s.offer_id)
    });
    if held_converted {
        return Err(RuleError::new(
            "T4",
            format!(
                "{} already owns this offer, so it can't get its trial; add licenses instead.",
                customer.company_name
            ),
        ));
    }
    Ok(())
}

fn check_conversion(
    state: &Derived,
    catalog: &Catalog,
    sub: &SubscriptionView,
    target_offer_id: &str,
    quantity: u32,
    frequency: BillingFrequency,
    today: NaiveDate,
) -> Result<(), RuleError> {
    let Some(trial) = sub.trial.as_ref() else {
        return Err(RuleError::new(
            "T8",
            "Only a trial can be converted; this is a paid subscription.",
        ));
    };
    if let Some(on) = trial.converted_on {
        return Err(RuleError::new(
            "T8",
            format!(
                "This trial was converted on {} already; manage the paid subscription instead.",
                us_date(on)
            ),
        ));
    }
    let trial_offer = known_offer(catalog, &trial.offer_id)?;
    if sub.status == Status::Expired {
        let restore = offer_names(
            catalog,
            if trial_offer.conversion_targets.is_empty() {
                &trial_offer.compatible_offers
            } else {
                &trial_offer.conversion_targets
            },
        );
        return Err(RuleError::new(
            "T11",
            format!("The trial expired on {} and can't be converted or reactivated; buy {restore} to restore the customer's data.", us_date(trial.expires)),
        ));
    }
    if trial_offer.conversion_targets.is_empty() {
        return Err(RuleError::new(
            "T12",
            format!("{} has no conversion target; buy a compatible offer ({}) before the trial ends on {}.",
                trial_offer.name, offer_names(catalog, &trial_offer.compatible_offers), us_date(trial.expires)),
        ));
    }
    if !trial_offer
        .conversion_targets
        .iter()
        .any(|t| t == target_offer_id)
    {
        return Err(RuleError::new(
            "T8",
            format!(
                "{} converts only to {}; pick one of those.",
                trial_offer.name,
                offer_names(catalog, &trial_offer.conversion_targets)
            ),
        )
        .at("target"));
    }
    let target = known_offer(catalog, target_offer_id)?;
    let others = Derived {
        subscriptions: state
            .subscriptions
            .iter()
            .filter(|s| s.id != sub.id)
            .cloned()
            .collect(),
        ..state.clone()
    };
    check_orderable(
        &others,
        catalog,
        target,
        &sub.customer_id,
        quantity,
        Some(frequency),
        today,
    )
}

fn check_reactivation(
    state: &Derived,
    sub: &SubscriptionView,
    today: NaiveDate,
) -> Result<(), RuleError> {
    match sub.status {
        Status::Suspended => {}
        Status::Deleted => {
            let since = sub
                .suspended_on
                .map(|s| us_date(add_days(s, REACTIVATION_DAYS + 1)))
                .unwrap_or_default();
            return Err(RuleError::new(
                "C10",
                format!("The subscription was deleted on {since}, more than 90 days after its cancellation, and can't come back; buy a new subscription."),
            ));
        }
        other => {
            return Err(RuleError::new(
                "C10",
                format!(
                    "Only a suspended subscription can be reactivated; this one is {}.",
                    other.label().to_lowercase()
                ),
            ));
        }
    }
    if let Some(term) = sub.term.filter(|t| today > t.end) {
        return Err(RuleError::new(
            "C10",
            format!("The subscription's term ended on {} while it was suspended; buy a new subscription.", us_date(term.end)),
        ));
    }
    if let Some(parent) = sub.parent_id.as_deref().and_then(|p| state.subscription(p)) {
        if parent.status != Status::Active {
            return Err(RuleError::new(
                "A1",
                "An add-on needs an active base subscription: reactivate the base subscription first.",
            ));
        }
    }
    Ok(())
}

fn check_frequency_change(
    profile: RulesProfile,
    catalog: &Catalog,
    sub: &SubscriptionView,
    frequency: BillingFrequency,
) -> Result<(), RuleError> {
    if sub.is_trial() {
        return Err(RuleError::new(
            "T13",
            "A trial has no billing frequency to change; choose the frequency when you convert it.",
        ));
    }
    if profile == RulesProfile::P2017 {
        return Err(RuleError::new(
            "C12",
            "Under the 2017 rules the billing frequency can't change after purchase; buy a new subscription with the other frequency.",
        ));
    }
    if sub.parent_id.is_some() {
        return Err(RuleError::new(
            "A2",
            "An add-on always has its parent's billing frequency; change the parent's frequency instead.",
        ));
    }
    require_active(sub, "C12", "change its billing frequency")?;
    if sub.frequency == Some(frequency) {
        return Err(RuleError::new(
            "C12",
            format!(
                "The subscription is billed {} already.",
                frequency.label().to_lowercase()
            ),
        )
        .at("frequency"));
    }
    let offer = known_offer(catalog, &sub.offer_id)?;
    if !offer.allows(frequency) {
        return Err(RuleError::new(
            "P2",
            format!(
                "{} can't be billed {}.",
                offer.name,
                frequency.label().to_lowercase()
            ),
        )
        .at("frequency"));
    }
    Ok(())
}
