//! The code that `#[derive(FromJson)]` generates.
//!
//! Generated code names everything by absolute path (`crate::read::…`, `::core::…`)
//! and its locals start with `__`, so that it does not depend on, or clash with,
//! what is in scope where the model type is declared.

use std::collections::HashMap;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Data, DataEnum, DeriveInput, Fields, FieldsNamed, Ident, Path, Type};

use crate::attrs::{self, DefaultKind, Errors, Range};

/// Generates the `FromJson` and `Deserialize` impls for a type, or the errors that
/// say why it cannot.
pub(crate) fn expand(input: &DeriveInput) -> syn::Result<TokenStream> {
    let mut errors = Errors::default();
    if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
        // The reader's trait has its own lifetime and the model has no generic
        // types, so supporting generics would be code nobody runs.
        errors.push(syn::Error::new(
            input.generics.span(),
            "FromJson does not support generics or lifetimes",
        ));
    }
    let is_enum = matches!(input.data, Data::Enum(_));
    let container = attrs::container(&input.attrs, is_enum, &mut errors);
    let from_json = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(fields) => Some(expand_struct(&input.ident, fields, &mut errors)),
            _ => {
                errors.push(syn::Error::new(
                    input.ident.span(),
                    "FromJson supports structs with named fields only",
                ));
                None
            }
        },
        Data::Enum(data) => Some(expand_enum(
            &input.ident,
            data,
            container.rename_all.is_some(),
            &mut errors,
        )),
        Data::Union(_) => {
            errors.push(syn::Error::new(
                input.ident.span(),
                "FromJson supports structs with named fields and enums of unit variants only",
            ));
            None
        }
    };
    errors.finish()?;
    let Some(from_json) = from_json else {
        // Every path that gives no code has pushed an error, so this is not reached;
        // an empty expansion is still the safe answer if it were.
        return Ok(TokenStream::new());
    };
    let ident = &input.ident;
    Ok(quote! {
        #from_json

        // Every way into the model goes through the same reader, so that
        // `serde_json::from_str` and the loader accept the same documents.
        #[automatically_derived]
        impl<'de> ::serde::Deserialize<'de> for #ident {
            fn deserialize<__D>(
                __deserializer: __D,
            ) -> ::core::result::Result<Self, <__D as ::serde::Deserializer<'de>>::Error>
            where
                __D: ::serde::Deserializer<'de>,
            {
                crate::read::deserialize(__deserializer)
            }
        }
    })
}

/// What the reader does with a field once the object has been read.
enum Kind {
    /// No default and not an `Option`: absent or wrong makes the whole value fail.
    Required,
    /// Required, but with a stand-in value to go on with.
    StandIn(Path),
    /// `Option<T>` without a default: absent or wrong gives `None`.
    Optional,
    /// `#[serde(default)]` or `#[serde(default = "...")]`.
    Defaulted(DefaultKind),
}

/// One named field, with what its attributes say.
struct Field<'i> {
    ident: &'i Ident,
    ty: &'i Type,
    /// The name of the member in JSON.
    json: String,
    /// The local that holds the field's value while the object is read.
    local: Ident,
    kind: Kind,
    range: Option<Range>,
}

/// Whether a type is written as `Option<…>` (by its last path segment, as serde does).
fn is_option(ty: &Type) -> bool {
    match ty {
        Type::Path(path) if path.qself.is_none() => path
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "Option"),
        Type::Group(group) => is_option(&group.elem),
        Type::Paren(paren) => is_option(&paren.elem),
        _ => false,
    }
}

