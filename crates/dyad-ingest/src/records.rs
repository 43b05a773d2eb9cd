//! Documents as JSON records: one per line (JSONL) or an array of them.
//!
//! A record has `text` and optionally `id`, `date` (`YYYY-MM-DD` or a timestamp), `title`,
//! `url`, `language`. A record without `id` is named by where it is (`file:line`, `file#index`);
//! a bad `date` is a warning and the document is coded without one; a malformed line is an error
//! and the next line is read.

use crate::{decode, parse_date, InputError, Item, Location, RawDocument};
use serde::Deserialize;
use std::io::BufRead;

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
    language: Option<String>,
}

/// Turns a parsed record into a document; `origin` names it when it has no id.
fn document(rec: Record, origin: String, lossy: bool) -> Result<RawDocument, String> {
    let text = rec.text.ok_or("missing `text`")?;
    let id = match rec.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        None | Some(serde_json::Value::Null) | Some(serde_json::Value::String(_)) => origin.clone(),
        Some(_) => return Err("`id` must be a string or a number".into()),
    };
    let mut warnings = Vec::new();
    let date = match rec.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        None => None,
        Some(d) => {
            let parsed = parse_date(d);
            if parsed.is_none() {
                warnings.push(format!("bad `date` `{d}` (expected YYYY-MM-DD): coded without a date"));
            }
            parsed
        }
    };
    let language = rec.language.map(|l| l.trim().to_ascii_lowercase()).filter(|l| !l.is_empty());
    Ok(RawDocument { id, text, date, title: rec.title, url: rec.url, language, origin, extractor: "json", lossy, warnings })
}

/// A JSONL stream, read line by line.
pub struct JsonLines<R> {
    name: String,
    reader: R,
    line: usize,
    buf: Vec<u8>,
    /// A read error happened: the stream cannot be trusted past it.
    failed: bool,
}

impl<R: BufRead> JsonLines<R> {
    pub fn new(name: String, reader: R) -> JsonLines<R> {
        JsonLines { name, reader, line: 0, buf: Vec::new(), failed: false }
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.failed {
            self.buf.clear();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    self.failed = true;
                    return Some(Item::Error(InputError::new(&self.name, Some(Location::Line(self.line)), format!("cannot read: {e}"))));
                }
            }
            let (line, lossy) = decode(std::mem::take(&mut self.buf));
            if line.trim().is_empty() {
                continue;
            }
            let at = Some(Location::Line(self.line));
            let origin = format!("{}:{}", self.name, self.line);
            let parsed = serde_json::from_str::<Record>(&line)
                .map_err(|e| format!("malformed JSON: {e}"))
                .and_then(|rec| document(rec, origin, lossy));
            return Some(match parsed {
                Ok(doc) => Item::Document(Box::new(doc)),
                Err(message) => Item::Error(InputError::new(&self.name, at, message)),
            });
        }
        None
    }
}

/// A JSON array of records.
pub fn json_array(name: &str, bytes: Vec<u8>) -> Vec<Item> {
    let (text, lossy) = decode(bytes);
    let records: Vec<serde_json::Value> = match serde_json::from_str(&text) {
        Ok(serde_json::Value::Array(items)) => items,
        Ok(_) => return vec![Item::Error(InputError::new(name, None, "expected an array of records"))],
        Err(e) => return vec![Item::Error(InputError::new(name, Some(Location::Line(e.line())), format!("malformed JSON: {e}")))],
    };
    records
        .into_iter()
        .enumerate()
        .map(|(i, value)| {
            let origin = format!("{name}#{i}");
            match serde_json::from_value::<Record>(value).map_err(|e| e.to_string()).and_then(|r| document(r, origin, lossy)) {
                Ok(doc) => Item::Document(Box::new(doc)),
                Err(message) => Item::Error(InputError::new(name, None, format!("record {i}: {message}"))),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn read(jsonl: &str) -> Vec<Item> {
        JsonLines::new("t.jsonl".into(), jsonl.as_bytes()).collect()
    }

    fn doc(item: &Item) -> &RawDocument {
        match item {
            Item::Document(d) => d,
            other => panic!("not a document: {other:?}"),
        }
    }

    fn error(item: &Item) -> String {
        match item {
            Item::Error(e) => e.to_string(),
            other => panic!("not an error: {other:?}"),
        }
    }

    #[test]
    fn records_errors_and_warnings_with_line_numbers() {
        let items = read("\u{feff}{\"id\":\"a\",\"text\":\"x\",\"date\":\"2022-08-16\",\"language\":\"EN\"}\n\n{oops\n{\"id\":2,\"text\":\"y\"}\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"z\",\"date\":\"16/08/2022\"}\n{\"text\":\"w\"}\n");
        assert_eq!(items.len(), 6);
        assert_eq!(doc(&items[0]).date, NaiveDate::from_ymd_opt(2022, 8, 16));
        assert_eq!(doc(&items[0]).language.as_deref(), Some("en"));
        assert!(error(&items[1]).starts_with("t.jsonl:3: malformed JSON"));
        assert_eq!(doc(&items[2]).id, "2");
        assert_eq!(error(&items[3]), "t.jsonl:5: missing `text`");
        assert_eq!(doc(&items[4]).date, None);
        assert!(doc(&items[4]).warnings[0].contains("bad `date`"));
        assert_eq!(doc(&items[5]).id, "t.jsonl:7");
    }

    #[test]
    fn arrays_of_records() {
        let items = json_array("a.json", br#"[{"id":"x","text":"t"},{"text":"u"},{"id":[1]}]"#.to_vec());
        assert_eq!(doc(&items[0]).id, "x");
        assert_eq!(doc(&items[1]).id, "a.json#1");
        assert!(error(&items[2]).contains("record 2"));
        assert!(error(&json_array("b.json", b"{}".to_vec())[0]).contains("expected an array"));
    }

    proptest::proptest! {
        #[test]
        fn any_line_is_a_document_or_an_error(line in "\\PC{0,80}") {
            let _ = read(&line);
        }

        #[test]
        fn any_bytes_are_records_or_errors(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            let _ = json_array("p.json", bytes);
        }
    }
}
