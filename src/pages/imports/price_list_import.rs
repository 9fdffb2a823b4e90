//! Importing a price list (SPEC P9): checked against the catalog in force on the effective
//! date, shown row by row, applied as one recorded action.

use super::csv_import::{Applying, CsvImport};
use crate::components::format::{date_text, money_text};
use crate::components::table_scroll::TableScroll;
use crate::forms::field::{Field, FieldMessage};
use crate::forms::issue::Issue;
use crate::state::book_state::use_book;
use crate::state::language::use_language;
use crate::state::settings_context::use_settings;
use leptos::prelude::*;
use partnerdesk_core::base::bounds::{day_range_message, plausible_day};
use partnerdesk_core::base::dates::parse_date;
use partnerdesk_core::base::say::Say;
use partnerdesk_core::imports::price_list::{preview_price_list, PRICE_LIST_COLUMNS};
use partnerdesk_core::model::catalog::PricePoint;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::price_list_plan::{ChangeIndicator, PlanRow, PriceListPlan};
use partnerdesk_core::reports::history_line::history_line;
use partnerdesk_l10n::{ImportsText as T, Lang};

/// SPEC P9: checked against the catalog in force today, applied as one recorded action.
#[component]
pub fn PriceListImport() -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let language = use_language();
    let effective = RwSignal::new(book.today().to_string());
    let effective_day = move || parse_date(&effective.get()).filter(|d| plausible_day(*d));
    let date_problem = move || match parse_date(&effective.get()) {
        // The field is a date input: the example is the form the browser hands over.
        None => Some(language.get().fill(T::EnterEffective, &["2018-06-01"])),
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
                let lang = language.now();
                let done: Vec<String> = catalog.with_untracked(|c| {
                    events
                        .iter()
                        .map(|e| format!("{}.", lang.say(&Say::from(history_line(e, c)))))
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
            labels=[T::PriceListFile, T::PriceListCsv]
            columns=&PRICE_LIST_COLUMNS
            check_label=T::CheckPriceList
            check
            preview
            confirm_label=Callback::new(move |_: PriceListPlan| language.now().text(T::ApplyPriceList).to_string())
            apply
        >
            <EffectiveDate effective problem=Signal::derive(date_problem) />
        </CsvImport>
    }
}

/// What a row does, in words, with its day.
fn outcome(row: &PlanRow, lang: Lang) -> String {
    match (row.change, row.new, row.valid_to) {
        (ChangeIndicator::Add, Some(p), _) => lang.fill(T::NewOfferFrom, &[&date_text(p.from)]),
        (ChangeIndicator::Change, Some(p), _) => lang.fill(T::NewPriceFrom, &[&date_text(p.from)]),
        (ChangeIndicator::Delete, _, Some(to)) => lang.fill(T::OrderableUntil, &[&date_text(to)]),
        _ => lang.text(T::NoChange).to_string(),
    }
}

fn price_list_table(plan: &PriceListPlan, currency: &str) -> impl IntoView {
    let lang = use_language().now();
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
                    <td>{outcome(r, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    let count = |n: usize| n.to_string();
    let summary = lang.fill(
        T::PlanSummary,
        &[
            &count(plan.added.len()),
            &count(plan.changed.len()),
            &count(plan.retired.len()),
            &count(plan.unchanged.len()),
        ],
    );
    // Owned: the table's headers are built inside its scroll box, which outlives this call.
    let currency = currency.to_string();
    view! {
        <TableScroll label=lang.text(T::ChangesCaption)>
        <table class="import-plan">
            <caption>{lang.text(T::ChangesCaption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{lang.text(T::Line)}</th>
                    <th scope="col">{lang.text(T::Change)}</th>
                    <th scope="col">{lang.text(T::Offer)}</th>
                    <th scope="col">{lang.fill(T::OldListPrice, &[&currency])}</th>
                    <th scope="col">{lang.fill(T::NewListPrice, &[&currency])}</th>
                    <th scope="col">{lang.fill(T::NewErpPrice, &[&currency])}</th>
                    <th scope="col">{lang.text(T::WhatHappens)}</th>
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
    let language = use_language();
    view! {
        <div class="field">
            <label for=field.id()>{language.tr(T::EffectiveDate)}</label>
            <input
                id=field.id()
                type="date"
                bind:value=effective
                aria-invalid=field.invalid()
                aria-describedby=field.described_by()
            />
            <p id=field.hint_id() class="hint">{language.tr(T::EffectiveHint)}</p>
            <FieldMessage field />
        </div>
    }
}
