//! One sentence through the coder's stages: actors, event candidates, roles, filters.
//!
//! Every candidate ends with a [`Verdict`] that says why it was kept or dropped; `dyad explain`
//! prints exactly this, so what users read is what the coder did.

use crate::actors::{coordinate, find_mentions, Mention};
use crate::dates::{event_date, find_dates, DateMention, EventDate, Precision, Publication};
use crate::pairs::{self, Actors, Pair, Reporter};
use crate::roles;
use crate::roles::{
    active_before, attribute_agent, find_subject, find_target, goods_origin, in_prepositional_phrase, is_auxiliary, is_determiner,
    is_passive, is_trade_measure, message_addressee, nominal_roles, object_pronoun, opens_clause, passive_agent, reciprocal_group,
    statement_topic, transparent_before_verb,
};
use crate::verdicts::{
    called_off, filter, framing_adjunct, infinitive_frame, is_conflictual, is_force, map_frame, needs_target, no_target_reason, Frame,
};
use dyad_lexicon::{has_ending, DateWord, EventEntry, GapRule, LanguageLexicon, Ontology, WordClass};
use dyad_text::{Token, TokenKind};

/// A sentence's tokens with the per-token facts every stage consults.
pub struct SentenceView<'a> {
    pub tokens: &'a [Token],
    /// The language's code, for the few rules that are one language's grammar.
    pub lang: String,
    pub norms: Vec<&'a str>,
    /// What a pattern gap may do with each token: never cross `;`, `:`, a quote, `|`, a dash;
    /// skip numbers, dates and quantifiers for free.
    pub gaps: Vec<GapRule>,
    /// One bit per word class: `WordClass::ALL` must stay within 128.
    classes: Vec<u128>,
    /// The language's word endings (participles, synthetic future, attached pronouns, adverbs).
    pub endings: &'a dyad_lexicon::Endings,
    /// The finite verb comes second in a main clause: the subject may follow it.
    pub verb_second: bool,
    /// Date words (leftmost-longest), for the dates stage.
    pub date_words: Vec<dyad_lexicon::Match>,
    /// Tokens inside an event expression (set once expressions are chosen).
    pub in_expression: Vec<bool>,
    /// Tokens of a statement's expression ("announced", "annoncée"): a nominal event's passive
    /// announcement names its doer ("the expulsion was announced by Oslo").
    pub in_statement: Vec<bool>,
}

impl<'a> SentenceView<'a> {
    pub fn new(tokens: &'a [Token], lex: &'a LanguageLexicon) -> SentenceView<'a> {
        let norms: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        let mut classes = vec![0u128; tokens.len()];
        for m in lex.words.find_all(&norms, &[]) {
            let bit = 1u128 << class_index(*lex.words.payload(m.entry));
            for c in &mut classes[m.start..m.end] {
                *c |= bit;
            }
        }
        let mut gaps: Vec<GapRule> = tokens
            .iter()
            .zip(&classes)
            .map(|(t, c)| {
                let is_barrier =
                    t.kind == TokenKind::Punct && matches!(t.norm.as_str(), ";" | ":" | "|" | "–" | "—" | "(" | ")" | "?" | "!");
                // Scare quotes sit inside expressions: ha espresso «forte insoddisfazione».
                let is_quote = t.kind == TokenKind::Punct && is_quote_mark(&t.norm);
                if is_barrier {
                    GapRule::Barrier
                } else if is_quote || t.kind == TokenKind::Number || c & (1 << class_index(WordClass::Quantifier)) != 0 {
                    GapRule::Free
                } else {
                    GapRule::Counted
                }
            })
            .collect();
        let date_words = lex.dates.find_longest(&norms, &[]);
        let article_or_preposition =
            (1 << class_index(WordClass::Article)) | (1 << class_index(WordClass::Preposition)) | (1 << class_index(WordClass::Determiner));
        // The full stop of an ordinal the sentence splitter let through ("zum 1. April").
        for i in 1..tokens.len().saturating_sub(1) {
            if tokens[i].norm == "." && !tokens[i].space_before && tokens[i - 1].kind == TokenKind::Number {
                gaps[i] = GapRule::Free;
            }
        }
        // "since" and "of" only say whose date it is: they are not part of it.
        let dates_proper = date_words.iter().filter(|m| !matches!(lex.dates.payload(m.entry), DateWord::Since | DateWord::Of));
        for m in dates_proper {
            // The date's own article or preposition ("detuvieron el sábado a", "on Monday") too,
            // past its day ("am 24. Februar").
            let mut from = m.start;
            while from > 0
                && (tokens[from - 1].kind == TokenKind::Number || (gaps[from - 1] == GapRule::Free && tokens[from - 1].norm == "."))
            {
                from -= 1;
            }
            let from = if from > 0 && classes[from - 1] & article_or_preposition != 0 { from - 1 } else { m.start };
            gaps[from..m.end].iter_mut().filter(|g| **g == GapRule::Counted).for_each(|g| *g = GapRule::Free);
            // Brazilian copy gives the day of the month in brackets: "nesta quinta-feira (12)".
            let bracketed_day = m.end + 2 < tokens.len()
                && tokens[m.end].norm == "("
                && tokens[m.end + 1].kind == TokenKind::Number
                && tokens[m.end + 2].norm == ")";
            if bracketed_day {
                gaps[m.end..m.end + 3].iter_mut().for_each(|g| *g = GapRule::Free);
            }
        }
        // "who had besieged the embassy since Monday, were dispersed": before a date, a word that
        // may open a clause ("since", "depuis") is the date's preposition, and the clause goes on.
        let clause_break = 1 << class_index(WordClass::ClauseBreak);
        for m in date_words.iter().filter(|m| matches!(lex.dates.payload(m.entry), DateWord::Since)) {
            let next = m.end + usize::from(m.end < tokens.len() && classes[m.end] & article_or_preposition != 0);
            let date_follows =
                date_words.iter().any(|d| d.start == next && !matches!(lex.dates.payload(d.entry), DateWord::Since | DateWord::Of))
                    || tokens.get(next).is_some_and(|t| t.kind == TokenKind::Number);
            if date_follows {
                classes[m.start..m.end].iter_mut().for_each(|c| *c &= !clause_break);
            }
        }
        // "hat Russland verurteilt und einen Waffenstillstand gefordert": in a verb-second
        // language a lower-case participle before "und" closes its verb bracket, and an
        // expression does not reach over it into the next one.
        if lex.verb_second {
            let coordination = 1 << class_index(WordClass::Coordination);
            for i in 1..tokens.len() {
                let closes_bracket =
                    classes[i - 1] == 0 && !tokens[i - 1].capitalized && has_ending(&tokens[i - 1].norm, &lex.endings.participle);
                if closes_bracket && classes[i] & coordination != 0 {
                    gaps[i] = GapRule::Barrier;
                }
            }
            // ", den russischen Botschafter auszuweisen": a clause that closes with an infinitive
            // is no relative clause (those close with a finite verb); its "den" is an article.
            let relative = (1 << class_index(WordClass::Relative)) | clause_break | (1 << class_index(WordClass::ObjectRelative));
            let infinitive_marker = 1 << class_index(WordClass::InfinitiveMarker);
            for i in 0..tokens.len().saturating_sub(2) {
                if tokens[i].norm != "," || classes[i + 1] & relative == 0 || tokens[i + 1].kind != TokenKind::Word {
                    continue;
                }
                let end = (i + 2..tokens.len()).find(|&k| matches!(tokens[k].norm.as_str(), "," | "." | ";" | ":")).unwrap_or(tokens.len());
                let last = &tokens[end - 1];
                let infinitive = end - 1 > i + 1
                    && last.kind == TokenKind::Word
                    && !last.capitalized
                    && (classes[end - 2] & infinitive_marker != 0
                        || dyad_lexicon::has_infinitive_infix(&last.norm, &lex.endings.infinitive_infix));
                if infinitive {
                    classes[i..i + 2].iter_mut().for_each(|c| *c &= !relative);
                }
            }
        }
        let in_expression = vec![false; tokens.len()];
        let in_statement = vec![false; tokens.len()];
        SentenceView {
            tokens,
            lang: lex.lang.clone(),
            norms,
            gaps,
            classes,
            endings: &lex.endings,
            verb_second: lex.verb_second,
            date_words,
            in_expression,
            in_statement,
        }
    }

    /// Token `i`'s function-word classes (0: a plain word). What a noun names ("diplomats",
    /// "warplanes", "accusations") is not a function: such a noun stays plain.
    pub fn classes_at(&self, i: usize) -> u128 {
        let naming = (1 << class_index(WordClass::DiplomatNoun))
            | (1 << class_index(WordClass::Aerial))
            | (1 << class_index(WordClass::AccusationNoun));
        self.classes.get(i).copied().unwrap_or(0) & !naming
    }

    /// Token `i` belongs to a word of `class`.
    pub fn is(&self, i: usize, class: WordClass) -> bool {
        self.classes.get(i).is_some_and(|c| c & (1 << class_index(class)) != 0)
    }

    /// Clause edges for role search. Quotes and dashes are not: scare quotes and parenthetical
    /// dashes sit inside clauses; nor are the brackets of a short gloss ("the Asia-Pacific
    /// Economic Cooperation (APEC) forum has agreed", "Hizbollah (Party of God) declared").
    pub(crate) fn is_boundary(&self, i: usize) -> bool {
        match self.norms[i] {
            "(" => !self.brackets_gloss(i, true),
            ")" => !self.brackets_gloss(i, false),
            ";" | ":" | "|" | "?" | "!" => true,
            _ => self.is(i, WordClass::ClauseBreak),
        }
    }

    /// The bracket at `i` opens (`forward`) or closes a gloss: one to four words or numbers and
    /// nothing else (an acronym, or the Brazilian press's day of the month after a weekday:
    /// "nesta segunda-feira (2)").
    fn brackets_gloss(&self, i: usize, forward: bool) -> bool {
        let (partner, step): (&str, isize) = if forward { (")", 1) } else { ("(", -1) };
        (1..=GLOSS_WORDS + 1)
            .map_while(|d| i.checked_add_signed(step * d as isize).filter(|&k| k < self.norms.len()))
            .enumerate()
            .find(|&(_, k)| !matches!(self.tokens[k].kind, TokenKind::Word | TokenKind::Number))
            .is_some_and(|(words, k)| words > 0 && self.norms[k] == partner)
    }

    /// Where the gloss that opens at `i` ends (the token after its closing bracket), if one does.
    pub(crate) fn after_gloss(&self, i: usize) -> Option<usize> {
        (self.norms.get(i) == Some(&"(") && self.brackets_gloss(i, true))
            .then(|| (i + 1..self.norms.len()).find(|&k| self.norms[k] == ")").map(|k| k + 1))
            .flatten()
    }
}

/// The most words a bracketed gloss of a name holds.
const GLOSS_WORDS: usize = 4;

const _: () = assert!(WordClass::ALL.len() <= 128, "a token's classes are one u128");

/// An opening or closing quotation mark of any of the press's styles.
fn is_quote_mark(norm: &str) -> bool {
    matches!(norm, "«" | "»" | "“" | "”" | "\"" | "„")
}

fn class_index(c: WordClass) -> u32 {
    WordClass::ALL.iter().position(|(_, k)| *k == c).unwrap_or(0) as u32
}

/// Why a candidate event was kept or dropped.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    Kept,
    Dropped(String),
}

/// An event expression found in the sentence and what the coder decided about it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub entry: EventEntry,
    /// The code after intent/threat mapping.
    pub code: String,
    pub sources: Vec<usize>,
    pub targets: Vec<usize>,
    /// Both directions between the sources (reciprocal events without a target).
    pub reciprocal: bool,
    /// Rules that decided roles and code, for provenance (`role:passive`, `intent:deciso`...).
    pub notes: Vec<String>,
    pub verdict: Verdict,
    /// The clause the event's date should come from first.
    pub clause: std::ops::Range<usize>,
    /// A relative clause inside that clause whose dates belong to another event.
    pub not_its_clause: Option<std::ops::Range<usize>>,
    /// The warning that makes this conditional act a threat, whose speaker must be its doer.
    pub warned_by: Option<usize>,
    /// The events it is coded as, once kept (see [`crate::pairs`]).
    pub pairs: Vec<Pair>,
    /// The reporting verb and speaker the sentence attributes it to.
    pub reported_by: Option<Reporter>,
    /// Negation words inside the expression that its pattern spells out ("persona non grata").
    pub negations_of_the_pattern: Vec<usize>,
    /// When it happened, once kept.
    pub date: EventDate,
}

impl Candidate {
    /// A nominal event: a noun entry, or a verb form the sentence uses as a noun ("the attacks").
    pub(crate) fn is_nominal(&self) -> bool {
        self.entry.noun || self.notes.iter().any(|n| n == NOUN_USE)
    }
}

/// Where the word governing an infinitive is sought, and from how far left: right before the
/// infinitive's marker ("ready to impose"), or, in a `v2` language, where the infinitive closes
/// a clause set off by a comma ("bereit, Sanktionen gegen Georgien zu verhängen", "plant, den
/// Botschafter auszuweisen"), before that comma. An expression that spans the comma itself
/// ("hat sich geweigert, ... anzuerkennen", "warf ihm vor,") is the governing verb.
fn infinitive_opening(view: &SentenceView, c: &Candidate, clause_left: usize, clause_right: usize) -> Option<(usize, usize)> {
    // Past a clause break that is a word: ", den russischen Botschafter auszuweisen" opens with
    // an article that reads like a relative pronoun.
    let comma = (0..c.start)
        .rev()
        .take_while(|&i| view.norms[i] == "," || !(view.is_boundary(i) && view.tokens[i].kind == TokenKind::Punct))
        .find(|&i| view.norms[i] == ",")
        .filter(|_| view.verb_second && !(c.start..c.end).any(|i| view.norms[i] == ","));
    if let Some(comma) = comma {
        let end = (c.end.max(c.start + 1)..clause_right).find(|&i| matches!(view.norms[i], "," | ".")).unwrap_or(clause_right);
        let last = end - 1;
        let closing = view.tokens[last].kind == TokenKind::Word
            && !view.tokens[last].capitalized
            && ((last > comma + 1 && view.is(last - 1, WordClass::InfinitiveMarker))
                || dyad_lexicon::has_infinitive_infix(view.norms[last], &view.endings.infinitive_infix));
        if closing {
            // "drohte damit, ...", "rief dazu auf, ...": the word that announces the infinitive
            // before its comma closes no clause.
            let frame_left = (0..comma)
                .rev()
                .find(|&i| view.is_boundary(i) && !(i + 1 == comma && view.tokens[i].kind == TokenKind::Word))
                .map_or(0, |i| i + 1);
            return Some((comma, frame_left));
        }
    }
    (!c.entry.noun && c.start > 0 && view.is(c.start - 1, WordClass::InfinitiveMarker)).then(|| (c.start - 1, clause_left))
}

/// The object of an uncoded verb coordinated before an object clitic ("y los", "e li", "et
/// les"): the last actor before the coordination that is none of the candidate's sources, no
/// place and not where something happened ("a Roma"), with no clause break or relative between.
fn object_before_coordination(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], c: &Candidate) -> Option<Vec<usize>> {
    let mut k = c.start;
    while k > 0 && (is_auxiliary(view, k - 1) || view.is(k - 1, WordClass::ObjectClitic)) {
        k -= 1;
    }
    let coordination = k.checked_sub(1).filter(|&i| view.is(i, WordClass::Coordination) && view.is(k, WordClass::ObjectClitic))?;
    let g = groups.iter().rev().find(|g| {
        let last = &mentions[*g.last().unwrap_or(&g[0])];
        last.end <= coordination && !g.iter().any(|m| mentions[*m].place || roles::is_locative(view, mentions[*m].start))
    })?;
    let end = mentions[*g.last()?].end;
    let open = (end..coordination).all(|i| !view.is_boundary(i) && !view.is(i, WordClass::Relative) && view.norms[i] != ",");
    (open && end + 10 >= coordination && !g.iter().any(|m| c.sources.contains(m))).then(|| g.clone())
}

/// The note a verb form used as a noun carries.
const NOUN_USE: &str = "noun-use";

/// Context carried from sentence to sentence inside a paragraph.
#[derive(Debug, Clone, Default)]
pub struct Carry {
    pub paragraph: usize,
    pub subject: Vec<Mention>,
    /// Whom the previous sentence's first event was done to: what an object pronoun stands for.
    pub object: Vec<Mention>,
    pub date: Option<DateMention>,
}

pub struct SentenceAnalysis<'a> {
    pub view: SentenceView<'a>,
    pub mentions: Vec<Mention>,
    /// The previous sentence's subject, then its object (for dropped subjects and pronouns).
    pub carried: Vec<Mention>,
    pub candidates: Vec<Candidate>,
    pub dates: Vec<DateMention>,
}

impl SentenceAnalysis<'_> {
    /// An actor as candidates index it: the sentence's own mentions, then the carried ones.
    pub fn actor(&self, i: usize) -> Option<&Mention> {
        self.mentions.get(i).or_else(|| self.carried.get(i.checked_sub(self.mentions.len())?))
    }
}

