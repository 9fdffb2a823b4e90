//! N1: terms, billing plans and the six combinations an offer can be sold in.

use crate::base::say::{Cadence, TermPlanWord, TermWord};
use crate::model::catalog::BillingFrequency;
use serde::{Deserialize, Serialize};

/// The commitment length of a subscription's term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Term {
    P1M,
    P1Y,
    P3Y,
}

impl Term {
    pub const ALL: [Term; 3] = [Term::P1M, Term::P1Y, Term::P3Y];

    pub fn months(self) -> i32 {
        match self {
            Term::P1M => 1,
            Term::P1Y => 12,
            Term::P3Y => 36,
        }
    }

    /// The reconciliation file's TermAndBillingCycle text (R6, column 30).
    pub fn recon_text(self) -> &'static str {
        match self {
            Term::P1M => "One-Month commitment for monthly billing",
            Term::P1Y => "One-Year commitment for monthly/yearly billing",
            Term::P3Y => "Three-Year commitment for monthly/yearly billing",
        }
    }

    /// How a partner names the term in a form.
    pub fn label(self) -> &'static str {
        match self {
            Term::P1M => "1 month",
            Term::P1Y => "1 year",
            Term::P3Y => "3 years",
        }
    }
}

/// How often a term is charged. Trials have no plan (`Option<BillingPlan>` is `None`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum BillingPlan {
    Monthly,
    Annual,
    Triennial,
}

impl BillingPlan {
    pub fn months(self) -> i32 {
        match self {
            BillingPlan::Monthly => 1,
            BillingPlan::Annual => 12,
            BillingPlan::Triennial => 36,
        }
    }

    /// The legacy frequency a plan is closest to, for what reads only legacy fields: a
    /// triennial plan is billed no more often than yearly.
    pub fn frequency(self) -> BillingFrequency {
        match self {
            BillingPlan::Monthly => BillingFrequency::Monthly,
            BillingPlan::Annual | BillingPlan::Triennial => BillingFrequency::Annual,
        }
    }

    /// The plan a legacy frequency names: what a billing-plan change (N21) asks for.
    pub fn of_frequency(frequency: BillingFrequency) -> BillingPlan {
        match frequency {
            BillingFrequency::Monthly => BillingPlan::Monthly,
            BillingFrequency::Annual => BillingPlan::Annual,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            BillingPlan::Monthly => "Monthly",
            BillingPlan::Annual => "Annual",
            BillingPlan::Triennial => "Triennial",
        }
    }
}

/// One of the six term and plan combinations of N1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TermPlan {
    pub term: Term,
    pub plan: BillingPlan,
}

impl TermPlan {
    pub const ALL: [TermPlan; 6] = [
        TermPlan::of(Term::P1M, BillingPlan::Monthly),
        TermPlan::of(Term::P1Y, BillingPlan::Annual),
        TermPlan::of(Term::P1Y, BillingPlan::Monthly),
        TermPlan::of(Term::P3Y, BillingPlan::Triennial),
        TermPlan::of(Term::P3Y, BillingPlan::Annual),
        TermPlan::of(Term::P3Y, BillingPlan::Monthly),
    ];

    const fn of(term: Term, plan: BillingPlan) -> TermPlan {
        TermPlan { term, plan }
    }

    /// The combination, when N1 has it: a plan never longer than its term.
    pub fn new(term: Term, plan: BillingPlan) -> Option<TermPlan> {
        TermPlan::ALL
            .into_iter()
            .find(|tp| tp.term == term && tp.plan == plan)
    }

    /// A short key naming the combination in a form's value, such as "P1Y-Monthly".
    pub fn key(self) -> String {
        format!("{:?}-{:?}", self.term, self.plan)
    }

    /// The combination a form's value names.
    pub fn from_key(key: &str) -> Option<TermPlan> {
        TermPlan::ALL.into_iter().find(|tp| tp.key() == key)
    }

    /// The plan's length equals the term's: one charge for the whole term.
    pub fn is_upfront(self) -> bool {
        self.term.months() == self.plan.months()
    }

    /// The reconciliation file's BillingFrequency text (R6, column 35): blank when upfront.
    pub fn recon_frequency(self) -> &'static str {
        if self.is_upfront() {
            ""
        } else {
            self.plan.label()
        }
    }

    /// "1 year, billed monthly", as a form lists it.
    pub fn label(self) -> String {
        if self.is_upfront() {
            format!("{}, paid up front", self.term.label())
        } else {
            format!(
                "{}, billed {}",
                self.term.label(),
                self.plan.label().to_lowercase()
            )
        }
    }
}

impl From<Term> for TermWord {
    fn from(term: Term) -> TermWord {
        match term {
            Term::P1M => TermWord::OneMonth,
            Term::P1Y => TermWord::OneYear,
            Term::P3Y => TermWord::ThreeYears,
        }
    }
}

impl From<TermPlan> for TermPlanWord {
    fn from(term_plan: TermPlan) -> TermPlanWord {
        TermPlanWord {
            term: term_plan.term.into(),
            plan: term_plan.plan.into(),
            upfront: term_plan.is_upfront(),
        }
    }
}

impl From<BillingPlan> for Cadence {
    fn from(plan: BillingPlan) -> Cadence {
        match plan {
            BillingPlan::Monthly => Cadence::Monthly,
            BillingPlan::Annual => Cadence::Annual,
            BillingPlan::Triennial => Cadence::Triennial,
        }
    }
}
