//! Reading: the sheets of a workbook back into a document, every problem reported at once
//! with its cell and the JSON Pointer it becomes; then the document is checked like any other.

use std::collections::HashMap;
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use serde_json::{Map, Value};

use super::cells::{self, Cell, CellProblem};
use super::layout::{Column, Kind, Role, Sheet, SheetId, GUIDE, LISTS};
use super::{column_name, pointer_join, Imported};
use crate::document::{Document, Options};
use crate::model::Date;
use crate::validate::{workbook as problems, Family, Finding};

/// The value at `path`: members separated by `/`, a number a position in a list, `*` every
/// item of a list (giving a list of what is at the rest of the path in each, `null` where an
/// item has none; nothing when none has).
pub(crate) fn get_path(object: &Map<String, Value>, path: &str) -> Option<Value> {
    let parts: Vec<&str> = path.split('/').collect();
    let (first, rest) = parts.split_first()?;
    get_in(object.get(*first)?, rest)
}

fn get_in(value: &Value, parts: &[&str]) -> Option<Value> {
    let Some((first, rest)) = parts.split_first() else {
        return Some(value.clone());
    };
    match (value, *first) {
        (Value::Array(items), "*") => {
            let found: Vec<Option<Value>> = items.iter().map(|item| get_in(item, rest)).collect();
            if found.iter().all(Option::is_none) {
                return None;
            }
            Some(Value::Array(
                found
                    .into_iter()
                    .map(|v| v.unwrap_or(Value::Null))
                    .collect(),
            ))
        }
        (Value::Object(object), key) => get_in(object.get(key)?, rest),
        (Value::Array(items), index) => get_in(items.get(index.parse::<usize>().ok()?)?, rest),
        _ => None,
    }
}

/// Puts `value` at `path`, making the objects and lists on the way.
pub(crate) fn set_path(object: &mut Map<String, Value>, path: &str, value: Value) {
    let parts: Vec<&str> = path.split('/').collect();
    let Some((first, rest)) = parts.split_first() else {
        return;
    };
    if rest.is_empty() {
        object.insert((*first).to_owned(), value);
        return;
    }
    let slot = object
        .entry((*first).to_owned())
        .or_insert_with(|| container_for(rest[0]));
    set_in(slot, rest, value);
}

fn container_for(part: &str) -> Value {
    if part == "*" || part.parse::<usize>().is_ok() {
        Value::Array(Vec::new())
    } else {
        Value::Object(Map::new())
    }
}

fn set_in(slot: &mut Value, parts: &[&str], value: Value) {
    let Some((first, rest)) = parts.split_first() else {
        *slot = value;
        return;
    };
    let next = match slot {
        Value::Object(object) => object
            .entry((*first).to_owned())
            .or_insert_with(|| rest.first().map_or(Value::Null, |p| container_for(p))),
        Value::Array(items) if *first == "*" => {
            // Every item of `value`, a list, goes into the item at its position.
            let Value::Array(values) = value else { return };
            for (index, value) in values.into_iter().enumerate() {
                while items.len() <= index {
                    items.push(rest.first().map_or(Value::Null, |p| container_for(p)));
                }
                set_in(&mut items[index], rest, value);
            }
            return;
        }
        Value::Array(items) => {
            let Ok(index) = first.parse::<usize>() else {
                return;
            };
            while items.len() <= index {
                items.push(rest.first().map_or(Value::Null, |p| container_for(p)));
            }
            &mut items[index]
        }
        _ => return,
    };
    set_in(next, rest, value);
}

/// True for a list with nothing in it: the same as no list, for every list of the model.
pub(crate) fn is_empty_list(value: &Value) -> bool {
    matches!(value, Value::Array(items) if items.is_empty())
}

/// The key other rows name a row by: its id, or its holder's key and its code.
pub(crate) fn row_key(
    sheet: &Sheet,
    entity: &Map<String, Value>,
    parent_key: &str,
) -> Option<String> {
    if sheet.keyed_by_code() {
        let code = entity.get("code")?.as_str()?;
        Some(format!("{parent_key}/{code}"))
    } else if sheet.has_keys() {
        entity.get("id")?.as_str().map(str::to_owned)
    } else {
        None
    }
}