pub fn analyse<'a>(
    tokens: &'a [Token],
    lex: &'a LanguageLexicon,
    ontology: &Ontology,
    publication: Publication,
    carry: &Carry,
) -> SentenceAnalysis<'a> {
    let mut view = SentenceView::new(tokens, lex);
    let mentions = find_mentions(&view, lex, publication.date);
    // A name is one word to a gap ("a appelé le Premier ministre Ariel Henry à quitter"), and its
    // words negate nothing ("Médicos Sin Fronteras", "Reporters Without Borders").
    let negating = (1u128 << class_index(WordClass::Negation)) | (1u128 << class_index(WordClass::Without));
    for m in &mentions {
        view.gaps[m.start + 1..m.end].iter_mut().filter(|g| **g == GapRule::Counted).for_each(|g| *g = GapRule::Free);
        view.classes[m.start..m.end].iter_mut().for_each(|c| *c &= !negating);
    }
    // "Rio de Janeiro", "Santo Domingo": a name's words date nothing.
    view.date_words.retain(|d| !mentions.iter().any(|m| m.start <= d.start && d.end <= m.end && m.end - m.start > d.end - d.start));
    let groups = coordinate(&mentions, &view);
    let dates = find_dates(&view, lex, publication.date);
    let question = view.norms.last() == Some(&"?") || view.norms.iter().rev().take(3).any(|t| *t == "?");
    let lang = lex.lang.as_str();

    let Expressions { triggers, taken, adjectival, inner_force } = choose_expressions(&view, lex, &mentions);
    let groups = split_joined_clauses(groups, &mentions, &view, &triggers);
    view.in_expression = taken;
    for t in triggers.iter().filter(|t| lex.events.payload(t.entry).speech) {
        view.in_statement[t.start..t.end].iter_mut().for_each(|x| *x = true);
    }
    let view = view;
    // Verbs of warning and threatening, which make a conditional consequence a threat.
    let warnings: Vec<usize> = triggers
        .iter()
        .filter(|t| {
            let entry = lex.events.payload(t.entry);
            entry.code.starts_with("13") && !entry.noun
        })
        .map(|t| t.start)
        .chain((0..view.norms.len()).filter(|&i| view.is(i, WordClass::Threat)))
        .collect();

    let mut candidates: Vec<Candidate> = Vec::new();
    for (k, m) in triggers.iter().enumerate() {
        let entry = lex.events.payload(m.entry).clone();
        let mut c = Candidate {
            start: m.start,
            end: m.end,
            code: entry.code.clone(),
            entry,
            sources: vec![],
            targets: vec![],
            reciprocal: false,
            notes: vec![],
            verdict: Verdict::Kept,
            clause: 0..0,
            not_its_clause: None,
            warned_by: None,
            pairs: Vec::new(),
            reported_by: None,
            negations_of_the_pattern: negations_spelled_out(&view, lex, m),
            date: EventDate { rendered: None, precision: Precision::Document },
        };
        let clause_left = (0..m.start).rev().find(|&i| view.is_boundary(i)).map_or(0, |i| i + 1);
        let clause_right = (m.end..view.norms.len()).find(|&i| view.is_boundary(i)).unwrap_or(view.norms.len());
        c.clause = clause_left..clause_right;
        // "Iran, which attacked Israel in April, condemned ...": the relative clause has closed.
        if clause_left > 0 && view.is(clause_left - 1, WordClass::Relative) {
            if let Some(comma) = (clause_left..m.start).rev().find(|&i| view.norms[i] == ",") {
                c.not_its_clause = Some(clause_left - 1..comma);
            }
        }
        let next_trigger = (k + 1..triggers.len()).find(|&j| !adjectival[j]).map_or(view.norms.len(), |j| triggers[j].start);
        if c.code == dyad_lexicon::NOT_AN_EVENT {
            c.verdict = Verdict::Dropped(format!("a wording the lexicon lists as no event ({})", c.entry.id));
            candidates.push(c);
            continue;
        }
        if adjectival[k] {
            c.verdict = Verdict::Dropped(format!("a participle qualifying `{}`, not an event", view.norms[m.end]));
            candidates.push(c);
            continue;
        }
        if let Some(reason) = content_of_earlier(&view, &candidates, m.start) {
            c.verdict = Verdict::Dropped(reason);
            candidates.push(c);
            continue;
        }

        // "a joint EU statement condemning Israel": an English participle right after a plain
        // noun modifies that noun; its doer is not the sentence's subject.
        let noun_modifier = lang == "en"
            && !c.entry.noun
            && view.norms[m.start].ends_with("ing")
            && m.start > 0
            && view.tokens[m.start - 1].kind == TokenKind::Word
            && !view.tokens[m.start - 1].capitalized
            && view.classes_at(m.start - 1) == 0
            && !mentions.iter().any(|x| x.end == m.start);
        if noun_modifier {
            c.verdict = Verdict::Dropped(format!("modifies the noun `{}`, not said of an actor", view.norms[m.start - 1]));
            candidates.push(c);
            continue;
        }
        // "will send troops", or "said it would send troops": announced, not done. CAMEO codes
        // the announcement as an intention (03x) where it has one.
        let reported = candidates.iter().any(|p| p.entry.speech && p.end <= m.start);
        // "non intende per il momento richiamare": the group reaches past an adverbial phrase
        // (a preposition and its noun) to the word that governs the verb.
        let near = clause_left.max(m.start.saturating_sub(3));
        // Not an infinitive's marker: "plans to slash emissions blocked" is no adverbial phrase.
        let phrase_word = |i: usize| {
            !view.is(i, WordClass::InfinitiveMarker) && view.is(i, WordClass::Preposition)
                || view.is(i, WordClass::Article)
                || view.is(i, WordClass::Adverb)
                || (view.tokens[i].kind == TokenKind::Word
                    && !view.tokens[i].capitalized
                    && view.classes_at(i) == 0
                    && !view.in_expression[i]
                    && !mentions.iter().any(|x| x.start <= i && i < x.end))
        };
        let mut phrase_start = m.start;
        while phrase_start > clause_left.max(m.start.saturating_sub(5)) && phrase_word(phrase_start - 1) {
            phrase_start -= 1;
        }
        let adverbial = (phrase_start..m.start).any(|i| view.is(i, WordClass::Preposition));
        let verb_group_start = match phrase_start.saturating_sub(1) {
            // With the governing word's own negation ("non intende").
            governing if adverbial && phrase_start > clause_left && phrase_start <= near => {
                governing - usize::from(governing > clause_left && view.is(governing - 1, WordClass::Negation))
            }
            _ => near,
        };
        let verb_group = verb_group_start..m.start;
        // "X said Libya must hand over the suspects": a demand X makes of Libya (CAMEO 10).
        let obliged = verb_group.clone().find(|&i| view.is(i, WordClass::Obligation));
        let speaker = obliged.and_then(|_| {
            candidates.iter().rev().find(|p| p.entry.speech && p.end <= m.start && !p.sources.is_empty()).map(|p| p.sources.clone())
        });
        // Romance languages say the future in the verb itself ("invierà", "enviará"), where no condition
        // or negation makes it a hypothesis ("Se l'Iran attaccherà"); and, in reported speech, the
        // conditional ("a annoncé qu'il retirerait").
        let inflected = has_ending(view.norms[m.start], &view.endings.future)
            || (reported && has_ending(view.norms[m.start], &view.endings.conditional));
        let synthetic_future = inflected && filter(&view, &mentions, &c, clause_left, clause_right, question).is_none();
        let announced = verb_group
            .clone()
            .find(|&i| view.is(i, WordClass::Future) || (reported && view.is(i, WordClass::Hypothetical)))
            .or(synthetic_future.then_some(m.start));
        if let (Some(i), false) = (announced, c.entry.noun || question) {
            let negated = verb_group.clone().any(|j| view.is(j, WordClass::Negation));
            match map_frame(Frame::Intent, &c.code) {
                Some(code) if !negated => {
                    c.notes.push(format!("intent:{}", view.norms[i]));
                    c.code = code;
                }
                // "If Ottawa goes ahead, Washington will respond with tariffs, the trade
                // representative warned": an act announced on a condition, in a warning, is its threat.
                // Without a warning, the condition alone makes it one ("will impose tariffs if
                // Ottawa goes ahead").
                None if !negated && !reported && conditioned(&view, &c) => {
                    let w = warned_consequence(&view, &warnings, &c);
                    c.warned_by = w;
                    c.notes.push(format!("threat:{}", view.norms[w.unwrap_or(i)]));
                    c.code = map_frame(Frame::Threat, &c.code).unwrap_or_else(|| "130".into());
                }
                // "will recall its ambassador": an announced decision with no intent code is
                // coded as the act (CODING-CONVENTIONS 1).
                None if !negated && !reported && is_conflictual(&c.code) => c.notes.push(format!("announced:{}", view.norms[i])),
                // "warned that any attack would be met with force", "said it would strike back":
                // a hostile act said to come is a threat.
                None if !negated && reported && (is_conflictual(&c.code) || matches!(&c.code[..2], "14" | "15")) => {
                    c.notes.push(format!("threat:{}", view.norms[i]));
                    c.code = map_frame(Frame::Threat, &c.code).unwrap_or_else(|| c.code.clone());
                }
                _ => {
                    c.verdict = Verdict::Dropped(format!("announced, not done (`{}`)", view.norms[i]));
                    candidates.push(c);
                    continue;
                }
            }
        } else if let Some(reason) =
            filter(&view, &mentions, &c, clause_left, clause_right, question).or_else(|| shared_mood(&view, &candidates, m.start))
        {
            if let Some(w) = warned_consequence(&view, &warnings, &c).filter(|_| reason.starts_with("hypothetical")) {
                c.warned_by = Some(w);
                c.notes.push(format!("threat:{}", view.norms[w]));
                c.code = map_frame(Frame::Threat, &c.code).unwrap_or_else(|| "130".into());
            } else {
                c.verdict = Verdict::Dropped(reason);
                candidates.push(c);
                continue;
            }
        }
        if let Some((frame, word)) = shared_frame(&view, &candidates, m.start).filter(|_| !c.entry.noun) {
            match map_frame(frame, &c.code) {
                Some(code) => {
                    c.notes.push(format!("{}:{word}", if matches!(frame, Frame::Intent) { "intent" } else { "threat" }));
                    c.code = code;
                }
                None => {
                    c.verdict = Verdict::Dropped(format!("intended or threatened, not done (coordinated with `{word}`)"));
                    candidates.push(c);
                    continue;
                }
            }
        }
        // Infinitives: intentions, threats, or embedded events that did not happen.
        if let Some((marker, frame_left)) = infinitive_opening(&view, &c, clause_left, clause_right) {
            // "the attack prompted Israel to recall": a nominal event governs no infinitive.
            let earlier_verbs: Vec<dyad_lexicon::Match> =
                triggers[..k].iter().filter(|t| !lex.events.payload(t.entry).noun).copied().collect();
            match infinitive_frame(&view, marker, frame_left, &earlier_verbs, lang) {
                Ok(Some((frame, at))) => match map_frame(frame, &c.code) {
                    Some(code) => {
                        c.notes.push(format!("{}:{}", if matches!(frame, Frame::Intent) { "intent" } else { "threat" }, view.norms[at]));
                        c.code = code;
                        // The governing verb's own event (a bare "threatened") is subsumed.
                        if let Some(gov) = candidates.iter_mut().rev().find(|g| g.end <= m.start && g.end + 3 >= m.start) {
                            if awaits_target(gov) && matches!(&gov.code[..2], "03" | "13") {
                                gov.verdict = Verdict::Dropped("subsumed by the intention it governs".into());
                            }
                        }
                    }
                    // "pronti a imporre sanzioni", "ready to impose sanctions": readiness to
                    // act against someone is a threat.
                    None if view.is(at, WordClass::Readiness) => {
                        let code = map_frame(Frame::Threat, &c.code).unwrap_or_else(|| c.code.clone());
                        c.notes.push(format!("threat:{}", view.norms[at]));
                        c.code = code;
                    }
                    // "ha deciso di ritirare l'ambasciatore": a decision with no intent code is
                    // coded as the act.
                    None if view.is(at, WordClass::Decision) && is_conflictual(&c.code) => {
                        c.notes.push(format!("announced:{}", view.norms[at]))
                    }
                    None => {
                        c.verdict = Verdict::Dropped(format!(
                            "intended or threatened, not done (`{}`); CAMEO has no intent code for {}",
                            view.norms[at], c.code
                        ));
                        candidates.push(c);
                        continue;
                    }
                },
                Ok(None) => c.notes.push("infinitive:realized".into()),
                Err(reason) => {
                    c.verdict = Verdict::Dropped(reason);
                    candidates.push(c);
                    continue;
                }
            }
        }

        // "the attacks", "un attacco": a verb form after an article is a noun here.
        // So is an English verb form right after a preposition ("bans on travel to Canada").
        // Not a gerund after "by" right after a verb, whose doer is the clause's subject
        // ("retaliated by expelling", "responded on Tuesday by expelling"); after a noun it may
        // be the content of what is said ("accusing Managua of violating the convention by
        // stripping critics of their nationality").
        let gerund_of_means = m.start > 1
            && view.is(m.start - 1, WordClass::AgentPrep)
            && has_ending(view.norms[m.start], &view.endings.gerund)
            && (view.in_expression[m.start - 2] || view.gaps[m.start - 2] == GapRule::Free || view.is(m.start - 2, WordClass::Adverb));
        let after_preposition = lang == "en"
            && m.start > 0
            && view.is(m.start - 1, WordClass::Preposition)
            && !view.is(m.start - 1, WordClass::InfinitiveMarker)
            && !gerund_of_means;
        // Verb-final expressions of a `v2` language open with their object ("eine Waffenruhe
        // vereinbart"): the determiner is the object's. German writes its nouns capitalised,
        // so an expression that ends in a lower-case word ends in its verb.
        let verb_final = view.verb_second && m.end > m.start + 1 && {
            let last = &view.tokens[m.end - 1];
            last.kind == TokenKind::Word && !last.capitalized
        };
        // "que os acusam", "qui les accuse": after a relative pronoun the article is an object
        // clitic and the verb stays a verb.
        let clitic_after_relative =
            m.start > 1 && view.is(m.start - 1, WordClass::ObjectClitic) && view.is(m.start - 2, WordClass::Relative);
        // "y los instó a levantar", "e os acusou de": a simple past or a future is no noun, so
        // the article before it is an object clitic.
        let clitic_before_finite = m.start > 0 && view.is(m.start - 1, WordClass::ObjectClitic) && roles::is_simple_finite(&view, m.start);
        let infinitive_after_aspect = m.start > 0 && roles::is_aspectual_preposition(&view, m.start - 1);
        let used_as_noun = !c.entry.noun
            && !verb_final
            && m.start > 0
            && ((is_determiner(&view, m.start - 1) && !clitic_after_relative && !clitic_before_finite && !infinitive_after_aspect)
                // "condemned Monday's air strike by the army": a date's possessive names no doer
                || (view.is(m.start - 1, WordClass::Possessive) && m.start > 1 && view.gaps[m.start - 2] == GapRule::Free)
                || after_preposition
                || attribute_agent(&view, &mentions, &groups, m.start).is_some());
        if used_as_noun {
            c.notes.push(NOUN_USE.into());
        }
        if let Some(i) = called_off(&view, &c, clause_right).filter(|_| c.is_nominal()) {
            c.verdict = Verdict::Dropped(format!("called off (`{}`): it did not happen", view.norms[i]));
            candidates.push(c);
            continue;
        }
        // "efforts to broker a truce between ...", "per mediare una tregua tra ...": the object of
        // an infinitive is not asserted.
        // The infinitive may take its object through a preposition: "per arrivare a una tregua".
        let infinitive = (m.start.saturating_sub(4)..m.start.saturating_sub(1)).find(|&p| {
            (view.is(p, WordClass::InfinitiveMarker) || view.is(p, WordClass::Purpose))
                && view.tokens[p + 1].kind == TokenKind::Word
                && !view.tokens[p + 1].capitalized
                && (view.endings.infinitive.is_empty() || has_ending(view.norms[p + 1], &view.endings.infinitive))
                && view.classes_at(p + 1) == 0
                && (p + 2..m.start).all(|d| is_determiner(&view, d) || (d == p + 2 && view.is(d, WordClass::Preposition)))
        });
        if let (Some(p), true) = (infinitive, c.entry.noun || used_as_noun) {
            c.verdict = Verdict::Dropped(format!("the object of the infinitive `{}`, not asserted", view.norms[p + 1]));
            candidates.push(c);
            continue;
        }
        if c.entry.noun || used_as_noun {
            // "las sanciones anunciadas el viernes por Washington contra": a participle with its
            // agent right after the noun qualifies it; the noun's roles reach past it.
            let qualified = roles::participle_agent_at(&view, &mentions, m.end).is_some();
            let reach = if qualified { clause_right } else { next_trigger.max(m.end + 1) };
            nominal_roles(&view, &mentions, &groups, &mut c, clause_right.min(reach));
            // "L'UE ha adottato un pacchetto di sanzioni contro la Russia": the object of a plain
            // verb takes the clause subject as its doer; not so after a preposition or inside
            // another event ("ha condannato l'invasione").
            // An announcement or decision does not: "ont annoncé le rappel de leurs ambassadeurs",
            // "decided the expulsion of" name the doer as their subject.
            let announces =
                |t: &dyad_lexicon::Match| (t.start..t.end).any(|i| view.is(i, WordClass::Intent) || view.is(i, WordClass::Decision));
            // Verb-second: the participle closing the bracket governs too ("haben am Freitag eine
            // Erklärung unterzeichnet").
            let closes_bracket = |t: &dyad_lexicon::Match| {
                view.verb_second
                    && t.start >= m.end
                    && (m.end..t.start).all(|i| view.norms[i] != "," && view.gaps[i] != GapRule::Barrier)
                    && lex.events.payload(t.entry).code != dyad_lexicon::NOT_AN_EVENT
                    && view.norms.get(t.end).is_none_or(|&w| matches!(w, "," | "." | ";" | ":") || view.is(t.end, WordClass::Coordination))
            };
            let governed = triggers[..k].iter().any(|t| t.end > clause_left && !announces(t))
                || triggers[k + 1..].iter().any(|t| closes_bracket(t) && !announces(t));
            // "one of its largest attacks", "una serie di raid": `of`/`di` quantifies, it does not govern.
            // Not the preposition of a date ("verkündete am Montag die Aussetzung").
            let after_preposition = (m.start.saturating_sub(3)..m.start)
                .any(|i| view.is(i, WordClass::Preposition) && !view.is(i, WordClass::ComplementPrep) && view.gaps[i + 1] != GapRule::Free);
            // "celebrated the signing of the accord between A and B": the two sides named after it.
            let between_after = c.entry.reciprocal && reciprocal_group(&view, &mentions, &groups, m.start, m.end, false).is_some();
            if c.sources.is_empty() && !governed && !after_preposition && !between_after {
                let mut notes = Vec::new();
                let subject = find_subject(&view, &mentions, &groups, m.start, clause_left, &c.targets, &[], &Carry::default(), &mut notes);
                // Only a verb's direct object: the subject, its verb and a determiner or two.
                let close = subject
                    .as_ref()
                    .and_then(|g| g.last())
                    .and_then(|&i| mentions.get(i))
                    .is_some_and(|s| m.start <= s.end + LIGHT_VERB_REACH);
                // "Thousands of people who fled the fighting": civilians and refugees are what
                // force is used on, not who uses it.
                let force = is_force(&c.code);
                let civilians =
                    |g: &Vec<usize>| g.iter().all(|&i| mentions.get(i).is_some_and(|x| matches!(x.agent.as_deref(), Some("CVL" | "REF"))));
                if let (Some(s), true) = (subject.filter(|g| !(force && civilians(g))), close) {
                    c.sources = s;
                    c.notes.push("role:light-verb-subject".into());
                }
            }
        } else {
            let clause = ClauseBounds { left: clause_left, right: clause_right, next_expression: next_trigger };
            verbal_roles(&view, &mentions, &groups, carry, &candidates, &clause, &mut c);
            if let (Some(at), Some(speaker), false) = (obliged, speaker.as_ref(), c.entry.noun) {
                if !c.sources.is_empty() && c.sources != *speaker {
                    c.targets = std::mem::replace(&mut c.sources, speaker.clone());
                    c.code = "100".into();
                    c.notes.push(format!("demand:{}", view.norms[at]));
                }
            }
        }
        if c.entry.undergone {
            // A passive's subject is already its target ("fue suspendida de ...").
            if !c.notes.iter().any(|n| n == "role:passive") {
                c.targets = std::mem::take(&mut c.sources);
            }
            if c.sources.is_empty() {
                c.sources = roles::doer_after(&view, &mentions, &groups, c.end).unwrap_or_default();
            }
            c.notes.push("role:undergone".into());
        }
        if c.sources.is_empty() && roles::subject_after_inner_relative(&view, &mentions, &c) {
            c.sources = std::mem::take(&mut c.targets);
            c.notes.push("role:inner-relative-subject".into());
        }
        if let Some(reason) = framing_adjunct(&view, &c, clause_left, used_as_noun) {
            c.verdict = Verdict::Dropped(reason);
            candidates.push(c);
            continue;
        }
        // "Kiev e Mosca si accusano a vicenda", "accused each other"
        let mutual =
            (m.start..(m.end + 3).min(view.norms.len())).any(|i| view.is(i, WordClass::Reciprocal) && !view.is(i, WordClass::Preposition));
        // "Lula e o Presidente francês, Emmanuel Macron,": an apposition names the same side, so
        // two sides may take more than two mentions; one mention stands for each.
        let mut sides: Vec<usize> = Vec::new();
        for &i in &c.sources {
            if !sides.iter().any(|&j| mentions.get(j).map(|m| &m.code) == mentions.get(i).map(|m| &m.code)) {
                sides.push(i);
            }
        }
        let two_sides = sides.len() == 2;
        // "Egypt, Ethiopia and Sudan signed a joint statement": three countries are three pairs;
        // with an object of the verb ("A, B and C met a delegation of X") they act on it
        // together. An actor past the object the expression names ("signed a charter founding
        // the Alliance of Sahel States") is no object of theirs, unless "between" names it as a
        // side ("talks between Israel and Hamas mediated by A, B and C").
        let countries: std::collections::HashSet<_> = sides.iter().filter_map(|&i| mentions.get(i)?.country.as_ref()).collect();
        let past_the_object = |m: &Mention| m.start >= c.end && !(c.start..m.start).any(|i| view.is(i, WordClass::Reciprocal));
        let object_named = c.end > c.start + 1 && c.targets.iter().all(|&t| mentions.get(t).is_some_and(past_the_object));
        let few_sides = two_sides || (sides.len() == 3 && countries.len() == 3 && (c.targets.is_empty() || object_named));
        let sides = if few_sides && c.sources.len() > sides.len() { sides } else { c.sources.clone() };
        if mutual && two_sides {
            c.sources = sides.clone();
            c.reciprocal = true;
            c.targets.clear();
            c.notes.push("role:mutual".into());
        }
        // "Si è aperto a Doha un ciclo di negoziati tra A e B": the sides after "between" were
        // taken for the objects of the opening verb.
        // Between three or more ("the elimination of tariffs between Mexico, the United States and
        // Canada") is a multilateral setting, not a dyad.
        let objects_are_the_sides =
            |g: &Vec<usize>| g.len() == 2 && (c.targets.is_empty() || (c.entry.reciprocal && c.targets.iter().all(|t| g.contains(t))));
        if c.sources.is_empty() && !c.entry.speech {
            if let Some(g) = reciprocal_group(&view, &mentions, &groups, m.start, m.end, c.entry.reciprocal).filter(objects_are_the_sides) {
                c.targets.clear();
                c.sources = g;
                c.reciprocal = true;
                c.notes.push("role:between".into());
            }
        } else if few_sides && c.entry.reciprocal && !partner_named_with(&view, &mentions, &c) {
            // "Biden and Xi met in Bali": the coordinated subject meets itself, whatever follows,
            // unless "with" names the other side ("A and B broke off relations with Qatar").
            c.sources = sides;
            c.reciprocal = true;
            c.targets.clear();
        }
        // "hanno bombardato Odessa, uccidendo tre civili": the same attack told twice, in the
        // same code or a generic one. Talks held on a visit ("s'est rendu à Téhéran, où il s'est
        // entretenu avec") are an event of their own.
        let generic_or_same = |p: &Candidate| p.code == c.code || (c.code.len() == 3 && c.code.ends_with('0') && c.code != "040");
        let restated = c.notes.iter().any(|n| n == "role:shared-subject")
            && candidates
                .last()
                .is_some_and(|p| p.verdict == Verdict::Kept && p.code[..2] == c.code[..2] && p.sources == c.sources && generic_or_same(p));
        if restated {
            c.verdict = Verdict::Dropped("restates the previous event of the same subject".into());
        } else if c.sources.is_empty() {
            c.verdict = Verdict::Dropped("no source actor".into());
        } else if restrictive_relative(&view, &c) {
            c.verdict = Verdict::Dropped("a restrictive relative: it says who they are, not what happened".into());
        } else if lacks_needed_target(&c) {
            c.verdict = Verdict::Dropped(no_target_reason(&c.code));
        } else if c.reciprocal && c.sources.len() < 2 {
            c.verdict = Verdict::Dropped("reciprocal event with one actor".into());
        }
        candidates.push(c);
    }
    complete_roles(&view, &mentions, &groups, &mut candidates);
    identifying_protests(&view, &mentions, &mut candidates);
    let inner_force: Vec<(usize, dyad_lexicon::Match, EventEntry)> =
        triggers.iter().zip(&inner_force).filter_map(|(t, f)| f.map(|f| (t.start, f, lex.events.payload(f.entry).clone()))).collect();
    claimed_acts(&view, &mentions, &inner_force, &mut candidates);
    negated_subjects(&view, &mentions, &mut candidates);
    rejected_proposals(&view, &mut candidates);
    let carried: Vec<Mention> = carry.subject.iter().chain(&carry.object).cloned().collect();
    let doers = candidates.iter().filter(|c| c.verdict == Verdict::Kept).flat_map(|c| c.sources.iter().copied()).collect();
    let actors = Actors { mentions: &mentions, carried: &carried, norms: &view.norms, doers };
    for c in candidates.iter_mut().filter(|c| c.verdict == Verdict::Kept) {
        if ontology.get(&c.code).is_none() {
            c.verdict = Verdict::Dropped(format!("code {} is not in the ontology", c.code));
            continue;
        }
        pairs::resolve(c, &actors);
    }
    crate::requests::answered_requests(&view, &mentions, ontology, &mut candidates);
    pairs::drop_restatements(&mut candidates);
    for c in candidates.iter_mut() {
        aerial_force(&view, &mentions, c);
    }
    pairs::attribute(&mut candidates);
    date_events(&dates, carry.date, publication, &mut candidates);
    SentenceAnalysis { view, mentions, carried, candidates, dates }
}

