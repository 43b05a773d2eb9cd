//! Exports of the store in the field's formats. Each event is written once, with GDELT's counts
//! over its mentions and the provenance of its first mention (document, sentence, trigger).
//! Where Dyad has no value for a column of a format (tone, geography, religion), it is empty.

use crate::reports::Span;
use crate::{Result, Store};
use rusqlite::{named_params, Row};
use serde::Serialize;
use std::io::Write;

mod gdelt;
mod parquet;

pub use gdelt::{GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// GDELT 2.0 event table: 61 tab-separated columns.
    GdeltEvents,
    /// GDELT 2.0 mentions table: 16 tab-separated columns, one row per mention.
    GdeltMentions,
    /// POLECAT-style PLOVER records, one JSON object per line.
    Plover,
    /// The ICEWS event file columns, tab-separated with a header.
    Icews,
    Csv,
    Jsonl,
    /// A folder of Parquet files partitioned by year and month (`year=2022/month=08/part-0.parquet`).
    Parquet,
}

/// One event with its counts and first mention, the row every export starts from.
#[derive(Debug, Clone, Serialize)]
pub struct ExportEvent {
    pub event_id: i64,
    /// The first day of `date` (`YYYY-MM-DD`).
    pub day: Option<String>,
    pub date: Option<String>,
    pub date_precision: String,
    pub source_code: String,
    pub source_name: Option<String>,
    pub source_country: Option<String>,
    pub source_country_name: Option<String>,
    pub source_agent: Option<String>,
    pub target_code: String,
    pub target_name: Option<String>,
    pub target_country: Option<String>,
    pub target_country_name: Option<String>,
    pub target_agent: Option<String>,
    pub event_code: String,
    pub base_code: String,
    pub root_code: String,
    pub event_name: Option<String>,
    pub quad_class: i64,
    pub goldstein: f64,
    pub plover: Option<String>,
    pub plover_mode: Option<String>,
    pub plover_context: Option<String>,
    pub num_mentions: i64,
    pub num_sources: i64,
    pub num_articles: i64,
    /// Mentioned in the first sentence of an article (GDELT's IsRootEvent).
    pub is_root: bool,
    /// When the event was first stored (UTC, `YYYY-MM-DD HH:MM:SS`).
    pub added: String,
    pub doc_id: String,
    pub url: Option<String>,
    pub site: Option<String>,
    pub publication_date: Option<String>,
    pub language: String,
    pub sentence_id: i64,
    pub sentence: String,
    pub trigger: String,
    pub source_text: Option<String>,
    pub target_text: Option<String>,
    pub rule: String,
}

const EVENTS_SQL: &str = "SELECT e.id, e.day, e.date, e.date_precision, \
      e.source_code, sa.name, sa.country, scn.name, sa.agent, \
      e.target_code, ta.name, ta.country, tcn.name, ta.agent, \
      e.event_code, e.base_code, e.root_code, en.name, e.quad_class, e.goldstein, e.plover, e.plover_mode, e.plover_context, \
      e.num_mentions, e.num_sources, e.num_articles, e.is_root, e.added, \
      m.doc_id, d.url, d.site, d.date, m.language, m.sentence_id, m.sentence, m.trigger_text, m.source_text, m.target_text, m.rule \
    FROM event_counts e \
    JOIN mentions m ON m.id = e.first_mention JOIN documents d ON d.id = m.doc_id \
    LEFT JOIN actors sa ON sa.code = e.source_code LEFT JOIN actors ta ON ta.code = e.target_code \
    LEFT JOIN names scn ON scn.kind = 'country' AND scn.code = sa.country \
    LEFT JOIN names tcn ON tcn.kind = 'country' AND tcn.code = ta.country \
    LEFT JOIN names en ON en.kind = 'event' AND en.code = e.event_code \
    WHERE (:since IS NULL OR e.day >= :since) AND (:until IS NULL OR e.day <= :until)";

