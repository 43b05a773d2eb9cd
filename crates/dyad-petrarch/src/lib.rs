//! PETRARCH2 dictionary compatibility: a user who brings PETRARCH (or TABARI) dictionaries can code
//! with them in Dyad.
//!
//! - [`dict`] reads the four kinds of PETRARCH2 dictionary in their own formats: verbs (blocks,
//!   synsets, patterns with `*` `+` `$` `%` `^` `{...}` `(...)` `[code]`, irregular forms), actors
//!   (codes with date restrictions, synonyms, `[A/B]` codes), agents (`[~CODE]`, `[CODE~]`,
//!   `{plurals}`, `!SUBSTITUTIONS!`) and discards. The kind of each file is recognised from its
//!   content. Every unreadable or unsupported line is reported with file:line; none is dropped
//!   silently.
//! - [`PetrarchCoder`] codes documents with them. It has its own PETRARCH-style matcher over
//!   [`dyad_text`] tokens (PETRARCH itself needs a constituency parse; real news comes without one,
//!   so this coder uses TABARI-like shallow rules: actor phrases and agents composed, coordinated
//!   actors grouped, verb patterns matched around the verb, source before and target after). It
//!   outputs ordinary [`dyad_coder::Event`]s, with QuadClass, Goldstein and PLOVER taken from
//!   Dyad's ontology.
//! - [`load`] gives Dyad's own coder ([`dyad_coder::Coder`]) with the dictionaries converted
//!   into Dyad lexicon entries and layered over Dyad's ([`to_lexicon`]): one coder, the
//!   dictionaries' knowledge where Dyad has none. [`Engine::Petrarch`] asks for the
//!   [`PetrarchCoder`] instead: PETRARCH's own pattern semantics, for dictionaries written for
//!   them (PETRARCH's validation dictionaries, whose patterns code toy sentences).
//!
//! ```no_run
//! let builder = dyad_lexicon::LexiconBuilder::builtin();
//! let files = ["CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.agents.txt"].map(std::path::PathBuf::from);
//! let loading = dyad_petrarch::load(&files, builder, dyad_petrarch::Engine::Dyad);
//! for p in &loading.problems { eprintln!("{p}"); }
//! let loaded = loading.loaded;
//! let doc = dyad_coder::Document::new("d1", "Russia attacked Ukraine.").with_language("en");
//! let events = match &loaded {
//!     dyad_petrarch::Loaded::Petrarch(coder) => coder.code(&doc),
//!     dyad_petrarch::Loaded::Dyad(coder) => coder.code(&doc).unwrap_or_default(),
//! };
//! ```
//!
//! What this crate must never do: read a `<Parse>` tree or any other input that real news lacks;
//! know any particular test sentence; ignore a dictionary line without saying so; panic on a bad
//! dictionary (a bad line is a [`dict::Problem`], a missing file is a problem naming the file).

mod coder;
pub mod dict;
pub mod import;
pub mod to_lexicon;

pub use coder::{CodingOptions, PetrarchCoder};
pub use dict::{Kind, Problem};

use std::path::PathBuf;

/// Which coder codes with PETRARCH dictionaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Engine {
    /// Dyad's coder, the dictionaries imported into its lexicon.
    #[default]
    Dyad,
    /// The PETRARCH-style pattern coder, when a verb dictionary is given.
    Petrarch,
}

/// The coder PETRARCH dictionary files make (see [`Engine`]).
pub enum Loaded {
    Petrarch(Box<PetrarchCoder>),
    Dyad(Box<dyad_coder::Coder>),
}

/// What [`load`] gives: the coder, the dictionaries' problems with file:line, the lexicon's
/// errors, and for Dyad's coder the import's counts (what was imported and left out, by reason).
pub struct Loading {
    pub loaded: Loaded,
    pub problems: Vec<Problem>,
    pub lexicon_errors: Vec<dyad_lexicon::LexiconError>,
    pub imported: Option<import::Report>,
}

impl Loaded {
    /// The dictionary files, as reports name them.
    pub fn dictionary_names(&self) -> Vec<String> {
        match self {
            Loaded::Petrarch(p) => p.dictionary_names(),
            Loaded::Dyad(_) => Vec::new(),
        }
    }
}

/// Reads PETRARCH dictionary files (any kinds, any order). A missing file is a problem naming it.
pub fn read_files(files: &[PathBuf]) -> (dict::Dictionaries, Vec<Problem>) {
    let mut dicts = dict::Dictionaries::default();
    let mut problems = Vec::new();
    for path in files {
        let name = path.display().to_string();
        match std::fs::read(path) {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes);
                dicts.add_file(&name, &text, &mut problems);
            }
            Err(e) => problems.push(Problem { file: name, line: 0, message: format!("cannot read: {e}") }),
        }
    }
    (dicts, problems)
}

/// Reads PETRARCH dictionary files and builds the coder `engine` asks for over `builder` (Dyad's
/// lexicon files: the ontology, and every entry the dictionaries do not replace). Without a verb
/// dictionary the PETRARCH coder could code nothing: Dyad's coder is used.
pub fn load(files: &[PathBuf], mut builder: dyad_lexicon::LexiconBuilder, engine: Engine) -> Loading {
    let (dicts, mut problems) = read_files(files);
    if engine == Engine::Petrarch && dicts.kinds.contains(&Kind::Verbs) {
        let (lexicon, lexicon_errors) = builder.build();
        let coder = PetrarchCoder::from_dictionaries(dicts, lexicon);
        return Loading { loaded: Loaded::Petrarch(Box::new(coder)), problems, lexicon_errors, imported: None };
    }
    let report = to_lexicon::layer(&dicts, &mut builder, &mut problems);
    let (lexicon, lexicon_errors) = builder.build();
    Loading { loaded: Loaded::Dyad(Box::new(dyad_coder::Coder::new(lexicon))), problems, lexicon_errors, imported: Some(report) }
}

impl PetrarchCoder {
    /// Reads PETRARCH dictionary files (any kinds, any order) and builds a PETRARCH coder over
    /// them. `lexicon` is Dyad's (built-in) lexicon: the ontology, and actors when no actor file is
    /// given. Without a verb dictionary nothing can be coded (a problem says so): [`load`] then
    /// gives Dyad's coder instead.
    pub fn load(files: &[PathBuf], lexicon: dyad_lexicon::Lexicon) -> (PetrarchCoder, Vec<Problem>) {
        let (dicts, mut problems) = read_files(files);
        if !dicts.kinds.contains(&Kind::Verbs) {
            problems.push(Problem {
                file: files.first().map(|f| f.display().to_string()).unwrap_or_default(),
                line: 0,
                message: "no PETRARCH verb dictionary among the files: nothing can be coded (events come only from verb patterns)".into(),
            });
        }
        (PetrarchCoder::from_dictionaries(dicts, lexicon), problems)
    }
}
