//! Where and how events are written: JSONL (the schema of docs/events.md), CSV, or a table for
//! people; to standard output or to a file that appears only once it is complete.

use dyad_coder::Event;
use dyad_lexicon::Ontology;
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Csv,
    Table,
}

impl Format {
    /// A table for a person at a terminal, JSONL for pipes and files.
    pub fn default_for(output: Option<&Path>) -> Format {
        if output.is_none() && std::io::stdout().is_terminal() {
            Format::Table
        } else {
            Format::Jsonl
        }
    }
}

/// What the document says about where an event was read; added to each event.
#[derive(Serialize, Default, Clone, Debug)]
pub struct DocumentInfo {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The reader and extractor that produced the text (`html/readability`, `text`, ...).
    pub extractor: &'static str,
    /// The id of the first document this one is a near-copy of.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<String>,
}

#[derive(Serialize)]
struct JsonEvent<'a> {
    #[serde(flatten)]
    event: &'a Event,
    document: &'a DocumentInfo,
}

/// The output file or stream. A file is written under a temporary name next to it and renamed
/// when [`Sink::finish`] is called, so a reader never sees half a file and an existing file is
/// replaced only by a complete one.
pub struct Sink {
    out: std::io::BufWriter<Box<dyn Write>>,
    rename: Option<(PathBuf, PathBuf)>,
}

impl Sink {
    /// Refuses an output that is one of the inputs before anything is opened for writing.
    pub fn open(output: Option<&Path>, inputs: &[String]) -> Result<Sink, String> {
        let Some(path) = output else {
            return Ok(Sink { out: std::io::BufWriter::new(Box::new(std::io::stdout().lock())), rename: None });
        };
        if let Ok(target) = std::fs::canonicalize(path) {
            for input in inputs.iter().filter(|i| *i != "-") {
                let Ok(input_path) = std::fs::canonicalize(input) else { continue };
                if target == input_path || target.starts_with(&input_path) {
                    return Err(format!("the output {} is also an input ({input}): refusing to write over it", path.display()));
                }
            }
        }
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "events".into());
        let temporary = dir.join(format!(".{name}.dyad-partial-{}", std::process::id()));
        let file = std::fs::File::create(&temporary).map_err(|e| format!("cannot write {}: {e}", temporary.display()))?;
        Ok(Sink { out: std::io::BufWriter::new(Box::new(file)), rename: Some((temporary, path.to_path_buf())) })
    }

    pub fn writer(&mut self) -> &mut impl Write {
        &mut self.out
    }

    /// Flushes and, for a file, gives it its name.
    pub fn finish(mut self) -> std::io::Result<()> {
        self.out.flush()?;
        if let Some((temporary, path)) = self.rename.take() {
            std::fs::rename(&temporary, &path)?;
        }
        Ok(())
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        // Not finished (a write failed): what was written stays, under the partial name.
        if let Some((temporary, path)) = &self.rename {
            eprintln!("dyad: output incomplete: events written so far are in {} (not renamed to {})", temporary.display(), path.display());
        }
    }
}

/// Writes events in one of the formats.
pub struct EventWriter<'o> {
    format: Format,
    ontology: &'o Ontology,
    header_written: bool,
}

const CSV_COLUMNS: [&str; 18] = [
    "doc_id",
    "sentence_id",
    "date",
    "source",
    "source_country",
    "target",
    "target_country",
    "event_code",
    "event_name",
    "quad_class",
    "goldstein",
    "plover",
    "trigger",
    "reported_by",
    "rule",
    "url",
    "duplicate_of",
    "sentence",
];

impl<'o> EventWriter<'o> {
    pub fn new(format: Format, ontology: &'o Ontology) -> EventWriter<'o> {
        EventWriter { format, ontology, header_written: false }
    }

    /// Writes one document's events; `text` is the document text the spans point into.
    pub fn write(&mut self, out: &mut impl Write, events: &[Event], text: &str, info: &DocumentInfo) -> std::io::Result<()> {
        for e in events {
            match self.format {
                Format::Jsonl => {
                    serde_json::to_writer(&mut *out, &JsonEvent { event: e, document: info }).map_err(io_error)?;
                    out.write_all(b"\n")?;
                }
                Format::Csv => self.csv_row(out, e, text, info)?,
                Format::Table => self.table_row(out, e, text)?,
            }
        }
        Ok(())
    }

    fn name(&self, code: &str) -> String {
        self.ontology.get(code).map(|i| i.name.clone()).unwrap_or_default()
    }

    fn csv_row(&mut self, out: &mut impl Write, e: &Event, text: &str, info: &DocumentInfo) -> std::io::Result<()> {
        let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(&mut *out);
        if !self.header_written {
            w.write_record(CSV_COLUMNS)?;
            self.header_written = true;
        }
        let code = |a: &Option<dyad_coder::Actor>| a.as_ref().map(|a| a.code.clone()).unwrap_or_default();
        let country = |a: &Option<dyad_coder::Actor>| a.as_ref().and_then(|a| a.country.clone()).unwrap_or_default();
        w.write_record([
            e.doc_id.clone(),
            e.sentence_id.to_string(),
            e.date.clone().unwrap_or_default(),
            code(&e.source),
            country(&e.source),
            code(&e.target),
            country(&e.target),
            e.event_code.clone(),
            self.name(&e.event_code),
            e.quad_class.to_string(),
            e.goldstein.to_string(),
            e.plover.clone().unwrap_or_default(),
            e.trigger.text.clone(),
            e.reported_by.as_ref().map(|r| r.source.code.clone()).unwrap_or_default(),
            e.rule.clone(),
            info.url.clone().unwrap_or_default(),
            info.duplicate_of.clone().unwrap_or_default(),
            char_slice(text, e.sentence_span),
        ])?;
        w.flush()
    }

    fn table_row(&mut self, out: &mut impl Write, e: &Event, text: &str) -> std::io::Result<()> {
        let sentence = char_slice(text, e.sentence_span);
        // The trigger in brackets inside its sentence.
        let at = e.trigger.span[0].saturating_sub(e.sentence_span[0]);
        let len = e.trigger.span[1].saturating_sub(e.trigger.span[0]);
        let marked: String = {
            let chars: Vec<char> = sentence.chars().collect();
            let (a, rest) = chars.split_at(at.min(chars.len()));
            let (t, b) = rest.split_at(len.min(rest.len()));
            format!("{}[{}]{}", a.iter().collect::<String>(), t.iter().collect::<String>(), b.iter().collect::<String>())
        };
        let marked = marked.split_whitespace().collect::<Vec<_>>().join(" ");
        let event = format!("{} {}", e.event_code, self.name(&e.event_code));
        writeln!(
            out,
            "{:<10}  {:>9} -> {:<9}  {:<36}  {}",
            e.date.as_deref().unwrap_or("-"),
            actor_code(&e.source),
            actor_code(&e.target),
            truncate(&event, 36),
            truncate(&marked, 110)
        )
    }
}

/// An actor's code as tables show it; `---` for none.
pub fn actor_code(a: &Option<dyad_coder::Actor>) -> String {
    a.as_ref().map_or("---".to_string(), |a| a.code.clone())
}

/// A serialisation error as the I/O error it wraps, so that a closed pipe is still one.
pub fn io_error(e: serde_json::Error) -> std::io::Error {
    match e.io_error_kind() {
        Some(kind) => std::io::Error::new(kind, e),
        None => std::io::Error::other(e),
    }
}

/// `text[span]` in characters.
pub fn char_slice(text: &str, span: [usize; 2]) -> String {
    text.chars().skip(span[0]).take(span[1].saturating_sub(span[0])).collect()
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}
