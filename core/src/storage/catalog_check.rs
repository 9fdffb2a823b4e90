//! Is a catalog one the rules can work with? Checked before a backup replaces the book, since
//! the rules assume what the app's own catalog edits guarantee: ids that resolve, sane ranges.

use crate::base::bounds::{plausible_day, plausible_price, MAX_SEATS};
use crate::model::catalog::Catalog;
use std::collections::HashSet;

/// Every problem, in words; empty when the catalog is consistent.
pub fn catalog_problems(catalog: &Catalog) -> Vec<String> {
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    for o in &catalog.offers {
        if !ids.insert(o.id.as_str()) {
            problems.push(format!("offer id {} appears twice", o.id));
        }
    }
    for o in &catalog.offers {
        let name = if o.name.trim().is_empty() {
            problems.push(format!("offer {} has no name", o.id));
            o.id.as_str()
        } else {
            o.name.as_str()
        };
        if o.min_seats == 0 {
            problems.push(format!("{name}: its minimum is 0 seats, not at least 1"));
        } else if o.min_seats > o.max_seats {
            problems.push(format!(
                "{name}: minimum seats {} exceed maximum {}",
                o.min_seats, o.max_seats
            ));
        }
        if o.max_seats > MAX_SEATS {
            problems.push(format!("{name}: more than {MAX_SEATS} seats"));
        }
        let dates_ok = plausible_day(o.valid_from) && o.valid_to.is_none_or(plausible_day);
        if !dates_ok {
            problems.push(format!("{name}: its validity dates are implausible"));
        } else if o.valid_to.is_some_and(|to| to < o.valid_from) {
            problems.push(format!("{name}: valid to is before valid from"));
        }
        let references = [
            ("prerequisite", &o.prerequisites),
            ("conversion target", &o.conversion_targets),
            ("compatible offer", &o.compatible_offers),
        ];
        for (what, list) in references {
            for missing in list.iter().filter(|id| !ids.contains(id.as_str())) {
                problems.push(format!("{name}: {what} {missing} is not in the catalog"));
            }
        }
        if !catalog.prices.iter().any(|p| p.offer_id == o.id) {
            problems.push(format!("{name} has no list price"));
        }
    }
    for p in &catalog.prices {
        if !ids.contains(p.offer_id.as_str()) {
            problems.push(format!(
                "a list price is for offer {}, which is not in the catalog",
                p.offer_id
            ));
        }
        if !plausible_price(p.monthly) || !plausible_price(p.erp) || !plausible_day(p.from) {
            problems.push(format!(
                "a list price of offer {} is negative, implausibly high or dated implausibly",
                p.offer_id
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sample_catalog::sample_catalog;

    #[test]
    fn the_built_in_catalog_is_consistent() {
        assert_eq!(catalog_problems(&sample_catalog()), Vec::<String>::new());
    }

    #[test]
    fn dangling_references_and_bad_ranges_are_named() {
        let mut catalog = sample_catalog();
        catalog.offers[0].min_seats = 20;
        catalog.offers[0].max_seats = 10;
        catalog.offers[1].prerequisites = vec!["no-such-offer".into()];
        catalog.offers[2].min_seats = 0;
        let name = |i: usize| catalog.offers[i].name.clone();
        assert_eq!(
            catalog_problems(&catalog),
            vec![
                format!("{}: minimum seats 20 exceed maximum 10", name(0)),
                format!(
                    "{}: prerequisite no-such-offer is not in the catalog",
                    name(1)
                ),
                format!("{}: its minimum is 0 seats, not at least 1", name(2)),
            ]
        );
    }
}
