//! Dyad's input side: files, folders and streams into [`RawDocument`]s.
//!
//! Every input is one of the [`InputKind`]s, told from its extension and, when that says
//! nothing, from its first bytes ([`detect`]); folders are walked recursively in name order.
//! - plain text: one document whose id is the file path;
//! - JSONL (one record per line) or a JSON array of records: `id`, `text`, optional `date`,
//!   `title`, `url`, `language` ([`records`]);
//! - HTML pages: the main text, title, publication date, canonical URL and language ([`html`]);
//! - WARC files, plain or gzip-compressed: one document per HTML `response` record ([`warc`]);
//! - RSS 2.0 and Atom feeds: one document per item ([`feed`]).
//!
//! Readers are lazy iterators of [`Item`]s: a document, an HTML page to extract, a problem (with file and line or byte
//! offset; reading goes on with the next record where the format allows), or a record skipped on
//! purpose (a WARC `request`) with the reason, so the caller can count everything it did not code.
//!
//! Invariant: ingestion knows nothing of coding; it hands over text and metadata only, and what
//! it reads is never held whole when the format can be streamed (JSONL, WARC).

pub mod feed;
pub mod html;
pub mod records;
pub mod warc;

use chrono::NaiveDate;
pub use dyad_core::{InputError, Location};
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
    /// Where it was read: `file`, `file:line` or `file@byte-offset`.
    pub origin: String,
    /// The reader that produced `text`, and for HTML the extractor (`html/readability`).
    pub extractor: &'static str,
    /// The bytes were not valid UTF-8 and were decoded lossily.
    pub lossy: bool,
    /// Problems with the record that did not stop it from being read ("bad `date`: coded
    /// without a date").
    pub warnings: Vec<String>,
}

/// One item of an input.
#[derive(Debug)]
pub enum Item {
    /// An input file or stream is about to be read, as this kind.
    Opened {
        source: String,
        kind: InputKind,
        gzip: bool,
    },
    Document(Box<RawDocument>),
    /// An HTML page not yet extracted: extraction is the costly part of reading, and
    /// [`html::Page::extract`] can run on any thread.
    Page(Box<html::Page>),
    /// A record that is not a news document by design (a WARC `request`, a PDF payload).
    Skipped {
        reason: &'static str,
    },
    Error(InputError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InputKind {
    Text,
    Jsonl,
    JsonArray,
    Html,
    Warc,
    Feed,
}

impl InputKind {
    pub fn name(self) -> &'static str {
        match self {
            InputKind::Text => "text",
            InputKind::Jsonl => "JSONL",
            InputKind::JsonArray => "JSON",
            InputKind::Html => "HTML",
            InputKind::Warc => "WARC",
            InputKind::Feed => "feed",
        }
    }

    /// The kind an extension names, if it names one (`.json` does not: it may hold either an
    /// array or JSON lines).
    pub fn from_extension(path: &str) -> Option<InputKind> {
        let lower = path.to_ascii_lowercase();
        let lower = lower.strip_suffix(".gz").unwrap_or(&lower);
        let ext = Path::new(lower).extension()?.to_str()?;
        Some(match ext {
            "jsonl" | "ndjson" => InputKind::Jsonl,
            "html" | "htm" | "xhtml" | "shtml" => InputKind::Html,
            "warc" => InputKind::Warc,
            "rss" | "atom" | "xml" => InputKind::Feed,
            "txt" | "text" | "md" => InputKind::Text,
            _ => return None,
        })
    }
}

/// What the first bytes of an input say it is.
pub fn detect(head: &[u8]) -> InputKind {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let head = &head[start..];
    let lower: Vec<u8> = head.iter().take(2048).map(u8::to_ascii_lowercase).collect();
    let contains = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
    match head.first() {
        _ if head.starts_with(b"WARC/") => InputKind::Warc,
        Some(b'{') => InputKind::Jsonl,
        Some(b'[') => InputKind::JsonArray,
        Some(b'<') if contains(b"<rss") || contains(b"<feed") || contains(b"<rdf:rdf") => InputKind::Feed,
        Some(b'<') => InputKind::Html,
        _ => InputKind::Text,
    }
}

/// Limits that keep one hostile record from taking the machine.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// A larger HTML page, WARC payload or feed is skipped with an error: their parsers hold
    /// a tree many times the page's size.
    pub max_record_bytes: u64,
    /// A larger plain-text or JSON file is skipped with an error (the coder itself works on
    /// pieces of a large document; this bounds what is held before it does).
    pub max_text_bytes: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { max_record_bytes: 32 << 20, max_text_bytes: 512 << 20 }
    }
}

