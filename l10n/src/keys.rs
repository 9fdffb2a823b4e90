//! The texts of the UI, one `Key` each. `keys!` writes the enum and `Key::ALL` (for the tests
//! that read every table) from one list, so a key can't be left out of either.
//!
//! A text with figures in it marks them `{0}`, `{1}` …, filled by `Lang::fill`: each language
//! puts them where its word order wants them.

macro_rules! keys {
    ($($(#[$doc:meta])* $key:ident,)*) => {
        /// A text of the UI. Each language's table matches every key, so a key without a
        /// translation does not compile.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key {
            $($(#[$doc])* $key,)*
        }

        impl Key {
            /// Every key, in the order of the list.
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];
        }
    };
}

keys! {
    // The frame: skip link, header, navigation, language, today, banners.
    SkipToContent,
    Menu,
    /// The navigation's accessible name.
    MainNavigation,
    NavDashboard,
    NavCatalog,
    NavCustomers,
    NavBilling,
    NavSettings,
    Language,
    /// {0}: today's date.
    TodayIs,
    /// {0}: the real date.
    TodayMoved,
    MoveTodayTo,
    MoveToday,
    BackToRealDate,
    /// {0}: an example date.
    EnterDate,
    /// {0}: why the stored date could not be read.
    MovedDateUnreadable,
    /// {0}: why the stored language could not be read.
    LanguageUnreadable,
    StorageUnavailable,
    UpdateAvailable,
    ReloadToUpdate,
    // The page for an unknown path.
    NotFoundTitle,
    /// {0}: the path that has no page.
    NothingLivesAt,
    GoToDashboard,
    // Reading figures typed into a field. {0}: an example in the locale's form.
    EnterNumber,
    EnterAmount,
    EnterPercent,
    // Task M (issue 14 item 1): the scenario played while today is moved.
    /// {0}: why the stored scenario could not be read.
    ScenarioUnreadable,
    /// {0}: the moved date.
    ScenarioTitle,
    ScenarioExplained,
    /// {0}: how many actions the scenario holds.
    ScenarioActions,
    ScenarioReturnQuestion,
    DiscardScenario,
    KeepScenario,
    StayInScenario,
    /// {0}: why the actions can't be kept.
    ScenarioCantKeep,
}
