use super::*;
use partnerdesk_core::model::customer::Segment;

fn customer(id: &str, name: &str) -> Customer {
    Customer {
        id: id.into(),
        company_name: name.into(),
        domain: format!("{id}.onmicrosoft.com"),
        country: "NL".into(),
        segment: Segment::Commercial,
        reseller_mpn_id: None,
    }
}

fn change_of(ids: &[&str]) -> Change {
    Change {
        customers: ids.iter().map(|id| id.to_string()).collect(),
        ..Change::default()
    }
}

#[test]
fn names_outlive_a_change_that_renames_no_one() {
    let customers = [customer("a", "Contoso"), customer("b", "Fabrikam")];
    let names = Arc::new(names_of(&customers));
    let again = names_again(Arc::clone(&names), &customers, &change_of(&["a"]));
    assert!(Arc::ptr_eq(&names, &again));
}

#[test]
fn names_are_made_again_for_a_renamed_or_new_customer() {
    let customers = [customer("a", "Contoso"), customer("b", "Fabrikam")];
    let names = Arc::new(names_of(&customers));
    let renamed = [customer("a", "Contoso BV"), customer("b", "Fabrikam")];
    let again = names_again(Arc::clone(&names), &renamed, &change_of(&["a"]));
    assert_eq!(again.get("a").map(String::as_str), Some("Contoso BV"));
    let added = [
        customers[0].clone(),
        customers[1].clone(),
        customer("c", "Tailspin"),
    ];
    let again = names_again(names, &added, &change_of(&["c"]));
    assert_eq!(again.get("c").map(String::as_str), Some("Tailspin"));
    assert_eq!(again.len(), 3);
}
