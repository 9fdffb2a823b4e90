//! `/billing/reconcile`: month-end reconciliation (issue 12). The partner picks the book's
//! invoice and chooses or drops Microsoft's reconciliation file; the core reads it slice by
//! slice with a progress bar, matches it against the invoice, and the page shows the totals
//! and the count of each group first, then the findings by group and customer a page at a
//! time, each linking to its customer and subscription, and the differences as CSV. From the
//! file, a new partner can start the book (`start_book`). Nothing leaves the browser.

mod findings;
mod run;
mod start_book;
mod summary;

use super::page_title;
use crate::components::book_notice::BookNotice;
use crate::components::format::date_text;
use crate::forms::field::{Field, FieldMessage};
use crate::state::book_state::{use_book, BookState};
use crate::state::language::use_language;
use crate::state::program::use_program;
use chrono::NaiveDate;
use findings::Findings;
use leptos::prelude::*;
use leptos_router::components::A;
use partnerdesk_core::billing::engine::Program;
use partnerdesk_core::reports::reconcile::book_lines;
use partnerdesk_l10n::{Lang, ReconcileText as T};
use run::{reconcile_file, BookSide, Outcome, Progress};
use start_book::StartBook;
use std::sync::Arc;
use summary::Summary;

#[component]
pub fn Reconcile() -> impl IntoView {
    page_title(T::Title);
    let language = use_language();
    let book = use_book();
    let program = use_program();
    // The issued invoices, newest first: legacy ones by billing date, new commerce's monthly
    // (G) invoices by the day each is issued.
    let invoices = Memo::new(move |_| {
        let mut invoices: Vec<(NaiveDate, String)> = book.all().with(|s| {
            s.invoice_summaries()
                .into_iter()
                .map(|i| (i.billing_date, i.number))
                .collect()
        });
        invoices.reverse();
        invoices
    });
    // The invoice picked; by default the latest issued, or the upcoming one in a new book.
    let picked = RwSignal::new(None::<NaiveDate>);
    let invoice_date = Memo::new(move |_| {
        let latest = invoices.with(|i| i.first().map(|(date, _)| *date));
        picked
            .get()
            .or(latest)
            .unwrap_or_else(|| book.all().with(|s| s.horizon))
    });
    let run = Run {
        book,
        file: StoredValue::new_local(None),
        progress: RwSignal::new(None),
        outcome: RwSignal::new(None),
        problem: RwSignal::new(None),
        run_id: StoredValue::new(0),
    };
    let start = move || run.start(invoice_date.get_untracked(), language.now());
    // Another invoice, the same file: reconcile again.
    Effect::watch(move || invoice_date.get(), move |_, _, _| start(), false);
    view! {
        <p class="breadcrumb"><A href="/billing">{language.tr(T::Billing)}</A></p>
        <h1>{language.tr(T::Title)}</h1>
        <BookNotice />
        <p>
            {move || {
                let lang = language.get();
                let file = match program.get() {
                    Program::LicenseBased => T::LicenseBasedFile,
                    Program::NewCommerce => T::NceFile,
                };
                lang.fill(T::ChooseFile, &[lang.text(file)])
            }}
        </p>
        <InvoiceChoice invoices invoice_date picked />
        <FileChoice file=run.file problem=run.problem on_chosen=Callback::new(move |()| start()) />
        <ProgressBar progress=run.progress />
        {move || {
            run.outcome
                .get()
                .map(|o| {
                    view! {
                        <Summary outcome=Arc::clone(&o) picked />
                        <Findings outcome=Arc::clone(&o) />
                        <StartBook outcome=o />
                    }
                })
        }}
    }
}

/// The state of the page's runs: the chosen file, how far it is read, what it gave or why not.
#[derive(Clone, Copy)]
struct Run {
    book: BookState,
    file: StoredValue<Option<web_sys::File>, LocalStorage>,
    progress: RwSignal<Option<Progress>>,
    outcome: RwSignal<Option<Arc<Outcome>>>,
    problem: RwSignal<Option<String>>,
    /// Counts the runs: a run whose file was replaced meanwhile stops.
    run_id: StoredValue<u64>,
}

impl Run {
    /// Reconciles the chosen file against the invoice of `date`, if a file is chosen; its
    /// problems are said in `lang`.
    fn start(self, date: NaiveDate, lang: Lang) {
        let Some(chosen) = self.file.get_value() else {
            return;
        };
        self.run_id.update_value(|n| *n += 1);
        let this_run = self.run_id.get_value();
        self.outcome.set(None);
        self.problem.set(None);
        let book = self.book;
        let side = book.all().with_untracked(|state| {
            book.catalog()
                .with_untracked(|catalog| book.with(|b| book_lines(state, b, catalog, date)))
        });
        let (program, lines) = match side {
            Ok(side) => side,
            Err(reason) => return self.problem.set(Some(reason)),
        };
        let new_book = book.all().with_untracked(|s| s.subscriptions.is_empty());
        let side = BookSide {
            program,
            invoice_date: date,
            lines,
            starts_book: new_book,
        };
        leptos::task::spawn_local(async move {
            let wanted = move || self.run_id.get_value() == this_run;
            match reconcile_file(chosen, lang, side, self.progress, wanted).await {
                Ok(Some(done)) => self.outcome.set(Some(done)),
                Ok(None) => {}
                Err(reason) => self.problem.set(Some(reason)),
            }
        });
    }
}