/// A row read into an entity.
struct Node {
    sheet: &'static Sheet,
    /// The name of the sheet as the workbook spells it.
    sheet_name: String,
    /// The row, 1-based as spreadsheets number them.
    row: u32,
    fields: Map<String, Value>,
    children: Vec<(&'static str, usize)>,
    key: Option<String>,
    pointer: String,
    /// Where in the sheet each column of the layout is, when it is there.
    places: Vec<Option<u32>>,
}

/// A problem found in a cell, placed once the document is put together.
struct Pending {
    node: Option<usize>,
    path: String,
    make: Box<dyn FnOnce(String) -> Finding>,
    cell: Option<String>,
}

/// Reads a workbook written by [`super::write_xlsx`] or filled in from [`super::template`].
pub(crate) fn read(bytes: &[u8]) -> Imported {
    let mut workbook = match Xlsx::new(Cursor::new(bytes)) {
        Ok(workbook) => workbook,
        Err(error) => {
            return Imported {
                document: None,
                json: None,
                problems: vec![problems::workbook_unreadable(error.to_string())],
            };
        }
    };
    let mut state = State {
        langs: HashMap::new(),
        nodes: Vec::new(),
        pending: Vec::new(),
        keys: HashMap::new(),
    };
    state.nodes.push(Node {
        sheet: Sheet::get(SheetId::Agreement),
        sheet_name: String::new(),
        row: 0,
        fields: Map::new(),
        children: Vec::new(),
        key: None,
        pointer: String::new(),
        places: Vec::new(),
    });
    let names = workbook.sheet_names();
    let mut found: HashMap<SheetId, String> = HashMap::new();
    for name in &names {
        let trimmed = name.trim();
        let known = Sheet::all()
            .iter()
            .find(|sheet| named(sheet.name.sv, sheet.name.en, trimmed));
        match known {
            Some(sheet) if !found.contains_key(&sheet.id) => {
                found.insert(sheet.id, name.clone());
            }
            _ if named(GUIDE.sv, GUIDE.en, trimmed) || named(LISTS.sv, LISTS.en, trimmed) => {}
            _ => {
                let empty = workbook
                    .worksheet_range(name)
                    .map(|range| range.used_cells().next().is_none())
                    .unwrap_or(true);
                if !empty {
                    state.pending.push(sheet_problem(
                        Some(format!("{name}!A1")),
                        problems::unknown_sheet(name),
                    ));
                }
            }
        }
    }
    for sheet in Sheet::all() {
        let Some(name) = found.get(&sheet.id) else {
            continue;
        };
        match workbook.worksheet_range(name) {
            Ok(range) => state.read_sheet(sheet, name, &range),
            Err(error) => state.pending.push(sheet_problem(
                Some(format!("{name}!A1")),
                problems::workbook_unreadable(error.to_string()),
            )),
        }
    }
    state.finish()
}

fn named(sv: &str, en: &str, name: &str) -> bool {
    sv.to_lowercase() == name.to_lowercase() || en.to_lowercase() == name.to_lowercase()
}

fn sheet_problem(cell: Option<String>, finding: Finding) -> Pending {
    Pending {
        node: None,
        path: String::new(),
        make: Box::new(move |_| finding),
        cell,
    }
}

struct State {
    /// The language each sheet's headers are in, so that messages about it name its
    /// columns as it does.
    langs: HashMap<SheetId, crate::Lang>,
    nodes: Vec<Node>,
    pending: Vec<Pending>,
    keys: HashMap<SheetId, HashMap<String, Vec<usize>>>,
}

fn cell_of(data: Option<&Data>) -> Cell {
    match data {
        None | Some(Data::Empty) => Cell::Empty,
        Some(Data::String(text)) => {
            if text.is_empty() {
                Cell::Empty
            } else {
                Cell::Text(text.clone())
            }
        }
        Some(Data::Int(n)) => Cell::Number(*n as f64),
        Some(Data::Float(n)) => Cell::Number(*n),
        Some(Data::Bool(b)) => Cell::Bool(*b),
        Some(Data::DateTime(excel)) => {
            let (year, month, day, hour, minute, second, milli) = excel.to_ymd_hms_milli();
            let date = Date::from_ymd(i32::from(year), u32::from(month), u32::from(day));
            match date {
                Some(date)
                    if (hour, minute, second, milli) == (0, 0, 0, 0) && excel.is_datetime() =>
                {
                    Cell::Date(date)
                }
                _ => Cell::Other(format!(
                    "{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}"
                )),
            }
        }
        Some(Data::DateTimeIso(text)) => {
            let day = text.strip_suffix("T00:00:00").unwrap_or(text);
            Date::parse(day).map_or_else(|| Cell::Other(text.clone()), Cell::Date)
        }
        Some(Data::DurationIso(text)) => Cell::Other(text.clone()),
        Some(Data::Error(error)) => Cell::Other(error.to_string()),
    }
}

impl State {
    fn lang(&self, sheet: SheetId) -> crate::Lang {
        self.langs.get(&sheet).copied().unwrap_or_default()
    }

