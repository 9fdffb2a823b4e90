//! Importing customers from a CSV, one per row, all or none.
//!
//! Each row must make a customer that `Customer::validate` accepts, and no two customers may
//! share a primary domain (a tenant has one), neither within the file nor with the book.
//! Letter case is forgiven where it carries no meaning: domains are stored in lower case and
//! country codes in upper case.

use crate::base::countries::country_code;
use crate::base::field_error::FieldError;
use crate::base::say::ImportProblem;
use crate::imports::import_error::{all_or_nothing, ImportError};
use crate::imports::import_table::read_table;
use crate::model::customer::{Customer, Segment};
use std::collections::HashMap;

pub const CUSTOMER_COLUMNS: [&str; 5] = [
    "Company name",
    "Domain",
    "Country",
    "Segment",
    "Reseller MPN ID",
];

/// The new customers of `text`, each with an id from `new_id`, or every bad row. `new_id` is
/// called only when the whole file is good, once per customer, in file order.
pub fn plan_customer_import(
    text: &str,
    existing: &[Customer],
    new_id: &mut dyn FnMut() -> String,
) -> Result<Vec<Customer>, Vec<ImportError>> {
    let table = read_table(text, &CUSTOMER_COLUMNS)?;
    let mut errors = table.errors;
    let owner_of: HashMap<String, &Customer> = existing
        .iter()
        .map(|c| (c.domain.to_ascii_lowercase(), c))
        .collect();
    let mut customers = Vec::new();
    let mut first_line_of: HashMap<String, usize> = HashMap::new();
    for record in &table.rows {
        let line = record.line;
        let segment = Segment::parse(record.field(3));
        if segment.is_none() {
            errors.push(
                ImportError::new(
                    line,
                    format!(
                        "The segment \"{}\" is not Commercial, Education, Government or Nonprofit.",
                        record.field(3)
                    ),
                )
                .saying(ImportProblem::SegmentUnknown {
                    segment: record.field(3).to_string(),
                }),
            );
        }
        let reseller = record.field(4);
        let customer = Customer {
            id: String::new(),
            company_name: record.field(0).to_string(),
            domain: record.field(1).to_lowercase(),
            country: country_code(record.field(2))
                .map_or_else(|| record.field(2).to_uppercase(), str::to_string),
            // Stands in for a bad segment so the other fields are still checked.
            segment: segment.unwrap_or(Segment::Commercial),
            reseller_mpn_id: (!reseller.is_empty()).then(|| reseller.to_string()),
        };
        for e in customer.validate_entry() {
            errors.push(customer_problem(line, column_of(&e.field), e));
        }
        if let Some(owner) = owner_of.get(&customer.domain.to_ascii_lowercase()) {
            errors.push(
                ImportError::new(
                    line,
                    format!(
                        "The domain {} already belongs to the customer \"{}\".",
                        customer.domain, owner.company_name
                    ),
                )
                .saying(ImportProblem::DomainTaken {
                    domain: customer.domain.clone(),
                    owner: owner.company_name.clone(),
                }),
            );
        } else if let Some(first) = first_line_of.get(&customer.domain) {
            errors.push(
                ImportError::new(
                    line,
                    format!("The domain {} is already on line {first}.", customer.domain),
                )
                .saying(ImportProblem::DomainTwice {
                    domain: customer.domain.clone(),
                    first_line: *first,
                }),
            );
        } else {
            first_line_of.insert(customer.domain.clone(), line);
        }
        customers.push(customer);
    }
    let customers = all_or_nothing(customers, errors)?;
    Ok(customers
        .into_iter()
        .map(|c| Customer { id: new_id(), ..c })
        .collect())
}

/// The file's name for a field of `Customer::validate`.
/// A customer's value refused on `line`, about `about` (a column, or the customer's name).
pub(crate) fn customer_problem(line: usize, about: &str, e: FieldError) -> ImportError {
    let error = ImportError::new(line, format!("{about}: {}", e.message));
    match e.say {
        Some(say) => error.saying(ImportProblem::CustomerField {
            about: about.to_string(),
            problem: Box::new(say),
        }),
        None => error,
    }
}

