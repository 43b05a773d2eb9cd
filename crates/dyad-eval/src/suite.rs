//! Suite readers: PETRARCH validation XML, the PLOVER gold-standard JSON and Dyad's own JSONL test
//! sets, all turned into one [`Suite`] shape. A malformed record is reported as a [`SuiteProblem`]
//! (file and line or record) and skipped; reading never panics and never stops at the first problem.
//!
//! Gold normalisation follows `shared/tools/suite.py` exactly, so that both scorers agree:
//! event code `130_threaten` -> `130`; `18/19/20` -> any of the roots 18, 19, 20; `081-083` -> any
//! code 081..083; an empty code -> no event. Actor `---`/empty -> unknown; `~CVL`/`---CVL` -> agent
//! only, country unknown; `COLREB` -> country COL.

use chrono::NaiveDate;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Which reader a file needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SuiteFormat {
    /// PETRARCH-style `<Sentence>` records with `<EventCoding>` gold.
    Petrarch,
    /// The PLOVER gold-standard records (one PLOVER event per record).
    Plover,
    /// Dyad's JSONL test sets (`tests/data/it.jsonl`).
    Jsonl,
}

impl SuiteFormat {
    /// From the extension first, then from the first non-blank character of the content.
    pub fn detect(path: &Path, content: &str) -> SuiteFormat {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        match ext.as_str() {
            "xml" => SuiteFormat::Petrarch,
            "jsonl" | "ndjson" => SuiteFormat::Jsonl,
            "json" => SuiteFormat::Plover,
            _ => match content.trim_start().chars().next() {
                Some('<') => SuiteFormat::Petrarch,
                Some('[') => SuiteFormat::Plover,
                _ => SuiteFormat::Jsonl,
            },
        }
    }
}

/// A problem with one record or the whole file, located as precisely as the format allows.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SuiteProblem {
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for SuiteProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.file, l, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// A gold actor: the code as written, and the country it commits to (if any).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct GoldActor {
    /// The code as the suite writes it (`ARNGOV`, `---GOV`, `~CVL`); empty when unknown.
    pub code: String,
    /// The first three letters when they name a country or organisation; `None` when unknown.
    pub country: Option<String>,
}

impl GoldActor {
    pub fn from_code(raw: &str) -> GoldActor {
        let raw = raw.trim();
        let code = if raw.is_empty() || raw.chars().all(|c| c == '-') { String::new() } else { raw.to_string() };
        let bare = raw.trim_start_matches('~');
        let country = if bare.is_empty() || bare.chars().all(|c| c == '-') || bare.starts_with("---") {
            None
        } else {
            Some(bare.chars().take(3).collect())
        };
        GoldActor { code, country }
    }
}

/// One expected event.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct GoldEvent {
    /// Acceptable full codes; empty when only roots are given (`18/19/20`).
    pub codes: BTreeSet<String>,
    /// Acceptable root codes.
    pub roots: BTreeSet<String>,
    /// The code as written in the suite (for reports).
    pub written: String,
    pub source: GoldActor,
    pub target: GoldActor,
    /// Expected event date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), JSONL sets only.
    pub date: Option<String>,
}

impl GoldEvent {
    /// The first root, for confusion tables.
    pub fn root_label(&self) -> String {
        self.roots.iter().next().cloned().unwrap_or_default()
    }
}

/// The PLOVER gold of one record: an event type and the actor countries that are acceptable.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct PloverGold {
    pub event_type: String,
    pub source_countries: BTreeSet<String>,
    pub target_countries: BTreeSet<String>,
}

/// One sentence or document to code, with its gold.
#[derive(Debug, Clone, Default)]
pub struct Record {
    pub id: String,
    pub text: String,
    pub date: Option<NaiveDate>,
    pub gold: Vec<GoldEvent>,
    /// PLOVER suites: the record's one gold event.
    pub plover: Option<PloverGold>,
    /// The suite says explicitly that nothing is to be coded.
    pub noevents: bool,
    pub tags: Vec<String>,
    /// `<Config option value>` settings in force for this record (PETRARCH suites): those set
    /// between earlier records persist, those inside the record apply to it.
    pub config: Vec<(String, String)>,
    /// Language of the record when the file says it (JSONL `lang`/`language`).
    pub language: Option<String>,
    /// Line where the record starts (1-based).
    pub line: usize,
}

