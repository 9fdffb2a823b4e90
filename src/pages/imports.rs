//! `/imports`: a price list (SPEC P9) and customers from CSV files. The partner chooses a file
//! or pastes its text, the core checks all of it and shows what would change, and one button
//! applies it as one recorded action. A file with any bad row lists every bad row with its line
//! and reason at the field, and offers nothing to apply.

use super::set_title;
use crate::backup_ui::read_file;
use crate::book_state::{new_guid, use_book};
use crate::components::book_notice::BookNotice;
use crate::components::format::{date_text, money_text};
use crate::components::issue::{FieldIssue, Issue, IssueAlert};
use crate::settings::use_settings;
use leptos::prelude::*;
use partnerdesk_core::base::dates::parse_date;
use partnerdesk_core::imports::customer_import::{plan_customer_import, CUSTOMER_COLUMNS};
use partnerdesk_core::imports::import_error::ImportError;
use partnerdesk_core::imports::price_list::{preview_price_list, PRICE_LIST_COLUMNS};
use partnerdesk_core::model::catalog::PricePoint;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::customer::Customer;
use partnerdesk_core::model::price_list_plan::{ChangeIndicator, PlanRow, PriceListPlan};
use partnerdesk_core::reports::history::describe;

#[component]
pub fn Imports() -> impl IntoView {
    set_title("Imports");
    view! {
        <h1>"Imports"</h1>
        <BookNotice />
        <p>
            "A file is checked completely before anything changes: you see what it would do and \
             confirm. If any row is wrong, every wrong row is listed with its line, and nothing \
             is applied."
        </p>
        <section class="import" aria-labelledby="import-price-list">
            <h2 id="import-price-list">"Import a price list"</h2>
            <PriceListImport />
        </section>
        <section class="import" aria-labelledby="import-customers">
            <h2 id="import-customers">"Import customers"</h2>
            <CustomerImport />
        </section>
    }
}

/// SPEC P9: checked against the catalog in force today, applied as one recorded action.
#[component]
fn PriceListImport() -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let effective = RwSignal::new(book.today().to_string());
    let effective_day = move || parse_date(&effective.get());
    let date_problem = move || {
        effective_day()
            .is_none()
            .then(|| "Enter the effective date, such as 2018-06-01.".to_string())
    };
    let catalog = book.catalog();
    let check = Callback::new(move |text: String| match effective_day() {
        Some(day) => catalog.with(|c| preview_price_list(c, &text, day)),
        // The date's own problem is shown at the date.
        None => Err(Vec::new()),
    });
    let preview = Callback::new(move |plan: PriceListPlan| {
        price_list_table(&plan, &settings.with(|s| s.currency.clone())).into_any()
    });
    let apply = Callback::new(move |plan: PriceListPlan| -> Result<String, Issue> {
        let events = book.execute(Command::ImportPriceList(plan))?;
        let done: Vec<String> = catalog.with_untracked(|c| {
            events
                .iter()
                .map(|e| format!("{}.", describe(e, c)))
                .collect()
        });
        Ok(done.join(" "))
    });
    view! {
        <CsvImport
            id="pricelist"
            what="Price list"
            columns=&PRICE_LIST_COLUMNS
            check_label="Check price list"
            check
            preview
            confirm_label=Callback::new(|_: PriceListPlan| "Apply price list".to_string())
            apply
        >
            <div class="field">
                <label for="pricelist-effective">"Effective date"</label>
                <input
                    id="pricelist-effective"
                    type="date"
                    bind:value=effective
                    aria-invalid=move || date_problem().map(|_| "true")
                    aria-describedby=move || {
                        let error = date_problem().map(|_| " pricelist-effective-error");
                        format!("pricelist-effective-hint{}", error.unwrap_or_default())
                    }
                />
                <p id="pricelist-effective-hint" class="hint">
                    "Each row takes effect on its Valid from date or on this date, whichever is \
                     later; prices already billed never change (P8)."
                </p>
                <FieldIssue
                    id="pricelist-effective-error".to_string()
                    message=Signal::derive(date_problem)
                />
            </div>
        </CsvImport>
    }
}

/// What a row does, in words, with its day.
fn outcome(row: &PlanRow) -> String {
    match (row.change, row.new, row.valid_to) {
        (ChangeIndicator::Add, Some(p), _) => format!("New offer from {}", date_text(p.from)),
        (ChangeIndicator::Change, Some(p), _) => format!("New price from {}", date_text(p.from)),
        (ChangeIndicator::Delete, _, Some(to)) => format!("Orderable until {}", date_text(to)),
        _ => "No change".to_string(),
    }
}

