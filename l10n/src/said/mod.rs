//! The core's refusals (`Say`'s sub-enums) in the three languages side by side: one file per
//! sub-enum, each variant matched once and written `lang.pick([english, dutch, german])`.
//!
//! English is word for word the core's `RuleError::message`, which texts built around a
//! refusal and the end-to-end tests read: its dates stay M/D/YYYY and its counts ungrouped.
//! Dutch and German write them in their locale's form.

mod book;
mod bounds;
mod customer;
mod history;
pub(crate) mod import;
mod legacy_adoption;
mod legacy_change;
mod legacy_price_list;
mod legacy_purchase;
mod legacy_renewal;
mod legacy_trial;
mod nce_action;
mod nce_adoption;
mod nce_lifecycle;
mod nce_offer;
mod nce_order;
mod nce_plan;
mod nce_seats;
pub(crate) mod notes;
mod price_cell;
mod storage;

use crate::lang::Lang;
use crate::{de, en, nl};
use chrono::NaiveDate;
use partnerdesk_core::base::dates::us_date;
use partnerdesk_core::base::say::{Cadence, Say, SubState, TermPlanWord, TermWord};
use partnerdesk_core::Money;

/// What the core says, in `lang`.
pub(crate) fn word(lang: Lang, say: &Say) -> String {
    match say {
        Say::Settings(problem) => match lang {
            Lang::En => en::say(problem),
            Lang::Nl => nl::say(problem),
            Lang::De => de::say(problem),
        },
        Say::Customer(problem) => customer::word(lang, problem),
        Say::Book(r) => book::word(lang, r),
        Say::Bounds(r) => bounds::word(lang, r),
        Say::History(line) => history::word(lang, line),
        Say::LegacyPurchase(r) => legacy_purchase::word(lang, r),
        Say::LegacyTrial(r) => legacy_trial::word(lang, r),
        Say::LegacyAdoption(r) => legacy_adoption::word(lang, r),
        Say::LegacyChange(r) => legacy_change::word(lang, r),
        Say::LegacyRenewal(r) => legacy_renewal::word(lang, r),
        Say::LegacyPriceList(r) => legacy_price_list::word(lang, r),
        Say::NceOrder(r) => nce_order::word(lang, r),
        Say::NceOffer(r) => nce_offer::word(lang, r),
        Say::NceAction(r) => nce_action::word(lang, r),
        Say::NceSeats(r) => nce_seats::word(lang, r),
        Say::NceLifecycle(r) => nce_lifecycle::word(lang, r),
        Say::NcePlan(r) => nce_plan::word(lang, r),
        Say::NceAdoption(r) => nce_adoption::word(lang, r),
        Say::Import(p) => import::word(lang, p),
        Say::Storage(p) => storage::word(lang, p),
    }
}

impl Lang {
    /// This language's one of `[english, dutch, german]`.
    pub fn pick<T>(self, [english, dutch, german]: [T; 3]) -> T {
        match self {
            Lang::En => english,
            Lang::Nl => dutch,
            Lang::De => german,
        }
    }
}

/// The figures and words of a refusal, written for one language.
#[derive(Clone, Copy)]
pub(crate) struct Figures(pub Lang);

impl Figures {
    /// A day: 6/1/2018 in English as the core writes it, the locale's form otherwise.
    pub fn day(self, day: NaiveDate) -> String {
        match self.0 {
            Lang::En => us_date(day),
            lang => lang.date(day),
        }
    }

    /// A count: ungrouped in English as the core writes it, the locale's form otherwise.
    pub fn n(self, n: impl Into<i64>) -> String {
        let n = n.into();
        match self.0 {
            Lang::En => n.to_string(),
            lang => lang.count(n),
        }
    }

    /// An amount: as the core writes it in English ("1000000.00"), the locale's form otherwise.
    pub fn amount(self, amount: Money) -> String {
        match self.0 {
            Lang::En => amount.to_string(),
            lang => lang.amount(amount),
        }
    }

