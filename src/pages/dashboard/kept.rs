//! The dashboard drawn from the figures kept beside the book (store `kept_figures`) while the
//! app starts: the same tiles, chart and lists' first rows, read-only, with a status saying
//! they are being brought up to date; the app replaces it with the live dashboard.

use super::{facts, Figures, Lists};
use crate::state::language::use_language;
use crate::store::kept_figures::DashboardFigures;
use leptos::prelude::*;
use partnerdesk_l10n::DashboardText as T;
use std::sync::Arc;

#[component]
pub fn KeptDashboard(figures: DashboardFigures) -> impl IntoView {
    let language = use_language();
    let DashboardFigures {
        cockpit,
        board,
        partner,
        profile,
        currency,
    } = figures;
    let lists = Signal::stored(Lists::kept(&board));
    view! {
        <h1>{language.tr(T::Title)}</h1>
        <p class="kept-status" role="status">{language.tr(T::UpdatingFigures)}</p>
        {facts(Signal::stored(partner), Signal::stored(profile.label()))}
        <Figures
            cockpit=Signal::stored(Arc::new(cockpit))
            currency=Signal::stored(currency)
            lists
            live=false
        />
    }
}
