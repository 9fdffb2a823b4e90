//! The end of a term (SPEC C11, A3): a renewal at the list price of the renewal day, with the
//! base's new term for an add-on, or the end of the subscription.

use super::Replayer;
use crate::billing::legacy::calendar::term_from;
use crate::model::charge_line::ChargeType;
use crate::model::subscription::Status;
use chrono::NaiveDate;

impl Replayer<'_> {
    /// C11: an active subscription with auto-renew on renews (an add-on only when its base
    /// renewed that day); otherwise it ends, or its periods stop while it is suspended.
    pub(super) fn renew_or_end(&mut self, day: NaiveDate) {
        let base_renewed = self.base.is_none_or(|b| b.renewals.contains(&day));
        match self.view.status {
            Status::Active if self.view.auto_renew && base_renewed => self.renew(day),
            Status::Active => self.view.status = Status::Ended,
            _ => self.term_ran_out = true,
        }
    }

    /// A new term on `day` at that day's list price, the base's term for an add-on.
    fn renew(&mut self, day: NaiveDate) {
        let term = match self.base.and_then(|b| b.term_on(day)) {
            Some(base_term) => base_term.term,
            None => {
                let old = self.term();
                term_from(day, old.anchor_day, old.frequency)
            }
        };
        if let Some(price) = self
            .input
            .catalog
            .monthly_price_on(&self.view.offer_id, day)
        {
            self.view.unit_price = Some(price);
        }
        self.set_term(day, term, day);
        self.terms.renewals.push(day);
        self.start_period(day, ChargeType::RenewFee, 0);
    }
}
