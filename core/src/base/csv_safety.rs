//! SPEC R5: text cells of a downloaded CSV must not run as spreadsheet formulas.
//!
//! Excel, LibreOffice and Google Sheets treat a cell that begins with `=`, `+`, `-` or `@` as a
//! formula, and a leading tab or carriage return can hide such a start. A customer name typed as
//! `=HYPERLINK(…)` would otherwise run on the partner's machine ("CSV injection").
//!
//! The chosen remedy is a single quote in front of the text (OWASP's advice): every spreadsheet
//! shows the cell as text, the quote is visible so nothing is silently changed, and a CSV parser
//! still reads the whole value. Only text cells pass through here; amounts and quantities are
//! written by the caller as numbers, so a credit of -30.00 stays a number.

use std::borrow::Cow;

/// The characters that make a spreadsheet read a cell as a formula when they come first.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `text` as it can safely stand in a text cell: unchanged, or with a leading `'`.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r5_formula_starts_get_a_leading_quote() {
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(neutralise("+31 20 123"), "'+31 20 123");
        assert_eq!(neutralise("-2+3"), "'-2+3");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\t=cmd"), "'\t=cmd");
        assert_eq!(neutralise("\r=cmd"), "'\r=cmd");
    }

    #[test]
    fn r5_ordinary_text_is_left_alone() {
        assert!(matches!(
            neutralise("Contoso, Ltd."),
            Cow::Borrowed("Contoso, Ltd.")
        ));
        assert_eq!(neutralise("Ærø A=S"), "Ærø A=S");
        assert_eq!(neutralise(""), "");
        assert_eq!(neutralise(" =not first"), " =not first");
    }
}
