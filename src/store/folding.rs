//! The fold: the journals written into the stored book, in the background, one tab at a time
//! (`locks::exclusive`), then the journals the book now holds removed.
//!
//! Encoding a 22 MB book took half a second as one task; here it goes a slice at a time
//! (core `stepped_encoder`), handing the event loop back between slices, still inside the
//! lock. Nothing is written until the text is whole, and then the book key once: a reload in
//! the middle leaves the old book and every journal as they were. While the fold encodes,
//! this tab may act: its entries go to its journal, which the fold removes only when the book
//! it wrote holds every entry in it.

use super::backend::{lock, Backend, SaveError};
use super::event_loop::next_turn;
use super::handle::Store;
use super::locks::{exclusive, OpenTabs};
use super::slot::{BookLoad, StoredBook, StoredText};
use super::{journal_key, BOOK_KEY};
use partnerdesk_core::model::book::Book;
use partnerdesk_core::storage::envelope::{Folded, Lineage};
use partnerdesk_core::storage::journal::{merge_on, Journal};
use partnerdesk_core::storage::stepped_encoder::SteppedEncoder;
use std::sync::Arc;

/// The book's JSON encoded at a time between two looks at the clock.
const SLICE_BYTES: usize = 128 * 1024;
/// Slices are encoded until a step took this long, then the event loop has a turn.
const STEP_MS: f64 = 25.0;
/// Events of a replaced book freed in one step.
const RELEASED_AT_ONCE: usize = 5_000;

/// What a fold found when it read storage.
pub(super) enum FoldStart {
    /// Nothing readable is stored: nothing to fold, nothing removed.
    Unread,
    /// The stored book holds every journal's entries already.
    Held,
    Writes(Box<Fold>),
}

/// A fold under way: its text being encoded, and what it writes.
pub(super) struct Fold {
    pub(super) encoder: SteppedEncoder,
    write: FoldWrite,
}

/// What a fold writes, and over what.
struct FoldWrite {
    /// The book key's text the fold read: it writes only over that.
    base: String,
    book: Arc<Book>,
    folded: Folded,
    lineage: Lineage,
}

impl Store {
    /// Folds the journals into the stored book when no other tab is doing the same: now on
    /// memory storage, as soon as the lock is free on localStorage.
    pub fn fold_soon(&self) {
        let store = self.clone();
        let run = async move {
            let inner = store.clone();
            exclusive(&store.backend, move |open| async move {
                // Nothing is lost when it fails: the journals stay as they are.
                let _ = inner.fold(open).await;
            })
            .await;
        };
        run_now_or_soon(run);
    }

    /// Writes the stored book with every journal merged in, if it doesn't hold them all yet,
    /// then removes this tab's journal and, when it wrote, the journals of closed tabs, which
    /// the book now holds. Run inside `exclusive`.
    async fn fold(&self, open: OpenTabs) -> Result<(), SaveError> {
        let mut fold = match self.begin_fold() {
            FoldStart::Unread => return Ok(()),
            FoldStart::Held => return self.remove_folded_journals(&open, false),
            FoldStart::Writes(fold) => fold,
        };
        // Memory storage: nothing to keep responsive, and nothing must wait.
        if !matches!(self.backend, Backend::Local) {
            return self.complete_fold(*fold, &open);
        }
        encode_in_steps(&mut fold.encoder, |_| {}).await;
        let Fold { encoder, write } = *fold;
        let text = encoder.finish();
        // Writing (the book key read once more to compare, then the text handed to storage)
        // is a step of its own.
        next_turn().await;
        let replaced = self.store_folded(write, text, &open)?;
        release_in_steps(replaced).await;
        Ok(())
    }

    /// Writes what `fold` encoded, encoding what is left first.
    pub(super) fn complete_fold(&self, fold: Fold, open: &OpenTabs) -> Result<(), SaveError> {
        let text = fold.encoder.finish();
        self.store_folded(fold.write, text, open).map(drop)
    }

    /// Writes the fold's `text`, then removes the journals the book now holds: this tab's,
    /// and closed tabs' (`open` as the lock began). Hands back the book key as this tab knew
    /// it before, for the caller to free.
    fn store_folded(
        &self,
        write: FoldWrite,
        text: String,
        open: &OpenTabs,
    ) -> Result<Option<StoredText>, SaveError> {
        let replaced = self.write_folded(write, text)?;
        if replaced.is_some() {
            self.remove_folded_journals(open, true)?;
        }
        Ok(replaced)
    }

