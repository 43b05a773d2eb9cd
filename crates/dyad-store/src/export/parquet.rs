//! Events as Parquet files partitioned the Hive way (`year=2022/month=08/part-0.parquet`), which
//! DuckDB, Spark, Trino and BigQuery external tables read directly. Events without a date go
//! to the Hive default partition. The folder is written under a temporary name and renamed when
//! complete.

use super::{ExportEvent, Exported};
use crate::reports::Span;
use crate::{Result, Store, StoreError};
use arrow_array::{
    ArrayRef, BooleanArray, Date32Array, Float64Array, Int32Array, Int64Array, RecordBatch, StringArray, TimestampSecondArray,
};
use arrow_schema::{DataType, Field, Schema, TimeUnit};
use chrono::NaiveDate;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Rows per record batch (and row group piece): bounds memory on large stores.
const ROWS_PER_BATCH: usize = 65_536;
const DEFAULT_PARTITION: &str = "__HIVE_DEFAULT_PARTITION__";

pub fn schema() -> Arc<Schema> {
    let text = |name: &str, nullable: bool| Field::new(name, DataType::Utf8, nullable);
    Arc::new(Schema::new(vec![
        Field::new("event_id", DataType::Int64, false),
        Field::new("date", DataType::Date32, true),
        text("date_precision", false),
        text("source_code", false),
        text("source_name", true),
        text("source_country", true),
        text("source_agent", true),
        text("target_code", false),
        text("target_name", true),
        text("target_country", true),
        text("target_agent", true),
        text("event_code", false),
        text("base_code", false),
        text("root_code", false),
        text("event_name", true),
        Field::new("quad_class", DataType::Int32, false),
        Field::new("goldstein", DataType::Float64, false),
        text("plover", true),
        text("plover_mode", true),
        text("plover_context", true),
        Field::new("num_mentions", DataType::Int64, false),
        Field::new("num_sources", DataType::Int64, false),
        Field::new("num_articles", DataType::Int64, false),
        Field::new("is_root", DataType::Boolean, false),
        Field::new("date_added", DataType::Timestamp(TimeUnit::Second, Some("UTC".into())), false),
        text("doc_id", false),
        text("url", true),
        text("site", true),
        Field::new("publication_date", DataType::Date32, true),
        text("language", false),
        Field::new("sentence_id", DataType::Int64, false),
        text("sentence", false),
        text("trigger", false),
        text("rule", false),
    ]))
}

fn days_since_epoch(date: Option<&str>) -> Option<i32> {
    let date = NaiveDate::parse_from_str(date?.get(..10)?, "%Y-%m-%d").ok()?;
    Some((date - NaiveDate::from_ymd_opt(1970, 1, 1)?).num_days() as i32)
}

fn record_batch(schema: &Arc<Schema>, rows: &[ExportEvent]) -> std::result::Result<RecordBatch, arrow_schema::ArrowError> {
    let text = |f: fn(&ExportEvent) -> Option<&str>| -> ArrayRef { Arc::new(rows.iter().map(f).collect::<StringArray>()) };
    let int = |f: fn(&ExportEvent) -> i64| -> ArrayRef { Arc::new(rows.iter().map(f).collect::<Int64Array>()) };
    let added: TimestampSecondArray = rows
        .iter()
        .map(|e| chrono::NaiveDateTime::parse_from_str(&e.added, "%Y-%m-%d %H:%M:%S").ok().map(|t| t.and_utc().timestamp()))
        .collect();
    let columns: Vec<ArrayRef> = vec![
        int(|e| e.event_id),
        Arc::new(rows.iter().map(|e| days_since_epoch(e.day.as_deref())).collect::<Date32Array>()),
        text(|e| Some(&e.date_precision)),
        text(|e| Some(&e.source_code)),
        text(|e| e.source_name.as_deref()),
        text(|e| e.source_country.as_deref()),
        text(|e| e.source_agent.as_deref()),
        text(|e| Some(&e.target_code)),
        text(|e| e.target_name.as_deref()),
        text(|e| e.target_country.as_deref()),
        text(|e| e.target_agent.as_deref()),
        text(|e| Some(&e.event_code)),
        text(|e| Some(&e.base_code)),
        text(|e| Some(&e.root_code)),
        text(|e| e.event_name.as_deref()),
        Arc::new(rows.iter().map(|e| e.quad_class as i32).collect::<Int32Array>()),
        Arc::new(rows.iter().map(|e| e.goldstein).collect::<Float64Array>()),
        text(|e| e.plover.as_deref()),
        text(|e| e.plover_mode.as_deref()),
        text(|e| e.plover_context.as_deref()),
        int(|e| e.num_mentions),
        int(|e| e.num_sources),
        int(|e| e.num_articles),
        Arc::new(rows.iter().map(|e| Some(e.is_root)).collect::<BooleanArray>()),
        Arc::new(added.with_timezone("UTC")),
        text(|e| Some(&e.doc_id)),
        text(|e| e.url.as_deref()),
        text(|e| e.site.as_deref()),
        Arc::new(rows.iter().map(|e| days_since_epoch(e.publication_date.as_deref())).collect::<Date32Array>()),
        text(|e| Some(&e.language)),
        int(|e| e.sentence_id),
        text(|e| Some(&e.sentence)),
        text(|e| Some(&e.trigger)),
        text(|e| Some(&e.rule)),
    ];
    RecordBatch::try_new(schema.clone(), columns)
}

