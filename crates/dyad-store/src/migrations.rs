//! The store's schema, one migration per version, run on open in one transaction each. The
//! schema is documented in docs/store.md; change both together, and never edit a migration
//! that has shipped: add the next one.

use rusqlite::{params, Connection, OptionalExtension};

/// Version 1: documents, events, mentions, actors, names, the `event_counts` view.
const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE documents (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    url          TEXT,
    site         TEXT,
    title        TEXT,
    date         TEXT,
    language     TEXT,
    content_hash TEXT NOT NULL,
    duplicate_of TEXT,
    extractor    TEXT NOT NULL,
    origin       TEXT NOT NULL,
    input        TEXT NOT NULL,
    length       INTEGER NOT NULL,
    sentences    INTEGER NOT NULL,
    signature    BLOB,
    added        TEXT NOT NULL
);
CREATE INDEX documents_url ON documents(url);
CREATE INDEX documents_content_hash ON documents(content_hash);

CREATE TABLE actors (
    code    TEXT PRIMARY KEY,
    country TEXT,
    agent   TEXT,
    name    TEXT NOT NULL
);

CREATE TABLE names (
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (kind, code)
);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    day            TEXT,
    date           TEXT,
    date_precision TEXT NOT NULL,
    source_code    TEXT NOT NULL,
    target_code    TEXT NOT NULL,
    event_code     TEXT NOT NULL,
    base_code      TEXT NOT NULL,
    root_code      TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    plover         TEXT,
    plover_mode    TEXT,
    plover_context TEXT,
    added          TEXT NOT NULL
);
CREATE INDEX events_key ON events(source_code, target_code, event_code, day);
CREATE INDEX events_day ON events(day);

CREATE TABLE mentions (
    id             INTEGER PRIMARY KEY,
    event_id       INTEGER NOT NULL REFERENCES events(id),
    doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id    INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    sentence       TEXT NOT NULL,
    date           TEXT,
    date_precision TEXT NOT NULL,
    language       TEXT NOT NULL,
    source_code    TEXT,
    source_text    TEXT,
    source_start   INTEGER,
    source_end     INTEGER,
    source_rules   TEXT,
    target_code    TEXT,
    target_text    TEXT,
    target_start   INTEGER,
    target_end     INTEGER,
    target_rules   TEXT,
    trigger_text   TEXT NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    rule           TEXT NOT NULL,
    rules_applied  TEXT NOT NULL,
    reported_by    TEXT
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_doc ON mentions(doc_id);

CREATE VIEW event_counts AS
SELECT e.*,
       count(*)                                   AS num_mentions,
       count(DISTINCT m.doc_id)                   AS num_articles,
       count(DISTINCT coalesce(d.site, d.input)) AS num_sources,
       min(m.sentence_id) = 0                     AS is_root,
       min(m.id)                                  AS first_mention
FROM events e
JOIN mentions m ON m.event_id = e.id
JOIN documents d ON d.id = m.doc_id
GROUP BY e.id;
"#];

/// The schema version this build reads and writes.
pub const CURRENT: i64 = MIGRATIONS.len() as i64;

pub fn version(connection: &Connection) -> rusqlite::Result<i64> {
    let has_table: Option<i64> = connection
        .query_row("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", [], |r| r.get(0))
        .optional()?;
    if has_table.is_none() {
        return Ok(0);
    }
    connection.query_row("SELECT coalesce(max(version), 0) FROM schema_version", [], |r| r.get(0))
}

/// Brings the store to [`CURRENT`]; a new store records `window_days`.
pub fn run(connection: &Connection, window_days: u32) -> rusqlite::Result<()> {
    // Two processes opening a new store at once: the second waits here, then sees the first's
    // migrations done.
    connection.execute_batch("BEGIN IMMEDIATE")?;
    let result = (|| {
        connection.execute_batch("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")?;
        let from = version(connection)?;
        if from > CURRENT {
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                Some(format!("store schema version {from} is newer than this dyad's ({CURRENT}): update dyad")),
            ));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
            connection.execute_batch(sql)?;
            connection.execute("INSERT INTO schema_version (version) VALUES (?1)", params![i as i64 + 1])?;
        }
        if from == 0 {
            connection.execute("INSERT INTO settings (key, value) VALUES ('window_days', ?1)", params![window_days.to_string()])?;
        }
        Ok(())
    })();
    match result {
        Ok(()) => connection.execute_batch("COMMIT"),
        Err(e) => {
            let _ = connection.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}
