//! A compact text form for figures kept beside the book (`storage::kept_figures`), written and
//! read by one field writer and one field reader that every kept type shares: the start reads
//! these figures before anything else, and serde's derived readers of every row type would be
//! code in the first download (issue 13).
//!
//! The form: fields one after another, in the order a type writes them. A number, a date, an
//! amount (rust_decimal's exact text), a yes/no (`0`, `1`) and a choice among a fixed list (its
//! position) are written followed by `;`; a text is its length in bytes, `:` and the text, so a
//! name holds any character without escapes. An optional value is `0;` or `1;` and the value,
//! a list its length and its items. Anything that does not read exactly so reads as nothing.

use super::money::Money;
use super::rule_error::RuleError;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::fmt::{Display, Write};
use std::str::FromStr;

/// A value with a kept text form.
pub trait KeptForm: Sized {
    fn write(&self, to: &mut FieldWriter);
    /// The value at the reader's place; none when the text there is not one.
    fn read(from: &mut FieldReader) -> Option<Self>;
}

/// The text of fields written one after another.
#[derive(Default)]
pub struct FieldWriter {
    text: String,
}

impl FieldWriter {
    pub fn put<T: KeptForm>(&mut self, value: &T) -> &mut FieldWriter {
        value.write(self);
        self
    }

    /// `value` as its position in `all`; a value missing from `all` is written as one past
    /// the end, which reads as nothing rather than as another value.
    pub fn put_choice<T: PartialEq>(&mut self, value: &T, all: &[T]) -> &mut FieldWriter {
        let position = all.iter().position(|v| v == value).unwrap_or(all.len());
        self.put(&position)
    }

    fn token(&mut self, token: impl Display) {
        // Writing into a String does not fail.
        let _ = write!(self.text, "{token};");
    }

    pub fn into_text(self) -> String {
        self.text
    }
}

/// Reads the fields of a kept text in the order they were written.
pub struct FieldReader<'a> {
    rest: &'a str,
}

impl<'a> FieldReader<'a> {
    pub fn new(text: &'a str) -> FieldReader<'a> {
        FieldReader { rest: text }
    }

    pub fn get<T: KeptForm>(&mut self) -> Option<T> {
        T::read(self)
    }

    /// The value of `all` at the position written by `put_choice`.
    pub fn get_choice<T: Clone>(&mut self, all: &[T]) -> Option<T> {
        all.get(self.get::<usize>()?).cloned()
    }

    /// Whether every field was read: a text with more after its last field is not a record.
    pub fn is_done(&self) -> bool {
        self.rest.is_empty()
    }

    fn token(&mut self) -> Option<&'a str> {
        let (token, rest) = self.rest.split_once(';')?;
        self.rest = rest;
        Some(token)
    }

    fn parsed<T: FromStr>(&mut self) -> Option<T> {
        self.token()?.parse().ok()
    }
}

/// Kept field by field in the order listed, which is each type's declaration order; the
/// struct expression names every field, so a field added to a type is a compile error here.
macro_rules! kept_fields {
    ($($kind:ident { $($field:ident),* })*) => {$(
        impl $crate::base::kept_form::KeptForm for $kind {
            fn write(&self, to: &mut $crate::base::kept_form::FieldWriter) {
                $(to.put(&self.$field);)*
            }

            fn read(from: &mut $crate::base::kept_form::FieldReader) -> Option<Self> {
                Some($kind { $($field: from.get()?),* })
            }
        }
    )*};
}
pub(crate) use kept_fields;

macro_rules! kept_as_token {
    ($($kind:ty),*) => {$(
        impl KeptForm for $kind {
            fn write(&self, to: &mut FieldWriter) {
                to.token(self);
            }

            fn read(from: &mut FieldReader) -> Option<Self> {
                from.parsed()
            }
        }
    )*};
}

kept_as_token!(u32, u64, usize, i64);

/// A date as ISO's YYYY-MM-DD, read by hand: chrono's reader of any format would come into
/// the app's first download with the kept figures.
impl KeptForm for NaiveDate {
    fn write(&self, to: &mut FieldWriter) {
        to.token(self);
    }

    fn read(from: &mut FieldReader) -> Option<NaiveDate> {
        let mut parts = from.token()?.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        match parts.next() {
            None => NaiveDate::from_ymd_opt(year, month, day),
            Some(_) => None,
        }
    }
}

impl KeptForm for bool {
    fn write(&self, to: &mut FieldWriter) {
        to.token(u8::from(*self));
    }

    fn read(from: &mut FieldReader) -> Option<bool> {
        match from.token()? {
            "0" => Some(false),
            "1" => Some(true),
            _ => None,
        }
    }
}

impl KeptForm for Money {
    fn write(&self, to: &mut FieldWriter) {
        to.token(self.0);
    }

    /// Exactly the written amount, its scale included: a text that would round is none.
    fn read(from: &mut FieldReader) -> Option<Money> {
        Decimal::from_str_exact(from.token()?).ok().map(Money)
    }
}

impl KeptForm for String {
    fn write(&self, to: &mut FieldWriter) {
        let _ = write!(to.text, "{}:{self}", self.len());
    }

    fn read(from: &mut FieldReader) -> Option<String> {
        let (length, rest) = from.rest.split_once(':')?;
        let length: usize = length.parse().ok()?;
        // `get` is none past the end and inside a character.
        let text = rest.get(..length)?;
        from.rest = &rest[length..];
        Some(text.to_string())
    }
}

impl<T: KeptForm> KeptForm for Option<T> {
    fn write(&self, to: &mut FieldWriter) {
        to.put(&self.is_some());
        if let Some(value) = self {
            to.put(value);
        }
    }

    fn read(from: &mut FieldReader) -> Option<Option<T>> {
        match from.get::<bool>()? {
            true => from.get().map(Some),
            false => Some(None),
        }
    }
}

impl<T: KeptForm> KeptForm for Vec<T> {
    fn write(&self, to: &mut FieldWriter) {
        to.put(&self.len());
        for item in self {
            to.put(item);
        }
    }

    /// Grown item by item: a damaged length runs out of text rather than reserving it.
    fn read(from: &mut FieldReader) -> Option<Vec<T>> {
        let length: usize = from.get()?;
        let mut items = Vec::new();
        for _ in 0..length {
            items.push(from.get()?);
        }
        Some(items)
    }
}

impl<K: KeptForm + Ord, V: KeptForm> KeptForm for BTreeMap<K, V> {
    fn write(&self, to: &mut FieldWriter) {
        to.put(&self.len());
        for (key, value) in self {
            to.put(key).put(value);
        }
    }

    fn read(from: &mut FieldReader) -> Option<BTreeMap<K, V>> {
        let length: usize = from.get()?;
        let mut map = BTreeMap::new();
        for _ in 0..length {
            map.insert(from.get()?, from.get()?);
        }
        (map.len() == length).then_some(map)
    }
}

/// A refusal kept as its English words only: its `say` would bring the reader of every
/// refusal's words into the first download, and the app words it again once it takes over.
impl KeptForm for RuleError {
    fn write(&self, to: &mut FieldWriter) {
        to.put(&self.rule).put(&self.message).put(&self.field);
    }

    fn read(from: &mut FieldReader) -> Option<RuleError> {
        Some(RuleError {
            rule: from.get()?,
            message: from.get()?,
            field: from.get()?,
            say: None,
        })
    }
}
