//! Building blocks that more than one page uses: the action flow with its live preview, the
//! forms that create a customer or a subscription, tables of charge lines, pickers, paging,
//! backup and restore, the rules-profile confirmation, and formatting of core figures. Every figure comes from the core.

pub mod action_flow;
pub mod backup;
pub mod book_notice;
pub mod charge_lines;
pub mod customer_form;
pub mod customer_picker;
pub mod format;
pub mod new_order;
pub mod paged;
pub mod pager;
pub mod preview_panel;
pub mod profile_dialog;
pub mod purchase_forms;
pub mod trial_forms;