/// Dictionary files named by a PETRARCH suite's `<Environment>` block, resolved next to the suite
/// (or in its `dictionaries/` folder) when they exist there.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Environment {
    pub verb_files: Vec<PathBuf>,
    pub actor_files: Vec<PathBuf>,
    pub agent_files: Vec<PathBuf>,
    pub discard_files: Vec<PathBuf>,
    /// Named but not found.
    pub missing: Vec<String>,
}

impl Environment {
    pub fn is_empty(&self) -> bool {
        self.all_files().next().is_none()
    }

    pub fn all_files(&self) -> impl Iterator<Item = &PathBuf> {
        self.verb_files.iter().chain(&self.actor_files).chain(&self.agent_files).chain(&self.discard_files)
    }
}

/// A whole validation suite.
#[derive(Debug, Clone)]
pub struct Suite {
    pub path: String,
    pub format: SuiteFormat,
    /// The language all records are in, when the format or file name says so.
    pub language: Option<String>,
    pub records: Vec<Record>,
    pub environment: Environment,
    pub problems: Vec<SuiteProblem>,
}

/// Reads a suite of any supported format. An unreadable file is an `Err`; bad records are
/// reported in [`Suite::problems`] and skipped.
pub fn read_suite(path: &Path) -> Result<Suite, SuiteProblem> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| SuiteProblem { file: name.clone(), line: None, message: format!("cannot read: {e}") })?;
    let content = String::from_utf8_lossy(&bytes).into_owned();
    let format = SuiteFormat::detect(path, &content);
    let mut suite = match format {
        SuiteFormat::Petrarch => read_petrarch(&name, &content, path.parent()),
        SuiteFormat::Plover => read_plover(&name, &content),
        SuiteFormat::Jsonl => read_jsonl(&name, &content, language_from_file_name(path)),
    };
    let mut seen = std::collections::HashMap::new();
    for r in &suite.records {
        if let Some(first) = seen.insert(r.id.clone(), r.line) {
            suite.problems.push(SuiteProblem {
                file: name.clone(),
                line: Some(r.line),
                message: format!("id `{}` also used at line {first}: both records are scored against the events of both", r.id),
            });
        }
    }
    if bytes_are_lossy(&bytes) {
        suite.problems.push(SuiteProblem { file: name, line: None, message: "not valid UTF-8; decoded lossily".into() });
    }
    Ok(suite)
}

fn bytes_are_lossy(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_err()
}

/// `it.jsonl` -> `it`, `en-extra.jsonl` -> `en`: Dyad's test sets are named by language.
pub fn language_from_file_name(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    let head: String = stem.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    (head.len() == 2).then(|| head.to_ascii_lowercase())
}

// ---------------------------------------------------------------------------------------------
// Gold code normalisation (mirrors suite.py).

/// `(codes, roots)` for a written event code; `None` for "no event" or an unreadable code.
pub fn normalise_event_code(written: &str) -> Option<(BTreeSet<String>, BTreeSet<String>)> {
    let c = written.trim();
    if c.is_empty() {
        return None;
    }
    let c = c.split('_').next().unwrap_or("");
    if c.contains('/') {
        let roots = c.split('/').map(|x| format!("{x:0>2}").chars().take(2).collect()).collect();
        return Some((BTreeSet::new(), roots));
    }
    if let Some((a, b)) = c.split_once('-') {
        let (lo, hi) = (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?);
        if hi < lo || hi - lo > 10_000 {
            return None;
        }
        let codes: BTreeSet<String> = (lo..=hi).map(|i| format!("{i:0>width$}", width = a.len())).collect();
        let roots = codes.iter().map(|x| x.chars().take(2).collect()).collect();
        return Some((codes, roots));
    }
    if c.is_empty() || !c.chars().all(|ch| ch.is_ascii_digit()) {
        return None;
    }
    Some((BTreeSet::from([c.to_string()]), BTreeSet::from([c.chars().take(2).collect()])))
}

// ---------------------------------------------------------------------------------------------
// PETRARCH XML

/// Byte offset -> 1-based line.
struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { starts }
    }

    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }
}

