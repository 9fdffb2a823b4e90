//! One invoice: its figures, its reconciliation files, and its lines by customer and charge
//! type, a page at a time.

use super::downloads::{download_buttons, offer_file, Message, Outcome, Words};
use super::recon_steps::make_in_steps;
use super::statement::{CustomerSubtotals, Statement, INVOICE_ROWS_PER_PAGE};
use crate::components::charge_lines::ChargeLinesTable;
use crate::components::format::{date_text, money_in};
use crate::components::paged::PagedRange;
use crate::state::book_state::{use_book, BookState};
use crate::state::language::use_language;
use crate::state::settings_context::{use_settings, Settings};
use crate::state::views::{use_views, Names, ShownInvoice};
use chrono::NaiveDate;
use leptos::prelude::*;
use partnerdesk_core::base::search_text::SearchWords;
use partnerdesk_core::billing::invoice::{LineFilter, LinePicks};
use partnerdesk_core::model::charge_line::{ChargeLine, ChargeType};
use partnerdesk_core::reports::recon_csv::CsvDialect;
use partnerdesk_core::reports::reconciliation::ReconJob;
use partnerdesk_l10n::{BillingText as T, Lang};
use std::ops::Range;
use std::sync::Arc;

/// Customers listed in the filter at once; a search finds the others.
const CUSTOMERS_SHOWN: usize = 100;

#[component]
pub fn InvoiceView(
    invoice: Memo<Arc<ShownInvoice>>,
    upcoming_date: Memo<NaiveDate>,
    names: Memo<Names>,
) -> impl IntoView {
    // "" stands for every customer or every charge type.
    let customer = RwSignal::new(String::new());
    let charge_type = RwSignal::new(String::new());
    // Thousands of customers make a select slow to render and to scan: a search narrows it.
    let customer_query = RwSignal::new(String::new());
    let message = RwSignal::new(Message::None);
    let statement_of = RwSignal::new(None::<String>);
    // The filters belong to the invoice they were chosen on.
    on_another_invoice(invoice, move || {
        customer.set(String::new());
        customer_query.set(String::new());
        charge_type.set(String::new());
        message.set(Message::None);
        statement_of.set(None);
    });
    let filter = move || LineFilter {
        customer_id: Some(customer.get()).filter(|c| !c.is_empty()),
        charge_type: ChargeType::ALL
            .into_iter()
            .find(|t| charge_type.with(|c| c == t.label())),
    };
    // Where the lines shown are, not copies of them: a month holds 18,569.
    let picks = Memo::new(move |_| invoice.with(|i| i.invoice.pick(&filter())));
    let type_options = Signal::derive(move || {
        invoice.with(|i| {
            i.charge_types
                .iter()
                .map(|t| (t.label().to_string(), t.label().to_string()))
                .collect()
        })
    });
    view! {
        <section aria-labelledby="invoice-heading" class="invoice">
            <InvoiceFacts invoice upcoming_date message />
            <CustomerSubtotals invoice names statement_of />
            <Statement invoice names statement_of />
            <div class="filters">
                <CustomerFilter invoice names customer customer_query />
                <Filter id="line-charge-type" label=T::ChargeType every=T::AllChargeTypes value=charge_type options=type_options />
            </div>
            <InvoiceLines invoice picks names />
        </section>
    }
}

/// The lines the filters keep: how many of all and their total, and a page of them.
#[component]
fn InvoiceLines(
    invoice: Memo<Arc<ShownInvoice>>,
    picks: Memo<LinePicks>,
    names: Memo<Names>,
) -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let language = use_language();
    let currency = move || settings.with(|s| s.currency.clone());
    let render = move |range: Range<usize>| {
        let page: Vec<ChargeLine> = picks.with(|p| {
            invoice.with(|i| {
                p.positions[range]
                    .iter()
                    .map(|&k| i.invoice.lines[k].clone())
                    .collect()
            })
        });
        let catalog = book.catalog().get_untracked();
        view! {
            <ChargeLinesTable
                caption=language.now().text(T::LinesOfInvoice).to_string()
                lines=page
                catalog
                currency=currency()
                customers=names.get_untracked()
            />
        }
    };
    view! {
        <p class="selection" aria-live="polite">
            {move || {
                let all = invoice.with(|i| i.invoice.lines.len());
                picks.with(|shown| {
                    language.get().fill(
                        T::LinesShown,
                        &[
                            &shown.positions.len().to_string(),
                            &all.to_string(),
                            &money_in(shown.total, &currency()),
                        ],
                    )
                })
            }}
        </p>
        {move || {
            let lang = language.get();
            let count = Signal::derive(move || picks.with(|p| p.positions.len()));
            view! {
                <PagedRange label=lang.text(T::PagesOfLines) count per_page=INVOICE_ROWS_PER_PAGE empty=lang.text(T::NoLineMatches) render />
            }
        }}
    }
}

/// Runs `reset` when another invoice is shown: the invoice is made again with every
/// derivation, its date tells whether it is another.
fn on_another_invoice(invoice: Memo<Arc<ShownInvoice>>, reset: impl Fn() + 'static) {
    let date = Memo::new(move |_| invoice.with(|i| i.invoice.billing_date));
    Effect::watch(move || date.get(), move |_, _, _| reset(), false);
}

