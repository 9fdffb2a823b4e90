//! The core's named values (a status, a billing frequency, a segment, a term and plan) in the
//! partner's language. The core keeps its English labels for files and parsing; people read
//! these.

use crate::forms::controls::frequency_label;
use partnerdesk_core::model::catalog::BillingFrequency;
use partnerdesk_core::model::customer::Segment;
use partnerdesk_core::model::nce::term::{BillingPlan, Term, TermPlan};
use partnerdesk_core::model::subscription::{Status, SubscriptionView};
use partnerdesk_l10n::{CommonText, Lang};

pub fn status_word(status: Status) -> CommonText {
    match status {
        Status::Trial => CommonText::StatusTrial,
        Status::Expired => CommonText::StatusExpired,
        Status::Active => CommonText::StatusActive,
        Status::Suspended => CommonText::StatusSuspended,
        Status::Deleted => CommonText::StatusDeleted,
        Status::Ended => CommonText::StatusEnded,
        Status::Canceled => CommonText::StatusCanceled,
        Status::Disabled => CommonText::StatusDisabled,
    }
}

/// A subscription's frequency; a trial has none.
pub fn frequency_word(frequency: Option<BillingFrequency>) -> CommonText {
    frequency.map_or(CommonText::NoneTrial, frequency_label)
}

pub fn plan_word(plan: BillingPlan) -> CommonText {
    match plan {
        BillingPlan::Monthly => CommonText::Monthly,
        BillingPlan::Annual => CommonText::Annual,
        BillingPlan::Triennial => CommonText::Triennial,
    }
}

pub fn segment_word(segment: Segment) -> CommonText {
    match segment {
        Segment::Commercial => CommonText::SegmentCommercial,
        Segment::Education => CommonText::SegmentEducation,
        Segment::Government => CommonText::SegmentGovernment,
        Segment::Nonprofit => CommonText::SegmentNonprofit,
    }
}

/// A new commerce term and plan: "1 year, billed monthly", "1 month, paid up front".
pub fn term_plan_words(lang: Lang, term_plan: TermPlan) -> String {
    let term = lang.text(match term_plan.term {
        Term::P1M => CommonText::TermOneMonth,
        Term::P1Y => CommonText::TermOneYear,
        Term::P3Y => CommonText::TermThreeYears,
    });
    let how = match term_plan.plan {
        _ if term_plan.is_upfront() => CommonText::PaidUpFront,
        BillingPlan::Monthly => CommonText::BilledMonthly,
        BillingPlan::Annual => CommonText::BilledAnnual,
        BillingPlan::Triennial => CommonText::BilledTriennial,
    };
    lang.fill(how, &[term])
}

/// How a subscription is billed: its new commerce term and plan, or its legacy frequency.
pub fn billing_words(lang: Lang, sub: &SubscriptionView) -> String {
    match sub.nce.as_deref() {
        Some(nce) => nce.term_plan.map_or_else(
            || lang.text(CommonText::NoneTrial).to_string(),
            |tp| term_plan_words(lang, tp),
        ),
        None => lang.text(frequency_word(sub.frequency)).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// English keeps the core's labels, which e2e tests and files read.
    #[test]
    fn english_words_are_the_cores_labels() {
        for tp in TermPlan::ALL {
            assert_eq!(term_plan_words(Lang::En, tp), tp.label());
        }
        for segment in Segment::ALL {
            assert_eq!(Lang::En.text(segment_word(segment)), segment.label());
        }
        for f in [BillingFrequency::Monthly, BillingFrequency::Annual] {
            assert_eq!(Lang::En.text(frequency_word(Some(f))), f.label());
        }
        let tp = TermPlan {
            term: Term::P3Y,
            plan: BillingPlan::Annual,
        };
        assert_eq!(
            term_plan_words(Lang::De, tp),
            "3 Jahre, jährlich abgerechnet"
        );
    }
}