fn export_event(r: &Row) -> rusqlite::Result<ExportEvent> {
    Ok(ExportEvent {
        event_id: r.get(0)?,
        day: r.get(1)?,
        date: r.get(2)?,
        date_precision: r.get(3)?,
        source_code: r.get(4)?,
        source_name: r.get(5)?,
        source_country: r.get(6)?,
        source_country_name: r.get(7)?,
        source_agent: r.get(8)?,
        target_code: r.get(9)?,
        target_name: r.get(10)?,
        target_country: r.get(11)?,
        target_country_name: r.get(12)?,
        target_agent: r.get(13)?,
        event_code: r.get(14)?,
        base_code: r.get(15)?,
        root_code: r.get(16)?,
        event_name: r.get(17)?,
        quad_class: r.get(18)?,
        goldstein: r.get(19)?,
        plover: r.get(20)?,
        plover_mode: r.get(21)?,
        plover_context: r.get(22)?,
        num_mentions: r.get(23)?,
        num_sources: r.get(24)?,
        num_articles: r.get(25)?,
        is_root: r.get(26)?,
        added: r.get(27)?,
        doc_id: r.get(28)?,
        url: r.get(29)?,
        site: r.get(30)?,
        publication_date: r.get(31)?,
        language: r.get(32)?,
        sentence_id: r.get(33)?,
        sentence: r.get(34)?,
        trigger: r.get(35)?,
        source_text: r.get(36)?,
        target_text: r.get(37)?,
        rule: r.get(38)?,
    })
}

/// What an export wrote.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Exported {
    pub rows: usize,
    /// Parquet files written.
    pub files: usize,
}

impl Store {
    /// Calls `each` with every event dated within `span`, in id order.
    pub fn for_each_event(&self, span: Span, each: impl FnMut(ExportEvent) -> std::io::Result<()>) -> Result<()> {
        self.for_each_event_in(span, "e.id", each)
    }

    fn for_each_event_in(&self, span: Span, order: &str, mut each: impl FnMut(ExportEvent) -> std::io::Result<()>) -> Result<()> {
        let (since, until) = (span.since.map(|d| d.to_string()), span.until.map(|d| d.to_string()));
        let mut statement = self.connection.prepare(&format!("{EVENTS_SQL} ORDER BY {order}")).map_err(|e| self.error(e))?;
        let mut rows = statement.query(named_params! {":since": since, ":until": until}).map_err(|e| self.error(e))?;
        while let Some(row) = rows.next().map_err(|e| self.error(e))? {
            let event = export_event(row).map_err(|e| self.error(e))?;
            each(event).map_err(|e| self.io_error(e))?;
        }
        Ok(())
    }

    /// Writes a text export (every format but Parquet). `header`: a header line for the GDELT
    /// formats, whose own files have none.
    pub fn export(&self, format: ExportFormat, span: Span, header: bool, out: &mut dyn Write) -> Result<Exported> {
        let mut rows = 0;
        match format {
            ExportFormat::GdeltEvents => {
                if header {
                    writeln!(out, "{}", GDELT_EVENT_COLUMNS.join("\t")).map_err(|e| self.io_error(e))?;
                }
                self.for_each_event(span, |e| {
                    rows += 1;
                    gdelt::write_event(out, &e)
                })?;
            }
            ExportFormat::GdeltMentions => {
                if header {
                    writeln!(out, "{}", GDELT_MENTION_COLUMNS.join("\t")).map_err(|e| self.io_error(e))?;
                }
                rows = gdelt::write_mentions(self, span, out)?;
            }
            ExportFormat::Plover => self.for_each_event(span, |e| {
                rows += 1;
                serde_json::to_writer(&mut *out, &plover_record(&e))?;
                out.write_all(b"\n")
            })?,
            ExportFormat::Icews => {
                writeln!(out, "{}", ICEWS_COLUMNS.join("\t")).map_err(|e| self.io_error(e))?;
                self.for_each_event(span, |e| {
                    rows += 1;
                    write_icews(out, &e)
                })?;
            }
            ExportFormat::Csv => {
                let mut writer = csv::Writer::from_writer(&mut *out);
                self.for_each_event(span, |e| {
                    rows += 1;
                    writer.serialize(&e).map_err(std::io::Error::other)
                })?;
                writer.flush().map_err(|e| self.io_error(e))?;
            }
            ExportFormat::Jsonl => self.for_each_event(span, |e| {
                rows += 1;
                serde_json::to_writer(&mut *out, &e)?;
                out.write_all(b"\n")
            })?,
            ExportFormat::Parquet => return Err(crate::StoreError::new(&self.path, "Parquet is written to a folder: use export_parquet")),
        }
        Ok(Exported { rows, files: 0 })
    }

    /// Writes the events as Hive-partitioned Parquet files under `folder` (which must not exist or
    /// be empty); schema in docs/store.md.
    pub fn export_parquet(&self, span: Span, folder: &std::path::Path) -> Result<Exported> {
        parquet::write(self, span, folder)
    }