/// Each kept event's date: from its own clause first, never from a relative clause about another
/// event nor from a phrase the date qualifies, else the paragraph's or the publication's.
fn date_events(dates: &[DateMention], carried: Option<DateMention>, publication: Publication, candidates: &mut [Candidate]) {
    for c in candidates.iter_mut().filter(|c| c.verdict == Verdict::Kept) {
        let its_own = |d: &&DateMention| {
            c.not_its_clause.as_ref().is_none_or(|r| !(r.start <= d.start && d.end <= r.end))
                && d.qualifies.is_none_or(|w| c.start <= w && w < c.end)
        };
        let own_dates: Vec<DateMention> = dates.iter().filter(its_own).copied().collect();
        let same_clause: Vec<DateMention> =
            own_dates.iter().filter(|d| c.clause.start <= d.start && d.end <= c.clause.end).copied().collect();
        let dates = if same_clause.is_empty() { &own_dates } else { &same_clause };
        c.date = event_date(dates, c.start, carried, publication);
    }
}

/// "l'aviation israélienne a frappé", "Turkish warplanes hit": force used by an air force or its
/// aircraft is an air strike (CODING-CONVENTIONS 6), whatever verb tells it.
fn aerial_force(view: &SentenceView, mentions: &[Mention], c: &mut Candidate) {
    let generic = matches!(c.code.as_str(), "190" | "194");
    let airborne = |mention: usize| mentions.get(mention).is_some_and(|m| (m.start..m.end).any(|i| view.is(i, WordClass::Aerial)));
    if c.verdict == Verdict::Kept && generic && !c.pairs.is_empty() && c.pairs.iter().all(|p| airborne(p.source.mention)) {
        c.code = "195".into();
        c.notes.push("code:aerial-doer".into());
    }
}

/// The negation words an event pattern names itself ("persona non grata", "would not free",
/// "refused to meet"): the expression's own words, not a negation of it. A negation of several
/// words ("refused to") is the pattern's when its first word is.
fn negations_spelled_out(view: &SentenceView, lex: &LanguageLexicon, m: &dyad_lexicon::Match) -> Vec<usize> {
    let mut own: Vec<usize> = Vec::new();
    for i in m.start..m.end {
        let continues = i > m.start && own.last() == Some(&(i - 1));
        if view.is(i, WordClass::Negation) && (continues || lex.events.spells_out(m.entry, view.norms[i])) {
            own.push(i);
        }
    }
    own
}

/// "Thailand and Cambodia fought ..., and Trump urged both sides to halt", "Guterres beide Seiten
/// zu einer Waffenruhe aufrief": "both sides" stands for the last two or more coordinated actors
/// named before it.
fn the_two_sides(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], candidates: &mut [Candidate]) {
    for c in candidates.iter_mut().filter(|c| c.targets.is_empty() && !c.sources.is_empty() && awaits_target(c)) {
        let Some(subject_start) = c.sources.iter().filter_map(|&i| mentions.get(i)).map(|m| m.start).min() else { continue };
        let Some(phrase) = (subject_start + 1..(c.end + 3).min(view.norms.len())).find(|&i| view.is(i, WordClass::BothSides)) else {
            continue;
        };
        let sides = groups
            .iter()
            .rev()
            .filter(|g| g.len() >= 2 && !g.iter().any(|m| c.sources.contains(m)))
            .find(|g| g.iter().filter_map(|&i| mentions.get(i)).all(|m| m.end <= phrase));
        if let Some(sides) = sides {
            c.targets = sides.clone();
            c.notes.push("role:both-sides".into());
            c.verdict = Verdict::Kept;
        }
    }
}

/// How far after a reporting verb the subject of the clause it reports may start ("erklärte am
/// Dienstag, der Sudan müsse").
const REPORTED_SUBJECT_REACH: usize = 6;

/// "Russland erklärte, der Sudan müsse den Hubschrauber zurückgeben", "said Sudan must return the
/// helicopter": what a speaker says an actor must do is a demand of that actor (CAMEO 10), also
/// when the lexicon does not code the act itself.
fn demands_of_the_obliged(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], candidates: &mut [Candidate]) {
    for k in 0..candidates.len() {
        let c = &candidates[k];
        if !c.entry.speech || c.sources.is_empty() || c.verdict != Verdict::Kept {
            continue;
        }
        let Some(g) = groups.iter().find(|g| {
            let st = mentions[g[0]].start;
            st >= c.end && st <= c.end + REPORTED_SUBJECT_REACH && !g.iter().any(|i| c.sources.contains(i))
        }) else {
            continue;
        };
        let end = g.iter().filter_map(|&i| mentions.get(i)).map(|m| m.end).max().unwrap_or(0);
        // "must be punished": what is done to the actor is no demand of it.
        let obliged = view.norms.get(end).is_some() && view.is(end, WordClass::Obligation) && !view.is(end + 1, WordClass::PassiveAux);
        let coded = candidates.iter().any(|o| o.start > c.end && o.notes.iter().any(|n| n.starts_with("demand:")));
        if obliged && !coded {
            let c = &mut candidates[k];
            c.code = "100".into();
            c.targets = g.clone();
            c.notes.push(format!("demand:{}", view.norms[end]));
        }
    }
}

/// "arrestato venti operai in sciopero", "a dispersé des médecins en grève", "arrested 27 striking
/// miners": a strike or protest that says who another act was done to identifies them, like a
/// restrictive relative, and is no event of its own. An act that lost those people inside the
/// protest's words takes them back as its target.
fn identifying_protests(view: &SentenceView, mentions: &[Mention], candidates: &mut [Candidate]) {
    let count_or_article =
        |i: usize| view.tokens[i].kind == TokenKind::Number || view.is(i, WordClass::Quantifier) || view.is(i, WordClass::Article);
    for j in 0..candidates.len() {
        let c = &candidates[j];
        if c.verdict != Verdict::Kept || !c.code.starts_with("14") {
            continue;
        }
        // "operai in sciopero", "médecins en grève": a state after its people, with no addressee;
        // not a participle with a complement of its own ("supporters protesting against the ruling").
        let state = c.targets.is_empty() && (view.is(c.start, WordClass::Preposition) || view.is(c.start, WordClass::Locative));
        let after = mentions.iter().position(|m| m.end == c.start && m.agent.is_some()).filter(|_| state);
        let inside = mentions.iter().position(|m| m.start > c.start && m.end == c.end && m.agent.is_some());
        let Some(people) = after.or(inside) else { continue };
        let acted_on = candidates
            .iter()
            .enumerate()
            .find(|&(i, p)| i != j && p.start < c.start && !p.entry.speech && p.verdict == Verdict::Kept && p.targets.contains(&people));
        let act = match acted_on {
            Some((i, _)) => i,
            None if inside.is_some() => {
                let lost_target = candidates.iter().position(|p| {
                    p.end <= c.start
                        && (p.end..c.start).all(count_or_article)
                        && !p.sources.is_empty()
                        && p.verdict == Verdict::Dropped(no_target_reason(&p.code))
                });
                let Some(i) = lost_target else { continue };
                candidates[i].targets = vec![people];
                candidates[i].verdict = Verdict::Kept;
                candidates[i].notes.push("role:identified-by-protest".into());
                i
            }
            None => continue,
        };
        let reason = format!("says whom `{}` was done to, not what happened", view.norms[candidates[act].start]);
        candidates[j].verdict = Verdict::Dropped(reason);
    }
}

/// "Nessuno dei giornalisti è stato fermato", "None of the protesters was arrested": a subject
/// that is "none of" the actors denies the event.
fn negated_subjects(view: &SentenceView, mentions: &[Mention], candidates: &mut [Candidate]) {
    for c in candidates.iter_mut().filter(|c| c.verdict == Verdict::Kept) {
        let passive = c.notes.iter().any(|n| n == "role:passive");
        let subject = if passive { &c.targets } else { &c.sources };
        let Some(start) = subject.iter().filter_map(|&i| mentions.get(i)).map(|m| m.start).min() else { continue };
        if start >= c.start {
            continue;
        }
        let mut i = start;
        while i > 0 && (view.is(i - 1, WordClass::Article) || view.is(i - 1, WordClass::ComplementPrep)) {
            i -= 1;
        }
        let none_of = i < start && i > 0 && view.is(i - 1, WordClass::Negation) && !view.is(i - 1, WordClass::Without);
        if none_of {
            c.verdict = Verdict::Dropped(format!("negated subject (`{}`)", view.norms[i - 1]));
        }
    }
}

/// "Six British diplomats were expelled by Moscow", "expulsó al embajador": expelling diplomats
/// reduces relations (161), whatever the wording of the expulsion.
fn expelled_diplomats(view: &SentenceView, mentions: &[Mention], candidates: &mut [Candidate]) {
    for c in candidates.iter_mut().filter(|c| c.code.starts_with("174")) {
        // The noun may stand before the demonym that is the mention ("diplomatici britannici").
        let diplomats = c
            .targets
            .iter()
            .filter_map(|&t| mentions.get(t))
            .any(|m| (m.start.saturating_sub(1)..m.end).any(|i| view.is(i, WordClass::DiplomatNoun)));
        if diplomats {
            c.code = "161".into();
            c.notes.push("role:diplomats-expelled".into());
        }
    }
}

/// "Un tribunal a condamné l'opposant à ...", "the European court condemned Poland": what a
/// court that is the subject condemns it rules on: people it sentences (173), a state it finds
/// liable (116).
fn court_rulings(view: &SentenceView, mentions: &[Mention], candidates: &mut [Candidate]) {
    for c in candidates.iter_mut().filter(|c| c.code == "111" && !c.sources.is_empty() && !c.targets.is_empty()) {
        let court_subject = c.sources.iter().all(|&s| {
            mentions.get(s).is_some_and(|m| m.code.ends_with("JUD") && m.end <= c.start && !view.norms[m.end..c.start].contains(&","))
        });
        if !court_subject {
            continue;
        }
        let state = |m: &Mention| m.country.is_some() && (m.agent.is_none() || m.agent.as_deref() == Some("GOV")) && !m.person;
        let states = c.targets.iter().all(|&t| mentions.get(t).is_some_and(state));
        c.code = if states { "116" } else { "173" }.into();
        c.notes.push("role:court-ruling".into());
    }
}

/// "Kinshasa a accusé Kigali d'armer les rebelles, ce que le Rwanda dément": a denial that
/// names no one answers the sentence's accusation, and its target is the accuser.
fn denied_accusers(candidates: &mut [Candidate]) {
    for k in 0..candidates.len() {
        let c = &candidates[k];
        if c.code != "016" || !c.targets.is_empty() || c.sources.is_empty() {
            continue;
        }
        let accuser = candidates
            .iter()
            .find(|p| p.code.starts_with("112") && !p.sources.is_empty() && !p.sources.iter().any(|s| c.sources.contains(s)));
        if let Some(sources) = accuser.map(|p| p.sources.clone()) {
            candidates[k].targets = sources;
            candidates[k].notes.push("role:denied-accuser".into());
        }
    }
}

/// Whether "with" right after the expression introduces its first target ("rottura delle
/// relazioni con il Qatar"); not one further on (", con Cuba y Noruega como garantes").
fn partner_named_with(view: &SentenceView, mentions: &[Mention], c: &Candidate) -> bool {
    let Some(start) = c.targets.first().and_then(|&t| mentions.get(t)).map(|m| m.start) else {
        return false;
    };
    if start < c.end || start > c.end + 2 || view.norms[c.end..start].contains(&",") {
        return false;
    }
    let before = start.checked_sub(1).filter(|&i| !view.is(i, WordClass::Article) || view.is(i, WordClass::Preposition));
    let before = before.or_else(|| start.checked_sub(2));
    before.is_some_and(|i| view.is(i, WordClass::Comitative))
}

/// "deploying warships, and Taipei condemned the move": a comma and a conjunction before a second
/// actor that an event expression follows join two clauses, not two actors. A longer list keeps
/// its serial comma ("France, Germany, and Italy condemned").
fn split_joined_clauses(
    groups: Vec<Vec<usize>>,
    mentions: &[Mention],
    view: &SentenceView,
    triggers: &[dyad_lexicon::Match],
) -> Vec<Vec<usize>> {
    let mut out = Vec::with_capacity(groups.len());
    for g in groups {
        let &[first, second] = g.as_slice() else {
            out.push(g);
            continue;
        };
        let gap = mentions[first].end..mentions[second].start;
        let comma_and = gap.clone().any(|t| view.norms[t] == ",") && gap.clone().any(|t| view.is(t, WordClass::Coordination));
        // Past the verb group's clitics and auxiliaries ("e la polizia li ha dispersi").
        let end = mentions[second].end;
        let verb_follows = triggers.iter().any(|m| {
            m.start >= end
                && m.start <= end + 3
                && (end..m.start).all(|i| view.is(i, WordClass::ObjectClitic) || view.is(i, WordClass::Clitic) || is_auxiliary(view, i))
        });
        if comma_and && verb_follows {
            out.extend([vec![first], vec![second]]);
        } else {
            out.push(g);
        }
    }
    out
}

/// Event expressions: Dyad's own entries before converted ones (they were measured on Dyad's
/// sets; converted ones fill what they miss), then longest first, no overlaps. An expression may
/// span an actor inside a gap ("hanno firmato a Pyongyang un trattato") but may not start on one.
/// Returns the expressions in text order, the tokens they cover, which of them are English
/// participles qualifying a noun ("rejected proposed Israeli changes", "the alleged plot": no
/// events, and later expressions do not stop at them), and the act of force each one holds inside
/// it ("rivendicato l'attacco", "attack claimed by": see [`claimed_acts`]).
fn choose_expressions(view: &SentenceView, lex: &LanguageLexicon, mentions: &[Mention]) -> Expressions {
    let lang = lex.lang.as_str();
    let mut found = lex.events.find_all(&view.norms, &view.gaps);
    let force = |m: &dyad_lexicon::Match| is_force(&lex.events.payload(m.entry).code);
    let force_matches: Vec<dyad_lexicon::Match> = found.iter().filter(|m| force(m)).copied().collect();
    found.sort_by_key(|m| (lex.events.payload(m.entry).imported, std::cmp::Reverse(m.end - m.start), m.start));
    let mut in_actor = vec![false; view.norms.len()];
    for m in mentions {
        in_actor[m.start..m.end].iter_mut().for_each(|t| *t = true);
    }
    let mut taken = vec![false; view.norms.len()];
    let mut triggers = Vec::new();
    for m in found {
        // It may end on one ("ha convocato l'ambasciatore svedese"): that actor is its target.
        if in_actor[m.start] || taken[m.start..m.end].iter().any(|&t| t) {
            continue;
        }
        taken[m.start..m.end].iter_mut().for_each(|t| *t = true);
        triggers.push(m);
    }
    triggers.sort_by_key(|m| m.start);
    let adjectival: Vec<bool> = triggers
        .iter()
        .enumerate()
        .map(|(k, m)| {
            let before = m.start.checked_sub(1);
            // "the expelled diplomats", "for jailed reporters", "planes carrying deported migrants".
            let after_verb_or_determiner = before.is_some_and(|b| {
                is_determiner(view, b)
                    || (view.is(b, WordClass::Preposition) && !view.is(b, WordClass::AgentPrep) && !view.is(b, WordClass::InfinitiveMarker))
                    || (view.norms[b].len() > 5
                        && view.norms[b].ends_with("ing")
                        && view.classes_at(b) == 0
                        && !mentions.iter().any(|x| x.start <= b && b < x.end))
                    || (k > 0 && triggers[k - 1].end == m.start && !lex.events.payload(triggers[k - 1].entry).noun)
            });
            let noun_follows = view.tokens.get(m.end).is_some_and(|t| t.kind == TokenKind::Word)
                && !view.is(m.end, WordClass::Preposition)
                && !view.is(m.end, WordClass::AgentPrep);
            // "della contestata vittoria", "la cuestionada reelección": in the Romance languages
            // only right after an article, a determiner or a preposition (which may hold the
            // article: "della").
            let romance = !view.verb_second
                && has_ending(view.norms[m.start], &view.endings.participle)
                && before
                    .is_some_and(|b| is_determiner(view, b) || (view.is(b, WordClass::Preposition) && !view.is(b, WordClass::AgentPrep)));
            let participle = if lang == "en" { view.norms[m.start].ends_with("ed") && after_verb_or_determiner } else { romance };
            // A noun entry followed by a participle is that participle's noun, whatever its own
            // ending ("l'attaque menée par").
            let qualified_noun =
                lex.events.payload(m.entry).noun && view.norms.get(m.end).is_some_and(|n| has_ending(n, &view.endings.participle));
            m.end == m.start + 1 && participle && noun_follows && !qualified_noun
        })
        .collect();
    let inner_force = triggers
        .iter()
        .map(|t| {
            let inside = force_matches.iter().filter(|f| t.start <= f.start && f.end <= t.end && (f.start, f.end) != (t.start, t.end));
            inside.max_by_key(|f| f.end - f.start).copied()
        })
        .collect();
    Expressions { triggers, taken, adjectival, inner_force }
}

struct Expressions {
    triggers: Vec<dyad_lexicon::Match>,
    taken: Vec<bool>,
    adjectival: Vec<bool>,
    inner_force: Vec<Option<dyad_lexicon::Match>>,
}

