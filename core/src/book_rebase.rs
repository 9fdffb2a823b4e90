//! Two tabs that act at once both build on the same stored book, and the later write replaces
//! the earlier. The tab whose write was replaced puts its actions back on top of the other's:
//! a three-way merge of base, ours and theirs, where our commands go through the rules again.

use crate::book::Book;
use crate::rule_error::RuleError;

/// `ours` and `theirs` were both built on `base`. The result holds theirs, then our commands
/// (re-checked on their dates), and our settings or catalog where we changed them.
pub fn rebase(base: &Book, ours: &Book, theirs: &Book) -> Result<Book, RuleError> {
    let mut merged = theirs.clone();
    if ours.settings != base.settings {
        merged.settings = ours.settings.clone();
    }
    if ours.catalog != base.catalog {
        merged.catalog = ours.catalog.clone();
    }
    let our_new = ours.events.get(base.events.len()..).unwrap_or_default();
    for e in our_new.iter().filter(|e| e.caused_by.is_none()) {
        merged.execute(e.command.clone(), e.date)?;
    }
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::Command;
    use crate::customer::{Customer, Segment};
    use crate::sample_catalog::sample_catalog;
    use crate::settings::PartnerSettings;
    use chrono::NaiveDate;

    fn create(n: u32) -> Command {
        Command::CreateCustomer(Customer {
            id: format!("00000000-0000-4000-8000-00000000000{n}"),
            company_name: format!("Customer {n}"),
            domain: format!("customer{n}.onmicrosoft.com"),
            country: "US".into(),
            segment: Segment::Commercial,
            reseller_mpn_id: None,
        })
    }

    #[test]
    fn both_tabs_actions_are_kept() {
        let day = NaiveDate::from_ymd_opt(2018, 6, 1).unwrap();
        let mut base = Book::new(
            PartnerSettings::new("3f2504e0-4f89-41d3-9a0c-0305e82c3301".into()),
            sample_catalog(),
        );
        base.execute(create(1), day).unwrap();
        let mut ours = base.clone();
        ours.execute(create(2), day).unwrap();
        ours.settings.name = "Renamed in our tab".into();
        let mut theirs = base.clone();
        theirs.execute(create(3), day).unwrap();

        let merged = rebase(&base, &ours, &theirs).unwrap();
        let created: Vec<&Command> = merged.events.iter().map(|e| &e.command).collect();
        assert_eq!(created, vec![&create(1), &create(3), &create(2)]);
        assert_eq!(merged.events.last().unwrap().seq, 3);
        assert_eq!(merged.settings.name, "Renamed in our tab");
    }

    #[test]
    fn an_action_the_rules_now_refuse_is_reported() {
        let day = NaiveDate::from_ymd_opt(2018, 6, 1).unwrap();
        let base = Book::new(
            PartnerSettings::new("3f2504e0-4f89-41d3-9a0c-0305e82c3301".into()),
            sample_catalog(),
        );
        let mut ours = base.clone();
        ours.execute(create(1), day).unwrap();
        let mut theirs = base.clone();
        theirs.execute(create(1), day).unwrap();
        assert_eq!(rebase(&base, &ours, &theirs).unwrap_err().rule, "input");
    }
}
