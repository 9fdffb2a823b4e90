//! Benchmark: the generated books (legacy and profile 2022) derived in steps natively, as the
//! app derives them between turns of the event loop: each span's steps, the longest, and the
//! derivation at once beside them.
//! `cargo run --release -p partnerdesk-core --example bench_derive_steps [customers] [work]`

use partnerdesk_core::base::dates::add_days;
use partnerdesk_core::billing::derive_both::DeriveBoth;
use partnerdesk_core::billing::derive_patch::{derive_span, LineSpan};
use partnerdesk_core::billing::derive_steps::DeriveSteps;
use partnerdesk_core::model::book::Book;
use partnerdesk_core::reports::cockpit::CHART_WINDOW;
use partnerdesk_core::storage::generated_book::{generated_book, generated_start};
use partnerdesk_core::storage::generated_nce_book::{generated_nce_book, generated_nce_start};
use partnerdesk_core::NaiveDate;
use std::time::Instant;

fn main() {
    let arg = |n: usize, default: usize| {
        std::env::args()
            .nth(n)
            .and_then(|a| a.parse().ok())
            .unwrap_or(default)
    };
    let customers = arg(1, 10_000) as u64;
    let work = arg(2, 1_000);
    let legacy = generated_book(customers, 3, 42);
    bench(
        "legacy 2018",
        &legacy,
        add_days(generated_start(), 3 * 365),
        work,
    );
    let nce = generated_nce_book(customers, 3, 42);
    bench(
        "new commerce 2022",
        &nce,
        add_days(generated_nce_start(), 3 * 365),
        work,
    );
}

fn bench(name: &str, book: &Book, today: NaiveDate, work: usize) {
    println!("== {name}, {work} units of work a step ==");
    for (label, span) in [
        ("every line", LineSpan::Every),
        ("chart months", LineSpan::Months(CHART_WINDOW)),
    ] {
        let t = Instant::now();
        let at_once = derive_span(book, today, span);
        let once = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let mut steps = DeriveSteps::new(book, today, span);
        let mut longest = t.elapsed().as_secs_f64() * 1e3;
        let started = longest;
        let mut count = 0;
        // The longest step of each stage: sorting events out, replaying, merging lines.
        let mut stages = [0f64; 3];
        while !steps.is_done() {
            let before = steps.progress();
            let stage = match before {
                p if p.of == 0 => 0,
                p if p.done < p.of => 1,
                _ => 2,
            };
            let t = Instant::now();
            steps.step(work);
            let ms = t.elapsed().as_secs_f64() * 1e3;
            stages[stage] = stages[stage].max(ms);
            longest = longest.max(ms);
            count += 1;
        }
        let t = Instant::now();
        let stepped = steps.finish();
        let finish = t.elapsed().as_secs_f64() * 1e3;
        assert_eq!(stepped.lines.len(), at_once.lines.len());
        println!(
            "{label}: at once {once:.0} ms; in steps: start {started:.0} ms, {count} steps, longest {longest:.0} ms, finish {finish:.1} ms ({} lines); longest sorting {:.0} ms, replaying {:.0} ms, merging {:.0} ms",
            stepped.lines.len(),
            stages[0],
            stages[1],
            stages[2]
        );
    }
    let t = Instant::now();
    let mut both = DeriveBoth::new(book, today, CHART_WINDOW);
    let (mut count, mut longest) = (0, t.elapsed().as_secs_f64() * 1e3);
    let started = Instant::now();
    while !both.is_done() {
        let t = Instant::now();
        both.step(work);
        longest = longest.max(t.elapsed().as_secs_f64() * 1e3);
        count += 1;
    }
    let t = Instant::now();
    let (every, months) = both.finish();
    let finish = t.elapsed().as_secs_f64() * 1e3;
    println!(
        "both from one run: {:.0} ms in {count} steps, longest {longest:.0} ms, split {finish:.0} ms ({} and {} lines)",
        started.elapsed().as_secs_f64() * 1e3,
        every.lines.len(),
        months.lines.len()
    );
}
