//! WARC files (ISO 28500), plain or gzip-compressed, read as a stream of records.
//!
//! Each `response` record whose HTTP payload is HTML becomes a document: its target URI is the
//! URL, its `WARC-Record-ID` the id, the page's own publication date the date (the crawl's
//! `WARC-Date` when the page has none). Other records are skipped and counted.
//!
//! Written here rather than taken from the `warc` crate: that reader holds a record's headers
//! until a blank line however long the garbage before it, and cannot find the next record after
//! a broken one. This one bounds every header block and payload, reports a broken record with
//! its byte offset, and resynchronises on the next `WARC/` line, so a corrupt record costs that
//! record only; memory stays bounded on a multi-gigabyte file.

use crate::{html, InputError, Item, Limits, Location};
use std::io::{BufRead, Read};

/// A header block longer than this is not a WARC header.
const MAX_HEADER_BYTES: usize = 64 << 10;

pub struct WarcDocuments<R> {
    name: String,
    reader: R,
    /// Bytes consumed so far (decompressed).
    offset: u64,
    limits: Limits,
    /// A `WARC/` line found while resynchronising, to be read as the next record's first line.
    pending: Option<Vec<u8>>,
    done: bool,
}

struct Header {
    version_offset: u64,
    fields: Vec<(String, String)>,
}

