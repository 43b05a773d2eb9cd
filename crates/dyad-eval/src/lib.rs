//! Dyad's evaluation: how well a coder does on the field's validation suites and on Dyad's own.
//!
//! Data moves in one direction:
//! 1. [`suite::read_suite`] reads a suite file into a [`suite::Suite`]: PETRARCH validation XML
//!    (`<Sentence>` records with `<EventCoding>` gold, `<Config>` options and an `<Environment>`
//!    naming dictionary files), the PLOVER gold-standard JSON, or Dyad's JSONL test sets
//!    (`tests/data/it.jsonl`). Gold codes are normalised once, there (`130_threaten`, `18/19/20`,
//!    `081-083`, `---GOV`, `~CVL`).
//! 2. [`evaluate`] codes every record with a [`SuiteCoder`] (Dyad's own [`dyad_coder::Coder`] or a
//!    [`dyad_petrarch::PetrarchCoder`] built from PETRARCH dictionaries), in parallel, keeping
//!    record order.
//! 3. [`score::score`] compares output and gold: precision, recall and F1 at the `root`, `code` and
//!    `dyad` levels (PLOVER: `type` and `dyad`), PETRARCH's exact-sentence criterion, a confusion
//!    table by root, date accuracy and a per-tag breakdown for JSONL sets, and the list of misses
//!    and false positives.
//! 4. [`report`] renders that as text for people or as one JSON object for scripts; with errors
//!    requested, each wrong record carries the coder's `explain` trace.
//! 5. [`floors`] reads the recorded minimum figures (`tests/floors.toml`) and says which dropped.
//!
//! The scoring rules are those of the independent reference scorer `shared/tools/suite.py`; the
//! integration tests run both on the same output and require the same figures. When the two
//! disagree, the reference wins and this crate is wrong.
//!
//! ```no_run
//! let suite = dyad_eval::suite::read_suite("tests/data/en.jsonl".as_ref()).unwrap();
//! let (lexicon, _) = dyad_lexicon::LexiconBuilder::builtin().build();
//! let coder = dyad_coder::Coder::new(lexicon);
//! let evaluation = dyad_eval::evaluate(suite, &coder, None, false);
//! println!("{}", dyad_eval::report::render_text(&[evaluation], false));
//! ```
//!
//! What this crate must never do: contain knowledge of particular suite sentences (no special
//! cases, no expected outputs), change a coder's output before scoring, read the `<Parse>` trees of
//! PETRARCH suites (real news comes without them), or panic on a malformed suite: bad records are
//! reported with file and line and skipped.

pub mod command;
pub mod floors;
pub mod report;
pub mod score;
pub mod suite;

use dyad_coder::{Document, Event};
use rayon::prelude::*;
use score::{CodedRecord, SuiteScore};
use std::collections::BTreeMap;
use suite::{Record, Suite};

/// Anything that codes documents into Dyad events and can explain how.
pub trait SuiteCoder: Sync {
    /// How reports name this coder (`built-in lexicons`, `PETRARCH dictionaries: ...`).
    fn describe(&self) -> String;
    fn code(&self, doc: &Document) -> Result<Vec<Event>, String>;
    /// Codes a suite record with its `<Config option value>` settings; coders without options
    /// ignore them.
    fn code_with_config(&self, doc: &Document, _config: &[(String, String)]) -> Result<Vec<Event>, String> {
        self.code(doc)
    }
    /// A human-readable trace of the coder's decisions for `doc`.
    fn explain(&self, doc: &Document) -> String;
    /// Whether the coder acts on this `<Config>` option; the others are reported by
    /// [`unsupported_config`].
    fn config_supported(&self, _option: &str) -> bool {
        false
    }
}

/// One warning per `<Config>` option of `suite` that `coder` does not act on, at the line of the
/// first record it is in force for. Nothing is ignored silently.
pub fn unsupported_config(suite: &Suite, coder: &dyn SuiteCoder) -> Vec<suite::SuiteProblem> {
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for record in &suite.records {
        for (option, value) in &record.config {
            if !coder.config_supported(option) && seen.insert(option.to_ascii_lowercase()) {
                out.push(suite::SuiteProblem {
                    file: suite.path.clone(),
                    line: Some(record.line),
                    message: format!(
                        "warning: `<Config option=\"{option}\" value=\"{value}\">` (in force from record `{}`): this coder does not support it; ignored",
                        record.id
                    ),
                });
            }
        }
    }
    out
}

/// Dyad's own coder with PETRARCH dictionaries imported into its lexicon (see
/// [`dyad_petrarch::load`]).
pub struct WithPetrarchDictionaries {
    pub coder: dyad_coder::Coder,
    pub files: Vec<String>,
}

impl SuiteCoder for WithPetrarchDictionaries {
    fn describe(&self) -> String {
        format!("built-in lexicons with PETRARCH dictionaries imported: {}", self.files.join(", "))
    }

    fn code(&self, doc: &Document) -> Result<Vec<Event>, String> {
        SuiteCoder::code(&self.coder, doc)
    }

    fn explain(&self, doc: &Document) -> String {
        SuiteCoder::explain(&self.coder, doc)
    }
}

impl SuiteCoder for dyad_coder::Coder {
    fn describe(&self) -> String {
        "built-in lexicons".into()
    }