/// The book's invoice the file is compared with, by its number and date.
#[component]
fn InvoiceChoice(
    invoices: Memo<Vec<(NaiveDate, String)>>,
    invoice_date: Memo<NaiveDate>,
    picked: RwSignal<Option<NaiveDate>>,
) -> impl IntoView {
    let language = use_language();
    let options = move || {
        let shown = invoice_date.get();
        let mut all: Vec<(NaiveDate, Option<String>)> = invoices
            .get()
            .into_iter()
            .map(|(date, number)| (date, Some(number)))
            .collect();
        if !all.iter().any(|(date, _)| *date == shown) {
            all.insert(0, (shown, None));
        }
        all.into_iter()
            .map(|(d, number)| {
                let label = match number {
                    Some(number) => format!("{number} ({})", date_text(d)),
                    None => date_text(d),
                };
                view! { <option value=d.to_string() selected=d == shown>{label}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="field">
            <label for="recon-invoice">{language.tr(T::InvoiceOf)}</label>
            <select
                id="recon-invoice"
                on:change=move |ev| picked.set(event_target_value(&ev).parse().ok())
            >
                {options}
            </select>
        </div>
    }
}

/// The file input, which a file can also be dropped on.
#[component]
fn FileChoice(
    file: StoredValue<Option<web_sys::File>, LocalStorage>,
    problem: RwSignal<Option<String>>,
    on_chosen: Callback<()>,
) -> impl IntoView {
    let field = Field::new("recon-file", problem).hinted();
    let language = use_language();
    let choose = move |chosen: Option<web_sys::File>| {
        if chosen.is_some() {
            file.set_value(chosen);
            on_chosen.run(());
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        choose(input.files().and_then(|f| f.get(0)));
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        choose(
            ev.data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0)),
        );
    };
    // Cancelling dragover makes the zone accept the drop (else the browser opens the file in
    // place of the app); dragenter too, as the HTML drag-and-drop model asks of a drop target.
    let accept_drag = |ev: leptos::ev::DragEvent| ev.prevent_default();
    view! {
        <div
            class="field drop-zone"
            on:dragenter=accept_drag
            on:dragover=accept_drag
            on:drop=on_drop
        >
            <label for=field.id()>{language.tr(T::ReconFile)}</label>
            <input
                id=field.id()
                type="file"
                accept=".csv,text/csv,text/plain"
                on:change=on_change
                aria-invalid=field.invalid()
                aria-describedby=field.described_by()
            />
            <p id=field.hint_id() class="hint">{language.tr(T::FileHint)}</p>
            <FieldMessage field />
        </div>
    }
}

/// How much of the file is read, and how long it all took once done.
#[component]
fn ProgressBar(progress: RwSignal<Option<Progress>>) -> impl IntoView {
    let language = use_language();
    move || {
        progress.get().map(|p| {
            let lang = language.get();
            let megabytes = |bytes: f64| format!("{} MB", one_decimal(lang, bytes / 1_000_000.0));
            let said = match p.took_ms {
                Some(ms) => lang.fill(
                    T::ReadIn,
                    &[&megabytes(p.total), &one_decimal(lang, ms / 1000.0)],
                ),
                None => lang.fill(T::Reading, &[&megabytes(p.read), &megabytes(p.total)]),
            };
            view! {
                <div class="recon-progress">
                    <progress id="recon-progress" max=whole(p.total.max(1.0)) value=whole(p.read) aria-label=lang.text(T::ReadingFile)></progress>
                    <p role="status">{said}</p>
                </div>
            }
        })
    }
}

/// A size or a duration, measured rather than counted, to one decimal in the language's form
/// ("1.5" in English, "1,5" in Dutch and German). Counted in tenths, as a whole number: Rust's
/// formatting of floats alone was 10 KB of the wasm.
fn one_decimal(lang: Lang, value: f64) -> String {
    let tenths = whole(value * 10.0);
    format!("{}{}{}", tenths / 10, lang.decimal_separator(), tenths % 10)
}

/// A count of bytes or tenths, which the browser hands over as a float, as the whole number it
/// is (the nearest one, half to even, as formatting a float to no decimals does).
fn whole(value: f64) -> u64 {
    value.round_ties_even() as u64
}
