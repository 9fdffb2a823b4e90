//! The storage layer: the stored form of a book — a versioned envelope, step-by-step migrations,
//! deflate packed 15 bits per character — and what keeps it whole: two tabs writing at once
//! (rebase), and the checks a backup passes before it replaces the book (history and catalog).
//! With a generated book of any size, for benchmarks and load tests.

pub mod backup;
pub mod catalog_check;
pub mod compact_codec;
pub mod contents_check;
pub mod crc32;
pub mod demo_book;
pub mod envelope;
pub mod generated_book;
pub mod generated_nce_book;
pub mod history_check;
pub mod journal;
pub mod kept_figures;
pub mod migration;
pub mod rebase;
pub mod scenario_record;
pub mod stepped_encoder;
pub mod stepped_reader;
pub mod stored;
pub mod text_packing;
