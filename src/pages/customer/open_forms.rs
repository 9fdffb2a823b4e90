//! Which form of the customer's page is open, and what the partner was last told: one form at
//! a time, the customer's or a subscription's.

use super::sub_action::SubAction;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use partnerdesk_l10n::CustomerText;

/// The customer-level forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CustomerAction {
    Edit,
    SignUpTrial,
    Purchase,
    Undo,
    Delete,
}

impl CustomerAction {
    pub const ALL: [CustomerAction; 5] = [
        CustomerAction::Edit,
        CustomerAction::SignUpTrial,
        CustomerAction::Purchase,
        CustomerAction::Undo,
        CustomerAction::Delete,
    ];

    pub fn label(self) -> CustomerText {
        match self {
            CustomerAction::Edit => CustomerText::EditCustomer,
            CustomerAction::SignUpTrial => CustomerText::SignUpTrial,
            CustomerAction::Purchase => CustomerText::PurchaseSubscription,
            CustomerAction::Undo => CustomerText::UndoLast,
            CustomerAction::Delete => CustomerText::DeleteCustomer,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct OpenForms {
    pub customer_form: RwSignal<Option<CustomerAction>>,
    /// The subscription whose details are shown.
    pub selected: RwSignal<Option<String>>,
    pub sub_action: RwSignal<Option<SubAction>>,
    pub status: RwSignal<Option<String>>,
}

/// Nothing open, nothing said yet.
impl Default for OpenForms {
    fn default() -> OpenForms {
        OpenForms {
            customer_form: RwSignal::new(None),
            selected: RwSignal::new(None),
            sub_action: RwSignal::new(None),
            status: RwSignal::new(None),
        }
    }
}

impl OpenForms {
    /// Nothing open, nothing said: another customer's page.
    pub fn reset(&self) {
        self.customer_form.set(None);
        self.selected.set(None);
        self.sub_action.set(None);
        self.status.set(None);
    }

    /// An action was recorded. The form closes with the button that had focus: focus goes to
    /// what happened instead.
    pub fn done(&self, message: String) {
        self.status.set(Some(message));
        self.close();
        focus("customer-status");
    }

    pub fn close(&self) {
        self.customer_form.set(None);
        self.sub_action.set(None);
    }

    /// Shows a subscription's details and actions.
    pub fn manage(&self, sub_id: String) {
        self.close();
        self.selected.set(Some(sub_id));
        focus("subscription-heading");
    }

    /// Opens a subscription's form, and puts focus on its first control.
    pub fn open_sub_action(&self, action: SubAction) {
        self.customer_form.set(None);
        self.status.set(None);
        self.sub_action.set(Some(action));
        focus_first_control();
    }

    /// Opens a customer's form, and puts focus on its first control.
    pub fn open_customer_form(&self, action: CustomerAction) {
        self.sub_action.set(None);
        self.status.set(None);
        self.customer_form.set(Some(action));
        focus_first_control();
    }
}

fn focus(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(id) {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

/// The open form's first control (its confirm button when it has no field), once drawn.
fn focus_first_control() {
    request_animation_frame(|| {
        let first = document()
            .query_selector(".action-form :is(input, select, textarea, button)")
            .ok()
            .flatten();
        if let Some(el) = first {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}
