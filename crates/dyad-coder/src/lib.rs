//! Dyad's coder: one [`Document`] in, coded [`Event`]s out.
//!
//! The pipeline, stage by stage (data moves forward only):
//! 1. text: language ([`dyad_text::detect_language`] unless given), tokens, sentences;
//! 2. page furniture: paragraphs that are not news prose are skipped ([`furniture`]);
//! 3. actors: dictionary matches composed into CAMEO codes ([`actors`]);
//! 4. candidates: lexicon expressions ([`analysis`]);
//! 5. roles: subject, object, passive and nominal agents, coordination, carried subjects and
//!    objects (`roles`);
//! 6. verdicts: negation, questions, hypotheticals, purposes, denials, framing adjuncts; intentions and threats
//!    become CAMEO 03x/13x codes (`verdicts`); pairs: the (source, target) events of each kept
//!    candidate, attribution as `reported_by` ([`pairs`]); a rejected request's author's appeal or
//!    demand (`requests`);
//! 7. dates: resolved against the publication date ([`dates`]), each kept candidate's from its
//!    own clause, never from a date that belongs to a phrase ("since 2022", "the coup of 2021");
//! 8. ontology: QuadClass, Goldstein, PLOVER from the lexicon's codebook.
//!
//! ```
//! let (lexicon, _) = dyad_lexicon::LexiconBuilder::builtin().build();
//! let coder = dyad_coder::Coder::new(lexicon);
//! let doc = dyad_coder::Document::new("d1", "Il Marocco ha rotto le relazioni diplomatiche con l'Iran.")
//!     .with_date(chrono::NaiveDate::from_ymd_opt(2022, 7, 20).unwrap());
//! let events = coder.code(&doc).unwrap();
//! assert_eq!(events[0].event_code, "161");
//! ```
//!
//! Invariant: no I/O and no global state; a [`Coder`] is immutable and shared across threads.

pub mod actors;
pub mod analysis;
pub mod dates;
mod explain;
pub mod furniture;
pub mod pairs;
mod requests;
mod roles;
mod verdicts;

use analysis::{analyse, sentence_subject, Carry, SentenceAnalysis, Verdict};
use chrono::NaiveDate;
use dates::Publication;
pub use dyad_core::{Actor, Attribution, Document, Event, Precision, Trigger};
use dyad_lexicon::{LanguageLexicon, Lexicon};

pub use explain::explain;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// The document's language has no lexicon.
    UnknownLanguage(String),
    /// Language identification found nothing Dyad knows.
    UndetectedLanguage,
}

impl std::fmt::Display for CodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeError::UnknownLanguage(l) => write!(f, "no lexicon for language `{l}`"),
            CodeError::UndetectedLanguage => write!(f, "could not identify the language (pass --lang)"),
        }
    }
}

impl std::error::Error for CodeError {}

/// The coder: lexicons compiled once, then any number of documents, from any number of threads.
pub struct Coder {
    lexicon: Lexicon,
}

/// A document after the text stage.
pub(crate) struct Prepared<'a> {
    pub lex: &'a LanguageLexicon,
    pub ontology: &'a dyad_lexicon::Ontology,
    pub tokens: Vec<dyad_text::Token>,
    pub sentences: Vec<dyad_text::Sentence>,
    /// Tokens to code per sentence; `None` for page furniture.
    pub coded: Vec<Option<std::ops::Range<usize>>>,
    pub date: NaiveDate,
    pub date_given: bool,
}