fn attr<'a>(attrs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    attrs.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v.as_str())
}

/// XML entities (`&amp;`, `&#39;`, ...); unknown ones are kept as written.
pub fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        let decoded = after.find(';').filter(|&e| e <= 10).and_then(|e| {
            let name = &after[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            }?;
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &after[len..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Text as PETRARCH suites write it: whitespace collapsed, and the `20000430\t<id> | ` prefix of
/// some sets removed.
pub fn clean_suite_text(raw: &str) -> String {
    let text = unescape(&raw.split_whitespace().collect::<Vec<_>>().join(" "));
    strip_story_prefix(&text).to_string()
}

fn strip_story_prefix(text: &str) -> &str {
    let bytes = text.as_bytes();
    if bytes.len() > 9 && bytes[..8].iter().all(u8::is_ascii_digit) && bytes[8].is_ascii_whitespace() {
        let rest = text[8..].trim_start();
        let id_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let after_id = rest[id_end..].trim_start();
        if let Some(tail) = after_id.strip_prefix('|') {
            return tail.trim_start();
        }
        // `<id>|text` with no space before the bar
        if let Some(bar) = rest[..id_end].find('|') {
            return rest[bar + 1..].trim_start();
        }
    }
    text
}

/// A start tag's attributes, values unescaped; a malformed attribute is an error.
fn attributes(tag: &BytesStart) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for a in tag.attributes() {
        let a = a.map_err(|e| format!("malformed attribute: {e}"))?;
        out.push((a.key.as_ref().to_string(), unescape(&a.value)));
    }
    Ok(out)
}

/// A `<Sentence>` being read.
struct OpenRecord {
    line: usize,
    attrs: Vec<(String, String)>,
    text: Option<String>,
    codings: Vec<(usize, Vec<(String, String)>)>,
    config: Vec<(String, String)>,
}

/// Where text content goes while it is read.
#[derive(Clone, Copy, PartialEq)]
enum Capture {
    None,
    Text,
    Environment(usize),
}

/// `<Config option value>` sets `option`, replacing an earlier value.
fn set_option(settings: &mut Vec<(String, String)>, attrs: &[(String, String)]) {
    if let (Some(o), Some(v)) = (attr(attrs, "option"), attr(attrs, "value")) {
        settings.retain(|(k, _)| !k.eq_ignore_ascii_case(o));
        settings.push((o.to_string(), v.to_string()));
    }
}

/// The dictionary lists of `<Environment>`, in the order of [`Environment`]'s fields.
const ENVIRONMENT_TAGS: [&str; 4] = ["Verbfile", "Actorfile", "Agentfile", "Discardfile"];

/// PETRARCH validation XML, read as a stream with quick-xml: records before a syntax error are
/// kept, and the error is reported with its line.
fn read_petrarch(file: &str, raw: &str, dir: Option<&Path>) -> Suite {
    let lines = Lines::new(raw);
    let mut problems = Vec::new();
    let mut records = Vec::new();
    let mut reader = Reader::from_str(raw);
    reader.config_mut().trim_text(false);
    // `<Config>` between records changes the options for every record after it, as in PETRARCH.
    let mut settings: Vec<(String, String)> = Vec::new();
    let mut environment_names: [Vec<String>; 4] = Default::default();
    let mut open: Option<OpenRecord> = None;
    let mut capture = Capture::None;
    let mut captured = String::new();
    loop {
        let at = reader.buffer_position() as usize;
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(e) => {
                let line = lines.line_of(reader.error_position() as usize);
                problems.push(SuiteProblem {
                    file: file.into(),
                    line: Some(line),
                    message: format!("XML error: {e}: the rest of the file is not read"),
                });
                break;
            }
        };
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(tag) | Event::Empty(tag) => {
                let name = tag.name().as_ref().to_string();
                let attrs = match attributes(&tag) {
                    Ok(a) => a,
                    Err(message) => {
                        problems.push(SuiteProblem { file: file.into(), line: Some(lines.line_of(at)), message });
                        continue;
                    }
                };
                match (name.as_str(), &mut open) {
                    ("Sentence", None) => {
                        open =
                            Some(OpenRecord { line: lines.line_of(at), attrs, text: None, codings: Vec::new(), config: settings.clone() })
                    }
                    ("Sentence", Some(record)) => {
                        problems.push(SuiteProblem {
                            file: file.into(),
                            line: Some(record.line),
                            message: "`<Sentence>` without `</Sentence>` before the next one: record skipped".into(),
                        });
                        *record = OpenRecord { line: lines.line_of(at), attrs, text: None, codings: Vec::new(), config: settings.clone() };
                    }
                    ("Text", Some(_)) if !empty => {
                        capture = Capture::Text;
                        captured.clear();
                    }
                    ("EventCoding", Some(record)) => record.codings.push((lines.line_of(at), attrs)),
                    ("Config", Some(record)) => set_option(&mut record.config, &attrs),
                    ("Config", None) => set_option(&mut settings, &attrs),
                    (tag_name, None) if !empty => {
                        if let Some(i) = ENVIRONMENT_TAGS.iter().position(|t| *t == tag_name) {
                            capture = Capture::Environment(i);
                            captured.clear();
                        }
                    }
                    _ => {}
                }
            }
            // Text is kept escaped, entities included, and unescaped once whole.
            Event::Text(text) if capture != Capture::None => captured.push_str(&text),
            Event::CData(text) if capture != Capture::None => captured.push_str(&text.replace('&', "&amp;")),
            Event::GeneralRef(name) if capture != Capture::None => {
                captured.push('&');
                captured.push_str(&name);
                captured.push(';');
            }
            Event::End(tag) => {
                let name = tag.name();
                match (name.as_ref(), capture) {
                    ("Text", Capture::Text) => {
                        if let Some(record) = &mut open {
                            record.text.get_or_insert_with(|| std::mem::take(&mut captured));
                        }
                        capture = Capture::None;
                    }
                    (_, Capture::Environment(i)) if name.as_ref() == ENVIRONMENT_TAGS[i] => {
                        environment_names[i].extend(captured.split(',').map(str::trim).filter(|n| !n.is_empty()).map(str::to_string));
                        capture = Capture::None;
                    }
                    _ => {}
                }
                if name.as_ref() == "Sentence" {
                    if let Some(record) = open.take() {
                        if let Some(record) = finish_record(file, record, &mut problems) {
                            records.push(record);
                        }
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some(record) = open {
        problems.push(SuiteProblem {
            file: file.into(),
            line: Some(record.line),
            message: "`<Sentence>` without `</Sentence>`: record skipped".into(),
        });
    }
    let environment = resolve_environment(environment_names, dir);
    let language = records.first().and_then(|r| r.language.clone()).filter(|l| records.iter().all(|r| r.language.as_ref() == Some(l)));
    Suite { path: file.into(), format: SuiteFormat::Petrarch, language, records, environment, problems }
}

/// A whole `<Sentence>` as a record, or `None` (reported) when it cannot be scored.
fn finish_record(file: &str, open: OpenRecord, problems: &mut Vec<SuiteProblem>) -> Option<Record> {
    let problem = |message: String| SuiteProblem { file: file.into(), line: Some(open.line), message };
    let off = |k: &str| attr(&open.attrs, k).is_some_and(|v| v.eq_ignore_ascii_case("false"));
    if off("evaluate") || off("valid") {
        return None;
    }
    let id = match attr(&open.attrs, "id") {
        Some(id) if !id.trim().is_empty() => id.trim().to_string(),
        _ => {
            problems.push(problem("record without an `id`: skipped".into()));
            return None;
        }
    };
    let Some(raw_text) = &open.text else {
        problems.push(problem(format!("record `{id}` has no `<Text>`: skipped")));
        return None;
    };
    let mut record = Record { id: id.clone(), text: clean_suite_text(raw_text), line: open.line, ..Default::default() };
    record.date = attr(&open.attrs, "date").and_then(|d| {
        let d = d.trim();
        (d.len() == 8 && d.chars().all(|c| c.is_ascii_digit())).then(|| NaiveDate::parse_from_str(d, "%Y%m%d").ok()).flatten()
    });
    // UniversalPetrarch's suites name the records' language as their category ("spanish").
    let category = attr(&open.attrs, "category");
    record.language = Some(category.and_then(language_named).unwrap_or("en").into());
    if let Some(cat) = category {
        record.tags.push(cat.to_string());
    }
    for (line, coding) in &open.codings {
        if attr(coding, "noevents").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
            record.noevents = true;
            continue;
        }
        let written = attr(coding, "eventcode").unwrap_or("").trim().to_string();
        if written.is_empty() {
            continue;
        }
        match normalise_event_code(&written) {
            Some((codes, roots)) => record.gold.push(GoldEvent {
                codes,
                roots,
                written,
                source: GoldActor::from_code(attr(coding, "sourcecode").unwrap_or("")),
                target: GoldActor::from_code(attr(coding, "targetcode").unwrap_or("")),
                date: None,
            }),
            None => problems.push(SuiteProblem {
                file: file.into(),
                line: Some(*line),
                message: format!("record `{id}`: event code `{written}` is not a CAMEO code, a root list or a range: gold event ignored"),
            }),
        }
    }
    record.config = open.config;
    Some(record)
}

/// The language code of a language Dyad codes, from its English name.
fn language_named(name: &str) -> Option<&'static str> {
    let code = match name.trim().to_ascii_lowercase().as_str() {
        "english" => "en",
        "italian" => "it",
        "spanish" => "es",
        "french" => "fr",
        "portuguese" => "pt",
        "german" => "de",
        _ => return None,
    };
    Some(code)
}

/// The dictionary files an `<Environment>` names, found next to the suite or in its
/// `dictionaries/` folder.
fn resolve_environment(names: [Vec<String>; 4], dir: Option<&Path>) -> Environment {
    let mut env = Environment::default();
    for (i, names) in names.into_iter().enumerate() {
        for name in names {
            let candidates =
                dir.map(|d| vec![d.join(&name), d.join("dictionaries").join(&name)]).unwrap_or_else(|| vec![PathBuf::from(&name)]);
            let list = match i {
                0 => &mut env.verb_files,
                1 => &mut env.actor_files,
                2 => &mut env.agent_files,
                _ => &mut env.discard_files,
            };
            match candidates.into_iter().find(|p| p.is_file()) {
                Some(p) => list.push(p),
                None => env.missing.push(name),
            }
        }
    }
    env
}

// ---------------------------------------------------------------------------------------------
// PLOVER gold standard

/// PLOVER's event types (the `DOCUMENT` records of the file are documentation, not events).
pub const PLOVER_TYPES: &[&str] = &[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
    "DEMAND",
    "DISAPPROVE",
    "FIGHT",
    "INVESTIGATE",
];

/// The GSR is coded in PLOVER 0.5 (2016); the 2021 ontology, which Dyad emits, renamed or merged
/// these types. The reference scorer (`suite.py score-plover`) maps them the same way.
fn plover_2021_name(event: &str) -> &str {
    match event {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        other => other,
    }
}

fn read_plover(file: &str, content: &str) -> Suite {
    let mut problems = Vec::new();
    let mut records = Vec::new();
    let values: Vec<serde_json::Value> = match serde_json::from_str(content) {
        Ok(serde_json::Value::Array(v)) => v,
        Ok(_) => {
            problems.push(SuiteProblem { file: file.into(), line: None, message: "expected a JSON array of records".into() });
            Vec::new()
        }
        Err(e) => {
            problems.push(SuiteProblem { file: file.into(), line: Some(e.line()), message: format!("not valid JSON: {e}") });
            Vec::new()
        }
    };
    for (index, value) in values.iter().enumerate() {
        let problem = |m: String| SuiteProblem { file: file.into(), line: None, message: format!("record {}: {m}", index + 1) };
        let Some(obj) = value.as_object() else {
            problems.push(problem("not a JSON object: skipped".into()));
            continue;
        };
        let event = obj.get("event").and_then(|v| v.as_str()).unwrap_or("");
        let text = obj.get("text").and_then(|v| v.as_str()).unwrap_or("");
        if !PLOVER_TYPES.contains(&event) || text.is_empty() {
            continue;
        }
        let Some(id) = obj.get("id").and_then(|v| v.as_str()) else {
            problems.push(problem("no `id`: skipped".into()));
            continue;
        };
        let countries = |side: &str| -> BTreeSet<String> {
            obj.get(side)
                .and_then(|v| v.as_array())
                .map(|actors| {
                    actors
                        .iter()
                        .filter_map(|a| a.get("code").and_then(|c| c.as_str()))
                        .filter(|c| !c.is_empty() && !c.starts_with('-'))
                        .map(|c| c.chars().take(3).collect())
                        .collect()
                })
                .unwrap_or_default()
        };
        let date =
            obj.get("date").and_then(|v| v.as_str()).and_then(|d| NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d").ok());
        let event = plover_2021_name(event);
        records.push(Record {
            id: id.to_string(),
            text: text.to_string(),
            date,
            plover: Some(PloverGold {
                event_type: event.to_string(),
                source_countries: countries("source"),
                target_countries: countries("target"),
            }),
            tags: vec![event.to_string()],
            language: obj.get("language").and_then(|v| v.as_str()).map(str::to_string),
            line: index + 1,
            ..Default::default()
        });
    }
    Suite {
        path: file.into(),
        format: SuiteFormat::Plover,
        language: Some("en".into()),
        records,
        environment: Environment::default(),
        problems,
    }
}

// ---------------------------------------------------------------------------------------------
// Dyad JSONL test sets

#[derive(serde::Deserialize)]
struct JsonlRecord {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    events: Vec<JsonlEvent>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default, alias = "language")]
    lang: Option<String>,
}

#[derive(serde::Deserialize)]
struct JsonlEvent {
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    target: Option<String>,
    code: serde_json::Value,
    #[serde(default)]
    date: Option<String>,
}

fn read_jsonl(file: &str, content: &str, language: Option<String>) -> Suite {
    let mut problems = Vec::new();
    let mut records = Vec::new();
    for (index, line) in content.lines().enumerate() {
        let line_no = index + 1;
        let problem = |m: String| SuiteProblem { file: file.into(), line: Some(line_no), message: m };
        if line.trim().is_empty() {
            continue;
        }
        let parsed: JsonlRecord = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                problems.push(problem(format!("not a test record: {e}: skipped")));
                continue;
            }
        };
        let id = match &parsed.id {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            _ => {
                problems.push(problem("`id` must be a string or a number: skipped".into()));
                continue;
            }
        };
        let date = match parsed.date.as_deref() {
            None | Some("") => None,
            Some(d) => match NaiveDate::parse_from_str(d.get(..10).unwrap_or(d), "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    problems.push(problem(format!("record `{id}`: date `{d}` is not YYYY-MM-DD: coded without a date")));
                    None
                }
            },
        };
        let mut gold = Vec::new();
        for e in &parsed.events {
            let written = match &e.code {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Number(n) => n.to_string(),
                _ => String::new(),
            };
            match normalise_event_code(&written) {
                Some((codes, roots)) => gold.push(GoldEvent {
                    codes,
                    roots,
                    written,
                    source: GoldActor::from_code(e.source.as_deref().unwrap_or("")),
                    target: GoldActor::from_code(e.target.as_deref().unwrap_or("")),
                    date: e.date.clone().filter(|d| !d.is_empty()),
                }),
                None => problems.push(problem(format!("record `{id}`: event code `{written}` is not a CAMEO code: gold event ignored"))),
            }
        }
        let noevents = parsed.events.is_empty();
        records.push(Record {
            id,
            text: parsed.text,
            date,
            gold,
            plover: None,
            noevents,
            tags: parsed.tags,
            config: Vec::new(),
            language: parsed.lang.or_else(|| language.clone()),
            line: line_no,
        });
    }
    Suite { path: file.into(), format: SuiteFormat::Jsonl, language, records, environment: Environment::default(), problems }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_codes_normalise_like_the_reference_scorer() {
        let (c, r) = normalise_event_code("130_threaten").unwrap();
        assert_eq!(
            (c.into_iter().collect::<Vec<_>>(), r.into_iter().collect::<Vec<_>>()),
            (vec!["130".to_string()], vec!["13".to_string()])
        );
        let (c, r) = normalise_event_code("18/19/20").unwrap();
        assert!(c.is_empty());
        assert_eq!(r.len(), 3);
        let (c, r) = normalise_event_code("081-083").unwrap();
        assert_eq!(c.into_iter().collect::<Vec<_>>(), ["081", "082", "083"]);
        assert_eq!(r.into_iter().collect::<Vec<_>>(), ["08"]);
        assert!(normalise_event_code("").is_none());
        assert!(normalise_event_code("abc").is_none());
        assert!(normalise_event_code("9-").is_none());
    }

    #[test]
    fn actor_codes_normalise_like_the_reference_scorer() {
        assert_eq!(GoldActor::from_code("---").country, None);
        assert_eq!(GoldActor::from_code("---").code, "");
        assert_eq!(GoldActor::from_code("---GOV").country, None);
        assert_eq!(GoldActor::from_code("~CVL").country.as_deref(), Some("CVL"));
        assert_eq!(GoldActor::from_code("COLREB").country.as_deref(), Some("COL"));
    }

    #[test]
    fn story_prefix_is_removed() {
        assert_eq!(clean_suite_text("20000430\tAFP-1 | Arnor  attacked\nGondor."), "Arnor attacked Gondor.");
        assert_eq!(clean_suite_text("Arnor &amp; Gondor"), "Arnor & Gondor");
    }

    #[test]
    fn bad_xml_records_are_reported_and_skipped_and_a_syntax_error_keeps_the_records_before_it() {
        let xml = "<Sentences>\n<Sentence id=\"A\" date=\"20000101\">\n<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"x1\"/>\n\
            <Text>Arnor met Gondor &amp; Rohan.</Text>\n</Sentence>\n<Sentence date=\"20000101\">\n<Text>no id</Text>\n</Sentence>\n\
            <Config option=\"new_actor_length\" value=\"2\"/>\n<Sentence id=\"B\"><!-- a comment --><Text>Gondor <![CDATA[attacked]]> Mordor.</Text></Sentence>\n\
            <Sentence id=\"C\">\n<Text>never closed</Sentence>\n<Sentence id=\"D\"><Text>lost</Text></Sentence>";
        let suite = read_petrarch("t.xml", xml, None);
        let texts: Vec<&str> = suite.records.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["Arnor met Gondor & Rohan.", "Gondor attacked Mordor."]);
        assert!(suite.records[0].gold.is_empty());
        assert_eq!(suite.records[1].config, [("new_actor_length".to_string(), "2".to_string())]);
        let lines: Vec<_> = suite.problems.iter().map(|p| p.line).collect();
        // The bad code, the record without an id, the syntax error where it is found, and the
        // record it left open.
        assert_eq!(lines, [Some(3), Some(6), Some(12), Some(11)], "{:?}", suite.problems);
        assert!(suite.problems[2].message.contains("XML error"), "{:?}", suite.problems);
    }

    #[test]
    fn a_petrarch_record_in_a_language_category_is_coded_in_that_language() {
        let xml = "<Sentences>\n<Sentence id=\"A\" category=\"spanish\"><Text>Arnor atacó Gondor.</Text></Sentence>\n\
            <Sentence id=\"B\" category=\"spanish\"><Text>Gondor respondió.</Text></Sentence>\n</Sentences>";
        let suite = read_petrarch("t.xml", xml, None);
        assert_eq!(suite.language.as_deref(), Some("es"));
        let mixed = xml.replacen("spanish", "valid", 1);
        let suite = read_petrarch("t.xml", &mixed, None);
        let languages: Vec<_> = suite.records.iter().map(|r| r.language.as_deref()).collect();
        assert_eq!((suite.language, languages), (None, vec![Some("en"), Some("es")]));
    }

    #[test]
    fn malformed_jsonl_lines_are_reported_and_skipped() {
        let text = "{\"id\":\"a\",\"text\":\"x\",\"events\":[]}\n{not json}\n{\"id\":\"b\",\"text\":\"y\",\"events\":[{\"source\":null,\"target\":\"RUS\",\"code\":\"190\"}],\"tags\":[\"t\"]}\n";
        let suite = read_jsonl("en.jsonl", text, Some("en".into()));
        assert_eq!(suite.records.len(), 2);
        assert_eq!(suite.problems.len(), 1);
        assert_eq!(suite.problems[0].line, Some(2));
        assert!(suite.records[0].noevents);
        assert_eq!(suite.records[1].gold[0].target.country.as_deref(), Some("RUS"));
    }
}
