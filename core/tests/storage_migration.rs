//! Issue 6: stored data of every format version is read, older versions upgraded step by
//! step; fixtures of each version are the same small book (3 customers, 26 events).

use partnerdesk_core::model::command::Command;
use partnerdesk_core::model::sample_catalog::E3;
use partnerdesk_core::storage::envelope::{decode, read_lineage, DecodeError, Lineage};
use partnerdesk_core::storage::migration::{upgrade, v1_to_v2};
use partnerdesk_core::Money;
use serde_json::{json, Value};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_version_1_book_reads_as_the_same_book_as_its_version_2_forms() {
    let v1 = decode(&fixture("storage_v1_book.json")).unwrap();
    let backup = decode(&fixture("storage_v2_backup.json")).unwrap();
    let compact = decode(&fixture("storage_v2_compact.json")).unwrap();
    assert_eq!(v1.book, backup.book);
    assert_eq!(v1.book, compact.book);

    let book = v1.book;
    assert_eq!(book.settings.name, "Fabrikam Cloud Partners B.V.");
    assert_eq!(book.settings.billing_day, 20);
    assert_eq!(book.events.len(), 26);
    assert_eq!(book.events[20].caused_by, Some(20));
    assert_eq!(
        book.events[25].command,
        Command::ChangePrice {
            offer_id: E3.into(),
            from: book.events[25].date,
            monthly: Money::parse("21.50").unwrap(),
            erp: Money::parse("25.80").unwrap(),
        }
    );
}

#[test]
fn the_version_1_step_wraps_the_bare_book_in_the_envelope() {
    let bare: Value = serde_json::from_str(&fixture("storage_v1_book.json")).unwrap();
    let v2 = v1_to_v2(bare.clone()).unwrap();
    assert_eq!(v2["format"], "partnerdesk");
    assert_eq!(v2["version"], 2);
    assert_eq!(v2["encoding"], "json");
    assert_eq!(v2["data"], bare);
    assert_eq!(upgrade(bare, 1).unwrap(), v2);
}

#[test]
fn the_version_1_step_refuses_what_is_not_a_book() {
    assert_eq!(
        v1_to_v2(json!([1, 2])),
        Err("a version 1 book is a JSON object".to_string())
    );
    assert_eq!(
        v1_to_v2(json!({"settings": {}, "events": []})),
        Err("a version 1 book has \"catalog\"".to_string())
    );
    assert_eq!(upgrade(json!({}), 0).unwrap_err().from_version, 0);
}

#[test]
fn a_document_of_a_newer_version_is_not_read() {
    let newer = fixture("storage_v2_compact.json").replacen("\"version\":2", "\"version\":3", 1);
    assert_eq!(decode(&newer), Err(DecodeError::Newer { version: 3 }));
}

#[test]
fn garbage_other_json_and_other_formats_are_told_apart() {
    assert!(matches!(
        decode("{\"format\":\"partnerdesk\""),
        Err(DecodeError::NotJson(_))
    ));
    assert!(matches!(
        decode("[1,2,3]"),
        Err(DecodeError::NotPartnerDesk(_))
    ));
    assert!(matches!(
        decode("{\"format\":\"spreadsheet\",\"version\":1}"),
        Err(DecodeError::NotPartnerDesk(_))
    ));
    assert_eq!(
        decode("{\"format\":\"partnerdesk\",\"version\":2,\"encoding\":\"zip\",\"data\":\"\"}"),
        Err(DecodeError::UnknownEncoding("zip".into()))
    );
    // Issue 14.12: JSON that is no PartnerDesk document at all is called that, not "older".
    assert!(matches!(
        decode("{\"hello\":\"world\"}"),
        Err(DecodeError::NotPartnerDesk(_))
    ));
    assert!(matches!(
        decode("{\"settings\":1,\"catalog\":2,\"events\":3}"),
        Err(DecodeError::NotABook(_))
    ));
}

#[test]
fn damaged_compact_data_is_an_error_not_a_book() {
    let text = fixture("storage_v2_compact.json");
    // The fixture's data is packed text; replace a stretch of it in the middle.
    let start = text.find("\"data\":\"").unwrap() + 8 + 600;
    let cut: String = text[start..].chars().take(40).collect();
    let damaged = text.replacen(&cut, &"\u{3400}".repeat(40), 1);
    assert!(matches!(
        decode(&damaged),
        Err(DecodeError::Damaged(_)) | Err(DecodeError::NotABook(_))
    ));
}

#[test]
fn the_lineage_is_read_without_the_data_and_backups_have_none() {
    let expected = Lineage {
        revision: "fixture-tab:1".into(),
        parent: Some("fixture-tab:0".into()),
    };
    let compact = fixture("storage_v2_compact.json");
    assert_eq!(read_lineage(&compact), Some(expected.clone()));
    assert_eq!(decode(&compact).unwrap().lineage, Some(expected));
    assert_eq!(
        decode(&fixture("storage_v2_backup.json")).unwrap().lineage,
        None
    );
    assert_eq!(read_lineage(&fixture("storage_v1_book.json")), None);
}
