//! Dyad's shared types, which every crate can use without depending on the coder: the
//! [`Document`] to code, the coded [`Event`] with its [`Actor`]s and provenance (the JSON schema
//! of docs/events.md), and [`InputError`], a problem with the file and the line or byte offset
//! where it is.
//!
//! Invariant: types only; no I/O and no coding logic.

use chrono::NaiveDate;
use serde::Serialize;

/// What a single line break means in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LineBreaks {
    /// A blank line ends a paragraph. A single line break ends one too, unless the text is
    /// hard-wrapped and the line before does not end a sentence; then the break is a soft one,
    /// a space inside the paragraph. Hard-wrapped text: no line longer than
    /// 100 characters and two lines in three at least 60% as long as the
    /// longest, as lines wrapped at a column are; the line before a soft break is one of those. Scraped news with one paragraph per
    /// line keeps its paragraphs; text wrapped at 72 or 80 columns keeps its sentences whole.
    #[default]
    Paragraphs,
    /// Every line is a sentence of its own (one-sentence-per-line corpora).
    Sentences,
}

/// How precise an event's date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
    /// No date in the text: the publication date stands in.
    Document,
}

/// A news document to code.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub id: String,
    pub text: String,
    /// Publication date; relative dates resolve against it.
    pub date: Option<NaiveDate>,
    /// ISO 639-1 code; identified from the text when absent.
    pub language: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// What a single line break means in this text.
    pub line_breaks: LineBreaks,
}

impl Document {
    pub fn new(id: &str, text: &str) -> Document {
        Document { id: id.to_string(), text: text.to_string(), ..Default::default() }
    }

    pub fn with_date(mut self, date: NaiveDate) -> Document {
        self.date = Some(date);
        self
    }

    pub fn with_language(mut self, lang: &str) -> Document {
        self.language = Some(lang.to_string());
        self
    }
}

/// An actor as found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actor {
    pub code: String,
    pub country: Option<String>,
    pub agent: Option<String>,
    pub name: String,
    pub text: String,
    pub span: [usize; 2],
    /// Lexicon entries that recognised it.
    pub rules: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trigger {
    pub text: String,
    pub span: [usize; 2],
}

/// One coded event; the JSON schema is documented in docs/events.md.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub doc_id: String,
    pub sentence_id: usize,
    pub sentence_span: [usize; 2],
    pub event_code: String,
    pub root_code: String,
    pub quad_class: u8,
    pub goldstein: f32,
    pub plover: Option<String>,
    pub plover_mode: Option<String>,
    pub plover_context: Option<String>,
    pub source: Option<Actor>,
    pub target: Option<Actor>,
    pub date: Option<String>,
    pub date_precision: Precision,
    pub language: String,
    pub trigger: Trigger,
    /// The lexicon entry that fired (`file:line`).
    pub rule: String,
    /// The coder's rules that decided roles and code (`role:passive`, `intent:deciso`, ...).
    pub rules_applied: Vec<String>,
    /// Who the sentence attributes the event to ("..., the ministry said"): provenance, not an
    /// event of its own.
    pub reported_by: Option<Attribution>,
}

/// The reporting verb and speaker an event is attributed to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribution {
    pub source: Actor,
    pub trigger: Trigger,
    /// The lexicon entry of the reporting verb.
    pub rule: String,
}

/// Where in an input a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Line(usize),
    /// Byte offset (in the decompressed stream for gzip files).
    Offset(u64),
}

/// A problem with one input, one record, or its encoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub source: String,
    pub location: Option<Location>,
    pub message: String,
}

impl InputError {
    pub fn new(source: &str, location: Option<Location>, message: impl Into<String>) -> InputError {
        InputError { source: source.to_string(), location, message: message.into() }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.location {
            Some(Location::Line(l)) => write!(f, "{}:{}: {}", self.source, l, self.message),
            Some(Location::Offset(o)) => write!(f, "{}@{}: {}", self.source, o, self.message),
            None => write!(f, "{}: {}", self.source, self.message),
        }
    }
}

impl std::error::Error for InputError {}
