//! A workbook as a grid of cells, to change a cell, a column or a sheet and write it again:
//! how the tests make the broken workbooks people make.
#![allow(dead_code)]

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A day, year-month-day.
    Date(u16, u8, u8),
}

/// Every sheet of a workbook, in order, with its rows (the header first).
#[derive(Debug, Clone)]
pub struct Grid {
    pub sheets: Vec<(String, Vec<Vec<Cell>>)>,
}

impl Grid {
    /// The sheets of an .xlsx file.
    pub fn read(bytes: &[u8]) -> Grid {
        let mut workbook = Xlsx::new(Cursor::new(bytes)).expect("a workbook");
        let mut sheets = Vec::new();
        for name in workbook.sheet_names() {
            let range = workbook.worksheet_range(&name).expect("a sheet");
            let (rows, cols) = range.end().map_or((0, 0), |(r, c)| (r + 1, c + 1));
            let grid = (0..rows)
                .map(|row| {
                    (0..cols)
                        .map(|col| match range.get_value((row, col)) {
                            None | Some(Data::Empty) => Cell::Empty,
                            Some(Data::String(text)) => Cell::Text(text.clone()),
                            Some(Data::Float(n)) => Cell::Number(*n),
                            Some(Data::Int(n)) => Cell::Number(*n as f64),
                            Some(Data::Bool(b)) => Cell::Bool(*b),
                            Some(Data::DateTime(date)) => {
                                let (y, m, d, ..) = date.to_ymd_hms_milli();
                                Cell::Date(y, m, d)
                            }
                            Some(other) => Cell::Text(other.to_string()),
                        })
                        .collect()
                })
                .collect();
            sheets.push((name, grid));
        }
        Grid { sheets }
    }

    /// The grid as an .xlsx file.
    pub fn write(&self) -> Vec<u8> {
        let mut workbook = Workbook::new();
        let date = Format::new().set_num_format("yyyy-mm-dd");
        for (name, rows) in &self.sheets {
            let sheet = workbook.add_worksheet();
            sheet.set_name(name).expect("a sheet name");
            for (r, row) in rows.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    let (r, c) = (r as u32, c as u16);
                    match cell {
                        Cell::Empty => {}
                        Cell::Text(text) => {
                            sheet.write_string(r, c, text).expect("written");
                        }
                        Cell::Number(n) => {
                            sheet.write_number(r, c, *n).expect("written");
                        }
                        Cell::Bool(b) => {
                            sheet.write_boolean(r, c, *b).expect("written");
                        }
                        Cell::Date(y, m, d) => {
                            let day = ExcelDateTime::from_ymd(*y, *m, *d).expect("a day");
                            sheet
                                .write_datetime_with_format(r, c, &day, &date)
                                .expect("written");
                        }
                    }
                }
            }
        }
        workbook.save_to_buffer().expect("saved")
    }

    /// The rows of the sheet `name`.
    pub fn sheet(&mut self, name: &str) -> &mut Vec<Vec<Cell>> {
        &mut self
            .sheets
            .iter_mut()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("no sheet {name}"))
            .1
    }

    /// The position of the column headed `header` in the sheet `name`.
    pub fn column(&mut self, name: &str, header: &str) -> usize {
        self.sheet(name)[0]
            .iter()
            .position(|cell| *cell == Cell::Text(header.to_owned()))
            .unwrap_or_else(|| panic!("no column {header} in {name}"))
    }

    /// Sets the cell of data row `row` (1 is the first row under the header) in the column
    /// headed `header`.
    pub fn set(&mut self, name: &str, row: usize, header: &str, cell: Cell) {
        let col = self.column(name, header);
        let rows = self.sheet(name);
        let line = &mut rows[row];
        if line.len() <= col {
            line.resize(col + 1, Cell::Empty);
        }
        line[col] = cell;
    }

    /// Adds a column at the end of the sheet `name`: its header, then one cell per row.
    pub fn add_column(&mut self, name: &str, header: &str, cells: &[Cell]) {
        let rows = self.sheet(name);
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        for (i, row) in rows.iter_mut().enumerate() {
            row.resize(width, Cell::Empty);
            row.push(if i == 0 {
                Cell::Text(header.to_owned())
            } else {
                cells.get(i - 1).cloned().unwrap_or(Cell::Empty)
            });
        }
    }

    /// Removes the column headed `header` from the sheet `name`.
    pub fn remove_column(&mut self, name: &str, header: &str) {
        let col = self.column(name, header);
        for row in self.sheet(name) {
            if row.len() > col {
                row.remove(col);
            }
        }
    }
}
