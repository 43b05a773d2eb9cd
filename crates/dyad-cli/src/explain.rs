//! `dyad explain`: how one text is coded, step by step.

use crate::{load_lexicon_on_demand, parse_date, parse_language, report_late_lexicon_errors, LexiconArgs, Outcome};
use dyad_coder::{Coder, Document};
use std::io::{Read, Write};

#[derive(clap::Args)]
pub struct ExplainArgs {
    /// The text to explain; `-` reads it from standard input.
    text: String,
    #[arg(long, value_parser = parse_language)]
    lang: Option<String>,
    #[arg(long, value_parser = parse_date)]
    date: Option<chrono::NaiveDate>,
    #[command(flatten)]
    lexicon: LexiconArgs,
}

pub fn run(args: ExplainArgs) -> Outcome {
    let text = if args.text == "-" {
        let mut text = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut text) {
            return Outcome::Fatal(format!("cannot read standard input: {e}"));
        }
        text
    } else {
        args.text
    };
    let (lexicon, _) = load_lexicon_on_demand(&args.lexicon);
    // Never freed: see `pipeline::Coding`.
    let coder: &Coder = Box::leak(Box::new(Coder::new(lexicon)));
    if let Some(l) = &args.lang {
        if !coder.lexicon().languages().contains(&l.as_str()) {
            return Outcome::Fatal(format!("unknown language `{l}`; Dyad has lexicons for: {}", coder.lexicon().languages().join(", ")));
        }
    }
    let doc = Document { id: "explain".into(), text, date: args.date, language: args.lang, ..Default::default() };
    let explained = dyad_coder::explain(coder, &doc);
    report_late_lexicon_errors(coder.lexicon());
    match explained {
        Ok(s) => match std::io::stdout().write_all(s.as_bytes()) {
            Ok(()) => Outcome::Done,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Done,
            Err(e) => Outcome::Fatal(format!("cannot write: {e}")),
        },
        Err(e) => Outcome::Fatal(e.to_string()),
    }
}
