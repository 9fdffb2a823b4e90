//! What an action will do, from the core's `preview`: the subscription before and after (its
//! dates above all), the charge lines added or no longer expected with their invoice dates,
//! the net amount and the core's notes with the formulas' figures. Written in the language in
//! use when drawn: the action flow draws it again when the language changes.

use super::charge_lines::ChargeLinesTable;
use super::format::{count_text, date_text, money_in, money_text, offer_name, span_text};
use super::words::{frequency_word, status_word, term_plan_words};
use crate::state::language::current_lang;
use leptos::prelude::*;
use partnerdesk_core::billing::commitment::{Commitment, PeriodNet};
use partnerdesk_core::model::catalog::Catalog;
use partnerdesk_core::model::charge_line::ChargeLine;
use partnerdesk_core::model::subscription::SubscriptionView;
use partnerdesk_core::rules::preview::Preview;
use partnerdesk_l10n::{ActionsText, CommonText, Lang};

/// A fact's name: a word pages share, or one of the preview's own.
#[derive(Clone, Copy)]
enum Label {
    Common(CommonText),
    Own(ActionsText),
}

impl Label {
    fn text(self, lang: Lang) -> &'static str {
        match self {
            Label::Common(key) => lang.text(key),
            Label::Own(key) => lang.text(key),
        }
    }
}

type Fact = (
    Label,
    fn(Lang, &SubscriptionView, &Catalog) -> Option<String>,
);

/// The facts of a subscription that an action can change, in the order a partner reads them.
const FACTS: [Fact; 15] = [
    (Label::Common(CommonText::Status), |l, s, _| {
        Some(l.text(status_word(s.status)).to_string())
    }),
    (Label::Common(CommonText::Offer), |_, s, c| {
        Some(offer_name(c, &s.offer_id))
    }),
    (Label::Common(CommonText::Nickname), |_, s, _| {
        s.nickname.clone()
    }),
    (Label::Common(CommonText::Quantity), |_, s, _| {
        Some(count_text(s.quantity.into()))
    }),
    (Label::Common(CommonText::BillingFrequency), |l, s, _| {
        s.nce
            .is_none()
            .then(|| l.text(frequency_word(s.frequency)).to_string())
    }),
    (Label::Common(CommonText::TermAndBilling), |l, s, _| {
        let nce = s.nce.as_deref()?;
        Some(nce.term_plan.map_or_else(
            || l.text(CommonText::NoneTrial).to_string(),
            |tp| term_plan_words(l, tp),
        ))
    }),
    (Label::Common(CommonText::Term), |_, s, _| {
        s.term.map(|t| span_text(t.start, t.end))
    }),
    (Label::Common(CommonText::RenewalDate), |_, s, _| {
        s.renewal_date().map(date_text)
    }),
    (Label::Own(ActionsText::TrialExpires), |_, s, _| {
        s.trial
            .as_ref()
            .filter(|t| t.converted_on.is_none())
            .map(|t| date_text(t.expires))
    }),
    (Label::Own(ActionsText::ConvertedFromTrial), |_, s, _| {
        s.trial.as_ref().and_then(|t| t.converted_on).map(date_text)
    }),
    (Label::Own(ActionsText::ReactivationUntil), |_, s, _| {
        s.reactivate_until().map(date_text)
    }),
    (Label::Own(ActionsText::MonthlyUnitPrice), |_, s, _| {
        s.nce
            .is_none()
            .then(|| s.unit_price.map(money_text))
            .flatten()
    }),
    (Label::Own(ActionsText::PricePerSeatPerCycle), |_, s, _| {
        s.nce.as_ref().and_then(|_| s.unit_price.map(money_text))
    }),
    (Label::Common(CommonText::LastDayToCancel), |_, s, _| {
        s.nce
            .as_deref()
            .and_then(|n| n.last_cancel_day())
            .map(date_text)
    }),
    (Label::Common(CommonText::AutoRenew), |l, s, _| {
        let on_off = if s.auto_renew {
            CommonText::On
        } else {
            CommonText::Off
        };
        (!s.is_trial()).then(|| l.text(on_off).to_string())
    }),
];

