//! Refusals to check: every kind once with made-up figures (`examples`), and the ones a legacy
//! book gives when the rules refuse (`every_refusal_reached`).

mod history_examples;
mod imports;
mod nce_examples;
mod reached;
mod reached_nce;

pub use imports::{import_errors_reached, import_examples, skipped_rows_reached};
pub use reached::{book as legacy_book, every_refusal_reached, CUSTOMER, PAID};
pub use reached_nce::{book as nce_book, every_nce_refusal_reached};

use chrono::NaiveDate;
use partnerdesk_core::base::say::*;

pub const DAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();

fn s(text: &str) -> String {
    text.to_string()
}

/// One of every kind of refusal, its offers named "Offer X", customers "Customer Y", days
/// 11/29/2026.
pub fn examples() -> Vec<Say> {
    let mut all: Vec<Say> = Vec::new();
    all.extend(purchases().into_iter().map(Say::from));
    all.extend(trials().into_iter().map(Say::from));
    all.extend(adoptions().into_iter().map(Say::from));
    all.extend(changes());
    all.extend(book().into_iter().map(Say::from));
    all.extend(bounds().into_iter().map(Say::from));
    all.extend(history_examples::history().into_iter().map(Say::from));
    all.extend(nce_examples::nce_orders());
    all.extend(nce_examples::nce_changes());
    all
}

fn purchases() -> Vec<LegacyPurchaseRefusal> {
    use LegacyPurchaseRefusal::*;
    let offer = || s("Offer X");
    vec![
        IsTrialOffer { offer: offer() },
        IsAddOnBuyOnBase { offer: offer() },
        NotAnAddOn { offer: offer() },
        AddOnNeedsActiveBase,
        AddOnNeedsBaseOf {
            offer: offer(),
            bases: vec![s("Offer X")],
        },
        CannotBeBilled {
            offer: offer(),
            cadence: Cadence::Annual,
        },
        CannotBeBilledChoose {
            offer: offer(),
            cadence: Cadence::Annual,
            allowed: vec![Cadence::Monthly, Cadence::Triennial],
        },
        NoListPrice {
            offer: offer(),
            today: DAY,
        },
        SeatRange {
            offer: offer(),
            min: 1,
            max: 300,
        },
        NotOrderableOn {
            offer: offer(),
            from: DAY,
            to: Some(DAY),
            today: DAY,
        },
        SoldOnlyIn {
            offer: offer(),
            countries: vec![s("CC")],
            country: s("NL"),
        },
        LifetimeLimit {
            offer: offer(),
            limit: 1,
            had: 1,
        },
        ConcurrentLimit {
            offer: offer(),
            limit: 1,
        },
    ]
}

fn trials() -> Vec<LegacyTrialRefusal> {
    use LegacyTrialRefusal::*;
    let (offer, customer) = (|| s("Offer X"), || s("Customer Y"));
    vec![
        NotATrialOffer { offer: offer() },
        NoTrialsForAgreement,
        NoTrialsInChina,
        TrialAlreadyHad {
            customer: customer(),
            started: DAY,
        },
        OwnsTargetAlready {
            customer: customer(),
            owned: offer(),
        },
        OwnsOfferAlready {
            customer: customer(),
        },
        OnlyTrialConverts,
        ConvertedAlready { on: DAY },
        TrialExpired {
            expired: DAY,
            restore: vec![offer()],
        },
        NoConversionTarget {
            trial: offer(),
            compatible: vec![offer()],
            ends: DAY,
        },
        ConvertsOnlyTo {
            trial: offer(),
            targets: vec![offer()],
        },
    ]
}

fn adoptions() -> Vec<LegacyAdoptionRefusal> {
    use LegacyAdoptionRefusal::*;
    let offer = || s("Offer X");
    vec![
        TrialNothingToRecord { offer: offer() },
        NegativeUnitPrice,
        NotAnAddOnNoBase { offer: offer() },
        AddOnNeedsCustomersBase {
            offer: offer(),
            bases: vec![offer()],
        },
        TermMustLast12Months {
            start: DAY,
            end: DAY,
        },
        TermStartsAfterToday {
            start: DAY,
            today: DAY,
        },
        TermEndedSuspended { end: DAY },
        InvoiceAfterToday {
            billed_through: DAY,
            today: DAY,
        },
        SuspendedTooLong { suspended_on: DAY },
    ]
}

