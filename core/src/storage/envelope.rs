//! The stored form of a book: a versioned envelope,
//! `{"format":"partnerdesk","version":2,"encoding":…,"checksum":…,"checked":…,"revision":…,
//! "parent":…,"folded":…,"data":…}`.
//!
//! `encoding` is "json" (data is the book itself: backups, readable by people and tools) or
//! "deflate-text15" (data is the book's JSON compressed into a string, `compact_codec`: what
//! localStorage holds). `revision` and `parent` say which write this is and which stored
//! revision it was built on. `folded` says which entries of the tabs' journals the book holds
//! (`journal`). `checksum` is the CRC-32 of the inflated data followed by `folded` as written,
//! so that damage the deflate stream doesn't notice is an error, not a different book.
//! `checked` says that the history passed the whole check of a backup when it was written, so
//! loading it may skip the replay. The four were added to version 2 as optional fields: a
//! version 2 envelope without them (written before) reads as before, and is checked whole.
//! Older documents are upgraded by `storage_migration` before they are read.

use crate::model::book::Book;
use crate::storage::compact_codec::{compress, decompress, CodecError};
use crate::storage::crc32::Crc32;
use crate::storage::migration::{upgrade, MigrationError, CURRENT_VERSION, FORMAT};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Json,
    Compact,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Json => "json",
            Encoding::Compact => "deflate-text15",
        }
    }

    fn from_name(name: &str) -> Option<Encoding> {
        [Encoding::Json, Encoding::Compact]
            .into_iter()
            .find(|e| e.name() == name)
    }
}

/// Which write a stored book is, and the stored revision it was built on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lineage {
    pub revision: String,
    pub parent: Option<String>,
}

/// Which journal entries a stored book holds: per tab, its entries up to this number; and the
/// highest clock among everything folded in, so that later entries order after it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Folded {
    pub tabs: BTreeMap<String, u64>,
    pub clock: u64,
}

impl Folded {
    /// Whether the entry `n` of `tab` is among them.
    pub fn holds(&self, tab: &str, n: u64) -> bool {
        self.tabs.get(tab).is_some_and(|held| n <= *held)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredBook {
    pub book: Book,
    /// None for data written without one: version 1, backups.
    pub lineage: Option<Lineage>,
    /// Empty for data written before the journals.
    pub folded: Folded,
    /// The history passed the whole check when this was written.
    pub checked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    NotJson(String),
    NotPartnerDesk(String),
    /// Written by a newer PartnerDesk: reading it here could lose what this one doesn't know.
    Newer {
        version: u64,
    },
    UnknownEncoding(String),
    Damaged(CodecError),
    /// The data inflates, but not to what was written.
    ChecksumMismatch,
    Migration(MigrationError),
    NotABook(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson(why) => write!(f, "The data is not JSON ({why})."),
            DecodeError::NotPartnerDesk(why) => {
                write!(f, "The data is not a PartnerDesk book ({why}).")
            }
            DecodeError::Newer { version } => write!(
                f,
                "The data was written by a newer PartnerDesk (format version {version}; this one reads up to {CURRENT_VERSION})."
            ),
            DecodeError::UnknownEncoding(name) => {
                write!(f, "The data uses an unknown encoding \"{name}\".")
            }
            DecodeError::Damaged(e) => write!(f, "The data is damaged: {e}."),
            DecodeError::ChecksumMismatch => write!(
                f,
                "The data is damaged: it does not match the checksum it was stored with."
            ),
            DecodeError::Migration(e) => write!(f, "The data is of an older format, and {e}."),
            DecodeError::NotABook(why) => write!(f, "The data does not hold a valid book ({why})."),
        }
    }
}

#[derive(Serialize)]
struct Envelope<'a, T> {
    format: &'static str,
    version: u64,
    encoding: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    checksum: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    checked: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    revision: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    folded: Option<&'a Folded>,
    data: T,
}

/// The envelope without its data: read first, since the data may be 20 MB.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u64>,
    encoding: Option<String>,
    checksum: Option<String>,
    #[serde(default)]
    checked: bool,
    revision: Option<String>,
    parent: Option<String>,
    folded: Option<Folded>,
    /// The parts of a version 1 bare book: a document without a format needs one of them to be
    /// taken for an old book rather than for some other JSON file.
    settings: Option<IgnoredAny>,
    events: Option<IgnoredAny>,
}