    /// Reads storage afresh and says what the fold writes.
    pub(super) fn begin_fold(&self) -> FoldStart {
        let (load, notice) = self.sync();
        if let Some(notice) = notice {
            self.announce(load.clone(), Some(notice));
        }
        let BookLoad::Loaded(_) = load else {
            return FoldStart::Unread;
        };
        let mut slot = lock(&self.book);
        let merged = slot.merged.clone().expect("a loaded book is merged");
        let held = slot
            .stored_book()
            .is_some_and(|s| s.checked && s.folded == merged.folded);
        if held {
            return FoldStart::Held;
        }
        let base = slot.stored.as_ref().map(|s| s.raw.clone());
        let lineage = slot.next_lineage();
        FoldStart::Writes(Box::new(Fold {
            encoder: SteppedEncoder::new(
                merged.book.clone(),
                lineage.clone(),
                merged.folded.clone(),
                true,
            ),
            write: FoldWrite {
                base: base.expect("a loaded book is stored"),
                book: merged.book,
                folded: merged.folded,
                lineage,
            },
        }))
    }

    /// Writes the fold's text under the book key, if it still holds `base`: what this tab
    /// knows becomes that book, with whatever this tab did while it was encoded merged on top;
    /// the book key as it knew it before comes back. None, with nothing written, when the book
    /// key changed meanwhile (the partner started fresh, or a tab wrote a first book): the
    /// journals stay for a later fold.
    fn write_folded(
        &self,
        write: FoldWrite,
        text: String,
    ) -> Result<Option<StoredText>, SaveError> {
        let FoldWrite {
            base,
            book,
            folded,
            lineage,
        } = write;
        let mut slot = lock(&self.book);
        let unwritten = slot.read_at == Some(self.backend.generation());
        if self.backend.get(BOOK_KEY)?.as_deref() != Some(base.as_str()) {
            return Ok(None);
        }
        self.backend.set(BOOK_KEY, &text)?;
        // Entries the book holds are skipped: only what this tab did meanwhile is merged again.
        let journals: Vec<&Journal> = slot.journals.values().map(|(_, j)| j).collect();
        let revision = Some(lineage.revision.clone());
        let merged = merge_on(book.clone(), folded.clone(), revision, &journals);
        slot.merged = Some(merged);
        let replaced = slot.stored.replace(StoredText {
            raw: text,
            read: Ok(StoredBook {
                book,
                folded,
                checked: true,
                lineage: Some(lineage),
            }),
        });
        slot.read_at = unwritten.then(|| self.backend.generation());
        Ok(replaced)
    }

    /// Removes this tab's journal and, after a fold that wrote, the journals of closed tabs,
    /// each when the stored book holds every entry in it. A fold that wrote nothing leaves
    /// other tabs' journals to one that does: opening a page changes nothing stored unless
    /// there is something to fold.
    fn remove_folded_journals(&self, open: &OpenTabs, wrote: bool) -> Result<(), SaveError> {
        let mut slot = lock(&self.book);
        let Some(stored) = slot.stored_book() else {
            return Ok(());
        };
        let held = stored.folded.clone();
        let tab = slot.tab.clone();
        let gone: Vec<String> = slot
            .journals
            .iter()
            .filter(|(t, (_, j))| {
                let closed = **t != tab && wrote && !open.is_open(t);
                (**t == tab || closed) && j.entries.iter().all(|e| held.holds(t, e.n))
            })
            .map(|(t, _)| t.clone())
            .collect();
        for t in gone {
            self.backend.remove(&journal_key(&t))?;
            slot.journals.remove(&t);
            if t == tab {
                slot.own.clear();
            }
        }
        Ok(())
    }
}

/// Encodes in steps of about `STEP_MS`, with a turn of the event loop between them; `progress`
/// is told the events encoded and the events in all before each turn.
pub(super) async fn encode_in_steps(
    encoder: &mut SteppedEncoder,
    progress: impl Fn((usize, usize)),
) {
    loop {
        let start = js_sys::Date::now();
        while js_sys::Date::now() - start < STEP_MS {
            if encoder.step(SLICE_BYTES) {
                return;
            }
        }
        progress(encoder.progress());
        next_turn().await;
    }
}

/// Freeing the replaced book's 70,000 events at once is a long task of its own: they go a
/// slice at a time, a turn of the event loop between, when nothing else holds the book.
pub(super) async fn release_in_steps(replaced: Option<StoredText>) {
    let Some(Ok(stored)) = replaced.map(|s| s.read) else {
        return;
    };
    let Ok(mut book) = Arc::try_unwrap(stored.book) else {
        return;
    };
    while !book.events.is_empty() {
        let kept = book.events.len().saturating_sub(RELEASED_AT_ONCE);
        book.events.truncate(kept);
        next_turn().await;
    }
}

/// Polls `run` at once: memory storage runs its sections then and there; on localStorage it
/// waits for the lock, driven by the browser's event loop.
fn run_now_or_soon(run: impl std::future::Future<Output = ()> + 'static) {
    let mut run = Box::pin(run);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    let waits = run.as_mut().poll(&mut context).is_pending();
    #[cfg(target_arch = "wasm32")]
    if waits {
        wasm_bindgen_futures::spawn_local(run);
    }
    #[cfg(not(target_arch = "wasm32"))]
    debug_assert!(
        !waits,
        "natively only memory storage runs, and it never waits"
    );
}

#[cfg(test)]
mod tests;
