//! Long work (checking a backup, importing thousands of customers, folding the journals into
//! the book) done in steps: between two steps the browser draws the progress and handles
//! input, so the page stays responsive. Here, in the lowest layer, so that the store's fold
//! and the state's long work share it.

/// Resumes on the browser's next turn of the event loop (a zero-delay timer), after it drew
/// and handled what was waiting.
pub async fn next_turn() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
