//! `dyad export`: the store in the field's formats (GDELT 2.0 events and mentions, PLOVER,
//! ICEWS, CSV, JSONL, Hive-partitioned Parquet). Files appear only when complete.

use crate::output::Sink;
use crate::query::SpanArgs;
use crate::Outcome;
use dyad_store::export::ExportFormat;
use dyad_store::Store;
use std::path::PathBuf;

#[derive(clap::ValueEnum, Clone, Copy)]
enum FormatArg {
    GdeltEvents,
    GdeltMentions,
    Plover,
    Icews,
    Csv,
    Jsonl,
    Parquet,
}

#[derive(clap::Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    format: FormatArg,
    /// The file to write (standard output if absent); for Parquet, a new folder.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// A header line for the GDELT formats (GDELT's own files have none).
    #[arg(long)]
    header: bool,
    #[command(flatten)]
    span: SpanArgs,
    /// The store.
    #[arg(long, default_value = "dyad.db")]
    db: PathBuf,
}

pub fn run(args: ExportArgs) -> Outcome {
    let span = match args.span.span() {
        Ok(s) => s,
        Err(outcome) => return outcome,
    };
    let store = match Store::open_read_only(&args.db) {
        Ok(s) => s,
        Err(e) => return Outcome::Fatal(e.to_string()),
    };
    let format = match args.format {
        FormatArg::GdeltEvents => ExportFormat::GdeltEvents,
        FormatArg::GdeltMentions => ExportFormat::GdeltMentions,
        FormatArg::Plover => ExportFormat::Plover,
        FormatArg::Icews => ExportFormat::Icews,
        FormatArg::Csv => ExportFormat::Csv,
        FormatArg::Jsonl => ExportFormat::Jsonl,
        FormatArg::Parquet => {
            let Some(folder) = &args.output else {
                return Outcome::Fatal("Parquet is written to a folder: give it with -o".into());
            };
            return match store.export_parquet(span, folder) {
                Ok(done) => {
                    eprintln!("dyad: {} events in {} Parquet files under {}", done.rows, done.files, folder.display());
                    Outcome::Done
                }
                Err(e) => Outcome::Fatal(e.to_string()),
            };
        }
    };
    let db = args.db.display().to_string();
    let mut sink = match Sink::open(args.output.as_deref(), &[db]) {
        Ok(s) => s,
        Err(e) => return Outcome::Fatal(e),
    };
    let exported = match store.export(format, span, args.header, sink.writer()) {
        Ok(done) => done,
        Err(e) if e.io_kind == Some(std::io::ErrorKind::BrokenPipe) => return Outcome::Done,
        Err(e) => return Outcome::Fatal(e.to_string()),
    };
    match sink.finish() {
        Ok(()) => {
            eprintln!("dyad: {} rows exported", exported.rows);
            Outcome::Done
        }
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Done,
        Err(e) => Outcome::Fatal(format!("cannot write the export: {e}")),
    }
}
