//! The store's promises: documents recognised by id, URL or content; new versions replace old
//! mentions; mentions merged into events with GDELT's counts; read-only access; schema
//! versions; and the exports' columns and types.

use chrono::NaiveDate;
use dyad_core::{Actor, Event, Precision, Trigger};
use dyad_store::export::ExportFormat;
use dyad_store::reports::{Period, Span, TopBy};
use dyad_store::{Store, StoredDocument, Written};
use rusqlite::types::Value;
use std::path::Path;

fn actor(code: &str, country: &str, agent: Option<&str>, span: [usize; 2]) -> Actor {
    Actor {
        code: code.into(),
        country: Some(country.into()),
        agent: agent.map(str::to_string),
        name: country.into(),
        text: code.to_lowercase(),
        span,
        rules: vec!["en/countries.txt:1".into()],
    }
}

/// One coded mention: `source` did `code` to `target` on `date`.
fn event(doc: &str, source: &str, target: &str, code: &str, date: &str) -> Event {
    Event {
        doc_id: doc.into(),
        sentence_id: 0,
        sentence_span: [0, 20],
        event_code: code.into(),
        root_code: code[..2].into(),
        quad_class: 3,
        goldstein: -4.0,
        plover: Some("ACCUSE".into()),
        plover_mode: None,
        plover_context: None,
        source: Some(actor(&format!("{source}GOV"), source, Some("GOV"), [0, 3])),
        target: Some(actor(target, target, None, [12, 15])),
        date: Some(date.into()),
        date_precision: Precision::Day,
        language: "en".into(),
        trigger: Trigger { text: "accused".into(), span: [4, 11] },
        rule: "en/events.txt:7".into(),
        rules_applied: vec!["role:subject".into()],
        reported_by: None,
    }
}

fn document<'a>(id: &'a str, text: &'a str, url: Option<&'a str>) -> StoredDocument<'a> {
    StoredDocument {
        id,
        text,
        url,
        site: url.and_then(|u| u.split('/').nth(2)),
        title: None,
        date: NaiveDate::from_ymd_opt(2024, 5, 2),
        language: Some("en"),
        duplicate_of: None,
        extractor: "text",
        origin: "input.jsonl:1",
        input: "input.jsonl",
        sentences: 1,
        signature: None,
    }
}

fn count(store: &Store, table: &str) -> i64 {
    match store.query(&format!("SELECT count(*) FROM {table}")).unwrap().rows[0][0] {
        Value::Integer(n) => n,
        ref other => panic!("count is {other:?}"),
    }
}

fn open(dir: &Path) -> Store {
    Store::open(&dir.join("s.db"), 1).unwrap()
}

const TEXT: &str = "Russia accused Ukraine of shelling.";

#[test]
fn a_document_stored_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let events = [event("a", "RUS", "UKR", "112", "2024-05-01")];
    assert_eq!(store.write(&document("a", TEXT, None), &events).unwrap(), Written::New);
    store.commit().unwrap();
    assert!(store.is_stored("a", &dyad_store::content_hash(TEXT, NaiveDate::from_ymd_opt(2024, 5, 2))).unwrap());
    assert_eq!(store.write(&document("a", TEXT, None), &events).unwrap(), Written::Unchanged { stored_as: "a".into() });
    store.commit().unwrap();
    assert_eq!((count(&store, "documents"), count(&store, "events"), count(&store, "mentions")), (1, 1, 1));
}

#[test]
fn a_new_version_replaces_its_mentions_and_events_left_without_one_go() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    store.write(&document("a", TEXT, None), &[event("a", "RUS", "UKR", "112", "2024-05-01")]).unwrap();
    let corrected = "Russia criticised Ukraine.";
    let written = store.write(&document("a", corrected, None), &[event("a", "RUS", "UKR", "111", "2024-05-01")]).unwrap();
    store.commit().unwrap();
    assert_eq!(written, Written::Replaced { previous: "a".into() });
    let codes = store.query("SELECT event_code FROM events").unwrap();
    assert_eq!(codes.rows, vec![vec![Value::Text("111".into())]]);
    assert_eq!(count(&store, "mentions"), 1);
}

#[test]
fn the_same_url_or_the_same_content_under_another_id_is_the_same_document() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let url = Some("https://news.example/a");
    store.write(&document("first", TEXT, url), &[event("first", "RUS", "UKR", "112", "2024-05-01")]).unwrap();
    let again = store.write(&document("second", TEXT, url), &[event("second", "RUS", "UKR", "112", "2024-05-01")]).unwrap();
    assert_eq!(again, Written::Unchanged { stored_as: "first".into() });
    let copy = store.write(&document("third", TEXT, None), &[event("third", "RUS", "UKR", "112", "2024-05-01")]).unwrap();
    assert_eq!(copy, Written::Unchanged { stored_as: "first".into() });
    let updated = store.write(&document("fourth", "Russia accused Kyiv.", url), &[]).unwrap();
    assert_eq!(updated, Written::Replaced { previous: "first".into() });
    store.commit().unwrap();
    assert_eq!((count(&store, "documents"), count(&store, "events"), count(&store, "mentions")), (1, 0, 0));
}

