//! The `dyad` command: wires ingestion, lexicons and the coder together; no coding logic here.

use clap::{Parser, Subcommand};
use dyad_coder::{Coder, Document};
use dyad_ingest::{InputFormat, RawDocument};
use dyad_lexicon::LexiconBuilder;
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

mod import_petrarch;

#[derive(Parser)]
#[command(name = "dyad", version, about = "Turns news into political event data (CAMEO / PLOVER): who did what to whom, when and where.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct LexiconArgs {
    /// Extra lexicon directory layered over the built-in lexicons (repeatable).
    #[arg(long = "lexicon", value_name = "DIR")]
    lexicons: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Code documents into events, one JSON object per line (schema: docs/events.md).
    Code {
        /// Plain-text files, .jsonl files (one document per line), or `-` for standard input.
        #[arg(required = true)]
        inputs: Vec<String>,
        /// Publication date (YYYY-MM-DD) for documents that carry none.
        #[arg(long, value_parser = parse_date)]
        date: Option<chrono::NaiveDate>,
        /// Language code (it, en, ...): skips language identification.
        #[arg(long)]
        lang: Option<String>,
        /// Format of standard input.
        #[arg(long, value_enum, default_value = "text")]
        input_format: StdinFormat,
        /// Worker threads (default: all cores). Output order does not depend on it.
        #[arg(long)]
        threads: Option<usize>,
        /// Write events here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// A PETRARCH2 dictionary file (verbs, actors, agents or discards; repeatable). Each kind
        /// given replaces Dyad's built-in lexicon of that kind: with a verb dictionary the
        /// PETRARCH coder codes; with actor/agent files only, Dyad's coder uses them for English
        /// (see dyad-petrarch).
        #[arg(long = "petrarch", value_name = "FILE")]
        petrarch: Vec<PathBuf>,
        #[command(flatten)]
        lexicon: LexiconArgs,
    },
    /// Show how a sentence is coded: tokens, actors, candidate events, roles, and why each
    /// candidate was kept or dropped.
    Explain {
        /// The text to explain.
        text: String,
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, value_parser = parse_date)]
        date: Option<chrono::NaiveDate>,
        #[command(flatten)]
        lexicon: LexiconArgs,
    },
    /// Score coding on validation suites: PETRARCH XML, the PLOVER gold-standard JSON, Dyad's JSONL
    /// test sets (precision/recall/F1 by root, code and dyad; exact sentences; confusion by root).
    Eval {
        /// Suite files (.xml, .json, .jsonl).
        #[arg(required = true)]
        suites: Vec<PathBuf>,
        /// Language of the records (default: from the suite, or the JSONL file name `it.jsonl`).
        #[arg(long)]
        lang: Option<String>,
        /// One JSON object instead of the text report.
        #[arg(long)]
        json: bool,
        /// List each miss and false positive with the coder's explain trace.
        #[arg(long)]
        errors: bool,
        /// PETRARCH2 dictionary files (repeatable); default: those a suite's <Environment> names.
        #[arg(long = "petrarch", value_name = "FILE")]
        petrarch: Vec<PathBuf>,
        /// Ignore <Environment> dictionaries: code with Dyad's lexicons.
        #[arg(long)]
        builtin: bool,
        /// Also write the system events (JSONL) to this file.
        #[arg(long, value_name = "FILE")]
        events: Option<PathBuf>,
        /// Exit 1 when a figure is below its floor in this file (e.g. tests/floors.toml).
        #[arg(long, value_name = "FILE")]
        floors: Option<PathBuf>,
        #[command(flatten)]
        lexicon: LexiconArgs,
    },
    /// Convert PETRARCH dictionaries (verbs, actors, agents) into Dyad lexicon files under DIR.
    ImportPetrarch(import_petrarch::ImportArgs),
    /// Check lexicon files and report every problem with file:line.
    CheckLexicon {
        #[command(flatten)]
        lexicon: LexiconArgs,
    },
}

#[derive(clap::ValueEnum, Clone, Copy)]
enum StdinFormat {
    Text,
    Jsonl,
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    dyad_ingest::parse_date(s).ok_or_else(|| format!("`{s}` is not a date: expected YYYY-MM-DD"))
}

fn load_lexicon(args: &LexiconArgs) -> (dyad_lexicon::Lexicon, usize) {
    let mut builder = LexiconBuilder::builtin();
    for dir in &args.lexicons {
        builder.add_dir(dir);
    }
    let (lexicon, errors) = builder.build();
    for e in &errors {
        eprintln!("dyad: lexicon: {e}");
    }
    (lexicon, errors.len())
}

fn load_coder(args: &LexiconArgs) -> (Coder, usize) {
    let (lexicon, problems) = load_lexicon(args);
    (Coder::new(lexicon), problems)
}

fn check_language(coder: &Coder, lang: &Option<String>) -> Result<(), String> {
    match lang {
        Some(l) if !coder.lexicon().languages().contains(&l.as_str()) => {
            Err(format!("unknown language `{l}`; Dyad has lexicons for: {}", coder.lexicon().languages().join(", ")))
        }
        _ => Ok(()),
    }
}

fn to_document(raw: RawDocument, date: Option<chrono::NaiveDate>, lang: &Option<String>) -> Document {
    Document {
        id: raw.id,
        text: raw.text,
        date: raw.date.or(date),
        language: lang.clone().or(raw.language),
        title: raw.title,
        url: raw.url,
    }
}

