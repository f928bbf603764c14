//! Temporary stand-in while the parser is written.
#![allow(missing_docs)]
use chrono::NaiveDate;
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Week,
    Month,
    Season,
    Term,
    Tertial,
    Quarter,
    Year,
}
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Recurrence {
    Continuous,
    Daily,
    Weekly,
    Monthly,
    Yearly,
    Regular,
}
#[derive(
    Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct TimeWindow {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    pub precision: Precision,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<Recurrence>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub uncertain: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
}
#[derive(Debug, Clone, Default)]
pub struct TimeContext {
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub events: Vec<(String, String)>,
}
pub fn parse(_text: &str, context: &TimeContext) -> Option<TimeWindow> {
    context.period.map(|(s, e)| TimeWindow {
        start: Some(s),
        end: Some(e),
        precision: Precision::Year,
        recurrence: None,
        uncertain: true,
        event: None,
    })
}