impl Header {
    fn get(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

impl<R: BufRead> WarcDocuments<R> {
    pub fn new(name: String, reader: R, limits: Limits) -> WarcDocuments<R> {
        WarcDocuments { name, reader, offset: 0, limits, pending: None, done: false }
    }

    fn error(&self, at: u64, message: impl Into<String>) -> Item {
        Item::Error(InputError::new(&self.name, Some(Location::Offset(at)), message))
    }

    /// One line, at most `MAX_HEADER_BYTES` long (the rest of a longer line is discarded).
    fn line(&mut self) -> std::io::Result<Option<Vec<u8>>> {
        if let Some(line) = self.pending.take() {
            return Ok(Some(line));
        }
        let mut line = Vec::new();
        let n = (&mut self.reader).take(MAX_HEADER_BYTES as u64).read_until(b'\n', &mut line)?;
        self.offset += n as u64;
        if n == 0 {
            return Ok(None);
        }
        if !line.ends_with(b"\n") && n == MAX_HEADER_BYTES {
            let mut rest = Vec::new();
            while !rest.ends_with(b"\n") {
                rest.clear();
                let m = (&mut self.reader).take(MAX_HEADER_BYTES as u64).read_until(b'\n', &mut rest)?;
                self.offset += m as u64;
                if m == 0 {
                    break;
                }
            }
        }
        Ok(Some(line))
    }

    /// The next record's header, skipping blank lines; `Err` with the offset of what is not one.
    fn header(&mut self) -> Result<Option<Header>, Item> {
        let io = |s: &Self, e: std::io::Error| s.error(s.offset, format!("cannot read: {e}"));
        let first = loop {
            let start = self.offset;
            match self.line().map_err(|e| io(self, e))? {
                None => return Ok(None),
                Some(l) if l.iter().all(u8::is_ascii_whitespace) => continue,
                Some(l) if l.starts_with(b"WARC/") => break start,
                Some(_) => {
                    self.resynchronise().map_err(|e| io(self, e))?;
                    return Err(self.error(start, "not a WARC record header: skipped to the next record"));
                }
            }
        };
        let mut fields = Vec::new();
        let mut size = 0usize;
        loop {
            let Some(line) = self.line().map_err(|e| io(self, e))? else {
                return Err(self.error(first, "truncated record header"));
            };
            size += line.len();
            if size > MAX_HEADER_BYTES {
                self.resynchronise().map_err(|e| io(self, e))?;
                return Err(self.error(first, "record header too long: skipped to the next record"));
            }
            let line = String::from_utf8_lossy(&line);
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some((k, v)) = line.split_once(':') {
                fields.push((k.trim().to_string(), v.trim().to_string()));
            }
        }
        Ok(Some(Header { version_offset: first, fields }))
    }

    /// Skips to the next line that starts a record, keeping it for the next header read.
    fn resynchronise(&mut self) -> std::io::Result<()> {
        while let Some(line) = self.line()? {
            if line.starts_with(b"WARC/1.") || line.starts_with(b"WARC/0.") {
                self.pending = Some(line);
                break;
            }
        }
        Ok(())
    }

    /// Reads or skips `len` bytes of payload; `None` when skipped.
    fn payload(&mut self, len: u64, keep: bool) -> std::io::Result<(u64, Option<Vec<u8>>)> {
        if keep {
            let mut body = Vec::with_capacity(len.min(1 << 20) as usize);
            let n = (&mut self.reader).take(len).read_to_end(&mut body)? as u64;
            self.offset += n;
            Ok((n, Some(body)))
        } else {
            let n = std::io::copy(&mut (&mut self.reader).take(len), &mut std::io::sink())?;
            self.offset += n;
            Ok((n, None))
        }
    }

    fn record(&mut self) -> Option<Item> {
        let header = match self.header() {
            Ok(Some(h)) => h,
            Ok(None) => return None,
            Err(item) => return Some(item),
        };
        let at = header.version_offset;
        let Some(len) = header.get("Content-Length").and_then(|v| v.parse::<u64>().ok()) else {
            if let Err(e) = self.resynchronise() {
                return Some(self.error(self.offset, format!("cannot read: {e}")));
            }
            return Some(self.error(at, "record without a valid Content-Length: skipped"));
        };
        let is_response = header.get("WARC-Type").is_some_and(|t| t.eq_ignore_ascii_case("response"));
        let is_http = header.get("Content-Type").is_none_or(|t| t.to_ascii_lowercase().contains("application/http"));
        let too_large = len > self.limits.max_record_bytes;
        let keep = is_response && is_http && !too_large;
        let (read, body) = match self.payload(len, keep) {
            Ok(r) => r,
            Err(e) => {
                self.done = true;
                return Some(self.error(self.offset, format!("cannot read record payload: {e}")));
            }
        };
        if read < len {
            self.done = true;
            return Some(self.error(at, format!("truncated record: {read} of {len} payload bytes")));
        }
        if too_large && is_response {
            return Some(self.error(at, format!("record larger than {} MB: skipped", self.limits.max_record_bytes >> 20)));
        }
        let Some(body) = body else {
            return Some(Item::Skipped { reason: "WARC record that is not an HTTP response" });
        };
        let Some((content_type, payload)) = http_payload(&body) else {
            return Some(self.error(at, "response record without a valid HTTP message: skipped"));
        };
        if !content_type.as_deref().is_none_or(|t| t.contains("html")) {
            return Some(Item::Skipped { reason: "WARC response that is not HTML" });
        }
        Some(Item::Page(Box::new(html::Page {
            origin: format!("{}@{}", self.name, at),
            bytes: payload.to_vec(),
            url: header.get("WARC-Target-URI").map(|u| u.trim_matches(['<', '>']).to_string()),
            id: header.get("WARC-Record-ID").map(|id| id.trim_matches(['<', '>']).to_string()),
            fallback_date: header.get("WARC-Date").and_then(crate::parse_date),
        })))
    }
}

impl<R: BufRead> Iterator for WarcDocuments<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if self.done {
            return None;
        }
        let item = self.record();
        if item.is_none() {
            self.done = true;
        }
        item
    }
}

/// The `Content-Type` (lower case) and body of an HTTP response.
fn http_payload(message: &[u8]) -> Option<(Option<String>, &[u8])> {
    let end = message
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| (p, p + 4))
        .or_else(|| message.windows(2).position(|w| w == b"\n\n").map(|p| (p, p + 2)))?;
    let head = String::from_utf8_lossy(&message[..end.0]);
    if !head.starts_with("HTTP/") {
        return None;
    }
    let content_type = head
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-type"))
        .map(|(_, v)| v.trim().to_ascii_lowercase());
    Some((content_type, &message[end.1..]))
}

