//! The contenders: what each does with the bytes, timed or counted in the same way.
//!
//! A measured call is the call itself, a look at its result (is it a valid document, an
//! object) and the drop of the result: the whole cost of using it once. What a contender
//! needs before it can start (simd-json's mutable copy of the bytes, the compiled schema) is
//! made outside the measured region.

use std::hint::black_box;

use crate::{alloc, clock};

/// The schema a document is validated against, `schemas/agreement.schema.json`, built in.
pub const SCHEMA: &str = include_str!("../../../schemas/agreement.schema.json");

/// One way of reading the bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contender {
    /// `simd_json::to_owned_value` on a copy of the bytes.
    SimdJson,
    /// `overenskommelse::from_slice`: the typed load.
    TypedLoad,
    /// `serde_json::from_slice::<serde_json::Value>`.
    Value,
    /// `overenskommelse::Document::from_slice`: the checked load.
    CheckSlice,
    /// A `serde_json::Value` parse, then every error of the schema with `jsonschema`.
    ValueSchema,
}

impl Contender {
    /// Every contender, in the order of the tables.
    pub const ALL: [Contender; 5] = [
        Contender::SimdJson,
        Contender::TypedLoad,
        Contender::Value,
        Contender::CheckSlice,
        Contender::ValueSchema,
    ];

    /// The peers of the checked load, in the order of the tables.
    pub const PEERS: [Contender; 4] = [
        Contender::SimdJson,
        Contender::TypedLoad,
        Contender::Value,
        Contender::ValueSchema,
    ];

    /// The short name, on the command line of a child and in the tables.
    pub fn name(self) -> &'static str {
        match self {
            Contender::SimdJson => "simd-json",
            Contender::TypedLoad => "typed-load",
            Contender::Value => "value",
            Contender::CheckSlice => "check_slice",
            Contender::ValueSchema => "value+jsonschema",
        }
    }

    /// What is called, for the tables.
    pub fn call(self) -> &'static str {
        match self {
            Contender::SimdJson => "`simd_json::to_owned_value(&mut copy)`",
            Contender::TypedLoad => "`overenskommelse::from_slice(bytes)`",
            Contender::Value => "`serde_json::from_slice::<serde_json::Value>(bytes)`",
            Contender::CheckSlice => "`overenskommelse::Document::from_slice(bytes)`",
            Contender::ValueSchema => {
                "`serde_json::from_slice::<serde_json::Value>(bytes)`, then \
                 `validator.iter_errors(&value).count()`"
            }
        }
    }

    /// The contender of a short name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The position in [`Contender::ALL`].
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }
}

/// The schema compiled as the project's tests compile it: Draft 2020-12, formats checked
/// (the library checks dates, so the schema must too).
pub fn compile_schema() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(SCHEMA).expect("schemas/agreement.schema.json is JSON");
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles under Draft 2020-12")
}

/// What is measured of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meter {
    /// This thread's CPU time.
    Cpu,
    /// Allocations, with the counting allocator.
    Allocations,
}

/// The result of one measured call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// CPU time of the call in nanoseconds (0 when allocations were counted).
    pub cpu_ns: u64,
    /// The system (kernel) part of that time: mostly the kernel handing out fresh memory.
    pub system_ns: u64,
    /// Allocations of the call (zero when the time was taken).
    pub counts: alloc::Counts,
    /// Whether the contender accepted the document: parsed it, found it valid.
    pub accepted: bool,
    /// What it found: findings of the checked load, errors of the schema, else 0.
    pub found: u64,
}

/// Calls `contender` once on `bytes` and measures it with `meter`. `validator` is needed by
/// [`Contender::ValueSchema`] only.
pub fn measure(
    contender: Contender,
    bytes: &[u8],
    validator: Option<&jsonschema::Validator>,
    meter: Meter,
) -> Outcome {
    match contender {
        Contender::SimdJson => {
            let mut copy = bytes.to_vec();
            let outcome = measured(
                meter,
                || simd_json::to_owned_value(black_box(&mut copy)),
                |value| {
                    let object = matches!(value, Ok(simd_json::OwnedValue::Object(_)));
                    (object, 0)
                },
            );
            drop(copy);
            outcome
        }
        Contender::TypedLoad => measured(
            meter,
            || overenskommelse::from_slice(black_box(bytes)),
            |agreement| (agreement.is_ok(), 0),
        ),
        Contender::Value => measured(
            meter,
            || serde_json::from_slice::<serde_json::Value>(black_box(bytes)),
            |value| (value.as_ref().is_ok_and(|v| v.is_object()), 0),
        ),
        Contender::CheckSlice => measured(
            meter,
            || overenskommelse::Document::from_slice(black_box(bytes)),
            |document| (document.is_valid(), document.findings().len() as u64),
        ),
        Contender::ValueSchema => {
            let validator = validator.expect("the schema is compiled for value+jsonschema");
            measured(
                meter,
                || {
                    let value = serde_json::from_slice::<serde_json::Value>(black_box(bytes))?;
                    Ok::<_, serde_json::Error>(validator.iter_errors(&value).count())
                },
                |errors| match errors {
                    Ok(errors) => (*errors == 0, *errors as u64),
                    Err(_) => (false, 0),
                },
            )
        }
    }
}

/// Measures `call`, a look at its result with `judge` and the drop of the result.
fn measured<T>(
    meter: Meter,
    call: impl FnOnce() -> T,
    judge: impl FnOnce(&T) -> (bool, u64),
) -> Outcome {
    let (start, system_start) = match meter {
        Meter::Cpu => (clock::thread_cpu_ns(), clock::thread_system_ns()),
        Meter::Allocations => {
            alloc::begin();
            (0, 0)
        }
    };
    let result = black_box(call());
    let (accepted, found) = judge(&result);
    drop(result);
    match meter {
        Meter::Cpu => Outcome {
            cpu_ns: clock::thread_cpu_ns().saturating_sub(start),
            system_ns: clock::thread_system_ns().saturating_sub(system_start),
            counts: alloc::Counts::default(),
            accepted,
            found,
        },
        Meter::Allocations => Outcome {
            cpu_ns: 0,
            system_ns: 0,
            counts: alloc::end(),
            accepted,
            found,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for contender in Contender::ALL {
            assert_eq!(Contender::from_name(contender.name()), Some(contender));
            assert_eq!(Contender::ALL[contender.index()], contender);
        }
    }

    #[test]
    fn every_contender_accepts_a_generated_document() {
        let bytes = overenskommelse_synthetic::document_json(20, 2018);
        let validator = compile_schema();
        for contender in Contender::ALL {
            let outcome = measure(contender, &bytes, Some(&validator), Meter::Cpu);
            assert!(outcome.accepted, "{}: {outcome:?}", contender.name());
        }
    }
}
