//! New commerce (profile "2022", SPEC-NCE §11) as plain data: terms and billing plans, price
//! rows, offers and the sample catalog (N1–N3), charge cycles (N5), exact per-seat amounts
//! (N6), the ids and scheduled changes actions carry, lines and subscriptions as they stand.

pub mod cycle;
pub mod ids;
pub mod limits;
pub mod line;
pub mod offer;
pub mod order;
pub mod per_seat;
pub mod price;
pub mod sample_catalog;
pub mod subscription;
pub mod term;
