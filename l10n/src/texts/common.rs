//! Words many pages share: paging, tables, buttons such as Save and Cancel.

texts! {
    /// Words many pages share: paging, tables, buttons such as Save and Cancel.
    CommonText {
    }
}