/// Reads the fields of a struct and their attributes.
fn fields<'i>(named: &'i FieldsNamed, errors: &mut Errors) -> Vec<Field<'i>> {
    let mut seen: HashMap<String, &Ident> = HashMap::new();
    let mut out = Vec::new();
    for field in &named.named {
        let Some(ident) = &field.ident else { continue };
        let attrs = attrs::field(&field.attrs, errors);
        let json = attrs
            .rename
            .as_ref()
            .map_or_else(|| ident.unraw().to_string(), syn::LitStr::value);
        if let Some(first) = seen.insert(json.clone(), ident) {
            errors.push(syn::Error::new(
                ident.span(),
                format!("the JSON name \"{json}\" is also used by field `{first}`"),
            ));
        }
        let option = is_option(&field.ty);
        let kind = match (attrs.default, attrs.stand_in) {
            (Some(_), Some(stand_in)) => {
                errors.push(syn::Error::new(
                    stand_in.span(),
                    "`stand_in` is for required fields; this field has a serde default",
                ));
                continue;
            }
            (None, Some(stand_in)) if option => {
                errors.push(syn::Error::new(
                    stand_in.span(),
                    "`stand_in` is for required fields; an `Option` field is already optional",
                ));
                continue;
            }
            (Some(default), None) => Kind::Defaulted(default),
            (None, Some(stand_in)) => Kind::StandIn(stand_in),
            (None, None) if option => Kind::Optional,
            (None, None) => Kind::Required,
        };
        if let Some(range) = &attrs.range {
            if option {
                // The range is checked on the member's value as an integer; the
                // reader has no form of that for `Option<integer>`.
                errors.push(syn::Error::new(
                    range.span,
                    "FromJson supports `range(...)` on integer fields, not on `Option` fields",
                ));
            }
        }
        out.push(Field {
            ident,
            ty: &field.ty,
            local: format_ident!("__f_{}", ident),
            json,
            kind,
            range: attrs.range,
        });
    }
    out
}

/// A bound of a range as an `i64` expression; an open bound is the end of `i64`.
fn bound(value: Option<i64>, open: TokenStream) -> TokenStream {
    value.map_or(open, |value| {
        Literal::i64_unsuffixed(value).into_token_stream()
    })
}

