//! `dyad query` and the ready-made reports (`dyad dyad`, `dyad top`, `dyad timeline`): read-only
//! views of the store, as a table on a terminal and CSV otherwise, or JSON.

use crate::{parse_date, Outcome};
use dyad_store::reports::{Period, Span, TopBy};
use dyad_store::{Store, Table};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

#[derive(clap::ValueEnum, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    Table,
    Csv,
    Json,
}

#[derive(clap::Args)]
pub struct StoreArgs {
    /// The store.
    #[arg(long, default_value = "dyad.db")]
    db: PathBuf,
    /// Output format (default: a table on a terminal, CSV otherwise).
    #[arg(long, value_enum)]
    format: Option<TableFormat>,
}

#[derive(clap::Args)]
pub struct SpanArgs {
    /// Events dated on or after this day (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    since: Option<chrono::NaiveDate>,
    /// Events dated on or before this day (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    until: Option<chrono::NaiveDate>,
}

impl SpanArgs {
    pub fn span(&self) -> Result<Span, Outcome> {
        if let (Some(since), Some(until)) = (self.since, self.until) {
            if since > until {
                return Err(Outcome::Fatal(format!("--since {since} is after --until {until}")));
            }
        }
        Ok(Span { since: self.since, until: self.until })
    }
}

#[derive(clap::ValueEnum, Clone, Copy)]
pub enum PeriodArg {
    Day,
    Week,
    Month,
    Year,
}

impl From<PeriodArg> for Period {
    fn from(p: PeriodArg) -> Period {
        match p {
            PeriodArg::Day => Period::Day,
            PeriodArg::Week => Period::Week,
            PeriodArg::Month => Period::Month,
            PeriodArg::Year => Period::Year,
        }
    }
}

/// A report over time: its periods, its span, its store.
#[derive(clap::Args)]
pub struct OverTime {
    #[arg(long, value_enum, default_value = "month")]
    by: PeriodArg,
    #[command(flatten)]
    span: SpanArgs,
    #[command(flatten)]
    store: StoreArgs,
}

#[derive(clap::ValueEnum, Clone, Copy)]
pub enum TopArg {
    Actor,
    Code,
    Country,
    Dyad,
}

#[derive(clap::Subcommand)]
pub enum Report {
    /// Run read-only SQL on the store (tables and views: docs/store.md).
    Query {
        sql: String,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Events between two actors, both directions, by period: counts, Goldstein sum and mean,
    /// QuadClass split. An actor `RUS` matches RUS, RUSGOV, RUSMIL and people of Russia.
    Dyad {
        a: String,
        b: String,
        #[command(flatten)]
        over: OverTime,
    },
    /// The most frequent actors, event codes, countries or dyads.
    Top {
        #[arg(long, value_enum, default_value = "dyad")]
        by: TopArg,
        /// How many rows.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[command(flatten)]
        span: SpanArgs,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// One actor's events by period, as source and as target.
    Timeline {
        #[arg(long)]
        actor: String,
        #[command(flatten)]
        over: OverTime,
    },
}

/// Actor codes are upper case; `rus` is `RUS`.
fn actor(code: &str) -> String {
    code.trim().to_ascii_uppercase()
}

pub fn run(report: Report) -> Outcome {
    let store_args = match &report {
        Report::Query { store, .. } | Report::Top { store, .. } => store,
        Report::Dyad { over, .. } | Report::Timeline { over, .. } => &over.store,
    };
    let store = match Store::open_read_only(&store_args.db) {
        Ok(s) => s,
        Err(e) => return Outcome::Fatal(e.to_string()),
    };
    let span = match &report {
        Report::Query { .. } => Ok(Span::default()),
        Report::Top { span, .. }
        | Report::Dyad { over: OverTime { span, .. }, .. }
        | Report::Timeline { over: OverTime { span, .. }, .. } => span.span(),
    };
    let span = match span {
        Ok(s) => s,
        Err(outcome) => return outcome,
    };
    let table = match &report {
        Report::Query { sql, .. } => store.query(sql),
        Report::Dyad { a, b, over } => store.dyad_report(&actor(a), &actor(b), over.by.into(), span),
        Report::Timeline { actor: a, over } => store.timeline(&actor(a), over.by.into(), span),
        Report::Top { by, limit, .. } => {
            let by = match by {
                TopArg::Actor => TopBy::Actor,
                TopArg::Code => TopBy::Code,
                TopArg::Country => TopBy::Country,
                TopArg::Dyad => TopBy::Dyad,
            };
            store.top(by, span, *limit)
        }
    };
    let table = match table {
        Ok(t) => t,
        Err(e) => return Outcome::Fatal(e.to_string()),
    };
    match write_table(&table, store_args.format) {
        Ok(()) => Outcome::Done,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Done,
        Err(e) => Outcome::Fatal(format!("cannot write the result: {e}")),
    }
}

fn write_table(table: &Table, format: Option<TableFormat>) -> std::io::Result<()> {
    let stdout = std::io::stdout();
    let terminal = stdout.is_terminal();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format.unwrap_or(if terminal { TableFormat::Table } else { TableFormat::Csv }) {
        TableFormat::Table => {
            table.write_text(&mut out)?;
            if terminal {
                writeln!(out, "({} rows)", table.rows.len())?;
            }
        }
        TableFormat::Csv => table.write_csv(&mut out)?,
        TableFormat::Json => table.write_json(&mut out)?,
    }
    out.flush()
}
