//! Importing a price list (SPEC P9): checked against the catalog in force on the effective
//! date, shown row by row, applied as one recorded action.

use super::csv_import::{Applying, CsvImport};
use crate::components::format::{date_text, money_text};
use crate::components::table_scroll::TableScroll;
use crate::forms::field::{Field, FieldMessage};
use crate::forms::issue::Issue;
use crate::state::book_state::use_book;
use crate::state::settings_context::use_settings;
use leptos::prelude::*;
use partnerdesk_core::base::bounds::{day_range_message, plausible_day};
use partnerdesk_core::base::dates::parse_date;
use partnerdesk_core::imports::price_list::{preview_price_list, PRICE_LIST_COLUMNS};
use partnerdesk_core::model::catalog::PricePoint;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::price_list_plan::{ChangeIndicator, PlanRow, PriceListPlan};
use partnerdesk_core::reports::history::describe;

/// SPEC P9: checked against the catalog in force today, applied as one recorded action.
#[component]
pub fn PriceListImport() -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let effective = RwSignal::new(book.today().to_string());
    let effective_day = move || parse_date(&effective.get()).filter(|d| plausible_day(*d));
    let date_problem = move || match parse_date(&effective.get()) {
        None => Some("Enter the effective date, such as 2018-06-01.".to_string()),
        Some(day) if !plausible_day(day) => Some(day_range_message()),
        Some(_) => None,
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
    let apply = Callback::new(move |(plan, applying): (PriceListPlan, Applying)| {
        match book.execute(Command::ImportPriceList(plan)) {
            Ok(events) => {
                let done: Vec<String> = catalog.with_untracked(|c| {
                    events
                        .iter()
                        .map(|e| format!("{}.", describe(e, c)))
                        .collect()
                });
                applying.done(done.join(" "));
            }
            Err(refusal) => applying.refused(Issue::from(refusal)),
        }
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
            <EffectiveDate effective problem=Signal::derive(date_problem) />
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
    // Owned: the table's headers are built inside its scroll box, which outlives this call.
    let currency = currency.to_string();
    view! {
        <TableScroll label="Changes in this price list">
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
        </TableScroll>
        <p>{summary}</p>
    }
}

/// The day the price list takes effect, typed as a date.
#[component]
fn EffectiveDate(effective: RwSignal<String>, problem: Signal<Option<String>>) -> impl IntoView {
    let field = Field::new("pricelist-effective", problem).hinted();
    view! {
        <div class="field">
            <label for=field.id()>"Effective date"</label>
            <input
                id=field.id()
                type="date"
                bind:value=effective
                aria-invalid=field.invalid()
                aria-describedby=field.described_by()
            />
            <p id=field.hint_id() class="hint">
                "Each row takes effect on its Valid from date or on this date, whichever is \
                 later; prices already billed never change (P8)."
            </p>
            <FieldMessage field />
        </div>
    }
}
