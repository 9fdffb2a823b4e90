//! The trial pipeline as a CSV: trials are never billed (SPEC T1), so no reconciliation file
//! shows them, yet partners follow them up (SPEC T10).

use crate::reports::csv_writer::{export_file_name, write_table, Cell, CsvDialect};
use crate::reports::dashboard;
use chrono::NaiveDate;

pub const TRIAL_HEADER: [&str; 6] = [
    "Customer",
    "Offer",
    "Start",
    "Expiry",
    "Days left",
    "Status",
];

/// One trial as the pipeline lists it; the caller computes days left and status for "today".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrialRow {
    pub customer_name: String,
    pub offer_name: String,
    pub started: NaiveDate,
    pub expires: NaiveDate,
    pub days_left: i64,
    /// As the app shows it, e.g. "Active", "Converted", "Expired".
    pub status: String,
}

impl TrialRow {
    fn cells(&self) -> Vec<Cell<'_>> {
        vec![
            Cell::Text(&self.customer_name),
            Cell::Text(&self.offer_name),
            Cell::Date(self.started),
            Cell::Date(self.expires),
            Cell::Count(self.days_left),
            Cell::Text(&self.status),
        ]
    }
}

/// The export rows of the trials the dashboard follows (every trial not converted), in its
/// order: soonest expiry first.
pub fn pipeline_rows(trials: &[dashboard::TrialRow]) -> Vec<TrialRow> {
    trials
        .iter()
        .map(|t| TrialRow {
            customer_name: t.customer_name.clone(),
            offer_name: t.offer_name.clone(),
            started: t.started,
            expires: t.expires,
            days_left: t.days_left,
            status: t.status.label().to_string(),
        })
        .collect()
}

/// The file's bytes: a header, then one record per trial in the given order.
pub fn write_trial_csv(rows: &[TrialRow], dialect: CsvDialect) -> Vec<u8> {
    write_table(dialect, &TRIAL_HEADER, rows.iter().map(TrialRow::cells))
}

/// `Contoso-Partner_trials_2018-06-15.csv` for the pipeline as of `today`.
pub fn trial_file_name(partner_name: &str, today: NaiveDate, dialect: CsvDialect) -> String {
    export_file_name(partner_name, "trials", today, dialect)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32, y: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn trial(customer: &str, days_left: i64, status: &str) -> TrialRow {
        TrialRow {
            customer_name: customer.into(),
            offer_name: "Office 365 E3 Trial".into(),
            started: day(6, 1, 2018),
            expires: day(7, 1, 2018),
            days_left,
            status: status.into(),
        }
    }

    #[test]
    fn t10_trials_are_written_one_per_row_with_a_header() {
        let bytes = write_trial_csv(
            &[
                trial("Contoso, Ltd.", 16, "Active"),
                trial("Ærø", 0, "Expired"),
            ],
            CsvDialect::Standard,
        );
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "Customer,Offer,Start,Expiry,Days left,Status\r\n\
             \"Contoso, Ltd.\",Office 365 E3 Trial,6/1/2018,7/1/2018,16,Active\r\n\
             Ærø,Office 365 E3 Trial,6/1/2018,7/1/2018,0,Expired\r\n"
        );
    }

    #[test]
    fn r5_trial_names_that_look_like_formulas_are_neutralised() {
        let bytes = write_trial_csv(&[trial("=1+1", -3, "@x")], CsvDialect::Standard);
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let row = reader.records().next().unwrap().unwrap();
        assert_eq!(&row[0], "'=1+1");
        assert_eq!(&row[4], "-3");
        assert_eq!(&row[5], "'@x");
    }

    #[test]
    fn t10_excel_variant_uses_semicolons_and_iso_dates() {
        let bytes = write_trial_csv(&[trial("Müller", 16, "Active")], CsvDialect::ExcelEuropean);
        assert_eq!(
            bytes,
            "\u{feff}Customer;Offer;Start;Expiry;Days left;Status\r\n\
             Müller;Office 365 E3 Trial;2018-06-01;2018-07-01;16;Active\r\n"
                .as_bytes()
        );
        assert_eq!(
            trial_file_name("Contoso Partner", day(6, 15, 2018), CsvDialect::Standard),
            "Contoso-Partner_trials_2018-06-15.csv"
        );
    }

    #[test]
    fn t10_the_pipeline_exports_the_dashboards_trials_with_their_status() {
        let followed = dashboard::TrialRow {
            subscription_id: "s1".into(),
            customer_id: "c1".into(),
            customer_name: "Contoso".into(),
            offer_name: "Office 365 E3 Trial".into(),
            started: day(6, 1, 2018),
            expires: day(7, 1, 2018),
            days_left: 0,
            status: crate::model::subscription::Status::Expired,
            ending_soon: false,
            next_offers: vec!["Office 365 E3".into()],
            has_conversion_target: true,
        };
        assert_eq!(pipeline_rows(&[followed]), [trial("Contoso", 0, "Expired")]);
    }
}
