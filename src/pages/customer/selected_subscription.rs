//! The subscription the partner chose to manage: its details and actions, the open action's
//! form, and its own history.

use super::history::HistoryList;
use super::open_forms::OpenForms;
use super::sub_action::SubAction;
use super::subscription_panel::{SubscriptionActionForm, SubscriptionDetails};
use crate::state::book_state::use_book;
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use crate::state::views::use_views;
use leptos::prelude::*;
use partnerdesk_core::billing::derive::Derived;
use partnerdesk_l10n::CustomerText;

#[component]
pub fn SelectedSubscription(state: Memo<Derived>, open: OpenForms) -> impl IntoView {
    let book = use_book();
    let views = use_views();
    let settings = use_settings();
    let language = use_language();
    let selected_sub = Memo::new(move |_| {
        let sid = open.selected.get()?;
        state.with(|s| s.subscription(&sid).cloned())
    });
    let on_action = Callback::new(move |a: SubAction| open.open_sub_action(a));
    let details = move || {
        // Drawn again in the new language when it changes: its figures are written once.
        language.get();
        selected_sub.get().map(|sub| {
            view! {
                <SubscriptionDetails
                    sub
                    state=state.get()
                    catalog=book.catalog().get()
                    profile=settings.with(|s| s.profile)
                    current=open.sub_action
                    on_action
                />
            }
        })
    };
    let on_done = Callback::new(move |message: String| open.done(message));
    let on_close = Callback::new(move |()| open.close());
    let action_form = move || {
        let action = open.sub_action.get()?;
        let sub = open.selected.with(|sid| {
            let sid = sid.as_ref()?;
            state.with_untracked(|s| s.subscription(sid).cloned())
        })?;
        Some(view! { <SubscriptionActionForm sub action on_done on_close /> })
    };
    let sub_history = move || {
        selected_sub.get().map(|sub| {
            let customer_events = views.customer_events(&sub.customer_id);
            let events = book.with(|b| b.subscription_events(&sub.id).cloned().collect());
            let title = language.now().text(CustomerText::SubscriptionHistory);
            view! {
                <h3>{language.tr(CustomerText::SubscriptionHistory)}</h3>
                <HistoryList
                    label=title.to_string()
                    events
                    customer_events
                    catalog=book.catalog().get()
                    today=book.today()
                />
            }
        })
    };
    view! {
        <section class="subscription-panel" aria-label=language.tr(CustomerText::SelectedSubscription)>
            {details}
            {action_form}
            {sub_history}
        </section>
    }
}