/// The invoice's heading and figures, and its reconciliation files once it is issued.
#[component]
fn InvoiceFacts(
    invoice: Memo<Arc<ShownInvoice>>,
    upcoming_date: Memo<NaiveDate>,
    message: RwSignal<Message>,
) -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let language = use_language();
    let currency = move || settings.with(|s| s.currency.clone());
    let is_upcoming = move || invoice.with(|i| i.invoice.billing_date) == upcoming_date.get();
    let download = move |dialect| download_recon(book, settings, invoice, message, dialect);
    let downloads = move || {
        (!is_upcoming())
            .then(|| download_buttons([T::DownloadRecon, T::DownloadReconExcel], message, download))
    };
    let heading = move || {
        let key = if is_upcoming() {
            T::UpcomingPreview
        } else {
            T::InvoiceNamed
        };
        invoice.with(|i| language.get().fill(key, &[&i.invoice.number]))
    };
    view! {
        <h2 id="invoice-heading">{heading}</h2>
        <dl class="facts">
            <dt>{language.tr(T::BillingDate)}</dt>
            <dd>{move || invoice.with(|i| date_text(i.invoice.billing_date))}</dd>
            <dt>{language.tr(T::DueDate)}</dt>
            <dd>{move || invoice.with(|i| date_text(i.invoice.due_date))}</dd>
            <dt>{language.tr(T::Lines)}</dt>
            <dd>{move || invoice.with(|i| i.invoice.lines.len())}</dd>
            <dt>{language.tr(T::Total)}</dt>
            <dd class="invoice-total">
                {move || invoice.with(|i| money_in(i.invoice.total, &currency()))}
            </dd>
        </dl>
        {downloads}
        {move || {
            is_upcoming()
                .then(|| {
                    view! {
                        <p class="hint">{language.tr(T::NoFilesForUpcoming)}</p>
                    }
                })
        }}
        <Outcome message />
    }
}

/// Makes the reconciliation file of the invoice shown in steps, its progress in `message`, and
/// offers it; a second press meanwhile does nothing.
fn download_recon(
    book: BookState,
    settings: Settings,
    invoice: Memo<Arc<ShownInvoice>>,
    message: RwSignal<Message>,
    dialect: CsvDialect,
) {
    if message.with_untracked(Message::is_making) {
        return;
    }
    let date = invoice.with_untracked(|i| i.invoice.billing_date);
    let job = book
        .all()
        .with_untracked(|state| book.with(|b| ReconJob::of(state, b, date, dialect)));
    let currency = settings.get_untracked().currency;
    let progress = move |done: usize, rows: usize| {
        let (done, rows) = (done.to_string(), rows.to_string());
        let words: Words = Arc::new(move |lang: Lang| lang.fill(T::MakingFile, &[&done, &rows]));
        message.try_set(Message::Making(words));
    };
    let job = match job {
        Ok(job) => job,
        Err(e) => return offer_file(Err(e), message),
    };
    progress(0, job.rows());
    leptos::task::spawn_local(async move {
        let made = make_in_steps(job, progress).await.map(|f| {
            let (rows, total) = (f.rows, f.total);
            let what: Words = Arc::new(move |lang: Lang| {
                let amount = money_in(total, &currency);
                lang.fill(T::ReconFileHolds, &[&rows.to_string(), &amount])
            });
            (f.name, f.bytes, what)
        });
        offer_file(made, message);
    });
}

/// The customer filter: a search narrows the invoice's customers to the first matches.
#[component]
fn CustomerFilter(
    invoice: Memo<Arc<ShownInvoice>>,
    names: Memo<Names>,
    customer: RwSignal<String>,
    customer_query: RwSignal<String>,
) -> impl IntoView {
    let language = use_language();
    let views = use_views();
    let customer_matches = Memo::new(move |_| {
        let wanted = customer_query.with(|q| SearchWords::new(q));
        let chosen = customer.get_untracked();
        let by_name = views.customers_by_name(&invoice.get(), &names.get());
        // The first matches by name are the ones listed, and only they are copied.
        let mut found: Vec<(String, String)> = Vec::with_capacity(CUSTOMERS_SHOWN);
        let mut total = 0;
        for (id, name) in by_name.iter().filter(|(_, n)| wanted.match_text(n)) {
            total += 1;
            if found.len() < CUSTOMERS_SHOWN {
                found.push((id.clone(), name.clone()));
            } else if *id == chosen {
                // The chosen customer stays an option even when it falls outside them.
                found[CUSTOMERS_SHOWN - 1] = (id.clone(), name.clone());
            }
        }
        (found, total)
    });
    let customer_options =
        Signal::derive(move || customer_matches.with(|(found, _)| found.clone()));
    let customer_count = move || {
        let lang = language.get();
        customer_matches.with(|(found, total)| {
            let total_text = total.to_string();
            if found.len() < *total {
                let listed = found.len().to_string();
                lang.fill(T::CustomersListed, &[&total_text, &listed])
            } else {
                lang.fill(T::CustomersMatching, &[&total_text])
            }
        })
    };
    view! {
        <div class="field">
            <label for="line-customer-search">{language.tr(T::FindCustomer)}</label>
            <input
                id="line-customer-search"
                type="search"
                autocomplete="off"
                bind:value=customer_query
                aria-describedby="line-customer-count"
            />
            <p id="line-customer-count" class="hint" aria-live="polite">{customer_count}</p>
        </div>
        <Filter id="line-customer" label=T::Customer every=T::AllCustomers value=customer options=customer_options />
    }
}

/// A choice narrowing the lines shown; `""` (the first option) keeps them all.
#[component]
fn Filter(
    id: &'static str,
    label: T,
    every: T,
    value: RwSignal<String>,
    /// (value, text) of each option.
    options: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let language = use_language();
    let options = move || {
        options
            .get()
            .into_iter()
            .map(|(v, text)| view! { <option value=v>{text}</option> })
            .collect_view()
    };
    view! {
        <div class="field">
            <label for=id>{language.tr(label)}</label>
            <select id=id bind:value=value>
                <option value="">{language.tr(every)}</option>
                {options}
            </select>
        </div>
    }
}