fn price_list_table(plan: &PriceListPlan, currency: &str) -> impl IntoView {
    let price = |p: Option<&PricePoint>, of: fn(&PricePoint) -> partnerdesk_core::Money| {
        p.map_or_else(|| "—".to_string(), |p| money_text(of(p)))
    };
    let rows = plan
        .rows()
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <td class="num">{r.line}</td>
                    <td>{r.change.code()}</td>
                    <th scope="row">{r.offer_name.to_string()}</th>
                    <td class="num">{price(r.old, |p| p.monthly)}</td>
                    <td class="num">{price(r.new, |p| p.monthly)}</td>
                    <td class="num">{price(r.new, |p| p.erp)}</td>
                    <td>{outcome(r)}</td>
                </tr>
            }
        })
        .collect_view();
    let summary = format!(
        "{} offers added, {} prices changed, {} offers retired, {} unchanged.",
        plan.added.len(),
        plan.changed.len(),
        plan.retired.len(),
        plan.unchanged.len()
    );
    view! {
        <table class="import-plan">
            <caption>"Changes in this price list"</caption>
            <thead>
                <tr>
                    <th scope="col">"Line"</th>
                    <th scope="col">"Change"</th>
                    <th scope="col">"Offer"</th>
                    <th scope="col">{format!("Old list price ({currency})")}</th>
                    <th scope="col">{format!("New list price ({currency})")}</th>
                    <th scope="col">{format!("New ERP price ({currency})")}</th>
                    <th scope="col">"What happens"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <p>{summary}</p>
    }
}

/// New customers, each checked as the customer form checks one, created all together.
#[component]
fn CustomerImport() -> impl IntoView {
    let book = use_book();
    let rows = book.customer_rows();
    let check = Callback::new(move |text: String| {
        let existing: Vec<Customer> =
            rows.with(|rows| book.with(|b| rows.iter().map(|r| r.customer(b).clone()).collect()));
        let mut ids = new_guid;
        plan_customer_import(&text, &existing, &mut ids)
    });
    let preview = Callback::new(|customers: Vec<Customer>| customers_table(customers).into_any());
    let confirm_label = Callback::new(|customers: Vec<Customer>| match customers.len() {
        1 => "Create 1 customer".to_string(),
        n => format!("Create {n} customers"),
    });
    let apply = Callback::new(move |customers: Vec<Customer>| {
        let names: Vec<String> = customers.iter().map(|c| c.company_name.clone()).collect();
        let commands = customers.into_iter().map(Command::CreateCustomer).collect();
        match book.execute_all(commands) {
            Ok(_) => Ok(match names.len() {
                1 => "1 customer created.".to_string(),
                n => format!("{n} customers created."),
            }),
            Err((index, refusal)) => {
                let mut issue = Issue::from(refusal);
                if let Some(name) = index.and_then(|i| names.get(i)) {
                    issue.message = format!("{name}: {}", issue.message);
                }
                issue.message.push_str(" No customer was created.");
                Err(issue)
            }
        }
    });
    view! {
        <CsvImport
            id="customers"
            what="Customers"
            columns=&CUSTOMER_COLUMNS
            check_label="Check customers"
            check
            preview
            confirm_label
            apply
        />
    }
}

