//! `/customers/:id`: one customer's subscriptions page. Trials beside paid subscriptions (T10),
//! every action with its preview, this customer's lines on the next invoice and its history.
//! Only this customer's events are derived (`derive_customer`), whatever the book's size.

use super::set_title;
use crate::book_state::use_book;
use crate::components::book_notice::BookNotice;
use crate::components::charge_lines::ChargeLinesTable;
use crate::components::customer_form::CustomerForm;
use crate::components::format::{date_text, money_text};
use crate::components::history::HistoryList;
use crate::components::purchase_forms::PurchaseForm;
use crate::components::subscription_panel::{
    SubAction, SubscriptionActionForm, SubscriptionDetails,
};
use crate::components::subscriptions_table::SubscriptionsTable;
use crate::components::trial_forms::TrialSignUpForm;
use crate::settings::use_settings;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// The customer-level forms; one form (of these or of a subscription) is open at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CustomerAction {
    Edit,
    SignUpTrial,
    Purchase,
}

impl CustomerAction {
    fn label(self) -> &'static str {
        match self {
            CustomerAction::Edit => "Edit customer",
            CustomerAction::SignUpTrial => "Sign up for a trial",
            CustomerAction::Purchase => "Purchase a subscription",
        }
    }
}

fn focus(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(id) {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

#[component]
pub fn Customer() -> impl IntoView {
    set_title("Customer");
    let book = use_book();
    let settings = use_settings();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let state = Memo::new(move |_| book.customer(&id.get()));
    let customer = Memo::new(move |_| state.with(|s| s.customer(&id.get()).cloned()));
    let exists = Memo::new(move |_| customer.with(Option::is_some));

    let customer_form = RwSignal::new(None::<CustomerAction>);
    let selected = RwSignal::new(None::<String>);
    let sub_action = RwSignal::new(None::<SubAction>);
    let status = RwSignal::new(None::<String>);

    // Another customer's page reuses this view: start it clean.
    Effect::new(move |previous: Option<String>| {
        let now = id.get();
        if previous.is_some_and(|p| p != now) {
            customer_form.set(None);
            selected.set(None);
            sub_action.set(None);
            status.set(None);
        }
        now
    });
    Effect::new(move |_| {
        if let Some(c) = customer.get() {
            set_title(&c.company_name);
        }
    });

    // The form closes with the button that had focus: focus goes to what happened instead.
    let done = Callback::new(move |message: String| {
        status.set(Some(message));
        customer_form.set(None);
        sub_action.set(None);
        focus("customer-status");
    });
    let close = Callback::new(move |()| {
        customer_form.set(None);
        sub_action.set(None);
    });
    let manage = Callback::new(move |sub_id: String| {
        customer_form.set(None);
        sub_action.set(None);
        selected.set(Some(sub_id));
        focus("subscription-heading");
    });
    let open_sub_action = Callback::new(move |a: SubAction| {
        customer_form.set(None);
        status.set(None);
        sub_action.set(Some(a));
    });

    let heading = move || customer.with(|c| c.as_ref().map(|c| c.company_name.clone()));
    let facts = move || {
        customer.get().map(|c| {
            let reseller = c.reseller_mpn_id.map_or("Sold directly".to_string(), |r| {
                format!("Reseller MPN id {r}")
            });
            view! {
                <p class="customer-facts">
                    {c.domain} " · " {c.country} " · " {c.segment.label()} " · " {reseller}
                </p>
            }
        })
    };
    let customer_buttons = move || {
        [
            CustomerAction::Edit,
            CustomerAction::SignUpTrial,
            CustomerAction::Purchase,
        ]
        .into_iter()
        .map(|a| {
            view! {
                <button
                    type="button"
                    aria-pressed=move || (customer_form.get() == Some(a)).to_string()
                    on:click=move |_| {
                        sub_action.set(None);
                        status.set(None);
                        customer_form.set(Some(a));
                    }
                >
                    {a.label()}
                </button>
            }
        })
        .collect_view()
    };
    let catalog_link = move || format!("/catalog?customer={}", id.get());
    let customer_action_form = move || {
        customer_form.get().map(|a| {
            let cid = id.get_untracked();
            let form = match a {
                CustomerAction::Edit => view! {
                    <CustomerForm
                        existing=customer.get_untracked()
                        on_saved=Callback::new(move |_| done.run("Customer saved.".into()))
                        on_close=Some(close)
                    />
                }
                .into_any(),
                CustomerAction::SignUpTrial => view! {
                    <TrialSignUpForm prefix="trial" customer_id=cid on_done=done on_close=Some(close) />
                }
                .into_any(),
                CustomerAction::Purchase => view! {
                    <PurchaseForm prefix="purchase" customer_id=cid on_done=done on_close=Some(close) />
                }
                .into_any(),
            };
            view! {
                <section class="action-form" aria-labelledby="customer-action-heading">
                    <h2 id="customer-action-heading">{a.label()}</h2>
                    {form}
                </section>
            }
        })
    };
    let table = move || {
        view! {
            <SubscriptionsTable state=state.get() catalog=book.catalog().get() on_manage=manage />
        }
    };
    let selected_sub = Memo::new(move |_| {
        let sid = selected.get()?;
        state.with(|s| s.subscription(&sid).cloned())
    });
    let details = move || {
        selected_sub.get().map(|sub| {
            view! {
                <SubscriptionDetails
                    sub
                    state=state.get()
                    catalog=book.catalog().get()
                    profile=settings.with(|s| s.profile)
                    current=sub_action
                    on_action=open_sub_action
                />
            }
        })
    };
    let action_form = move || {
        let action = sub_action.get()?;
        let sub = selected.with(|sid| {
            let sid = sid.as_ref()?;
            state.with_untracked(|s| s.subscription(sid).cloned())
        })?;
        Some(view! { <SubscriptionActionForm sub action on_done=done on_close=close /> })
    };
    let sub_history = move || {
        selected_sub.get().map(|sub| {
            let events = book.with(|b| b.subscription_events(&sub.id).cloned().collect::<Vec<_>>());
            view! {
                <h3>"History of this subscription"</h3>
                <HistoryList
                    label="History of this subscription".to_string()
                    events
                    catalog=book.catalog().get()
                    today=book.today()
                />
            }
        })
    };
    let next_invoice = move || {
        let currency = settings.with(|s| s.currency.clone());
        state.with(|s| {
            let invoice = s.upcoming_invoice();
            let date = date_text(invoice.billing_date);
            let total = format!("{} {currency}", money_text(invoice.total));
            let lines = (!invoice.lines.is_empty()).then(|| {
                view! {
                    <ChargeLinesTable
                        caption=format!("This customer's charge lines on the invoice of {date}")
                        lines=invoice.lines
                        catalog=book.catalog().get()
                        currency=currency.clone()
                    />
                }
            });
            view! {
                <p>
                    "Invoice date " <strong>{date.clone()}</strong> ": "
                    <strong class="invoice-total">{total}</strong> " for this customer."
                </p>
                {lines}
            }
        })
    };
    let history = move || {
        let cid = id.get();
        let events = book.with(|b| b.customer_events(&cid).cloned().collect::<Vec<_>>());
        view! {
            <HistoryList
                label="History of this customer".to_string()
                events
                catalog=book.catalog().get()
                today=book.today()
            />
        }
    };

    let missing = move || {
        view! {
            <h1>"Customer " {move || id.get()}</h1>
            <p role="status">
                "No customer has this id as of today. It may have been created after the date today is moved to."
            </p>
            <p><A href="/customers">"Back to Customers"</A></p>
        }
    };
    view! {
        <Show when=move || exists.get() fallback=missing>
            <p class="breadcrumb"><A href="/customers">"Customers"</A></p>
            <h1>{heading}</h1>
            <BookNotice />
            {facts}
            <div class="actions" role="group" aria-label="Actions for this customer">
                {customer_buttons}
                <a href=catalog_link>"Buy from the catalog"</a>
            </div>
            {customer_action_form}
            <p id="customer-status" class="status" role="status" tabindex="-1">{move || status.get()}</p>
            <section aria-labelledby="subscriptions-heading">
                <h2 id="subscriptions-heading">"Subscriptions"</h2>
                {table}
            </section>
            <section class="subscription-panel" aria-label="Selected subscription">
                {details}
                {action_form}
                {sub_history}
            </section>
            <section aria-labelledby="next-invoice-heading">
                <h2 id="next-invoice-heading">"Next invoice"</h2>
                {next_invoice}
            </section>
            <section aria-labelledby="history-heading">
                <h2 id="history-heading">"History"</h2>
                {history}
            </section>
        </Show>
    }
}
