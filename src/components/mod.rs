//! Building blocks that more than one page uses: the action flow with its live preview, the
//! forms that create a customer or a subscription, tables of charge lines, pickers, paging,
//! backup and restore, the rules-profile confirmation, the box that wide tables scroll in, and
//! formatting of core figures. Every figure comes from the core.

pub mod action_flow;
pub mod backup;
pub mod book_notice;
pub mod charge_lines;
pub mod customer_form;
pub mod customer_picker;
pub mod derivation_gate;
pub mod format;
pub mod nce_purchase_form;
pub mod new_order;
pub mod paged;
pub mod pager;
pub mod preview_panel;
pub mod profile_dialog;
pub mod program_text;
pub mod purchase_forms;
pub mod table_scroll;
pub mod term_plan_choice;
pub mod trial_forms;
pub mod words;