/// `year=YYYY/month=MM` of an event's day.
fn partition(e: &ExportEvent) -> String {
    match e.day.as_deref().and_then(|d| Some((d.get(..4)?, d.get(5..7)?))) {
        Some((year, month)) => format!("year={year}/month={month}"),
        None => format!("year={DEFAULT_PARTITION}/month={DEFAULT_PARTITION}"),
    }
}

struct PartitionWriter {
    folder: PathBuf,
    schema: Arc<Schema>,
    current: Option<(String, ArrowWriter<std::fs::File>)>,
    /// Partitions already closed: events come ordered by partition, so none is reopened; this
    /// guards against it.
    done: std::collections::HashSet<String>,
    buffer: Vec<ExportEvent>,
    exported: Exported,
}

impl PartitionWriter {
    fn add(&mut self, e: ExportEvent) -> std::io::Result<()> {
        let key = partition(&e);
        if self.current.as_ref().map(|(k, _)| k) != Some(&key) {
            self.close()?;
            if !self.done.insert(key.clone()) {
                return Err(std::io::Error::other(format!("partition {key} reopened: events out of order")));
            }
            let dir = self.folder.join(&key);
            std::fs::create_dir_all(&dir)?;
            let file = std::fs::File::create(dir.join("part-0.parquet"))?;
            let properties = WriterProperties::builder()
                .set_compression(Compression::ZSTD(ZstdLevel::try_new(3).map_err(std::io::Error::other)?))
                .build();
            let writer = ArrowWriter::try_new(file, self.schema.clone(), Some(properties)).map_err(std::io::Error::other)?;
            self.current = Some((key, writer));
            self.exported.files += 1;
        }
        self.buffer.push(e);
        self.exported.rows += 1;
        if self.buffer.len() >= ROWS_PER_BATCH {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if let Some((_, writer)) = &mut self.current {
            if !self.buffer.is_empty() {
                let batch = record_batch(&self.schema, &self.buffer).map_err(std::io::Error::other)?;
                writer.write(&batch).map_err(std::io::Error::other)?;
                self.buffer.clear();
            }
        }
        Ok(())
    }

    fn close(&mut self) -> std::io::Result<()> {
        self.flush()?;
        if let Some((_, writer)) = self.current.take() {
            writer.close().map_err(std::io::Error::other)?;
        }
        Ok(())
    }
}

pub fn write(store: &Store, span: Span, folder: &Path) -> Result<Exported> {
    let refuse = |message: String| StoreError::new(folder, message);
    if folder.exists() && std::fs::read_dir(folder).map(|mut d| d.next().is_some()).unwrap_or(true) {
        return Err(refuse("exists and is not an empty folder: Parquet exports go to a new folder".into()));
    }
    let parent = folder.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = folder.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "events".into());
    let partial = parent.join(format!(".{name}.dyad-partial-{}", std::process::id()));
    let mut writer = PartitionWriter {
        folder: partial.clone(),
        schema: schema(),
        current: None,
        done: Default::default(),
        buffer: Vec::new(),
        exported: Exported::default(),
    };
    let result =
        store.for_each_event_in(span, "e.day, e.id", |e| writer.add(e)).and_then(|()| writer.close().map_err(|e| store.io_error(e)));
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&partial);
        return Err(e);
    }
    if writer.exported.files == 0 {
        std::fs::create_dir_all(&partial).map_err(|e| refuse(e.to_string()))?;
    }
    if folder.exists() {
        std::fs::remove_dir(folder).map_err(|e| refuse(e.to_string()))?;
    }
    std::fs::rename(&partial, folder).map_err(|e| refuse(format!("cannot move the export into place: {e}")))?;
    Ok(writer.exported)
}