/// Roles that need the whole sentence's candidates: what statements are about, reactions to
/// nominal events and to "a move", captures of towns, quoted speakers, places hit.
fn complete_roles(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], candidates: &mut [Candidate]) {
    // What a statement is about (CAMEO codes "X said Y ..." as X -> Y): the first actor of the
    // reported clause, of the quote before the reporting verb, or the addressee of the letter or
    // message it was said in.
    for c in candidates.iter_mut().filter(|c| c.entry.speech && c.targets.is_empty() && c.verdict == Verdict::Kept) {
        if let Some((target, rule)) = statement_topic(view, mentions, groups, c) {
            c.targets = target;
            c.notes.push(rule.into());
        }
    }
    // „... ein unfreundlicher Akt“, kritisierte Malaysias Premierminister: a verdict spoken
    // after a quote is on what the quote is about.
    // The doer of an act the quote names comes first ("Die Verstaatlichung ... durch die
    // bolivianische Regierung sei ein „Akt der Enteignung“, kritisierte Peking").
    let quoted_verdict = |c: &Candidate| !c.entry.speech && c.notes.iter().any(|n| n == "role:postposed-speaker");
    for k in 0..candidates.len() {
        let c = &candidates[k];
        if !(quoted_verdict(c) && c.targets.is_empty() && awaits_target(c)) {
            continue;
        }
        let quoted_act =
            candidates[..k].iter().find(|o| o.entry.noun && !o.sources.is_empty() && !o.sources.iter().any(|s| c.sources.contains(s)));
        let target = match quoted_act {
            Some(o) => Some((o.sources.clone(), "role:doer-of-the-quoted-act")),
            None => statement_topic(view, mentions, groups, c),
        };
        if let Some((target, rule)) = target {
            let c = &mut candidates[k];
            c.targets = target;
            c.notes.push(rule.into());
            c.verdict = Verdict::Kept;
        }
    }
    // "sent a message to the king to express condolences": a statement made in a message is
    // addressed to its addressee.
    for c in candidates.iter_mut().filter(|c| matches!(&c.code[..2], "01" | "02" | "05") && c.targets.is_empty() && awaits_target(c)) {
        if let Some(target) = message_addressee(view, mentions, groups, c) {
            c.targets = target;
            c.notes.push("role:message-addressee".into());
            c.verdict = Verdict::Kept;
        }
    }
    // "ha condannato l'invasione russa": a verbal reaction to a nominal event targets its doer
    // (or, failing that, whom it was done to).
    // So does a nominal one with what it is for: "la condanna della Farnesina per l'attacco
    // compiuto dai coloni", "condemnation over the strike by".
    for k in 0..candidates.len() {
        let c = &candidates[k];
        let nominal_reaction = c.entry.noun && matches!(&c.code[..2], "11" | "12");
        if !c.targets.is_empty() || (c.entry.noun && !nominal_reaction) || c.entry.speech || c.entry.no_target {
            continue;
        }
        let end = c.end;
        let for_it = |o: &Candidate| {
            let mut b = o.start;
            if b > 0 && view.is(b - 1, WordClass::Article) {
                b -= 1;
            }
            b > 0 && (view.is(b - 1, WordClass::Reason) || view.is(b - 1, WordClass::Against))
        };
        // Not a gerund after a comma: ", drawing condemnation from Seoul" is no object.
        let gerund_clause =
            |o: &Candidate| o.start > 0 && view.norms[o.start - 1] == "," && has_ending(view.norms[o.start], &view.endings.gerund);
        // A date in between does not count ("condenou na segunda-feira o bombardeamento"), nor
        // does a quoted qualification ("condemned as \"reckless\" the launch") or the act's own
        // doer ("condemned North Korea's missile launch").
        let words_before = |o: &Candidate| {
            let own = |i: usize| {
                o.sources
                    .iter()
                    .chain(&o.targets)
                    .filter_map(|&m| mentions.get(m))
                    .any(|m| m.start <= i && i < m.end && m.end + 1 >= o.start)
            };
            let mut quoted = (0..end).filter(|&i| is_quote_mark(view.norms[i])).count() % 2 == 1;
            (end..o.start)
                .filter(|&i| {
                    if is_quote_mark(view.norms[i]) {
                        quoted = !quoted;
                    }
                    !quoted && view.gaps[i] != GapRule::Free && !own(i)
                })
                .count()
        };
        let reach =
            |o: &Candidate| if nominal_reaction { for_it(o) && o.start <= end + 8 } else { words_before(o) <= 3 && !gerund_clause(o) };
        // "hat die von Washington verhängten Strafzölle scharf verurteilt": a verb-second
        // language's participle closes the bracket its object stands in.
        let bracket_object = || {
            let start = candidates[k].start;
            // "Die Ausweisung ... durch X hat die Regierung verurteilt": the act that opens the
            // sentence, when the judge stands after the auxiliary and the act names its doer.
            let fronted = |o: &Candidate| {
                !o.sources.is_empty()
                    && candidates[k].notes.iter().any(|n| n == "role:bracket-subject")
                    && o.start <= usize::from(o.start > 0 && roles::is_determiner(view, 0))
            };
            // Past the nominal's own target and doer ("Strafzölle gegen Venezuela scharf
            // verurteilt", "die Bombardierung eines Krankenhauses durch die Armee verurteilt").
            let reach =
                |o: &Candidate| o.targets.iter().chain(&o.sources).filter_map(|&t| mentions.get(t)).map(|m| m.end).fold(o.end, usize::max);
            candidates[..k].iter().rev().find(|o| {
                view.verb_second
                    && !nominal_reaction
                    && o.end <= start
                    && o.is_nominal()
                    && (o.end..start).all(|i| !view.is_boundary(i))
                    && (fronted(o) || (start <= reach(o) + 2 && (o.end..start).all(|i| view.tokens[i].kind == TokenKind::Word)))
            })
        };
        let object = candidates.iter().skip(k + 1).find(|o| o.start >= end && reach(o) && o.is_nominal()).or_else(bracket_object);
        if let Some(o) = object {
            let target = if o.sources.is_empty() { o.targets.clone() } else { o.sources.clone() };
            if !target.is_empty() && target != candidates[k].sources {
                candidates[k].targets = target;
                candidates[k].notes.push("role:object-event-actor".into());
                if candidates[k].verdict == Verdict::Dropped(no_target_reason(&candidates[k].code)) {
                    candidates[k].verdict = Verdict::Kept;
                }
            }
        }
    }
    reaction_to_the_nominal_it_names(mentions, candidates);
    reaction_drawn_by_the_act(view, candidates);
    // "rebels captured Goma": a capture whose object is a town or a country takes territory.
    for c in candidates.iter_mut().filter(|c| c.code == "173" && !c.targets.is_empty()) {
        // Not "arrested dozens of Palestinians": a people named by their demonym are people.
        let taken = |m: &Mention| {
            m.agent.is_none()
                && !m.demonym
                && m.country.is_some()
                && !roles::is_locative(view, m.start)
                && (m.start == 0 || view.norms[m.start - 1] != "a")
        };
        if c.targets.iter().all(|&t| mentions.get(t).is_some_and(taken)) {
            c.code = "192".into();
            c.notes.push("role:territory-taken".into());
        }
    }
    demands_of_the_obliged(view, mentions, groups, candidates);
    the_two_sides(view, mentions, groups, candidates);
    court_rulings(view, mentions, candidates);
    denied_accusers(candidates);
    expelled_diplomats(view, mentions, candidates);
    shared_object(view, candidates);
    mediated_parties(candidates);
    release_demanded_of_the_holder(mentions, candidates);
    quoted_speaker(view, candidates);
    speaker_of_subjectless_clause(view, mentions, candidates);
    postposed_subject(view, mentions, groups, candidates);
    postposed_passive_subject(view, mentions, groups, candidates);
    subject_of_fronted_participle(view, mentions, candidates);
    warned_by_another(view, mentions, candidates);
    threatened_on_condition(view, mentions, candidates);
    ceasefire_in_a_country(view, mentions, candidates);
    reaction_to_a_passive_subject_event(view, mentions, candidates);
    reaction_to_the_move(view, mentions, groups, candidates);
    answer_to_an_antecedent_event(view, mentions, candidates);
    partner_of_a_comitative_relative(view, mentions, groups, candidates);
    coordinated_object_acts(view, candidates);
    coordinated_passives(view, candidates);
    target_of_the_first_verb(view, mentions, candidates);
    toll_of_a_nominal_attack(view, candidates);
    authors_of_the_document(view, mentions, groups, candidates);
    organisation_of_a_passive_suspension(view, mentions, groups, candidates);
    // "chiesto perdono a Songea, nel sud della Tanzania", "pediu perdão em Varsóvia pelos crimes":
    // an apology with no addressee is made to the country where it is made or whose past it names.
    for c in candidates
        .iter_mut()
        .filter(|c| c.code == "055" && c.targets.is_empty() && c.verdict == Verdict::Dropped(no_target_reason(&c.code)))
    {
        let own: Vec<&Option<String>> = c.sources.iter().filter_map(|&s| mentions.get(s)).map(|m| &m.country).collect();
        let other = mentions
            .iter()
            .position(|x| (x.agent.is_none() || x.seat) && x.country.is_some() && !own.contains(&&x.country) && x.start >= c.clause.start);
        if let Some(i) = other {
            c.targets = vec![i];
            c.notes.push("role:apology-where".into());
            c.verdict = Verdict::Kept;
        }
    }
    // "were struck by Turkish drones near Qamishli": force with no actor hit acts on the place.
    for c in candidates.iter_mut().filter(|c| awaits_target(c)) {
        if !c.targets.is_empty() || c.reciprocal || !is_force(&c.code) {
            continue;
        }
        let place = mentions.iter().position(|x| x.place && x.start >= c.end && x.start < c.clause.end);
        if let Some(i) = place.filter(|i| !c.sources.contains(i)) {
            c.targets = vec![i];
            c.notes.push("role:place-hit".into());
            c.verdict = Verdict::Kept;
        }
    }
}

/// "decretó el estado de emergencia y el toque de queda", "imposed a curfew and a state of
/// emergency": a nominal act of the same kind coordinated with the object of a verbal one is done
/// by its doer, to its target. An act of another kind after "and" may be what the first one asks
/// for ("demanded the withdrawal of troops and the release of prisoners"): not that.
fn coordinated_object_acts(view: &SentenceView, candidates: &mut [Candidate]) {
    let joins = |from: usize, to: usize| {
        let coordinations = (from..to).filter(|&i| view.is(i, WordClass::Coordination)).count();
        let plain = (from..to).all(|i| {
            view.is(i, WordClass::Coordination)
                || view.is(i, WordClass::Article)
                || view.is(i, WordClass::Determiner)
                || view.is(i, WordClass::Quantifier)
                || view.gaps[i] == GapRule::Free
        });
        coordinations == 1 && plain && to - from <= 3
    };
    for k in 1..candidates.len() {
        let c = &candidates[k];
        let nominal = c.is_nominal();
        if !nominal || c.verdict != Verdict::Dropped("no source actor".into()) {
            continue;
        }
        let p = &candidates[k - 1];
        let doer_known = p.verdict == Verdict::Kept && !p.sources.is_empty();
        if !doer_known || p.code[..2] != c.code[..2] || p.end > c.start || !joins(p.end, c.start) {
            continue;
        }
        let (sources, targets) = (p.sources.clone(), p.targets.clone());
        let c = &mut candidates[k];
        c.sources = sources;
        if c.targets.is_empty() {
            c.targets = targets;
        }
        c.notes.push("role:coordinated-object".into());
        c.verdict = verdict_once_sourced(c);
    }
}

/// "were beaten and detained by police", "sono stati picchiati e arrestati dalla polizia": two
/// passive participles joined by `and` share the first one's subject and the second one's agent.
fn coordinated_passives(view: &SentenceView, candidates: &mut [Candidate]) {
    let passive = |c: &Candidate| c.notes.iter().any(|n| n == "role:passive");
    for k in 1..candidates.len() {
        let (first, second) = (&candidates[k - 1], &candidates[k]);
        let joined = first.end < second.start && (first.end..second.start).all(|i| view.is(i, WordClass::Coordination));
        let waiting_for_agent = first.verdict == Verdict::Dropped("no source actor".into()) && !first.targets.is_empty();
        let waiting_for_subject = awaits_target(second) && second.targets.is_empty() && !second.sources.is_empty();
        if !joined || !passive(first) || !passive(second) || !waiting_for_agent || !waiting_for_subject {
            continue;
        }
        if first.targets.iter().any(|t| second.sources.contains(t)) {
            continue;
        }
        let (agent, subject) = (second.sources.clone(), first.targets.clone());
        let first = &mut candidates[k - 1];
        first.sources = agent;
        first.notes.push("role:shared-passive-agent".into());
        first.verdict = verdict_once_sourced(first);
        let second = &mut candidates[k];
        second.targets = subject;
        second.notes.push("role:shared-passive-subject".into());
        second.verdict = Verdict::Kept;
    }
}

/// "L'annexion de la Crimée par la Russie a été condamnée par l'UE", "the annexation ... was
/// welcomed by": a passive praise, criticism or rejection whose subject is a nominal event is
/// aimed at that event's doer, not at whom the event was done to.
fn reaction_to_a_passive_subject_event(view: &SentenceView, mentions: &[Mention], candidates: &mut [Candidate]) {
    for k in 0..candidates.len() {
        let c = &candidates[k];
        let reaction = matches!(&c.code[..2], "05" | "11" | "12") && !c.entry.noun;
        if !reaction || !c.notes.iter().any(|n| n == "role:passive" || n == "role:passive-bracket") || !awaits_target(c) {
            continue;
        }
        // The passive's subject: the first expression of its clause, also before a relative
        // clause that tells more of it ("les frappes israéliennes, qui ont tué ...,
        // ont été condamnées").
        let left = match &c.not_its_clause {
            Some(relative) => {
                let opening = relative.start - usize::from(relative.start > 0 && view.norms[relative.start - 1] == ",");
                (0..opening).rev().find(|&i| view.is_boundary(i)).map_or(0, |i| i + 1)
            }
            None => c.clause.start,
        };
        let outside_relative = |o: &Candidate| !c.not_its_clause.as_ref().is_some_and(|r| r.contains(&o.start));
        // Expressions after it are inside an insertion that follows a comma (", intervenue au
        // lendemain de la publication d'un rapport, a été dénoncée").
        let inserted = |o: &Candidate, after: usize| (after..o.start).any(|i| view.norms[i] == ",");
        let subject_event = candidates[..k].iter().position(|o| o.start >= left && outside_relative(o)).filter(|&j| {
            let o = &candidates[j];
            let nominal = o.is_nominal();
            nominal && !o.sources.is_empty() && candidates[j + 1..k].iter().all(|p| !outside_relative(p) || inserted(p, o.end))
        });
        let Some(j) = subject_event else { continue };
        let doer = candidates[j].sources.clone();
        // A doer of no country ("l'arresto ... da parte della polizia") is only known as whose
        // compatriot once its own event is paired; the reaction keeps its subject's owner.
        if doer.iter().any(|&d| mentions.get(d).is_none_or(|m| m.code.starts_with("---"))) {
            continue;
        }
        let c = &mut candidates[k];
        if doer != c.sources {
            c.targets = doer;
            c.notes.retain(|n| n != "role:passive-subject-owner");
            c.notes.push("role:passive-subject-event-doer".into());
            c.verdict = Verdict::Kept;
        }
    }
}

/// "Hungary will block the sanctions unless Ukraine restores the flows, the minister warned", "Se
/// Pyongyang realizzerà un test, il Giappone imporrà sanzioni, ha avvertito": the hostile act of
/// the clause a condition governs, in a sentence that says it as a warning, is a threat (CAMEO
/// 13), not a hypothesis. The act must stand outside the condition's own clause. The warning's
/// position, if any.
fn warned_consequence(view: &SentenceView, warnings: &[usize], c: &Candidate) -> Option<usize> {
    if !conditioned(view, c) {
        return None;
    }
    let condition = condition_clause(view)?;
    warnings.iter().copied().find(|&w| !condition.contains(&w) && !(c.start..c.end).contains(&w))
}

/// Demands, disapproval, rejection, threats and praise: judgements someone passes on something,
/// such as what a verb after a quote may say of it ("..., kritisierte der Minister", "..., ha
/// condannato il ministro"; not "reconoció el alcalde", where the verb only reports the quote) or
/// of an act that opens its clause ("Die Ausweisung ... hat die Regierung verurteilt").
pub(crate) fn is_verdict(code: &str) -> bool {
    matches!(&code[..2], "10" | "11" | "12" | "13") || code == "051"
}

/// A hostile act outside the clause of the sentence's condition, which governs it.
fn conditioned(view: &SentenceView, c: &Candidate) -> bool {
    !c.entry.noun
        && (is_conflictual(&c.code) || matches!(&c.code[..2], "14" | "15"))
        && condition_clause(view).is_some_and(|condition| !condition.contains(&c.start))
}

/// The sentence's first condition, from its word to the next comma; a modal opening the sentence
/// opens one too ("Should Ottawa go ahead, ...", "Sollte Minsk den Fotografen nicht freilassen, ...").
fn condition_clause(view: &SentenceView) -> Option<std::ops::Range<usize>> {
    let inverted = !view.norms.is_empty() && view.is(0, WordClass::Hypothetical);
    let condition = if inverted { 0 } else { (0..view.norms.len()).find(|&i| view.is(i, WordClass::Condition))? };
    Some(condition..(condition + 1..view.norms.len()).find(|&i| view.norms[i] == ",").unwrap_or(view.norms.len()))
}

/// How far from a warning its speaker may stand ("warned Foreign Minister Peter Szijjarto").
const WARNER_REACH: usize = 6;

/// "If the talks fail, Khartoum could face sanctions from Washington, diplomats warned": a
/// warning is a threat only from the side that would act; others' warnings of what it might do
/// are analysis, not an event. A consequence with no subject of its own ("werde man den
/// Botschafter zurückrufen, drohte Vilnius", "imporrà sanzioni, ha avvertito il ministro"), or
/// only the condition's or a country-less one ("il governo imporrà sanzioni, ha avvertito il
/// ministro giapponese"), is the warner's.
fn warned_by_another(view: &SentenceView, mentions: &[Mention], candidates: &mut [Candidate]) {
    let unsourced = Verdict::Dropped("no source actor".into());
    let condition = condition_clause(view).unwrap_or(0..0);
    for c in candidates.iter_mut().filter(|c| c.verdict == Verdict::Kept || c.verdict == unsourced) {
        let Some(w) = c.warned_by else { continue };
        let side = |m: &Mention| m.country.clone().unwrap_or_else(|| m.code.clone());
        // The speaker of a postposed warning follows it ("advirtió el lunes el ministro"), or
        // else stands right before it ("the Kremlin warned").
        let usable = |m: &Mention| !m.place && !(c.start..c.end).contains(&m.start);
        let after = mentions.iter().position(|m| usable(m) && m.start > w && m.start <= w + WARNER_REACH);
        let nearest = after.or_else(|| mentions.iter().rposition(|m| usable(m) && m.end <= w && m.end + WARNER_REACH > w));
        let speaker = nearest.filter(|&k| mentions[k].country.is_some() || mentions[k].code.starts_with("IGO"));
        // "..., advertiu o secretário de Estado": an official the sentence gives no country
        // speaks for the side that acts.
        let official_of_no_country = nearest.is_some_and(|k| mentions[k].country.is_none() && mentions[k].code.ends_with("GOV"));
        let borrowed = |&s: &usize| mentions.get(s).is_none_or(|m| m.code.starts_with("---") || condition.contains(&m.start));
        let another = Verdict::Dropped(format!("a warning (`{}`) of what another might do, not a threat of its own", view.norms[w]));
        if c.sources.iter().all(borrowed) {
            if let Some(k) = speaker {
                c.sources = vec![k];
                c.notes.push("role:warner".into());
                c.verdict = verdict_once_sourced(c);
            } else if c.verdict == Verdict::Kept {
                c.verdict = another;
            }
            continue;
        }
        // "the group warned it would carry out further attacks unless": a warning before the act,
        // with no actor between, is the warner's own.
        if w < c.start && !mentions.iter().any(|m| usable(m) && w < m.start && m.start < c.start) {
            continue;
        }
        let doers: Vec<String> = c.sources.iter().filter_map(|&s| mentions.get(s)).map(side).collect();
        if !official_of_no_country && !speaker.is_some_and(|k| doers.contains(&side(&mentions[k]))) {
            c.verdict = another;
        }
    }
}

/// How far after an appeal for a ceasefire the country it is for may be named ("for an immediate
/// and lasting ceasefire in Sudan").
const CEASEFIRE_PLACE_REACH: usize = 4;

/// "The Pope appealed for an immediate ceasefire in Sudan", "chiesto un cessate il fuoco in
/// Libano": an appeal or demand to de-escalate that names no addressee is made to the country
/// whose war it would stop (a country, not a town: "a truce in Khartoum" names no party).
fn ceasefire_in_a_country(view: &SentenceView, mentions: &[Mention], candidates: &mut [Candidate]) {
    // Not when a pronoun names the addressee ("urged him to declare a ceasefire in Ukraine").
    let addressed =
        |c: &Candidate| (c.start..c.end).any(|i| view.is(i, WordClass::ObjectPronoun) || view.is(i, WordClass::PersonalPronoun));
    for c in candidates
        .iter_mut()
        .filter(|c| matches!(c.code.as_str(), "0256" | "1056") && c.targets.is_empty() && awaits_target(c) && !addressed(c))
    {
        let last = (c.end + CEASEFIRE_PLACE_REACH).min(view.norms.len());
        let Some(locative) = (c.end..last).find(|&i| view.is(i, WordClass::Locative)) else { continue };
        let country = mentions.iter().position(|m| {
            (m.start == locative + 1 || (m.start == locative + 2 && view.is(locative + 1, WordClass::Article)))
                && m.agent.is_none()
                && !(m.seat || m.place || m.person)
                && m.country.as_deref().is_some_and(|k| k == m.code)
        });
        if let Some(i) = country {
            c.targets = vec![i];
            c.notes.push("role:ceasefire-country".into());
            c.verdict = Verdict::Kept;
        }
    }
}

