//! GDELT 2.0's event and mention tables, column for column (GDELT Event Codebook V2.0).

use super::{tsv_field, ExportEvent};
use crate::reports::Span;
use crate::{Result, Store};
use rusqlite::named_params;
use std::io::Write;

/// The 61 columns of a GDELT 2.0 events file, in order.
pub const GDELT_EVENT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// The 16 columns of a GDELT 2.0 mentions file, in order.
pub const GDELT_MENTION_COLUMNS: [&str; 16] = [
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
];

/// The geography blocks: Dyad does not geolocate yet.
const EMPTY_GEO_COLUMNS: usize = 24;

pub fn write_event(out: &mut dyn Write, e: &ExportEvent) -> std::io::Result<()> {
    let day = e.day.as_deref().unwrap_or("");
    let compact = day.replace('-', "");
    let (year, month_day) = (day.get(..4).unwrap_or(""), (day.get(5..7), day.get(8..10)));
    // GDELT's FractionDate: the year plus ((month - 1) * 30 + day) / 365.
    let fraction =
        match (year.parse::<i32>(), month_day.0.and_then(|m| m.parse::<i32>().ok()), month_day.1.and_then(|d| d.parse::<i32>().ok())) {
            (Ok(y), Some(m), Some(d)) => format!("{:.4}", y as f64 + ((m - 1) * 30 + d) as f64 / 365.0),
            _ => String::new(),
        };
    let mut fields: Vec<String> =
        vec![e.event_id.to_string(), compact.clone(), compact.get(..6).unwrap_or("").to_string(), year.to_string(), fraction];
    for (code, name, country, agent) in [
        (&e.source_code, &e.source_name, &e.source_country, &e.source_agent),
        (&e.target_code, &e.target_name, &e.target_country, &e.target_agent),
    ] {
        let known_group = code.strip_prefix("IGO").unwrap_or("");
        fields.extend([
            code.clone(),
            name.as_deref().unwrap_or("").to_uppercase(),
            country.clone().unwrap_or_default(),
            known_group.to_string(),
            String::new(),
            String::new(),
            String::new(),
            agent.clone().unwrap_or_default(),
            String::new(),
            String::new(),
        ]);
    }
    fields.extend([
        u8::from(e.is_root).to_string(),
        e.event_code.clone(),
        e.base_code.clone(),
        e.root_code.clone(),
        e.quad_class.to_string(),
        format!("{:.1}", e.goldstein),
        e.num_mentions.to_string(),
        e.num_sources.to_string(),
        e.num_articles.to_string(),
        String::new(),
    ]);
    fields.extend(std::iter::repeat_n(String::new(), EMPTY_GEO_COLUMNS));
    fields.push(timestamp(&e.added));
    fields.push(e.url.clone().unwrap_or_else(|| e.doc_id.clone()));
    debug_assert_eq!(fields.len(), GDELT_EVENT_COLUMNS.len());
    writeln!(out, "{}", fields.iter().map(|f| tsv_field(f)).collect::<Vec<_>>().join("\t"))
}

/// One row per mention of an event dated within `span`, ordered by event.
pub fn write_mentions(store: &Store, span: Span, out: &mut dyn Write) -> Result<usize> {
    let sql = "SELECT m.event_id, e.day, d.date, d.added, coalesce(d.site, d.input), coalesce(d.url, d.id), m.sentence_id, \
                 m.source_start, m.target_start, m.trigger_start, d.length \
               FROM mentions m JOIN events e ON e.id = m.event_id JOIN documents d ON d.id = m.doc_id \
               WHERE (:since IS NULL OR e.day >= :since) AND (:until IS NULL OR e.day <= :until) ORDER BY m.event_id, m.id";
    let (since, until) = (span.since.map(|d| d.to_string()), span.until.map(|d| d.to_string()));
    let mut statement = store.connection.prepare(sql).map_err(|e| store.error(e))?;
    let mut rows = statement.query(named_params! {":since": since, ":until": until}).map_err(|e| store.error(e))?;
    let mut written = 0;
    while let Some(r) = rows.next().map_err(|e| store.error(e))? {
        let get_text = |i: usize| r.get::<_, Option<String>>(i).map(Option::unwrap_or_default);
        let offset = |i: usize| r.get::<_, Option<i64>>(i).map(|o| o.unwrap_or(-1).to_string());
        let row = (|| -> rusqlite::Result<Vec<String>> {
            let publication = get_text(2)?;
            let mention_time =
                if publication.is_empty() { timestamp(&get_text(3)?) } else { format!("{}000000", publication.replace('-', "")) };
            let event_day = get_text(1)?;
            Ok(vec![
                r.get::<_, i64>(0)?.to_string(),
                if event_day.is_empty() { String::new() } else { format!("{}000000", event_day.replace('-', "")) },
                mention_time,
                "1".to_string(),
                get_text(4)?,
                get_text(5)?,
                (r.get::<_, i64>(6)? + 1).to_string(),
                offset(7)?,
                offset(8)?,
                offset(9)?,
                "1".to_string(),
                String::new(),
                r.get::<_, i64>(10)?.to_string(),
                String::new(),
                String::new(),
                String::new(),
            ])
        })()
        .map_err(|e| store.error(e))?;
        writeln!(out, "{}", row.iter().map(|f| tsv_field(f)).collect::<Vec<_>>().join("\t")).map_err(|e| store.io_error(e))?;
        written += 1;
    }
    Ok(written)
}

/// `YYYY-MM-DD HH:MM:SS` as GDELT's `YYYYMMDDHHMMSS`.
fn timestamp(added: &str) -> String {
    added.chars().filter(char::is_ascii_digit).collect()
}
