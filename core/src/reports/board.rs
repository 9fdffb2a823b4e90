//! The dashboard of the book's program: the license-based partner's worries (T10–T12, C10,
//! C11) or new commerce's (N14, N15, N20, N31).

use super::dashboard::{dashboard, Dashboard};
use super::nce_dashboard::{nce_dashboard, NceDashboard};
use crate::billing::billing_engine;
use crate::billing::derive::Derived;
use crate::billing::engine::Program;
use crate::model::catalog::Catalog;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Board {
    LicenseBased(Dashboard),
    NewCommerce(NceDashboard),
}

pub fn board(state: &Derived, catalog: &Catalog) -> Board {
    match billing_engine(state.profile).program() {
        Program::LicenseBased => Board::LicenseBased(dashboard(state, catalog)),
        Program::NewCommerce => Board::NewCommerce(nce_dashboard(state, catalog)),
    }
}
