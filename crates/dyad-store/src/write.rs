//! Writing coded documents: one transaction per batch, documents recognised by id, URL or
//! content, mentions merged into events.

use crate::{first_day, Result, Store};
use chrono::NaiveDate;
use dyad_core::{Actor, Event};
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use sha2::{Digest, Sha256};

/// A coded document as the store keeps it.
pub struct StoredDocument<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub url: Option<&'a str>,
    pub site: Option<&'a str>,
    pub title: Option<&'a str>,
    pub date: Option<NaiveDate>,
    /// The language the document was coded in.
    pub language: Option<&'a str>,
    pub duplicate_of: Option<&'a str>,
    pub extractor: &'a str,
    /// Where it was read: `file`, `file:line` or `file@byte-offset`.
    pub origin: &'a str,
    /// The input file: the document's source, for counts, when it has no URL.
    pub input: &'a str,
    pub sentences: usize,
    /// Its near-duplicate signature, so that later runs link copies to it.
    pub signature: Option<Vec<u8>>,
}

/// What writing a document did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    New,
    /// A new version of a stored document (same id or URL, other content): its mentions
    /// replace the old ones.
    Replaced {
        previous: String,
    },
    /// Already stored: the same id or URL with the same content, or the same content under
    /// another id.
    Unchanged {
        stored_as: String,
    },
}

/// The content a document is recognised by: its text and publication date.
pub fn content_hash(text: &str, date: Option<NaiveDate>) -> String {
    let mut hasher = Sha256::new();
    hasher.update(text.as_bytes());
    hasher.update([0]);
    hasher.update(date.map(|d| d.to_string()).unwrap_or_default().as_bytes());
    hasher.finalize()[..16].iter().map(|b| format!("{b:02x}")).collect()
}

