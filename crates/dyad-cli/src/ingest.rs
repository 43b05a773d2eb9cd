//! `dyad ingest`: inputs of any kind coded into the event store (docs/store.md).
//!
//! Each batch of documents is one transaction, so a killed run loses at most the batch it was
//! writing, and running it again stores exactly what one clean run would have: documents already
//! stored unchanged are recognised before coding and skipped.

use crate::pipeline::{Coding, Consumer, InputArgs, Pending};
use crate::Outcome;
use dyad_coder::{Document, Event};
use dyad_store::{Store, StoredDocument, Written};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct IngestArgs {
    #[command(flatten)]
    input: InputArgs,
    /// The store (created if missing).
    #[arg(long, default_value = "dyad.db")]
    db: PathBuf,
    /// Days apart two mentions of the same event may be dated (default 1); fixed when the store
    /// is created.
    #[arg(long)]
    window: Option<u32>,
}

struct Storing {
    store: Store,
    /// Events of the document being coded, piece by piece.
    events: Vec<Event>,
    new: usize,
    replaced: usize,
    unchanged: usize,
}

fn fatal(e: dyad_store::StoreError) -> Outcome {
    Outcome::Fatal(e.to_string())
}

impl Consumer for Storing {
    fn wants(&mut self, doc: &Document) -> Result<bool, Outcome> {
        let hash = dyad_store::content_hash(&doc.text, doc.date);
        Ok(!self.store.is_stored(&doc.id, &hash).map_err(fatal)?)
    }

    fn known_signatures(&mut self) -> Result<Vec<(String, Vec<u8>)>, Outcome> {
        self.store.signatures().map_err(fatal)
    }

    fn piece(&mut self, _pending: &Pending, events: Vec<Event>) -> Result<(), Outcome> {
        self.events.extend(events);
        Ok(())
    }

    fn document_done(&mut self, pending: &Pending, sentences: usize) -> Result<(), Outcome> {
        let events = std::mem::take(&mut self.events);
        let language = events.first().map(|e| e.language.as_str()).or(pending.doc.language.as_deref());
        let stored = StoredDocument {
            id: &pending.doc.id,
            text: &pending.doc.text,
            url: pending.info.url.as_deref(),
            site: pending.info.site.as_deref(),
            title: pending.info.title.as_deref(),
            date: pending.doc.date,
            language,
            duplicate_of: pending.info.duplicate_of.as_deref(),
            extractor: pending.info.extractor,
            origin: &pending.origin,
            input: &pending.input,
            sentences,
            signature: pending.signature.clone(),
        };
        match self.store.write(&stored, &events).map_err(fatal)? {
            Written::New => self.new += 1,
            Written::Replaced { previous } => {
                if previous != pending.doc.id {
                    eprintln!("dyad: {}: document `{}` replaces `{previous}` (same URL, new content)", pending.origin, pending.doc.id);
                }
                self.replaced += 1;
            }
            Written::Unchanged { .. } => self.unchanged += 1,
        }
        Ok(())
    }

    fn document_failed(&mut self, _pending: &Pending) {
        self.events.clear();
    }

    fn batch_done(&mut self) -> Result<(), Outcome> {
        self.store.commit().map_err(fatal)
    }
}

pub fn run(args: IngestArgs) -> Outcome {
    let coding = match Coding::load(&args.input) {
        Ok(c) => c,
        Err(outcome) => return outcome,
    };
    if args.input.inputs.iter().any(|i| std::path::Path::new(i) == args.db) {
        return Outcome::Fatal(format!("the store {} is also an input", args.db.display()));
    }
    let mut store = match Store::open(&args.db, args.window.unwrap_or(1)) {
        Ok(s) => s,
        Err(e) => return fatal(e),
    };
    if args.window.is_some_and(|w| i64::from(w) != store.window_days()) {
        eprintln!(
            "dyad: note: {} merges mentions {} day(s) apart, as when it was created; --window is ignored",
            args.db.display(),
            store.window_days()
        );
    }
    let lexicon = coding.lexicon();
    let event_names = lexicon.ontology.codes().filter_map(|c| lexicon.ontology.get(c)).map(|i| (i.code.as_str(), i.name.as_str()));
    if let Err(e) = store.set_names("event", event_names) {
        return fatal(e);
    }
    if let Err(e) = store.set_names("country", lexicon.country_names.iter().map(|(c, n)| (c.as_str(), n.as_str()))) {
        return fatal(e);
    }
    let mut storing = Storing { store, events: Vec::new(), new: 0, replaced: 0, unchanged: 0 };
    let outcome = crate::pipeline::run(&args.input, &coding, &mut storing);
    eprintln!(
        "dyad: {}: {} documents stored, {} replaced by a new version, {} already stored under another id or URL",
        args.db.display(),
        storing.new,
        storing.replaced,
        storing.unchanged
    );
    outcome
}