/// How far after a threat its condition may open ("threatened to stop the negotiations on
/// nuclear arms if ...").
const CONDITION_REACH: usize = 12;

/// "Russia threatened to halt the talks if the United States deployed the missiles", "minacciò
/// di ritirarsi se Kiev ...": a threat is made to whom its condition is set, the subject of the
/// "if" or "unless" clause after it (or before a warned consequence), when the sentence names no
/// other target.
fn threatened_on_condition(view: &SentenceView, mentions: &[Mention], candidates: &mut [Candidate]) {
    for c in candidates.iter_mut().filter(|c| c.code.starts_with("13") && awaits_target(c)) {
        let own: Vec<&Option<String>> = c.sources.iter().filter_map(|&s| mentions.get(s)).map(|m| &m.country).collect();
        // A warned consequence may name only its doer's own envoy ("werde man den Botschafter
        // zurückrufen, drohte Vilnius") or side: no other party.
        let own_target = |&t: &usize| {
            mentions.get(t).is_some_and(|m| {
                (m.country.is_none() && m.agent.is_some() && (c.start..c.end).contains(&m.start))
                    || (m.country.is_some() && own.contains(&&m.country))
            })
        };
        if !(c.targets.is_empty() || (c.warned_by.is_some() && c.targets.iter().all(own_target))) {
            continue;
        }
        let last = (c.end + CONDITION_REACH).min(view.norms.len());
        // A warned consequence's condition may open the sentence ("If Kyiv ..., Russia would",
        // "Sollte Minsk ..., werde man").
        let after = (c.end..last).find(|&i| view.is(i, WordClass::Condition));
        let before = || condition_clause(view).map(|r| r.start).filter(|&s| s < c.start && c.warned_by.is_some());
        let Some(condition) = after.or_else(before) else { continue };
        let subject = mentions
            .iter()
            .position(|m| m.start > condition && m.start <= condition + 3 && !m.place && m.country.is_some() && !own.contains(&&m.country));
        if let Some(i) = subject {
            c.targets = vec![i];
            c.notes.push("role:condition-subject".into());
            c.verdict = Verdict::Kept;
        }
    }
}

/// Where a verbal expression's clause starts and ends, and where the next expression starts.
struct ClauseBounds {
    left: usize,
    right: usize,
    next_expression: usize,
}

/// Roles of a verbal expression: passive (the agent after `da`/`by`, the subject as target) or
/// active (subject, postposed speaker, object or complement, object pronouns, the addressee of a
/// demand). `earlier` are the sentence's candidates before it.
fn verbal_roles(
    view: &SentenceView,
    mentions: &[Mention],
    groups: &[Vec<usize>],
    carry: &Carry,
    earlier: &[Candidate],
    clause: &ClauseBounds,
    c: &mut Candidate,
) {
    let lang = view.lang.as_str();
    // Everything done to someone earlier in the sentence: those actors are objects here. Not the
    // antecedent of a relative clause's object ("L'Arabie saoudite, dont le prince est mis en
    // cause, a été critiquée"), which still heads the main clause.
    // Nor the antecedent of a passive relative clause ("The journalist, who was arrested by X,
    // was freed"), the subject of the main clause it is set off in.
    let passive_relative =
        |p: &Candidate| p.notes.iter().any(|n| n == "role:relative-antecedent") && p.notes.iter().any(|n| n == "role:passive");
    let prev_targets: Vec<usize> = earlier
        .iter()
        .filter(|p| !p.notes.iter().any(|n| n == "role:object-relative") && !passive_relative(p))
        .flat_map(|p| p.targets.iter().copied())
        .collect();
    let prev_sources: Vec<usize> = earlier.last().map(|p| p.sources.clone()).unwrap_or_default();
    let group_of = |mention: usize| groups.iter().position(|g| g.contains(&mention)).unwrap_or(0);
    // "officials accused of", "funzionari accusati di", "10 Russian soldiers killed in
    // Ukraine": a participle right after its noun, followed by `of`/`di`/`by` or after a
    // count, is a reduced passive.
    let counted_subject = mentions.iter().any(|x| x.end == c.start && x.start > 0 && view.tokens[x.start - 1].kind == TokenKind::Number);
    let participle = has_ending(view.norms[c.start], &view.endings.participle);
    let by_or_of = view.norms.get(c.start + 1).is_some_and(|n| matches!(*n, "of" | "di"))
        || (c.start + 1 < view.norms.len() && view.is(c.start + 1, WordClass::AgentPrep));
    // "i missionari italiani rapiti in Niger", "les humanitaires français enlevés en octobre": a
    // participle with no auxiliary right after the actors it qualifies tells what they
    // underwent. Not in English, where the simple past looks the same; not for meeting or
    // protesting, which those who gather do ("des manifestants rassemblés devant la mairie").
    let bare_participle_after_actor = participle
        && lang != "en"
        && !matches!(&c.code[..2], "04" | "14")
        && !view.verb_second
        && !c.entry.noun
        && view.classes_at(c.start) == 0
        && mentions.iter().any(|x| x.end == c.start)
        && (c.start == 0 || !is_auxiliary(view, c.start - 1))
        // A passive takes no object: "la France livrerait des chars" is a finite verb.
        && !(c.start + 1..c.end.max(c.start + 2)).any(|k| view.is(k, WordClass::Article) || view.is(k, WordClass::Determiner));
    let reduced_passive = participle
        && mentions.iter().any(|x| x.end == c.start)
        && (by_or_of || (counted_subject && c.end == c.start + 1) || bare_participle_after_actor);
    // "l'écrivain Boualem Sansal, condamné la veille par un tribunal", "Suu Kyi e Win Myint,
    // detenuti dall'esercito": a participle set off after an actor qualifies that actor, who
    // undergoes it; its doer is only a `par`/`da` agent. In English, where the participle is
    // also the simple past of a verb in a list, only with its `by` agent ("The journalist,
    // detained since March by Iranian intelligence, ..."). After a state's name a plural
    // participle qualifies some other noun ("les propos ... sur Taïwan, jugés « dangereux » par
    // Pékin").
    let plural = has_ending(view.norms[c.start], &view.endings.plural_participle);
    let agent_after = passive_agent(view, mentions, c.end);
    let english_with_agent = lang == "en" && participle && agent_after.is_some();
    let apposed_to =
        (participle && (lang != "en" || english_with_agent) && !view.verb_second && c.start >= 2 && view.norms[c.start - 1] == ",")
            .then(|| {
                mentions.iter().position(|x| x.end == c.start - 1 && !x.place && (x.person || (x.agent.is_some() && !x.seat) || !plural))
            })
            .flatten();
    // "hat die Ukraine angegriffen und Charkiw bombardiert": a participle that closed the
    // bracket before this one took the objects before it.
    let closed_bracket = |p: &&Candidate| {
        p.end > clause.left && p.end < c.start && (view.tokens[p.end].kind == TokenKind::Punct || view.is(p.end, WordClass::Coordination))
    };
    let objects_from = earlier.iter().rev().find(closed_bracket).map_or(clause.left, |p| p.end);
    let bracket = if view.verb_second { roles::verb_bracket(view, mentions, groups, clause.left, objects_from, c) } else { None };
    if let Some(b) = bracket.as_ref().filter(|b| b.passive) {
        c.notes.push("role:passive-bracket".into());
        c.sources = b.doer.clone().unwrap_or_default();
        // "die Migranten, die von der Küstenwache zurückgedrängt worden waren": a relative
        // clause's passive is done to the antecedent; not one after a preposition ("der
        // Anschlag, bei dem zwanzig Gäste getötet worden waren").
        let antecedent = || {
            (clause.left > 1 && view.is(clause.left - 1, WordClass::Relative) && !view.is(clause.left - 2, WordClass::Preposition))
                .then(|| roles::relative_antecedent(view, mentions, groups, clause.left - 1))
                .flatten()
        };
        c.targets = b.undergoer.clone().or_else(antecedent).unwrap_or_default();
        return;
    }
    let passive = reduced_passive || apposed_to.is_some() || is_passive(view, c.start, c.end, lang);
    // "un cessez-le-feu négocié par les États-Unis", matched with its `par`: the actor next; also
    // past a date the gap took in ("detido na terça-feira por").
    let ends_in_agent = c.end > c.start + 1
        && view.is(c.end - 1, WordClass::AgentPrep)
        && (has_ending(view.norms[c.end - 2], &view.endings.participle)
            || has_ending(view.norms[c.start], &view.endings.participle)
            || (is_auxiliary(view, c.start) && has_ending(view.norms[c.start + 1], &view.endings.participle)))
        && !active_before(view, c.start);
    let next_actor = || {
        let n = view.norms.len();
        let at = c.end + usize::from(c.end < n && view.is(c.end, WordClass::Article));
        mentions.iter().position(|m| m.start == at || m.start == c.end).or_else(|| {
            // "detenido por agentes del Servicio Bolivariano de Inteligencia", "by fighters of
            // the": a plain noun and its `of` before the actor it belongs to.
            let plain = at < n && view.tokens[at].kind == TokenKind::Word && !view.tokens[at].capitalized && view.classes_at(at) == 0;
            let of = at + 1;
            if !plain || of >= n || !view.is(of, WordClass::ComplementPrep) {
                return None;
            }
            let owner = of + 1 + usize::from(of + 1 < n && view.is(of + 1, WordClass::Article));
            mentions.iter().position(|m| m.start == owner)
        })
    };
    let agent = agent_after.or_else(|| if ends_in_agent { next_actor() } else { None });
    let qualified_by_quote = roles::after_quoted_qualification(view, c.end) > c.end;
    // "rejected claims by Japan": the `by` after a noun names whose claims, not a passive's doer.
    // "una decisión calificada de «premio al terrorismo» por Israel": a participle with its
    // quoted qualification, right after the noun it qualifies (not after its subject or a date:
    // "the ministry on Monday dismissed as \"groundless\" accusations by Manila").
    let after_plain_noun = c.start > 0 && {
        let p = c.start - 1;
        view.norms[p] == ","
            || (view.tokens[p].kind == TokenKind::Word
                && !view.tokens[p].capitalized
                && !is_auxiliary(view, p)
                && !mentions.iter().any(|m| m.start <= p && p < m.end))
    };
    let quoted_qualification = after_plain_noun
        && has_ending(view.norms[c.start], &view.endings.participle)
        && ((c.start..c.end).any(|i| matches!(view.norms[i], "«" | "“" | "\"" | "„")) || qualified_by_quote);
    // "a move the United States welcomed as 'a step' by Managua": after its subject, the `by`
    // past a quoted qualification belongs to the quotation.
    let agent = agent.filter(|_| !qualified_by_quote || after_plain_noun);
    let verb_form_last =
        c.end == c.start + 1 || has_ending(view.norms[c.end - 1], &view.endings.participle) || quoted_qualification || ends_in_agent;
    let notes_before_subject = c.notes.len();
    let subject = match (roles::causee(view, mentions, groups, c.start), apposed_to) {
        (Some(causee), _) => {
            c.notes.push("role:causee".into());
            Some(causee)
        }
        (None, Some(m)) => {
            c.notes.push("role:apposed-participle".into());
            Some(groups[group_of(m)].clone())
        }
        (None, None) => {
            // "condemned the arrest of three journalists by the police and demanded": what an
            // earlier verb's object names, roles found or not, is no subject of a verb that
            // follows `and` right after it.
            let start = c.start;
            let mut verb_group = start;
            while verb_group > clause.left && (roles::is_auxiliary(view, verb_group - 1) || roles::is_object_clitic(view, verb_group - 1)) {
                verb_group -= 1;
            }
            let right_after_and = verb_group > clause.left && view.is(verb_group - 1, WordClass::Coordination);
            // Only the verb `and` joins this one to: the last one before it.
            let objects =
                earlier.iter().rev().find(|p| !p.is_nominal() && !p.sources.is_empty()).filter(|_| right_after_and).into_iter().flat_map(
                    |p| {
                        mentions
                            .iter()
                            .enumerate()
                            .filter(move |(i, m)| m.start >= p.end && m.end <= start && !p.sources.contains(i))
                            .map(|(i, _)| i)
                    },
                );
            let done_to: Vec<usize> = prev_targets.iter().copied().chain(objects).collect();
            find_subject(view, mentions, groups, c.start, clause.left, &done_to, &prev_sources, carry, &mut c.notes)
        }
    };
    // "were accused by Washington on Tuesday of", "des exercices dénoncés par Taipei comme une
    // « provocation »", matched whole: the agent inside.
    // "fue recibido ... por su homólogo chino", matched up to its `por`: the agent right after it.
    let inside = (c.start + 1..c.end).find(|&i| view.is(i, WordClass::AgentPrep)).and_then(|i| {
        let mut at = i + 1 + usize::from(i + 1 < view.norms.len() && view.is(i + 1, WordClass::Article));
        if i + 1 == c.end && at < view.norms.len() && view.is(at, WordClass::Possessive) {
            at += 1;
        }
        mentions.iter().position(|m| m.start == at && (m.end <= c.end || i + 1 == c.end))
    });
    let agent = agent.or(inside.filter(|_| participle && after_plain_noun));
    if passive || (agent.is_some() && !active_before(view, c.start) && verb_form_last) {
        c.notes.push("role:passive".into());
        if let Some(a) = agent.or(inside) {
            c.sources = groups[group_of(a)].clone();
        }
        c.targets = subject.unwrap_or_default();
        // "Fueron detenidos el lunes tres periodistas por la policía", "Foram libertados pelo M23
        // os cinco enfermeiros": a passive that opens its clause with its auxiliary has its
        // subject after the verb, before or after its agent. A fronted participle without one
        // ("Négociée par le Qatar, une trêve ...") qualifies the subject of the clause that follows.
        let opens_clause = (clause.left..c.start).all(|i| roles::is_auxiliary(view, i) || roles::is_object_clitic(view, i))
            && (clause.left..c.end).any(|i| view.is(i, WordClass::PassiveAux) || view.is(i, WordClass::PassiveAuxWeak));
        if c.targets.is_empty() && opens_clause && lang != "en" {
            // The expression may take in the subject ("detenidos el lunes tres periodistas por").
            if let Some((undergoer, doer)) = roles::postposed_passive(view, mentions, groups, c.start + 1, clause.right) {
                c.targets = undergoer;
                if c.sources.is_empty() {
                    c.sources = doer.unwrap_or_default();
                }
                c.notes.push("role:postposed-subject".into());
            }
        }
        // "The Ukrainian village of Hroza was hit": a place may be what a passive acts on.
        if c.targets.is_empty() {
            let place_subject = mentions
                .iter()
                .position(|x| x.place && x.start >= clause.left && x.end <= c.start && !in_prepositional_phrase(view, x.start));
            if let Some(i) = place_subject {
                c.targets = vec![i];
                c.notes.push("role:passive-place".into());
            }
        }
        if c.targets.is_empty() {
            // "Il piano di pace di Zelensky è stato respinto": the subject's owner.
            if let Some(g) = groups.iter().find(|g| {
                let st = mentions[g[0]].start;
                st >= clause.left && st < c.start && st > 0 && view.is(st - 1, WordClass::ComplementPrep)
            }) {
                c.targets = g.clone();
                c.notes.push("role:passive-subject-owner".into());
            }
        }
    } else {
        // "«...», ha detto il ministro" / "..., said the minister": after a comma or a
        // quote the speaker follows the reporting verb.
        let mut verb_group_start = c.start;
        while verb_group_start > 0 && is_auxiliary(view, verb_group_start - 1) {
            verb_group_start -= 1;
        }
        // "Mosca ha respinto le accuse ..., definendole infondate e chiedendo a Berlino di ...",
        // "struck the port, killing three": a gerund after a comma or `and` shares the subject
        // of the event it follows, not the nearest actor before it (in a clause of its own).
        let gerund = verb_group_start > 0
            && has_ending(view.norms[verb_group_start], &view.endings.gerund)
            && (view.norms[verb_group_start - 1] == "," || view.is(verb_group_start - 1, WordClass::Coordination));
        // The event of a relative clause in between ("..., whose ministry said bombers had
        // entered its airspace, urging ...") is not the one the gerund depends on.
        let in_relative_clause = |p: &&Candidate| {
            let after_comma = (0..p.start).rev().find(|&i| view.norms[i] == ",").map_or(0, |i| i + 1);
            (after_comma..p.start).any(|i| view.is(i, WordClass::Relative))
        };
        // Nor is a noun ("declined the invitation to a meeting with X, blaming Y": the one who
        // declined blames).
        let verbal = |p: &&Candidate| !p.is_nominal();
        let shared = earlier
            .iter()
            .rev()
            .filter(|p| p.end <= verb_group_start && !p.sources.is_empty())
            .filter(verbal)
            .find(|p| !in_relative_clause(p))
            .filter(|_| gerund);
        let subject = match shared {
            Some(p) => {
                c.notes.truncate(notes_before_subject);
                c.notes.push("role:gerund-shares-subject".into());
                Some(p.sources.clone())
            }
            // "Putin ordered the first mobilisation since World War Two, calling up reservists":
            // with no event before it to share, the gerund has the sentence's subject.
            None if gerund && subject.is_none() => {
                let opening = roles::sentence_opening_subject(view, mentions, groups);
                if opening.is_some() {
                    c.notes.push("role:gerund-sentence-subject".into());
                }
                opening
            }
            None => subject,
        };
        let after_quote_or_comma = verb_group_start > 0 && matches!(view.norms[verb_group_start - 1], "," | "»" | "”" | "\"" | "'");
        // „... ein unfreundlicher Akt“, kritisierte Malaysias Premierminister: a verdict on the
        // quote before it, its speaker after it.
        let closing_quote = |i: usize| matches!(view.norms[i], "»" | "”" | "“" | "\"");
        let after_quote = verb_group_start > 1
            && (closing_quote(verb_group_start - 1) || (view.norms[verb_group_start - 1] == "," && closing_quote(verb_group_start - 2)))
            && !c.entry.noun
            && is_verdict(&c.code);
        let postposed = c.entry.speech && after_quote_or_comma && (c.start - verb_group_start) <= 2;
        let subject = if postposed { None } else { subject };
        // A reporter stands right before the reporting verb: in "A court jailed a man for
        // helping militants, his lawyer said" the militants did not speak.
        // The actor may still qualify the reporter's head noun ("Erdogan's office said",
        // "UN human rights monitors said"), but not across a comma or a new determiner.
        let reporter_adjacent = |g: &Vec<usize>| {
            let end = g.iter().filter_map(|&i| mentions.get(i)).map(|x| x.end).max();
            end.is_none_or(|end| {
                let gap = end.min(verb_group_start)..verb_group_start;
                let opaque: Vec<usize> = gap.clone().filter(|&i| !transparent_before_verb(view, i)).collect();
                let breaks = gap.clone().any(|i| view.norms[i] == "," || is_determiner(view, i));
                opaque.is_empty() || (!breaks && opaque.len() <= 3)
            })
        };
        // "praised the officers and said": a coordinated verb keeps the first one's subject.
        let coordinated = verb_group_start > 0 && view.is(verb_group_start - 1, WordClass::Coordination);
        let searched = c.notes.last().is_some_and(|n| n == "role:subject") && !coordinated;
        let subject = if c.entry.speech && searched { subject.filter(reporter_adjacent) } else { subject };
        match subject {
            Some(s) => c.sources = s,
            // "ha detto il ministro", "Lo ha riferito l'agenzia": the speaker follows a verb
            // that opens its clause; not so in "Analysts say China might ...".
            None if (c.entry.speech && (after_quote_or_comma || opens_clause(view, clause.left, verb_group_start))) || after_quote => {
                let speaker = |g: &&Vec<usize>| {
                    let st = mentions[g[0]].start;
                    // A date may come first ("afirmó el jueves el presidente").
                    let between = (c.end..st).filter(|&i| view.gaps[i] != GapRule::Free).count();
                    st >= c.end && between <= 2 && !in_prepositional_phrase(view, st) && !mentions[g[0]].place
                };
                if let Some(g) = groups.iter().find(speaker) {
                    c.sources = g.clone();
                    c.notes.push("role:postposed-speaker".into());
                }
            }
            None => {}
        }
        // An object pronoun is the object: what follows belongs to the rest of the clause
        // ("accusandolo di crimini a Gaza").
        let pronoun = !c.entry.no_target && object_pronoun(view, c.start, c.end, clause.left);
        if !c.entry.no_target && !pronoun {
            c.targets = find_target(view, mentions, groups, c, clause.right, clause.next_expression);
            c.targets.retain(|t| !c.sources.contains(t));
            // "..., ha accusato il presidente moldovo, Maia Sandu": a verdict on a quote does not
            // fall on its speaker's apposition.
            if !c.entry.speech && c.notes.iter().any(|n| n == "role:postposed-speaker") {
                let sides: Vec<&String> = c.sources.iter().filter_map(|&s| mentions.get(s)?.country.as_ref()).collect();
                c.targets.retain(|&t| mentions.get(t).and_then(|m| m.country.as_ref()).is_none_or(|country| !sides.contains(&country)));
            }
            // "would respond with duties on Korean cars, the Japanese trade minister warned": the
            // goods a measure falls on name its target before any later actor.
            if let Some(goods) = is_trade_measure(&c.code).then(|| goods_origin(view, mentions, groups, c.end - 1, clause.right)).flatten()
            {
                c.targets = goods;
                c.notes.push("role:goods-origin".into());
            }
            if let Some(a) = agent.filter(|_| c.targets.is_empty()) {
                c.targets = groups[group_of(a)].clone();
                c.notes.push("role:author-of-the-object".into());
            }
        }
        // Verb-second languages put the subject right after the finite verb when something
        // else opens the clause ("Am Montag griff Russland ... an", "Am Dienstag hat die
        // Bundesregierung ... ausgewiesen"); the object follows it.
        if view.verb_second && c.sources.is_empty() {
            // An adverbial opening the clause may name a place ("Vor dem Konferenzgelände in
            // Antalya nahm die türkische Polizei ... fest"), and a date or a count may stand before the subject
            // ("gingen am Montag Tausende Menschen auf die Straße").
            let fronted_adverbial = view.is(clause.left, WordClass::Preposition);
            let nothing_before = !mentions
                .iter()
                .any(|m| m.start >= clause.left && m.end <= c.start && !(fronted_adverbial && in_prepositional_phrase(view, m.start)));
            let postposed = groups.iter().position(|g| {
                let st = mentions[g[0]].start;
                let words_between = (c.start + 1..st).filter(|&i| view.gaps[i] != GapRule::Free).count();
                st > c.start && words_between <= 1 + usize::from(is_determiner(view, st - 1)) && !in_prepositional_phrase(view, st)
            });
            if let (true, Some(k)) = (nothing_before, postposed) {
                let subject = groups[k].clone();
                c.targets.retain(|t| !subject.contains(t));
                if c.targets.is_empty() && !c.entry.no_target {
                    if let Some(object) = groups.get(k + 1).filter(|o| mentions[o[0]].start < clause.right) {
                        c.targets = object.clone();
                    }
                }
                c.sources = subject;
                c.notes.push("role:verb-second-subject".into());
            }
        }
        if let Some(b) = bracket {
            if let Some(doer) = b.doer {
                c.targets.retain(|t| !doer.contains(t));
                c.sources = doer;
                c.notes.push("role:bracket-subject".into());
            }
            if let Some(object) = b.undergoer.filter(|_| !c.entry.speech && !c.entry.no_target && !pronoun) {
                // "hat die Ausweisung von Haitianern durch die Dominikanische Republik verurteilt":
                // the object is whom the condemned act was done to; the condemnation (a demand,
                // a threat) falls on its doer when the sentence says whose it is (praise may be
                // for whom it was done to: "die Freilassung ... begrüßt").
                let judged_act = matches!(&c.code[..2], "10" | "11" | "12" | "13")
                    .then(|| {
                        earlier.iter().rev().find(|p| {
                            p.is_nominal()
                                && p.start >= clause.left
                                && p.end <= c.start
                                && p.targets.contains(&object[0])
                                && p.sources.iter().any(|&s| mentions.get(s).is_some_and(|m| m.country.is_some()))
                        })
                    })
                    .flatten();
                match judged_act {
                    Some(p) if p.sources != c.sources => {
                        c.targets = p.sources.clone();
                        c.notes.push("role:object-event-actor".into());
                    }
                    _ => {
                        c.targets = object;
                        c.notes.push("role:bracket-object".into());
                    }
                }
            }
        }
        if pronoun {
            // "ha espulso un diplomatico, accusandolo": whom the sentence's previous event
            // was done to; "Lo ha poi accusato": the previous sentence's. Force used on "them"
            // after a protest is used on the protesters ("mientras la policía los dispersaba").
            let protesters = matches!(&c.code[..2], "17" | "18" | "19")
                .then(|| earlier.iter().rev().find(|p| p.verdict == Verdict::Kept && p.code.starts_with("14") && !p.sources.is_empty()))
                .flatten();
            let earlier = earlier.iter().rev().find(|p| p.verdict == Verdict::Kept && !p.targets.is_empty());
            if let Some(p) = protesters {
                c.targets = p.sources.clone();
                c.notes.push("role:object-pronoun-protesters".into());
            } else if let Some(p) = earlier {
                // "La Cina ha avviato manovre attorno a Taiwan, e Taipei le ha condannate": what
                // was done to the subject (or to its state, not to a group of its country: "contro
                // l'Eln ... il governo colombiano") is the move the pronoun stands for, and the
                // reaction is aimed at its doer.
                let country = |m: &usize| mentions.get(*m).and_then(|x| x.country.as_ref());
                let state = |m: &usize| mentions.get(*m).is_some_and(|x| x.agent.as_deref().is_none_or(|a| a == "GOV"));
                let done_to_the_subject = !p.sources.is_empty()
                    && p.targets.iter().any(|t| {
                        c.sources.contains(t) || (state(t) && c.sources.iter().any(|s| country(s).is_some() && country(s) == country(t)))
                    });
                c.targets = if done_to_the_subject { p.sources.clone() } else { p.targets.clone() };
                c.notes.push("role:object-pronoun".into());
            } else if let Some(g) = object_before_coordination(view, mentions, groups, c) {
                // "interceptó a 230 migrantes y los devolvió": the earlier verb, which the
                // lexicon does not code, still had the object the pronoun stands for.
                c.targets = g;
                c.notes.push("role:object-pronoun-antecedent".into());
            } else if !carry.object.is_empty() {
                c.targets = (0..carry.object.len()).map(|k| mentions.len() + carry.subject.len() + k).collect();
                c.notes.push("role:carried-object".into());
            }
        }
        // "le Rwanda, qu'il accuse d'héberger les rebelles": the pronoun is the object, and what
        // follows the expression is what the accusation says.
        let content_after = c.targets.iter().all(|&t| mentions.get(t).is_some_and(|m| m.start >= c.end));
        if content_after && !c.entry.speech && !c.entry.no_target {
            if let Some(g) = roles::object_relative_antecedent(view, mentions, groups, c, clause.left) {
                c.targets = g;
                c.notes.push("role:object-relative".into());
                // "recibió a Netanyahu, al que acusa", "qu'elle accuse": a dropped or pronoun
                // subject is the main clause's: its event's, or whoever opens the sentence.
                let main = earlier
                    .iter()
                    .rev()
                    .find(|p| !p.entry.noun && !p.sources.is_empty() && !p.sources.iter().any(|s| c.targets.contains(s)))
                    .map(|p| p.sources.clone())
                    .or_else(|| {
                        let antecedent = c.targets.iter().filter_map(|&t| mentions.get(t)).map(|m| m.start).min()?;
                        let mut notes = Vec::new();
                        find_subject(view, mentions, groups, antecedent, 0, &c.targets, &[], &Carry::default(), &mut notes)
                            .filter(|g| !g.iter().any(|s| c.targets.contains(s)))
                    });
                if let (true, Some(main)) = (c.sources.is_empty(), main) {
                    c.sources = main;
                    c.notes.push("role:main-clause-subject".into());
                }
            }
        }
        // "Moscow condemned the decision", first thing in the next sentence: a reaction to what
        // the previous sentence's subject did.
        let reaction = matches!(&c.code[..2], "01" | "05" | "11" | "12");
        if c.targets.is_empty() && reaction && !carry.subject.is_empty() && !earlier.iter().any(|p| p.verdict == Verdict::Kept) {
            let mut j = c.end;
            while j < view.norms.len() && is_determiner(view, j) {
                j += 1;
            }
            // The noun may be inside the expression ("verurteilte die Entscheidung scharf"). Its
            // own decision, if the subject is the same, is a self-directed pair: dropped.
            // Not when the noun names its own doer ("criticou os exercícios militares dos Estados
            // Unidos", "les frappes menées par l'armée burkinabè"): that doer is the target.
            let of_actor = |i: usize| {
                let prep = if i >= 2 && view.is(i - 1, WordClass::Article) { i - 2 } else { i - 1 };
                (view.is(prep, WordClass::ComplementPrep) || view.is(prep, WordClass::AgentPrep)) && mentions.iter().any(|m| m.start == i)
            };
            let names_its_doer = (j + 1..(j + 5).min(view.norms.len())).any(of_actor);
            if (c.start + 1..(j + 1).min(view.norms.len())).any(|i| view.is(i, WordClass::EventAnaphor)) && !names_its_doer {
                c.targets = (0..carry.subject.len()).map(|k| mentions.len() + k).collect();
                c.notes.push("role:reaction-to-the-previous-sentence".into());
            }
        }
        // "demanded that China lift", "ha chiesto che Israele ritiri": the addressee is
        // the subject of the demanded clause.
        let is_that = |i: usize| view.is(i, WordClass::Complementizer);
        // A date or a comma may come between ("a exigé mardi que", "forderte, dass").
        let after = (c.end..(c.end + 4).min(view.norms.len())).find(|&i| view.gaps[i] != GapRule::Free && view.norms[i] != ",");
        let that = if is_that(c.end - 1) { Some(c.end - 1) } else { after.filter(|&i| is_that(i)) };
        if let (true, true, Some(that)) = (c.targets.is_empty(), matches!(&c.code[..2], "02" | "10"), that) {
            let mut j = that + 1;
            if j < view.norms.len() && (is_determiner(view, j)) {
                j += 1;
            }
            if let Some(g) = groups.iter().find(|g| mentions[g[0]].start == j) {
                c.targets = g.clone();
                c.notes.push("role:demanded-of".into());
            }
        }
        // "..., a dénoncé Manille", "..., denunció el Gobierno de Manila": a criticism in the
        // attribution slot that closes the sentence is the speaker's, aimed at the news's doer.
        // Not in English, which puts the speaker first ("..., Manila said"), and not after a
        // relative clause that closes on the comma ("L'Iran, che ha attaccato Israele, ha
        // condannato gli Stati Uniti": the main verb and its object).
        let bare_verb = c.end == c.start + 1 && !gerund;
        let after_relative_clause = verb_group_start > 0 && {
            let opened = (0..verb_group_start - 1).rev().find(|&i| view.norms[i] == ",").map_or(0, |i| i + 1);
            (opened..verb_group_start).any(|i| view.is(i, WordClass::Relative))
        };
        if lang != "en"
            && c.code.starts_with("11")
            && bare_verb
            && after_quote_or_comma
            && !after_relative_clause
            && c.start - verb_group_start <= 2
        {
            if let Some(speaker) = roles::closing_speaker(view, mentions, groups, c.end) {
                // The news is an event before it ("Il governo, in una nota, ha condannato la
                // Francia" has none: a parenthesis, not an attribution).
                let news = earlier.iter().find(|p| !p.entry.speech && p.end < verb_group_start);
                let doer = news.and_then(|p| {
                    Some(p.sources.clone())
                        .filter(|s| !s.is_empty())
                        .or_else(|| Some(c.sources.clone()).filter(|s| !s.is_empty()))
                        .or_else(|| roles::sentence_opening_subject(view, mentions, groups))
                });
                if let Some(doer) = doer.filter(|d| !d.iter().any(|m| speaker.contains(m))) {
                    c.sources = speaker;
                    c.targets = doer;
                    c.notes.push("role:closing-critic".into());
                }
            }
        }
    }
}

