//! Reading the attributes that `FromJson` takes its instructions from.
//!
//! The model keeps one declaration: the `#[serde(...)]` attributes that say how a
//! type looks in JSON are read here, so the error-tolerant reader cannot drift from
//! them. Any serde attribute that would change how a value is *read* and that the
//! reader does not implement is refused with a compile error, because silently
//! ignoring it would make the reader accept different documents than serde would.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::meta::ParseNestedMeta;
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, ExprUnary, Lit, LitStr, MetaNameValue, Path, Token, UnOp};

/// Collects errors so that one compile reports every unsupported attribute at once,
/// not only the first.
#[derive(Default)]
pub(crate) struct Errors(Option<syn::Error>);

impl Errors {
    /// Adds one error to the collection.
    pub(crate) fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(first) => first.combine(error),
            None => self.0 = Some(error),
        }
    }

    /// Keeps the value of a result, or its error for later.
    pub(crate) fn ok<T>(&mut self, result: syn::Result<T>) -> Option<T> {
        result.map_err(|error| self.push(error)).ok()
    }

    /// Ends the collection: `Err` with all errors if there was one.
    pub(crate) fn finish(self) -> syn::Result<()> {
        self.0.map_or(Ok(()), Err)
    }
}

/// How a field gets its value when it is absent (or its value is wrong).
pub(crate) enum DefaultKind {
    /// `#[serde(default)]`: `Default::default()`.
    Trait,
    /// `#[serde(default = "path")]`: a call of that function.
    Function(Path),
}

/// What the attributes of one struct field say.
#[derive(Default)]
pub(crate) struct FieldAttrs {
    /// `#[serde(rename = "...")]`: the JSON name, if it is not the field's own.
    pub(crate) rename: Option<LitStr>,
    /// `#[serde(default)]` or `#[serde(default = "...")]`.
    pub(crate) default: Option<DefaultKind>,
    /// `#[schemars(range(min = .., max = ..))]`: the allowed integer values.
    pub(crate) range: Option<Range>,
    /// `#[json(stand_in = "...")]`: the value to go on with when a required field fails.
    pub(crate) stand_in: Option<Path>,
}

/// The bounds of a `range(...)`; a bound that is not given is open.
pub(crate) struct Range {
    pub(crate) min: Option<i64>,
    pub(crate) max: Option<i64>,
    /// Where the range was written, for errors about it.
    pub(crate) span: proc_macro2::Span,
}

/// What the attributes of a struct or enum say.
#[derive(Default)]
pub(crate) struct ContainerAttrs {
    /// `#[serde(rename_all = "snake_case")]` on an enum, the only form accepted.
    pub(crate) rename_all: Option<LitStr>,
}

/// What the attributes of one enum variant say.
#[derive(Default)]
pub(crate) struct VariantAttrs {
    /// `#[serde(rename = "...")]`: the JSON code, if it is not derived from the ident.
    pub(crate) rename: Option<LitStr>,
}

/// The error for a serde attribute that the reader does not implement.
fn unsupported(meta: &ParseNestedMeta<'_>, name: &str, what: &str) -> syn::Error {
    meta.error(format!(
        "`#[serde({name})]` is not supported by FromJson: {what}"
    ))
}

/// The name of a nested meta item, such as `default` in `#[serde(default)]`.
fn meta_name(meta: &ParseNestedMeta<'_>) -> String {
    meta.path
        .get_ident()
        .map_or_else(|| path_text(&meta.path), |ident| ident.unraw().to_string())
}

/// A path as written, for messages.
fn path_text(path: &Path) -> String {
    let segments: Vec<String> = path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    segments.join("::")
}

/// Consumes the value of an attribute that is allowed but ignored, whatever its form
/// (`name`, `name = expr` or `name(...)`), so that parsing can go on after it.
fn skip_value(meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        meta.value()?.parse::<Expr>()?;
    } else if meta.input.peek(syn::token::Paren) {
        let content;
        syn::parenthesized!(content in meta.input);
        content.parse::<TokenStream>()?;
    }
    Ok(())
}

/// Sets an attribute value once; a second one is an error rather than a silent override.
fn set_once<T>(slot: &mut Option<T>, value: T, meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    if slot.is_some() {
        return Err(meta.error(format!("duplicate `{}` attribute", meta_name(meta))));
    }
    *slot = Some(value);
    Ok(())
}

