//! What a partner must know about a trial that Partner Center never says: an expired trial's
//! data comes back with a purchase (T11), and a trial without a conversion target can only be
//! followed by a compatible offer (T12).

use crate::forms::why_link::WhyLink;
use crate::state::language::use_language;
use leptos::prelude::*;
use partnerdesk_core::model::subscription::Status;
use partnerdesk_core::reports::dashboard::TrialRow;
use partnerdesk_l10n::CustomerText;

#[component]
pub fn TrialNote(row: TrialRow) -> impl IntoView {
    let language = use_language();
    let offers = row.next_offers.join(", ");
    let (text, rule) = match (row.status, row.has_conversion_target) {
        (Status::Expired, _) => (CustomerText::TrialExpiredNote, "T11"),
        (_, false) => (CustomerText::TrialNoTarget, "T12"),
        _ => (CustomerText::TrialConverts, "T8"),
    };
    view! {
        <p class="note">
            {move || language.get().fill(text, &[&offers])}
            <WhyLink rule=rule />
        </p>
    }
}
