//! The language the app speaks: the partner's choice, kept across reloads, or else the first
//! of the browser's languages PartnerDesk speaks. A context, read by the frame's texts and by
//! the one formatting module (`components::format`); switching it rewrites every text and
//! figure made inside a reactive closure.

use crate::store::{plain_json_text, Store, LANGUAGE_KEY};
use leptos::prelude::*;
use leptos::reactive::graph::Observer;
use partnerdesk_l10n::{Key, Lang, Text};

#[derive(Clone, Copy, Debug)]
pub struct Language {
    /// The partner's choice; `None` follows the browser, so that a partner who never chose
    /// gets a new browser language too.
    chosen: RwSignal<Option<Lang>>,
    browser: Lang,
    store: Option<StoredValue<Store>>,
}

impl Language {
    /// Starts from the choice stored by an earlier visit, else from `browser_languages`
    /// (`navigator.languages`, most preferred first). The problem, if the stored choice can't
    /// be read, is worded in the language used instead.
    pub fn provide(store: &Store, browser_languages: &[String]) -> (Language, Option<String>) {
        let browser = Lang::best_match(browser_languages);
        let stored = store.load_text(LANGUAGE_KEY).and_then(|json| match json {
            None => Ok(None),
            Some(json) => plain_json_text(&json)
                .map(|tag| Some(tag.to_string()))
                .ok_or_else(|| format!("not a language tag: {json}")),
        });
        let (chosen, problem) = match stored {
            // A tag this version doesn't speak follows the browser.
            Ok(tag) => (tag.as_deref().and_then(Lang::from_tag), None),
            Err(e) => (None, Some(browser.fill(Key::LanguageUnreadable, &[&e]))),
        };
        let language = Language {
            chosen: RwSignal::new(chosen),
            browser,
            store: Some(StoredValue::new(store.clone())),
        };
        // The page's language, for screen readers' pronunciation, hyphenation and spelling:
        // set at once (an effect's first run waits for the next tick), then on each switch.
        set_page_lang(language.now());
        Effect::new(move |_| set_page_lang(language.get()));
        provide_context(language);
        (language, problem)
    }

    /// The language in use (reactive).
    pub fn get(&self) -> Lang {
        self.chosen.get().unwrap_or(self.browser)
    }

    /// The language in use: tracked inside a reactive closure, so that what is written there
    /// follows a switch; untracked elsewhere (an event handler, a component's setup).
    pub fn now(&self) -> Lang {
        if Observer::get().is_some() {
            self.get()
        } else {
            self.chosen.get_untracked().unwrap_or(self.browser)
        }
    }

    /// The partner's choice: used at once and kept for the next visit.
    pub fn choose(&self, lang: Lang) {
        self.chosen.set(Some(lang));
        if let Some(store) = self.store {
            // A failed write only loses the choice for the next visit; the storage banner
            // already says when nothing can be saved.
            let _ = store.with_value(|s| s.save(LANGUAGE_KEY, &lang.tag()));
        }
    }

    /// The text of `key` (a `Key` or an area's text, `CatalogText::…`) for a view, rewritten
    /// when the language changes: `<h1>{language.tr(Key::NotFoundTitle)}</h1>`,
    /// `aria-label=language.tr(Key::Menu)`.
    pub fn tr(self, key: impl Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.get().text(key)
    }
}

fn set_page_lang(lang: Lang) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.tag());
    }
}

/// The browser's languages, most preferred first (`navigator.languages`).
pub fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect()
}

/// The app's language; English for a component mounted without the app's frame (some tests).
pub fn use_language() -> Language {
    use_context::<Language>().unwrap_or_else(|| Language {
        chosen: RwSignal::new(None),
        browser: Lang::En,
        store: None,
    })
}

/// The language in use where a context may be missing: see `use_language`.
pub fn current_lang() -> Lang {
    use_context::<Language>().map_or(Lang::En, |language| language.now())
}
