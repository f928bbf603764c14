//! Writing: the agreement as rows of cells, sheet by sheet, and those rows as an .xlsx file
//! with drop-down lists, real dates and an explanation sheet.
//!
//! Every row is read back in memory before it is kept: a member whose cells would not give
//! it back exactly goes whole, as JSON, into the row's "other" column. So nothing is lost,
//! and the ordinary columns hold what they can hold as it is.

use std::collections::{HashMap, HashSet};

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format, Formula,
    Workbook, Worksheet,
};
use serde_json::{Map, Value};

use super::cells::{self, Cell, MAX_CELL_TEXT};
use super::layout::{Column, Kind, Labels, Role, Sheet, SheetId, GUIDE, LISTS};
use super::{column_name, pointer_join, read};
use crate::error::Error;
use crate::i18n::{self, Lang, Word};
use crate::model::Agreement;

/// The rows of every sheet, in the order of [`Sheet::all`].
pub(crate) struct Tables {
    pub(crate) rows: Vec<Vec<Vec<Cell>>>,
}

/// The agreement's rows: one per entity, with the parts no column holds as JSON.
pub(crate) fn tables(agreement: &Agreement, lang: Lang) -> Result<Tables, Error> {
    let value = serde_json::to_value(agreement).map_err(|e| Error::Workbook {
        reason: e.to_string(),
    })?;
    // A number in `extensions` finer than a JSON number of 64 bits cannot pass through the
    // workbook's JSON cells unchanged: refuse rather than round it.
    let exact = serde_json::to_string(agreement).ok();
    if exact != serde_json::to_string(&value).ok() {
        return Err(Error::WorkbookPrecision);
    }
    let Value::Object(root) = value else {
        return Err(Error::Workbook {
            reason: "the agreement is not an object".into(),
        });
    };
    let mut out = Writer {
        lang,
        rows: vec![Vec::new(); Sheet::all().len()],
        seen: HashMap::new(),
    };
    out.emit(Sheet::get(SheetId::Agreement), None, "", &root, "")?;
    Ok(Tables { rows: out.rows })
}

struct Writer {
    lang: Lang,
    rows: Vec<Vec<Vec<Cell>>>,
    seen: HashMap<SheetId, HashSet<String>>,
}

fn position(sheet: &Sheet) -> usize {
    Sheet::all()
        .iter()
        .position(|s| s.id == sheet.id)
        .unwrap_or(0)
}

