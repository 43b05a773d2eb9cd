//! Dyad's lexicons: loading, validation and compiled matchers.
//!
//! A [`LexiconBuilder`] collects lexicon files (the built-in ones compiled into the binary from
//! `lexicons/`, plus any directories a user adds), parses them in the format documented in
//! `docs/lexicon.md`, reports every bad line as a [`LexiconError`] naming `file:line`, and builds a
//! [`Lexicon`]: the CAMEO [`Ontology`] and one [`LanguageLexicon`] per language, whose
//! [`PatternSet`]s scan normalised tokens with one hash lookup per token.
//!
//! Country names come from CLDR (ICU4X compiled data) for every language, keyed by the alpha-2 to
//! alpha-3 table `lexicons/common/countries.tsv`; the files add aliases, demonyms and metonyms.
//!
//! Invariant: this crate reads lexicon files and nothing else; it knows no document.
//!
//! ```
//! let (lexicon, errors) = dyad_lexicon::LexiconBuilder::builtin().build();
//! assert!(errors.is_empty());
//! assert_eq!(lexicon.ontology.get("161").map(|c| c.quad_class), Some(4));
//! assert!(lexicon.language("it").is_some());
//! ```

mod load;
mod model;
mod ontology;
mod pattern;

pub use load::{LanguageLexicon, Lexicon, LexiconBuilder};
pub use model::{has_ending, has_infinitive_infix, ActorEntry, ActorKind, DateWord, Endings, EventEntry, Role, WordClass, NOT_AN_EVENT};
pub use ontology::{is_country_code, CodeInfo, Ontology};
pub use pattern::{parse_pattern, Alternatives, GapRule, Match, Matcher, Pattern, PatternSet};

/// A problem in a lexicon file, located by file and line (1-based; 0 when it concerns the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl LexiconError {
    pub fn new(file: &str, line: usize, message: &str) -> LexiconError {
        LexiconError { file: file.to_string(), line, message: message.to_string() }
    }
}

impl std::fmt::Display for LexiconError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

impl std::error::Error for LexiconError {}
