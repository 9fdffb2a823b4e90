//! The steps both imports share: the CSV chosen as a file (it fills the text) or pasted; the
//! core's check when the partner asks for it; then either every bad row at the text, with
//! nothing to apply, or the preview and one button that applies all of it.

use crate::forms::field::{Field, FieldMessage};
use crate::forms::issue::{Issue, IssueAlert};
use crate::state::language::use_language;
use crate::store::read_file;
use leptos::prelude::*;
use partnerdesk_core::imports::import_error::ImportError;
use partnerdesk_l10n::ImportsText as T;

/// The core's verdict on the text once the partner asked for it: the plan, or every bad row.
type Verdict<P> = Option<Result<P, Vec<ImportError>>>;

/// Where an import's apply reports, at once or later (an import of thousands of customers goes
/// in steps): its progress, what was done, or why nothing was.
#[derive(Clone, Copy)]
pub struct Applying {
    status: RwSignal<Option<String>>,
    refusal: RwSignal<Option<Issue>>,
    checked: RwSignal<bool>,
    busy: RwSignal<bool>,
}

impl Applying {
    pub fn progress(&self, text: String) {
        self.status.set(Some(text));
    }

    pub fn done(&self, text: String) {
        self.busy.set(false);
        self.checked.set(false);
        self.status.set(Some(text));
    }

    pub fn refused(&self, issue: Issue) {
        self.busy.set(false);
        self.status.set(None);
        self.refusal.set(Some(issue));
    }
}

#[component]
pub fn CsvImport<P>(
    /// Prefix of the controls' ids.
    id: &'static str,
    /// The labels of the file and of its text: "Price list file", "Price list CSV".
    labels: [T; 2],
    columns: &'static [&'static str],
    check_label: T,
    /// The core's verdict on the text: the plan, or every bad row.
    check: Callback<String, Result<P, Vec<ImportError>>>,
    preview: Callback<P, AnyView>,
    confirm_label: Callback<P, String>,
    /// Applies the plan, and reports what was done, or why nothing was, to `Applying`.
    apply: Callback<(P, Applying)>,
    /// Further fields that the check reads.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView
where
    P: Clone + PartialEq + Send + Sync + 'static,
{
    let language = use_language();
    let [file_label, text_label] = labels;
    let text = RwSignal::new(String::new());
    let checked = RwSignal::new(false);
    let status = RwSignal::new(None::<String>);
    let refusal = RwSignal::new(None::<Issue>);
    let applying = Applying {
        status,
        refusal,
        checked,
        busy: RwSignal::new(false),
    };
    // Follows the text, the fields and the book once the partner has asked for the check.
    let verdict: Memo<Verdict<P>> =
        Memo::new(move |_| checked.get().then(|| check.run(text.get())));
    let errors = Signal::derive(move || match verdict.get() {
        Some(Err(errors)) => errors,
        _ => Vec::new(),
    });
    let start_over = Callback::new(move |()| {
        checked.set(false);
        status.set(None);
        refusal.set(None);
    });
    let confirm = Callback::new(move |()| {
        let Some(p) = verdict.with_untracked(|r| r.clone().and_then(Result::ok)) else {
            return;
        };
        applying.busy.set(true);
        refusal.set(None);
        apply.run((p, applying));
    });
    let ready = move || {
        let plan = verdict.with(|r| r.clone().and_then(Result::ok));
        plan.map(|p| {
            let label = confirm_label.run(p.clone());
            view! {
                <div class="import-preview">
                    {preview.run(p)}
                    <IssueAlert issue=refusal />
                    <button
                        type="button"
                        disabled=move || applying.busy.get()
                        on:click=move |_| confirm.run(())
                    >
                        {label}
                    </button>
                </div>
            }
        })
    };
    view! {
        <CsvFile id label=file_label text start_over />
        <CsvText id label=text_label columns text errors start_over />
        {children.map(|c| c())}
        <button
            type="button"
            on:click=move |_| {
                status.set(None);
                refusal.set(None);
                checked.set(true);
            }
        >
            {language.tr(check_label)}
        </button>
        {ready}
        <p class="status" role="status">{move || status.get()}</p>
    }
}

/// The file input: a chosen file's text goes into `text`, or the reason it can't at the field.
#[component]
fn CsvFile(
    id: &'static str,
    label: T,
    text: RwSignal<String>,
    start_over: Callback<()>,
) -> impl IntoView {
    let language = use_language();
    let problem = RwSignal::new(None::<String>);
    let field = Field::new(format!("{id}-file"), problem);
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        start_over.run(());
        problem.set(None);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let read = read_file(file).await.and_then(|bytes| {
                String::from_utf8(bytes).map_err(|_| language.now().text(T::NotUtf8).to_string())
            });
            match read {
                Ok(t) => text.set(t),
                Err(reason) => problem.set(Some(reason)),
            }
        });
    };
    view! {
        <div class="field">
            <label for=field.id()>{language.tr(label)}</label>
            <input
                id=field.id()
                type="file"
                accept=".csv,text/csv,text/plain"
                on:change=on_file
                aria-invalid=field.invalid()
                aria-describedby=field.described_by()
            />
            <FieldMessage field />
        </div>
    }
}

/// The CSV text, typed, pasted or read from the file, with every bad row at it.
#[component]
fn CsvText(
    id: &'static str,
    label: T,
    columns: &'static [&'static str],
    text: RwSignal<String>,
    errors: Signal<Vec<ImportError>>,
    start_over: Callback<()>,
) -> impl IntoView {
    let language = use_language();
    let summary = Signal::derive(move || {
        let lang = language.get();
        errors.with(|errors| match errors.len() {
            0 => None,
            1 => Some(lang.text(T::OneProblem).to_string()),
            n => Some(lang.fill(T::Problems, &[&n.to_string()])),
        })
    });
    let field = Field::new(format!("{id}-csv"), summary).hinted();
    let error_id = field.error_id();
    let error_list = move || {
        summary.get().map(|summary| {
            view! {
                <div id=error_id.clone() class="field-error import-errors" role="alert">
                    <p>{summary}</p>
                    <ul>
                        {move || {
                            let lang = language.get();
                            errors.get().iter().map(|e| view! { <li>{lang.import_error(e)}</li> }).collect_view()
                        }}
                    </ul>
                </div>
            }
        })
    };
    view! {
        <div class="field">
            <label for=field.id()>{language.tr(label)}</label>
            <textarea
                id=field.id()
                class="csv-text"
                rows="8"
                spellcheck="false"
                bind:value=text
                on:input=move |_| start_over.run(())
                aria-invalid=field.invalid()
                aria-describedby=field.described_by()
            ></textarea>
            <p id=field.hint_id() class="hint">
                {move || language.get().fill(T::ChooseOrPaste, &[&columns.join(", ")])}
            </p>
            {error_list}
        </div>
    }
}
