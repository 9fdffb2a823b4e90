//! What Billing lists of a derivation (R1): the invoices issued up to today, newest first, the
//! upcoming one as it stands, and the invoice shown by default. Worked out once per derivation.

use super::dashboard::upcoming_summary;
use crate::billing::derive::Derived;
use crate::billing::derive_change::Change;
use crate::billing::invoice::InvoiceSummary;
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvoiceList {
    /// Newest first.
    pub issued: Vec<InvoiceSummary>,
    pub upcoming: InvoiceSummary,
}

impl InvoiceList {
    /// The latest issued invoice, or the upcoming one while none is issued.
    pub fn latest_date(&self) -> NaiveDate {
        self.issued
            .first()
            .map_or(self.upcoming.billing_date, |s| s.billing_date)
    }

    /// Whether `date` is one of the listed invoices'.
    pub fn lists(&self, date: NaiveDate) -> bool {
        date == self.upcoming.billing_date || self.issued.iter().any(|s| s.billing_date == date)
    }
}

pub fn invoice_list(state: &Derived) -> InvoiceList {
    let mut issued = state.invoice_summaries();
    issued.reverse();
    InvoiceList {
        issued,
        upcoming: upcoming_summary(state),
    }
}

/// `invoice_list(state)` from `previous`, the list of the derivation `state` was patched from
/// with `change`: the invoices billed before the first changed date are kept, not summed again.
pub fn invoice_list_again(previous: &InvoiceList, state: &Derived, change: &Change) -> InvoiceList {
    let from = change.first_date().unwrap_or(NaiveDate::MAX);
    let mut issued = state.invoice_summaries_from(from);
    issued.reverse();
    let kept = previous.issued.iter().filter(|s| s.billing_date < from);
    issued.extend(kept.cloned());
    InvoiceList {
        issued,
        upcoming: upcoming_summary(state),
    }
}
