//! Text stage of Dyad: everything that can be said about a document without any lexicon.
//!
//! - [`tokenize`] turns text into [`Token`]s whose normalised forms (lower case, one apostrophe,
//!   elisions split, hyphens removed) are what lexicon patterns are written against, while each
//!   token keeps its character span in the original text (Unicode scalar offsets, as Python
//!   indexes strings) so that provenance survives normalisation.
//! - [`split_sentences`] groups tokens into [`Sentence`]s; paragraphs are hard boundaries (a blank
//!   line, or a line break outside hard-wrapped text: see [`LineBreaks`]) and a full stop after an
//!   abbreviation or an initial is not one.
//! - [`detect_language`] picks a language among the ones Dyad has lexicons for.
//!
//! Invariant: this crate knows no lexicon and no language beyond the small tokenisation rules
//! (elision, English clitics) that the lexicon format documents; abbreviations are passed in.
//!
//! ```
//! let text = "L’Algeria ha rotto i rapporti. Xi Jin-ping ha risposto.";
//! let tokens = dyad_text::tokenize(text, "it");
//! let norms: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).take(3).collect();
//! assert_eq!(norms, ["l'", "algeria", "ha"]);
//! let sentences = dyad_text::split_sentences(&tokens, Default::default(), Default::default());
//! assert_eq!(sentences.len(), 2);
//! ```

mod lang;
mod sentences;
mod tokens;

pub use lang::{detect_language, language_sample, SUPPORTED_LANGUAGES};
pub use sentences::{split_sentences, LineBreaks, Sentence, StopRules, MAX_SENTENCE_TOKENS, WRAPPED_LINE_MAX};
pub use tokens::{normalize_word, splits_elisions, tokenize, Token, TokenKind};