/// Reads `= "..."` after an attribute name; the nested form such as
/// `rename(deserialize = "...")` is refused, since the reader has one name per field.
fn string_value(meta: &ParseNestedMeta<'_>, name: &str) -> syn::Result<LitStr> {
    if meta.input.peek(syn::token::Paren) {
        return Err(unsupported(
            meta,
            &format!("{name}(...)"),
            "give one name for both directions, as `name = \"...\"`",
        ));
    }
    meta.value()?.parse::<LitStr>()
}

/// Reads the attributes of a struct or enum itself: the ones `FromJson` follows, may
/// ignore, or must refuse.
pub(crate) fn container(attrs: &[Attribute], is_enum: bool, errors: &mut Errors) -> ContainerAttrs {
    let mut out = ContainerAttrs::default();
    for attr in attrs {
        if attr.path().is_ident("json") {
            errors.push(syn::Error::new(
                attr.span(),
                "`#[json(...)]` belongs on struct fields (`stand_in = \"path\"`), not on the type",
            ));
            continue;
        }
        if !attr.path().is_ident("serde") {
            continue;
        }
        let result = attr.parse_nested_meta(|meta| {
            let name = meta_name(&meta);
            match name.as_str() {
                // Unknown fields are always reported, so denying them changes nothing.
                // The others affect only serialization, messages or bounds of
                // generics, which FromJson types do not have.
                "deny_unknown_fields" | "rename" | "bound" | "crate" | "expecting" | "into" => {
                    skip_value(&meta)
                }
                "rename_all" if is_enum => {
                    let value = string_value(&meta, &name)?;
                    if value.value() != "snake_case" {
                        return Err(syn::Error::new(
                            value.span(),
                            format!(
                                "`#[serde(rename_all = \"{}\")]` is not supported by FromJson: \
                                 only \"snake_case\" is",
                                value.value()
                            ),
                        ));
                    }
                    set_once(&mut out.rename_all, value, &meta)
                }
                "rename_all" => Err(unsupported(
                    &meta,
                    &name,
                    "rename the fields one by one with `#[serde(rename = \"...\")]`",
                )),
                _ => Err(unsupported(
                    &meta,
                    &name,
                    "it changes how the type is deserialized, and the generated reader would not follow it",
                )),
            }
        });
        errors.ok(result);
    }
    out
}

/// Reads the attributes of one struct field.
pub(crate) fn field(attrs: &[Attribute], errors: &mut Errors) -> FieldAttrs {
    let mut out = FieldAttrs::default();
    for attr in attrs {
        if attr.path().is_ident("serde") {
            let result = attr.parse_nested_meta(|meta| {
                let name = meta_name(&meta);
                match name.as_str() {
                    "rename" => {
                        let value = string_value(&meta, &name)?;
                        set_once(&mut out.rename, value, &meta)
                    }
                    "default" => {
                        let kind = if meta.input.peek(Token![=]) {
                            let path: Path = meta.value()?.parse::<LitStr>()?.parse()?;
                            DefaultKind::Function(path)
                        } else {
                            DefaultKind::Trait
                        };
                        set_once(&mut out.default, kind, &meta)
                    }
                    // Serialization only: the reader has nothing to do with them.
                    "skip_serializing_if" | "skip_serializing" | "serialize_with" | "bound" => {
                        skip_value(&meta)
                    }
                    _ => Err(unsupported(
                        &meta,
                        &name,
                        "it changes how the field is deserialized, and the generated reader would not follow it",
                    )),
                }
            });
            errors.ok(result);
        } else if attr.path().is_ident("json") {
            let result = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("stand_in") {
                    let path: Path = meta.value()?.parse::<LitStr>()?.parse()?;
                    set_once(&mut out.stand_in, path, &meta)
                } else {
                    Err(meta.error(format!(
                        "unknown FromJson attribute `{}`; the only one is `stand_in = \"path\"`",
                        meta_name(&meta)
                    )))
                }
            });
            errors.ok(result);
        } else if attr.path().is_ident("schemars") {
            if let Some(range) = errors.ok(schemars_range(attr)).flatten() {
                if out.range.is_some() {
                    errors.push(syn::Error::new(range.span, "duplicate `range` attribute"));
                } else {
                    out.range = Some(range);
                }
            }
        }
    }
    out
}

