//! The `dyad` command: wires ingestion, lexicons and the coder together; no coding logic here.
//! One module per command, each returning an [`Outcome`] that becomes the exit status:
//! 0 done, 1 done but something was skipped or reported, 2 nothing could be done.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

mod aggregate;
mod check_lexicon;
mod code;
mod explain;
mod export;
mod import_petrarch;
mod ingest;
mod near_duplicates;
mod output;
mod pipeline;
mod progress;
mod query;

#[derive(Parser)]
#[command(name = "dyad", version, about = "Turns news into political event data (CAMEO / PLOVER): who did what to whom, when and where.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
pub struct LexiconArgs {
    /// Extra lexicon directory layered over the built-in lexicons (repeatable).
    #[arg(long = "lexicon", value_name = "DIR")]
    lexicons: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Code documents into events (schema: docs/events.md).
    Code(code::CodeArgs),
    /// Show how a sentence is coded: tokens, actors, candidate events, roles, and why each
    /// candidate was kept or dropped.
    Explain(explain::ExplainArgs),
    /// Score coding on validation suites: PETRARCH XML, the PLOVER gold-standard JSON, Dyad's JSONL
    /// test sets (precision/recall/F1 by root, code and dyad; exact sentences; confusion by root).
    Eval {
        /// Suite files (.xml, .json, .jsonl).
        #[arg(required = true)]
        suites: Vec<PathBuf>,
        /// Language of the records (default: from the suite, or the JSONL file name `it.jsonl`).
        #[arg(long, value_parser = parse_language)]
        lang: Option<String>,
        /// One JSON object instead of the text report.
        #[arg(long)]
        json: bool,
        /// List each miss and false positive with the coder's explain trace.
        #[arg(long)]
        errors: bool,
        /// PETRARCH2 dictionary files (repeatable), imported into Dyad's lexicon; default: those a
        /// suite's <Environment> names, coded by the PETRARCH coder.
        #[arg(long = "petrarch", value_name = "FILE")]
        petrarch: Vec<PathBuf>,
        /// Code the `--petrarch` files with the PETRARCH coder (PETRARCH's pattern semantics).
        #[arg(long, requires = "petrarch")]
        petrarch_coder: bool,
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
    /// Code documents into the event store (SQLite; schema: docs/store.md). Running it again
    /// on the same inputs changes nothing; new versions of documents replace the old.
    Ingest(ingest::IngestArgs),
    #[command(flatten)]
    Report(query::Report),
    /// Write the store's events in a field format: GDELT 2.0 events or mentions, PLOVER
    /// (POLECAT-style JSON lines), ICEWS, CSV, JSONL, or Parquet partitioned by year and month.
    Export(export::ExportArgs),
    /// Convert PETRARCH dictionaries (verbs, actors, agents) into Dyad lexicon files under DIR.
    ImportPetrarch(import_petrarch::ImportArgs),
    /// Check lexicon files and report every problem with file:line.
    CheckLexicon {
        #[command(flatten)]
        lexicon: LexiconArgs,
    },
}

/// How a command ended.
pub enum Outcome {
    Done,
    /// Done, but something was skipped or reported on stderr.
    Problems,
    /// Nothing (more) could be done; the message says why.
    Fatal(String),
}

pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    dyad_ingest::parse_date(s).ok_or_else(|| format!("`{s}` is not a date: expected YYYY-MM-DD"))
}

/// Language codes are case-insensitive on the command line (`EN` is `en`).
pub fn parse_language(s: &str) -> Result<String, String> {
    let l = s.trim().to_ascii_lowercase();
    if l.len() == 2 && l.bytes().all(|b| b.is_ascii_lowercase()) {
        Ok(l)
    } else {
        Err(format!("`{s}` is not a language code: expected two letters (it, en, ...)"))
    }
}

/// The built-in lexicons with the user's layered over, every language compiled; problems are
/// printed and counted.
pub fn load_lexicon(args: &LexiconArgs) -> (dyad_lexicon::Lexicon, usize) {
    let (lexicon, errors) = lexicon_builder(args).build();
    (lexicon, print_lexicon_errors(&errors))
}

/// The same, each language compiled when a document first needs it: the problems of its files
/// are printed then, by `report_late_lexicon_errors`.
pub fn load_lexicon_on_demand(args: &LexiconArgs) -> (dyad_lexicon::Lexicon, usize) {
    let (lexicon, errors) = lexicon_builder(args).build_on_demand();
    (lexicon, print_lexicon_errors(&errors))
}

/// Prints the problems found compiling languages since the last call; returns how many.
pub fn report_late_lexicon_errors(lexicon: &dyad_lexicon::Lexicon) -> usize {
    print_lexicon_errors(&lexicon.take_errors())
}

fn print_lexicon_errors(errors: &[dyad_lexicon::LexiconError]) -> usize {
    for e in errors {
        eprintln!("dyad: lexicon: {e}");
    }
    errors.len()
}

pub fn lexicon_builder(args: &LexiconArgs) -> dyad_lexicon::LexiconBuilder {
    dyad_lexicon::LexiconBuilder::builtin_with_dirs(&args.lexicons)
}

// Loading the lexicons makes some hundred thousand small allocations on several threads:
// mimalloc does that in about half the time of the system allocator (start-up time).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let outcome = match Cli::parse().command {
        Command::Code(args) => code::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Ingest(args) => ingest::run(args),
        Command::Report(report) => query::run(report),
        Command::Export(args) => export::run(args),
        Command::Eval { suites, lang, json, errors, petrarch, petrarch_coder, builtin, events, floors, lexicon } => {
            let options = dyad_eval::command::EvalOptions {
                suites,
                lang,
                json,
                errors,
                petrarch,
                petrarch_coder,
                builtin,
                events,
                floors,
                lexicon_dirs: lexicon.lexicons,
            };
            return ExitCode::from(dyad_eval::command::run(&options));
        }
        Command::ImportPetrarch(args) => return import_petrarch::run(args),
        Command::CheckLexicon { lexicon } => check_lexicon::run(&lexicon),
    };
    match outcome {
        Outcome::Done => ExitCode::SUCCESS,
        Outcome::Problems => ExitCode::from(1),
        Outcome::Fatal(message) => {
            eprintln!("dyad: {message}");
            ExitCode::from(2)
        }
    }
}