    fn read_sheet(&mut self, sheet: &'static Sheet, name: &str, range: &calamine::Range<Data>) {
        let Some((_, last_col)) = range.end() else {
            return;
        };
        let last_row = range.end().map_or(0, |(row, _)| row);
        let columns = sheet.columns();
        let lang = headers_lang(columns, range, last_col);
        self.langs.insert(sheet.id, lang);
        let mut places: Vec<Option<u32>> = vec![None; columns.len()];
        let has_data = |col: u32| {
            (1..=last_row).any(|row| cell_of(range.get_value((row, col))) != Cell::Empty)
        };
        for col in 0..=last_col {
            let header = cell_of(range.get_value((0, col))).shown();
            if header.trim().is_empty() {
                if has_data(col) {
                    self.pending.push(sheet_problem(
                        Some(format!("{name}!{}1", column_name(col as usize))),
                        problems::unknown_column(name, ""),
                    ));
                }
                continue;
            }
            match columns.iter().position(|c| c.is_called(&header)) {
                Some(index) if places[index].is_none() => places[index] = Some(col),
                _ => {
                    if has_data(col) {
                        self.pending.push(sheet_problem(
                            Some(format!("{name}!{}1", column_name(col as usize))),
                            problems::unknown_column(name, header.trim()),
                        ));
                    }
                }
            }
        }
        let rows: Vec<u32> = (1..=last_row)
            .filter(|row| {
                (0..=last_col).any(|col| cell_of(range.get_value((*row, col))) != Cell::Empty)
            })
            .collect();
        if rows.is_empty() {
            return;
        }
        for (index, column) in columns.iter().enumerate() {
            if column.required && places[index].is_none() {
                self.pending.push(sheet_problem(
                    Some(format!("{name}!A1")),
                    problems::missing_column(name, column.header.get(lang)),
                ));
            }
        }
        for row in rows {
            let cells: Vec<Cell> = places
                .iter()
                .map(|place| place.map_or(Cell::Empty, |col| cell_of(range.get_value((row, col)))))
                .collect();
            self.read_row(sheet, name, row, &places, columns, cells);
        }
    }

