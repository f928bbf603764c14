//! [`FromJson`] for the standard types the model is built from.

use super::{Expected, FromJson, ProblemKind, Read, Reader};

impl<'a> FromJson<'a> for String {
    const EXPECTED: Expected = Expected::Text;

    fn from_json(r: &mut Reader<'a>) -> Read<Self> {
        Ok(r.text(Expected::Text)?.map(|text| text.into_owned()))
    }
}

impl<'a> FromJson<'a> for bool {
    const EXPECTED: Expected = Expected::Boolean;

    fn from_json(r: &mut Reader<'a>) -> Read<Self> {
        r.boolean()
    }
}

impl<'a, T: FromJson<'a>> FromJson<'a> for Option<T> {
    const EXPECTED: Expected = T::EXPECTED;

    fn from_json(r: &mut Reader<'a>) -> Read<Self> {
        if r.null()? {
            return Ok(Some(None));
        }
        Ok(T::from_json(r)?.map(Some))
    }
}

impl<'a, T: FromJson<'a>> FromJson<'a> for Box<T> {
    const EXPECTED: Expected = T::EXPECTED;

    fn from_json(r: &mut Reader<'a>) -> Read<Self> {
        Ok(T::from_json(r)?.map(Box::new))
    }
}

impl<'a, T: FromJson<'a>> FromJson<'a> for Vec<T> {
    const EXPECTED: Expected = Expected::List;

    fn from_json(r: &mut Reader<'a>) -> Read<Self> {
        r.list()
    }
}

/// A whole number within `min..=max`. As in JSON Schema, `2018.0` is the integer 2018.
pub(super) fn integer(r: &mut Reader<'_>, min: i64, max: i64) -> Read<i64> {
    let offset = r.value_start();
    let Some(text) = r.number_text(Expected::Integer)? else {
        return Ok(None);
    };
    let value = if text.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        text.parse::<i64>().ok()
    } else {
        match text.parse::<f64>() {
            // Beyond 2^53 a float is not an exact integer any more.
            Ok(number) if number.fract() == 0.0 && number.abs() <= 9_007_199_254_740_992.0 => {
                Some(number as i64)
            }
            Ok(number) if number.is_finite() && number.fract() != 0.0 => {
                r.invalid(
                    ProblemKind::WrongType {
                        expected: Expected::Integer,
                        found: super::JsonType::Number,
                    },
                    offset,
                );
                return Ok(None);
            }
            _ => None,
        }
    };
    let kind = match value {
        Some(value) if (min..=max).contains(&value) => return Ok(Some(value)),
        Some(_) => ProblemKind::OutOfRange {
            value: super::shorten(text),
            min,
            max,
        },
        // More digits than any whole number the model holds.
        None => ProblemKind::NumberTooLarge {
            value: super::shorten(text),
        },
    };
    r.invalid(kind, offset);
    Ok(None)
}

macro_rules! integers {
    ($($ty:ty),*) => {$(
        impl<'a> FromJson<'a> for $ty {
            const EXPECTED: Expected = Expected::Integer;

            fn from_json(r: &mut Reader<'a>) -> Read<Self> {
                let value = integer(r, i64::from(<$ty>::MIN), i64::from(<$ty>::MAX))?;
                Ok(value.and_then(|value| <$ty>::try_from(value).ok()))
            }
        }
    )*};
}

integers!(i32, i64, u32);

impl<'a> FromJson<'a> for f64 {
    const EXPECTED: Expected = Expected::Number;

    fn from_json(r: &mut Reader<'a>) -> Read<Self> {
        let offset = r.value_start();
        let Some(text) = r.number_text(Expected::Number)? else {
            return Ok(None);
        };
        match text.parse::<f64>() {
            Ok(number) if number.is_finite() => Ok(Some(number)),
            _ => {
                r.invalid(
                    ProblemKind::NumberTooLarge {
                        value: super::shorten(text),
                    },
                    offset,
                );
                Ok(None)
            }
        }
    }
}
