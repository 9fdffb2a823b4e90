//! A reconciliation file edited as Microsoft's might differ from PartnerDesk's: one cell changed.

/// `file` (a header, then data rows) with the cell of `column` in data row `row` replaced by what
/// `change` makes of it; written back with CRLF line ends and quotes only where needed.
pub fn with_cell_changed(
    file: &[u8],
    column: usize,
    row: usize,
    change: impl FnOnce(&str) -> String,
) -> Vec<u8> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(file);
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut change = Some(change);
    for (i, record) in reader.records().enumerate() {
        let mut cells: Vec<String> = record.unwrap().iter().map(String::from).collect();
        if i == row + 1 {
            let change = change.take().expect("one row is changed");
            cells[column] = change(&cells[column]);
        }
        out.write_record(&cells).unwrap();
    }
    out.into_inner().unwrap()
}
