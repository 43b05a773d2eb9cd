//! `dyad code`: inputs of any kind in, events out.
//!
//! Reading is lazy and sequential; documents are coded in parallel batches and written in input
//! order, so the output does not depend on the number of threads. Near-duplicates are found in
//! input order before coding; with `--aggregate`, mentions are merged at the end.

use crate::aggregate::Aggregator;
use crate::near_duplicates::NearDuplicates;
use crate::output::{actor_code, DocumentInfo, EventWriter, Format, Sink};
use crate::progress::{kind_label, Progress, Summary};
use crate::{load_lexicon, parse_date, parse_language, LexiconArgs, Outcome};
use dyad_coder::{Coded, Document};
use dyad_ingest::{InputKind, Item, RawDocument, ReadOptions};
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct CodeArgs {
    /// Files, folders (read recursively) or `-` for standard input: plain text, JSONL, JSON
    /// arrays, HTML pages, WARC files (.warc, .warc.gz), RSS/Atom feeds. The kind is told from
    /// the extension, else from the content.
    #[arg(required = true)]
    inputs: Vec<String>,
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
    /// Write events here instead of standard output (the file appears when complete).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Output format (default: a table on a terminal, JSONL otherwise).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Merge mentions of the same event (same source, target and code, dates within
    /// `--window` days) into one event with GDELT's NumMentions, NumSources, NumArticles.
    #[arg(long)]
    aggregate: bool,
    /// Days apart two mentions of the same event may be dated (with --aggregate).
    #[arg(long, default_value_t = 1)]
    window: u32,
    /// Similarity (estimated Jaccard of word 3-shingles, 0..1) from which a document is a
    /// near-duplicate of an earlier one.
    #[arg(long, default_value_t = 0.8, value_parser = parse_share)]
    near_duplicate_threshold: f64,
    /// A PETRARCH2 dictionary file (verbs, actors, agents or discards; repeatable). Each kind
    /// given replaces Dyad's built-in lexicon of that kind: with a verb dictionary the
    /// PETRARCH coder codes; with actor/agent files only, Dyad's coder uses them for English
    /// (see dyad-petrarch).
    #[arg(long = "petrarch", value_name = "FILE")]
    petrarch: Vec<PathBuf>,
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

/// Documents are coded in parallel batches of this many and written in input order.
const BATCH: usize = 256;

struct Pending {
    doc: Document,
    info: DocumentInfo,
    origin: String,
}

pub fn run(args: CodeArgs) -> Outcome {
    if let Some(n) = args.threads {
        if let Err(e) = rayon::ThreadPoolBuilder::new().num_threads(n as usize).build_global() {
            return Outcome::Fatal(format!("cannot set threads: {e}"));
        }
    }
    let (built, mut problems) = load_lexicon(&args.lexicon);
    // One lexicon build: PETRARCH files with a verb dictionary make a PETRARCH coder;
    // actor/agent files alone go into Dyad's coder in place of its own of that kind.
    let loaded = if args.petrarch.is_empty() {
        dyad_petrarch::Loaded::Dyad(dyad_coder::Coder::new(built))
    } else {
        let (loaded, load_problems) = dyad_petrarch::load(&args.petrarch, built);
        load_problems.iter().for_each(|e| eprintln!("dyad: petrarch: {e}"));
        problems += load_problems.len();
        loaded
    };
    let ontology = match &loaded {
        dyad_petrarch::Loaded::Dyad(c) => &c.lexicon().ontology,
        dyad_petrarch::Loaded::Petrarch(p) => &p.lexicon().ontology,
    };
    if let (dyad_petrarch::Loaded::Dyad(c), Some(l)) = (&loaded, &args.lang) {
        if !c.lexicon().languages().contains(&l.as_str()) {
            return Outcome::Fatal(format!("unknown language `{l}`; Dyad has lexicons for: {}", c.lexicon().languages().join(", ")));
        }
    }
    let code_one = |d: &Document| -> Result<Coded, dyad_coder::CodeError> {
        match &loaded {
            dyad_petrarch::Loaded::Dyad(c) => c.code_document(d),
            dyad_petrarch::Loaded::Petrarch(p) => Ok(Coded { events: p.code(d), sentences: 0 }),
        }
    };
    let mut sink = match Sink::open(args.output.as_deref(), &args.inputs) {
        Ok(s) => s,
        Err(e) => return Outcome::Fatal(e),
    };
    let format = args.format.unwrap_or_else(|| Format::default_for(args.output.as_deref()));
    if args.aggregate && format == Format::Csv {
        return Outcome::Fatal("--aggregate writes JSONL or a table, not CSV".into());
    }
    let mut writer = EventWriter::new(format, ontology);
    let mut aggregator = args.aggregate.then(|| Aggregator::new(args.window));
    let mut duplicates = NearDuplicates::new(args.near_duplicate_threshold);
    let mut summary = Summary { problems, ..Default::default() };
    let mut progress = Progress::new(dyad_ingest::total_bytes(&args.inputs));
    for folder in args.inputs.iter().filter(|i| std::path::Path::new(i).is_dir()) {
        eprintln!("dyad: reading folder {folder} (its files, recursively, in name order)");
    }
    let options = ReadOptions { kind: args.input_format.map(InputKind::from), ..Default::default() };
    let mut items = dyad_ingest::read_all(&args.inputs, options).peekable();
    let mut current_kind = InputKind::Text;
    let mut current_file: Option<String> = None;
    let mut batch: Vec<Pending> = Vec::with_capacity(BATCH);
    // Documents as read, in input order, with the kind of input they came from; HTML pages are
    // extracted in parallel before near-duplicates are looked for in input order.
    let mut incoming: Vec<(Item, InputKind)> = Vec::with_capacity(BATCH);
    while items.peek().is_some() {
        batch.clear();
        incoming.clear();
        while incoming.len() < BATCH {
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
                    current_file = Some(source);
                }
                Item::Skipped { reason } => *summary.skipped.entry(reason).or_default() += 1,
                Item::Error(e) => {
                    eprintln!("dyad: {e} (skipped)");
                    summary.problems += 1;
                }
                document => incoming.push((document, current_kind)),
            }
        }
        let read: Vec<(Item, InputKind)> = std::mem::take(&mut incoming)
            .into_par_iter()
            .map(|(item, kind)| match item {
                Item::Page(page) => (page.extract(), kind),
                other => (other, kind),
            })
            .collect();
        for (item, kind) in read {
            match item {
                Item::Document(raw) if raw.text.trim().is_empty() => *summary.skipped.entry("documents without text").or_default() += 1,
                Item::Document(raw) => {
                    *summary.documents.entry(kind_label(kind)).or_default() += 1;
                    batch.push(prepare(*raw, &args, &mut duplicates, &mut summary));
                }
                Item::Error(e) => {
                    eprintln!("dyad: {e} (skipped)");
                    summary.problems += 1;
                }
                Item::Opened { .. } | Item::Page(_) | Item::Skipped { .. } => {}
            }
        }
        // Large documents are coded alone, piece by piece, each piece written before the next
        // is coded; the others in parallel.
        let large = |p: &Pending| p.doc.text.len() > dyad_coder::CHUNK_BYTES;
        let coded: Vec<_> = batch.par_iter().map(|p| (!large(p)).then(|| code_one(&p.doc))).collect();
        for (pending, result) in batch.iter().zip(coded) {
            let pieces: Box<dyn Iterator<Item = Result<Coded, dyad_coder::CodeError>>> = match (result, &loaded) {
                (Some(result), _) => Box::new(std::iter::once(result)),
                (None, dyad_petrarch::Loaded::Dyad(c)) => match c.pieces(&pending.doc, dyad_coder::CHUNK_BYTES) {
                    Ok(pieces) => Box::new(pieces),
                    Err(e) => Box::new(std::iter::once(Err(e))),
                },
                (None, dyad_petrarch::Loaded::Petrarch(_)) => Box::new(std::iter::once(code_one(&pending.doc))),
            };
            for piece in pieces {
                match piece {
                    Ok(c) => {
                        summary.sentences += c.sentences;
                        summary.events += c.events.len();
                        let written = match &mut aggregator {
                            Some(a) => {
                                c.events.into_iter().for_each(|e| a.add(e, &pending.info, &pending.origin));
                                Ok(())
                            }
                            None => writer.write(sink.writer(), &c.events, &pending.doc.text, &pending.info),
                        };
                        if let Err(e) = written {
                            return write_failed(e, &progress);
                        }
                    }
                    Err(e) => {
                        eprintln!("dyad: {}: document `{}`: {e} (skipped)", pending.origin, pending.doc.id);
                        summary.problems += 1;
                        break;
                    }
                }
            }
        }
        progress.update(&summary);
    }
    if let Some(a) = aggregator {
        if let Err(e) = write_aggregated(sink.writer(), a, format) {
            return write_failed(e, &progress);
        }
    }
    progress.finish();
    if let Err(e) = sink.finish() {
        return write_failed(e, &progress);
    }
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

