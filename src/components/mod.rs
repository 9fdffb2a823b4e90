//! Building blocks of the partner workflows: action forms with their live preview, tables of
//! subscriptions and charge lines, pickers, paging and history. Every figure comes from the core.

pub mod action_check;
pub mod action_flow;
pub mod book_notice;
pub mod change_forms;
pub mod charge_lines;
pub mod customer_form;
pub mod customer_picker;
pub mod fields;
pub mod format;
pub mod history;
pub mod issue;
pub mod new_order;
pub mod offer_details;
pub mod paged;
pub mod pager;
pub mod preview_panel;
pub mod purchase_forms;
pub mod subscription_panel;
pub mod subscriptions_table;
pub mod trial_forms;
pub mod trial_notes;
