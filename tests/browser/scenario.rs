//! The scenario (a moved today): actions kept apart from the real book, shown while today is
//! moved, kept through a reload, and discarded or kept on the way back to the real date.

use crate::support::*;
use crate::workflows_support::{contoso_book, d};
use leptos::prelude::*;
use partnerdesk::state::book_state::BookState;
use partnerdesk::state::clock::Clock;
use partnerdesk::state::settings_context::Settings;
use partnerdesk::store::Store;
use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::customer::{Customer, Segment};
use partnerdesk_core::storage::generated_book::empty_book;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen_test::wasm_bindgen_test;

const FABRIKAM: &str = "5c4b3a29-1807-4f6e-9d5c-4b3a29180706";

fn fabrikam() -> Command {
    Command::CreateCustomer(Customer {
        id: FABRIKAM.into(),
        company_name: "Fabrikam".into(),
        domain: "fabrikam.onmicrosoft.com".into(),
        country: "NL".into(),
        segment: Segment::Commercial,
        reseller_mpn_id: None,
    })
}

/// The contexts as the Shell provides them on `store`, with the real date 22 Nov 2025; the
/// book and the clock come back to the test. Mounting again on the same store is a reload.
fn mount_state(store: &Store) -> (Mounted<impl Mountable>, BookState, Clock) {
    let states = Rc::new(Cell::new(None));
    let seen = Rc::clone(&states);
    let store = store.clone();
    let app = mount(move || {
        let (clock, _) = Clock::provide(&store, d(2025, 11, 22));
        Settings::provide(&store);
        let (book, problems) = BookState::provide(&store);
        assert_eq!(problems, Vec::<String>::new());
        seen.set(Some((book, clock)));
        view! { <p>"state"</p> }
    });
    let (book, clock) = states.take().expect("the view was built");
    (app, book, clock)
}

fn events_shown(book: &BookState) -> usize {
    book.with(|b| b.events.len())
}

#[wasm_bindgen_test]
async fn a_scenario_is_kept_apart_survives_a_reload_and_discarding_it_unblocks_the_book() {
    let store = Store::in_memory();
    let (app, book, clock) = mount_state(&store);
    let contoso = contoso_book(d(2025, 11, 20)).events[0].command.clone();
    book.execute(contoso).unwrap();
    clock.move_to(d(2026, 1, 10)).unwrap();
    book.execute(fabrikam()).unwrap();
    assert_eq!(events_shown(&book), 2, "the views show the scenario");
    assert_eq!(book.scenario_actions(), 1);
    let real = store.load_book();
    let partnerdesk::store::BookLoad::Loaded(real) = real else {
        panic!("the real book is stored");
    };
    assert_eq!(real.events.len(), 1);
    assert_eq!(
        store.load_scenario(&real).unwrap().map(|s| s.events.len()),
        Some(2)
    );
    // Moving today again continues the scenario.
    clock.move_to(d(2026, 2, 1)).unwrap();
    assert_eq!(book.scenario_actions(), 1);
    assert_eq!(events_shown(&book), 2);
    // The clock stores the moved date in an effect, as the page runs it.
    settle().await;
    drop(app);

    let (_app, book, clock) = mount_state(&store);
    settle().await;
    assert_eq!(
        clock.today(),
        d(2026, 2, 1),
        "a reload keeps the moved date"
    );
    assert_eq!(events_shown(&book), 2, "and the scenario");
    let refusal = book.scenario_keepable().unwrap_err();
    assert_eq!(
        refusal.rule, "H1",
        "dated after the real date: discard only"
    );
    book.discard_scenario().unwrap();
    assert!(!clock.is_moved());
    assert_eq!(events_shown(&book), 1);
    assert_eq!(store.load_scenario(&empty_book()), Ok(None));
    book.execute(fabrikam()).unwrap();
    assert_eq!(
        events_shown(&book),
        2,
        "the real book records again at once"
    );
}

#[wasm_bindgen_test]
async fn a_scenario_dated_before_the_real_date_is_kept_in_the_real_book() {
    let store = Store::in_memory();
    let (_app, book, clock) = mount_state(&store);
    clock.move_to(d(2025, 11, 1)).unwrap();
    book.execute(fabrikam()).unwrap();
    assert_eq!(book.scenario_keepable(), Ok(()));
    book.keep_scenario().unwrap();
    assert!(!clock.is_moved());
    assert_eq!(book.scenario_actions(), 0);
    assert_eq!(store.load_scenario(&empty_book()), Ok(None));
    let partnerdesk::store::BookLoad::Loaded(real) = store.load_book() else {
        panic!("the real book is stored");
    };
    assert_eq!(real.events.len(), 1);
    assert_eq!(
        real.events[0].date,
        d(2025, 11, 1),
        "recorded on its own date"
    );
}

#[wasm_bindgen_test]
async fn a_moved_today_shows_the_scenario_banner_in_the_partners_language() {
    open_at("/");
    let app = mount(|| {
        view! { <partnerdesk::Shell store=Store::in_memory() real_today=d(2025, 11, 22) /> }
    });
    let root = &app.root;
    settle().await;
    start_with_program(root, "Legacy license-based (2018)").await;
    assert!(root.query_selector(".scenario-banner").unwrap().is_none());

    let day: web_sys::HtmlInputElement = labelled(root, "Move today to");
    type_into(&day, "2018-06-01").await;
    click(&button(root, "Move today")).await;
    let title = "Scenario: today is moved to Fri 1 Jun 2018";
    until(title, || text(root, ".scenario-banner h2") == title).await;
    assert_eq!(
        text(root, ".scenario-banner [role=status]"),
        "Actions recorded in this scenario: 0."
    );

    let select: web_sys::HtmlSelectElement = labelled(root, "Language");
    select.set_value("nl");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    until("the banner in Dutch", || {
        text(root, ".scenario-banner h2").starts_with("Scenario: vandaag is verplaatst naar ")
    })
    .await;
    assert_eq!(
        text(root, ".scenario-banner [role=status]"),
        "Acties in dit scenario: 0."
    );

    // Nothing recorded: back to the real date at once, the banner gone.
    click(&button(root, "Terug naar de echte datum")).await;
    until("no banner", || {
        root.query_selector(".scenario-banner").unwrap().is_none()
    })
    .await;
    // The next test finds the app in English, as every test starts.
    select.set_value("en");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
}
