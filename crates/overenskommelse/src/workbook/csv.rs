//! The activities as one CSV file for quick use, with their status at a reference date as
//! the follow-up derives it.
//!
//! For Excel: UTF-8 with a byte-order mark, or Excel reads å, ä and ö wrongly; fields separated
//! by `;`, the list separator of Excel in Swedish (where `,` is the decimal comma), in both
//! languages, since the people who open it work in Swedish Excel whatever language they read;
//! lines end in CRLF (RFC 4180); dates `YYYY-MM-DD`, which Excel reads as dates.

use crate::follow_up::{self, FollowUpOptions, Layer};
use crate::i18n::{self, Args, Lang, Word};
use crate::model::{Agreement, Date};

use super::layout::{Sheet, SheetId};

/// The field separator.
const SEPARATOR: char = ';';

/// Every activity of the agreement (action plans', then plans') with its status at `as_of`,
/// one line each, headers in `lang`.
pub fn activities_csv(agreement: &Agreement, as_of: Date, lang: Lang) -> String {
    let activities = Sheet::get(SheetId::Activities);
    let header_of = |path: &str| {
        activities
            .columns()
            .iter()
            .find(|c| c.path == path)
            .map_or("", |c| c.header.get(lang))
            .to_owned()
    };
    let headers = [
        i18n::word(Word::CsvPlanKind, lang).to_owned(),
        i18n::word(Word::CsvPlan, lang).to_owned(),
        header_of("code"),
        header_of("title/sv"),
        i18n::text(Word::CsvStatus, &Args::new().with("date", as_of), lang),
        i18n::word(Word::CsvStatusSince, lang).to_owned(),
        i18n::word(Word::CsvAssessment, lang).to_owned(),
        i18n::word(Word::CsvNote, lang).to_owned(),
        header_of("responsible/0/text/sv"),
        header_of("time/text/sv"),
        i18n::word(Word::CsvOverdue, lang).to_owned(),
    ];
    let mut out = String::from("\u{feff}");
    line(&mut out, headers.iter().map(String::as_str));
    let states = follow_up::activity_states(agreement, &FollowUpOptions::at(as_of));
    for state in states {
        let layer = match state.layer {
            Layer::Plan => activities.holders[1].label.get(lang),
            _ => activities.holders[0].label.get(lang),
        };
        let since = state
            .status_since
            .map(|d| d.to_string())
            .unwrap_or_default();
        let assessment = state
            .assessment
            .map_or("", |a| i18n::word(Word::Assessment(a), lang));
        let note = state.note.map_or("", |n| n.get(lang.tag()));
        let responsible = state.responsible.join(" | ");
        let overdue = if state.overdue {
            i18n::word(Word::WorkbookYes, lang)
        } else {
            i18n::word(Word::WorkbookNo, lang)
        };
        line(
            &mut out,
            [
                layer,
                state.plan,
                state.code.as_str(),
                state.title.get(lang.tag()),
                i18n::status_word(state.status, lang),
                since.as_str(),
                assessment,
                note,
                responsible.as_str(),
                state.time_text.unwrap_or_default(),
                overdue,
            ]
            .into_iter(),
        );
    }
    out
}

fn line<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(SEPARATOR);
        }
        if field.contains([SEPARATOR, '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}
