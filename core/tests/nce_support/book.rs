//! A profile 2022 book driven through `Book::execute` with the commands a partner's actions
//! record, beside the one-subscription engine runs of the other tests.

use super::{nce, PARTNER, SUB};
use partnerdesk_core::billing::derive::{derive, Derived};
use partnerdesk_core::billing::nce::action::{Creation, Dated, NceAction};
use partnerdesk_core::model::book::Book;
use partnerdesk_core::model::charge_line::ChargeLine;
use partnerdesk_core::model::command::{Command, NewIds};
use partnerdesk_core::model::customer::{Customer, Segment};
use partnerdesk_core::model::nce::offer::NceCatalog;
use partnerdesk_core::model::sample_catalog::sample_catalog;
use partnerdesk_core::model::settings::{PartnerSettings, RulesProfile};
use partnerdesk_core::NaiveDate;

pub const CUSTOMER: &str = "9b2d7c1a-5e6f-4a3b-8c9d-0e1f2a3b4c5d";

pub fn contoso(id: &str, domain: &str) -> Customer {
    Customer {
        id: id.into(),
        company_name: "Contoso, Ltd.".into(),
        domain: domain.into(),
        country: "DE".into(),
        segment: Segment::Commercial,
        reseller_mpn_id: None,
    }
}

/// A profile 2022 book on `catalog` with Contoso as its customer from `since`.
pub fn nce_book(catalog: &NceCatalog, since: NaiveDate) -> Book {
    let mut settings = PartnerSettings::new(PARTNER.into());
    settings.mpn_id = "4390934".into();
    settings.currency = "EUR".into();
    settings.profile = RulesProfile::P2022;
    let mut book = Book::new(settings, sample_catalog());
    book.nce_catalog = Some(catalog.clone());
    book.execute(
        Command::CreateCustomer(contoso(CUSTOMER, "contoso.onmicrosoft.com")),
        since,
    )
    .expect("a new customer");
    book
}

fn new_ids(subscription_id: &str, order_id: &str, reference_id: Option<String>) -> NewIds {
    NewIds {
        subscription_id: subscription_id.into(),
        billing_id: subscription_id.into(),
        order_id: order_id.into(),
        reference_id,
    }
}

/// The command a creating action records.
pub fn creation_command(creation: &Creation) -> Command {
    match creation {
        Creation::Purchase {
            subscription_id,
            ids,
            offer_id,
            term_plan,
            quantity,
        } => Command::Purchase {
            ids: new_ids(
                subscription_id,
                &ids.order_id,
                Some(ids.reference_id.clone()),
            ),
            customer_id: CUSTOMER.into(),
            offer_id: offer_id.clone(),
            quantity: *quantity,
            frequency: term_plan.plan.frequency(),
            nickname: None,
            term_plan: Some(*term_plan),
        },
        Creation::TrialSignUp {
            subscription_id,
            order_id,
            offer_id,
        } => Command::SignUpTrial {
            ids: new_ids(subscription_id, order_id, None),
            customer_id: CUSTOMER.into(),
            offer_id: offer_id.clone(),
        },
        Creation::AddOn { .. } => unimplemented!("add-ons are bought with BuyAddOn directly"),
        Creation::Adopt(_) => unimplemented!("adoptions are recorded from a file's plan"),
    }
}

/// The command an action on the subscription `SUB` records.
pub fn action_command(action: &NceAction) -> Command {
    let subscription_id = SUB.to_string();
    match action.clone() {
        NceAction::ChangeQuantity { quantity, ids } => Command::ChangeQuantity {
            subscription_id,
            quantity,
            order: Some(ids),
        },
        NceAction::Cancel { ids } => Command::Cancel {
            subscription_id,
            order: Some(ids),
        },
        NceAction::Suspend => Command::Suspend { subscription_id },
        NceAction::Reactivate => Command::Reactivate { subscription_id },
        NceAction::SetAutoRenew { on } => Command::SetAutoRenew {
            subscription_id,
            on,
        },
        NceAction::ScheduleChange(change) => Command::ScheduleChange {
            subscription_id,
            change,
        },
        NceAction::CancelScheduledChange => Command::CancelScheduledChange { subscription_id },
        NceAction::ChangeBillingPlan { plan, order_id } => Command::ChangeFrequency {
            subscription_id,
            frequency: plan.frequency(),
            order_id: Some(order_id),
        },
        NceAction::ConvertTrial {
            target_offer_id,
            term_plan,
            quantity,
            ids,
        } => Command::ConvertTrial {
            subscription_id,
            target_offer_id,
            quantity,
            frequency: term_plan.plan.frequency(),
            term_plan: Some(term_plan),
            order: Some(ids),
        },
    }
}

/// The book after the creation and the actions, each executed on its day; the indexes of
/// the actions the rules refused.
pub fn book_after(
    catalog: &NceCatalog,
    creation: &Dated<Creation>,
    actions: &[Dated<NceAction>],
) -> (Book, Vec<usize>) {
    let mut book = nce_book(catalog, creation.day);
    book.execute(creation_command(&creation.action), creation.day)
        .expect("the creation is allowed");
    let refused = actions
        .iter()
        .enumerate()
        .filter(|(_, a)| book.execute(action_command(&a.action), a.day).is_err())
        .map(|(i, _)| i)
        .collect();
    (book, refused)
}

/// The book derived as of `today`: every line up to the invoice of today's month.
pub fn derived(book: &Book, today: NaiveDate) -> Derived {
    derive(book, today)
}

/// The lines of one subscription, in the order they arose.
pub fn lines_of<'a>(state: &'a Derived, subscription_id: &str) -> Vec<&'a ChargeLine> {
    let mut lines: Vec<&ChargeLine> = state
        .lines
        .iter()
        .filter(|l| &*l.subscription_id == subscription_id)
        .collect();
    lines.sort_by_key(|l| (l.order_date(), nce(l).event));
    lines
}