#[derive(Deserialize)]
struct Data<T> {
    data: T,
}

/// The packed data where it stands in the text (it has nothing to unescape): not a copy of
/// its megabytes.
#[derive(Deserialize)]
struct PackedData<'a> {
    #[serde(borrow)]
    data: Cow<'a, str>,
}

/// The book as localStorage keeps it, holding no journal entries and not marked checked.
pub fn encode_compact(book: &Book, lineage: &Lineage) -> String {
    encode_stored(book, lineage, &Folded::default(), false)
}

/// The book as localStorage keeps it, with the journal entries it holds and whether its history
/// passed the whole check. `stepped_encoder` writes the same text a slice at a time.
pub fn encode_stored(book: &Book, lineage: &Lineage, folded: &Folded, checked: bool) -> String {
    let json = serde_json::to_vec(book).expect("a book always serializes");
    let checksum = sealed_checksum(Crc32::new().update(&json), folded);
    compact_envelope(lineage, folded, checked, checksum, &compress(&json))
}

/// The envelope of a compact book whose data is `packed` and whose checksum is `checksum`.
pub(crate) fn compact_envelope(
    lineage: &Lineage,
    folded: &Folded,
    checked: bool,
    checksum: u32,
    packed: &str,
) -> String {
    let mut text = serde_json::to_string(&Envelope {
        format: FORMAT,
        version: CURRENT_VERSION,
        encoding: Encoding::Compact.name(),
        checksum: Some(format!("{checksum:08x}")),
        checked,
        revision: Some(&lineage.revision),
        parent: lineage.parent.as_deref(),
        folded: Some(folded),
        data: "",
    })
    .expect("an envelope always serializes");
    // Packed text has no character JSON escapes (U+3400..=U+B3FF), so the data goes between
    // the quotes as it is, without a scan of its megabytes.
    let closing = "\"}";
    debug_assert!(text.ends_with(closing));
    text.truncate(text.len() - closing.len());
    text.reserve(packed.len() + closing.len());
    text.push_str(packed);
    text.push_str(closing);
    text
}

/// The book as readable JSON: a backup.
pub fn encode_json(book: &Book) -> String {
    serde_json::to_string(&Envelope {
        format: FORMAT,
        version: CURRENT_VERSION,
        encoding: Encoding::Json.name(),
        checksum: None,
        checked: false,
        revision: None,
        parent: None,
        folded: None,
        data: book,
    })
    .expect("an envelope always serializes")
}

/// The CRC-32 of the book's JSON (`json_crc`, fed with all of it) followed by `folded` as the
/// envelope writes it.
pub(crate) fn sealed_checksum(json_crc: Crc32, folded: &Folded) -> u32 {
    let folded = serde_json::to_vec(folded).expect("a map of numbers serializes");
    json_crc.update(&folded).value()
}

/// Whether the checksum `written` (none: written before checksums) is that of the JSON whose
/// CRC-32 is `json_crc` with `folded`.
pub(crate) fn checksum_matches(written: Option<&str>, json_crc: Crc32, folded: &Folded) -> bool {
    written.is_none_or(|w| w == format!("{:08x}", sealed_checksum(json_crc, folded)))
}

/// What a document in the current envelope says of itself, and where its data is: what
/// `stepped_reader` reads a step at a time.
pub(crate) struct CurrentParts {
    pub(crate) lineage: Option<Lineage>,
    pub(crate) folded: Folded,
    pub(crate) checksum: Option<String>,
    pub(crate) checked: bool,
    /// The byte range of the packed data in the text; None for data as JSON (a backup).
    pub(crate) packed: Option<std::ops::Range<usize>>,
}