    /// A line of a file: "Line 3", "Regel 3", "Zeile 3".
    pub fn line(self, line: usize) -> String {
        format!(
            "{} {}",
            self.0.pick(["Line", "Regel", "Zeile"]),
            self.count_of(line)
        )
    }

    /// A count held as `usize` (a line, a number of fields), as `n` writes it.
    pub fn count_of(self, n: usize) -> String {
        i64::try_from(n).map_or_else(|_| n.to_string(), |n| self.n(n))
    }

    /// Names (of offers, countries) as a list.
    pub fn names(self, names: &[String]) -> String {
        names.join(", ")
    }

    /// A subscription's state after "is": "suspended", "opgeschort", "ausgesetzt".
    pub fn state(self, state: SubState) -> &'static str {
        self.0.pick(match state {
            SubState::Trial => ["trial", "een proefversie", "eine Testversion"],
            SubState::Expired => ["expired", "verlopen", "abgelaufen"],
            SubState::Active => ["active", "actief", "aktiv"],
            SubState::Suspended => ["suspended", "opgeschort", "ausgesetzt"],
            SubState::Deleted => ["deleted", "verwijderd", "gelöscht"],
            SubState::Ended => ["ended", "beëindigd", "beendet"],
            SubState::Canceled => ["canceled", "geannuleerd", "storniert"],
            SubState::Disabled => ["disabled", "uitgeschakeld", "deaktiviert"],
        })
    }

    /// How often, after "billed": "monthly", "maandelijks", "monatlich".
    pub fn cadence(self, cadence: Cadence) -> &'static str {
        self.0.pick(match cadence {
            Cadence::Monthly => ["monthly", "maandelijks", "monatlich"],
            Cadence::Annual => ["annual", "jaarlijks", "jährlich"],
            Cadence::Triennial => ["triennial", "driejaarlijks", "alle drei Jahre"],
        })
    }

    /// A new commerce term's length: "1 year", "1 jaar", "1 Jahr".
    pub fn term(self, term: TermWord) -> &'static str {
        self.0.pick(match term {
            TermWord::OneMonth => ["1 month", "1 maand", "1 Monat"],
            TermWord::OneYear => ["1 year", "1 jaar", "1 Jahr"],
            TermWord::ThreeYears => ["3 years", "3 jaar", "3 Jahre"],
        })
    }

    /// A new commerce term and plan: "1 year, billed monthly", "3 years, paid up front".
    pub fn term_plan(self, term_plan: TermPlanWord) -> String {
        let term = self.term(term_plan.term);
        if term_plan.upfront {
            let paid = self
                .0
                .pick(["paid up front", "vooruitbetaald", "im Voraus bezahlt"]);
            return format!("{term}, {paid}");
        }
        let how = self.cadence(term_plan.plan);
        self.0.pick([
            format!("{term}, billed {how}"),
            format!("{term}, {how} gefactureerd"),
            format!("{term}, {how} abgerechnet"),
        ])
    }

    /// Frequencies to choose from: "Monthly or Annual" (English capitalises them as the
    /// catalog's column does).
    pub fn cadences(self, cadences: &[Cadence]) -> String {
        let words: Vec<String> = cadences
            .iter()
            .map(|&c| match self.0 {
                Lang::En => capitalised(self.cadence(c)),
                _ => self.cadence(c).to_string(),
            })
            .collect();
        words.join(self.0.pick([" or ", " of ", " oder "]))
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Auto-renew set to what it is already, under either program.
fn auto_renew_already(on: bool) -> [&'static str; 3] {
    match on {
        true => [
            "Auto-renew is already on.",
            "Automatisch verlengen staat al aan.",
            "Die automatische Verlängerung ist bereits aktiviert.",
        ],
        false => [
            "Auto-renew is already off.",
            "Automatisch verlengen staat al uit.",
            "Die automatische Verlängerung ist bereits deaktiviert.",
        ],
    }
}
