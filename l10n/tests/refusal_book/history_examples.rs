//! Every line of the history the app words: each label, each detail.

use super::{s, DAY};
use partnerdesk_core::base::say::*;

/// Every label of the history once, with and without its base subscription, and each detail.
pub fn history() -> Vec<HistoryLine> {
    use ActionLabel::*;
    use HistoryDetail::*;
    let labels = [
        CustomerCreated,
        CustomerEdited,
        TrialSignedUp,
        TrialConverted,
        SubscriptionPurchased,
        AddOnPurchased,
        LicensesChanged,
        CancelledSuspended,
        Cancelled,
        Suspended,
        ChangeScheduled,
        ScheduledChangeRemoved,
        Reactivated,
        AutoRenewChanged,
        FrequencyChanged,
        NicknameSet,
        ListPriceChanged,
        PriceListImported,
        SubscriptionRecorded,
        ActionUndone,
        CustomerDeleted,
    ];
    let mut all: Vec<HistoryLine> = labels
        .into_iter()
        .flat_map(|action| {
            [false, true].map(|with_base| HistoryLine {
                action,
                detail: Nothing,
                with_base,
            })
        })
        .collect();
    all.extend(details().into_iter().map(|detail| HistoryLine {
        action: LicensesChanged,
        detail,
        with_base: false,
    }));
    all
}

/// Each detail a history line can have.
fn details() -> Vec<HistoryDetail> {
    use HistoryDetail::*;
    let year = TermPlanWord {
        term: TermWord::OneYear,
        plan: Cadence::Annual,
        upfront: true,
    };
    let offer = || s("Offer X");
    vec![
        Price {
            offer: offer(),
            monthly: partnerdesk_core::Money::from_int(1234),
            from: DAY,
        },
        Recorded {
            offer: offer(),
            quantity: 5,
            cadence: Cadence::Annual,
            start: DAY,
            end: DAY,
        },
        PriceList {
            added: 1,
            changed: 2,
            retired: 3,
        },
        TrialOf { offer: offer() },
        ConvertedTo {
            offer: offer(),
            commitment: Commitment::Seats {
                quantity: 5,
                term_plan: year,
            },
        },
        Bought {
            offer: offer(),
            commitment: Commitment::Licenses {
                quantity: 5,
                cadence: Cadence::Monthly,
            },
        },
        Scheduled {
            offer: offer(),
            quantity: 5,
            term_plan: year,
        },
        AddOn {
            offer: offer(),
            quantity: 5,
        },
        AutoRenew { on: true },
        ToCadence {
            cadence: Cadence::Monthly,
        },
        ToSeats { quantity: 5 },
        ToLicenses { quantity: 5 },
        Nickname {
            nickname: s("Main"),
        },
        Undid {
            action: ActionLabel::LicensesChanged,
            on: DAY,
        },
    ]
}