/// A WARC record, for tests and benchmarks that build their own files.
pub fn record(warc_type: &str, uri: &str, date: &str, content_type: &str, payload: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.1\r\nWARC-Type: {warc_type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\nWARC-Record-ID: <urn:uuid:{:016x}>\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        fnv(uri.as_bytes()) ^ fnv(date.as_bytes()),
        payload.len()
    )
    .into_bytes();
    out.extend_from_slice(payload);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// An HTTP response record holding `html`.
pub fn html_response(uri: &str, date: &str, html: &str) -> Vec<u8> {
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{html}", html.len());
    record("response", uri, date, "application/http; msgtype=response", http.as_bytes())
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100000001b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<html><head><meta property='article:published_time' content='2024-03-05T10:00:00Z'></head>\
        <body><p>Germany expelled two Russian diplomats on Monday.</p></body></html>";

    fn read(bytes: &[u8]) -> Vec<Item> {
        WarcDocuments::new("t.warc".into(), bytes, Limits::default())
            .map(|i| match i {
                Item::Page(p) => p.extract(),
                other => other,
            })
            .collect()
    }

    #[test]
    fn responses_become_documents_and_the_rest_is_counted() {
        let mut warc = record("warcinfo", "", "2024-03-06T00:00:00Z", "application/warc-fields", b"software: test\r\n");
        warc.extend(record(
            "request",
            "https://a.example/x",
            "2024-03-06T00:00:00Z",
            "application/http; msgtype=request",
            b"GET /x HTTP/1.1\r\n\r\n",
        ));
        warc.extend(html_response("https://a.example/x", "2024-03-06T00:00:00Z", PAGE));
        let items = read(&warc);
        assert_eq!(items.iter().filter(|i| matches!(i, Item::Skipped { .. })).count(), 2);
        let docs: Vec<_> = items.iter().filter_map(|i| if let Item::Document(d) = i { Some(d) } else { None }).collect();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].url.as_deref(), Some("https://a.example/x"));
        assert_eq!(docs[0].date, chrono::NaiveDate::from_ymd_opt(2024, 3, 5));
        assert!(docs[0].text.contains("Russian diplomats"));
    }

    #[test]
    fn a_corrupt_record_costs_that_record_only() {
        let mut warc = html_response("https://a.example/1", "2024-03-06T00:00:00Z", PAGE);
        warc.extend(b"garbage that is no header\r\nmore garbage\r\n\r\n");
        warc.extend(html_response("https://a.example/2", "2024-03-06T00:00:00Z", PAGE));
        let items = read(&warc);
        let errors: Vec<String> = items.iter().filter_map(|i| if let Item::Error(e) = i { Some(e.to_string()) } else { None }).collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("t.warc@"), "{}", errors[0]);
        assert_eq!(items.iter().filter(|i| matches!(i, Item::Document(_))).count(), 2);
    }

    #[test]
    fn a_truncated_file_keeps_what_was_read() {
        let mut warc = html_response("https://a.example/1", "2024-03-06T00:00:00Z", PAGE);
        let second = html_response("https://a.example/2", "2024-03-06T00:00:00Z", PAGE);
        warc.extend(&second[..second.len() / 2]);
        let items = read(&warc);
        assert!(matches!(items[0], Item::Document(_)));
        assert!(matches!(&items[1], Item::Error(e) if e.message.contains("truncated")));
        assert_eq!(items.len(), 2);
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_are_read_without_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
            let mut warc = b"WARC/1.0\r\nContent-Length: 5\r\n\r\n".to_vec();
            warc.extend(bytes);
            let _ = read(&warc);
        }
    }
}
