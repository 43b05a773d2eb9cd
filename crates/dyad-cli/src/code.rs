//! `dyad code`: inputs of any kind in, events out.
//!
//! Reading and coding are the pipeline's (shared with `dyad ingest`); this command writes each
//! document's events as they come, in input order, or with `--aggregate` merges mentions at the
//! end.

use crate::aggregate::Aggregator;
use crate::output::{actor_code, EventWriter, Format, Sink};
use crate::pipeline::{Coding, Consumer, InputArgs, Pending};
use crate::Outcome;
use dyad_coder::Event;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct CodeArgs {
    #[command(flatten)]
    input: InputArgs,
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
}

struct Writing<'o> {
    sink: Sink,
    writer: EventWriter<'o>,
    aggregator: Option<Aggregator>,
}

impl Consumer for Writing<'_> {
    fn piece(&mut self, pending: &Pending, events: Vec<Event>) -> Result<(), Outcome> {
        match &mut self.aggregator {
            Some(a) => {
                events.into_iter().for_each(|e| a.add(e, &pending.info, &pending.input));
                Ok(())
            }
            None => self.writer.write(self.sink.writer(), &events, &pending.doc.text, &pending.info).map_err(write_failed),
        }
    }
}

pub fn run(args: CodeArgs) -> Outcome {
    let coding = match Coding::load(&args.input) {
        Ok(c) => c,
        Err(outcome) => return outcome,
    };
    let sink = match Sink::open(args.output.as_deref(), &args.input.inputs) {
        Ok(s) => s,
        Err(e) => return Outcome::Fatal(e),
    };
    let format = args.format.unwrap_or_else(|| Format::default_for(args.output.as_deref()));
    if args.aggregate && format == Format::Csv {
        return Outcome::Fatal("--aggregate writes JSONL or a table, not CSV".into());
    }
    let mut writing = Writing {
        sink,
        writer: EventWriter::new(format, &coding.lexicon().ontology),
        aggregator: args.aggregate.then(|| Aggregator::new(args.window)),
    };
    let outcome = crate::pipeline::run(&args.input, &coding, &mut writing);
    if let Outcome::Fatal(_) = outcome {
        return outcome;
    }
    let Writing { mut sink, aggregator, .. } = writing;
    if let Some(a) = aggregator {
        if let Err(e) = write_aggregated(sink.writer(), a, format) {
            return write_failed(e);
        }
    }
    if let Err(e) = sink.finish() {
        return write_failed(e);
    }
    outcome
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
fn write_failed(e: std::io::Error) -> Outcome {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Outcome::Done
    } else {
        Outcome::Fatal(format!("cannot write events: {e}"))
    }
}