/// Documents are coded in parallel batches and written in input order.
const BATCH: usize = 256;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Code { inputs, date, lang, input_format, threads, output, petrarch, lexicon } => {
            if let Some(n) = threads {
                if let Err(e) = rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global() {
                    eprintln!("dyad: cannot set threads: {e}");
                }
            }
            // One lexicon build: PETRARCH files with a verb dictionary make a PETRARCH coder;
            // actor/agent files alone go into Dyad's coder in place of its own of that kind.
            let (built, mut problems) = load_lexicon(&lexicon);
            let loaded = if petrarch.is_empty() {
                dyad_petrarch::Loaded::Dyad(Coder::new(built))
            } else {
                let (loaded, load_problems) = dyad_petrarch::load(&petrarch, built);
                load_problems.iter().for_each(|e| eprintln!("dyad: petrarch: {e}"));
                problems += load_problems.len();
                loaded
            };
            if let dyad_petrarch::Loaded::Dyad(c) = &loaded {
                if let Err(e) = check_language(c, &lang) {
                    eprintln!("dyad: {e}");
                    return ExitCode::from(2);
                }
            }
            let code_one = |d: &Document| match &loaded {
                dyad_petrarch::Loaded::Dyad(c) => c.code(d),
                dyad_petrarch::Loaded::Petrarch(p) => Ok(p.code(d)),
            };
            let sink: Box<dyn Write> = match &output {
                Some(path) => match std::fs::File::create(path) {
                    Ok(f) => Box::new(f),
                    Err(e) => {
                        eprintln!("dyad: cannot write {}: {e}", path.display());
                        return ExitCode::from(2);
                    }
                },
                None => Box::new(std::io::stdout().lock()),
            };
            let mut out = std::io::BufWriter::new(sink);
            for input in &inputs {
                let format = if input == "-" {
                    match input_format {
                        StdinFormat::Text => InputFormat::Text,
                        StdinFormat::Jsonl => InputFormat::Jsonl,
                    }
                } else {
                    InputFormat::from_path(input)
                };
                let items = match dyad_ingest::open(input, format) {
                    Ok(items) => items,
                    Err(e) => {
                        eprintln!("dyad: {e}");
                        problems += 1;
                        continue;
                    }
                };
                let mut batch = Vec::with_capacity(BATCH);
                let mut items = items.peekable();
                while items.peek().is_some() {
                    batch.clear();
                    for item in items.by_ref().take(BATCH) {
                        match item {
                            Ok(raw) => {
                                if raw.lossy {
                                    eprintln!("dyad: warning: {input}: document `{}` is not valid UTF-8; decoded lossily", raw.id);
                                }
                                batch.push(to_document(raw, date, &lang));
                            }
                            Err(e) => {
                                eprintln!("dyad: {e} (skipped)");
                                problems += 1;
                            }
                        }
                    }
                    let coded: Vec<_> = batch.par_iter().map(|d| (d, code_one(d))).collect();
                    for (doc, result) in coded {
                        match result {
                            Ok(events) => {
                                for e in events {
                                    let written = serde_json::to_writer(&mut out, &e)
                                        .map_err(std::io::Error::other)
                                        .and_then(|_| out.write_all(b"\n"));
                                    if let Err(err) = written {
                                        eprintln!("dyad: cannot write events: {err}");
                                        return ExitCode::from(2);
                                    }
                                }
                            }
                            Err(e) => {
                                eprintln!("dyad: {input}: document `{}`: {e} (skipped)", doc.id);
                                problems += 1;
                            }
                        }
                    }
                }
            }
            if let Err(e) = out.flush() {
                eprintln!("dyad: cannot write events: {e}");
                return ExitCode::from(2);
            }
            if problems > 0 {
                eprintln!("dyad: {problems} problem(s) reported above");
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::Explain { text, lang, date, lexicon } => {
            let (coder, _) = load_coder(&lexicon);
            if let Err(e) = check_language(&coder, &lang) {
                eprintln!("dyad: {e}");
                return ExitCode::from(2);
            }
            let doc = Document { id: "explain".into(), text, date, language: lang, ..Default::default() };
            match dyad_coder::explain(&coder, &doc) {
                Ok(s) => {
                    print!("{s}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("dyad: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Command::Eval { suites, lang, json, errors, petrarch, builtin, events, floors, lexicon } => {
            let options = dyad_eval::command::EvalOptions {
                suites,
                lang,
                json,
                errors,
                petrarch,
                builtin,
                events,
                floors,
                lexicon_dirs: lexicon.lexicons,
            };
            ExitCode::from(dyad_eval::command::run(&options))
        }
        Command::ImportPetrarch(args) => import_petrarch::run(args),
        Command::CheckLexicon { lexicon } => {
            let (coder, problems) = load_coder(&lexicon);
            for lang in coder.lexicon().languages() {
                if let Some(l) = coder.lexicon().language(lang) {
                    println!("{lang}: {} event patterns, {} actor names, {} function words", l.events.len(), l.actors.len(), l.words.len());
                }
            }
            println!("ontology: {} CAMEO codes", coder.lexicon().ontology.len());
            if problems > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}
