//! Reading and coding, shared by `dyad code` (events to a stream) and `dyad ingest` (events to
//! the store): inputs of every kind read lazily in order, near-duplicates linked in input order,
//! documents coded in parallel batches and handed to a [`Consumer`] in input order, so that
//! what is written does not depend on the number of threads.

use crate::near_duplicates::NearDuplicates;
use crate::output::DocumentInfo;
use crate::progress::{kind_label, Progress, Summary};
use crate::{lexicon_builder, load_lexicon_on_demand, parse_date, parse_language, report_late_lexicon_errors, LexiconArgs, Outcome};
use dyad_coder::{Coded, Document, Event};
use dyad_ingest::{InputKind, Item, RawDocument, ReadOptions};
use rayon::prelude::*;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct InputArgs {
    /// Files, folders (read recursively) or `-` for standard input: plain text, JSONL, JSON
    /// arrays, HTML pages, WARC files (.warc, .warc.gz), RSS/Atom feeds. The kind is told from
    /// the extension, else from the content.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Publication date (YYYY-MM-DD) for documents that carry none.
    #[arg(long, value_parser = parse_date)]
    date: Option<chrono::NaiveDate>,
    /// Language code (it, en, ...): skips language identification.
    #[arg(long, value_parser = parse_language)]
    lang: Option<String>,
    /// Read every input as this kind instead of detecting it.
    #[arg(long, value_enum)]
    input_format: Option<KindArg>,
    /// Every line of plain text is a sentence (one-sentence-per-line corpora). By default a
    /// blank line ends a paragraph and a line break inside hard-wrapped text is a space.
    #[arg(long)]
    lines: bool,
    /// Worker threads (default: all cores). Output order does not depend on it.
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// Similarity (estimated Jaccard of word 3-shingles, 0..1) from which a document is a
    /// near-duplicate of an earlier one.
    #[arg(long, default_value_t = 0.8, value_parser = parse_share)]
    near_duplicate_threshold: f64,
    /// A PETRARCH2 dictionary file (verbs, actors, agents or discards; repeatable), imported into
    /// Dyad's lexicon for English: Dyad's entries first, the dictionaries' where Dyad has none
    /// (see dyad-petrarch).
    #[arg(long = "petrarch", value_name = "FILE")]
    petrarch: Vec<PathBuf>,
    /// Code the `--petrarch` files with the PETRARCH coder (PETRARCH's pattern semantics), not Dyad's.
    #[arg(long, requires = "petrarch")]
    petrarch_coder: bool,
    /// Documents coded in parallel between two writes (a store commits once per batch).
    #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u32).range(1..))]
    pub batch: u32,
    #[command(flatten)]
    lexicon: LexiconArgs,
}

#[derive(clap::ValueEnum, Clone, Copy)]
enum KindArg {
    Text,
    Jsonl,
    Json,
    Html,
    Warc,
    Feed,
}

impl From<KindArg> for InputKind {
    fn from(k: KindArg) -> InputKind {
        match k {
            KindArg::Text => InputKind::Text,
            KindArg::Jsonl => InputKind::Jsonl,
            KindArg::Json => InputKind::JsonArray,
            KindArg::Html => InputKind::Html,
            KindArg::Warc => InputKind::Warc,
            KindArg::Feed => InputKind::Feed,
        }
    }
}

fn parse_share(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.0..=1.0).contains(&v) => Ok(v),
        _ => Err(format!("`{s}` is not a number between 0 and 1")),
    }
}

/// A document ready to code, with what the output says about it.
pub struct Pending {
    pub doc: Document,
    pub info: DocumentInfo,
    /// Where it was read: `file`, `file:line` or `file@byte-offset`.
    pub origin: String,
    /// The input file (or `<stdin>`) it was read from: the source, for counts, of a document
    /// without a URL.
    pub input: std::sync::Arc<str>,
    /// Its near-duplicate signature (none for very short documents).
    pub signature: Option<Vec<u8>>,
}

