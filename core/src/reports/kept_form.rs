//! The dashboard's figures in the kept text form (`base::kept_form`): the cockpit, the board of
//! either program and their rows, each written and read field by field in declaration order
//! by the one field writer and reader; the statuses, term plans and profiles they name are
//! kept as their position in the type's list of all of them.

use super::board::Board;
use super::cockpit::{ChartMonth, Cockpit, MonthKind};
use super::dashboard::{Dashboard, DateRow, TrialRow};
use super::nce_dashboard::{ConversionRow, NceDashboard, RefusedRow, Row, Window, WindowRow};
use crate::base::kept_form::{kept_fields, FieldReader, FieldWriter, KeptForm};
use crate::model::nce::term::TermPlan;
use crate::model::settings::RulesProfile;
use crate::model::status::Status;

const MONTH_KINDS: [MonthKind; 3] = [
    MonthKind::Invoiced,
    MonthKind::Upcoming,
    MonthKind::Forecast,
];

/// Kept as its position in `ALL`.
macro_rules! kept_as_choice {
    ($($kind:ty => $all:expr),*) => {$(
        impl KeptForm for $kind {
            fn write(&self, to: &mut FieldWriter) {
                to.put_choice(self, &$all);
            }

            fn read(from: &mut FieldReader) -> Option<Self> {
                from.get_choice(&$all)
            }
        }
    )*};
}

kept_as_choice!(
    Status => Status::ALL,
    TermPlan => TermPlan::ALL,
    RulesProfile => RulesProfile::ALL,
    MonthKind => MONTH_KINDS
);

kept_fields! {
    Cockpit {
        customers, active_subscriptions, seats, monthly_recurring, next_invoice_number,
        next_invoice_date, next_invoice_total, trials_ending, windows_closing, months
    }
    ChartMonth { month, kind, total, height }
    Dashboard {
        trials, trials_ending_soon, expired_trials, renewals, nearing_deletion,
        next_invoice_date, next_invoice_total
    }
    TrialRow {
        subscription_id, customer_id, customer_name, offer_name, started, expires, days_left,
        status, ending_soon, next_offers, has_conversion_target
    }
    DateRow { subscription_id, customer_id, customer_name, offer_name, date, days }
    NceDashboard {
        windows_closing, conversions, renewals, refused, expired_trials, next_invoice_number,
        next_invoice_date, next_invoice_total
    }
    Row { subscription_id, customer_id, customer_name, offer_name, date, days }
    WindowRow { row, window }
    ConversionRow { row, target_name, term_plan, seats, first_charge }
    RefusedRow { row, why }
}

/// The program first (`false` license-based, `true` new commerce), then its board.
impl KeptForm for Board {
    fn write(&self, to: &mut FieldWriter) {
        match self {
            Board::LicenseBased(board) => to.put(&false).put(board),
            Board::NewCommerce(board) => to.put(&true).put(board),
        };
    }

    fn read(from: &mut FieldReader) -> Option<Board> {
        match from.get::<bool>()? {
            false => from.get().map(Board::LicenseBased),
            true => from.get().map(Board::NewCommerce),
        }
    }
}

/// The seats to remove when the window is a seat reduction's, none for a cancellation's.
impl KeptForm for Window {
    fn write(&self, to: &mut FieldWriter) {
        let seats = match self {
            Window::SeatReduction { seats } => Some(*seats),
            Window::Cancellation => None,
        };
        to.put(&seats);
    }

    fn read(from: &mut FieldReader) -> Option<Window> {
        Some(match from.get()? {
            Some(seats) => Window::SeatReduction { seats },
            None => Window::Cancellation,
        })
    }
}
