//! Reading an imported CSV into rows of named columns, each with its file line.
//!
//! The `csv` crate parses (quoted commas, doubled quotes, line breaks inside quotes), so a record
//! may span several lines; a record's line is the one it starts on. Lines are counted here from
//! byte offsets, because the crate's own line count lags by one after a CRLF. Files saved by Excel in
//! Dutch or German locales are separated by semicolons and may start with a byte-order mark;
//! both are accepted so partners need not re-save them.

use crate::base::say::ImportProblem;
use crate::imports::import_error::ImportError;
use std::collections::HashMap;

/// The data rows of a file whose header holds every wanted column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportTable {
    /// Rows whose field count matches the header, fields trimmed and in the wanted order.
    pub rows: Vec<ImportRecord>,
    /// Rows that cannot be read as records of the header.
    pub errors: Vec<ImportError>,
    /// Separated by semicolons: numbers may then use a decimal comma, as Excel writes them.
    pub semicolons: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportRecord {
    pub line: usize,
    pub fields: Vec<String>,
}

impl ImportRecord {
    pub fn field(&self, index: usize) -> &str {
        &self.fields[index]
    }
}

/// Reads `text` whose first record names the columns (in any order and letter case; others
/// are ignored). A header that lacks a wanted column is an error on line 1.
pub fn read_table(text: &str, wanted: &[&str]) -> Result<ImportTable, Vec<ImportError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or("");
    let semicolons = first_line.matches(';').count() > first_line.matches(',').count();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(if semicolons { b';' } else { b',' })
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut lines = LineCounter::new(text);

    let header = match records.next() {
        Some(Ok(header)) => header,
        _ => {
            return Err(vec![ImportError::new(
                1,
                format!(
                    "The file is empty; its first line must name the columns {}.",
                    wanted.join(", ")
                ),
            )
            .saying(ImportProblem::EmptyFile {
                columns: wanted.iter().map(ToString::to_string).collect(),
            })])
        }
    };
    let width = header.len();
    let positions = column_positions(&header, wanted)?;

    let mut table = ImportTable {
        rows: Vec::new(),
        errors: Vec::new(),
        semicolons,
    };
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.line_at(p.byte()));
                table.errors.push(
                    ImportError::new(line, "This row cannot be read as CSV text.")
                        .saying(ImportProblem::NotCsv),
                );
                continue;
            }
        };
        let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
        // Spreadsheets write rows of empty cells below the data; they carry nothing.
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.len() != width {
            table.errors.push(ImportError::new(
                line,
                format!(
                    "This row has {} fields but the header has {width}; put quotes around values that contain the separator.",
                    record.len()
                ),
            ).saying(ImportProblem::FieldCount {
                fields: record.len(),
                header: width,
            }));
            continue;
        }
        table.rows.push(ImportRecord {
            line,
            fields: positions
                .iter()
                .map(|&i| record[i].trim().to_string())
                .collect(),
        });
    }
    Ok(table)
}

/// Turns byte offsets, visited in increasing order, into 1-based line numbers.
struct LineCounter<'a> {
    text: &'a [u8],
    offset: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> LineCounter<'a> {
        LineCounter {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    /// The line of the first character at or after `byte` that is not a line break: where a
    /// record that the reader says starts at `byte` really begins.
    fn line_at(&mut self, byte: u64) -> usize {
        let mut start = usize::try_from(byte).map_or(self.text.len(), |b| b.min(self.text.len()));
        while start < self.text.len() && matches!(self.text[start], b'\r' | b'\n') {
            start += 1;
        }
        // CRLF, LF and a lone CR each end one line, as they end a record for the reader.
        for i in self.offset..start.max(self.offset) {
            let ends_line = match self.text[i] {
                b'\n' => true,
                b'\r' => self.text.get(i + 1) != Some(&b'\n'),
                _ => false,
            };
            if ends_line {
                self.line += 1;
            }
        }
        self.offset = self.offset.max(start);
        self.line
    }
}

/// Where each wanted column stands in the header.
fn column_positions(
    header: &csv::StringRecord,
    wanted: &[&str],
) -> Result<Vec<usize>, Vec<ImportError>> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut errors = Vec::new();
    for (i, name) in header.iter().enumerate() {
        let key = name.trim().to_lowercase();
        if seen.insert(key, i).is_some() {
            errors.push(
                ImportError::new(
                    1,
                    format!("The header names the column \"{}\" twice.", name.trim()),
                )
                .saying(ImportProblem::ColumnTwice {
                    column: name.trim().to_string(),
                }),
            );
        }
    }
    let mut positions = Vec::with_capacity(wanted.len());
    for name in wanted {
        match seen.get(&name.to_lowercase()) {
            Some(&i) => positions.push(i),
            None => errors.push(
                ImportError::new(1, format!("The header has no column \"{name}\".")).saying(
                    ImportProblem::NoColumn {
                        column: name.to_string(),
                    },
                ),
            ),
        }
    }
    if errors.is_empty() {
        Ok(positions)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reasons(errors: &[ImportError]) -> Vec<(usize, &str)> {
        errors.iter().map(|e| (e.line, e.reason.as_str())).collect()
    }

    #[test]
    fn columns_are_found_by_name_in_any_case_and_order() {
        let t = read_table("b,EXTRA,a\r\n 2 ,x,1\r\n", &["A", "B"]).unwrap();
        assert_eq!(
            t.rows,
            vec![ImportRecord {
                line: 2,
                fields: vec!["1".into(), "2".into()]
            }]
        );
        assert!(!t.semicolons);
    }

    #[test]
    fn a_quoted_line_break_keeps_later_line_numbers_true() {
        let t = read_table("a,b\n\"x\ny\",1\n,\nz,2\n", &["a", "b"]).unwrap();
        let lines: Vec<usize> = t.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![2, 5]);
        assert_eq!(t.rows[0].field(0), "x\ny");
    }

    #[test]
    fn bom_and_semicolons_are_accepted() {
        let t = read_table("\u{feff}a;b\r\n\"1;5\";2,5\r\n", &["a", "b"]).unwrap();
        assert!(t.semicolons);
        assert_eq!(t.rows[0].fields, vec!["1;5", "2,5"]);
    }

    #[test]
    fn missing_and_repeated_columns_are_header_errors() {
        let err = read_table("a,a\n1,2\n", &["a", "b"]).unwrap_err();
        assert_eq!(
            reasons(&err),
            vec![
                (1, "The header names the column \"a\" twice."),
                (1, "The header has no column \"b\".")
            ]
        );
        assert_eq!(read_table("", &["a"]).unwrap_err()[0].line, 1);
    }

    #[test]
    fn rows_of_the_wrong_width_are_reported_and_left_out() {
        let t = read_table("a,b\n1,2\nContoso, Ltd.,3\n4\n", &["a", "b"]).unwrap();
        assert_eq!(t.rows.len(), 1);
        assert_eq!(
            t.errors.iter().map(|e| e.line).collect::<Vec<_>>(),
            vec![3, 4]
        );
    }
}
