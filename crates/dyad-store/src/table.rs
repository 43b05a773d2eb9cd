//! Query results, and the three ways they are shown: an aligned table for people, CSV, and
//! JSON (one array of objects keyed by column name).

use rusqlite::types::Value;
use rusqlite::{Connection, Params};
use std::io::Write;

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    pub fn from_sql(connection: &Connection, sql: &str, params: impl Params) -> rusqlite::Result<Table> {
        let mut statement = connection.prepare(sql)?;
        let columns: Vec<String> = statement.column_names().into_iter().map(str::to_string).collect();
        let width = columns.len();
        let rows = statement.query_map(params, |r| (0..width).map(|i| r.get::<_, Value>(i)).collect::<rusqlite::Result<Vec<_>>>())?;
        Ok(Table { columns, rows: rows.collect::<rusqlite::Result<_>>()? })
    }

    /// Columns padded to their widest value; numbers aligned right.
    pub fn write_text(&self, out: &mut impl Write) -> std::io::Result<()> {
        let cells: Vec<Vec<String>> = self.rows.iter().map(|r| r.iter().map(text).collect()).collect();
        let widths: Vec<usize> = (0..self.columns.len())
            .map(|i| cells.iter().map(|r| r[i].chars().count()).chain([self.columns[i].chars().count()]).max().unwrap_or(0))
            .collect();
        let numeric: Vec<bool> = (0..self.columns.len())
            .map(|i| !self.rows.is_empty() && self.rows.iter().all(|r| matches!(r[i], Value::Integer(_) | Value::Real(_) | Value::Null)))
            .collect();
        let line = |out: &mut dyn Write, values: &[String]| -> std::io::Result<()> {
            let padded: Vec<String> = values
                .iter()
                .enumerate()
                .map(|(i, v)| if numeric[i] { format!("{v:>w$}", w = widths[i]) } else { format!("{v:<w$}", w = widths[i]) })
                .collect();
            writeln!(out, "{}", padded.join("  ").trim_end())
        };
        line(out, &self.columns)?;
        line(out, &widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>())?;
        for row in &cells {
            line(out, row)?;
        }
        Ok(())
    }

    pub fn write_csv(&self, out: &mut impl Write) -> std::io::Result<()> {
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(&self.columns)?;
        for row in &self.rows {
            writer.write_record(row.iter().map(text))?;
        }
        writer.flush()
    }

    /// An array of objects whose keys keep the columns' order.
    pub fn write_json(&self, out: &mut impl Write) -> std::io::Result<()> {
        let keys: Vec<String> = self.columns.iter().map(|c| serde_json::Value::from(c.as_str()).to_string()).collect();
        write!(out, "[")?;
        for (n, row) in self.rows.iter().enumerate() {
            let fields: Vec<String> = keys.iter().zip(row).map(|(k, v)| format!("{k}: {}", json(v))).collect();
            write!(out, "{}\n  {{{}}}", if n == 0 { "" } else { "," }, fields.join(", "))?;
        }
        writeln!(out, "{}]", if self.rows.is_empty() { "" } else { "\n" })
    }
}

fn text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Integer(i) => i.to_string(),
        Value::Real(r) => format!("{r:.2}"),
        Value::Text(t) => t.clone(),
        Value::Blob(b) => format!("<{} bytes>", b.len()),
    }
}

fn json(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Integer(i) => (*i).into(),
        Value::Real(r) => serde_json::Number::from_f64(*r).map_or(serde_json::Value::Null, serde_json::Value::Number),
        Value::Text(t) => t.clone().into(),
        Value::Blob(b) => b.iter().map(|x| format!("{x:02x}")).collect::<String>().into(),
    }
}
