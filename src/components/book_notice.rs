//! What happened to the stored book outside this page's actions (another tab's change),
//! announced at the top of the pages that show the book, in the partner's language.

use crate::forms::issue::Issue;
use crate::state::book_state::use_book;
use crate::state::language::use_language;
use crate::store::{NotKept, Notice};
use leptos::prelude::*;
use partnerdesk_l10n::{CommonText, Lang};

#[component]
pub fn BookNotice() -> impl IntoView {
    let book = use_book();
    let language = use_language();
    view! {
        <p class="book-notice" role="status">
            {move || book.notice().map(|notice| notice_text(&notice, language.get()))}
        </p>
    }
}

/// The notice as one paragraph: each action not kept, with why the rules refused it now.
pub fn notice_text(notice: &Notice, lang: Lang) -> String {
    match notice {
        Notice::BothKept => lang.text(CommonText::BothChangesKept).to_string(),
        Notice::NotKept(actions) => actions
            .iter()
            .map(|action| not_kept_text(action, lang))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

fn not_kept_text(action: &NotKept, lang: Lang) -> String {
    let whose = if action.own {
        CommonText::OwnActionNotKept
    } else {
        CommonText::OtherTabActionNotKept
    };
    let why = Issue::from(action.refusal.clone()).text(lang);
    format!("{} {why}", lang.text(whose))
}

#[cfg(test)]
mod tests {
    use super::*;
    use partnerdesk_core::base::rule_error::RuleError;
    use partnerdesk_core::storage::generated_book::{empty_book, generated_customer};
    use partnerdesk_core::NaiveDate;

    /// What the rules say when both tabs created the same customer.
    fn same_customer_twice() -> RuleError {
        let day = NaiveDate::from_ymd_opt(2018, 6, 1).unwrap();
        let mut book = empty_book();
        book.execute(generated_customer(1), day).unwrap();
        book.execute(generated_customer(1), day).unwrap_err()
    }

    #[test]
    fn a_notice_is_said_in_the_partners_language() {
        let refusal = same_customer_twice();
        let said_dutch = Issue::from(refusal.clone()).text(Lang::Nl);
        assert_ne!(said_dutch, refusal.message, "the refusal has Dutch words");
        let notice = Notice::NotKept(vec![
            NotKept {
                own: true,
                refusal: refusal.clone(),
            },
            NotKept {
                own: false,
                refusal,
            },
        ]);
        let dutch = notice_text(&notice, Lang::Nl);
        let own = Lang::Nl.text(CommonText::OwnActionNotKept);
        let other = Lang::Nl.text(CommonText::OtherTabActionNotKept);
        assert_eq!(dutch, format!("{own} {said_dutch} {other} {said_dutch}"));
        assert_eq!(
            notice_text(&Notice::BothKept, Lang::De),
            "Ein anderer Tab hat das Buch im selben Moment geändert; beide Änderungen bleiben erhalten."
        );
    }
}