fn changes() -> Vec<Say> {
    use LegacyChangeRefusal::*;
    use LegacyPriceListRefusal::*;
    use LegacyRenewalRefusal::*;
    let mut all: Vec<Say> = [
        TrialCannotBeCancelled,
        TermEndedWhileSuspended { end: DAY },
        DeletedCannotComeBack {
            deleted_on: Some(DAY),
        },
        DeletedCannotComeBack { deleted_on: None },
        OnlySuspendedReactivates {
            state: SubState::Canceled,
        },
        ReactivateBaseFirst,
        TrialLicensesFixed,
        LicensesAlready { quantity: 12 },
        NoSuchLegacyAction,
    ]
    .into_iter()
    .map(Say::from)
    .collect();
    for act in [
        LegacyAct::Cancel,
        LegacyAct::ChangeFrequency,
        LegacyAct::ChangeLicenses,
    ] {
        for state in [SubState::Suspended, SubState::Deleted, SubState::Trial] {
            all.push(NotActive { state, act }.into());
        }
    }
    let renewals = [
        TrialNeverRenews,
        CannotRenewWhen {
            state: SubState::Expired,
        },
        AutoRenewAlready { on: true },
        AutoRenewAlready { on: false },
        TrialHasNoFrequency,
        FrequencyFixed2017,
        AddOnFollowsParent,
        BilledAlready {
            cadence: Cadence::Monthly,
        },
    ];
    all.extend(renewals.into_iter().map(Say::from));
    let prices = [
        NegativeListPrice,
        PriceChangeInPast { today: DAY },
        LineInCatalogAlready {
            line: 3,
            offer: s("Offer X"),
        },
        LineNotInCatalog {
            line: 3,
            offer_id: s("CC"),
        },
        LinePriceChangeInPast { line: 3 },
    ];
    all.extend(prices.into_iter().map(Say::from));
    all
}

fn book() -> Vec<BookRefusal> {
    use BookRefusal::*;
    let mut all = vec![
        OnlyMostRecentUndone,
        CreationNotUndone,
        InvoicedSince {
            taken: DAY,
            invoice: DAY,
        },
        CustomerHasSubscriptions,
        NoSuchSubscription,
        NoSuchOffer,
        SubscriptionIdTaken,
        NoSuchCustomer,
        CustomerIdTaken,
        DomainTaken { domain: s("CC") },
        NicknameTooLong { max: 50 },
        ProgramFixed {
            from: ProgramWord::Legacy,
            to: ProgramWord::NewCommerce,
        },
        ProgramFixed {
            from: ProgramWord::NewCommerce,
            to: ProgramWord::Legacy,
        },
        NotAnOrder,
        NotACorrection,
    ];
    for named in [
        HistoryDay::Today,
        HistoryDay::EffectiveDate,
        HistoryDay::ActionDate,
    ] {
        all.push(AfterToday {
            named,
            day: DAY,
            today: DAY,
        });
        all.push(BeforeLatest {
            named,
            day: DAY,
            last: DAY,
        });
    }
    all
}

fn bounds() -> Vec<BoundsRefusal> {
    use BoundsRefusal::*;
    let day = |named| DayOutside {
        named,
        day: DAY,
        first: DAY,
        last: DAY,
    };
    let price = |named| PriceOutside {
        named,
        max: partnerdesk_core::Money::from_int(1_000_000),
    };
    vec![
        day(DayNamed::Today),
        day(DayNamed::PriceFrom),
        day(DayNamed::TermStart),
        day(DayNamed::TermEnd),
        day(DayNamed::ValidFrom),
        day(DayNamed::ValidTo),
        price(PriceNamed::ListPrice),
        price(PriceNamed::ErpPrice),
        price(PriceNamed::UnitPrice),
        SeatsAtMost { max: 10_000 },
        AtLine {
            line: 3,
            refusal: Box::new(OfferSeats { max: 10_000 }),
        },
        AtLine {
            line: 4,
            refusal: Box::new(day(DayNamed::ValidTo)),
        },
    ]
}

/// Every storage failure, not stored and not recorded; the browser's reason "quota".
pub fn storage_examples() -> Vec<StorageProblem> {
    let failures = [
        StorageFailure::QuotaFull,
        StorageFailure::Unavailable { why: s("quota") },
        StorageFailure::Unreadable { why: s("quota") },
        StorageFailure::Other { why: s("quota") },
    ];
    failures
        .iter()
        .flat_map(|f| {
            [
                StorageProblem::NotStored(f.clone()),
                StorageProblem::NothingRecorded(f.clone()),
            ]
        })
        .collect()
}
