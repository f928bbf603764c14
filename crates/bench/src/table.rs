//! Markdown tables, padded so that they read as plain text too, and the numbers in them.

use crate::stats::Summary;

/// How a column is aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Text.
    Left,
    /// Numbers.
    Right,
}

/// A Markdown table.
#[derive(Debug, Clone)]
pub struct Table {
    headers: Vec<String>,
    aligns: Vec<Align>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these columns: the first left-aligned, the others right-aligned.
    pub fn new(headers: &[&str]) -> Self {
        let aligns = (0..headers.len())
            .map(|i| if i == 0 { Align::Left } else { Align::Right })
            .collect();
        Self {
            headers: headers.iter().map(|h| (*h).to_owned()).collect(),
            aligns,
            rows: Vec::new(),
        }
    }

    /// Aligns column `column` so.
    pub fn align(mut self, column: usize, align: Align) -> Self {
        if let Some(slot) = self.aligns.get_mut(column) {
            *slot = align;
        }
        self
    }

    /// Adds a row; missing cells are left empty.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The table as Markdown, ending with a newline.
    pub fn render(&self) -> String {
        let columns = self.headers.len();
        let width = |i: usize| {
            self.rows
                .iter()
                .filter_map(|row| row.get(i))
                .chain(std::iter::once(&self.headers[i]))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
                .max(3)
        };
        let widths: Vec<usize> = (0..columns).map(width).collect();
        let line = |cells: &[String]| {
            let mut out = String::from("|");
            for (i, w) in widths.iter().enumerate() {
                let cell = cells.get(i).map(String::as_str).unwrap_or("");
                let pad = w - cell.chars().count().min(*w);
                out.push(' ');
                match self.aligns[i] {
                    Align::Left => {
                        out.push_str(cell);
                        out.push_str(&" ".repeat(pad));
                    }
                    Align::Right => {
                        out.push_str(&" ".repeat(pad));
                        out.push_str(cell);
                    }
                }
                out.push_str(" |");
            }
            out.push('\n');
            out
        };
        let mut out = line(&self.headers);
        out.push('|');
        for (i, w) in widths.iter().enumerate() {
            match self.aligns[i] {
                Align::Left => out.push_str(&format!(" {} |", "-".repeat(*w))),
                Align::Right => out.push_str(&format!(" {}: |", "-".repeat(w - 1))),
            }
        }
        out.push('\n');
        for row in &self.rows {
            out.push_str(&line(row));
        }
        out
    }
}

/// A count with a space between groups of three digits: `100 000`.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// A number with three significant digits, at most two decimals below 100: `0.512`, `12.3`,
/// `456`.
pub fn num(x: f64) -> String {
    if !x.is_finite() {
        return "–".to_owned();
    }
    let magnitude = x.abs();
    if magnitude >= 100.0 {
        format!("{x:.0}")
    } else if magnitude >= 10.0 {
        format!("{x:.1}")
    } else if magnitude >= 1.0 {
        format!("{x:.2}")
    } else {
        format!("{x:.3}")
    }
}

/// A ratio: `1.23×`.
pub fn ratio(x: f64) -> String {
    if x.is_finite() {
        format!("{x:.2}×")
    } else {
        "–".to_owned()
    }
}

/// A range of ratios: `1.10–1.31`.
pub fn ratio_range(summary: &Summary) -> String {
    format!("{:.2}–{:.2}", summary.min, summary.max)
}

/// A range: `12.3–14.0`.
pub fn range(summary: &Summary) -> String {
    format!("{}–{}", num(summary.min), num(summary.max))
}

/// Milliseconds of nanoseconds: `12.3 ms`.
pub fn ms(ns: f64) -> String {
    format!("{} ms", num(ns / 1e6))
}

/// Megabytes (10^6 bytes): `34.9 MB`.
pub fn mb(bytes: f64) -> String {
    format!("{} MB", num(bytes / 1e6))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(grouped(100_000), "100 000");
        assert_eq!(grouped(1_000), "1 000");
        assert_eq!(grouped(999), "999");
        assert_eq!(num(0.51234), "0.512");
        assert_eq!(num(12.34), "12.3");
        assert_eq!(num(456.7), "457");
        assert_eq!(ratio(1.234), "1.23×");
    }

    #[test]
    fn a_table() {
        let mut table = Table::new(&["name", "n"]);
        table.row(vec!["a".into(), "1".into()]);
        assert_eq!(
            table.render(),
            "| name |   n |\n| ---- | --: |\n| a    |   1 |\n"
        );
    }
}