fn customers_table(customers: Vec<Customer>) -> impl IntoView {
    let rows = customers
        .into_iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{c.company_name}</th>
                    <td>{c.domain}</td>
                    <td>{c.country}</td>
                    <td>{c.segment.label()}</td>
                    <td>{c.reseller_mpn_id.unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="import-plan">
            <caption>"Customers to be created"</caption>
            <thead>
                <tr>
                    <th scope="col">"Company name"</th>
                    <th scope="col">"Primary domain"</th>
                    <th scope="col">"Country"</th>
                    <th scope="col">"Segment"</th>
                    <th scope="col">"Reseller MPN id"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// The steps both imports share: the CSV chosen as a file (it fills the text) or pasted; the
/// core's check when the partner asks for it; then either every bad row at the text, with
/// nothing to apply, or the preview and one button that applies all of it.
#[component]
fn CsvImport<P>(
    /// Prefix of the controls' ids.
    id: &'static str,
    /// What the file holds, for the labels: "Price list", "Customers".
    what: &'static str,
    columns: &'static [&'static str],
    check_label: &'static str,
    /// The core's verdict on the text: the plan, or every bad row.
    check: Callback<String, Result<P, Vec<ImportError>>>,
    preview: Callback<P, AnyView>,
    confirm_label: Callback<P, String>,
    /// Applies the plan; says what was done, or why nothing was.
    apply: Callback<P, Result<String, Issue>>,
    /// Further fields that the check reads.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView
where
    P: Clone + PartialEq + Send + Sync + 'static,
{
    let text = RwSignal::new(String::new());
    let checked = RwSignal::new(false);
    let status = RwSignal::new(None::<String>);
    let refusal = RwSignal::new(None::<Issue>);
    let file_problem = RwSignal::new(None::<String>);
    // Follows the text, the fields and the book once the partner has asked for the check.
    let result = Memo::new(move |_| checked.get().then(|| check.run(text.get())));
    let plan = move || result.with(|r| r.clone().and_then(Result::ok));
    let errors = move || match result.get() {
        Some(Err(errors)) => errors,
        _ => Vec::new(),
    };
    let invalid = move || result.with(|r| matches!(r, Some(Err(e)) if !e.is_empty()));

    let file_id = format!("{id}-file");
    let text_id = format!("{id}-csv");
    let hint_id = format!("{id}-csv-hint");
    let errors_id = format!("{id}-csv-errors");
    let described_by = {
        let (hint_id, errors_id) = (hint_id.clone(), errors_id.clone());
        move || match invalid() {
            true => format!("{hint_id} {errors_id}"),
            false => hint_id.clone(),
        }
    };
    let start_over = move || {
        checked.set(false);
        status.set(None);
        refusal.set(None);
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        start_over();
        file_problem.set(None);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let read = read_file(file).await.and_then(|bytes| {
                String::from_utf8(bytes).map_err(|_| {
                    "The file is not UTF-8 text; save it as \"CSV UTF-8\" and choose it again."
                        .to_string()
                })
            });
            match read {
                Ok(t) => text.set(t),
                Err(problem) => file_problem.set(Some(problem)),
            }
        });
    };
    let confirm = move |_| {
        let Some(p) = result.with_untracked(|r| r.clone().and_then(Result::ok)) else {
            return;
        };
        match apply.run(p) {
            Ok(done) => {
                checked.set(false);
                status.set(Some(done));
            }
            Err(issue) => refusal.set(Some(issue)),
        }
    };
    let error_list = move || {
        let errors = errors();
        (!errors.is_empty()).then(|| {
            let summary = match errors.len() {
                1 => "1 problem, so nothing will be applied:".to_string(),
                n => format!("{n} problems, so nothing will be applied:"),
            };
            view! {
                <div id=errors_id.clone() class="field-error import-errors" role="alert">
                    <p>{summary}</p>
                    <ul>
                        {errors.iter().map(|e| view! { <li>{e.to_string()}</li> }).collect_view()}
                    </ul>
                </div>
            }
        })
    };
    let ready = move || {
        plan().map(|p| {
            let label = confirm_label.run(p.clone());
            view! {
                <div class="import-preview">
                    {preview.run(p)}
                    <IssueAlert issue=refusal />
                    <button type="button" on:click=confirm>{label}</button>
                </div>
            }
        })
    };

    view! {
        <div class="field">
            <label for=file_id.clone()>{format!("{what} file")}</label>
            <input
                id=file_id.clone()
                type="file"
                accept=".csv,text/csv,text/plain"
                on:change=on_file
                aria-invalid=move || file_problem.with(Option::is_some).then_some("true")
                aria-describedby={
                    let error_id = format!("{file_id}-error");
                    move || file_problem.with(Option::is_some).then(|| error_id.clone())
                }
            />
            <FieldIssue id=format!("{file_id}-error") message=file_problem />
        </div>
        <div class="field">
            <label for=text_id.clone()>{format!("{what} CSV")}</label>
            <textarea
                id=text_id
                class="csv-text"
                rows="8"
                spellcheck="false"
                bind:value=text
                on:input=move |_| start_over()
                aria-invalid=move || invalid().then_some("true")
                aria-describedby=described_by
            ></textarea>
            <p id=hint_id class="hint">
                {format!(
                    "Choose a file above or paste its text. Line 1 is the header: {}.",
                    columns.join(", ")
                )}
            </p>
            {error_list}
        </div>
        {children.map(|c| c())}
        <button
            type="button"
            on:click=move |_| {
                status.set(None);
                refusal.set(None);
                checked.set(true);
            }
        >
            {check_label}
        </button>
        {ready}
        <p class="status" role="status">{move || status.get()}</p>
    }
}
