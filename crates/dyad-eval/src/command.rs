//! `dyad eval`: the command's behaviour, kept here so that the CLI only parses arguments.
//!
//! Coder choice per suite: `--petrarch FILE...` given -> Dyad's coder with those files imported
//! into its lexicon, or the PETRARCH coder with `--petrarch-coder`; else a PETRARCH suite whose
//! `<Environment>` names dictionary files found beside it -> the PETRARCH coder with those (unless
//! `--builtin`): such a suite validates PETRARCH's pattern semantics with dictionaries written
//! for them; else Dyad's built-in lexicons ([`dyad_petrarch::load`]). `<Config>` options the coder
//! does not act on are reported once each.

use crate::suite::read_suite;
use crate::{evaluate, report, Evaluation, SuiteCoder};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct EvalOptions {
    pub suites: Vec<PathBuf>,
    pub lang: Option<String>,
    pub json: bool,
    pub errors: bool,
    pub petrarch: Vec<PathBuf>,
    /// Code `petrarch` files with the PETRARCH coder, not Dyad's.
    pub petrarch_coder: bool,
    /// Ignore `<Environment>` dictionaries.
    pub builtin: bool,
    /// Write all system events here (JSONL), for another scorer.
    pub events: Option<PathBuf>,
    /// Check the figures against this floors file.
    pub floors: Option<PathBuf>,
    /// User lexicon directories layered over the built-in ones (`--lexicon`).
    pub lexicon_dirs: Vec<PathBuf>,
}

/// The built-in lexicons plus the user's directories; problems go to standard error.
pub fn build_lexicon(dirs: &[PathBuf]) -> dyad_lexicon::Lexicon {
    let (lexicon, errors) = dyad_lexicon::LexiconBuilder::builtin_with_dirs(dirs).build();
    for e in &errors {
        eprintln!("dyad: lexicon: {e}");
    }
    lexicon
}

/// Runs the command; returns the process exit code: 0 fine, 1 a floor missed, 2 unusable input.
/// Suite problems (bad records) are reported on standard error and do not change the status.
pub fn run(options: &EvalOptions) -> u8 {
    let mut evaluations: Vec<Evaluation> = Vec::new();
    let mut status = 0u8;
    let mut builtin_coder: Option<dyad_coder::Coder> = None;
    for path in &options.suites {
        match evaluate_file(path, options, &mut builtin_coder) {
            Ok(evaluation) => evaluations.push(evaluation),
            Err(e) => {
                eprintln!("dyad: {e}");
                status = 2;
            }
        }
    }
    if let Some(path) = &options.events {
        let all: String = evaluations.iter().map(crate::events_jsonl).collect();
        if let Err(e) = std::fs::write(path, all) {
            eprintln!("dyad: cannot write {}: {e}", path.display());
            status = 2;
        }
    }
    let mut stdout = std::io::stdout().lock();
    let written = if options.json {
        writeln!(stdout, "{}", report::render_json(&evaluations, options.errors))
    } else {
        write!(stdout, "{}", report::render_text(&evaluations, options.errors))
    };
    if let Err(e) = written {
        eprintln!("dyad: cannot write the report: {e}");
        return 2;
    }
    if let Some(path) = &options.floors {
        match std::fs::read_to_string(path).map_err(|e| e.to_string()).and_then(|t| crate::floors::parse_floors(&t)) {
            Ok(floors) => {
                for ev in &evaluations {
                    let mine: Vec<_> = floors.iter().filter(|f| same_suite(&f.suite, &ev.suite.path)).cloned().collect();
                    let violations = crate::floors::violations(&report::suite_json(ev, false), &mine);
                    for v in &violations {
                        eprintln!("dyad: floor: {v}");
                    }
                    if !violations.is_empty() {
                        status = status.max(1);
                    }
                }
            }
            Err(e) => {
                eprintln!("dyad: {}: {e}", path.display());
                status = 2;
            }
        }
    }
    status
}

/// Reads and evaluates one suite with the coder `options` call for (see the module doc).
/// `builtin` caches Dyad's own coder across suites. Problems go to standard error.
pub fn evaluate_file(path: &std::path::Path, options: &EvalOptions, builtin: &mut Option<dyad_coder::Coder>) -> Result<Evaluation, String> {
    let suite = read_suite(path).map_err(|e| e.to_string())?;
    for p in &suite.problems {
        eprintln!("dyad: {p}");
    }
    let (dictionaries, engine): (Vec<PathBuf>, _) = if !options.petrarch.is_empty() {
        let engine = if options.petrarch_coder { dyad_petrarch::Engine::Petrarch } else { dyad_petrarch::Engine::Dyad };
        (options.petrarch.clone(), engine)
    } else if !options.builtin {
        for name in &suite.environment.missing {
            eprintln!("dyad: {}: <Environment> names `{name}`, not found beside the suite", suite.path);
        }
        (suite.environment.all_files().cloned().collect(), dyad_petrarch::Engine::Petrarch)
    } else {
        (Vec::new(), dyad_petrarch::Engine::Dyad)
    };
    if dictionaries.is_empty() {
        let coder = builtin.get_or_insert_with(|| dyad_coder::Coder::new(build_lexicon(&options.lexicon_dirs)));
        return Ok(evaluate_with(suite, coder, options));
    }
    let started = std::time::Instant::now();
    let loading = dyad_petrarch::load(&dictionaries, dyad_lexicon::LexiconBuilder::builtin_with_dirs(&options.lexicon_dirs), engine);
    for e in &loading.lexicon_errors {
        eprintln!("dyad: lexicon: {e}");
    }
    for p in &loading.problems {
        eprintln!("dyad: {p}");
    }
    if let Some(report) = &loading.imported {
        report.summary().lines().for_each(|l| eprintln!("dyad: petrarch import: {l}"));
    }
    if !options.json {
        eprintln!("dyad: PETRARCH dictionaries loaded in {} ms", started.elapsed().as_millis());
    }
    Ok(match loading.loaded {
        dyad_petrarch::Loaded::Petrarch(coder) => evaluate_with(suite, &*coder, options),
        dyad_petrarch::Loaded::Dyad(coder) => {
            let files = dictionaries.iter().map(|f| f.display().to_string()).collect();
            evaluate_with(suite, &crate::WithPetrarchDictionaries { coder: *coder, files }, options)
        }
    })
}

/// Reports the `<Config>` options `coder` ignores, then evaluates; the report names the user's
/// lexicon directories with the coder, since they change its figures.
fn evaluate_with(suite: crate::suite::Suite, coder: &dyn SuiteCoder, options: &EvalOptions) -> Evaluation {
    for p in crate::unsupported_config(&suite, coder) {
        eprintln!("dyad: {p}");
    }
    let mut evaluation = evaluate(suite, coder, options.lang.as_deref(), options.errors);
    if !options.lexicon_dirs.is_empty() {
        let dirs: Vec<String> = options.lexicon_dirs.iter().map(|d| d.display().to_string()).collect();
        evaluation.coder.push_str(&format!(", with user lexicons: {}", dirs.join(", ")));
    }
    evaluation
}

/// Floors name suites by the path given on the command line; compare them without `./`.
pub fn same_suite(a: &str, b: &str) -> bool {
    let clean = |s: &str| s.trim_start_matches("./").replace('\\', "/");
    clean(a) == clean(b) || clean(b).ends_with(&format!("/{}", clean(a)))
}