impl Store {
    /// Names of event codes (`event`) and countries (`country`), so that queries and exports can
    /// show them; written at once.
    pub fn set_names<'n>(&mut self, kind: &str, names: impl Iterator<Item = (&'n str, &'n str)>) -> Result<()> {
        let result = (|| {
            let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
            {
                let mut statement = transaction.prepare_cached(
                    "INSERT INTO names (kind, code, name) VALUES (?1, ?2, ?3) ON CONFLICT (kind, code) DO UPDATE SET name = excluded.name",
                )?;
                for (code, name) in names {
                    statement.execute(params![kind, code, name])?;
                }
            }
            transaction.commit()
        })();
        result.map_err(|e| self.error(e))
    }

    /// Writes a coded document in the current batch, which it opens if none is open (waiting
    /// for another writer's batch to end). Nothing is visible to others, nor survives a crash,
    /// before [`Store::commit`].
    pub fn write(&mut self, doc: &StoredDocument, events: &[Event]) -> Result<Written> {
        if self.batch_started.is_none() {
            self.connection.execute_batch("BEGIN IMMEDIATE").map_err(|e| self.error(e))?;
            self.batch_started = Some(chrono::Utc::now().format("%Y-%m-%d %H:%M:%S").to_string());
        }
        self.write_document(doc, events).map_err(|e| self.error(e))
    }

    /// Ends the current batch: everything written since it began lands at once.
    pub fn commit(&mut self) -> Result<()> {
        if self.batch_started.take().is_some() {
            self.connection.execute_batch("COMMIT").map_err(|e| self.error(e))?;
        }
        Ok(())
    }

    fn write_document(&self, doc: &StoredDocument, events: &[Event]) -> rusqlite::Result<Written> {
        let hash = content_hash(doc.text, doc.date);
        let tx = &self.connection;
        let by_id: Option<String> = tx.query_row("SELECT content_hash FROM documents WHERE id = ?1", [doc.id], |r| r.get(0)).optional()?;
        let by_url: Option<(String, String)> = match (&by_id, doc.url) {
            (None, Some(url)) => tx
                .query_row("SELECT id, content_hash FROM documents WHERE url = ?1 ORDER BY seq LIMIT 1", [url], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?,
            _ => None,
        };
        let previous = match (by_id, by_url) {
            (Some(stored), _) if stored == hash => return Ok(Written::Unchanged { stored_as: doc.id.to_string() }),
            (Some(_), _) => Some(doc.id.to_string()),
            (None, Some((id, stored))) if stored == hash => return Ok(Written::Unchanged { stored_as: id }),
            (None, Some((id, _))) => Some(id),
            (None, None) => {
                let same_content: Option<String> = tx
                    .query_row("SELECT id FROM documents WHERE content_hash = ?1 ORDER BY seq LIMIT 1", [&hash], |r| r.get(0))
                    .optional()?;
                if let Some(id) = same_content {
                    return Ok(Written::Unchanged { stored_as: id });
                }
                None
            }
        };
        if let Some(previous) = &previous {
            self.delete_document(previous)?;
        }
        tx.execute(
            "INSERT INTO documents (id, url, site, title, date, language, content_hash, duplicate_of, extractor, origin, \
             input, length, sentences, signature, added) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            params![
                doc.id,
                doc.url,
                doc.site,
                doc.title,
                doc.date.map(|d| d.to_string()),
                doc.language,
                hash,
                doc.duplicate_of,
                doc.extractor,
                doc.origin,
                doc.input,
                doc.text.chars().count() as i64,
                doc.sentences as i64,
                doc.signature,
                self.batch_started.as_deref().unwrap_or_default(),
            ],
        )?;
        for event in events {
            self.write_mention(doc, event)?;
        }
        Ok(match previous {
            Some(previous) => Written::Replaced { previous },
            None => Written::New,
        })
    }

    /// Removes a document, its mentions, and the events left without a mention.
    fn delete_document(&self, id: &str) -> rusqlite::Result<()> {
        let tx = &self.connection;
        let touched: Vec<i64> = {
            let mut statement = tx.prepare_cached("SELECT DISTINCT event_id FROM mentions WHERE doc_id = ?1")?;
            let rows = statement.query_map([id], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        tx.execute("DELETE FROM mentions WHERE doc_id = ?1", [id])?;
        tx.execute("DELETE FROM documents WHERE id = ?1", [id])?;
        let mut orphan =
            tx.prepare_cached("DELETE FROM events WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM mentions WHERE event_id = ?1)")?;
        for event in touched {
            orphan.execute([event])?;
        }
        Ok(())
    }

    fn write_mention(&self, doc: &StoredDocument, e: &Event) -> rusqlite::Result<()> {
        let tx = &self.connection;
        let source = e.source.as_ref().map(|a| a.code.as_str()).unwrap_or("");
        let target = e.target.as_ref().map(|a| a.code.as_str()).unwrap_or("");
        for actor in [&e.source, &e.target].into_iter().flatten() {
            tx.prepare_cached("INSERT INTO actors (code, country, agent, name) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (code) DO NOTHING")?
                .execute(params![actor.code, actor.country, actor.agent, actor.name])?;
        }
        let day = e.date.as_deref().and_then(first_day);
        let event_id = match self.same_event(source, target, &e.event_code, day)? {
            Some(id) => id,
            None => {
                tx.prepare_cached(
                    "INSERT INTO events (day, date, date_precision, source_code, target_code, event_code, base_code, root_code, \
                     quad_class, goldstein, plover, plover_mode, plover_context, added) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                )?
                .execute(params![
                    day.map(|d| d.to_string()),
                    e.date,
                    precision_name(e),
                    source,
                    target,
                    e.event_code,
                    e.event_code.get(..3).unwrap_or(&e.event_code),
                    e.root_code,
                    e.quad_class,
                    e.goldstein as f64,
                    e.plover,
                    e.plover_mode,
                    e.plover_context,
                    self.batch_started.as_deref().unwrap_or_default(),
                ])?;
                tx.last_insert_rowid()
            }
        };
        let sentence: String = doc.text.chars().skip(e.sentence_span[0]).take(e.sentence_span[1] - e.sentence_span[0]).collect();
        let actor_columns = |a: &Option<Actor>| match a {
            Some(a) => (
                Some(a.code.clone()),
                Some(a.text.clone()),
                Some(a.span[0] as i64),
                Some(a.span[1] as i64),
                Some(serde_json::to_string(&a.rules).unwrap_or_default()),
            ),
            None => (None, None, None, None, None),
        };
        let (sc, st, ss, se, sr) = actor_columns(&e.source);
        let (tc, tt, ts, te, tr) = actor_columns(&e.target);
        tx.prepare_cached(
            "INSERT INTO mentions (event_id, doc_id, sentence_id, sentence_start, sentence_end, sentence, date, date_precision, \
             language, source_code, source_text, source_start, source_end, source_rules, target_code, target_text, target_start, \
             target_end, target_rules, trigger_text, trigger_start, trigger_end, rule, rules_applied, reported_by) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
        )?
        .execute(params![
            event_id,
            doc.id,
            e.sentence_id as i64,
            e.sentence_span[0] as i64,
            e.sentence_span[1] as i64,
            sentence,
            e.date,
            precision_name(e),
            e.language,
            sc,
            st,
            ss,
            se,
            sr,
            tc,
            tt,
            ts,
            te,
            tr,
            e.trigger.text,
            e.trigger.span[0] as i64,
            e.trigger.span[1] as i64,
            e.rule,
            serde_json::to_string(&e.rules_applied).unwrap_or_default(),
            e.reported_by.as_ref().map(|r| serde_json::to_string(r).unwrap_or_default()),
        ])?;
        Ok(())
    }

    /// The first stored event with this dyad and code dated at most the window apart.
    fn same_event(&self, source: &str, target: &str, code: &str, day: Option<NaiveDate>) -> rusqlite::Result<Option<i64>> {
        let tx = &self.connection;
        match day {
            Some(day) => {
                let from = (day - chrono::Duration::days(self.window_days)).to_string();
                let to = (day + chrono::Duration::days(self.window_days)).to_string();
                tx.prepare_cached(
                    "SELECT id FROM events WHERE source_code = ?1 AND target_code = ?2 AND event_code = ?3 \
                     AND day BETWEEN ?4 AND ?5 ORDER BY id LIMIT 1",
                )?
                .query_row(params![source, target, code, from, to], |r| r.get(0))
                .optional()
            }
            None => tx
                .prepare_cached(
                    "SELECT id FROM events WHERE source_code = ?1 AND target_code = ?2 AND event_code = ?3 AND day IS NULL \
                     ORDER BY id LIMIT 1",
                )?
                .query_row(params![source, target, code], |r| r.get(0))
                .optional(),
        }
    }
}

fn precision_name(e: &Event) -> String {
    serde_json::to_value(e.date_precision).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}