impl Writer {
    fn emit(
        &mut self,
        sheet: &'static Sheet,
        holder_label: Option<&str>,
        parent_key: &str,
        entity: &Map<String, Value>,
        pointer: &str,
    ) -> Result<(), Error> {
        let columns = sheet.columns();
        let key = read::row_key(sheet, entity, parent_key);
        // Rows are found by their key; a second row with the same key could not be told
        // apart, so its parts stay with it in its "other" column.
        let holds_children = sheet.id == SheetId::Agreement
            || key
                .as_ref()
                .is_some_and(|key| self.seen.entry(sheet.id).or_default().insert(key.clone()));
        let child_members: HashSet<&str> = sheet.children().map(|(_, h)| h.member).collect();
        let mut cells = vec![Cell::Empty; columns.len()];
        let mut rest = Map::new();
        for (index, column) in columns.iter().enumerate() {
            match column.role {
                Role::Holder => {
                    cells[index] = Cell::Text(holder_label.unwrap_or_default().to_owned());
                }
                Role::Parent => cells[index] = Cell::Text(parent_key.to_owned()),
                Role::Field | Role::Rest => {}
            }
        }
        for (member, value) in entity {
            if child_members.contains(member.as_str()) && holds_children {
                continue;
            }
            let mine: Vec<usize> = columns
                .iter()
                .enumerate()
                .filter(|(_, c)| c.role == Role::Field && c.member() == member)
                .map(|(i, _)| i)
                .collect();
            if mine.is_empty() || !self.fill(columns, &mine, member, value, &mut cells) {
                if !read::is_empty_list(value) {
                    rest.insert(member.clone(), value.clone());
                }
                for index in mine {
                    cells[index] = Cell::Empty;
                }
            }
        }
        if !rest.is_empty() {
            let text = serde_json::to_string(&rest).unwrap_or_default();
            if text.chars().count() > MAX_CELL_TEXT {
                return Err(Error::CellTooLong {
                    place: format!(
                        "{}!{}{}",
                        sheet.name.get(self.lang),
                        column_name(columns.len() - 1),
                        self.rows[position(sheet)].len() + 2
                    ),
                    pointer: pointer.to_owned(),
                });
            }
            if let Some(last) = cells.last_mut() {
                *last = Cell::Text(text);
            }
        }
        self.rows[position(sheet)].push(cells);
        if !holds_children {
            return Ok(());
        }
        let key = key.unwrap_or_default();
        for (child, holder) in sheet.children() {
            let Some(Value::Array(items)) = entity.get(holder.member) else {
                continue;
            };
            let label = holder.label.get(self.lang);
            for (index, item) in items.iter().enumerate() {
                let child_pointer = pointer_join(pointer, &[holder.member, &index.to_string()]);
                match item {
                    Value::Object(object) => {
                        self.emit(child, Some(label), &key, object, &child_pointer)?;
                    }
                    _ => {
                        return Err(Error::Workbook {
                            reason: format!("{child_pointer} is not an object"),
                        })
                    }
                }
            }
        }
        Ok(())
    }

    /// Puts `value` into the member's columns; false when they would not give it back exactly.
    fn fill(
        &self,
        columns: &[Column],
        mine: &[usize],
        member: &str,
        value: &Value,
        cells: &mut [Cell],
    ) -> bool {
        let mut wrapper = Map::new();
        wrapper.insert(member.to_owned(), value.clone());
        let mut back = Map::new();
        for &index in mine {
            let column = &columns[index];
            let cell = match read::get_path(&wrapper, &column.path) {
                None => Cell::Empty,
                Some(part) => match cells::encode(column.kind, &part, self.lang) {
                    Some(cell) => cell,
                    None => return false,
                },
            };
            match cells::decode(column.kind, &cell) {
                Ok(Some(decoded)) => read::set_path(&mut back, &column.path, decoded),
                Ok(None) => {}
                Err(_) => return false,
            }
            cells[index] = cell;
        }
        match back.get(member) {
            Some(decoded) => decoded == value,
            None => read::is_empty_list(value),
        }
    }
}

/// The workbook of `tables` (none for the template) in `lang`.
pub(crate) fn xlsx(tables: Option<&Tables>, lang: Lang) -> Result<Vec<u8>, Error> {
    build(tables, lang).map_err(|e| Error::Workbook {
        reason: e.to_string(),
    })
}

/// How many rows the drop-down lists and formats cover.
const LAST_ROW: u32 = 1_048_575;

