//! Choosing a term and billing plan with what each costs side by side, as the core prices them
//! for the offer, the day and the seats (N1–N3): the price per cycle, per month, the first
//! charge, and how much more per month than a year paid up front.

use super::format::money_in;
use super::words::term_plan_words;
use crate::forms::field::{Field, FieldMessage};
use crate::state::book_state::use_book;
use crate::state::language::{current_lang, use_language};
use crate::state::settings_context::use_settings;
use leptos::prelude::*;
use partnerdesk_core::billing::nce::pricing::{price_options, PriceOption};
use partnerdesk_core::model::nce::term::TermPlan;
use partnerdesk_l10n::{ActionsText as A, CommonText, Lang};

/// "+20 %", "±0 %" or "—" when the offer has no year paid up front.
fn over_annual(lang: Lang, option: &PriceOption) -> String {
    let figure = |p: &dyn ToString| {
        p.to_string()
            .replace('.', &lang.decimal_separator().to_string())
    };
    match option.over_annual_percent {
        Some(p) if p.is_zero() => "±0 %".to_string(),
        Some(p) if p.is_sign_positive() => format!("+{} %", figure(&p)),
        Some(p) => format!("{} %", figure(&p)),
        None => "—".to_string(),
    }
}

/// The choice of `offer`'s combinations on today, each with its prices for `seats` seats; the
/// value is the chosen combination's key. `only` restricts the choice (an add-on's base's).
#[component]
pub fn TermPlanChoice(
    field: Field,
    #[prop(into)] offer: Signal<String>,
    #[prop(into)] seats: Signal<u32>,
    value: RwSignal<String>,
    #[prop(optional_no_strip)] only: Option<TermPlan>,
) -> impl IntoView {
    let book = use_book();
    let settings = use_settings();
    let language = use_language();
    let name = field.id();
    let options = Memo::new(move |_| {
        let today = book.today();
        let offer = offer.get();
        book.with(|b| price_options(&b.nce_catalog(), &offer, today, seats.get()))
            .into_iter()
            .filter(|o| only.is_none_or(|tp| tp == o.term_plan))
            .collect::<Vec<_>>()
    });
    let rows = move || {
        let lang = language.get();
        let currency = settings.with(|s| s.currency.clone());
        options
            .get()
            .into_iter()
            .map(|o| {
                let key = o.term_plan.key();
                let id = format!("{name}-{key}");
                let months = o.term_plan.plan.months();
                let per_cycle = match months {
                    1 => A::PricePerMonth,
                    12 => A::PricePerYear,
                    _ => A::PricePerThreeYears,
                };
                let price = lang.fill(per_cycle, &[&money_in(o.unit_price, &currency)]);
                view! {
                    <tr>
                        <th scope="row">
                            <input type="radio" id=id.clone() name=name.clone() value=key bind:group=value />
                            <label for=id>{term_plan_words(lang, o.term_plan)}</label>
                        </th>
                        <td class="num">{price}</td>
                        <td class="num">{money_in(o.per_month, &currency)}</td>
                        <td class="num">{money_in(o.first_charge, &currency)}</td>
                        <td class="num">{over_annual(lang, &o)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="term-plan" aria-invalid=field.invalid() aria-describedby=field.described_by()>
            <legend>{language.tr(A::TermAndBillingPlan)}</legend>
            <table class="prices">
                <caption>{language.tr(A::PricesCaption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{language.tr(CommonText::TermAndBilling)}</th>
                        <th scope="col">{language.tr(A::Price)}</th>
                        <th scope="col">{language.tr(A::PerSeatPerMonth)}</th>
                        <th scope="col">{language.tr(A::FirstCharge)}</th>
                        <th scope="col">{language.tr(A::AgainstUpfront)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <FieldMessage field />
        </fieldset>
    }
}

/// The combination a choice's value names, or the term field's problem.
pub fn chosen_term_plan(
    key: &str,
) -> Result<TermPlan, partnerdesk_core::base::field_error::FieldError> {
    TermPlan::from_key(key).ok_or_else(|| {
        partnerdesk_core::base::field_error::FieldError::new(
            "term",
            current_lang().text(A::ChooseTermPlan),
        )
    })
}
