//! The one way a form control is tied to its problem: the control's id, its message (reactive)
//! and the attributes that point the control at the message (aria-invalid, aria-describedby)
//! and announce it (role=alert). Every form goes through here, whoever found the problem: the
//! core's validation (`FormErrors`), a live preview (`ActionCheck`) or the page itself.

use leptos::prelude::*;

/// A control and its problem. Its hint, if it has one, is `{id}-hint`; its message `{id}-error`.
/// Copy, like a signal, so that a view can hand it to the control and to the message.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    id: StoredValue<String>,
    message: Signal<Option<String>>,
    /// aria-describedby names the hint first, so it is read before the problem.
    hinted: bool,
    /// Set when the partner edits the control: a live check shows problems only after that.
    touched: Option<RwSignal<bool>>,
}

impl Field {
    pub fn new(id: impl Into<String>, message: impl Into<Signal<Option<String>>>) -> Field {
        Field {
            id: StoredValue::new(id.into()),
            message: message.into(),
            hinted: false,
            touched: None,
        }
    }

    /// The same field, telling `touched` when the partner edits it.
    pub fn touching(self, touched: RwSignal<bool>) -> Field {
        Field {
            touched: Some(touched),
            ..self
        }
    }

    /// The partner edited the control.
    pub fn touch(&self) {
        if let Some(touched) = self.touched {
            touched.set(true);
        }
    }

    /// The same field, described by its hint too.
    pub fn hinted(self) -> Field {
        Field {
            hinted: true,
            ..self
        }
    }

    /// The control's id.
    pub fn id(&self) -> String {
        self.id.get_value()
    }

    pub fn hint_id(&self) -> String {
        format!("{}-hint", self.id())
    }

    /// Where the message is shown: what aria-describedby names while there is a problem.
    pub fn error_id(&self) -> String {
        format!("{}-error", self.id())
    }

    /// The problem now (reactive).
    pub fn message(&self) -> Option<String> {
        self.message.get()
    }

    /// For `aria-invalid`: present only while the field has a problem.
    pub fn invalid(&self) -> impl Fn() -> Option<&'static str> + Send + Sync + 'static {
        let message = self.message;
        move || message.with(Option::is_some).then_some("true")
    }

    /// For `aria-describedby`: the hint, and the message while there is one.
    pub fn described_by(&self) -> impl Fn() -> Option<String> + Send + Sync + 'static {
        let message = self.message;
        let hint = self.hinted.then(|| self.hint_id());
        let error = self.error_id();
        move || {
            let shown = message.with(Option::is_some).then(|| error.clone());
            let ids: Vec<String> = hint.clone().into_iter().chain(shown).collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }
}

/// The field's message, where aria-describedby points, announced when it appears.
#[component]
pub fn FieldMessage(field: Field) -> impl IntoView {
    let error_id = field.error_id();
    move || {
        field.message().map(|message| {
            view! { <p id=error_id.clone() class="field-error" role="alert">{message}</p> }
        })
    }
}
