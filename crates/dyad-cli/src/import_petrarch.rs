//! `dyad import-petrarch --out DIR FILES...`: PETRARCH dictionaries converted into Dyad lexicon
//! files under DIR (see `dyad_petrarch::import`), checked by Dyad's loader before they are
//! written, with counts of what was imported and what was left out, by reason.

use dyad_lexicon::LexiconBuilder;
use dyad_petrarch::import::{self, Options};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ImportArgs {
    /// Output lexicon directory (e.g. `lexicons`): files go to DIR/en/ and DIR/common/.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// PETRARCH dictionary files (verbs, actors, agents; discards, prepositions and issue files
    /// are recognised and reported as not converted).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Only verb patterns with literal words: no bare-verb entries.
    #[arg(long)]
    literal_only: bool,
    /// Leave out verb entries whose CAMEO code starts with one of these (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    drop_codes: Vec<String>,
    /// Leave out verb entries for verbs Dyad's own event lexicon already starts a pattern with.
    #[arg(long)]
    defer_to_dyad: bool,
    /// Outputs not to write (comma-separated: events, people, igos, countries, agents).
    #[arg(long = "skip", value_delimiter = ',', value_name = "KINDS")]
    skip: Vec<String>,
    /// Also list every entry left out or changed, with its dictionary file:line.
    #[arg(long)]
    list: bool,
}

pub fn run(args: ImportArgs) -> ExitCode {
    let (dicts, read_problems) = dyad_petrarch::read_files(&args.files);
    for (file, kind) in dicts.files.iter().zip(&dicts.file_kinds) {
        println!("{file}: {}", kind.name());
    }
    for p in &read_problems {
        if args.list || p.line == 0 || p.message.ends_with("not used") {
            eprintln!("dyad: petrarch: {p}");
        }
    }
    if read_problems.iter().any(|p| p.line == 0 && p.message.starts_with("cannot read")) {
        return ExitCode::from(2);
    }
    // Dyad's own English lexicon (without entries an earlier import generated): the common words
    // for the actor-name filter, the verbs it knows, its actors' names, its ontology's codes.
    let (builtin, _) = LexiconBuilder::builtin().build();
    let options = Options {
        literal_only: args.literal_only,
        drop_codes: args.drop_codes,
        defer_to_dyad: args.defer_to_dyad,
        skip_outputs: args.skip,
        ..Options::knowing(&builtin)
    };
    let (files, report) = import::convert(&dicts, &options);
    // Check what will be written with Dyad's loader, in place of files of the same name.
    let mut check = LexiconBuilder::builtin();
    for f in &files {
        check.replace_text(&f.path, &f.text);
    }
    let (_, errors) = check.build();
    let generated: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let own_errors: Vec<_> = errors.iter().filter(|e| generated.iter().any(|g| e.file == *g)).collect();
    for e in &own_errors {
        eprintln!("dyad: generated lexicon: {e}");
    }
    for f in &files {
        let path = args.out.join(Path::new(&f.path));
        if let Some(dir) = path.parent() {
            if let Err(e) = std::fs::create_dir_all(dir) {
                eprintln!("dyad: cannot create {}: {e}", dir.display());
                return ExitCode::from(2);
            }
        }
        if let Err(e) = std::fs::write(&path, &f.text) {
            eprintln!("dyad: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
        println!("wrote {} ({} lines)", path.display(), f.text.lines().count());
    }
    let unread = read_problems.iter().filter(|p| p.line > 0 && !p.message.ends_with("not used")).count();
    if unread > 0 {
        println!("dictionary lines PETRARCH's reader could not use: {unread}{}", if args.list { "" } else { " (--list shows them)" });
    }
    print!("{}", report.summary());
    if args.list {
        for p in &report.problems {
            println!("  {p}");
        }
    }
    if own_errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