/// The `FromJson` impl of a struct with named fields.
fn expand_struct(ident: &Ident, named: &FieldsNamed, errors: &mut Errors) -> TokenStream {
    let fields = fields(named, errors);
    let json_names: Vec<&str> = fields.iter().map(|field| field.json.as_str()).collect();

    let slots = fields.iter().map(|field| {
        let Field { local, ty, .. } = field;
        quote_spanned! {ty.span()=>
            let mut #local = crate::read::Slot::<#ty>::Absent;
        }
    });

    let arms = fields.iter().map(|field| {
        let Field {
            local, json, ty, ..
        } = field;
        // Spanned on the type, so that a type without `FromJson` is pointed at there.
        match &field.range {
            Some(range) => {
                let min = bound(range.min, quote!(::core::primitive::i64::MIN));
                let max = bound(range.max, quote!(::core::primitive::i64::MAX));
                quote_spanned! {ty.span()=>
                    #json => __reader.member_in_range(#json, &mut #local, #min, #max)?,
                }
            }
            None => quote_spanned! {ty.span()=>
                #json => __reader.member(#json, &mut #local)?,
            },
        }
    });
    // With no fields a one-armed `match` would only stand in the way of lints.
    let read_member = if fields.is_empty() {
        quote! { __reader.unknown_member(__key, __FIELDS)?; }
    } else {
        quote! {
            match &*__key {
                #(#arms)*
                _ => __reader.unknown_member(__key, __FIELDS)?,
            }
        }
    };

    let required: Vec<&Field<'_>> = fields
        .iter()
        .filter(|field| matches!(field.kind, Kind::Required))
        .collect();
    let uses_object_at = fields
        .iter()
        .any(|field| matches!(field.kind, Kind::Required | Kind::StandIn(_)));
    // `__object_at` is bound only when a required field needs it for "missing".
    let object_at = if uses_object_at {
        quote!(__object_at)
    } else {
        quote!(_)
    };

    let finish = fields.iter().map(|field| {
        let Field { local, json, .. } = field;
        match &field.kind {
            Kind::Required => quote! {
                let #local = __reader.required(#local, #json, __object_at, &mut __complete);
            },
            Kind::StandIn(path) => quote! {
                let #local = __reader.required_or(#local, #json, __object_at, #path);
            },
            // A `null` gives `Some(None)` and an absent or wrong member gives `None`;
            // both end as `None`.
            Kind::Optional => quote! {
                let #local = #local.into_option().flatten();
            },
            Kind::Defaulted(DefaultKind::Trait) => quote! {
                let #local = #local.into_option().unwrap_or_default();
            },
            Kind::Defaulted(DefaultKind::Function(path)) => quote! {
                let #local = #local.into_option().unwrap_or_else(#path);
            },
        }
    });

    let check = check_required(&fields, &required);
    let complete = if required.is_empty() {
        TokenStream::new()
    } else {
        quote! { let mut __complete = true; }
    };

    let inits = fields.iter().map(|field| {
        let Field { ident, local, .. } = field;
        quote! { #ident: #local }
    });

    quote! {
        #[automatically_derived]
        impl<'a> crate::read::FromJson<'a> for #ident {
            const EXPECTED: crate::read::Expected = crate::read::Expected::Object;

            fn from_json(__reader: &mut crate::read::Reader<'a>) -> crate::read::Read<Self> {
                // The JSON names in declaration order, for the "unknown field" message.
                const __FIELDS: &[&str] = &[#(#json_names),*];
                let ::core::option::Option::Some(#object_at) = __reader.begin_object::<Self>()? else {
                    return ::core::result::Result::Ok(::core::option::Option::None);
                };
                #(#slots)*
                while let ::core::option::Option::Some(__key) = __reader.next_key()? {
                    #read_member
                }
                #complete
                #(#finish)*
                #check
                ::core::result::Result::Ok(::core::option::Option::Some(Self { #(#inits),* }))
            }
        }
    }
}

/// After the fields are read: gives up on the value when a required field failed
/// (noting its id first), and takes the required values out of their `Option`s.
/// Nothing when there is no required field, as then the value cannot fail here.
fn check_required(fields: &[Field<'_>], required: &[&Field<'_>]) -> TokenStream {
    if required.is_empty() {
        return TokenStream::new();
    }
    // An element that is left out cannot be referred to; noting its id keeps
    // references to it from being reported a second time.
    // Only a required id can be noted: an optional one may not be there.
    let key_field = |name: &str| {
        fields.iter().find(|field| {
            field.json == name && matches!(field.kind, Kind::Required | Kind::StandIn(_))
        })
    };
    let left_out = key_field("id").or_else(|| key_field("code")).map(|field| {
        let local = &field.local;
        if matches!(field.kind, Kind::StandIn(_)) {
            quote! {
                __reader.left_out(crate::read::Key::key(&#local));
            }
        } else {
            quote! {
                if let ::core::option::Option::Some(__id) = &#local {
                    __reader.left_out(crate::read::Key::key(__id));
                }
            }
        }
    });
    let locals: Vec<&Ident> = required.iter().map(|field| &field.local).collect();
    // `required` gives `None` exactly when it clears `__complete`, so the `else`
    // below is not taken; it is how the values come out of their `Option`s.
    let unwrap = if let [local] = locals.as_slice() {
        quote! {
            let ::core::option::Option::Some(#local) = #local else {
                return ::core::result::Result::Ok(::core::option::Option::None);
            };
        }
    } else {
        quote! {
            let (#(::core::option::Option::Some(#locals),)*) = (#(#locals,)*) else {
                return ::core::result::Result::Ok(::core::option::Option::None);
            };
        }
    };
    quote! {
        if !__complete {
            #left_out
            return ::core::result::Result::Ok(::core::option::Option::None);
        }
        #unwrap
    }
}

/// The JSON code of a variant under `rename_all = "snake_case"`, the way serde makes
/// it: `_` before each uppercase letter but the first, and all lowercase.
pub(crate) fn snake_case(ident: &str) -> String {
    let mut out = String::with_capacity(ident.len() + 4);
    for (index, ch) in ident.char_indices() {
        if index > 0 && ch.is_uppercase() {
            out.push('_');
        }
        out.push(ch.to_ascii_lowercase());
    }
    out
}

/// The `FromJson` impl of an enum of unit variants, read from a string code.
fn expand_enum(ident: &Ident, data: &DataEnum, snake: bool, errors: &mut Errors) -> TokenStream {
    let mut codes = Vec::new();
    let mut variants = Vec::new();
    let mut seen: HashMap<String, &Ident> = HashMap::new();
    for variant in &data.variants {
        let attrs = attrs::variant(&variant.attrs, errors);
        if !matches!(variant.fields, Fields::Unit) {
            errors.push(syn::Error::new(
                variant.ident.span(),
                "FromJson supports enums of unit variants only",
            ));
            continue;
        }
        let name = variant.ident.unraw().to_string();
        let code = match &attrs.rename {
            Some(rename) => rename.value(),
            None if snake => snake_case(&name),
            None => name,
        };
        if let Some(first) = seen.insert(code.clone(), &variant.ident) {
            errors.push(syn::Error::new(
                variant.ident.span(),
                format!("the code \"{code}\" is also used by variant `{first}`"),
            ));
        }
        codes.push(code);
        variants.push(&variant.ident);
    }
    let body = if variants.is_empty() {
        // An enum with no variants has no value to give.
        quote! {
            let _ = __index;
            ::core::result::Result::Ok(::core::option::Option::None)
        }
    } else {
        let arms = variants.iter().enumerate().map(|(index, variant)| {
            let index = Literal::usize_unsuffixed(index);
            quote! { #index => ::core::option::Option::Some(Self::#variant), }
        });
        quote! {
            ::core::result::Result::Ok(match __index {
                #(#arms)*
                // `code` gives an index into CODES only; this is not reached.
                _ => ::core::option::Option::None,
            })
        }
    };
    quote! {
        #[automatically_derived]
        impl<'a> crate::read::FromJson<'a> for #ident {
            const EXPECTED: crate::read::Expected = crate::read::Expected::Code;

            fn from_json(__reader: &mut crate::read::Reader<'a>) -> crate::read::Read<Self> {
                const __CODES: &[&str] = &[#(#codes),*];
                let ::core::option::Option::Some(__index) = __reader.code::<Self>(__CODES)? else {
                    return ::core::result::Result::Ok(::core::option::Option::None);
                };
                #body
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{expand, snake_case};
    use syn::DeriveInput;

    /// The message of the compile error for an input, with all errors joined.
    fn error(input: DeriveInput) -> String {
        match expand(&input) {
            Ok(tokens) => panic!("expected an error, got: {tokens}"),
            Err(error) => error
                .into_iter()
                .map(|error| error.to_string())
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    #[test]
    fn snake_case_is_the_one_serde_makes() {
        assert_eq!(snake_case("InProgress"), "in_progress");
        assert_eq!(
            snake_case("ActionAndAssignmentPlan"),
            "action_and_assignment_plan"
        );
        assert_eq!(snake_case("Done"), "done");
        assert_eq!(snake_case("HTTPStatus"), "h_t_t_p_status");
    }

    #[test]
    fn deserializing_field_attributes_are_refused() {
        for attr in [
            quote::quote!(#[serde(flatten)]),
            quote::quote!(#[serde(with = "strict")]),
            quote::quote!(#[serde(deserialize_with = "strict")]),
            quote::quote!(#[serde(alias = "y")]),
            quote::quote!(#[serde(skip)]),
            quote::quote!(#[serde(skip_deserializing)]),
            quote::quote!(#[serde(default, borrow)]),
            quote::quote!(#[serde(rename(deserialize = "y"))]),
        ] {
            let input: DeriveInput = syn::parse_quote! {
                struct A { #attr x: i32 }
            };
            let message = error(input);
            assert!(
                message.contains("is not supported by FromJson"),
                "{attr}: {message}"
            );
        }
    }

    #[test]
    fn every_unsupported_attribute_is_reported_at_once() {
        let input: DeriveInput = syn::parse_quote! {
            #[serde(transparent)]
            struct A<T> {
                #[serde(flatten)]
                x: T,
                #[serde(with = "m")]
                y: i32,
            }
        };
        let message = error(input);
        assert!(message.contains("generics"), "{message}");
        assert!(message.contains("`#[serde(transparent)]`"), "{message}");
        assert!(message.contains("`#[serde(flatten)]`"), "{message}");
        assert!(message.contains("`#[serde(with)]`"), "{message}");
    }

    #[test]
    fn container_attributes_are_checked() {
        for attr in [
            quote::quote!(#[serde(tag = "kind")]),
            quote::quote!(#[serde(untagged)]),
            quote::quote!(#[serde(from = "B")]),
            quote::quote!(#[serde(try_from = "B")]),
            quote::quote!(#[serde(rename_all = "snake_case")]),
        ] {
            let input: DeriveInput = syn::parse_quote! {
                #attr
                struct A { x: i32 }
            };
            assert!(
                error(input).contains("is not supported by FromJson"),
                "{attr}"
            );
        }
        let input: DeriveInput = syn::parse_quote! {
            #[serde(rename_all = "lowercase")]
            enum E { A }
        };
        assert!(error(input).contains("only \"snake_case\""));
        let input: DeriveInput = syn::parse_quote! {
            #[serde(deny_unknown_fields)]
            struct A { #[serde(skip_serializing_if = "Option::is_none")] x: Option<i32> }
        };
        assert!(expand(&input).is_ok());
    }

    #[test]
    fn shapes_that_are_not_supported() {
        let input: DeriveInput = syn::parse_quote!(
            struct A(i32);
        );
        assert!(error(input).contains("named fields"));
        let input: DeriveInput = syn::parse_quote!(
            struct A;
        );
        assert!(error(input).contains("named fields"));
        let input: DeriveInput = syn::parse_quote!(
            struct A<'x> {
                x: &'x str,
            }
        );
        assert!(error(input).contains("generics or lifetimes"));
        let input: DeriveInput = syn::parse_quote!(
            enum E {
                A,
                B(i32),
            }
        );
        assert!(error(input).contains("unit variants"));
        let input: DeriveInput = syn::parse_quote!(
            enum E {
                #[serde(other)]
                A,
            }
        );
        assert!(error(input).contains("`#[serde(other)]` is not supported"));
    }

    #[test]
    fn field_attributes_that_contradict_each_other() {
        let input: DeriveInput = syn::parse_quote! {
            struct A { #[serde(default)] #[json(stand_in = "f")] x: i32 }
        };
        assert!(error(input).contains("`stand_in` is for required fields"));
        let input: DeriveInput = syn::parse_quote! {
            struct A { #[json(stand_in = "f")] x: Option<i32> }
        };
        assert!(error(input).contains("`stand_in` is for required fields"));
        let input: DeriveInput = syn::parse_quote! {
            struct A { #[json(fallback = "f")] x: i32 }
        };
        assert!(error(input).contains("unknown FromJson attribute"));
        let input: DeriveInput = syn::parse_quote! {
            struct A { #[schemars(range(min = 1))] x: Option<i32> }
        };
        assert!(error(input).contains("not on `Option` fields"));
        let input: DeriveInput = syn::parse_quote! {
            struct A { #[schemars(range(min = 1.5))] x: i32 }
        };
        assert!(error(input).contains("integer literals"));
        let input: DeriveInput = syn::parse_quote! {
            struct A { #[serde(rename = "b")] a: i32, b: i32 }
        };
        assert!(error(input).contains("also used by field `a`"));
        let input: DeriveInput = syn::parse_quote! {
            struct A { #[serde(default, default = "f")] a: i32 }
        };
        assert!(error(input).contains("duplicate `default`"));
    }

    #[test]
    fn other_schemars_attributes_are_left_alone() {
        let input: DeriveInput = syn::parse_quote! {
            struct A {
                #[schemars(extend("format" = "uri", "x-range" = 1), with = "String")]
                #[schemars(regex(pattern = r"^\d{6}$"), example = "1")]
                #[schemars(range(min = -5, max = 5), title = "t")]
                a: i32,
            }
        };
        let tokens = expand(&input).map(|tokens| tokens.to_string());
        let tokens = tokens.unwrap_or_else(|error| panic!("{error}"));
        assert!(
            tokens.contains("member_in_range (\"a\" , & mut __f_a , - 5 , 5)"),
            "{tokens}"
        );
    }
}
