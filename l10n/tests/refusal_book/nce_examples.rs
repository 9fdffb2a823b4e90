//! One of every kind of new commerce refusal, named and dated as `examples` are.

use super::{s, DAY};
use partnerdesk_core::base::say::*;

pub fn nce_orders() -> Vec<Say> {
    use NceActionRefusal::*;
    use NceOrderRefusal::*;
    let offer = || s("Offer X");
    let year = TermPlanWord {
        term: TermWord::OneYear,
        plan: Cadence::Monthly,
        upfront: false,
    };
    let upfront = TermPlanWord {
        term: TermWord::ThreeYears,
        plan: Cadence::Triennial,
        upfront: true,
    };
    let mut all: Vec<Say> = vec![
        TrialNotBought { offer: offer() }.into(),
        AddOnFromBase { offer: offer() }.into(),
        NceOrderRefusal::NotAnAddOn { offer: offer() }.into(),
        NceOrderRefusal::AddOnNeedsActiveBase { offer: offer() }.into(),
        NotCoTermed {
            offer: offer(),
            term_plan: year,
        }
        .into(),
        NotATrial { offer: offer() }.into(),
        NceOrderRefusal::NoTrialsInChina.into(),
        TrialHadBefore { offer: offer() }.into(),
        OnlyTrialInProgressConverts.into(),
        ConvertsOnlyListed { trial: offer() }.into(),
        ConversionKeepsSeats {
            seats: 25,
            renewal: DAY,
        }
        .into(),
    ];
    let actions = [
        LegacyPricesDontApply,
        ChooseTermAndPlan,
        BaseHasNoTerm,
        NeedsSubscription,
        LacksOrderIds,
        NotNewCommerce,
        NoScheduledChange,
        DateOrder,
    ];
    all.extend(actions.into_iter().map(Say::from));
    all.extend(nce_offers(year, upfront));
    all.extend(nce_adoptions());
    all
}

fn nce_adoptions() -> Vec<Say> {
    use NceAdoptionRefusal::*;
    let offer = || s("Offer X");
    vec![
        NeedsTermAndPlan { offer: offer() }.into(),
        SeatsAtLeast {
            offer: offer(),
            minimum: 5,
        }
        .into(),
        MonthNotOver {
            billed_through: DAY,
            day: DAY,
        }
        .into(),
        TermStartsAfterFile {
            start: DAY,
            file_end: DAY,
        }
        .into(),
        TermExpired { end: DAY }.into(),
        TrialShape {
            offer: offer(),
            seats: 25,
            start: DAY,
            end: DAY,
        }
        .into(),
        TermEndsOn {
            term: TermWord::OneYear,
            start: DAY,
            end: DAY,
            not_on: DAY,
        }
        .into(),
        AddOnNeedsBase { offer: offer() }.into(),
    ]
}

fn nce_offers(year: TermPlanWord, upfront: TermPlanWord) -> Vec<Say> {
    use NceOfferRefusal::*;
    let offer = || s("Offer X");
    vec![
        NotOrderable {
            offer: offer(),
            from: DAY,
            to: Some(DAY),
            day: DAY,
        }
        .into(),
        NotSoldTo {
            offer: offer(),
            country: s("CC"),
        }
        .into(),
        SeatsAtLeast {
            offer: offer(),
            minimum: 5,
        }
        .into(),
        SeatsAtMost {
            offer: offer(),
            max: 300,
            held: 0,
            room: 300,
        }
        .into(),
        SeatsAtMost {
            offer: offer(),
            max: 300,
            held: 20,
            room: 280,
        }
        .into(),
        OfferLimit {
            offer: offer(),
            limit: 1,
            count: 1,
            ever: true,
        }
        .into(),
        OfferLimit {
            offer: offer(),
            limit: 1,
            count: 1,
            ever: false,
        }
        .into(),
        HasTargetAlready { offer: offer() }.into(),
        NotSoldAs {
            offer: offer(),
            term_plan: year,
            day: DAY,
            offered: vec![year, upfront],
        }
        .into(),
        NotSoldAs {
            offer: offer(),
            term_plan: upfront,
            day: DAY,
            offered: vec![],
        }
        .into(),
        NotInCatalog { offer_id: s("CC") }.into(),
    ]
}

pub fn nce_changes() -> Vec<Say> {
    use NceLifecycleRefusal::*;
    use NcePlanRefusal::*;
    use NceSeatsRefusal::*;
    let mut all: Vec<Say> = [
        TrialKeepsSeats,
        SeatsWhileSuspended,
        SeatsAlready { quantity: 12 },
        KeepsOneSeat {
            last_cancel: Some(DAY),
        },
        ReduceWindowClosed {
            last_closed: Some(DAY),
            renewal: DAY,
        },
        ReduceWindowClosed {
            last_closed: None,
            renewal: DAY,
        },
        OnlySomeSeatsRemovable {
            reducible: 3,
            day: DAY,
            until: Some(DAY),
            renewal: DAY,
        },
        TrialNotCancelled,
        CancelWindowClosed {
            start: DAY,
            last: Some(DAY),
            end: DAY,
        },
    ]
    .into_iter()
    .map(Say::from)
    .collect();
    let lifecycle = [
        Ended {
            state: SubState::Expired,
        },
        TrialNotSuspended,
        AlreadySuspended,
        ExpiredNotReactivated,
        NceLifecycleRefusal::OnlySuspendedReactivates,
        ReactivateBeforeAutoRenew,
        NceLifecycleRefusal::AutoRenewAlready { on: false },
        TrialConvertsIntoNothing,
        AutoRenewUntil { end: DAY },
    ];
    all.extend(lifecycle.into_iter().map(Say::from));
    let plans = [
        ScheduleNeedsActive,
        ScheduleNeedsAutoRenew,
        TrialConvertsOnlyListed {
            trial: s("Offer X"),
        },
        ScheduleKeepsOffer,
        RenewalChangesClosed { end: DAY },
        PlanNeedsActive,
        TrialHasNoPlan,
        OnlyThreeYearSwitches { renewal: DAY },
        MidTermChangesEnded {
            cutoff: DAY,
            renewal: DAY,
        },
        NcePlanRefusal::AlreadyBilled {
            cadence: Cadence::Triennial,
        },
        LastCycle { renewal: DAY },
    ];
    all.extend(plans.into_iter().map(Say::from));
    all
}
