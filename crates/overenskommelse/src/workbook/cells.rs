//! What a value of the document is as a cell, and what a cell is as a value: the one place
//! that decides both directions, so that writing can check that reading gives back what it wrote.

use serde_json::{Map, Value};

use super::layout::{Kind, Labels};
use crate::i18n::Lang;
use crate::model::{is_valid_id, Date};

/// The longest text a cell holds, in characters (Excel's limit).
pub(crate) const MAX_CELL_TEXT: usize = 32_767;

/// A cell's content, whichever library wrote or read it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    /// Nothing.
    Empty,
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
    /// A day, formatted as a date.
    Date(Date),
    /// True or false.
    Bool(bool),
    /// A date with a time of day, or an Excel error: what the cell shows.
    Other(String),
}

impl Cell {
    /// The cell as people see it, for a message.
    pub(crate) fn shown(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) | Cell::Other(text) => text.clone(),
            Cell::Number(n) => number_text(*n),
            Cell::Date(date) => date.to_string(),
            Cell::Bool(b) => b.to_string(),
        }
    }
}

/// Why a cell cannot be read as what its column holds.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum CellProblem {
    /// Not a date.
    NotADate,
    /// A number written as text.
    NumberAsText,
    /// Not a number at all.
    NotANumber,
    /// A number with decimals where a whole one belongs.
    NotAWholeNumber,
    /// Not one of the labels.
    UnknownLabel(Labels),
    /// Not yes or no.
    NotYesNo,
    /// Not JSON (or not the JSON the column holds).
    InvalidJson,
}

/// A number as Excel shows it in a text: whole numbers without decimals.
fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// True when a text survives a cell: not empty, no control characters but tab and new line,
/// no carriage return (spreadsheets change line ends), and within Excel's length.
fn cell_safe(text: &str) -> bool {
    !text.is_empty()
        && text.chars().count() <= MAX_CELL_TEXT
        && !text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
}

/// The Swedish text of a text without translations, as JSON holds it (`{"sv": "…"}`).
fn only_swedish(value: &Value) -> Option<&str> {
    let object = value.as_object()?;
    if object.len() != 1 {
        return None;
    }
    object.get("sv")?.as_str()
}

fn swedish(text: &str) -> Value {
    let mut object = Map::new();
    object.insert("sv".into(), Value::String(text.to_owned()));
    Value::Object(object)
}

/// The days Excel can hold as dates without its 1900 leap-year mistake.
fn excel_can_hold(date: Date) -> bool {
    Date::from_ymd(1900, 3, 1).is_some_and(|first| date >= first)
}

/// The cell for a value of a column of `kind`; `None` when the cell cannot hold it as it is
/// (the value then goes whole into the row's "other" column).
pub(crate) fn encode(kind: Kind, value: &Value, lang: Lang) -> Option<Cell> {
    match kind {
        Kind::Text | Kind::Id | Kind::Code | Kind::Ref(_) => match value {
            Value::String(text) if cell_safe(text) => Some(Cell::Text(text.clone())),
            _ => None,
        },
        Kind::Lines => joined(value, "\n"),
        Kind::Paragraphs => joined(value, "\n\n"),
        Kind::Date => {
            let date = Date::parse(value.as_str()?)?;
            excel_can_hold(date).then_some(Cell::Date(date))
        }
        Kind::RoughDate => match value {
            Value::String(text) => {
                let date = Date::parse(text)?;
                Some(if excel_can_hold(date) {
                    Cell::Date(date)
                } else {
                    Cell::Text(text.clone())
                })
            }
            Value::Object(object) => {
                let words = (object.len() == 1)
                    .then(|| object.get("text").and_then(only_swedish))
                    .flatten()
                    .filter(|text| {
                        cell_safe(text)
                            && !text.trim_start().starts_with('{')
                            && Date::parse(text.trim()).is_none()
                    });
                match words {
                    Some(text) => Some(Cell::Text(text.to_owned())),
                    None => json_cell(value),
                }
            }
            _ => None,
        },
        Kind::Integer => {
            let n = value
                .as_i64()
                .or_else(|| value.as_u64().and_then(|n| i64::try_from(n).ok()))?;
            (n.unsigned_abs() <= 1 << 53).then_some(Cell::Number(n as f64))
        }
        Kind::Number => value.as_f64().map(Cell::Number),
        Kind::Bool => value.as_bool().map(Cell::Bool),
        Kind::Label(labels) => labels
            .label(value.as_str()?, lang)
            .map(|label| Cell::Text(label.to_owned())),
        Kind::Refs(_) => {
            let ids: Option<Vec<&str>> = value
                .as_array()?
                .iter()
                .map(|id| id.as_str().filter(|id| is_valid_id(id)))
                .collect();
            let ids = ids?;
            Some(if ids.is_empty() {
                Cell::Empty
            } else {
                Cell::Text(ids.join(", "))
            })
        }
        Kind::Json => json_cell(value),
    }
}