impl Coder {
    pub fn new(lexicon: Lexicon) -> Coder {
        Coder { lexicon }
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The language a document will be coded in.
    pub fn language_of(&self, doc: &Document) -> Result<String, CodeError> {
        let known = self.lexicon.languages();
        match &doc.language {
            Some(l) if known.contains(&l.as_str()) => Ok(l.clone()),
            Some(l) => Err(CodeError::UnknownLanguage(l.clone())),
            None => match dyad_text::detect_language(&doc.text, &known) {
                Some((lang, true)) => Ok(lang.to_string()),
                // Short texts fool the statistical model: the language whose lexicons (function
                // words, event expressions, names) know most of the text decides; the model's
                // guess breaks ties.
                Some((guess, false)) => Ok(self.by_lexicon_words(&doc.text, &known).unwrap_or(guess).to_string()),
                None => Err(CodeError::UndetectedLanguage),
            },
        }
    }

    fn by_lexicon_words<'a>(&self, text: &str, known: &[&'a str]) -> Option<&'a str> {
        self.lexicon.compile_languages(known);
        let sample = dyad_text::language_sample(text);
        let mut scores: Vec<(usize, &str)> = known
            .iter()
            .filter_map(|&lang| {
                let lex = self.lexicon.language(lang)?;
                let tokens = dyad_text::tokenize(sample, lang);
                let norms: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
                let known_words =
                    lex.words.find_all(&norms, &[]).len() + lex.events.find_all(&norms, &[]).len() + lex.actors.find_all(&norms, &[]).len();
                Some((known_words, lang))
            })
            .collect();
        scores.sort_by_key(|s| std::cmp::Reverse(s.0));
        match scores.as_slice() {
            [(best, lang), (second, _), ..] if best > second => Some(lang),
            [(best, lang)] if *best > 0 => Some(lang),
            _ => None,
        }
    }

    pub(crate) fn prepare<'a>(&'a self, doc: &Document) -> Result<Prepared<'a>, CodeError> {
        let lang = self.language_of(doc)?;
        let lex = self.lexicon.language(&lang).ok_or_else(|| CodeError::UnknownLanguage(lang.clone()))?;
        let tokens = dyad_text::tokenize(&doc.text, &lang);
        let sentences = dyad_text::split_sentences(&tokens, lex.stop_rules(), doc.line_breaks);
        let coded = furniture::mark(&tokens, &sentences, lex);
        let date_given = doc.date.is_some();
        let date = doc.date.unwrap_or_else(|| NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default());
        Ok(Prepared { lex, ontology: &self.lexicon.ontology, tokens, sentences, coded, date, date_given })
    }

    /// Codes one document. Events come in sentence order, then trigger order. Every decision is
    /// a verdict in the analysis (what `explain` prints): this only assembles the kept pairs.
    pub fn code(&self, doc: &Document) -> Result<Vec<Event>, CodeError> {
        self.code_document(doc).map(|c| c.events)
    }

    /// Codes one document and says how much text it read. A document larger than
    /// [`CHUNK_BYTES`] is coded piece by piece (see [`Coder::pieces`]).
    pub fn code_document(&self, doc: &Document) -> Result<Coded, CodeError> {
        let mut coded = Coded::default();
        for piece in self.pieces(doc, CHUNK_BYTES)? {
            let mut piece = piece?;
            coded.sentences += piece.sentences;
            coded.events.append(&mut piece.events);
        }
        Ok(coded)
    }

    /// A document coded one piece of at most about `size` bytes at a time, cut at paragraph
    /// breaks where it has them, so that memory follows the piece, not the document: a caller
    /// can write each piece's events before the next is coded. Spans and sentence ids are the
    /// document's.
    pub fn pieces<'a>(&'a self, doc: &'a Document, size: usize) -> Result<impl Iterator<Item = Result<Coded, CodeError>> + 'a, CodeError> {
        // A document without a single letter has no language and no events; that is no error.
        let empty = !doc.text.chars().any(char::is_alphabetic);
        let language = if empty || doc.text.len() <= size { None } else { Some(self.language_of(doc)?) };
        let mut chars_before = 0;
        let mut sentences_before = 0;
        let pieces = chunks(if empty { "" } else { &doc.text }, size);
        Ok(pieces.map(move |piece| {
            let mut coded = match &language {
                None => self.code_piece(doc)?,
                Some(l) => self.code_piece(&piece_of(doc, piece, l))?,
            };
            for e in &mut coded.events {
                shift(e, chars_before, sentences_before);
            }
            sentences_before += coded.sentences;
            chars_before += piece.chars().count();
            Ok(coded)
        }))
    }

    fn code_piece(&self, doc: &Document) -> Result<Coded, CodeError> {
        let p = self.prepare(doc)?;
        let mut events = Vec::new();
        walk(&p, |sid, sentence, analysed| {
            let Some((a, _)) = analysed else { return };
            let toks = a.view.tokens;
            let span_text = |start: usize, end: usize| Trigger {
                text: doc.text[toks[start].byte_start..toks[end - 1].byte_end].to_string(),
                span: [toks[start].start, toks[end - 1].end],
            };
            for c in a.candidates.iter().filter(|c| c.verdict == Verdict::Kept) {
                let Some(info) = self.lexicon.ontology.get(&c.code) else { continue };
                let reported_by = c.reported_by.as_ref().map(|r| Attribution {
                    source: actor(&doc.text, a, &r.source),
                    trigger: span_text(r.start, r.end),
                    rule: r.rule.clone(),
                });
                for pair in &c.pairs {
                    events.push(Event {
                        doc_id: doc.id.clone(),
                        sentence_id: sid,
                        sentence_span: [sentence.start, sentence.end],
                        event_code: info.code.clone(),
                        root_code: info.root.clone(),
                        quad_class: info.quad_class,
                        goldstein: info.goldstein,
                        plover: info.plover.clone(),
                        plover_mode: info.plover_mode.clone(),
                        plover_context: info.plover_context.clone(),
                        source: Some(actor(&doc.text, a, &pair.source)),
                        target: pair.target.as_ref().map(|t| actor(&doc.text, a, t)),
                        date: c.date.rendered.clone(),
                        date_precision: c.date.precision,
                        language: p.lex.lang.clone(),
                        trigger: span_text(c.start, c.end),
                        rule: c.entry.id.clone(),
                        rules_applied: c.notes.clone(),
                        reported_by: reported_by.clone(),
                    });
                }
            }
        });
        Ok(Coded { events, sentences: p.sentences.len() })
    }
}