/// How inputs are read.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// Read every input as this kind instead of detecting it.
    pub kind: Option<InputKind>,
    pub limits: Limits,
}

/// Reads `inputs` (files, folders, `-` for standard input) one after the other, lazily.
pub fn read_all(inputs: &[String], options: ReadOptions) -> impl Iterator<Item = Item> + use<'_> {
    inputs.iter().flat_map(move |input| -> Box<dyn Iterator<Item = Item>> {
        if input != "-" && Path::new(input).is_dir() {
            Box::new(walk(input).flat_map(move |entry| match entry {
                Ok(path) => open(&path, options),
                Err(e) => Box::new(std::iter::once(Item::Error(e))),
            }))
        } else {
            open(input, options)
        }
    })
}

/// The files under `dir`, recursively, in name order; hidden files and folders are left out.
fn walk(dir: &str) -> impl Iterator<Item = Result<String, InputError>> {
    let dir = dir.to_string();
    let walker = walkdir::WalkDir::new(&dir).sort_by_file_name().into_iter();
    walker.filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')).filter_map(move |entry| match entry {
        Ok(e) if e.file_type().is_file() => Some(Ok(e.path().to_string_lossy().into_owned())),
        Ok(_) => None,
        Err(e) => {
            let at = e.path().map_or(dir.clone(), |p| p.to_string_lossy().into_owned());
            Some(Err(InputError::new(&at, None, format!("cannot read: {e}"))))
        }
    })
}

/// Total size of the input files, folders included (for progress and ETA).
pub fn total_bytes(inputs: &[String]) -> u64 {
    let size = |input: &String| -> u64 {
        walkdir::WalkDir::new(input)
            .into_iter()
            .filter_map(Result::ok)
            .filter_map(|e| e.metadata().ok())
            .filter(|m| m.is_file())
            .map(|m| m.len())
            .sum()
    };
    inputs.iter().filter(|i| *i != "-").map(size).sum()
}

/// Opens one file (or `-`) and yields what it holds.
pub fn open(path: &str, options: ReadOptions) -> Box<dyn Iterator<Item = Item>> {
    let name = if path == "-" { "<stdin>".to_string() } else { path.to_string() };
    let reader: Box<dyn Read> = if path == "-" {
        Box::new(std::io::stdin())
    } else {
        match std::fs::File::open(path) {
            Ok(f) => Box::new(f),
            Err(e) => return Box::new(std::iter::once(Item::Error(InputError::new(&name, None, format!("cannot open: {e}"))))),
        }
    };
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let gzip = match reader.fill_buf() {
        Ok(head) => head.starts_with(&[0x1f, 0x8b]),
        Err(e) => return Box::new(std::iter::once(Item::Error(InputError::new(&name, None, format!("cannot read: {e}"))))),
    };
    let mut reader: Box<dyn BufRead> =
        if gzip { Box::new(BufReader::with_capacity(1 << 16, flate2::bufread::MultiGzDecoder::new(reader))) } else { Box::new(reader) };
    let kind = match options.kind.or_else(|| InputKind::from_extension(path)) {
        Some(kind) => kind,
        None => match reader.fill_buf() {
            Ok(head) => detect(head),
            Err(e) => return Box::new(std::iter::once(Item::Error(InputError::new(&name, None, format!("cannot read: {e}"))))),
        },
    };
    let opened = std::iter::once(Item::Opened { source: name.clone(), kind, gzip });
    let limits = options.limits;
    let items: Box<dyn Iterator<Item = Item>> = match kind {
        InputKind::Jsonl => Box::new(records::JsonLines::new(name, reader)),
        InputKind::Warc => Box::new(warc::WarcDocuments::new(name, reader, limits)),
        InputKind::JsonArray => whole(name, reader, limits.max_text_bytes, records::json_array),
        InputKind::Html => {
            whole(name, reader, limits.max_record_bytes, |name, bytes| vec![Item::Page(Box::new(html::Page::new(name, bytes)))])
        }
        InputKind::Feed => whole(name, reader, limits.max_record_bytes, feed::documents),
        InputKind::Text => {
            whole(name, reader, limits.max_text_bytes, |name, bytes| vec![Item::Document(Box::new(text_document(name, bytes)))])
        }
    };
    Box::new(opened.chain(items))
}