/// "fired tear gas and arrested dozens of protesters", "ha lanciato gas lacrimogeni e arrestato
/// centinaia di sostenitori": an act of force whose object names no actor shares the object of
/// the act coordinated right after it, when both have the same subject.
fn shared_object(view: &SentenceView, candidates: &mut [Candidate]) {
    for k in 0..candidates.len().saturating_sub(1) {
        let (c, next) = (&candidates[k], &candidates[k + 1]);
        let waiting = awaits_target(c) && lacks_needed_target(c) && !c.sources.is_empty() && !c.entry.speech;
        let coordinated = (c.end..next.start).any(|i| view.is(i, WordClass::Coordination))
            && (c.end..next.start).all(|i| view.norms[i] != "," && !view.is_boundary(i))
            && next.start <= c.end + 2;
        // Only force and coercion: elsewhere the second verb's object is too often its own
        // ("rejected its demand and ...", "freed ... and mediated").
        let force = |x: &Candidate| matches!(&x.code[..2], "17" | "18" | "19" | "20");
        if waiting && coordinated && force(c) && force(next) && next.sources == c.sources && !next.targets.is_empty() && !next.entry.noun {
            let targets = next.targets.clone();
            let c = &mut candidates[k];
            c.targets = targets;
            c.notes.push("role:shared-object".into());
            c.verdict = Verdict::Kept;
        }
    }
}

/// How far after its conjunction a second verb may stand ("and has also offered").
const SECOND_VERB_REACH: usize = 3;

/// "expressed its condolences to Morocco and offered rescue teams", "ha accusato Kiev di ... e
/// ha avvertito": a second verb that shares its subject with the verb before the conjunction and
/// names no one of its own is aimed at the first verb's target.
fn target_of_the_first_verb(view: &SentenceView, mentions: &[Mention], candidates: &mut [Candidate]) {
    for k in 1..candidates.len() {
        let c = &candidates[k];
        let verbal = !c.is_nominal() && !c.entry.speech;
        // "stormed the prison and freed 3,000 prisoners": people acted on, named inside the
        // expression, are its object, though no actor.
        let acts_on_named_people = c.code.starts_with("084") && c.end > c.start + 1;
        if !(verbal && !acts_on_named_people && !c.sources.is_empty() && awaits_target(c) && lacks_needed_target(c)) {
            continue;
        }
        // Nothing but auxiliaries and adverbs between the conjunction and the verb: no subject
        // of its own.
        let conjunction = (c.start.saturating_sub(SECOND_VERB_REACH)..c.start).rev().find(|&i| view.is(i, WordClass::Coordination));
        let Some(conjunction) = conjunction.filter(|&j| !mentions.iter().any(|m| m.start > j && m.start < c.start)) else { continue };
        // The verb right before, not one further back past a clause of content ("accused the
        // coast guard of ramming and hitting").
        let first = Some(&candidates[k - 1]).filter(|p| {
            p.verdict == Verdict::Kept && p.end <= conjunction && p.sources == c.sources && !p.targets.is_empty() && !p.reciprocal
        });
        // After an accusation, appeal or demand, a second act is more of what it alleges or asks
        // for ("accused the coast guard of ramming and hitting a ship").
        let says = |code: &str| matches!(&code[..2], "01" | "02" | "10" | "11" | "12" | "13");
        let content = |p: &Candidate| (p.code.starts_with("112") || matches!(&p.code[..2], "02" | "10")) && !says(&c.code);
        if let Some(targets) = first.filter(|p| !content(p)).map(|p| p.targets.clone()) {
            let c = &mut candidates[k];
            c.targets = targets;
            c.notes.push("role:target-of-the-first-verb".into());
            c.verdict = Verdict::Kept;
        }
    }
}

/// "A and B signed a truce under the mediation of C", "firmaron un acuerdo con la mediación de la
/// Unión Africana": mediation with no target of its own is done to the parties of the agreement,
/// talks or exchange the sentence reports.
fn mediated_parties(candidates: &mut [Candidate]) {
    let settles = |c: &Candidate| matches!(&c.code[..2], "03" | "04" | "05" | "06" | "08") && !c.code.starts_with("045");
    for k in 0..candidates.len() {
        let c = &candidates[k];
        let open = awaits_target(c);
        if !c.code.starts_with("045") || !open || !c.targets.is_empty() || c.sources.is_empty() {
            continue;
        }
        let mediator = c.sources.clone();
        let parties = candidates.iter().find(|o| settles(o) && !o.sources.is_empty()).map(|o| {
            let mut parties: Vec<usize> = o.sources.iter().chain(&o.targets).copied().filter(|m| !mediator.contains(m)).collect();
            parties.dedup();
            parties
        });
        if let Some(parties) = parties.filter(|p| !p.is_empty()) {
            let c = &mut candidates[k];
            c.targets = parties;
            c.notes.push("role:mediated-parties".into());
            c.verdict = Verdict::Kept;
        }
    }
}

/// "La detención de tres periodistas por la policía ... fue condenada por EE UU, que exigió su
/// liberación", "demanded the release of the leaders detained by the army": an appeal or demand
/// for someone's release is made to whoever the sentence says holds them, not to the detainees.
fn release_demanded_of_the_holder(mentions: &[Mention], candidates: &mut [Candidate]) {
    let release = |c: &Candidate| c.code.starts_with("1053") || c.code.starts_with("0253");
    let holding = |c: &Candidate| c.code.starts_with("173") || c.code.starts_with("181") || c.code.starts_with("1711");
    let countryless = |i: &usize| mentions.get(*i).is_none_or(|m| m.country.is_none());
    for k in 0..candidates.len() {
        let c = &candidates[k];
        if !release(c) || !awaits_target(c) || c.sources.is_empty() {
            continue;
        }
        let Some(holder) = candidates.iter().find(|o| holding(o) && !o.sources.is_empty() && o.sources != c.sources) else {
            continue;
        };
        let detainees = &holder.targets;
        let open = c.targets.is_empty() || c.targets.iter().all(|t| countryless(t) || detainees.contains(t));
        if open {
            let holder = holder.sources.clone();
            let c = &mut candidates[k];
            c.targets = holder;
            c.notes.push("role:release-demanded-of-the-holder".into());
            c.verdict = Verdict::Kept;
        }
    }
}

/// How far a nominal event may sit from the clause subject to be its verb's object ("L'UE ha
/// adottato il dodicesimo pacchetto di sanzioni": four tokens; "which adopted a 12th package of": six).
const LIGHT_VERB_REACH: usize = 8;

/// A reaction (a comment, condemnation, rejection, praise) with no actor target, said of an event
/// the sentence has already told, targets that event's doer: in an apposition ("Spain recognised a
/// Palestinian state, a move that Israel condemned"), in a relative on the whole clause ("...
/// begonnen, was Peking verurteilte", "..., ce que Moscou a dénoncé"), or with an event noun as
/// its object ("..., and Taipei condemned the move").
fn reaction_to_the_move(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], candidates: &mut [Candidate]) {
    for k in 0..candidates.len() {
        let c = &candidates[k];
        let reaction = matches!(&c.code[..2], "01" | "11" | "12" | "16") || c.code.starts_with("051");
        let Some(subject_start) = c.sources.iter().filter_map(|&i| mentions.get(i)).map(|m| m.start).min() else { continue };
        if !reaction {
            continue;
        }
        // ", una decisión calificada de «...» por Israel", ", une peine aussitôt fustigée par
        // Londres": a passive reaction right after the noun of the move, past an adverb or an
        // adjective, or in its relative (", una decisión que fue criticada por Pekín"); the actor
        // its subject search found is only the nearest one.
        let passive = c.notes.iter().any(|note| note == "role:passive");
        let noun_of_the_move = (c.start.saturating_sub(5)..=c.start).rev().find(|&i| view.is(i, WordClass::EventAnaphor)).filter(|&n| {
            (n + 1..c.start).all(|i| {
                let relative_passive = passive && (view.is(i, WordClass::Relative) || is_auxiliary(view, i));
                view.tokens[i].kind == TokenKind::Word
                    && !view.tokens[i].capitalized
                    && !mentions.iter().any(|m| m.start <= i && i < m.end)
                    && (view.classes_at(i) == 0 || view.is(i, WordClass::Adverb) || relative_passive)
            })
        });
        // The noun may open the expression ("des accusations aussitôt rejetées par Kigali"), and
        // a short prepositional lead may come before it (", au terme d'un procès dénoncé par").
        let preposition =
            |i: usize| view.is(i, WordClass::Preposition) || view.is(i, WordClass::ComplementPrep) || view.is(i, WordClass::FramingAdjunct);
        let prepositional_lead = |i: usize| {
            preposition(i)
                || (view.tokens[i].kind == TokenKind::Word
                    && !view.tokens[i].capitalized
                    && view.classes_at(i) == 0
                    && !view.in_expression[i])
        };
        let comma_before_the_move = noun_of_the_move
            .filter(|&n| n == c.start || passive)
            .and_then(|n| {
                let before = n.checked_sub(1)?;
                let i = if view.is(before, WordClass::Article) || view.is(before, WordClass::Determiner) {
                    before.checked_sub(1)?
                } else {
                    before
                };
                Some((n, i))
            })
            .and_then(|(n, i)| {
                let lead_start = (i.saturating_sub(3)..=i).rev().take_while(|&j| prepositional_lead(j)).last();
                match lead_start {
                    Some(j) if preposition(i) && n < c.start => j.checked_sub(1),
                    _ => Some(i),
                }
            })
            .filter(|&i| view.norms[i] == ",");
        let active_reaction = || {
            let open = c.targets.is_empty() && subject_start <= c.start;
            // "una contestata legge": a participle between article and noun is an adjective.
            let adjective = c.start > 0 && view.is(c.start - 1, WordClass::Article);
            open.then(|| {
                told_event_end(view, mentions, &candidates[..k], subject_start).or_else(|| {
                    // A condemnation or a rejection may hold the noun itself: "a dénoncé une décision
                    // « injustifiable »" (not a claim: "reivindicó el lanzamiento" is the act's own).
                    let judging = matches!(&c.code[..2], "11" | "12");
                    let noun_inside = judging && c.end > c.start + 1 && event_noun_object(view, c.start + 1);
                    (!adjective && (event_noun_object(view, c.end) || noun_inside || event_noun_before_final_verb(view, c.start)))
                        .then_some(c.start)
                })
            })
            .flatten()
        };
        let Some(limit) = comma_before_the_move.or_else(active_reaction) else { continue };
        let doer =
            candidates[..k].iter().rev().find(|p| p.end <= limit && !p.sources.is_empty() && !p.entry.speech).map(|p| p.sources.clone());
        // "Kenya's president sacked his cabinet, a move the opposition denounced": a move the
        // lexicon does not code was still done by the actor that opens the sentence, unless a
        // passive made that actor the one it was done to.
        let opening_doer = || {
            // Attribution ("..., the minister announced, a decision X called") tells no move.
            let none_before = !candidates[..k].iter().any(|p| p.end <= limit && !p.entry.speech);
            roles::sentence_opening_subject(view, mentions, groups).filter(|g| {
                let end = g.iter().filter_map(|&i| mentions.get(i)).map(|m| m.end).max().unwrap_or(limit);
                none_before && end < limit && !(end..limit).any(|i| view.is(i, WordClass::PassiveAux))
            })
        };
        let doer = doer.or_else(opening_doer);
        if let Some(doer) = doer.filter(|d| *d != candidates[k].sources) {
            let c = &mut candidates[k];
            c.targets = doer;
            c.notes.push("role:reaction-to-the-move".into());
            if c.verdict == Verdict::Dropped(no_target_reason(&c.code)) {
                c.verdict = Verdict::Kept;
            }
        }
    }
}