#[test]
fn mentions_of_one_event_are_counted_as_gdelt_does() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let a = "Russia accused Ukraine of shelling a village.";
    let b = "Moscow accused Kyiv of shelling, officials said.";
    let c = "Russia again accused Ukraine.";
    store.write(&document("a", a, Some("https://one.example/a")), &[event("a", "RUS", "UKR", "112", "2024-05-01")]).unwrap();
    // A day apart (the window): the same event; two mentions in one article count once as an article.
    let twice = [event("b", "RUS", "UKR", "112", "2024-05-02"), event("b", "RUS", "UKR", "112", "2024-05-02")];
    store.write(&document("b", b, Some("https://two.example/b")), &twice).unwrap();
    // Three days later: another event.
    store.write(&document("c", c, Some("https://one.example/c")), &[event("c", "RUS", "UKR", "112", "2024-05-05")]).unwrap();
    store.commit().unwrap();
    let counts = store.query("SELECT id, day, num_mentions, num_articles, num_sources FROM event_counts ORDER BY id").unwrap();
    let row = |id: i64, day: &str, m: i64, a: i64, s: i64| {
        vec![Value::Integer(id), Value::Text(day.into()), Value::Integer(m), Value::Integer(a), Value::Integer(s)]
    };
    assert_eq!(counts.rows, vec![row(1, "2024-05-01", 3, 2, 2), row(2, "2024-05-05", 1, 1, 1)]);
    let dyad = store.dyad_report("RUS", "UKR", Period::Month, Span::default()).unwrap();
    assert_eq!(dyad.rows.len(), 1, "one month, one direction");
    assert_eq!(dyad.rows[0][1], Value::Text("RUS -> UKR".into()));
    assert_eq!(dyad.rows[0][2], Value::Integer(2));
    let since = Span { since: NaiveDate::from_ymd_opt(2024, 5, 3), until: None };
    let top = store.top(TopBy::Actor, since, 10).unwrap();
    assert_eq!(top.rows.len(), 2, "RUSGOV and UKR after the 3rd: {top:?}");
}

#[test]
fn a_read_only_store_refuses_changes_and_a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    drop(Store::open(&path, 1).unwrap());
    let reader = Store::open_read_only(&path).unwrap();
    let refused = reader.query("DELETE FROM documents").unwrap_err();
    assert!(refused.message.contains("read-only"), "{refused}");
    drop(reader);
    let connection = rusqlite::Connection::open(&path).unwrap();
    connection.execute("INSERT INTO schema_version (version) VALUES (99)", []).unwrap();
    drop(connection);
    let newer = Store::open(&path, 1).err().expect("a newer store is refused");
    assert!(newer.message.contains("newer"), "{newer}");
    let not_a_store = dir.path().join("notes.db");
    std::fs::write(&not_a_store, "these are notes, not a database, and they are long enough to have a header").unwrap();
    let error = Store::open(&not_a_store, 1).err().expect("a text file is no store");
    assert!(error.message.contains("not a Dyad store"), "{error}");
}