/// Where coded documents go. Each method may end the run with an [`Outcome`].
pub trait Consumer {
    /// Whether `doc` needs coding (a store skips what it holds unchanged).
    fn wants(&mut self, _doc: &Document) -> Result<bool, Outcome> {
        Ok(true)
    }

    /// Signatures of documents read by earlier runs, for near-duplicate links across runs.
    fn known_signatures(&mut self) -> Result<Vec<(String, Vec<u8>)>, Outcome> {
        Ok(Vec::new())
    }

    /// The events of a piece of a document: all of it, or one piece of a document over
    /// [`dyad_coder::CHUNK_BYTES`], pieces in order.
    fn piece(&mut self, pending: &Pending, events: Vec<Event>) -> Result<(), Outcome>;

    /// All of `pending` has been coded; `sentences` is its number of sentences.
    fn document_done(&mut self, _pending: &Pending, _sentences: usize) -> Result<(), Outcome> {
        Ok(())
    }

    /// `pending` could not be coded (reported); pieces handed over before stay handed over.
    fn document_failed(&mut self, _pending: &Pending) {}

    /// A batch is coded and handed over.
    fn batch_done(&mut self) -> Result<(), Outcome> {
        Ok(())
    }
}

/// The coder the run uses: Dyad's, or PETRARCH's when a verb dictionary is given.
pub struct Coding {
    // Lives until the process exits: freeing the lexicons' few hundred thousand allocations one
    // by one took a third of the start-up time of a short run.
    loaded: &'static dyad_petrarch::Loaded,
    pub problems: usize,
}

impl Coding {
    pub fn load(args: &InputArgs) -> Result<Coding, Outcome> {
        if let Some(n) = args.threads {
            if let Err(e) = rayon::ThreadPoolBuilder::new().num_threads(n as usize).build_global() {
                return Err(Outcome::Fatal(format!("cannot set threads: {e}")));
            }
        }
        let (loaded, problems) = if args.petrarch.is_empty() {
            let (built, problems) = load_lexicon_on_demand(&args.lexicon);
            (dyad_petrarch::Loaded::Dyad(Box::new(dyad_coder::Coder::new(built))), problems)
        } else {
            let engine = if args.petrarch_coder { dyad_petrarch::Engine::Petrarch } else { dyad_petrarch::Engine::Dyad };
            let loading = dyad_petrarch::load(&args.petrarch, lexicon_builder(&args.lexicon), engine);
            loading.lexicon_errors.iter().for_each(|e| eprintln!("dyad: lexicon: {e}"));
            loading.problems.iter().for_each(|e| eprintln!("dyad: petrarch: {e}"));
            if let Some(report) = &loading.imported {
                report.summary().lines().for_each(|l| eprintln!("dyad: petrarch import: {l}"));
            }
            (loading.loaded, loading.lexicon_errors.len() + loading.problems.len())
        };
        if let (dyad_petrarch::Loaded::Dyad(c), Some(l)) = (&loaded, &args.lang) {
            if !c.lexicon().languages().contains(&l.as_str()) {
                return Err(Outcome::Fatal(format!(
                    "unknown language `{l}`; Dyad has lexicons for: {}",
                    c.lexicon().languages().join(", ")
                )));
            }
        }
        Ok(Coding { loaded: Box::leak(Box::new(loaded)), problems })
    }

    pub fn lexicon(&self) -> &dyad_lexicon::Lexicon {
        match self.loaded {
            dyad_petrarch::Loaded::Dyad(c) => c.lexicon(),
            dyad_petrarch::Loaded::Petrarch(p) => p.lexicon(),
        }
    }

    fn code(&self, d: &Document) -> Result<Coded, dyad_coder::CodeError> {
        match self.loaded {
            dyad_petrarch::Loaded::Dyad(c) => c.code_document(d),
            dyad_petrarch::Loaded::Petrarch(p) => Ok(Coded { events: p.code(d), sentences: 0 }),
        }
    }