    fn read_row(
        &mut self,
        sheet: &'static Sheet,
        name: &str,
        row: u32,
        places: &[Option<u32>],
        columns: &'static [Column],
        cells: Vec<Cell>,
    ) {
        let index = self.nodes.len();
        let lang = self.lang(sheet.id);
        let place = |col: usize| {
            places[col].map(|c| format!("{name}!{}{}", column_name(c as usize), row + 1))
        };
        let mut fields = Map::new();
        let mut holder = sheet.holders.first();
        let mut parent_key = String::new();
        let mut rest: Option<(usize, Map<String, Value>)> = None;
        for (col, (column, cell)) in columns.iter().zip(&cells).enumerate() {
            match column.role {
                Role::Holder => {
                    let label = cell.shown();
                    holder = sheet.holder_by_label(&label);
                    if holder.is_none() {
                        let allowed: Vec<String> = sheet
                            .holders
                            .iter()
                            .map(|h| h.label.get(lang).to_owned())
                            .collect();
                        let header = column.header.get(lang).to_owned();
                        self.pending.push(Pending {
                            node: None,
                            path: String::new(),
                            make: Box::new(move |pointer| {
                                problems::unknown_label(pointer, &header, &label, allowed)
                            }),
                            cell: place(col),
                        });
                        return;
                    }
                }
                Role::Parent => parent_key = cell.shown(),
                Role::Field => match cells::decode(column.kind, cell) {
                    Ok(Some(value)) => set_path(&mut fields, &column.path, value),
                    Ok(None) => {}
                    Err(problem) => {
                        let header = column.header.get(lang).to_owned();
                        let value = cell.shown();
                        let make: Box<dyn FnOnce(String) -> Finding> = match problem {
                            CellProblem::NotADate => {
                                Box::new(move |p| problems::cell_not_a_date(p, &header, &value))
                            }
                            CellProblem::NumberAsText => {
                                Box::new(move |p| problems::number_as_text(p, &header, &value))
                            }
                            CellProblem::NotANumber => {
                                Box::new(move |p| problems::cell_not_a_number(p, &header, &value))
                            }
                            CellProblem::NotAWholeNumber => {
                                Box::new(move |p| problems::not_a_whole_number(p, &header, &value))
                            }
                            CellProblem::NotYesNo => {
                                Box::new(move |p| problems::not_yes_no(p, &header, &value))
                            }
                            CellProblem::InvalidJson => {
                                Box::new(move |p| problems::cell_not_json(p, &header, &value))
                            }
                            CellProblem::UnknownLabel(labels) => {
                                let allowed =
                                    labels.labels(lang).into_iter().map(str::to_owned).collect();
                                Box::new(move |p| {
                                    problems::unknown_label(p, &header, &value, allowed)
                                })
                            }
                        };
                        self.pending.push(Pending {
                            node: Some(index),
                            path: column.path.clone(),
                            make,
                            cell: place(col),
                        });
                    }
                },
                Role::Rest => match cells::decode(Kind::Json, cell) {
                    Ok(Some(Value::Object(object))) => rest = Some((col, object)),
                    Ok(None) => {}
                    Ok(Some(_)) | Err(_) => {
                        let header = column.header.get(lang).to_owned();
                        let value = cell.shown();
                        self.pending.push(Pending {
                            node: Some(index),
                            path: String::new(),
                            make: Box::new(move |p| problems::cell_not_json(p, &header, &value)),
                            cell: place(col),
                        });
                    }
                },
            }
        }
        if let Some((col, rest)) = rest {
            for (member, value) in rest {
                if fields.contains_key(&member) {
                    let header = columns[col].header.get(lang).to_owned();
                    let field = member.clone();
                    self.pending.push(Pending {
                        node: Some(index),
                        path: member.clone(),
                        make: Box::new(move |p| problems::conflicting_cells(p, &header, &field)),
                        cell: place(col),
                    });
                } else {
                    fields.insert(member, value);
                }
            }
        }
        let parent = if sheet.id == SheetId::Agreement {
            None
        } else {
            let Some(holder) = holder else { return };
            if holder.parent == SheetId::Agreement {
                Some((0, holder.member))
            } else {
                let parent_col = columns.iter().position(|c| c.role == Role::Parent);
                let found = self
                    .keys
                    .get(&holder.parent)
                    .and_then(|keys| keys.get(parent_key.as_str()))
                    .cloned()
                    .unwrap_or_default();
                let cell = parent_col
                    .and_then(place)
                    .or_else(|| Some(format!("{name}!A{}", row + 1)));
                let parent_name = Sheet::get(holder.parent).name.get(lang).to_owned();
                match found.as_slice() {
                    [only] => Some((*only, holder.member)),
                    [] => {
                        let key = parent_key.clone();
                        self.pending.push(Pending {
                            node: None,
                            path: String::new(),
                            make: Box::new(move |_| problems::missing_parent(&parent_name, &key)),
                            cell,
                        });
                        return;
                    }
                    _ => {
                        let key = parent_key.clone();
                        self.pending.push(Pending {
                            node: None,
                            path: String::new(),
                            make: Box::new(move |_| problems::ambiguous_parent(&parent_name, &key)),
                            cell,
                        });
                        return;
                    }
                }
            }
        };
        let places_here = places.to_vec();
        if sheet.id == SheetId::Agreement {
            let root = &mut self.nodes[0];
            if root.row != 0 {
                self.pending.push(sheet_problem(
                    Some(format!("{name}!A{}", row + 1)),
                    problems::second_agreement_row(name),
                ));
                return;
            }
            root.row = row + 1;
            root.sheet_name = name.to_owned();
            root.fields = fields;
            root.places = places_here;
            return;
        }
        let Some((parent, member)) = parent else {
            return;
        };
        let parent_key_full = self.nodes[parent].key.clone().unwrap_or_default();
        let key = row_key(sheet, &fields, &parent_key_full);
        if let Some(key) = &key {
            self.keys
                .entry(sheet.id)
                .or_default()
                .entry(key.clone())
                .or_default()
                .push(index);
        }
        self.nodes.push(Node {
            sheet,
            sheet_name: name.to_owned(),
            row: row + 1,
            fields,
            children: Vec::new(),
            key,
            pointer: String::new(),
            places: places_here,
        });
        self.nodes[parent].children.push((member, index));
    }