fn column_of(field: &str) -> &'static str {
    match field {
        "company_name" => CUSTOMER_COLUMNS[0],
        "domain" => CUSTOMER_COLUMNS[1],
        "country" => CUSTOMER_COLUMNS[2],
        "reseller_mpn_id" => CUSTOMER_COLUMNS[4],
        _ => "Customer",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "Company name,Domain,Country,Segment,Reseller MPN ID";

    fn counter() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("00000000-0000-4000-8000-{n:012}")
        }
    }

    fn import(text: &str, existing: &[Customer]) -> Result<Vec<Customer>, Vec<ImportError>> {
        plan_customer_import(text, existing, &mut counter())
    }

    fn reasons(errors: &[ImportError]) -> Vec<(usize, &str)> {
        errors.iter().map(|e| (e.line, e.reason.as_str())).collect()
    }

    #[test]
    fn good_rows_become_customers_with_fresh_ids() {
        let text = format!(
            "\u{feff}{HEADER}\r\n\"Contoso, Ltd.\",Contoso.OnMicrosoft.com,us,commercial,\r\nMüller & Söhne GmbH,mueller.de,de,Education,4390934\r\n"
        );
        let customers = import(&text, &[]).unwrap();
        assert_eq!(
            customers,
            vec![
                Customer {
                    id: "00000000-0000-4000-8000-000000000001".into(),
                    company_name: "Contoso, Ltd.".into(),
                    domain: "contoso.onmicrosoft.com".into(),
                    country: "US".into(),
                    segment: Segment::Commercial,
                    reseller_mpn_id: None,
                },
                Customer {
                    id: "00000000-0000-4000-8000-000000000002".into(),
                    company_name: "Müller & Söhne GmbH".into(),
                    domain: "mueller.de".into(),
                    country: "DE".into(),
                    segment: Segment::Education,
                    reseller_mpn_id: Some("4390934".into()),
                },
            ]
        );
    }

    #[test]
    fn every_bad_row_is_named_and_no_id_is_drawn() {
        let existing = import(
            &format!("{HEADER}\nFabrikam,fabrikam.com,NL,Nonprofit,"),
            &[],
        )
        .unwrap();
        let text = format!(
            "{HEADER}\n\
             Good,good.com,US,Commercial,\n\
             ,not a domain,USA,Retail,12\n\
             Again,GOOD.com,US,Commercial,\n\
             Fabrikam again,Fabrikam.com,NL,Nonprofit,\n"
        );
        let mut drawn = 0;
        let err = plan_customer_import(&text, &existing, &mut || {
            drawn += 1;
            String::new()
        })
        .unwrap_err();
        assert_eq!(drawn, 0);
        assert_eq!(
            reasons(&err),
            vec![
                (3, "The segment \"Retail\" is not Commercial, Education, Government or Nonprofit."),
                (3, "Company name: Enter the company name."),
                (3, "Domain: Enter a domain such as contoso.onmicrosoft.com: letters, digits and hyphens, with dots between parts."),
                (3, "Country: Choose the country from the list, or type its two-letter ISO code, such as NL or DE (the United Kingdom is GB)."),
                (3, "Reseller MPN ID: A reseller MPN id is a number of 6 to 10 digits; leave it empty when you sell directly."),
                (4, "The domain good.com is already on line 2."),
                (5, "The domain fabrikam.com already belongs to the customer \"Fabrikam\"."),
            ]
        );
    }

    #[test]
    fn a_missing_column_or_a_shifted_row_is_reported() {
        let err = import(
            "Company name,Domain,Country,Segment\nA,a.com,US,Commercial\n",
            &[],
        )
        .unwrap_err();
        assert_eq!(
            reasons(&err),
            vec![(1, "The header has no column \"Reseller MPN ID\".")]
        );
        let err = import(
            &format!("{HEADER}\nContoso, Ltd.,contoso.com,US,Commercial,\n"),
            &[],
        )
        .unwrap_err();
        assert_eq!(err[0].line, 2);
        assert!(err[0]
            .reason
            .starts_with("This row has 6 fields but the header has 5"));
    }

    #[test]
    fn excel_semicolon_files_are_read() {
        let text = format!(
            "{}\r\nContoso, Ltd.;contoso.com;US;Government;\r\n",
            HEADER.replace(',', ";")
        );
        let customers = import(&text, &[]).unwrap();
        assert_eq!(customers[0].company_name, "Contoso, Ltd.");
        assert_eq!(customers[0].segment, Segment::Government);
    }
}