    /// A document coded whole, or piece by piece when it is large (Dyad's coder only).
    fn pieces<'d>(&'d self, doc: &'d Document) -> Box<dyn Iterator<Item = Result<Coded, dyad_coder::CodeError>> + 'd> {
        match self.loaded {
            dyad_petrarch::Loaded::Dyad(c) => match c.pieces(doc, dyad_coder::CHUNK_BYTES) {
                Ok(pieces) => Box::new(pieces),
                Err(e) => Box::new(std::iter::once(Err(e))),
            },
            dyad_petrarch::Loaded::Petrarch(_) => Box::new(std::iter::once(self.code(doc))),
        }
    }
}

/// Reads every input, codes it and hands it to `consumer`; the summary line is printed at the
/// end. The outcome says whether anything was skipped or reported.
pub fn run(args: &InputArgs, coding: &Coding, consumer: &mut dyn Consumer) -> Outcome {
    let mut summary = Summary { problems: coding.problems, ..Default::default() };
    let mut progress = Progress::new(dyad_ingest::total_bytes(&args.inputs));
    match read_and_code(args, coding, consumer, &mut summary, &mut progress) {
        Ok(()) => {}
        Err(outcome) => {
            progress.finish();
            return outcome;
        }
    }
    progress.finish();
    eprintln!("{}", summary.line(progress.seconds()));
    if summary.documents() == 0 && summary.problems == 0 {
        eprintln!("dyad: no documents in the input");
        return Outcome::Problems;
    }
    if summary.problems > 0 {
        Outcome::Problems
    } else {
        Outcome::Done
    }
}

fn read_and_code(
    args: &InputArgs,
    coding: &Coding,
    consumer: &mut dyn Consumer,
    summary: &mut Summary,
    progress: &mut Progress,
) -> Result<(), Outcome> {
    let batch_size = args.batch as usize;
    let mut duplicates = NearDuplicates::new(args.near_duplicate_threshold);
    for (id, signature) in consumer.known_signatures()? {
        duplicates.remember(&id, &signature);
    }
    for folder in args.inputs.iter().filter(|i| std::path::Path::new(i).is_dir()) {
        eprintln!("dyad: reading folder {folder} (its files, recursively, in name order)");
    }
    let options = ReadOptions { kind: args.input_format.map(InputKind::from), ..Default::default() };
    let mut items = dyad_ingest::read_all(&args.inputs, options).peekable();
    let mut current_kind = InputKind::Text;
    let mut current_file: Option<String> = None;
    let mut current_input: std::sync::Arc<str> = "<stdin>".into();
    let mut batch: Vec<Pending> = Vec::with_capacity(batch_size);
    // Documents as read, in input order, with the kind of input they came from; HTML pages are
    // extracted in parallel before near-duplicates are looked for in input order.
    let mut incoming: Vec<(Item, InputKind, std::sync::Arc<str>)> = Vec::with_capacity(batch_size);
    while items.peek().is_some() {
        batch.clear();
        incoming.clear();
        while incoming.len() < batch_size {
            let Some(item) = items.next() else { break };
            match item {
                Item::Opened { source, kind, gzip } => {
                    if let Some(previous) = current_file.take() {
                        progress.file_done(file_size(&previous));
                    }
                    if args.inputs.contains(&source) || source == "<stdin>" {
                        eprintln!("dyad: reading {source} as {}{}", kind.name(), if gzip { " (gzip)" } else { "" });
                    }
                    current_kind = kind;
                    current_input = source.as_str().into();
                    current_file = Some(source);
                }
                Item::Skipped { reason } => *summary.skipped.entry(reason).or_default() += 1,
                Item::Error(e) => {
                    eprintln!("dyad: {e} (skipped)");
                    summary.problems += 1;
                }
                document => incoming.push((document, current_kind, current_input.clone())),
            }
        }
        let read: Vec<(Item, InputKind, std::sync::Arc<str>)> = std::mem::take(&mut incoming)
            .into_par_iter()
            .map(|(item, kind, input)| match item {
                Item::Page(page) => (page.extract(), kind, input),
                other => (other, kind, input),
            })
            .collect();
        for (item, kind, input) in read {
            match item {
                Item::Document(raw) if raw.text.trim().is_empty() => *summary.skipped.entry("documents without text").or_default() += 1,
                Item::Document(raw) => {
                    *summary.documents.entry(kind_label(kind)).or_default() += 1;
                    let (doc, read) = document(*raw, args);
                    if !consumer.wants(&doc)? {
                        // Still a document later ones may be copies of, as in a run that coded it.
                        duplicates.check(&doc.id, &doc.text);
                        *summary.skipped.entry("documents already stored").or_default() += 1;
                        continue;
                    }
                    batch.push(prepare(doc, read, input, &mut duplicates, summary));
                }
                Item::Error(e) => {
                    eprintln!("dyad: {e} (skipped)");
                    summary.problems += 1;
                }
                Item::Opened { .. } | Item::Page(_) | Item::Skipped { .. } => {}
            }
        }
        // Large documents are coded alone, piece by piece, each piece handed over before the
        // next is coded; the others in parallel.
        let large = |p: &Pending| p.doc.text.len() > dyad_coder::CHUNK_BYTES;
        let coded: Vec<_> = batch.par_iter().map(|p| (!large(p)).then(|| coding.code(&p.doc))).collect();
        for (pending, result) in batch.iter().zip(coded) {
            let pieces: Box<dyn Iterator<Item = _>> = match result {
                Some(result) => Box::new(std::iter::once(result)),
                None => coding.pieces(&pending.doc),
            };
            let mut sentences = 0;
            let mut failed = false;
            for piece in pieces {
                match piece {
                    Ok(c) => {
                        sentences += c.sentences;
                        summary.events += c.events.len();
                        consumer.piece(pending, c.events)?;
                    }
                    Err(e) => {
                        eprintln!("dyad: {}: document `{}`: {e} (skipped)", pending.origin, pending.doc.id);
                        summary.problems += 1;
                        failed = true;
                        break;
                    }
                }
            }
            summary.sentences += sentences;
            if failed {
                consumer.document_failed(pending);
            } else {
                consumer.document_done(pending, sentences)?;
            }
        }
        summary.problems += report_late_lexicon_errors(coding.lexicon());
        consumer.batch_done()?;
        progress.update(summary);
    }
    Ok(())
}