fn build(tables: Option<&Tables>, lang: Lang) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut workbook = Workbook::new();
    // A fixed creation date: the same document gives the same bytes.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title(i18n::word(Word::WorkbookTitle, lang))
            .set_creation_datetime(&created),
    );
    let header = Format::new().set_bold().set_text_wrap();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let text = Format::new().set_num_format("@").set_text_wrap();
    let lists = label_lists(lang);
    for (index, sheet) in Sheet::all().iter().enumerate() {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(sheet.name.get(lang))?;
        let columns = sheet.columns();
        for (col, column) in columns.iter().enumerate() {
            let col = col as u16;
            worksheet.write_string_with_format(0, col, column.header.get(lang), &header)?;
            worksheet.set_column_width(col, width(column))?;
            match column.kind {
                Kind::Date | Kind::RoughDate => {
                    worksheet.set_column_format(col, &date)?;
                }
                Kind::Integer | Kind::Number | Kind::Bool => {}
                _ => {
                    worksheet.set_column_format(col, &text)?;
                }
            }
            if let Some(validation) = validation(sheet, column, &lists, lang)? {
                worksheet.add_data_validation(1, col, LAST_ROW, col, &validation)?;
            }
        }
        worksheet.set_freeze_panes(1, 0)?;
        if let Some(tables) = tables {
            for (row, cells) in tables.rows[index].iter().enumerate() {
                write_row(worksheet, row as u32 + 1, cells, &date)?;
            }
        }
    }
    write_guide(workbook.add_worksheet(), lang, &header, &text)?;
    let list_sheet = workbook.add_worksheet();
    list_sheet.set_name(LISTS.get(lang))?;
    for (col, (title, labels)) in lists.columns.iter().enumerate() {
        list_sheet.write_string_with_format(0, col as u16, title, &header)?;
        for (row, label) in labels.iter().enumerate() {
            list_sheet.write_string(row as u32 + 1, col as u16, label)?;
        }
    }
    list_sheet.set_hidden(true);
    workbook.save_to_buffer()
}

fn width(column: &Column) -> f64 {
    match column.kind {
        Kind::Date | Kind::Integer | Kind::Number | Kind::Bool => 12.0,
        Kind::Id | Kind::Code | Kind::Ref(_) | Kind::Label(_) => 16.0,
        Kind::Paragraphs | Kind::Json => 40.0,
        _ => 24.0,
    }
}

fn write_row(
    worksheet: &mut Worksheet,
    row: u32,
    cells: &[Cell],
    date: &Format,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    for (col, cell) in cells.iter().enumerate() {
        let col = col as u16;
        match cell {
            Cell::Empty => {}
            Cell::Text(text) | Cell::Other(text) => {
                worksheet.write_string(row, col, text)?;
            }
            Cell::Number(n) => {
                worksheet.write_number(row, col, *n)?;
            }
            Cell::Bool(b) => {
                worksheet.write_boolean(row, col, *b)?;
            }
            Cell::Date(day) => {
                let excel =
                    ExcelDateTime::from_ymd(day.year() as u16, day.month() as u8, day.day() as u8)?;
                worksheet.write_datetime_with_format(row, col, &excel, date)?;
            }
        }
    }
    Ok(())
}

/// The hidden lists sheet: one column per list of labels and per sheet whose rows belong to
/// several kinds of entry.
struct Lists {
    columns: Vec<(String, Vec<String>)>,
    labels: HashMap<Labels, usize>,
    holders: HashMap<SheetId, usize>,
}

fn label_lists(lang: Lang) -> Lists {
    let mut lists = Lists {
        columns: Vec::new(),
        labels: HashMap::new(),
        holders: HashMap::new(),
    };
    for labels in Labels::ALL {
        lists.labels.insert(labels, lists.columns.len());
        // Headed by the first column that chooses from it.
        let title = Sheet::all()
            .iter()
            .find_map(|sheet| {
                let column = sheet
                    .columns()
                    .iter()
                    .find(|column| column.kind == Kind::Label(labels))?;
                Some(format!(
                    "{}: {}",
                    sheet.name.get(lang),
                    column.header.get(lang)
                ))
            })
            .unwrap_or_default();
        let entries = labels.labels(lang).into_iter().map(str::to_owned).collect();
        lists.columns.push((title, entries));
    }
    for sheet in Sheet::all().iter().filter(|s| s.has_holder_column()) {
        lists.holders.insert(sheet.id, lists.columns.len());
        let entries = sheet
            .holders
            .iter()
            .map(|h| h.label.get(lang).to_owned())
            .collect();
        lists
            .columns
            .push((sheet.name.get(lang).to_owned(), entries));
    }
    lists
}

fn quoted(sheet: &str) -> String {
    format!("'{}'", sheet.replace('\'', "''"))
}

