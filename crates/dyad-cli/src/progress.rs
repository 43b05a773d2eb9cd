//! What a run tells the person running it: a progress bar on a terminal, and always a one-line
//! summary at the end (documents by kind, sentences, events, near-duplicates, and everything
//! skipped, with why).

use dyad_ingest::InputKind;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::time::Instant;

#[derive(Default)]
pub struct Summary {
    pub documents: BTreeMap<&'static str, usize>,
    pub sentences: usize,
    pub events: usize,
    pub near_duplicates: usize,
    /// Records skipped on purpose, by reason.
    pub skipped: BTreeMap<&'static str, usize>,
    /// Problems reported on stderr (records, files, documents that could not be coded).
    pub problems: usize,
}

impl Summary {
    pub fn documents(&self) -> usize {
        self.documents.values().sum()
    }

    pub fn line(&self, seconds: f64) -> String {
        let kinds: Vec<String> = self.documents.iter().map(|(k, n)| format!("{n} {k}")).collect();
        let mut line = format!(
            "dyad: {} documents ({}), {} sentences, {} events in {:.1} s",
            self.documents(),
            if kinds.is_empty() { "none".to_string() } else { kinds.join(", ") },
            self.sentences,
            self.events,
            seconds
        );
        if self.near_duplicates > 0 {
            line.push_str(&format!("; {} near-duplicates", self.near_duplicates));
        }
        let mut skipped: Vec<String> = self.skipped.iter().map(|(why, n)| format!("{n} {why}")).collect();
        if self.problems > 0 {
            skipped.push(format!("{} with problems reported above", self.problems));
        }
        if !skipped.is_empty() {
            line.push_str(&format!("; skipped: {}", skipped.join(", ")));
        }
        line
    }
}

/// The progress bar: documents and events per second, bytes read of the known total, ETA.
pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    file_bytes: u64,
}

impl Progress {
    /// Shown only when stderr is a terminal; `total_bytes` is the size of the input files.
    pub fn new(total_bytes: u64) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::with_draw_target(Some(total_bytes.max(1)), ProgressDrawTarget::stderr_with_hz(4));
            let style = ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {binary_bytes}/{binary_total_bytes} {msg} ETA {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            bar
        });
        Progress { bar, started: Instant::now(), file_bytes: 0 }
    }

    /// A new input file is being read; `bytes` is the size of the one before, now done.
    pub fn file_done(&mut self, bytes: u64) {
        self.file_bytes += bytes;
        if let Some(bar) = &self.bar {
            bar.set_position(self.file_bytes);
        }
    }

    pub fn update(&self, summary: &Summary) {
        if let Some(bar) = &self.bar {
            let secs = self.started.elapsed().as_secs_f64().max(1e-3);
            let docs = summary.documents();
            bar.set_message(format!(
                "{docs} docs ({:.0}/s) {} events ({:.0}/s)",
                docs as f64 / secs,
                summary.events,
                summary.events as f64 / secs
            ));
        }
    }

    pub fn seconds(&self) -> f64 {
        self.started.elapsed().as_secs_f64()
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// The name a document kind has in the summary.
pub fn kind_label(kind: InputKind) -> &'static str {
    match kind {
        InputKind::Warc => "WARC records",
        InputKind::Html => "HTML pages",
        InputKind::Feed => "feed items",
        InputKind::Jsonl | InputKind::JsonArray => "JSON records",
        InputKind::Text => "text files",
    }
}
