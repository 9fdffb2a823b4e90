//! What a partner must know about a trial that Partner Center never says: an expired trial's
//! data comes back with a purchase (T11), and a trial without a conversion target can only be
//! followed by a compatible offer (T12).

use crate::forms::why_link::WhyLink;
use leptos::prelude::*;
use partnerdesk_core::model::subscription::Status;
use partnerdesk_core::reports::dashboard::TrialRow;

#[component]
pub fn TrialNote(row: TrialRow) -> impl IntoView {
    let offers = row.next_offers.join(", ");
    match (row.status, row.has_conversion_target) {
        (Status::Expired, _) => view! {
            <p class="note">
                "Expired: it can't be used or reactivated. Its data is kept and can be restored by a purchase of "
                {offers} " for this customer." <WhyLink rule="T11" />
            </p>
        }
        .into_any(),
        (_, false) => view! {
            <p class="note">
                "No conversion target: this trial runs until it expires. To keep its services, buy a compatible offer before then: "
                {offers} "." <WhyLink rule="T12" />
            </p>
        }
        .into_any(),
        _ => view! {
            <p class="note">"Converts to " {offers} " at any time before it expires." <WhyLink rule="T8" /></p>
        }
        .into_any(),
    }
}