fn exported(store: &Store, format: ExportFormat, header: bool) -> String {
    let mut out = Vec::new();
    store.export(format, Span::default(), header, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn sample_store(dir: &Path) -> Store {
    let mut store = open(dir);
    store.write(&document("a", TEXT, Some("https://one.example/a")), &[event("a", "RUS", "UKR", "112", "2024-05-01")]).unwrap();
    let mut no_target = event("b", "FRA", "UKR", "020", "2023-12-31");
    no_target.target = None;
    store.write(&document("b", "France appealed for calm.", None), &[no_target]).unwrap();
    store.commit().unwrap();
    store
}

/// The GDELT 2.0 event table, as its codebook lists the columns.
const GDELT_CODEBOOK_EVENT_COLUMNS: &str = "GLOBALEVENTID SQLDATE MonthYear Year FractionDate \
    Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code \
    Actor1Type1Code Actor1Type2Code Actor1Type3Code \
    Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code \
    Actor2Type1Code Actor2Type2Code Actor2Type3Code \
    IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone \
    Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID \
    Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID \
    ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID \
    DATEADDED SOURCEURL";

const GDELT_CODEBOOK_MENTION_COLUMNS: &str = "GLOBALEVENTID EventTimeDate MentionTimeDate MentionType MentionSourceName \
    MentionIdentifier SentenceID Actor1CharOffset Actor2CharOffset ActionCharOffset InRawText Confidence MentionDocLen \
    MentionDocTone MentionDocTranslationInfo Extras";

fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

#[test]
fn gdelt_events_have_the_codebook_columns_in_order_and_their_types() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    let with_header = exported(&store, ExportFormat::GdeltEvents, true);
    let header: Vec<&str> = with_header.lines().next().unwrap().split('\t').collect();
    assert_eq!(header, GDELT_CODEBOOK_EVENT_COLUMNS.split_whitespace().collect::<Vec<_>>());
    let rows: Vec<Vec<String>> =
        exported(&store, ExportFormat::GdeltEvents, false).lines().map(|l| l.split('\t').map(str::to_string).collect()).collect();
    assert_eq!(rows.len(), 2);
    let column = |row: &Vec<String>, name: &str| row[header.iter().position(|h| *h == name).unwrap()].clone();
    for row in &rows {
        assert_eq!(row.len(), 61);
        assert!(column(row, "GLOBALEVENTID").parse::<u64>().is_ok());
        assert!(digits(&column(row, "SQLDATE"), 8));
        assert!(digits(&column(row, "MonthYear"), 6));
        assert!(digits(&column(row, "Year"), 4));
        assert!(column(row, "FractionDate").parse::<f64>().is_ok());
        assert!(["0", "1"].contains(&column(row, "IsRootEvent").as_str()));
        assert!(digits(&column(row, "EventRootCode"), 2));
        assert!((1..=4).contains(&column(row, "QuadClass").parse::<u8>().unwrap()));
        assert!((-10.0..=10.0).contains(&column(row, "GoldsteinScale").parse::<f64>().unwrap()));
        for count in ["NumMentions", "NumSources", "NumArticles"] {
            assert!(column(row, count).parse::<u32>().unwrap() >= 1);
        }
        assert!(digits(&column(row, "DATEADDED"), 14));
        assert!(!column(row, "SOURCEURL").is_empty());
    }
    let russia = &rows[0];
    assert_eq!((column(russia, "SQLDATE").as_str(), column(russia, "Actor1Code").as_str()), ("20240501", "RUSGOV"));
    assert_eq!((column(russia, "Actor1CountryCode").as_str(), column(russia, "Actor1Type1Code").as_str()), ("RUS", "GOV"));
    assert_eq!((column(russia, "EventBaseCode").as_str(), column(russia, "SOURCEURL").as_str()), ("112", "https://one.example/a"));
    assert_eq!(column(&rows[1], "Actor2Code"), "", "no target: empty actor 2");
}

#[test]
fn gdelt_mentions_have_the_codebook_columns() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    let text = exported(&store, ExportFormat::GdeltMentions, true);
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap().split('\t').collect::<Vec<_>>(),
        GDELT_CODEBOOK_MENTION_COLUMNS.split_whitespace().collect::<Vec<_>>()
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r.len() == 16 && digits(r[1], 14) && digits(r[2], 14) && r[6] == "1"));
    assert_eq!((rows[0][7], rows[0][8], rows[0][9]), ("0", "12", "4"), "character offsets of actors and trigger");
    assert_eq!(rows[1][8], "-1", "no target: offset -1");
}

#[test]
fn plover_icews_csv_and_jsonl_exports_carry_every_event() {
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    let plover: Vec<serde_json::Value> =
        exported(&store, ExportFormat::Plover, false).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(plover.len(), 2);
    assert_eq!(plover[0]["event_type"], "ACCUSE");
    assert_eq!(plover[0]["actor"]["country"], "RUS");
    assert_eq!(plover[0]["actor"]["sector"], "GOV");
    assert_eq!(plover[0]["source_text"], TEXT[..20]);
    assert!(plover[1]["recipient"].is_null());
    let icews = exported(&store, ExportFormat::Icews, false);
    let header: Vec<&str> = icews.lines().next().unwrap().split('\t').collect();
    assert_eq!(header.len(), 20);
    assert_eq!((header[0], header[7], header[19]), ("Event ID", "Intensity", "Longitude"));
    assert!(icews.lines().skip(1).all(|l| l.split('\t').count() == 20));
    assert_eq!(exported(&store, ExportFormat::Csv, false).lines().count(), 3, "a header and two events");
    assert_eq!(exported(&store, ExportFormat::Jsonl, false).lines().count(), 2);
}

#[test]
fn parquet_is_partitioned_by_year_and_month_with_typed_columns() {
    use arrow_schema::DataType;
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    let dir = tempfile::tempdir().unwrap();
    let store = sample_store(dir.path());
    let folder = dir.path().join("events");
    let done = store.export_parquet(Span::default(), &folder).unwrap();
    assert_eq!((done.rows, done.files), (2, 2));
    let file = folder.join("year=2024/month=05/part-0.parquet");
    let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&file).unwrap()).unwrap();
    let schema = reader.schema().clone();
    let types = |name: &str| schema.field_with_name(name).unwrap().data_type().clone();
    assert_eq!(types("date"), DataType::Date32);
    assert_eq!(types("event_code"), DataType::Utf8);
    assert_eq!(types("num_mentions"), DataType::Int64);
    assert_eq!(types("goldstein"), DataType::Float64);
    let rows: usize = reader.build().unwrap().map(|b| b.unwrap().num_rows()).sum();
    assert_eq!(rows, 1);
    assert!(folder.join("year=2023/month=12/part-0.parquet").exists());
    let again = store.export_parquet(Span::default(), &folder).unwrap_err();
    assert!(again.message.contains("not an empty folder"), "{again}");
}