/// "un'offerta di pace che Asmara ha respinto", "an invitation that Kyiv declined": a reaction in
/// an object relative on a nominal event answers that event's doer, and the event, when it names
/// no one, was addressed to whoever answers it.
fn answer_to_an_antecedent_event(view: &SentenceView, mentions: &[Mention], candidates: &mut [Candidate]) {
    for k in 1..candidates.len() {
        let c = &candidates[k];
        let reaction = matches!(&c.code[..2], "01" | "11" | "12") || c.code.starts_with("051");
        if !reaction || !c.targets.is_empty() || c.sources.is_empty() || c.entry.noun || !awaits_target(c) {
            continue;
        }
        // The relative pronoun, then the reaction's own subject and its verb group.
        let Some(subject_start) = c.sources.iter().filter_map(|&i| mentions.get(i)).map(|m| m.start).min() else { continue };
        let Some(pronoun) = subject_start.checked_sub(1).filter(|&r| view.is(r, WordClass::Relative) && subject_start < c.start) else {
            continue;
        };
        let antecedent =
            candidates[..k].iter().position(|p| p.end == pronoun && p.is_nominal() && !p.sources.is_empty() && p.sources != c.sources);
        let Some(a) = antecedent else { continue };
        let (doer, answerer) = (candidates[a].sources.clone(), candidates[k].sources.clone());
        let c = &mut candidates[k];
        c.targets = doer;
        c.notes.push("role:answer-to-the-antecedent".into());
        c.verdict = Verdict::Kept;
        let p = &mut candidates[a];
        if p.targets.is_empty() && awaits_target(p) {
            p.targets = answerer;
            p.notes.push("role:addressed-to-who-answers".into());
            p.verdict = Verdict::Kept;
        }
    }
}

/// "recibió a su homólogo argentino, con quien firmó un acuerdo", "hosted his counterpart, with
/// whom he signed a deal", "il premier, al quale ha chiesto": the clause's partner is the
/// antecedent of "with whom" or "to whom", and its doer the actor the main clause is about, not
/// the nearest actor before it.
fn partner_of_a_comitative_relative(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], candidates: &mut [Candidate]) {
    let in_mention = |i: usize| roles::in_any_mention(mentions, i);
    for k in 0..candidates.len() {
        let c = &candidates[k];
        if !awaits_target(c) && c.verdict != Verdict::Dropped("no source actor".into()) {
            continue;
        }
        // Back over the relative clause's own pronoun subject, auxiliaries and adverbs.
        let mut i = c.start;
        while i > 0
            && !in_mention(i - 1)
            && (view.is(i - 1, WordClass::PersonalPronoun)
                || view.is(i - 1, WordClass::Pronoun)
                || (view.tokens[i - 1].kind == TokenKind::Word && !view.tokens[i - 1].capitalized && transparent_before_verb(view, i - 1)))
            && !view.is(i - 1, WordClass::Relative)
        {
            i -= 1;
        }
        let relative_end = i;
        while i > 0 && view.is(i - 1, WordClass::Relative) {
            i -= 1;
        }
        if i == relative_end {
            continue;
        }
        // "with whom", "con cui", "to whom", "a quien": the preposition before the relative;
        // "al quale", "ao qual": the preposition is the relative's first word.
        let partner_preposition = |t: usize| view.is(t, WordClass::Comitative) || view.is(t, WordClass::Addressee);
        let comma = if i >= 2 && partner_preposition(i - 1) && view.norms[i - 2] == "," {
            i - 2
        } else if i >= 1 && view.norms[i - 1] == "," && partner_preposition(i) && relative_end > i + 1 {
            i - 1
        } else {
            continue;
        };
        let group_ending_at = |end: usize| groups.iter().find(|g| g.last().is_some_and(|&m| mentions[m].end == end));
        let Some(mut partner) = group_ending_at(comma).cloned() else { continue };
        // "al embajador de Francia en Bamako, al que acusó": the place where the partner is
        // stationed is not the partner.
        let first = &mentions[partner[0]];
        if (first.place || first.seat) && first.start > 0 && view.is(first.start - 1, WordClass::Preposition) {
            match group_ending_at(first.start - 1) {
                Some(g) => partner = g.clone(),
                None => continue,
            }
        }
        // "was received by the crown prince, with whom he discussed": a passive's subject is
        // its target.
        let main_subject =
            candidates[..k]
                .iter()
                .rev()
                .find(|p| p.end <= comma && !p.sources.is_empty())
                .map(|p| {
                    if p.notes.iter().any(|n| n == "role:passive") && !p.targets.is_empty() {
                        p.targets.clone()
                    } else {
                        p.sources.clone()
                    }
                })
                .or_else(|| roles::sentence_opening_subject(view, mentions, groups));
        let Some(doer) = main_subject.filter(|d| !d.iter().any(|m| partner.contains(m))) else { continue };
        let c = &mut candidates[k];
        c.sources = doer;
        c.targets = partner;
        c.notes.push("role:comitative-relative".into());
        c.verdict = Verdict::Kept;
    }
}

/// Where the event a reaction's subject refers back to must have ended: the comma that opens ", a
/// move (that) X ..." (the subject may carry a plain adjective or two: "the main opposition
/// party") or ", which X ..." on the whole clause.
fn told_event_end(view: &SentenceView, mentions: &[Mention], earlier: &[Candidate], subject_start: usize) -> Option<usize> {
    // "decisão que o secretário de Estado, Marco Rubio, criticou": the name's title opens it.
    let title = subject_start
        .checked_sub(1)
        .filter(|&comma| view.norms[comma] == ",")
        .and_then(|comma| mentions.iter().find(|m| m.end == comma))
        .map(|m| m.start);
    let subject_start = title.unwrap_or(subject_start);
    // "ein Abkommen unterzeichnet, das von Guterres begrüßt wurde": a passive's agent stands
    // where the relative clause's subject would.
    let subject_start = (subject_start.saturating_sub(2)..subject_start)
        .find(|&p| view.is(p, WordClass::BracketAgent) && (p + 1..subject_start).all(|i| view.is(i, WordClass::Article)))
        .filter(|&p| p > 1 && (view.is(p - 1, WordClass::Relative) || view.norms[p - 2] == ","))
        .unwrap_or(subject_start);
    let mut j = subject_start;
    while j > 0
        && subject_start - j < 2
        && view.classes_at(j - 1) == 0
        && !view.is(j - 1, WordClass::EventAnaphor)
        && view.tokens[j - 1].kind == TokenKind::Word
    {
        j -= 1;
    }
    let relative = |i: usize| view.is(i, WordClass::Relative);
    let mut saw_relative = false;
    if j > 0 && (relative(j - 1) || view.is(j - 1, WordClass::Article)) {
        saw_relative = relative(j - 1);
        j -= 1;
        if j > 0 && view.is(j, WordClass::Article) && relative(j - 1) {
            saw_relative = true;
            j -= 1;
        }
    }
    if let Some(noun) = j.checked_sub(1).filter(|&n| view.is(n, WordClass::EventAnaphor)) {
        return (noun.saturating_sub(3)..noun).rev().find(|&i| view.norms[i] == ",");
    }
    // The apposition may name the move by an event noun of its own: "..., a show of force that
    // Oslo described as provocative", "..., un'escalation che Tokyo ha condannato".
    if saw_relative {
        if let Some(noun) = earlier.iter().rev().find(|p| p.is_nominal() && p.end == j && p.sources.is_empty()) {
            return (noun.start.saturating_sub(3)..noun.start).rev().find(|&i| view.norms[i] == ",");
        }
    }
    // A relative right after a comma, or after one short pronoun ("ce que", "lo que", "il che"),
    // and not on an actor just named ("Russia, which Kyiv accuses").
    let comma =
        (j.saturating_sub(2)..j).rev().find(|&i| view.norms[i] == ",").filter(|&i| j - i == 1 || view.norms[i + 1].chars().count() <= 3);
    comma.filter(|&i| saw_relative && i > 0 && !mentions.iter().any(|m| m.end == i))
}

/// "condemned the move", "ha respinto la decisione": an article or possessive or two, then a noun
/// that names an event already told.
fn event_noun_object(view: &SentenceView, after: usize) -> bool {
    let noun = (after..view.norms.len().min(after + 3)).find(|&i| !view.is(i, WordClass::Article) && !view.is(i, WordClass::Possessive));
    noun.is_some_and(|n| view.is(n, WordClass::EventAnaphor))
}

/// A verb-final clause puts the object before the verb, past its adverbs: "..., woraufhin Tokio den
/// Test umgehend scharf verurteilte".
fn event_noun_before_final_verb(view: &SentenceView, verb: usize) -> bool {
    let adverb = |i: usize| {
        view.tokens[i].kind == TokenKind::Word && !view.tokens[i].capitalized && (view.classes_at(i) == 0 || view.is(i, WordClass::Adverb))
    };
    view.verb_second
        && (verb.saturating_sub(4)..verb)
            .rev()
            .find(|&i| !adverb(i))
            .is_some_and(|noun| view.is(noun, WordClass::EventAnaphor) && noun > 0 && is_determiner(view, noun - 1))
}

/// The candidate just before a verb that follows `and` with nothing but the first verb's object
/// between: "vão proibir a ajuda aos rebeldes e recusar a entrada", "did not attack and did not
/// threaten". One mood or frame covers both verbs.
fn coordinated_with<'c>(view: &SentenceView, candidates: &'c [Candidate], start: usize) -> Option<&'c Candidate> {
    let previous = candidates.last()?;
    let unbroken = (previous.end..start).all(|i| !view.is_boundary(i) && view.norms[i] != ",");
    (start > 0 && view.is(start - 1, WordClass::Coordination) && previous.end + 12 >= start && unbroken).then_some(previous)
}

/// "manifestanti che protestavano contro la legge sono stati dispersi", "militants who fought in
/// Syria": a relative clause with no comma before its pronoun only identifies its antecedent
/// (the conventions do not code it). A date inside the clause makes it news of its own
/// ("manifestanti che martedì hanno fatto irruzione nel Parlamento"). A verb-second language
/// commas every relative clause, so the comma tells nothing there.
fn restrictive_relative(view: &SentenceView, c: &Candidate) -> bool {
    let pronoun = c.clause.start.checked_sub(1);
    let dated = (c.clause.start..c.start).any(|i| view.gaps[i] == GapRule::Free && view.tokens[i].kind == TokenKind::Word);
    c.notes.iter().any(|n| n == "role:relative-antecedent")
        && !c.notes.iter().any(|n| n.starts_with("role:passive"))
        && !view.verb_second
        && !dated
        && pronoun.is_some_and(|p| view.is(p, WordClass::Relative) && !comma_before_relative(view, p))
}

/// ", a quienes acusó", ", à qui", ", al que": the comma may stand before the pronoun's
/// preposition and article.
fn comma_before_relative(view: &SentenceView, pronoun: usize) -> bool {
    let mut i = pronoun;
    let leads = |k: usize| {
        [WordClass::Preposition, WordClass::Article, WordClass::Addressee, WordClass::ComplementPrep].iter().any(|&c| view.is(k, c))
    };
    while i > 0 && pronoun - i < 2 && leads(i - 1) {
        i -= 1;
    }
    i > 0 && view.norms[i - 1] == ","
}

/// "routinely ambush convoys and attack villages", "did not attack or shell", "para intensificar
/// la huelga y presionar": a verb coordinated with one that is habitual, negated, hypothetical,
/// a purpose or only announced shares its mood.
fn shared_mood(view: &SentenceView, candidates: &[Candidate], start: usize) -> Option<String> {
    let previous = coordinated_with(view, candidates, start)?;
    let Verdict::Dropped(why) = &previous.verdict else { return None };
    let mood =
        ["habitual", "negated", "hypothetical", "purpose", "announced", "intended", "infinitive after", "the object of the infinitive"]
            .iter()
            .any(|m| why.starts_with(m));
    mood.then(|| format!("coordinated with `{}`: {why}", view.norms[previous.start]))
}

/// The intention or threat that a future ("will", "vão", "enviará") gave the verb this one is
/// coordinated with, and the word that said it. An infinitive's frame is not shared: in "ready
/// to host talks and urged him to", the second verb is finite.
fn shared_frame(view: &SentenceView, candidates: &[Candidate], start: usize) -> Option<(Frame, String)> {
    // Its roles may still be completed later (a speaker's clause): only its frame counts here.
    let previous = coordinated_with(view, candidates, start)?;
    let future_word = |word: &str| {
        view.norms[previous.start] == word
            || (previous.start.saturating_sub(3)..previous.start).any(|i| view.norms[i] == word && view.is(i, WordClass::Future))
    };
    previous.notes.iter().filter(|n| n.split_once(':').is_some_and(|(_, w)| future_word(w))).find_map(|n| {
        let (kind, word) = n.split_once(':')?;
        match kind {
            "intent" => Some((Frame::Intent, word.to_string())),
            "threat" => Some((Frame::Threat, word.to_string())),
            _ => None,
        }
    })
}

/// "hat die Ausweisung eines russischen Diplomaten durch Lettland verurteilt", "condemned the
/// arrest of two journalists by the police": a reaction whose object actor stands inside the
/// nominal event it names is aimed at that event's doer, not at whom it was done to.
fn reaction_to_the_nominal_it_names(mentions: &[Mention], candidates: &mut [Candidate]) {
    for k in 0..candidates.len() {
        let c = &candidates[k];
        if !matches!(&c.code[..2], "11" | "12") || c.targets.is_empty() || c.entry.noun || !awaits_target(c) {
            continue;
        }
        let inside = |o: &Candidate, t: usize| mentions.get(t).is_some_and(|m| o.start <= m.start && m.end <= o.end);
        let named = candidates.iter().enumerate().find(|&(j, o)| {
            j != k
                && o.is_nominal()
                && o.verdict == Verdict::Kept
                && !o.sources.is_empty()
                && o.sources != c.sources
                && c.targets.iter().all(|&t| inside(o, t))
        });
        if let Some((_, o)) = named {
            let doer = o.sources.clone();
            let c = &mut candidates[k];
            c.targets = doer;
            c.notes.push("role:object-event-actor".into());
            if c.verdict == Verdict::Dropped(no_target_reason(&c.code)) {
                c.verdict = Verdict::Kept;
            }
        }
    }
}

/// "The air strike carried out by Israeli forces killed three Syrian soldiers", "Der von der
/// Armee geflogene Luftangriff tötete drei Soldaten": an attack named as a noun with its doer is
/// the subject of a verb of force that tells whom it struck. One event: the noun's doer and code
/// (the more specific: "air strike" 195) with the verb's target.
fn toll_of_a_nominal_attack(view: &SentenceView, candidates: &mut [Candidate]) {
    let force = |c: &Candidate| is_force(&c.code);
    for k in 0..candidates.len() {
        let v = &candidates[k];
        if !force(v) || v.is_nominal() || !v.sources.is_empty() || v.targets.is_empty() || v.verdict == Verdict::Kept {
            continue;
        }
        // The noun opens the verb's clause: no other expression stands before the verb in it;
        // or the verb's clause is a relative on the noun ("the suicide bombing, which killed").
        // Not what an insertion between commas says of the noun (", claimed by the Islamic State
        // group,").
        let inserted =
            |o: &Candidate| (v.clause.start..o.start).any(|i| view.norms[i] == ",") && (o.end..v.start).any(|i| view.norms[i] == ",");
        let before: Vec<usize> = (0..k).filter(|&j| candidates[j].end > v.clause.start && !inserted(&candidates[j])).collect();
        let relative = v.clause.start >= 2 && view.is(v.clause.start - 1, WordClass::Relative) && view.norms[v.clause.start - 2] == ",";
        let antecedent = || (0..k).rev().find(|&j| relative && candidates[j].end + 2 == v.clause.start);
        let Some(n) = (match before[..] {
            [n] => Some(n),
            [] => antecedent(),
            _ => None,
        }) else {
            continue;
        };
        let attack = &candidates[n];
        let subject = attack.is_nominal()
            && force(attack)
            && !attack.sources.is_empty()
            && attack.targets.is_empty()
            && (attack.verdict == Verdict::Kept || attack.verdict == Verdict::Dropped(no_target_reason(&attack.code)))
            && (attack.end..v.start).all(|i| !view.is_boundary(i) || i + 2 == v.clause.start || i + 1 == v.clause.start);
        if !subject {
            continue;
        }
        let (targets, verb) = (v.targets.clone(), view.norms[v.start]);
        candidates[k].verdict = Verdict::Dropped(format!("the toll of `{}`, coded there", view.norms[attack.start..attack.end].join(" ")));
        let attack = &mut candidates[n];
        attack.targets = targets;
        attack.notes.push(format!("role:struck-by-the-noun-subject:{verb}"));
        attack.verdict = Verdict::Kept;
    }
}

/// "adopted a resolution that demands Israel lift the blockade", "una risoluzione che chiede":
/// what a resolution or declaration demands or condemns in its relative clause, its authors do:
/// the subject of the clause that names the document. (German puts the verb at the end of the
/// relative clause, past its objects: not covered.)
fn authors_of_the_document(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], candidates: &mut [Candidate]) {
    for c in candidates.iter_mut() {
        if c.is_nominal() || !c.sources.is_empty() || c.verdict != Verdict::Dropped("no source actor".into()) {
            continue;
        }
        // The relative pronoun is the subject: nothing named between it and the verb.
        let Some(pronoun) = (c.start.saturating_sub(3)..c.start).rev().find(|&i| view.is(i, WordClass::Relative)) else { continue };
        if mentions.iter().any(|m| pronoun < m.start && m.start < c.start) {
            continue;
        }
        // Not what a vetoed text "would have imposed".
        let unreal = [WordClass::Hypothetical, WordClass::PressConditional, WordClass::Future];
        if (pronoun + 1..c.start).any(|i| unreal.iter().any(|&class| view.is(i, class))) {
            continue;
        }
        // The document right before the pronoun.
        let Some(document) = (pronoun.saturating_sub(4)..pronoun).rev().find(|&i| view.is(i, WordClass::DocumentNoun)) else { continue };
        let clause_left = (0..document).rev().find(|&i| view.is_boundary(i)).map_or(0, |i| i + 1);
        let mut notes = Vec::new();
        let Some(authors) = find_subject(view, mentions, groups, document, clause_left, &[], &[], &Carry::default(), &mut notes) else {
            continue;
        };
        if authors == c.targets {
            continue;
        }
        c.sources = authors;
        c.notes.push("role:authors-of-the-document".into());
        c.verdict = verdict_once_sourced(c);
    }
}