fn parse_share(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.0..=1.0).contains(&v) => Ok(v),
        _ => Err(format!("`{s}` is not a number between 0 and 1")),
    }
}

/// A document as the coder gets it, with what the output says about it.
fn prepare(raw: RawDocument, args: &CodeArgs, duplicates: &mut NearDuplicates, summary: &mut Summary) -> Pending {
    if raw.lossy {
        eprintln!("dyad: warning: {}: document `{}` is not valid UTF-8; decoded lossily", raw.origin, raw.id);
    }
    for w in &raw.warnings {
        eprintln!("dyad: warning: {}: {w}", raw.origin);
    }
    let duplicate_of = duplicates.check(&raw.id, &raw.text);
    if duplicate_of.is_some() {
        summary.near_duplicates += 1;
    }
    let info = DocumentInfo {
        site: raw.url.as_deref().and_then(dyad_ingest::site_of),
        url: raw.url.clone(),
        title: raw.title.clone(),
        extractor: raw.extractor,
        duplicate_of,
    };
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
    Pending { doc, info, origin: raw.origin }
}

fn write_aggregated(out: &mut impl Write, aggregator: Aggregator, format: Format) -> std::io::Result<()> {
    for e in aggregator.into_events() {
        match format {
            Format::Table => {
                writeln!(
                    out,
                    "{:<10}  {:>9} -> {:<9}  {:<5} mentions {:>3}  sources {:>3}  articles {:>3}",
                    e.date.as_deref().unwrap_or("-"),
                    actor_code(&e.source),
                    actor_code(&e.target),
                    e.event_code,
                    e.num_mentions,
                    e.num_sources,
                    e.num_articles
                )?;
            }
            Format::Jsonl | Format::Csv => {
                serde_json::to_writer(&mut *out, &e).map_err(crate::output::io_error)?;
                out.write_all(b"\n")?;
            }
        }
    }
    Ok(())
}

/// A reader that went away (`| head`) is the end of the run, not a failure.
fn write_failed(e: std::io::Error, progress: &Progress) -> Outcome {
    progress.finish();
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Outcome::Done
    } else {
        Outcome::Fatal(format!("cannot write events: {e}"))
    }
}

fn file_size(path: &str) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}
