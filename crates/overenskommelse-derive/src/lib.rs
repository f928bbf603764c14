//! `#[derive(FromJson)]` for the model of the `overenskommelse` crate.
//!
//! The model types keep one declaration: their `#[serde(...)]` attributes say how they
//! look in JSON, and this derive reads those attributes to generate an
//! *error-tolerant* reader for `crate::read` in the `overenskommelse` crate. Where
//! serde stops at the first problem, the generated reader records the problem, skips
//! the value and goes on, so that one pass over a document reports every missing,
//! unknown or wrong member.
//!
//! The derive also generates a `serde::Deserialize` impl that goes through the same
//! reader, so that every way into the model accepts the same documents.
//!
//! # What it reads
//!
//! On structs with named fields:
//!
//! - `#[serde(rename = "x")]`: the member is called `x` in JSON.
//! - `#[serde(default)]` and `#[serde(default = "path")]`: the value when the member
//!   is absent or wrong.
//! - A field of type `Option<…>` without a default is optional; any other field
//!   without a default is required.
//! - `#[schemars(range(min = A, max = B))]` on an integer field: values outside
//!   `A..=B` are recorded as invalid.
//! - `#[json(stand_in = "path")]` on a required field: when the member is absent or
//!   wrong, the problem is recorded and reading goes on with `path()`.
//!
//! On enums of unit variants: `#[serde(rename_all = "snake_case")]` on the enum and
//! `#[serde(rename = "x")]` on a variant; the variant is read from its string code.
//!
//! Serialization-only attributes (`skip_serializing_if`, …) are ignored. Any other
//! serde attribute that changes deserialization (`flatten`, `with`, `alias`, `tag`,
//! …) is a compile error: the reader would not follow it, and a reader that silently
//! accepted other documents than serde would be worse than none.
//!
//! The generated code names `crate::read::…`, so the derive is for use inside the
//! `overenskommelse` crate only.

mod attrs;
mod expand;

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

/// Derives `crate::read::FromJson` and `serde::Deserialize` from the serde attributes
/// of a struct with named fields or an enum of unit variants.
///
/// `serde` and `schemars` are declared as helper attributes too, so that a type may
/// derive `FromJson` without a serde or schemars derive beside it; declaring a helper
/// that another derive also declares is allowed.
#[proc_macro_derive(FromJson, attributes(json, serde, schemars))]
pub fn derive_from_json(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::expand(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}