fn json_cell(value: &Value) -> Option<Cell> {
    let text = serde_json::to_string(value).ok()?;
    cell_safe(&text).then_some(Cell::Text(text))
}

/// Texts joined by `separator`, when none holds it.
fn joined(value: &Value, separator: &str) -> Option<Cell> {
    let items = value.as_array()?;
    if items.is_empty() {
        return Some(Cell::Empty);
    }
    let texts: Option<Vec<&str>> = items
        .iter()
        .map(|item| {
            item.as_str().filter(|text| {
                cell_safe(text)
                    && !text.contains(separator)
                    && !text.starts_with('\n')
                    && !text.ends_with('\n')
            })
        })
        .collect();
    let text = texts?.join(separator);
    (text.chars().count() <= MAX_CELL_TEXT).then_some(Cell::Text(text))
}

/// A number written as text, in the ways people write one ("1 000", "12,5").
fn number_in(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// The value of a cell of a column of `kind`; `Ok(None)` for an empty cell.
pub(crate) fn decode(kind: Kind, cell: &Cell) -> Result<Option<Value>, CellProblem> {
    if *cell == Cell::Empty {
        return Ok(None);
    }
    let text = cell.shown();
    let value = match kind {
        Kind::Text | Kind::Id | Kind::Code | Kind::Ref(_) => Value::String(text),
        Kind::Lines => split(&text, "\n"),
        Kind::Paragraphs => split(&text, "\n\n"),
        Kind::Date => match cell {
            Cell::Date(date) => Value::String(date.to_string()),
            Cell::Text(text) => match Date::parse(text.trim()) {
                Some(date) => Value::String(date.to_string()),
                None => return Err(CellProblem::NotADate),
            },
            _ => return Err(CellProblem::NotADate),
        },
        Kind::RoughDate => match cell {
            Cell::Date(date) => Value::String(date.to_string()),
            Cell::Text(text) if text.trim_start().starts_with('{') => {
                match serde_json::from_str::<Value>(text) {
                    Ok(value @ Value::Object(_)) => value,
                    _ => return Err(CellProblem::InvalidJson),
                }
            }
            Cell::Text(text) | Cell::Other(text) => match Date::parse(text.trim()) {
                Some(date) => Value::String(date.to_string()),
                None => {
                    let mut object = Map::new();
                    object.insert("text".into(), swedish(text));
                    Value::Object(object)
                }
            },
            Cell::Number(_) => {
                let mut object = Map::new();
                object.insert("text".into(), swedish(&text));
                Value::Object(object)
            }
            _ => return Err(CellProblem::NotADate),
        },
        Kind::Integer => match cell {
            Cell::Number(n) if n.fract() == 0.0 && n.abs() <= (1u64 << 53) as f64 => {
                Value::from(*n as i64)
            }
            Cell::Number(_) => return Err(CellProblem::NotAWholeNumber),
            Cell::Text(text) if number_in(text).is_some() => return Err(CellProblem::NumberAsText),
            _ => return Err(CellProblem::NotANumber),
        },
        Kind::Number => match cell {
            Cell::Number(n) => serde_json::Number::from_f64(*n)
                .map(Value::Number)
                .ok_or(CellProblem::NotANumber)?,
            Cell::Text(text) if number_in(text).is_some() => return Err(CellProblem::NumberAsText),
            _ => return Err(CellProblem::NotANumber),
        },
        Kind::Bool => match cell {
            Cell::Bool(b) => Value::Bool(*b),
            Cell::Text(text) => match text.trim().to_lowercase().as_str() {
                "ja" | "yes" | "true" | "sant" => Value::Bool(true),
                "nej" | "no" | "false" | "falskt" => Value::Bool(false),
                _ => return Err(CellProblem::NotYesNo),
            },
            _ => return Err(CellProblem::NotYesNo),
        },
        Kind::Label(labels) => match labels.code_of(&text) {
            Some(code) => Value::String(code),
            None => return Err(CellProblem::UnknownLabel(labels)),
        },
        Kind::Refs(_) => Value::Array(
            text.split([',', ';', '\n', ' ', '\t'])
                .filter(|id| !id.is_empty())
                .map(|id| Value::String(id.to_owned()))
                .collect(),
        ),
        Kind::Json => match serde_json::from_str::<Value>(&text) {
            Ok(value) => value,
            Err(_) => return Err(CellProblem::InvalidJson),
        },
    };
    Ok(Some(value))
}

fn split(text: &str, separator: &str) -> Value {
    Value::Array(
        text.split(separator)
            .map(|part| Value::String(part.to_owned()))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn round_trip(kind: Kind, value: Value) {
        let cell = encode(kind, &value, Lang::Sv).expect("a cell holds it");
        assert_eq!(decode(kind, &cell), Ok(Some(value)));
    }

    #[test]
    fn values_a_cell_holds_come_back_as_they_were() {
        round_trip(Kind::Date, json!("2018-06-15"));
        round_trip(Kind::RoughDate, json!("2018-06-15"));
        round_trip(Kind::RoughDate, json!({"text": {"sv": "hösten 2017"}}));
        round_trip(
            Kind::RoughDate,
            json!({"text": {"sv": "maj"}, "day_of_year": "--05-01"}),
        );
        round_trip(Kind::Integer, json!(1_600_000));
        round_trip(Kind::Number, json!(12.5));
        round_trip(Kind::Label(Labels::Status), json!("in_progress"));
        round_trip(
            Kind::Refs(super::super::layout::SheetId::Parties),
            json!(["a", "b-c"]),
        );
        round_trip(Kind::Paragraphs, json!(["Ett.\nTvå.", "Tre."]));
    }

    #[test]
    fn values_a_cell_cannot_hold_are_refused() {
        assert_eq!(encode(Kind::Paragraphs, &json!(["a\n\nb"]), Lang::Sv), None);
        assert_eq!(encode(Kind::Lines, &json!(["a", null]), Lang::Sv), None);
        assert_eq!(encode(Kind::Text, &json!("a\rb"), Lang::Sv), None);
        assert_eq!(encode(Kind::Text, &json!(""), Lang::Sv), None);
        assert_eq!(encode(Kind::Integer, &json!(i64::MAX), Lang::Sv), None);
        assert_eq!(
            encode(
                Kind::RoughDate,
                &json!({"text": {"sv": "2019-01-01"}}),
                Lang::Sv
            ),
            Some(Cell::Text(r#"{"text":{"sv":"2019-01-01"}}"#.to_owned()))
        );
    }

    #[test]
    fn cells_of_the_wrong_form_are_problems() {
        let text = |t: &str| Cell::Text(t.to_owned());
        assert_eq!(
            decode(Kind::Date, &text("igår")),
            Err(CellProblem::NotADate)
        );
        assert_eq!(
            decode(Kind::Integer, &text("1 000")),
            Err(CellProblem::NumberAsText)
        );
        assert_eq!(
            decode(Kind::Integer, &Cell::Number(1.5)),
            Err(CellProblem::NotAWholeNumber)
        );
        assert_eq!(
            decode(Kind::Number, &text("många")),
            Err(CellProblem::NotANumber)
        );
        assert_eq!(
            decode(Kind::Label(Labels::Status), &text("klar")),
            Err(CellProblem::UnknownLabel(Labels::Status))
        );
        assert_eq!(
            decode(Kind::Bool, &text("kanske")),
            Err(CellProblem::NotYesNo)
        );
        assert_eq!(
            decode(Kind::Json, &text("{")),
            Err(CellProblem::InvalidJson)
        );
        assert_eq!(
            decode(Kind::Label(Labels::Status), &text(" Pågående ")),
            Ok(Some(json!("in_progress")))
        );
    }
}