/// What reading said about a document, besides the document.
struct Read {
    origin: String,
    lossy: bool,
    warnings: Vec<String>,
    extractor: &'static str,
}

/// The document as the coder gets it.
fn document(raw: RawDocument, args: &InputArgs) -> (Document, Read) {
    let line_breaks = if args.lines { dyad_text::LineBreaks::Sentences } else { dyad_text::LineBreaks::Paragraphs };
    let doc = Document {
        id: raw.id,
        text: raw.text,
        date: raw.date.or(args.date),
        language: args.lang.clone().or(raw.language),
        title: raw.title,
        url: raw.url,
        line_breaks,
    };
    (doc, Read { origin: raw.origin, lossy: raw.lossy, warnings: raw.warnings, extractor: raw.extractor })
}

/// Warnings said, near-duplicate linked, what the output says about the document gathered.
fn prepare(doc: Document, read: Read, input: std::sync::Arc<str>, duplicates: &mut NearDuplicates, summary: &mut Summary) -> Pending {
    if read.lossy {
        eprintln!("dyad: warning: {}: document `{}` is not valid UTF-8; decoded lossily", read.origin, doc.id);
    }
    for w in &read.warnings {
        eprintln!("dyad: warning: {}: {w}", read.origin);
    }
    let checked = duplicates.check(&doc.id, &doc.text);
    if checked.duplicate_of.is_some() {
        summary.near_duplicates += 1;
    }
    let info = DocumentInfo {
        site: doc.url.as_deref().and_then(dyad_ingest::site_of),
        url: doc.url.clone(),
        title: doc.title.clone(),
        extractor: read.extractor,
        duplicate_of: checked.duplicate_of,
    };
    Pending { doc, info, origin: read.origin, input, signature: checked.signature }
}

fn file_size(path: &str) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}