/// Reads a whole input (at most `max_bytes`) and hands it to `parse`.
fn whole(
    name: String,
    reader: Box<dyn BufRead>,
    max_bytes: u64,
    parse: impl FnOnce(&str, Vec<u8>) -> Vec<Item> + 'static,
) -> Box<dyn Iterator<Item = Item>> {
    let mut bytes = Vec::new();
    match reader.take(max_bytes + 1).read_to_end(&mut bytes) {
        Err(e) => Box::new(std::iter::once(Item::Error(InputError::new(&name, None, format!("cannot read: {e}"))))),
        Ok(_) if bytes.len() as u64 > max_bytes => {
            Box::new(std::iter::once(Item::Error(InputError::new(&name, None, format!("larger than {} MB: not read", max_bytes >> 20)))))
        }
        Ok(_) => Box::new(parse(&name, bytes).into_iter()),
    }
}

/// Bytes as text: UTF-8 without its byte-order mark, else decoded lossily (and said so).
pub(crate) fn decode(bytes: Vec<u8>) -> (String, bool) {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(t) => (t, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    }
}

fn text_document(name: &str, bytes: Vec<u8>) -> RawDocument {
    let (text, lossy) = decode(bytes);
    RawDocument { id: name.to_string(), text, lossy, origin: name.to_string(), extractor: "text", ..Default::default() }
}

/// `YYYY-MM-DD`, also accepting a full timestamp (`2022-08-16T10:00:00Z`).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim().get(..10).unwrap_or(s), "%Y-%m-%d").ok()
}

/// The host of a URL (`https://www.reuters.com/world/...` -> `reuters.com`): the site that
/// published a document, as GDELT counts sources.
pub fn site_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?.split(':').next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty() && host.contains('.')).then(|| host.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_content_and_extension() {
        assert_eq!(detect(b"\xEF\xBB\xBF{\"id\":1}"), InputKind::Jsonl);
        assert_eq!(detect(b"  [{\"id\":1}]"), InputKind::JsonArray);
        assert_eq!(detect(b"WARC/1.1\r\n"), InputKind::Warc);
        assert_eq!(detect(b"<?xml version=\"1.0\"?><rss version=\"2.0\">"), InputKind::Feed);
        assert_eq!(detect(b"<!DOCTYPE html><html>"), InputKind::Html);
        assert_eq!(detect(b"Germany expelled"), InputKind::Text);
        assert_eq!(InputKind::from_extension("a/B.WARC.GZ"), Some(InputKind::Warc));
        assert_eq!(InputKind::from_extension("a/b.json"), None);
        assert_eq!(InputKind::from_extension("a/b.txt"), Some(InputKind::Text));
    }

    #[test]
    fn sites_from_urls() {
        assert_eq!(site_of("https://www.reuters.com/world/x?y=1").as_deref(), Some("reuters.com"));
        assert_eq!(site_of("http://user@ansa.it:8080/").as_deref(), Some("ansa.it"));
        assert_eq!(site_of("not a url"), None);
    }
}