    fn code(&self, doc: &Document) -> Result<Vec<Event>, String> {
        dyad_coder::Coder::code(self, doc).map_err(|e| e.to_string())
    }

    fn explain(&self, doc: &Document) -> String {
        dyad_coder::explain(self, doc).unwrap_or_else(|e| format!("(no trace: {e})\n"))
    }
}

impl SuiteCoder for dyad_petrarch::PetrarchCoder {
    fn describe(&self) -> String {
        format!("PETRARCH dictionaries: {}", self.dictionary_names().join(", "))
    }

    fn code(&self, doc: &Document) -> Result<Vec<Event>, String> {
        Ok(dyad_petrarch::PetrarchCoder::code(self, doc))
    }

    fn code_with_config(&self, doc: &Document, config: &[(String, String)]) -> Result<Vec<Event>, String> {
        let (options, _) = dyad_petrarch::CodingOptions::default().with_config(config);
        Ok(self.code_with(doc, options))
    }

    fn explain(&self, doc: &Document) -> String {
        dyad_petrarch::PetrarchCoder::explain(self, doc)
    }

    fn config_supported(&self, option: &str) -> bool {
        dyad_petrarch::CodingOptions::supports(option)
    }
}

/// A suite, what the coder made of it, and the scores.
pub struct Evaluation {
    pub suite: Suite,
    pub coder: String,
    pub coded: Vec<CodedRecord>,
    pub score: SuiteScore,
    /// `explain` traces of the records with errors, by record id (only when asked for).
    pub traces: BTreeMap<String, String>,
}

/// The document a record is coded as. The language comes from `lang` (the user's `--lang`), else
/// the record, else the suite; the date is the record's.
pub fn document_for(record: &Record, suite: &Suite, lang: Option<&str>) -> Document {
    Document {
        id: record.id.clone(),
        text: record.text.clone(),
        date: record.date,
        language: lang.map(str::to_string).or_else(|| record.language.clone()).or_else(|| suite.language.clone()),
        ..Default::default()
    }
}

/// Codes every record of `suite` (in parallel; output in record order) and scores the result.
/// With `traces`, records with misses or false positives get the coder's explanation.
pub fn evaluate(suite: Suite, coder: &dyn SuiteCoder, lang: Option<&str>, traces: bool) -> Evaluation {
    let coded: Vec<CodedRecord> = suite
        .records
        .par_iter()
        .map(|r| match coder.code_with_config(&document_for(r, &suite, lang), &r.config) {
            Ok(events) => CodedRecord { events, error: None },
            Err(e) => CodedRecord { events: Vec::new(), error: Some(e) },
        })
        .collect();
    let score = score::score(&suite, &coded);
    let mut trace_map = BTreeMap::new();
    if traces {
        let by_id: BTreeMap<&str, &Record> = suite.records.iter().map(|r| (r.id.as_str(), r)).collect();
        let wanted: Vec<&Record> = score.errors.iter().filter_map(|e| by_id.get(e.id.as_str()).copied()).collect();
        let explained: Vec<(String, String)> =
            wanted.par_iter().map(|r| (r.id.clone(), coder.explain(&document_for(r, &suite, lang)))).collect();
        trace_map.extend(explained);
    }
    Evaluation { coder: coder.describe(), suite, coded, score, traces: trace_map }
}

/// Every system event of an evaluation, one JSON object per line (the `dyad code` schema), for
/// scoring with another tool.
pub fn events_jsonl(evaluation: &Evaluation) -> String {
    let mut out = String::new();
    for record in &evaluation.coded {
        for e in &record.events {
            if let Ok(line) = serde_json::to_string(e) {
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Plain;

    impl SuiteCoder for Plain {
        fn describe(&self) -> String {
            "plain".into()
        }
        fn code(&self, _doc: &Document) -> Result<Vec<Event>, String> {
            Ok(Vec::new())
        }
        fn explain(&self, _doc: &Document) -> String {
            String::new()
        }
        fn config_supported(&self, option: &str) -> bool {
            option == "require_dyad"
        }
    }

    #[test]
    fn unsupported_config_options_are_reported_once_each() {
        let xml = "<Sentences>\n<Config option=\"comma_max\" value=\"2\"></Config>\n<Sentence id=\"A\" date=\"20000101\">\n<Text>Arnor met Gondor.</Text>\n</Sentence>\n<Sentence id=\"B\" date=\"20000101\">\n<Config option=\"require_dyad\" value=\"false\"></Config>\n<Config option=\"new_actor_length\" value=\"3\"></Config>\n<Text>Arnor met Gondor.</Text>\n</Sentence>\n</Sentences>\n";
        let path = std::env::temp_dir().join(format!("dyad-eval-config-{}.xml", std::process::id()));
        std::fs::write(&path, xml).unwrap();
        let suite = suite::read_suite(&path).unwrap();
        let _ = std::fs::remove_file(&path);
        let warnings: Vec<String> = unsupported_config(&suite, &Plain).iter().map(|p| p.to_string()).collect();
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].contains(":3: warning:") && warnings[0].contains("comma_max"), "{warnings:?}");
        assert!(warnings[1].contains(":6: warning:") && warnings[1].contains("new_actor_length"), "{warnings:?}");
    }
}
