//! The customer's own actions: edit it, sign it up for a trial, buy a subscription; the open
//! form, and what the last action did.

use super::corrections::{DeleteForm, UndoForm};
use super::open_forms::{CustomerAction, OpenForms};
use crate::components::customer_form::CustomerForm;
use crate::components::nce_purchase_form::NcePurchaseForm;
use crate::components::purchase_forms::PurchaseForm;
use crate::components::trial_forms::TrialSignUpForm;
use crate::state::language::use_language;
use crate::state::program::use_program;
use leptos::prelude::*;
use partnerdesk_core::billing::engine::Program;
use partnerdesk_core::model::customer::Customer;
use partnerdesk_l10n::CustomerText;

#[component]
pub fn CustomerActions(
    id: Memo<String>,
    customer: Memo<Option<Customer>>,
    open: OpenForms,
) -> impl IntoView {
    let language = use_language();
    let buttons = move || {
        CustomerAction::ALL
            .into_iter()
            .map(|a| {
                view! {
                    <button
                        type="button"
                        aria-pressed=move || (open.customer_form.get() == Some(a)).to_string()
                        on:click=move |_| open.open_customer_form(a)
                    >
                        {language.tr(a.label())}
                    </button>
                }
            })
            .collect_view()
    };
    let catalog_link = move || format!("/catalog?customer={}", id.get());
    view! {
        <div class="actions" role="group" aria-label=language.tr(CustomerText::ActionsForCustomer)>
            {buttons}
            <a href=catalog_link>{language.tr(CustomerText::BuyFromCatalog)}</a>
        </div>
        <CustomerActionForm id customer open />
        <p id="customer-status" class="status" class:success=move || open.status.with(Option::is_some) role="status" tabindex="-1">{move || open.status.get()}</p>
    }
}

#[component]
fn CustomerActionForm(
    id: Memo<String>,
    customer: Memo<Option<Customer>>,
    open: OpenForms,
) -> impl IntoView {
    let done = Callback::new(move |message: String| open.done(message));
    let close = Callback::new(move |()| open.close());
    let program = use_program();
    let language = use_language();
    move || {
        open.customer_form.get().map(|a| {
            let cid = id.get_untracked();
            let form = match a {
                CustomerAction::Edit => view! {
                    <CustomerForm
                        existing=customer.get_untracked()
                        on_saved=Callback::new(move |_| done.run(language.now().text(CustomerText::CustomerSaved).into()))
                        on_close=Some(close)
                    />
                }
                .into_any(),
                CustomerAction::SignUpTrial => view! {
                    <TrialSignUpForm prefix="trial" customer_id=cid on_done=done on_close=Some(close) />
                }
                .into_any(),
                CustomerAction::Purchase => match program.get_untracked() {
                    Program::LicenseBased => view! {
                        <PurchaseForm prefix="purchase" customer_id=cid on_done=done on_close=Some(close) />
                    }
                    .into_any(),
                    Program::NewCommerce => view! {
                        <NcePurchaseForm prefix="purchase" customer_id=cid on_done=done on_close=Some(close) />
                    }
                    .into_any(),
                },
                CustomerAction::Undo => view! {
                    <UndoForm customer_id=cid on_done=done on_close=close />
                }
                .into_any(),
                CustomerAction::Delete => view! {
                    <DeleteForm customer_id=cid on_close=close />
                }
                .into_any(),
            };
            view! {
                <section class="action-form" aria-labelledby="customer-action-heading">
                    <h2 id="customer-action-heading">{language.tr(a.label())}</h2>
                    {form}
                </section>
            }
        })
    }
}
