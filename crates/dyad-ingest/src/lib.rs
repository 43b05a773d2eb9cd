//! Dyad's input side: files and streams into [`RawDocument`]s.
//!
//! - a plain-text file is one document whose id is the file name;
//! - a `.jsonl` file (or stdin with the JSONL format) holds one document per line:
//!   `id`, `text`, optional `date` (`YYYY-MM-DD`), `title`, `url`, `language`;
//! - invalid UTF-8 is decoded lossily with a warning; a malformed line is reported with its file
//!   and line number and skipped, and reading goes on.
//!
//! Invariant: ingestion knows nothing of coding; it hands over text and metadata only.

use chrono::NaiveDate;
use serde::Deserialize;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// A document as read, before coding.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawDocument {
    pub id: String,
    pub text: String,
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    /// The bytes were not valid UTF-8 and were decoded lossily.
    pub lossy: bool,
}

/// A problem with one input, one record, or its encoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub source: String,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.source, l, self.message),
            None => write!(f, "{}: {}", self.source, self.message),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Text,
    Jsonl,
}

impl InputFormat {
    /// `.jsonl` / `.ndjson` files are JSONL, everything else is plain text.
    pub fn from_path(path: &str) -> InputFormat {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
            InputFormat::Jsonl
        } else {
            InputFormat::Text
        }
    }
}

#[derive(Deserialize)]
struct JsonRecord {
    id: Option<serde_json::Value>,
    text: Option<String>,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
    language: Option<String>,
}

/// One item of an input: a document or an error about a record.
pub type Item = Result<RawDocument, InputError>;

/// Opens `path` (`-` is standard input) and yields its documents and record errors lazily, so a
/// large JSONL file is never held in memory.
pub fn open(path: &str, format: InputFormat) -> Result<Box<dyn Iterator<Item = Item>>, InputError> {
    let name = if path == "-" { "<stdin>".to_string() } else { path.to_string() };
    let reader: Box<dyn Read> = if path == "-" {
        Box::new(std::io::stdin())
    } else {
        let f =
            std::fs::File::open(path).map_err(|e| InputError { source: name.clone(), line: None, message: format!("cannot open: {e}") })?;
        Box::new(f)
    };
    match format {
        InputFormat::Text => Ok(Box::new(std::iter::once(read_text(&name, reader)))),
        InputFormat::Jsonl => Ok(Box::new(JsonlReader { name, reader: BufReader::new(reader), line: 0, buf: Vec::new() })),
    }
}

fn read_text(name: &str, mut reader: Box<dyn Read>) -> Item {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|e| InputError {
        source: name.to_string(),
        line: None,
        message: format!("cannot read: {e}"),
    })?;
    let id = Path::new(name).file_name().map_or(name.to_string(), |n| n.to_string_lossy().into_owned());
    let (text, lossy) = match String::from_utf8(bytes) {
        Ok(t) => (t, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    };
    Ok(RawDocument { id, text, lossy, ..Default::default() })
}

struct JsonlReader<R> {
    name: String,
    reader: R,
    line: usize,
    buf: Vec<u8>,
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            self.buf.clear();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => return Some(Err(self.err(&format!("cannot read: {e}")))),
            }
            let line = String::from_utf8_lossy(&self.buf);
            if line.trim().is_empty() {
                continue;
            }
            let lossy = matches!(line, std::borrow::Cow::Owned(_));
            return Some(self.parse(&line, lossy));
        }
    }
}

impl<R> JsonlReader<R> {
    fn err(&self, message: &str) -> InputError {
        InputError { source: self.name.clone(), line: Some(self.line), message: message.to_string() }
    }

    fn parse(&self, line: &str, lossy: bool) -> Item {
        let rec: JsonRecord = serde_json::from_str(line).map_err(|e| self.err(&format!("malformed JSON: {e}")))?;
        let text = rec.text.ok_or_else(|| self.err("missing `text`"))?;
        let id = match rec.id {
            Some(serde_json::Value::String(s)) => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            Some(_) => return Err(self.err("`id` must be a string or a number")),
            None => return Err(self.err("missing `id`")),
        };
        let date = match rec.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            None => None,
            Some(d) => Some(parse_date(d).ok_or_else(|| self.err(&format!("bad `date` `{d}`: expected YYYY-MM-DD")))?),
        };
        Ok(RawDocument { id, text, date, title: rec.title, url: rec.url, language: rec.language, lossy })
    }
}

/// `YYYY-MM-DD`, also accepting a full timestamp (`2022-08-16T10:00:00Z`).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(jsonl: &str) -> Vec<Item> {
        JsonlReader { name: "t.jsonl".into(), reader: BufReader::new(jsonl.as_bytes()), line: 0, buf: Vec::new() }.collect()
    }

    #[test]
    fn jsonl_records_and_errors_with_line_numbers() {
        let items = read("{\"id\":\"a\",\"text\":\"x\",\"date\":\"2022-08-16\"}\n\n{oops\n{\"id\":2,\"text\":\"y\"}\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"z\",\"date\":\"16/08/2022\"}\n");
        assert_eq!(items.len(), 5);
        assert_eq!(items[0].as_ref().unwrap().date, NaiveDate::from_ymd_opt(2022, 8, 16));
        assert!(items[1].as_ref().unwrap_err().to_string().starts_with("t.jsonl:3: malformed JSON"));
        assert_eq!(items[2].as_ref().unwrap().id, "2");
        assert_eq!(items[3].as_ref().unwrap_err().to_string(), "t.jsonl:5: missing `text`");
        assert!(items[4].as_ref().unwrap_err().message.contains("bad `date`"));
    }

    #[test]
    fn format_from_extension() {
        assert_eq!(InputFormat::from_path("a/B.JSONL"), InputFormat::Jsonl);
        assert_eq!(InputFormat::from_path("a/b.txt"), InputFormat::Text);
    }

    proptest::proptest! {
        #[test]
        fn any_line_is_a_document_or_an_error(line in "\\PC{0,80}") {
            let _ = read(&line);
        }
    }
}