    fn io_error(&self, e: std::io::Error) -> crate::StoreError {
        crate::StoreError { io_kind: Some(e.kind()), ..crate::StoreError::new(&self.path, format!("cannot write the export: {e}")) }
    }
}

/// A POLECAT-style PLOVER record.
#[derive(Serialize)]
struct PloverRecord<'a> {
    id: String,
    event_date: Option<&'a str>,
    date_precision: &'a str,
    event_type: Option<&'a str>,
    event_mode: Option<&'a str>,
    event_context: Option<&'a str>,
    cameo_code: &'a str,
    quad_class: i64,
    goldstein: f64,
    actor: Option<PloverActor<'a>>,
    recipient: Option<PloverActor<'a>>,
    num_mentions: i64,
    num_sources: i64,
    num_articles: i64,
    story_id: &'a str,
    story_url: Option<&'a str>,
    publisher: Option<&'a str>,
    publication_date: Option<&'a str>,
    language: &'a str,
    sentence_id: i64,
    source_text: &'a str,
    event_text: &'a str,
    rule: &'a str,
}

#[derive(Serialize)]
struct PloverActor<'a> {
    code: &'a str,
    name: Option<&'a str>,
    country: Option<&'a str>,
    sector: Option<&'a str>,
    text: Option<&'a str>,
}

fn plover_record(e: &ExportEvent) -> PloverRecord<'_> {
    PloverRecord {
        id: format!("dyad-{}", e.event_id),
        event_date: e.day.as_deref(),
        date_precision: &e.date_precision,
        event_type: e.plover.as_deref(),
        event_mode: e.plover_mode.as_deref(),
        event_context: e.plover_context.as_deref(),
        cameo_code: &e.event_code,
        quad_class: e.quad_class,
        goldstein: e.goldstein,
        actor: plover_actor(&e.source_code, &e.source_name, &e.source_country, &e.source_agent, &e.source_text),
        recipient: plover_actor(&e.target_code, &e.target_name, &e.target_country, &e.target_agent, &e.target_text),
        num_mentions: e.num_mentions,
        num_sources: e.num_sources,
        num_articles: e.num_articles,
        story_id: &e.doc_id,
        story_url: e.url.as_deref(),
        publisher: e.site.as_deref(),
        publication_date: e.publication_date.as_deref(),
        language: &e.language,
        sentence_id: e.sentence_id,
        source_text: &e.sentence,
        event_text: &e.trigger,
        rule: &e.rule,
    }
}

fn plover_actor<'a>(
    code: &'a str,
    name: &'a Option<String>,
    country: &'a Option<String>,
    agent: &'a Option<String>,
    text: &'a Option<String>,
) -> Option<PloverActor<'a>> {
    (!code.is_empty()).then(|| PloverActor {
        code,
        name: name.as_deref(),
        country: country.as_deref(),
        sector: agent.as_deref(),
        text: text.as_deref().filter(|t| !t.is_empty()),
    })
}

/// The columns of the ICEWS event files, in order.
pub const ICEWS_COLUMNS: [&str; 20] = [
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
];

/// ICEWS rows: names rather than codes, the agent as the sector, the Goldstein score as the
/// intensity, 1-based sentence numbers; no geography yet.
fn write_icews(out: &mut dyn Write, e: &ExportEvent) -> std::io::Result<()> {
    let fields: [String; 20] = [
        e.event_id.to_string(),
        e.day.clone().unwrap_or_default(),
        e.source_name.clone().unwrap_or_default(),
        e.source_agent.clone().unwrap_or_default(),
        e.source_country_name.clone().or_else(|| e.source_country.clone()).unwrap_or_default(),
        e.event_name.clone().unwrap_or_default(),
        e.event_code.clone(),
        format!("{:.1}", e.goldstein),
        e.target_name.clone().unwrap_or_default(),
        e.target_agent.clone().unwrap_or_default(),
        e.target_country_name.clone().or_else(|| e.target_country.clone()).unwrap_or_default(),
        e.doc_id.clone(),
        (e.sentence_id + 1).to_string(),
        e.site.clone().unwrap_or_default(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
    ];
    writeln!(out, "{}", fields.map(|f| tsv_field(&f)).join("\t"))
}

/// Tabs and line breaks inside a value would break a tab-separated row.
pub(crate) fn tsv_field(value: &str) -> String {
    value.replace(['\t', '\n', '\r'], " ")
}
