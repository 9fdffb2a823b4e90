use super::{set_title, Upcoming};
use crate::clock::{display_date, use_clock};
use crate::settings::use_settings;
use leptos::prelude::*;
use partnerdesk_core::dates::billing_date_on_or_after;

#[component]
pub fn Dashboard() -> impl IntoView {
    set_title("Dashboard");
    let clock = use_clock();
    let settings = use_settings();
    let next_billing = move || {
        let day = settings.with(|s| s.billing_day);
        display_date(billing_date_on_or_after(clock.today(), day))
    };
    view! {
        <h1>"Dashboard"</h1>
        <dl class="facts">
            <dt>"Partner"</dt>
            <dd>{move || settings.with(|s| s.name.clone())}</dd>
            <dt>"Next billing date"</dt>
            <dd>{next_billing}</dd>
            <dt>"Rules profile"</dt>
            <dd>{move || settings.with(|s| s.profile.label())}</dd>
        </dl>
        <Upcoming
            what="Subscriptions, trials with their days left and upcoming invoices"
            release="partner-workflows"
        />
    }
}