/// Reads the attributes of one enum variant.
pub(crate) fn variant(attrs: &[Attribute], errors: &mut Errors) -> VariantAttrs {
    let mut out = VariantAttrs::default();
    for attr in attrs {
        if attr.path().is_ident("json") {
            errors.push(syn::Error::new(
                attr.span(),
                "`#[json(...)]` belongs on struct fields (`stand_in = \"path\"`), not on variants",
            ));
            continue;
        }
        if !attr.path().is_ident("serde") {
            continue;
        }
        let result = attr.parse_nested_meta(|meta| {
            let name = meta_name(&meta);
            match name.as_str() {
                "rename" => {
                    let value = string_value(&meta, &name)?;
                    set_once(&mut out.rename, value, &meta)
                }
                // Serialization only.
                "skip_serializing" | "serialize_with" => skip_value(&meta),
                _ => Err(unsupported(
                    &meta,
                    &name,
                    "it changes how the variant is deserialized, and the generated reader would not follow it",
                )),
            }
        });
        errors.ok(result);
    }
    out
}

/// Finds `range(min = .., max = ..)` in a `#[schemars(...)]` attribute.
///
/// schemars takes forms that are not plain nested meta (such as
/// `extend("format" = "uri")`), so the attribute is scanned token by token and only
/// a top-level `range(...)` is parsed; everything else is schemars' business.
fn schemars_range(attr: &Attribute) -> syn::Result<Option<Range>> {
    let syn::Meta::List(list) = &attr.meta else {
        return Ok(None);
    };
    let mut found = None;
    // True at the start and after a top-level comma, where a key such as `range` can stand.
    let mut at_key = true;
    let mut tokens = list.tokens.clone().into_iter().peekable();
    while let Some(token) = tokens.next() {
        match &token {
            TokenTree::Ident(ident) if at_key && ident == "range" => {
                if let Some(TokenTree::Group(group)) = tokens.peek() {
                    if group.delimiter() == Delimiter::Parenthesis {
                        if found.is_some() {
                            return Err(syn::Error::new(
                                ident.span(),
                                "duplicate `range` attribute",
                            ));
                        }
                        found = Some(parse_range(group.stream(), ident.span())?);
                    }
                }
                at_key = false;
            }
            TokenTree::Punct(punct)
                if punct.as_char() == ',' && punct.spacing() == Spacing::Alone =>
            {
                at_key = true;
            }
            _ => at_key = false,
        }
    }
    Ok(found)
}

/// Parses the inside of `range(...)`: `min` and `max`, each an integer literal,
/// possibly negative.
fn parse_range(tokens: TokenStream, span: proc_macro2::Span) -> syn::Result<Range> {
    let items = Punctuated::<MetaNameValue, Token![,]>::parse_terminated.parse2(tokens)?;
    let mut range = Range {
        min: None,
        max: None,
        span,
    };
    for item in items {
        let value = integer(&item.value)?;
        let bound = if item.path.is_ident("min") {
            &mut range.min
        } else if item.path.is_ident("max") {
            &mut range.max
        } else {
            return Err(syn::Error::new(
                item.path.span(),
                "FromJson reads only `min` and `max` in `range(...)`",
            ));
        };
        if bound.is_some() {
            return Err(syn::Error::new(
                item.path.span(),
                "duplicate bound in `range(...)`",
            ));
        }
        *bound = Some(value);
    }
    if let (Some(min), Some(max)) = (range.min, range.max) {
        if min > max {
            return Err(syn::Error::new(
                span,
                "`range(...)` has `min` greater than `max`",
            ));
        }
    }
    Ok(range)
}

/// An integer literal, possibly negated, as an `i64`. Anything else is refused: the
/// check is made at run time on `i64`, and a bound that cannot be read would quietly
/// drop the check.
fn integer(expr: &Expr) -> syn::Result<i64> {
    let refuse = || {
        syn::Error::new(
            expr.span(),
            "FromJson needs `range(...)` bounds to be integer literals",
        )
    };
    let (negative, lit) = match expr {
        Expr::Lit(ExprLit {
            lit: Lit::Int(lit), ..
        }) => (false, lit),
        Expr::Unary(ExprUnary {
            op: UnOp::Neg(_),
            expr: inner,
            ..
        }) => match &**inner {
            Expr::Lit(ExprLit {
                lit: Lit::Int(lit), ..
            }) => (true, lit),
            _ => return Err(refuse()),
        },
        _ => return Err(refuse()),
    };
    let magnitude: i128 = lit.base10_parse()?;
    let value = if negative { -magnitude } else { magnitude };
    i64::try_from(value)
        .map_err(|_| syn::Error::new(expr.span(), "`range(...)` bound does not fit in i64"))
}
