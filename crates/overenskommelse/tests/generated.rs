//! The checked-in generated files match what the code generates.
//!
//! Run `make generate` (or these tests with `OVK_BLESS=1`) to rewrite them.

mod common;

fn check_current(relative: &str, expected: &str) {
    let path = common::root().join(relative);
    if std::env::var_os("OVK_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("a parent folder")).expect("folder");
        std::fs::write(&path, expected).expect("writable");
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{relative} is stale: run `make generate` and commit the result"
    );
}

#[test]
fn agreement_schema_is_current() {
    check_current(
        "schemas/agreement.schema.json",
        &overenskommelse::schema::agreement_schema_text(),
    );
}

#[test]
fn rules_doc_is_current() {
    check_current("docs/rules.md", &overenskommelse::validate::markdown());
}

/// The starter example is what `ovk new --kommun 1490 --year 2026 --schema
/// ../../schemas/agreement.schema.json` writes, so that it shows what the command gives today.
#[test]
fn starter_example_is_current() {
    use overenskommelse::starter::{self, StarterOptions};
    let options = StarterOptions::kommun("1490")
        .with_year(2026)
        .with_schema("../../schemas/agreement.schema.json");
    let text = starter::to_json(&options).expect("the starter of Borås is written");
    check_current("examples/starter/overenskommelse.json", &text);
}

#[cfg(feature = "workbook")]
#[test]
fn workbook_doc_is_current() {
    check_current("docs/workbook.md", &overenskommelse::workbook::markdown());
}
