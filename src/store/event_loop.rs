//! Long work (checking a backup, importing thousands of customers, folding the journals into
//! the book) done in steps: between two steps the browser draws the progress and handles
//! input, so the page stays responsive. Here, in the lowest layer, so that the store's fold
//! and the state's long work share it.

/// Resumes on the browser's next turn of the event loop, after it drew and handled what was
/// waiting: a message posted to a channel of its own. Not a zero-delay timer: a chain of those
/// is held to 4 ms each after the fifth (HTML's timer nesting), which cost the background
/// derivation's hundred steps some 400 ms of waiting and a month's reconciliation file 40.
pub async fn next_turn() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return timer_turn().await;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        channel.port1().set_onmessage(Some(&resolve));
        if channel
            .port2()
            .post_message(&wasm_bindgen::JsValue::UNDEFINED)
            .is_err()
        {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    // Held until the message arrived: a channel collected before would never deliver it.
    drop(channel);
}

/// A zero-delay timer's turn, where a message channel can't be made.
async fn timer_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The longest wait for an idle moment: a page kept busy for this long still gets the work
/// done.
const IDLE_WAIT_MS: u32 = 2_000;

/// Resumes once the browser is idle (`requestIdleCallback`): after the frames and input
/// waiting, and after the work a view the partner just opened started, at the latest after
/// [`IDLE_WAIT_MS`]. Where the browser has no idle callbacks (Safari), on the next turn.
pub async fn idle_moment() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
            return;
        };
        let has_idle = js_sys::Reflect::has(&window, &"requestIdleCallback".into()) == Ok(true);
        if has_idle {
            let options = web_sys::IdleRequestOptions::new();
            options.set_timeout(IDLE_WAIT_MS);
            let _ = window.request_idle_callback_with_options(&resolve, &options);
        } else {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
