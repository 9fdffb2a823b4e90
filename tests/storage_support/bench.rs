//! What the storage benchmarks in Chromium share: the clock, turns of the event loop, work
//! run in the background with its longest task, the real localStorage, a new customer, one
//! action stored (median of 7).

use partnerdesk::store::{BookLoad, Store};
use partnerdesk_core::model::command::Command;
use partnerdesk_core::storage::generated_book::generated_customer;
use wasm_bindgen_test::console_log;

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Hands the event loop back between steps: a page busy for 30 s loses its driver.
pub async fn breathe() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Runs `work` in the background: its time, and the longest wait for a turn of the event loop
/// meanwhile, which is the longest task it ran.
pub async fn in_the_background(
    work: impl std::future::Future<Output = ()> + 'static,
) -> (f64, f64) {
    let done = std::rc::Rc::new(std::cell::Cell::new(false));
    let flag = done.clone();
    let t = now_ms();
    wasm_bindgen_futures::spawn_local(async move {
        work.await;
        flag.set(true);
    });
    let mut longest = 0.0f64;
    while !done.get() {
        let asked = now_ms();
        breathe().await;
        longest = longest.max(now_ms() - asked);
    }
    (now_ms() - t, longest)
}

pub fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// The n-th new customer of a benchmark: a generated customer with an id and a domain of its
/// own.
pub fn a_new_customer(n: usize) -> Command {
    let Command::CreateCustomer(mut customer) = generated_customer(n % 8) else {
        unreachable!("a generated customer")
    };
    customer.id = format!("be7c0000-0000-4000-8000-{n:012}");
    customer.domain = format!("bench{n}.example.com");
    Command::CreateCustomer(customer)
}

pub fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// Seven actions stored (median): in all, and its parts: the rules (run again on a copy), and
/// the copy of the book, which the store makes ahead, between actions.
pub async fn bench_actions(
    store: &Store,
    what: &str,
    command: impl Fn(usize) -> Command,
    today: partnerdesk_core::NaiveDate,
) {
    let (mut copy, mut rules, mut whole) = (Vec::new(), Vec::new(), Vec::new());
    for n in 0..7 {
        breathe().await;
        let BookLoad::Loaded(book) = store.load_book() else {
            panic!("the stored book reads back");
        };
        let t = now_ms();
        let mut next = book.as_ref().clone();
        copy.push(now_ms() - t);
        let t = now_ms();
        next.execute(command(100 + n), today)
            .expect("the rules accept it");
        rules.push(now_ms() - t);
        drop((book, next));
        breathe().await;
        let t = now_ms();
        store
            .commit_action(
                || unreachable!("a book is stored"),
                |b| b.execute(command(n), today),
            )
            .expect("the action is stored");
        whole.push(now_ms() - t);
    }
    let (copy, rules, whole) = (median(copy), median(rules), median(whole));
    console_log!(
        "wasm {what} on the stored book: {whole:.0} ms in all (median of 7; target <= 20 ms): the rules {rules:.0} ms, reading storage and storing the journal entry {:.0} ms; the book's copy ({copy:.0} ms) made ahead, between actions",
        whole - rules
    );
}