fn validation(
    sheet: &Sheet,
    column: &Column,
    lists: &Lists,
    lang: Lang,
) -> Result<Option<DataValidation>, rust_xlsxwriter::XlsxError> {
    let list_range = |col: usize, len: usize| {
        let name = column_name(col);
        format!("={}!${name}$2:${name}${}", quoted(LISTS.get(lang)), len + 1)
    };
    let formula = match (column.role, column.kind) {
        (Role::Holder, _) => lists.holders.get(&sheet.id).map(|&col| {
            let len = lists.columns[col].1.len();
            (list_range(col, len), DataValidationErrorStyle::Stop)
        }),
        (_, Kind::Label(labels)) => lists.labels.get(&labels).map(|&col| {
            let len = lists.columns[col].1.len();
            (list_range(col, len), DataValidationErrorStyle::Stop)
        }),
        (_, Kind::Ref(target)) => {
            let target = Sheet::get(target);
            target
                .columns()
                .iter()
                .position(|c| matches!(c.kind, Kind::Id))
                .map(|col| {
                    let name = column_name(col);
                    (
                        format!(
                            "={}!${name}$2:${name}${}",
                            quoted(target.name.get(lang)),
                            LAST_ROW + 1
                        ),
                        // A new id may be typed before its row exists: warn, do not stop.
                        DataValidationErrorStyle::Warning,
                    )
                })
        }
        _ => None,
    };
    let Some((formula, style)) = formula else {
        return Ok(None);
    };
    Ok(Some(
        DataValidation::new()
            .allow_list_formula(Formula::new(formula))
            .set_error_style(style)
            .set_error_title(i18n::word(Word::WorkbookChooseTitle, lang))?
            .set_error_message(i18n::word(Word::WorkbookChooseMessage, lang))?,
    ))
}

fn write_guide(
    worksheet: &mut Worksheet,
    lang: Lang,
    header: &Format,
    text: &Format,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    worksheet.set_name(GUIDE.get(lang))?;
    let headings = [
        Word::WorkbookGuideSheet,
        Word::WorkbookGuideColumn,
        Word::WorkbookGuideHolds,
        Word::WorkbookGuideRequired,
        Word::WorkbookGuideForm,
        Word::WorkbookGuideExample,
    ];
    for (col, heading) in headings.iter().enumerate() {
        worksheet.write_string_with_format(0, col as u16, i18n::word(*heading, lang), header)?;
    }
    for (col, width) in [18.0, 28.0, 60.0, 8.0, 40.0, 24.0].iter().enumerate() {
        worksheet.set_column_width(col as u16, *width)?;
        worksheet.set_column_format(col as u16, text)?;
    }
    let mut row = 1;
    for sheet in Sheet::all() {
        worksheet.write_string_with_format(row, 0, sheet.name.get(lang), header)?;
        worksheet.write_string(row, 2, sheet.about.get(lang))?;
        row += 1;
        for column in sheet.columns() {
            worksheet.write_string(row, 0, sheet.name.get(lang))?;
            worksheet.write_string(row, 1, column.header.get(lang))?;
            worksheet.write_string(row, 2, column.about.get(lang))?;
            let required = if column.required {
                Word::WorkbookYes
            } else {
                Word::WorkbookNo
            };
            worksheet.write_string(row, 3, i18n::word(required, lang))?;
            worksheet.write_string(row, 4, column.form(lang))?;
            let example = match column.kind {
                Kind::Label(labels) => labels
                    .code_of(&column.example)
                    .and_then(|code| labels.label(&code, lang))
                    .unwrap_or_default()
                    .to_owned(),
                _ => column.example.clone(),
            };
            if !example.is_empty() {
                worksheet.write_string(row, 5, &example)?;
            }
            row += 1;
        }
    }
    worksheet.set_freeze_panes(1, 0)?;
    Ok(())
}