/// The parts of `text` when it is the current envelope, as `decode` reads them; None for
/// anything else (older versions, unknown encodings, damage), which `decode` reads.
pub(crate) fn current_parts(text: &str) -> Option<CurrentParts> {
    let header: Header = serde_json::from_str(text).ok()?;
    let current =
        header.format.as_deref() == Some(FORMAT) && header.version == Some(CURRENT_VERSION);
    if !current || refuse_unknown_fields(text).is_err() {
        return None;
    }
    let packed = match Encoding::from_name(header.encoding.as_deref()?)? {
        Encoding::Json => None,
        Encoding::Compact => {
            let Cow::Borrowed(packed) = serde_json::from_str::<PackedData>(text).ok()?.data else {
                return None;
            };
            let start = packed.as_ptr() as usize - text.as_ptr() as usize;
            Some(start..start + packed.len())
        }
    };
    Some(CurrentParts {
        lineage: header.revision.map(|revision| Lineage {
            revision,
            parent: header.parent,
        }),
        folded: header.folded.unwrap_or_default(),
        checked: header.checked && header.checksum.is_some(),
        checksum: header.checksum,
        packed,
    })
}

/// The lineage alone, without decoding the data: cheap enough to check on every change.
pub fn read_lineage(text: &str) -> Option<Lineage> {
    let header: Header = serde_json::from_str(text).ok()?;
    Some(Lineage {
        revision: header.revision?,
        parent: header.parent,
    })
}

/// Every field an envelope of any version may have.
const ENVELOPE_FIELDS: [&str; 9] = [
    "format", "version", "encoding", "checksum", "checked", "revision", "parent", "folded", "data",
];

/// An envelope with a field no version writes is damaged: a name bent by damage must not make
/// its value vanish unseen ("checksum" or "folded" read as absent would let a damaged book
/// read as a different one).
fn refuse_unknown_fields(text: &str) -> Result<(), DecodeError> {
    let fields: BTreeMap<String, IgnoredAny> =
        serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    match fields
        .keys()
        .find(|k| !ENVELOPE_FIELDS.contains(&k.as_str()))
    {
        Some(unknown) => Err(DecodeError::NotPartnerDesk(format!(
            "its envelope has a field no version writes, \"{unknown}\""
        ))),
        None => Ok(()),
    }
}

/// Any stored or exported document of a known version, upgraded and read.
pub fn decode(text: &str) -> Result<StoredBook, DecodeError> {
    let header: Header = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            DecodeError::NotPartnerDesk(e.to_string())
        } else {
            DecodeError::NotJson(e.to_string())
        }
    })?;
    let version = match header.format.as_deref() {
        // The bare book of version 1 names no format.
        None if header.settings.is_some() || header.events.is_some() => 1,
        None => {
            return Err(DecodeError::NotPartnerDesk(
                "it is some other JSON file".into(),
            ))
        }
        Some(FORMAT) => {
            refuse_unknown_fields(text)?;
            header
                .version
                .ok_or_else(|| DecodeError::NotPartnerDesk("the envelope has no version".into()))?
        }
        Some(other) => {
            return Err(DecodeError::NotPartnerDesk(format!(
                "its format is \"{other}\""
            )))
        }
    };
    if version > CURRENT_VERSION {
        return Err(DecodeError::Newer { version });
    }
    if version < CURRENT_VERSION {
        let old: serde_json::Value =
            serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
        let current = upgrade(old, version).map_err(DecodeError::Migration)?;
        return decode(&current.to_string());
    }
    let lineage = header.revision.map(|revision| Lineage {
        revision,
        parent: header.parent,
    });
    let folded = header.folded.unwrap_or_default();
    let encoding = header.encoding.unwrap_or_default();
    let book = match Encoding::from_name(&encoding) {
        Some(Encoding::Json) => {
            serde_json::from_str::<Data<Book>>(text)
                .map_err(|e| DecodeError::NotABook(e.to_string()))?
                .data
        }
        Some(Encoding::Compact) => {
            let packed = serde_json::from_str::<PackedData>(text)
                .map_err(|e| DecodeError::NotABook(e.to_string()))?
                .data;
            let json = decompress(&packed).map_err(DecodeError::Damaged)?;
            if !checksum_matches(
                header.checksum.as_deref(),
                Crc32::new().update(&json),
                &folded,
            ) {
                return Err(DecodeError::ChecksumMismatch);
            }
            serde_json::from_slice(&json).map_err(|e| DecodeError::NotABook(e.to_string()))?
        }
        None => return Err(DecodeError::UnknownEncoding(encoding)),
    };
    Ok(StoredBook {
        book,
        lineage,
        folded,
        // Only a checksummed book can vouch for its check.
        checked: header.checked && header.checksum.is_some(),
    })
}