/// "Mali was suspended from the African Union", "suspendu de toutes les instances de la
/// Cedeao": a member suspended or expelled in the passive, with no agent, was suspended by the
/// organisation the expression names.
fn organisation_of_a_passive_suspension(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], candidates: &mut [Candidate]) {
    for c in candidates.iter_mut() {
        let passive = c.notes.iter().any(|n| n == "role:passive");
        if !passive || !c.sources.is_empty() || c.targets.is_empty() || !c.code.starts_with("16") {
            continue;
        }
        let named = groups.iter().find(|g| {
            let m = &mentions[g[0]];
            // Inside the expression or right after its last noun ("from all bodies of ECOWAS").
            let of_the_body = m.start >= c.end
                && (c.end..m.start).all(|i| view.is(i, WordClass::ComplementPrep) || view.is(i, WordClass::Article))
                && m.start <= c.end + 2;
            (m.start > c.start && m.end <= c.end || of_the_body) && m.code.starts_with("IGO") && !c.targets.contains(&g[0])
        });
        let Some(organisation) = named else { continue };
        c.sources = organisation.clone();
        c.notes.push("role:organisation-named-in-the-passive".into());
        c.verdict = verdict_once_sourced(c);
    }
}

/// "fired a ballistic missile, drawing condemnation from Seoul and Tokyo": a reaction told by a
/// participle after a comma, with its doers and no target, is aimed at the doer of the act
/// before the comma.
fn reaction_drawn_by_the_act(view: &SentenceView, candidates: &mut [Candidate]) {
    for k in 1..candidates.len() {
        let c = &candidates[k];
        let drawn = c.entry.noun
            && matches!(&c.code[..2], "11" | "12")
            && c.targets.is_empty()
            && !c.sources.is_empty()
            && c.start > 0
            && view.norms[c.start - 1] == ",";
        if !drawn {
            continue;
        }
        let comma = c.start - 1;
        let act = candidates[..k].iter().rev().find(|p| p.verdict == Verdict::Kept && p.end <= comma && !p.entry.speech);
        let Some(doers) = act.map(|p| p.sources.clone()).filter(|d| !d.is_empty() && !d.iter().any(|x| c.sources.contains(x))) else {
            continue;
        };
        let c = &mut candidates[k];
        c.targets = doers;
        c.notes.push("role:reaction-drawn-by-the-act".into());
        if c.verdict == Verdict::Dropped(no_target_reason(&c.code)) {
            c.verdict = Verdict::Kept;
        }
    }
}

/// How far from a claim the act it claims may be told.
const CLAIM_REACH: usize = 20;

/// "al-Shabaab claimed the suicide bombing that killed ten police officers", "l'attacco,
/// rivendicato dagli Houthi, ha ferito due marinai", "reivindicó el lanzamiento de misiles": the
/// act a group claims is its own. Near a claim, an act of force left without a doer takes the
/// claimant: a noun first, which takes the target of the verb that tells its toll; else the act
/// named inside the claim's own words (`inner_force`: the claim's start, the act's match and
/// entry); else a verb. One act per claim. The claim is aimed where the act struck.
fn claimed_acts(
    view: &SentenceView,
    mentions: &[Mention],
    inner_force: &[(usize, dyad_lexicon::Match, EventEntry)],
    candidates: &mut Vec<Candidate>,
) {
    let force = |c: &Candidate| is_force(&c.code);
    let Some(claim) = candidates.iter().position(|c| c.code.starts_with("015") && c.verdict == Verdict::Kept && !c.sources.is_empty())
    else {
        return;
    };
    let (claimant, claim_span) = (candidates[claim].sources.clone(), candidates[claim].start..candidates[claim].end);
    let near = |c: &Candidate| c.start <= claim_span.end + CLAIM_REACH && claim_span.start <= c.end + CLAIM_REACH;
    let unsourced = |c: &Candidate| force(c) && near(c) && c.sources.is_empty() && c.verdict == Verdict::Dropped("no source actor".into());
    let coded = |candidates: &[Candidate]| candidates.iter().any(|c| force(c) && c.verdict == Verdict::Kept && c.sources == claimant);
    let give = |c: &mut Candidate| {
        c.sources = claimant.clone();
        c.notes.push("role:claimed-by".into());
        c.verdict = verdict_once_sourced(c);
    };
    candidates.iter_mut().filter(|c| unsourced(c) && c.is_nominal()).for_each(give);
    toll_of_a_nominal_attack(view, candidates);
    if !coded(candidates) {
        if let Some((_, inner, entry)) = inner_force.iter().find(|(start, _, _)| *start == claim_span.start) {
            let mut act = candidates[claim].clone();
            (act.start, act.end) = (inner.start, inner.end);
            act.code = entry.code.clone();
            act.entry = entry.clone();
            act.notes = vec!["role:claimed-act".into()];
            act.reported_by = None;
            // "tués dans un attentat-suicide ..., revendiqué par": the verb tells whom it struck.
            let same_clause = |c: &Candidate| {
                let (from, to) = if c.end <= claim_span.start { (c.end, claim_span.start) } else { (claim_span.end, c.start) };
                (from..to).all(|i| !view.is(i, WordClass::ClauseBreak))
            };
            if let Some(toll) = candidates.iter_mut().find(|c| unsourced(c) && !c.targets.is_empty() && same_clause(c)) {
                act.targets = toll.targets.clone();
                toll.verdict = Verdict::Dropped("the toll of the claimed act, coded there".into());
            }
            act.verdict = verdict_once_sourced(&act);
            candidates.insert(claim + 1, act);
        }
    }
    if !coded(candidates) {
        if let Some(c) = candidates.iter_mut().find(|c| unsourced(c)) {
            give(c);
        }
    }
    // Only a target that names its country: the claim's own rules find the country of the rest.
    let struck = candidates
        .iter()
        .find(|c| force(c) && c.verdict == Verdict::Kept && c.sources == claimant)
        .map(|c| c.targets.clone())
        .filter(|t| t.iter().all(|&i| mentions.get(i).is_some_and(|m| m.country.is_some())));
    let c = &mut candidates[claim];
    if let (Some(targets), true) = (struck, c.targets.is_empty()) {
        c.targets = targets;
        c.notes.push("role:where-the-claimed-act-struck".into());
    }
}

/// How far past an opposition or a rejection the cooperation it names may stand ("rejected on
/// Monday the Egyptian ceasefire").
const REJECTED_OBJECT_REACH: usize = 4;

/// "opposed to French mediation", "rejected the ceasefire", "si è opposto alla mediazione
/// dell'Egitto": the cooperation an opposition or a rejection names as its object is proposed,
/// not done; the one a request names ("called for the lifting of the embargo") is asked for.
/// Run once the reaction has taken its target from that nominal's doer.
fn rejected_proposals(view: &SentenceView, candidates: &mut [Candidate]) {
    for k in 0..candidates.len() {
        let r = &candidates[k];
        let asked = r.code.starts_with("02") || r.code.starts_with("10");
        if r.verdict != Verdict::Kept || !(r.code.starts_with("12") || r.code == "110" || asked) {
            continue;
        }
        let (end, words) = (r.end, view.norms[r.start..r.end].join(" "));
        let cooperation =
            |o: &Candidate| o.verdict == Verdict::Kept && o.is_nominal() && matches!(&o.code[..2], "03" | "04" | "05" | "06" | "07" | "08");
        let object = candidates
            .iter()
            .skip(k + 1)
            .position(|o| o.start >= end && o.start <= end + REJECTED_OBJECT_REACH && (end..o.start).all(|i| !view.is_boundary(i)));
        if let Some(o) = object.map(|o| &mut candidates[k + 1 + o]).filter(|o| cooperation(o)) {
            o.verdict = Verdict::Dropped(if asked {
                format!("the object of a request (`{words}`): asked for, not done")
            } else {
                format!("the object of an opposition or rejection (`{words}`): proposed, not done")
            });
        }
    }
}

/// "demanded that the EU refuse to recognise ...", "accused Hanoi of shelling ...": what is
/// demanded or alleged is the content of that event, not a fact of its own.
fn content_of_earlier(view: &SentenceView, candidates: &[Candidate], start: usize) -> Option<String> {
    let is_that = |i: usize| view.is(i, WordClass::Complementizer);
    let is_of = |i: usize| view.is(i, WordClass::ComplementPrep);
    let unbroken = |from: usize| (from..start).all(|i| !view.is_boundary(i) && view.norms[i] != ";");
    candidates.iter().rev().filter(|p| p.verdict == Verdict::Kept && p.end <= start).find_map(|p| {
        let demand = matches!(&p.code[..2], "02" | "10") && (is_that(p.end - 1) || is_that(p.end));
        let accusation = p.code.starts_with("112") && (p.end..start).any(is_of) && start <= p.end + 6;
        // "ha respinto le accuse del Giappone, secondo cui bombardieri russi hanno violato ...":
        // what a denied accusation says.
        let denied =
            p.code.starts_with("016") && start <= p.end + 10 && (p.end..start).rev().find(|&i| is_that(i)).is_some_and(|i| unbroken(i + 1));
        ((unbroken(p.end) && (demand || accusation)) || denied).then(|| {
            let what = if demand {
                "demand or appeal"
            } else if denied {
                "denied accusation"
            } else {
                "accusation"
            };
            format!("the content of an earlier {what} (`{}`), not a fact", view.norms[p.start])
        })
    })
}

/// "«Condanniamo l'attacco», ha dichiarato il ministero": an event inside an opening quote with
/// no doer of its own is the speaker's.
fn quoted_speaker(view: &SentenceView, candidates: &mut [Candidate]) {
    let is_open = |n: &str| matches!(n, "«" | "“" | "\"");
    let is_close = |n: &str| matches!(n, "»" | "”" | "\"");
    if !view.norms.first().is_some_and(|n| is_open(n)) {
        return;
    }
    let Some(close) = (1..view.norms.len()).find(|&i| is_close(view.norms[i])) else { return };
    let speaker = candidates
        .iter()
        .find(|c| c.entry.speech && !c.sources.is_empty() && c.start > close && c.start <= close + 8)
        .map(|c| c.sources.clone());
    let Some(speaker) = speaker else { return };
    let verbal = |c: &Candidate| !c.entry.speech && !c.is_nominal();
    for c in candidates.iter_mut().filter(|c| c.end <= close && c.sources.is_empty() && verbal(c)) {
        if c.verdict != Verdict::Dropped("no source actor".into()) {
            continue;
        }
        c.sources = speaker.clone();
        c.notes.push("role:quoted-speaker".into());
        c.verdict = verdict_once_sourced(c);
    }
}

/// "Ha condannato mercoledì l'arresto di due svedesi il ministero degli Esteri svedese",
/// "Respondió expulsando a dos diplomáticos iraníes el Gobierno de Azerbaiyán": an Italian,
/// Spanish or Portuguese sentence that opens with its verb may name its subject after the
/// object, with its article (a passive's, after its agent: [`postposed_passive_subject`]). Only the
/// first actor that closes its clause (at a comma or the sentence's end), and only for a verb
/// with no actor before it and no other verb between them.
fn postposed_subject(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], candidates: &mut [Candidate]) {
    let unsourced_opener = |c: &Candidate| c.start <= 4 && c.sources.is_empty() && !c.is_nominal();
    if !matches!(view.lang.as_str(), "it" | "es" | "pt") || !candidates.iter().any(unsourced_opener) {
        return;
    }
    let n = view.norms.len();
    // The subject closes the clause (the sentence's end or a comma) and its article follows a
    // noun or a name ("da parte dell'Iran il ministero"), not a preposition, a verb, a date or
    // a conjunction, after which it would be an object.
    let closes = |end: usize| (end..n).all(|i| view.tokens[i].kind == TokenKind::Punct && view.norms[i] != "«") || view.norms[end] == ",";
    let subject_at = |g: &&Vec<usize>| {
        let (start, end) = (mentions[g[0]].start, g.last().map_or(0, |&m| mentions[m].end));
        if start < 2 || end >= n || !closes(end) || !view.is(start - 1, WordClass::Article) || view.is(start - 1, WordClass::Preposition) {
            return false;
        }
        let before = start - 2;
        view.tokens[before].kind == TokenKind::Word
            && !view.in_expression[before]
            && view.gaps[before] != GapRule::Free
            && ![WordClass::Preposition, WordClass::Article, WordClass::Coordination, WordClass::Relative, WordClass::ActiveAux]
                .iter()
                .any(|&class| view.is(before, class))
            && !has_ending(view.norms[before], &view.endings.participle)
    };
    let Some(subject) = groups.iter().find(subject_at).cloned() else { return };
    let start = mentions[subject[0]].start;
    let before = start - 2;
    for k in 0..candidates.len() {
        let c = &candidates[k];
        let opens = c.start <= 4 && !mentions.iter().any(|m| m.start < c.start) && c.end <= before && !c.is_nominal();
        // "..., ha reso noto domenica la televisione di Stato": that actor is the subject of a
        // verb closer to it.
        let nearer_verb = candidates.iter().any(|o| o.start >= c.end && o.start < start && !o.is_nominal());
        if !opens || nearer_verb {
            continue;
        }
        // "Ha condannato l'arresto di due svedesi da parte dell'Iran il ministero": a reaction
        // with no actor for its object is aimed at the doer of the act it names.
        let object_doer = candidates[k + 1..]
            .iter()
            .find(|o| o.start >= c.end && o.end <= before && o.is_nominal() && !o.sources.is_empty())
            .map(|o| o.sources.clone())
            .filter(|d| !d.iter().any(|m| subject.contains(m)))
            // "la detención por parte de Irán del investigador": the agent the object names.
            .or_else(|| {
                groups
                    .iter()
                    .find(|g| {
                        let at = mentions[g[0]].start;
                        at > c.end && at < before && view.is(at - 1, WordClass::AgentPrep)
                    })
                    .cloned()
            });
        let c = &mut candidates[k];
        if c.sources.is_empty() && c.verdict == Verdict::Dropped("no source actor".into()) {
            c.targets.retain(|t| !subject.contains(t));
            c.sources = subject.clone();
            if c.targets.is_empty() && !c.entry.no_target {
                if let Some(doer) = object_doer {
                    c.targets = doer;
                }
            }
            c.notes.push("role:postposed-subject".into());
            c.verdict = verdict_once_sourced(c);
        }
    }
}

/// "Sono stati espulsi dal governo del Mali due diplomatici algerini", "Fueron excarcelados el
/// jueves por las autoridades iraníes dos ciudadanos franceses", "Ont été interpellés par la
/// police turque trois maires": a Romance passive that opens the sentence may name its subject
/// after its agent; the first actor past the agent, in the same clause, is what was done to.
fn postposed_passive_subject(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], candidates: &mut [Candidate]) {
    if !matches!(view.lang.as_str(), "it" | "es" | "pt" | "fr") {
        return;
    }
    for c in candidates.iter_mut() {
        let opens = c.start <= 3 && !mentions.iter().any(|m| m.start < c.start);
        let awaiting = c.notes.iter().any(|n| n == "role:passive")
            && c.targets.is_empty()
            && !c.sources.is_empty()
            && c.verdict == Verdict::Dropped(no_target_reason(&c.code));
        if !opens || !awaiting {
            continue;
        }
        let agent_end = c.sources.iter().filter_map(|&m| mentions.get(m)).map(|m| m.end).max().unwrap_or(c.end).max(c.end);
        let clause_end =
            (agent_end..view.norms.len()).find(|&i| view.norms[i] == "," || view.gaps[i] == GapRule::Barrier).unwrap_or(view.norms.len());
        let Some(subject) = groups
            .iter()
            .find(|g| {
                let at = mentions[g[0]].start;
                at >= agent_end && at < clause_end && !c.sources.contains(&g[0]) && !view.is(at.saturating_sub(1), WordClass::Preposition)
            })
            .cloned()
        else {
            continue;
        };
        c.targets = subject;
        c.notes.push("role:postposed-passive-subject".into());
        c.verdict = Verdict::Kept;
    }
}

/// "Il governo ha annunciato che rilascerà i prigionieri", "Rusia afirmó que boicoteará la
/// cumbre": a reported clause with no subject of its own (a dropped subject) is the speaker's.
fn speaker_of_subjectless_clause(view: &SentenceView, mentions: &[Mention], candidates: &mut [Candidate]) {
    for k in 0..candidates.len() {
        let c = &candidates[k];
        let verbal = !c.entry.speech && !c.is_nominal();
        if !verbal || c.verdict != Verdict::Dropped("no source actor".into()) {
            continue;
        }
        let start = c.start;
        let speaker = candidates[..k].iter().rev().find(|p| p.entry.speech && !p.sources.is_empty() && p.end <= start).and_then(|p| {
            // The clause opens right after the verb ("ha annunciato ieri che"), and nothing that
            // could be its own subject stands between its complementizer and its verb.
            let that = (p.end..start).find(|&i| view.is(i, WordClass::Complementizer))?;
            let own_subject = mentions.iter().any(|m| m.start > that && m.start < start);
            let broken = (that + 1..start).any(|i| view.is_boundary(i) && !view.is(i, WordClass::Complementizer) || view.norms[i] == ",");
            (that <= p.end + 3 && start <= that + 4 && !own_subject && !broken).then(|| p.sources.clone())
        });
        let Some(speaker) = speaker else { continue };
        let c = &mut candidates[k];
        c.sources = speaker;
        c.notes.push("role:speaker-of-the-clause".into());
        c.verdict = verdict_once_sourced(c);
    }
}

/// "Arrivato a Kiev in treno, il cancelliere tedesco ha elogiato ...", "Arriving in Kyiv, the
/// chancellor praised": a participle or gerund opening the sentence has the main clause's
/// subject, named right after its comma.
fn subject_of_fronted_participle(view: &SentenceView, mentions: &[Mention], candidates: &mut [Candidate]) {
    let Some(first) = candidates.first() else { return };
    let opening = (0..first.start).all(|i| view.tokens[i].kind == TokenKind::Punct);
    let word = view.norms[first.start];
    let participle = has_ending(word, &view.endings.participle) || (view.lang == "en" && word.ends_with("ing"));
    if !opening || !participle || first.entry.noun || first.verdict != Verdict::Dropped("no source actor".into()) {
        return;
    }
    let Some(comma) =
        (first.end..view.norms.len()).find(|&i| view.norms[i] == "," || view.is_boundary(i)).filter(|&i| view.norms[i] == ",")
    else {
        return;
    };
    let main = candidates[1..].iter().find(|p| p.start > comma && !p.sources.is_empty() && p.notes.iter().any(|n| n == "role:subject"));
    let subject = main.map(|p| p.sources.clone()).filter(|s| s.iter().filter_map(|&i| mentions.get(i)).all(|m| m.start > comma));
    if let Some(subject) = subject {
        let c = &mut candidates[0];
        c.targets.retain(|t| !subject.contains(t));
        c.sources = subject;
        c.notes.push("role:fronted-participle".into());
        c.verdict = verdict_once_sourced(c);
    }
}

/// A candidate that needs a target and has none (nor a second actor of a symmetric event).
fn lacks_needed_target(c: &Candidate) -> bool {
    c.targets.is_empty() && !c.reciprocal && needs_target(c) && !c.entry.no_target
}

/// Kept, or dropped only for want of a target: a role found later may complete it.
fn awaits_target(c: &Candidate) -> bool {
    c.verdict == Verdict::Kept || c.verdict == Verdict::Dropped(no_target_reason(&c.code))
}

/// The verdict of a candidate that was dropped for want of a source and has just been given one.
fn verdict_once_sourced(c: &Candidate) -> Verdict {
    if lacks_needed_target(c) {
        Verdict::Dropped(no_target_reason(&c.code))
    } else {
        Verdict::Kept
    }
}

/// Whom the sentence's first event was done to, for object pronouns in the next sentence.
pub fn sentence_object(a: &SentenceAnalysis) -> Vec<Mention> {
    let first = a.candidates.iter().find(|c| c.verdict == Verdict::Kept && !c.targets.is_empty() && !c.entry.speech);
    first.map_or_else(Vec::new, |c| c.targets.iter().filter_map(|&i| a.actor(i).cloned()).collect())
}

/// Who the next sentence's dropped subject refers to: the sentence's first subject-like actor.
pub fn sentence_subject(a: &SentenceAnalysis) -> Vec<Mention> {
    let resolve = |idx: &[usize]| -> Vec<Mention> { idx.iter().filter_map(|&i| a.actor(i).cloned()).collect() };
    if let Some(c) = a.candidates.iter().find(|c| c.verdict == Verdict::Kept && !c.sources.is_empty() && !c.entry.speech) {
        return resolve(&c.sources);
    }
    let groups = coordinate(&a.mentions, &a.view);
    for g in &groups {
        let first = &a.mentions[g[0]];
        let last_end = a.mentions[*g.last().unwrap_or(&0)].end;
        if in_prepositional_phrase(&a.view, first.start) || first.demonym {
            continue;
        }
        if (last_end..(last_end + 3).min(a.view.norms.len()))
            .any(|i| a.view.is(i, WordClass::ClauseVerb) || a.view.is(i, WordClass::ActiveAux))
        {
            return resolve(g);
        }
    }
    Vec::new()
}