/// Documents larger than this (in bytes) are coded in pieces of about this size.
pub const CHUNK_BYTES: usize = 1 << 20;

/// A coded document.
#[derive(Debug, Default)]
pub struct Coded {
    pub events: Vec<Event>,
    /// Sentences read, page furniture included.
    pub sentences: usize,
}

/// A piece of `doc`: its metadata, with `text` in `language`.
fn piece_of(doc: &Document, text: &str, language: &str) -> Document {
    Document {
        id: doc.id.clone(),
        text: text.to_string(),
        date: doc.date,
        language: Some(language.to_string()),
        title: None,
        url: None,
        line_breaks: doc.line_breaks,
    }
}

/// Moves an event coded in a piece of a document to the document's offsets.
fn shift(event: &mut Event, chars: usize, sentences: usize) {
    let by = |s: &mut [usize; 2]| {
        s[0] += chars;
        s[1] += chars;
    };
    event.sentence_id += sentences;
    by(&mut event.sentence_span);
    by(&mut event.trigger.span);
    for a in [event.source.as_mut(), event.target.as_mut()].into_iter().flatten() {
        by(&mut a.span);
    }
    if let Some(r) = &mut event.reported_by {
        by(&mut r.source.span);
        by(&mut r.trigger.span);
    }
}

/// `text` cut into pieces of at most about `size` bytes: at the last paragraph break (blank
/// line) before the limit, else the last line break, else the last sentence end, else the last
/// space, else the last character boundary.
fn chunks(text: &str, size: usize) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        if rest.len() <= size {
            return Some(std::mem::take(&mut rest));
        }
        let mut limit = size;
        while !rest.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &rest[..limit];
        let cut = ["\n\n", "\n", ". ", " "]
            .iter()
            .find_map(|sep| window.rfind(sep).filter(|&at| at > size / 2).map(|at| at + sep.len()))
            .unwrap_or(limit.max(1));
        let mut cut = cut;
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (piece, tail) = rest.split_at(cut);
        rest = tail;
        Some(piece)
    })
}

