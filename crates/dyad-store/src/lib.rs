//! Dyad's event store: coded documents in an embedded SQLite database (schema: docs/store.md),
//! the reports analysts ask for first, and exports in the field's formats (GDELT 2.0 events and
//! mentions, PLOVER/POLECAT JSON, ICEWS, CSV, JSONL, Hive-partitioned Parquet).
//!
//! Every coded occurrence of an event is a *mention*; mentions of the same source, target and
//! code dated at most the store's window apart are one *event*, as in GDELT, whose counts
//! (NumMentions, NumArticles, NumSources) the `event_counts` view gives.
//!
//! Invariants: documents are written in batches, one transaction each, so a killed ingest
//! leaves the database as it was after the last whole batch; writing a document that is already
//! stored (same id, URL or content) changes nothing, and a new version replaces the old one's
//! mentions; event ids follow from the order documents are written in, so one run and a run
//! killed and resumed give the same database.

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};

pub mod export;
mod migrations;
pub mod reports;
pub mod table;
mod write;

pub use table::Table;
pub use write::{content_hash, StoredDocument, Written};

/// How long a writer waits for another writer to finish its transaction.
const WRITER_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

#[derive(Debug)]
pub struct StoreError {
    pub path: PathBuf,
    pub message: String,
    /// Set when writing an export failed: a reader that went away (`| head`) is no failure.
    pub io_kind: Option<std::io::ErrorKind>,
}

impl StoreError {
    fn new(path: &Path, message: impl Into<String>) -> StoreError {
        StoreError { path: path.to_path_buf(), message: message.into(), io_kind: None }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for StoreError {}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
    connection: Connection,
    path: PathBuf,
    /// Days apart two mentions of the same event may be dated; fixed when the store is created.
    window_days: i64,
    /// When the open batch began (UTC), the `added` time of what it writes.
    batch_started: Option<String>,
}

impl Store {
    /// Opens the store for writing, creating it (with `window_days`) if it does not exist and
    /// running the migrations it lacks.
    pub fn open(path: &Path, window_days: u32) -> Result<Store> {
        let connection = Connection::open(path).map_err(|e| error(path, e))?;
        connection.busy_timeout(WRITER_WAIT).map_err(|e| error(path, e))?;
        connection
            .execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")
            .map_err(|e| error(path, e))?;
        migrations::run(&connection, window_days).map_err(|e| error(path, e))?;
        let window_days = read_window(&connection).map_err(|e| error(path, e))?;
        Ok(Store { connection, path: path.to_path_buf(), window_days, batch_started: None })
    }

    /// Opens an existing store read-only: SQL given by users cannot change it.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(StoreError::new(path, "no such store (create one with `dyad ingest`)"));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let connection = Connection::open_with_flags(path, flags).map_err(|e| error(path, e))?;
        connection.busy_timeout(WRITER_WAIT).map_err(|e| error(path, e))?;
        let version = migrations::version(&connection).map_err(|e| error(path, e))?;
        if version != migrations::CURRENT {
            let message = format!(
                "store schema version {version}, this dyad reads version {}: open it once with `dyad ingest` to migrate",
                migrations::CURRENT
            );
            return Err(StoreError::new(path, message));
        }
        let window_days = read_window(&connection).map_err(|e| error(path, e))?;
        Ok(Store { connection, path: path.to_path_buf(), window_days, batch_started: None })
    }

    pub fn window_days(&self) -> i64 {
        self.window_days
    }

    /// Runs read-only SQL (the connection of [`Store::open_read_only`] refuses writes).
    pub fn query(&self, sql: &str) -> Result<Table> {
        Table::from_sql(&self.connection, sql, []).map_err(|e| self.error(e))
    }

    /// Whether a document with this id and content hash is already stored unchanged: its coding
    /// can be skipped.
    pub fn is_stored(&self, id: &str, content_hash: &str) -> Result<bool> {
        self.connection
            .query_row("SELECT 1 FROM documents WHERE id = ?1 AND content_hash = ?2", params![id, content_hash], |_| Ok(()))
            .optional()
            .map(|found| found.is_some())
            .map_err(|e| self.error(e))
    }

    /// The near-duplicate signatures of stored documents that are no copy themselves (copies
    /// link to the first), in the order they were stored.
    pub fn signatures(&self) -> Result<Vec<(String, Vec<u8>)>> {
        let mut statement = self
            .connection
            .prepare("SELECT id, signature FROM documents WHERE signature IS NOT NULL AND duplicate_of IS NULL ORDER BY seq")
            .map_err(|e| self.error(e))?;
        let rows = statement.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(|e| self.error(e))?;
        rows.collect::<rusqlite::Result<_>>().map_err(|e| self.error(e))
    }

    fn error(&self, e: rusqlite::Error) -> StoreError {
        error(&self.path, e)
    }
}

fn read_window(connection: &Connection) -> rusqlite::Result<i64> {
    connection
        .query_row("SELECT value FROM settings WHERE key = 'window_days'", [], |r| r.get::<_, String>(0))
        .map(|v| v.parse().unwrap_or(1))
}

fn error(path: &Path, e: rusqlite::Error) -> StoreError {
    let message = match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseBusy) | Some(rusqlite::ErrorCode::DatabaseLocked) => {
            format!("another process has been writing to the store for over {} s; try again when it has finished", WRITER_WAIT.as_secs())
        }
        Some(rusqlite::ErrorCode::NotADatabase) => "not a Dyad store (not an SQLite database)".to_string(),
        Some(rusqlite::ErrorCode::ReadOnly) => "the store is opened read-only: this command cannot change it".to_string(),
        _ => e.to_string(),
    };
    StoreError::new(path, message)
}

/// The first day of an event's date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
pub(crate) fn first_day(date: &str) -> Option<chrono::NaiveDate> {
    let padded = match date.len() {
        4 => format!("{date}-01-01"),
        7 => format!("{date}-01"),
        _ => date.get(..10)?.to_string(),
    };
    chrono::NaiveDate::parse_from_str(&padded, "%Y-%m-%d").ok()
}