    fn build(&mut self, index: usize, pointer: String) -> Value {
        self.nodes[index].pointer = pointer.clone();
        let mut object = std::mem::take(&mut self.nodes[index].fields);
        let children = std::mem::take(&mut self.nodes[index].children);
        let mut lists: Vec<(&'static str, Vec<Value>)> = Vec::new();
        for (member, child) in children {
            let position = match lists.iter().position(|(m, _)| *m == member) {
                Some(position) => position,
                None => {
                    lists.push((member, Vec::new()));
                    lists.len() - 1
                }
            };
            let child_pointer =
                pointer_join(&pointer, &[member, &lists[position].1.len().to_string()]);
            let value = self.build(child, child_pointer);
            lists[position].1.push(value);
        }
        for (member, items) in lists {
            if object.contains_key(member) {
                let node = &self.nodes[index];
                let rest_col = node.sheet.columns().len() - 1;
                let cell = node.places.get(rest_col).copied().flatten().map(|c| {
                    format!(
                        "{}!{}{}",
                        node.sheet_name,
                        column_name(c as usize),
                        node.row
                    )
                });
                let header = node.sheet.columns()[rest_col]
                    .header
                    .get(self.lang(node.sheet.id))
                    .to_owned();
                self.pending.push(Pending {
                    node: Some(index),
                    path: member.to_owned(),
                    make: Box::new(move |p| problems::conflicting_cells(p, &header, member)),
                    cell,
                });
                continue;
            }
            object.insert(member.to_owned(), Value::Array(items));
        }
        Value::Object(object)
    }

    fn finish(mut self) -> Imported {
        let root = self.build(0, String::new());
        let mut findings: Vec<Finding> = Vec::new();
        for pending in std::mem::take(&mut self.pending) {
            let pointer = match pending.node {
                Some(node) if pending.path.is_empty() => self.nodes[node].pointer.clone(),
                Some(node) => {
                    let parts: Vec<&str> = pending.path.split('/').collect();
                    pointer_join(&self.nodes[node].pointer, &parts)
                }
                None => String::new(),
            };
            let mut finding = (pending.make)(pointer);
            finding.cell = pending.cell;
            findings.push(finding);
        }
        let json = serde_json::to_string_pretty(&root).unwrap_or_default();
        let mut document = Document::from_slice_with(json.as_bytes(), &Options::default());
        let mut json = json;
        let structure_errors = document.findings().iter().any(|f| {
            matches!(f.rule().family, Family::Syntax | Family::Structure)
                && f.severity == crate::Severity::Error
        });
        if !structure_errors {
            // In the model's order of members: the JSON a person reads and keeps.
            if let Some(canonical) = document
                .agreement()
                .and_then(|agreement| serde_json::to_string_pretty(agreement).ok())
            {
                document = Document::from_slice_with(canonical.as_bytes(), &Options::default());
                json = canonical;
            }
        }
        let places = self.places();
        document.locate_cells(|pointer| locate(&places, &self.nodes, pointer));
        Imported {
            document: Some(document),
            json: Some(json),
            problems: findings,
        }
    }

    fn places(&self) -> HashMap<&str, usize> {
        self.nodes
            .iter()
            .enumerate()
            .filter(|(_, node)| node.row != 0)
            .map(|(index, node)| (node.pointer.as_str(), index))
            .collect()
    }
}

/// The cell a pointer into the imported document came from: the row of the nearest entity
/// and the column of the field, when the workbook has it.
fn locate(places: &HashMap<&str, usize>, nodes: &[Node], pointer: &str) -> Option<String> {
    let mut prefix = pointer;
    loop {
        if let Some(&index) = places.get(prefix) {
            let node = &nodes[index];
            let rest = pointer[prefix.len()..].trim_start_matches('/');
            let columns = node.sheet.columns();
            let column = columns
                .iter()
                .enumerate()
                .filter(|(_, c)| c.role == Role::Field)
                .filter(|(_, c)| {
                    rest == c.path
                        || rest.starts_with(&format!("{}/", c.path))
                        || c.path.starts_with(&format!("{rest}/"))
                })
                .chain(columns.iter().enumerate().filter(|(_, c)| {
                    c.role == Role::Field
                        && !rest.is_empty()
                        && rest.split('/').next() == Some(c.member())
                }))
                .find_map(|(i, _)| node.places.get(i).copied().flatten());
            let col = column.unwrap_or(0);
            return Some(format!(
                "{}!{}{}",
                node.sheet_name,
                column_name(col as usize),
                node.row
            ));
        }
        if prefix.is_empty() {
            return None;
        }
        prefix = &prefix[..prefix.rfind('/').unwrap_or(0)];
    }
}

/// The language of a sheet's headers: English when more of them are the English ones.
fn headers_lang(columns: &[Column], range: &calamine::Range<Data>, last_col: u32) -> crate::Lang {
    let (mut sv, mut en) = (0, 0);
    for col in 0..=last_col {
        let header = cell_of(range.get_value((0, col))).shown();
        let header = header.trim();
        sv += columns.iter().filter(|c| c.header.sv == header).count();
        en += columns.iter().filter(|c| c.header.en == header).count();
    }
    if en > sv {
        crate::Lang::En
    } else {
        crate::Lang::Sv
    }
}
