//! How a subscription starts: a trial sign-up, a purchase or a trial's conversion, an add-on
//! (SPEC T1, T8, C1, C3, A2, A3; the profile's free period).

use super::lines::Charge;
use super::notes;
use super::open_period::OpenPeriod;
use super::Replayer;
use crate::base::dates::{add_days, days_inclusive};
use crate::billing::legacy::proration::Priced;
use crate::billing::legacy::{TRIAL_DAYS, TRIAL_LICENSES};
use crate::model::catalog::{BillingFrequency, BillingType};
use crate::model::charge_line::ChargeType;
use crate::model::command::Command;
use crate::model::event::Event;
use crate::model::subscription::{Status, SubscriptionView, TrialInfo};
use chrono::NaiveDate;

/// The subscription a first event creates: a trial sign-up, a purchase or an add-on.
pub(super) fn initial_view(first: &Event) -> Option<SubscriptionView> {
    let (ids, customer_id, offer_id, parent_id) = match &first.command {
        Command::SignUpTrial {
            ids,
            customer_id,
            offer_id,
        }
        | Command::Purchase {
            ids,
            customer_id,
            offer_id,
            ..
        } => (ids, customer_id.clone(), offer_id, None),
        Command::BuyAddOn {
            ids,
            parent_id,
            offer_id,
            ..
        } => (
            ids,
            first.customer_id.clone()?,
            offer_id,
            Some(parent_id.clone()),
        ),
        Command::AdoptSubscription(a) => (
            &a.ids,
            a.customer_id.clone(),
            &a.offer_id,
            a.parent_id.clone(),
        ),
        _ => return None,
    };
    Some(SubscriptionView {
        id: ids.subscription_id.clone(),
        billing_id: ids.billing_id.clone(),
        order_id: ids.order_id.clone(),
        customer_id,
        offer_id: offer_id.clone(),
        nickname: None,
        quantity: 0,
        frequency: None,
        status: Status::Active,
        created: first.date,
        term: None,
        unit_price: None,
        auto_renew: true,
        parent_id,
        trial: None,
        suspended_on: None,
        pending_changes: Vec::new(),
        nce: None,
    })
}

impl Replayer<'_> {
    pub(super) fn sign_up_trial(&mut self, day: NaiveDate, offer_id: &str) {
        self.view.status = Status::Trial;
        self.view.quantity = TRIAL_LICENSES;
        let expires = add_days(day, TRIAL_DAYS);
        self.view.trial = Some(TrialInfo {
            offer_id: offer_id.to_string(),
            started: day,
            expires,
            converted_on: None,
        });
        self.notes.add(day, || notes::trial(expires));
    }

    pub(super) fn convert_trial(
        &mut self,
        day: NaiveDate,
        target_offer_id: &str,
        quantity: u32,
        frequency: BillingFrequency,
    ) {
        if let Some(trial) = self.view.trial.as_mut() {
            trial.converted_on = Some(day);
        }
        self.start_paid(day, target_offer_id, quantity, frequency);
    }

    /// Takes on `offer_id`: its id on the lines, and whether it bills on usage instead.
    pub(super) fn hold_offer(&mut self, offer_id: &str) {
        self.view.offer_id = offer_id.to_string();
        let usage = self
            .input
            .catalog
            .offer(offer_id)
            .is_some_and(|o| o.billing_type == BillingType::Usage);
        self.lines
            .hold_offer(&self.view.id, &self.view.customer_id, offer_id, usage);
    }

    /// A purchase or a trial conversion on `day` (C1, C3, T8; the profile's free period).
    pub(super) fn start_paid(
        &mut self,
        day: NaiveDate,
        offer_id: &str,
        quantity: u32,
        frequency: BillingFrequency,
    ) {
        self.view.status = Status::Active;
        self.hold_offer(offer_id);
        self.view.quantity = quantity;
        self.view.unit_price = Some(self.price_on(offer_id, day));
        let term = self
            .profile
            .purchase_term(day, frequency, self.input.billing_day);
        let free_period = self.profile.free_period_before_term(frequency);
        // A free period is not part of the first period's price basis.
        let first_basis_start = if free_period { term.start } else { day };
        self.set_term(day, term, first_basis_start);
        self.first_30_days_from = term.start;
        if free_period && day < term.start {
            self.start_free_period(day, term.start, quantity);
        } else {
            // C3: the first period in full, charged from the purchase day.
            self.start_period(day, self.profile.first_charge(frequency), 0);
        }
        let first_billed_on = self.lines.billed_on(day);
        self.notes
            .add(day, || notes::purchase(&term, first_billed_on));
    }

    /// The $0 "Purchase fee" line of the days before the term, which is charged from its start.
    fn start_free_period(&mut self, day: NaiveDate, term_start: NaiveDate, quantity: u32) {
        self.free_until = Some(term_start);
        self.write(Charge {
            charge_type: ChargeType::PurchaseFee,
            start: day,
            end: add_days(term_start, -1),
            priced: Priced::zero(),
            quantity,
            billed_for: day,
        });
    }

    /// An add-on aligned to its base's term and periods (A2, A3).
    pub(super) fn start_add_on(&mut self, day: NaiveDate, offer_id: &str, quantity: u32) {
        self.view.quantity = quantity;
        self.hold_offer(offer_id);
        self.view.unit_price = Some(self.price_on(offer_id, day));
        let Some(&base_term) = self.base.and_then(|b| b.term_on(day)) else {
            return;
        };
        self.set_term(day, base_term.term, base_term.first_basis_start);
        self.first_30_days_from = day;
        if day < base_term.term.start && self.profile.add_on_free_before_term() {
            self.free_until = Some(base_term.term.start);
            return;
        }
        let Some(calendar) = self.calendar else {
            return;
        };
        let period = calendar.period_containing(day);
        self.open = Some(OpenPeriod::new(period, day, quantity));
        let days = days_inclusive(day, period.end);
        let priced = self.profile.prorate(self.basis(&period), days, quantity);
        self.bill_for_period(Charge {
            charge_type: ChargeType::ProratePurchase,
            start: day,
            end: period.end,
            priced,
            quantity,
            billed_for: day,
        });
        let renewal = base_term.term.renewal_date();
        self.notes.add(day, || {
            notes::add_on(priced.amount, day, period.end, renewal)
        });
    }
}
