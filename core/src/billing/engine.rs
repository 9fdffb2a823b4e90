//! The billing seam: what a rules profile decides about money and dates, behind one trait and
//! chosen by `billing_engine`. A profile replays one subscription's events into its view and its
//! charge lines, and says when invoices fall and how they are numbered. The legacy profiles
//! share one engine (`legacy`), their differences behind `LegacyProfile`; a new family of rules
//! is a new engine and one arm of `billing_engine`.

use crate::base::say::PreviewNote;
use crate::model::book::Book;
use crate::model::catalog::Catalog;
use crate::model::charge_line::ChargeLine;
use crate::model::customer::Customer;
use crate::model::event::Event;
use crate::model::nce::offer::NceCatalog;
use crate::model::subscription::{SubscriptionView, Term};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The program a profile bills under: what kind of subscriptions, invoices and reconciliation
/// files its books have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Program {
    /// License-based (SPEC §1–§10): profiles 2018 and 2017.
    LicenseBased,
    /// New commerce (SPEC-NCE §11): profile 2022.
    NewCommerce,
}

pub trait BillingEngine: Sync {
    fn program(&self) -> Program;

    /// The book's offers as of `today` in the shape every profile shares: what names and
    /// relates them in tables, the history and the dashboard.
    fn offers(&self, book: &Book, today: NaiveDate) -> Catalog;

    /// Replays each subscription's events (in order) into its view as of `input.today` and its
    /// lines, in the order the subscriptions are given (the order they began). A subscription
    /// whose first event starts none is left out.
    fn replay_all(
        &self,
        subscriptions: &[SubscriptionEvents<'_>],
        input: &ReplayInput<'_>,
    ) -> Vec<Replay>;

    /// The billing date of the next invoice after `today`: how far lines are derived.
    fn upcoming_billing_date(&self, today: NaiveDate, billing_day: u32) -> NaiveDate;

    /// The latest billing date whose invoice is final as of `today`: invoices up to it are the
    /// issued ones.
    fn closed_through(&self, today: NaiveDate) -> NaiveDate;

    /// The last billing date a preview derives lines for: far enough to show what a command
    /// sets off later.
    fn preview_horizon(&self, today: NaiveDate, billing_day: u32) -> NaiveDate;

    fn invoice_number(&self, billing_date: NaiveDate) -> String;

    fn due_date(&self, billing_date: NaiveDate) -> NaiveDate;
}

/// One subscription's events, in order.
pub struct SubscriptionEvents<'a> {
    pub id: &'a str,
    pub events: Vec<&'a Event>,
}

/// What a replay needs besides the subscriptions' own events.
pub struct ReplayInput<'a> {
    pub billing_day: u32,
    /// The namespace of ids derived for lines no action made (new commerce, N28).
    pub partner_id: &'a str,
    /// Percent of a line's subtotal added as tax where the profile's invoice totals include it.
    pub tax_percent: Decimal,
    /// The catalog with every accepted price change applied.
    pub catalog: &'a Catalog,
    /// The new commerce catalog (profile 2022).
    pub nce_catalog: &'a NceCatalog,
    /// The customers the subscriptions belong to, as derived.
    pub customers: &'a [Customer],
    /// The day whose state the view shows.
    pub today: NaiveDate,
    /// Lines billed after this date are not produced.
    pub horizon: NaiveDate,
    /// Lines billed before this date are not kept (NaiveDate::MIN keeps every line).
    pub lines_from: NaiveDate,
    /// Explain the money of the events of this day in words (for previews).
    pub explain_on: Option<NaiveDate>,
}

/// One subscription replayed.
pub struct Replay {
    pub view: SubscriptionView,
    pub lines: Vec<ChargeLine>,
    /// The explanations of `ReplayInput::explain_on`'s events.
    pub notes: Vec<PreviewNote>,
    /// Its terms and renewals, for its add-ons to follow.
    pub terms: BaseTerms,
}

/// What a base subscription's replay tells its add-ons (SPEC A3): the terms in force and the
/// days it renewed.
#[derive(Clone, Debug, Default)]
pub struct BaseTerms {
    pub terms: Vec<TermInForce>,
    pub renewals: Vec<NaiveDate>,
}

/// A term in force from a day on, with where its first period's price basis starts.
#[derive(Clone, Copy, Debug)]
pub struct TermInForce {
    pub from: NaiveDate,
    pub term: Term,
    pub first_basis_start: NaiveDate,
}

impl BaseTerms {
    /// The term in force on `day`.
    pub fn term_on(&self, day: NaiveDate) -> Option<&TermInForce> {
        self.terms.iter().rev().find(|t| t.from <= day)
    }
}