/// A mention of the sentence (or the carried subject, which has no words here) as coded.
fn actor(text: &str, a: &SentenceAnalysis, p: &pairs::PairActor) -> Actor {
    let toks = a.view.tokens;
    if !p.named {
        return Actor {
            code: p.code.clone(),
            country: p.country.clone(),
            agent: p.code.get(3..).filter(|a| !a.is_empty()).map(str::to_string),
            name: String::new(),
            text: String::new(),
            span: [0, 0],
            rules: p.rules.clone(),
        };
    }
    let own = a.mentions.get(p.mention);
    let m = a.actor(p.mention);
    let (text, span) = match own {
        Some(m) => (text[toks[m.start].byte_start..toks[m.end - 1].byte_end].to_string(), [toks[m.start].start, toks[m.end - 1].end]),
        None => (String::new(), [0, 0]),
    };
    let mut rules = m.map(|m| m.rules.clone()).unwrap_or_default();
    rules.extend(p.rules.iter().cloned());
    Actor {
        code: p.code.clone(),
        country: p.country.clone(),
        agent: m.and_then(|m| m.agent.clone()),
        name: m.map(|m| m.name.clone()).unwrap_or_default(),
        text,
        span,
        rules,
    }
}

/// Walks a prepared document sentence by sentence, carrying the last subject and date across a
/// paragraph, and hands `visit` each sentence's analysis with the context it was made in (`None`
/// for page furniture). `code` and `explain` both walk this way, so explain shows what was coded.
pub(crate) fn walk<'p>(p: &'p Prepared, mut visit: impl FnMut(usize, &dyad_text::Sentence, Option<(&SentenceAnalysis<'p>, &Carry)>)) {
    let mut carry = Carry::default();
    for (sid, sentence) in p.sentences.iter().enumerate() {
        let Some(range) = p.coded[sid].clone().filter(|r| !r.is_empty()) else {
            visit(sid, sentence, None);
            continue;
        };
        if sentence.paragraph != carry.paragraph {
            carry = Carry { paragraph: sentence.paragraph, ..Default::default() };
        }
        let a = analyse(&p.tokens[range], p.lex, p.ontology, Publication { date: p.date, given: p.date_given }, &carry);
        visit(sid, sentence, Some((&a, &carry)));
        let subject = sentence_subject(&a);
        if !subject.is_empty() {
            carry.subject = subject;
        }
        let object = analysis::sentence_object(&a);
        if !object.is_empty() {
            carry.object = object;
        }
        if let Some(d) = a.dates.iter().find(|d| d.qualifies.is_none()) {
            carry.date = Some(*d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_cut_where_text_allows() {
        let text = "One two. Three four.\n\nFive six seven.";
        let pieces: Vec<&str> = chunks(text, 30).collect();
        assert_eq!(pieces, ["One two. Three four.\n\n", "Five six seven."]);
        let unbroken = "é".repeat(40);
        assert_eq!(chunks(&unbroken, 15).collect::<String>(), unbroken);
    }

    #[test]
    fn a_document_coded_in_pieces_is_coded_as_a_whole() {
        let (lexicon, _) = dyad_lexicon::LexiconBuilder::builtin().build();
        let coder = Coder::new(lexicon);
        let paragraph = "Germany expelled two Russian diplomats on Monday. Lithuania condemned Russia.\n\n";
        let doc = Document::new("d", &paragraph.repeat(12)).with_date(NaiveDate::from_ymd_opt(2024, 3, 6).unwrap()).with_language("en");
        let whole = coder.code_piece(&doc).unwrap();
        let mut pieces = Coded::default();
        for piece in coder.pieces(&doc, 200).unwrap() {
            let mut piece = piece.unwrap();
            pieces.sentences += piece.sentences;
            pieces.events.append(&mut piece.events);
        }
        assert!(!whole.events.is_empty());
        assert_eq!(whole.sentences, pieces.sentences);
        assert_eq!(whole.events, pieces.events);
    }
}
