//! Backups, restoring one, the recovery page and the book's notices.

texts! {
    /// Backups, restoring one, the recovery page and the book's notices.
    BackupText {
    }
}
