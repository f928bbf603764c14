//! JSON Schema (Draft 2020-12) of the document, generated from the model.

use std::path::Path;

use schemars::generate::SchemaSettings;

use crate::model::Agreement;

/// The `$id` of the agreement schema.
pub const AGREEMENT_SCHEMA_ID: &str = "urn:overenskommelse:schema:agreement:2.0";

/// Where the agreement schema is published: the `$schema` a starter document names, so that
/// editors complete and check it without a copy of `schemas/` beside the document.
pub const AGREEMENT_SCHEMA_URL: &str = concat!(
    env!("CARGO_PKG_REPOSITORY"),
    "/raw/main/schemas/agreement.schema.json"
);

/// The file name of the agreement schema in `schemas/`.
pub const AGREEMENT_SCHEMA_FILE: &str = "agreement.schema.json";

/// The JSON Schema of an [`Agreement`] document.
pub fn agreement_schema() -> serde_json::Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let schema = generator.into_root_schema_for::<Agreement>();
    let mut value = schema.to_value();
    let Some(generated) = value.as_object_mut() else {
        return value;
    };
    // The keys a reader looks for first stand first; the rest keep the model's order.
    let mut ordered = serde_json::Map::new();
    for key in ["$schema", "$id", "title", "description"] {
        let known = match key {
            "$id" => Some(AGREEMENT_SCHEMA_ID.into()),
            "description" => Some(DESCRIPTION.into()),
            _ => generated.remove(key),
        };
        generated.remove(key);
        if let Some(known) = known {
            ordered.insert(key.to_owned(), known);
        }
    }
    ordered.extend(std::mem::take(generated));
    serde_json::Value::Object(ordered)
}

const DESCRIPTION: &str = "One kommun's or region's local agreement with civil society (Överenskommelse), with its decisions and versions, principles, parties, bodies, interest areas, plans, yearly action plans, partnerships (IOP) and evaluations. Text people read is Swedish first: a string, or an object of texts keyed by language tag with `sv` required. A date is a full day `YYYY-MM-DD` or, when known only roughly, an object with the words of the source. Format 1.0 is described by schemas/1.0/agreement.schema.json; `ovk migrate` rewrites a 1.0 document as 2.0.";

/// The agreement schema as written to `schemas/`: pretty JSON ending with a newline.
pub fn agreement_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&agreement_schema()).unwrap_or_default();
    text.push('\n');
    text
}

/// Writes every published schema into `dir`, returning the files written.
pub fn write_schemas(dir: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(AGREEMENT_SCHEMA_FILE);
    std::fs::write(&path, agreement_schema_text())?;
    Ok(vec![path])
}