#[component]
pub fn PreviewPanel(
    heading_id: String,
    preview: Preview,
    catalog: Catalog,
    currency: String,
) -> impl IntoView {
    let lang = current_lang();
    let facts = FACTS
        .iter()
        .filter_map(|(name, fact)| {
            let before = preview
                .before
                .as_ref()
                .and_then(|s| fact(lang, s, &catalog));
            let after = preview.after.as_ref().and_then(|s| fact(lang, s, &catalog));
            let changed = before != after;
            (before.is_some() || after.is_some()).then(|| {
                view! {
                    <tr class:changed=changed>
                        <th scope="row">{name.text(lang)}</th>
                        <td>{before.unwrap_or_else(|| "—".into())}</td>
                        <td>{after.unwrap_or_else(|| "—".into())}</td>
                    </tr>
                }
            })
        })
        .collect_view();
    let net = preview.net_amount();
    let lines_table = |caption: ActionsText, lines: &Vec<ChargeLine>| {
        (!lines.is_empty()).then(|| {
            view! {
                <ChargeLinesTable
                    caption=lang.text(caption).to_string()
                    lines=lines.clone()
                    catalog=catalog.clone()
                    currency=currency.clone()
                />
            }
        })
    };
    let added = lines_table(ActionsText::NewChargeLines, &preview.added_lines);
    let removed = lines_table(ActionsText::ChargeLinesRemoved, &preview.removed_lines);
    let no_lines = (preview.added_lines.is_empty() && preview.removed_lines.is_empty())
        .then(|| view! { <p>{lang.text(ActionsText::NoLinesChange)}</p> });
    let notes = (!preview.notes.is_empty()).then(|| {
        view! {
            <ul class="notes" aria-label=lang.text(ActionsText::HowWorkedOut)>
                {preview.notes.iter().map(|n| view! { <li>{lang.note(n)}</li> }).collect_view()}
            </ul>
        }
    });
    let answers = answers(lang, &preview, &currency);
    let labelled_by = heading_id.clone();
    view! {
        <section class="preview" aria-labelledby=labelled_by>
            <h3 id=heading_id>{lang.text(ActionsText::Preview)}</h3>
            <table class="facts-table">
                <caption>{lang.text(ActionsText::NowAndAfter)}</caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">{lang.text(ActionsText::Now)}</th>
                        <th scope="col">{lang.text(ActionsText::After)}</th>
                    </tr>
                </thead>
                <tbody>{facts}</tbody>
            </table>
            {added}
            {removed}
            {no_lines}
            <p class="net">
                {lang.text(ActionsText::NetEffect)} " "
                <strong>{money_in(net, &currency)}</strong>
            </p>
            {answers}
            {notes}
        </section>
    }
}

/// The preview's answers to the partner's questions: why an amount isn't unit × quantity, what
/// the subscription commits the customer to, what a cancelled period still costs.
fn answers(lang: Lang, preview: &Preview, currency: &str) -> impl IntoView {
    let prorated = preview
        .added_lines
        .iter()
        .chain(&preview.removed_lines)
        .any(|l| l.is_prorated())
        .then(|| {
            view! {
                <p class="prorated">{lang.text(ActionsText::Prorated)}</p>
            }
        });
    let commitment = preview
        .commitment
        .as_ref()
        .map(|c| view! { <p class="commitment">{commitment_text(lang, c, currency)}</p> });
    let period = preview
        .period
        .as_ref()
        .map(|p| view! { <p class="period-net">{period_text(lang, p, currency)}</p> });
    view! { {prorated} {commitment} {period} }
}

/// "Commitment: 200.00 USD a month, 2,400.00 USD over the 12-month term, until …".
fn commitment_text(lang: Lang, c: &Commitment, currency: &str) -> String {
    let per_month = money_in(c.per_month, currency);
    let until = date_text(c.term_end);
    match (c.months, c.over_term) {
        (Some(months), Some(total)) => lang.fill(
            ActionsText::CommitmentOverTerm,
            &[
                &per_month,
                &money_in(total, currency),
                &count_text(months.into()),
                &until,
            ],
        ),
        _ => lang.fill(ActionsText::CommitmentUntil, &[&per_month, &until]),
    }
}

/// What the customer still pays for the period a cancellation falls in.
fn period_text(lang: Lang, p: &PeriodNet, currency: &str) -> String {
    let span = span_text(p.start, p.end);
    if p.net().is_zero() {
        lang.fill(ActionsText::PeriodFree, &[&span])
    } else {
        lang.fill(
            ActionsText::PeriodPays,
            &[
                &span,
                &money_in(p.net(), currency),
                &money_in(p.charged, currency),
                &money_in(p.credited, currency),
            ],
        )
    }
}
