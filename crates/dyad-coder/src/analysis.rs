//! One sentence through the coder's stages: actors, event candidates, roles, filters.
//!
//! Every candidate ends with a [`Verdict`] that says why it was kept or dropped; `dyad explain`
//! prints exactly this, so what users read is what the coder did.

use crate::actors::{coordinate, find_mentions, is_article, Mention};
use crate::dates::{find_dates, DateMention};
use crate::pairs::{self, Actors, Pair, Reporter};
use dyad_lexicon::{EventEntry, GapRule, LanguageLexicon, Ontology, WordClass};
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
    classes: Vec<u32>,
    /// Date words (leftmost-longest), for the dates stage.
    pub date_words: Vec<dyad_lexicon::Match>,
}

impl<'a> SentenceView<'a> {
    pub fn new(tokens: &'a [Token], lex: &LanguageLexicon) -> SentenceView<'a> {
        let norms: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
        let mut classes = vec![0u32; tokens.len()];
        for m in lex.words.find_all(&norms, &[]) {
            let bit = 1u32 << class_index(*lex.words.payload(m.entry));
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
                let is_quote = t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "”" | "»" | "\"" | "“" | "«");
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
        for m in &date_words {
            gaps[m.start..m.end].iter_mut().filter(|g| **g == GapRule::Counted).for_each(|g| *g = GapRule::Free);
        }
        SentenceView { tokens, lang: lex.lang.clone(), norms, gaps, classes, date_words }
    }

    /// Token `i` is a plain word: no function-word class at all.
    pub fn classes_at(&self, i: usize) -> u32 {
        self.classes.get(i).copied().unwrap_or(0)
    }

    /// Token `i` belongs to a word of `class`.
    pub fn is(&self, i: usize, class: WordClass) -> bool {
        self.classes.get(i).is_some_and(|c| c & (1 << class_index(class)) != 0)
    }

    /// Clause edges for role search. Quotes and dashes are not: scare quotes and parenthetical
    /// dashes sit inside clauses.
    fn is_boundary(&self, i: usize) -> bool {
        matches!(self.norms[i], ";" | ":" | "|" | "(" | ")" | "?" | "!") || self.is(i, WordClass::ClauseBreak)
    }
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
    /// The events it is coded as, once kept (see [`crate::pairs`]).
    pub pairs: Vec<Pair>,
    /// The reporting verb and speaker the sentence attributes it to.
    pub reported_by: Option<Reporter>,
}

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
    pub carried: Vec<Mention>,
    pub candidates: Vec<Candidate>,
    pub dates: Vec<DateMention>,
}

#[derive(Clone, Copy)]
enum Frame {
    Intent,
    Threat,
}

pub fn analyse<'a>(
    tokens: &'a [Token],
    lex: &LanguageLexicon,
    ontology: &Ontology,
    pub_date: chrono::NaiveDate,
    carry: &Carry,
) -> SentenceAnalysis<'a> {
    let view = SentenceView::new(tokens, lex);
    let mentions = find_mentions(&view, lex, pub_date);
    let groups = coordinate(&mentions, &view);
    let dates = find_dates(&view, lex, pub_date);
    let question = view.norms.last() == Some(&"?") || view.norms.iter().rev().take(3).any(|t| *t == "?");
    let lang = lex.lang.as_str();

    // Event expressions: longest first, no overlaps. An expression may span an actor inside a
    // gap ("hanno firmato a Pyongyang un trattato") but may not start on one.
    let mut found = lex.events.find_all(&view.norms, &view.gaps);
    found.sort_by_key(|m| (std::cmp::Reverse(m.end - m.start), m.start));
    let mut in_actor = vec![false; view.norms.len()];
    for m in &mentions {
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

    let group_of = |mention: usize| groups.iter().position(|g| g.contains(&mention)).unwrap_or(0);
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
            pairs: Vec::new(),
            reported_by: None,
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
        // Everything done to someone earlier in the sentence: those actors are objects here.
        let prev_targets: Vec<usize> = candidates.iter().flat_map(|p| p.targets.iter().copied()).collect();
        let prev_sources: Vec<usize> = candidates.last().map(|p| p.sources.clone()).unwrap_or_default();
        let next_trigger = triggers.get(k + 1).map_or(view.norms.len(), |t| t.start);

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
        let verb_group = clause_left.max(m.start.saturating_sub(3))..m.start;
        let announced = verb_group.clone().find(|&i| view.is(i, WordClass::Future) || (reported && view.is(i, WordClass::Hypothetical)));
        if let (Some(i), false) = (announced, c.entry.noun || question) {
            let negated = verb_group.clone().any(|j| view.is(j, WordClass::Negation));
            match map_frame(Frame::Intent, &c.code) {
                Some(code) if !negated => {
                    c.notes.push(format!("intent:{}", view.norms[i]));
                    c.code = code;
                }
                // "will recall its ambassador": an announced decision with no intent code is
                // coded as the act (CODING-CONVENTIONS 1).
                None if !negated && !reported && is_conflictual(&c.code) => c.notes.push(format!("announced:{}", view.norms[i])),
                _ => {
                    c.verdict = Verdict::Dropped(format!("announced, not done (`{}`)", view.norms[i]));
                    candidates.push(c);
                    continue;
                }
            }
        } else if let Some(reason) = filter(&view, &c, clause_left, clause_right, question) {
            c.verdict = Verdict::Dropped(reason);
            candidates.push(c);
            continue;
        }
        // Infinitives: intentions, threats, or embedded events that did not happen.
        if !c.entry.noun && m.start > 0 && view.is(m.start - 1, WordClass::InfinitiveMarker) {
            match infinitive_frame(&view, m.start - 1, clause_left, &triggers[..k], lang) {
                Ok(Some((frame, word))) => match map_frame(frame, &c.code) {
                    Some(code) => {
                        c.notes.push(format!("{}:{}", if matches!(frame, Frame::Intent) { "intent" } else { "threat" }, word));
                        c.code = code;
                        // The governing verb's own event (a bare "threatened") is subsumed.
                        if let Some(gov) = candidates.iter_mut().rev().find(|g| g.end <= m.start && g.end + 3 >= m.start) {
                            if gov.verdict == Verdict::Kept && matches!(&gov.code[..2], "03" | "13") {
                                gov.verdict = Verdict::Dropped("subsumed by the intention it governs".into());
                            }
                        }
                    }
                    // "pronti a imporre sanzioni", "ready to impose sanctions": readiness to
                    // act against someone is a threat.
                    None if is_readiness(&word) => {
                        let code = map_frame(Frame::Threat, &c.code).unwrap_or_else(|| c.code.clone());
                        c.notes.push(format!("threat:{word}"));
                        c.code = code;
                    }
                    // "ha deciso di ritirare l'ambasciatore": a decision with no intent code is
                    // coded as the act.
                    None if is_decision(&word) && is_conflictual(&c.code) => c.notes.push(format!("announced:{word}")),
                    None => {
                        c.verdict = Verdict::Dropped(format!(
                            "intended or threatened, not done (`{word}`); CAMEO has no intent code for {}",
                            c.code
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
        let after_preposition = lang == "en"
            && m.start > 0
            && view.is(m.start - 1, WordClass::Preposition)
            && !view.is(m.start - 1, WordClass::InfinitiveMarker);
        let used_as_noun = !c.entry.noun && m.start > 0 && (is_determiner(view.norms[m.start - 1], lang) || after_preposition);
        if used_as_noun {
            c.notes.push("noun-use".into());
        }
        if c.entry.noun || used_as_noun {
            nominal_roles(&view, &mentions, &groups, &mut c, clause_right.min(next_trigger.max(m.end + 1)));
            // "L'UE ha adottato un pacchetto di sanzioni contro la Russia": the object of a plain
            // verb takes the clause subject as its doer; not so after a preposition or inside
            // another event ("ha condannato l'invasione").
            let governed = triggers[..k].iter().any(|t| t.end > clause_left);
            // "one of its largest attacks", "una serie di raid": `of`/`di` quantifies, it does not govern.
            let after_preposition =
                (m.start.saturating_sub(3)..m.start).any(|i| view.is(i, WordClass::Preposition) && !view.is(i, WordClass::ComplementPrep));
            if c.sources.is_empty() && !governed && !after_preposition {
                let mut notes = Vec::new();
                let subject = find_subject(&view, &mentions, &groups, m.start, clause_left, &c.targets, &[], &Carry::default(), &mut notes);
                // Only a verb's direct object: the subject, its verb and a determiner or two.
                let close = subject
                    .as_ref()
                    .and_then(|g| g.last())
                    .and_then(|&i| mentions.get(i))
                    .is_some_and(|s| m.start <= s.end + LIGHT_VERB_REACH);
                if let (Some(s), true) = (subject, close) {
                    c.sources = s;
                    c.notes.push("role:light-verb-subject".into());
                }
            }
        } else {
            // "officials accused of", "funzionari accusati di", "10 Russian soldiers killed in
            // Ukraine": a participle right after its noun, followed by `of`/`di`/`by` or after a
            // count, is a reduced passive.
            let counted_subject =
                mentions.iter().any(|x| x.end == m.start && x.start > 0 && view.tokens[x.start - 1].kind == TokenKind::Number);
            let participle = match lang {
                "en" => view.norms[m.start].ends_with("ed"),
                _ => ["ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite"]
                    .iter()
                    .any(|e| view.norms[m.start].ends_with(e)),
            };
            let by_or_of = view.norms.get(m.start + 1).is_some_and(|n| matches!(*n, "of" | "by" | "di"));
            let reduced_passive =
                participle && mentions.iter().any(|x| x.end == m.start) && (by_or_of || (counted_subject && m.end == m.start + 1));
            let passive = reduced_passive || is_passive(&view, m.start, m.end, lang);
            let agent = passive_agent(&view, &mentions, m.end);
            let subject = find_subject(&view, &mentions, &groups, m.start, clause_left, &prev_targets, &prev_sources, carry, &mut c.notes);
            if passive || (agent.is_some() && !active_before(&view, m.start)) {
                c.notes.push("role:passive".into());
                if let Some(a) = agent {
                    c.sources = groups[group_of(a)].clone();
                }
                c.targets = subject.unwrap_or_default();
                if c.targets.is_empty() {
                    // "Il piano di pace di Zelensky è stato respinto": the subject's owner.
                    if let Some(g) = groups.iter().find(|g| {
                        let st = mentions[g[0]].start;
                        st >= clause_left && st < m.start && st > 0 && view.is(st - 1, WordClass::ComplementPrep)
                    }) {
                        c.targets = g.clone();
                        c.notes.push("role:passive-subject-owner".into());
                    }
                }
            } else {
                // "«...», ha detto il ministro" / "..., said the minister": after a comma or a
                // quote the speaker follows the reporting verb.
                let mut verb_group_start = m.start;
                while verb_group_start > 0 && is_auxiliary(&view, verb_group_start - 1) {
                    verb_group_start -= 1;
                }
                let after_quote_or_comma = verb_group_start > 0 && matches!(view.norms[verb_group_start - 1], "," | "»" | "”" | "\"" | "'");
                let postposed = c.entry.speech && after_quote_or_comma && (m.start - verb_group_start) <= 2;
                let subject = if postposed { None } else { subject };
                // A reporter stands right before the reporting verb: in "A court jailed a man for
                // helping militants, his lawyer said" the militants did not speak.
                // The actor may still qualify the reporter's head noun ("Erdogan's office said",
                // "UN human rights monitors said"), but not across a comma or a new determiner.
                let reporter_adjacent = |g: &Vec<usize>| {
                    let end = g.iter().filter_map(|&i| mentions.get(i)).map(|x| x.end).max();
                    end.is_none_or(|end| {
                        let gap = end.min(verb_group_start)..verb_group_start;
                        let opaque: Vec<usize> = gap.clone().filter(|&i| !transparent_before_verb(&view, i)).collect();
                        let breaks = gap.clone().any(|i| view.norms[i] == "," || is_determiner(view.norms[i], lang));
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
                    None if c.entry.speech && (after_quote_or_comma || opens_clause(&view, clause_left, verb_group_start)) => {
                        let speaker = |g: &&Vec<usize>| {
                            let st = mentions[g[0]].start;
                            st >= m.end && st <= m.end + 2 && !in_prepositional_phrase(&view, st) && !mentions[g[0]].place
                        };
                        if let Some(g) = groups.iter().find(speaker) {
                            c.sources = g.clone();
                            c.notes.push("role:postposed-speaker".into());
                        }
                    }
                    None => {}
                }
                if !c.entry.no_target {
                    c.targets = find_target(&view, &mentions, &groups, &c, clause_right, next_trigger);
                }
                if c.targets.is_empty() && !c.entry.no_target && object_pronoun(&view, m.start, m.end, clause_left) {
                    // "ha espulso un diplomatico, accusandolo": whom the sentence's previous event
                    // was done to; "Lo ha poi accusato": the previous sentence's.
                    let earlier = candidates.iter().rev().find(|p| p.verdict == Verdict::Kept && !p.targets.is_empty());
                    if let Some(p) = earlier {
                        c.targets = p.targets.clone();
                        c.notes.push("role:object-pronoun".into());
                    } else if !carry.object.is_empty() {
                        c.targets = (0..carry.object.len()).map(|k| mentions.len() + carry.subject.len() + k).collect();
                        c.notes.push("role:carried-object".into());
                    }
                }
                // "demanded that China lift", "ha chiesto che Israele ritiri": the addressee is
                // the subject of the demanded clause.
                if c.targets.is_empty()
                    && matches!(&c.code[..2], "02" | "10")
                    && m.end + 1 < view.norms.len()
                    && matches!(view.norms[m.end], "that" | "che")
                {
                    let mut j = m.end + 1;
                    if j < view.norms.len() && is_article(view.norms[j]) {
                        j += 1;
                    }
                    if let Some(g) = groups.iter().find(|g| mentions[g[0]].start == j) {
                        c.targets = g.clone();
                        c.notes.push("role:demanded-of".into());
                    }
                }
            }
        }
        // "Kiev e Mosca si accusano a vicenda", "accused each other"
        let mutual =
            (m.start..(m.end + 3).min(view.norms.len())).any(|i| view.is(i, WordClass::Reciprocal) && !view.is(i, WordClass::Preposition));
        if mutual && c.sources.len() == 2 {
            c.reciprocal = true;
            c.targets.clear();
            c.notes.push("role:mutual".into());
        }
        if c.sources.is_empty() && c.targets.is_empty() {
            if let Some(g) = reciprocal_group(&view, &mentions, &groups, m.start, m.end) {
                c.sources = g;
                c.reciprocal = true;
                c.notes.push("role:between".into());
            }
        } else if c.sources.len() == 2 && c.entry.reciprocal {
            // "Biden and Xi met in Bali": the coordinated subject meets itself, whatever follows.
            c.reciprocal = true;
            c.targets.clear();
        }
        // "hanno bombardato Odessa, uccidendo tre civili": the same attack told twice.
        let restated = c.notes.iter().any(|n| n == "role:shared-subject")
            && candidates.last().is_some_and(|p| p.verdict == Verdict::Kept && p.code[..2] == c.code[..2] && p.sources == c.sources);
        if restated {
            c.verdict = Verdict::Dropped("restates the previous event of the same subject".into());
        } else if c.sources.is_empty() {
            c.verdict = Verdict::Dropped("no source actor".into());
        } else if c.targets.is_empty() && !c.reciprocal && needs_target(&c.code) {
            c.verdict = Verdict::Dropped(no_target_reason(&c.code));
        } else if c.reciprocal && c.sources.len() < 2 {
            c.verdict = Verdict::Dropped("reciprocal event with one actor".into());
        }
        candidates.push(c);
    }
    // What a statement is about (CAMEO codes "X said Y ..." as X -> Y): the first actor of the
    // reported clause, of the quote before the reporting verb, or the addressee of the letter or
    // message it was said in.
    for c in candidates.iter_mut().filter(|c| c.entry.speech && c.targets.is_empty() && c.verdict == Verdict::Kept) {
        if let Some((target, rule)) = statement_topic(&view, &mentions, &groups, c) {
            c.targets = target;
            c.notes.push(rule.into());
        }
    }
    // "ha condannato l'invasione russa": a verbal reaction to a nominal event targets its doer
    // (or, failing that, whom it was done to).
    for k in 0..candidates.len() {
        if !candidates[k].targets.is_empty() || candidates[k].entry.noun || candidates[k].entry.speech || candidates[k].entry.no_target {
            continue;
        }
        let end = candidates[k].end;
        let object = candidates
            .iter()
            .skip(k + 1)
            .find(|o| o.start >= end && o.start <= end + 3 && (o.entry.noun || o.notes.iter().any(|n| n == "noun-use")));
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
    // "were struck by Turkish drones near Qamishli": force with no actor hit acts on the place.
    for c in candidates.iter_mut().filter(|c| c.verdict == Verdict::Kept || c.verdict == Verdict::Dropped(no_target_reason(&c.code))) {
        if !c.targets.is_empty() || c.reciprocal || !matches!(&c.code[..2], "18" | "19" | "20") {
            continue;
        }
        let place = mentions.iter().position(|x| x.place && x.start >= c.end && x.start < c.clause.end);
        if let Some(i) = place.filter(|i| !c.sources.contains(i)) {
            c.targets = vec![i];
            c.notes.push("role:place-hit".into());
            c.verdict = Verdict::Kept;
        }
    }
    let carried: Vec<Mention> = carry.subject.iter().chain(&carry.object).cloned().collect();
    let actors = Actors { mentions: &mentions, carried: &carried };
    for c in candidates.iter_mut().filter(|c| c.verdict == Verdict::Kept) {
        if ontology.get(&c.code).is_none() {
            c.verdict = Verdict::Dropped(format!("code {} is not in the ontology", c.code));
            continue;
        }
        pairs::resolve(c, &actors);
    }
    pairs::drop_restatements(&mut candidates);
    pairs::attribute(&mut candidates);
    SentenceAnalysis { view, mentions, carried, candidates, dates }
}

/// How far a nominal event may sit from the clause subject to be its verb's object ("L'UE ha
/// adottato il dodicesimo pacchetto di sanzioni": four tokens; "which adopted a 12th package of": six).
const LIGHT_VERB_REACH: usize = 8;

/// Material events (aid, cooperation, coercion, force) and diplomatic acts done *to* someone
/// mean nothing without a target; statements, appeals, intentions, demands, disapproval,
/// rejection, threats and protests can stand alone.
fn no_target_reason(code: &str) -> String {
    format!("no target actor, and a {} event needs one", &code[..2])
}

pub(crate) fn needs_target(code: &str) -> bool {
    matches!(&code[..2], "04" | "05" | "06" | "07" | "15" | "16" | "17" | "18" | "19" | "20")
}

fn is_determiner(norm: &str, lang: &str) -> bool {
    match lang {
        "en" => matches!(norm, "the" | "a" | "an" | "its" | "their" | "his" | "her"),
        _ => matches!(
            norm,
            "il" | "lo" | "la" | "l'" | "i" | "gli" | "le" | "un" | "uno" | "una" | "un'" | "suo" | "sua" | "suoi" | "sue" | "loro"
        ),
    }
}

/// Negation, questions, hypotheticals, purposes, denials and allegations.
fn filter(view: &SentenceView, c: &Candidate, clause_left: usize, clause_right: usize, question: bool) -> Option<String> {
    if question {
        return Some("question".into());
    }
    let near = clause_left.max(c.start.saturating_sub(4));
    if let Some(i) = (near..c.start).find(|&i| view.is(i, WordClass::Negation)) {
        return Some(format!("negated (`{}`)", view.norms[i]));
    }
    // The clause's own opening word counts ("If Iran attacks"); a nominal event is hypothetical
    // anywhere in its clause ("a blockade of Taiwan would disrupt").
    let from = clause_left.saturating_sub(1);
    let to = if c.entry.noun { clause_right } else { c.start };
    let conditional_of_report = |i: usize| is_reporters_conditional(view, i, c.start);
    if let Some(i) = (from..to).find(|&i| {
        view.is(i, WordClass::Hypothetical) && (i >= clause_left || view.is(i, WordClass::ClauseBreak)) && !conditional_of_report(i)
    }) {
        return Some(format!("hypothetical (`{}`)", view.norms[i]));
    }
    if !c.entry.noun {
        let before = c.start.saturating_sub(2);
        if let Some(i) = (before..c.start).find(|&i| view.is(i, WordClass::Purpose)) {
            return Some(format!("purpose, not a fact (`{}`)", view.norms[i]));
        }
    }
    let far = clause_left.max(c.start.saturating_sub(6));
    if let Some(i) = (far..c.start).find(|&i| view.is(i, WordClass::Denial)) {
        return Some(format!("denied or alleged (`{}`)", view.norms[i]));
    }
    None
}

/// The press's conditional of a reported fact ("sarebbero stati arrestati", "avrebbe colpito",
/// "would have been detained"): a compound conditional right before the event's participle, in a
/// sentence with no condition ("se", "if", "qualora").
fn is_reporters_conditional(view: &SentenceView, i: usize, trigger: usize) -> bool {
    let compound = matches!(view.norms[i], "sarebbe" | "sarebbero" | "avrebbe" | "avrebbero")
        || (view.norms[i] == "would" && view.norms.get(i + 1) == Some(&"have"));
    let condition = view.norms.iter().any(|n| matches!(*n, "se" | "if" | "qualora" | "unless"));
    compound && !condition && trigger > i && trigger <= i + 3 && looks_like_participle(view.norms[trigger])
}

/// What governs an infinitive: an intention, a threat, a realised construction ("il primo paese a
/// riconoscere"), or something that means it did not happen (a request, another event).
fn infinitive_frame(
    view: &SentenceView,
    marker: usize,
    clause_left: usize,
    earlier: &[dyad_lexicon::Match],
    _lang: &str,
) -> Result<Option<(Frame, String)>, String> {
    let from = clause_left.max(marker.saturating_sub(6));
    for i in (from..marker).rev() {
        let w = view.norms[i].to_string();
        if view.is(i, WordClass::RealizedBeforeInfinitive) {
            return Ok(None);
        }
        if view.is(i, WordClass::Threat) {
            return Ok(Some((Frame::Threat, w)));
        }
        if view.is(i, WordClass::Intent) {
            return Ok(Some((Frame::Intent, w)));
        }
        if view.is(i, WordClass::Request) {
            return Err(format!("content of a request (`{w}`), not a fact"));
        }
        if earlier.iter().any(|t| t.start <= i && i < t.end) {
            return Err(format!("embedded under another event (`{w}`), not a fact"));
        }
    }
    Err(format!("infinitive after `{}` with no realised frame", view.norms[marker]))
}

/// CAMEO codes for intentions (03x) and threats (13x) of a cooperative or conflictual event.
/// Codes whose announced decision CAMEO has no intention code for: reduced relations, coercion,
/// force.
fn is_conflictual(code: &str) -> bool {
    matches!(&code[..2], "16" | "17" | "18" | "19" | "20")
}

/// Words of readiness before an infinitive; in news they announce a threat when the act is
/// conflictual ("pronti a imporre sanzioni").
fn is_readiness(word: &str) -> bool {
    matches!(word, "pronto" | "pronta" | "pronti" | "pronte" | "ready" | "prepared" | "poised")
}

/// Words of a decision taken, not just wished ("ha deciso di", "decided to", "announced").
fn is_decision(word: &str) -> bool {
    matches!(word, "deciso" | "decide" | "decidono" | "decisero" | "decided" | "decides" | "annunciato" | "annuncia" | "announced")
}

fn map_frame(frame: Frame, code: &str) -> Option<String> {
    let root = &code[..2];
    let mapped = match frame {
        Frame::Intent => match (root, code) {
            ("03", _) => code,
            ("04", _) => "036",
            ("05", _) => "032",
            ("06", "061") => "0311",
            ("06", "062") => "0312",
            ("06", "063") => "0313",
            ("06", "064") => "0314",
            ("06", _) => "031",
            ("07", "071") => "0331",
            ("07", "072") => "0332",
            ("07", "073") => "0333",
            ("07", "074") => "0334",
            ("07", _) => "033",
            ("08", "081") => "0351",
            ("08", "082") => "0352",
            ("08", "084") | ("08", "0841") | ("08", "0842") => "0353",
            ("08", "085") => "0354",
            ("08", "086") => "0355",
            ("08", "087") => "0356",
            ("08", _) => "035",
            _ => return None,
        },
        Frame::Threat => match (root, code) {
            ("13", _) => code,
            ("16", "161") => "1313",
            ("16", "162") => "1311",
            ("16", "163") => "1312",
            ("16", _) => "131",
            ("14", _) => "133",
            ("17", _) => "137",
            ("19", "191") => "1381",
            ("19", "192") => "1382",
            ("18", _) => "1383",
            ("15", _) | ("19", _) => "1384",
            ("20", _) => "1385",
            _ => "130",
        },
    };
    Some(mapped.to_string())
}

fn is_passive(view: &SentenceView, start: usize, end: usize, lang: &str) -> bool {
    let from = start.saturating_sub(2);
    let strong = (from..start).any(|i| view.is(i, WordClass::PassiveAux));
    let weak = (from..start).any(|i| view.is(i, WordClass::PassiveAuxWeak));
    let by_follows = end < view.norms.len() && view.is(end, WordClass::AgentPrep);
    // English passives need a participle: not "was attacking", not "was pessimistic".
    let word = view.norms[start];
    let participle = ["ed", "en", "wn", "ne", "t", "d", "ung", "uck"].iter().any(|e| word.ends_with(e));
    if lang == "en" && (word.ends_with("ing") || !participle) {
        return false;
    }
    strong || (weak && by_follows)
}

/// Tokens that may separate a subject from its verb: dates, numbers, punctuation, auxiliaries,
/// negations and adverbs ("Russia on Wednesday also said", "Mosca ha poi detto").
fn transparent_before_verb(view: &SentenceView, i: usize) -> bool {
    let n = view.norms[i];
    view.gaps[i] == GapRule::Free
        || view.tokens[i].kind != TokenKind::Word
        // the name after a title: "Hungarian Prime Minister Viktor Orban said"
        || view.tokens[i].capitalized
        || is_auxiliary(view, i)
        || view.is(i, WordClass::Negation)
        || n.ends_with("mente")
        || n.ends_with("ly")
        || matches!(n, "poi" | "anche" | "già" | "inoltre" | "also" | "then" | "later" | "again" | "earlier" | "however")
}

/// Only clitic pronouns stand between the clause start and `at` ("Lo ha riferito").
fn opens_clause(view: &SentenceView, clause_left: usize, at: usize) -> bool {
    (clause_left..at)
        .all(|i| view.tokens[i].kind == TokenKind::Punct || matches!(view.norms[i], "lo" | "l'" | "ne" | "ci" | "gli" | "le" | "si"))
}

/// "ha", "has been", "è stato": the auxiliaries of a verb group.
/// An Italian object clitic before its verb group ("lo ha accusato", "li hanno espulsi"), not the
/// article it can also be ("la Russia ha"): an auxiliary or the verb itself follows.
fn is_object_clitic(view: &SentenceView, i: usize) -> bool {
    view.lang == "it"
        && matches!(view.norms[i], "lo" | "la" | "li" | "le" | "l'" | "gli")
        && i + 1 < view.norms.len()
        && is_auxiliary(view, i + 1)
}

/// The event's object is a pronoun: an Italian clitic before the verb group or attached to a
/// gerund or infinitive ("accusandolo", "per espellerli"), English "him"/"her" right after.
fn object_pronoun(view: &SentenceView, start: usize, end: usize, clause_left: usize) -> bool {
    match view.lang.as_str() {
        "it" => {
            let before = (clause_left.max(start.saturating_sub(3))..start)
                .any(|i| is_object_clitic(view, i) || (i + 1 == start && matches!(view.norms[i], "lo" | "la" | "li" | "le" | "l'")));
            let attached = ["ndolo", "ndola", "ndoli", "ndole", "rlo", "rla", "rli", "rle"].iter().any(|e| view.norms[start].ends_with(e));
            before || attached
        }
        _ => view.norms.get(end).is_some_and(|n| matches!(*n, "him" | "her")),
    }
}

fn is_auxiliary(view: &SentenceView, i: usize) -> bool {
    [WordClass::ActiveAux, WordClass::PassiveAux, WordClass::PassiveAuxWeak, WordClass::ClauseVerb].iter().any(|&c| view.is(i, c))
}

fn active_before(view: &SentenceView, start: usize) -> bool {
    (start.saturating_sub(3)..start).any(|i| view.is(i, WordClass::ActiveAux))
}

/// The actor after `da`/`by` right after the verb.
fn passive_agent(view: &SentenceView, mentions: &[Mention], end: usize) -> Option<usize> {
    if end >= view.norms.len() || !view.is(end, WordClass::AgentPrep) {
        return None;
    }
    let mut k = end;
    while k < view.norms.len() && view.is(k, WordClass::AgentPrep) {
        k += 1;
    }
    if k < view.norms.len() && is_article(view.norms[k]) {
        k += 1;
    }
    mentions.iter().position(|m| m.start == k)
}

fn in_prepositional_phrase(view: &SentenceView, start: usize) -> bool {
    let mut k = start;
    if k > 0 && is_article(view.norms[k - 1]) && !view.is(k - 1, WordClass::Preposition) {
        k -= 1;
    }
    // "Migliaia di manifestanti", "thousands of protesters": the preposition of a quantifier.
    let quantifier = k > 0 && view.is(k - 1, WordClass::Quantifier);
    k > 0
        && !quantifier
        && (view.is(k - 1, WordClass::Preposition) || view.is(k - 1, WordClass::AgentPrep) || view.is(k - 1, WordClass::Reciprocal))
}

#[allow(clippy::too_many_arguments)]
fn find_subject(
    view: &SentenceView,
    mentions: &[Mention],
    groups: &[Vec<usize>],
    start: usize,
    clause_left: usize,
    prev_targets: &[usize],
    prev_sources: &[usize],
    carry: &Carry,
    notes: &mut Vec<String>,
) -> Option<Vec<usize>> {
    // "Iran, which attacked Israel, condemned the US": past the relative clause, the main verb's
    // subject is the relative pronoun's antecedent, or whoever opens the main clause.
    if clause_left > 0 && view.is(clause_left - 1, WordClass::Relative) && (clause_left..start).any(|i| view.norms[i] == ",") {
        // ...unless the antecedent was itself an object ("ha colpito una scuola che ospitava
        // sfollati, uccidendo"): then the main clause's own subject.
        if let Some(g) =
            relative_antecedent(view, mentions, groups, clause_left - 1).filter(|g| !g.iter().any(|m| prev_targets.contains(m)))
        {
            notes.push("role:main-clause-subject".into());
            return Some(g);
        }
        let outer_left = (0..clause_left - 1).rev().find(|&i| view.is_boundary(i)).map_or(0, |i| i + 1);
        return find_subject(view, mentions, groups, clause_left - 1, outer_left, prev_targets, prev_sources, carry, notes);
    }
    for g in groups.iter().rev() {
        let first = &mentions[g[0]];
        let last = &mentions[*g.last()?];
        if last.end > start || first.start < clause_left {
            continue;
        }
        // The previous verb's object is not this verb's subject when the two verbs are
        // coordinated ("attacked Gaza and cut off power", "bombarded Aleppo, killing ...").
        let coordinated_after = (last.end..start).any(|i| view.is(i, WordClass::Coordination));
        let after_comma = start > 0 && view.norms[start - 1] == ",";
        let previous_object = (coordinated_after || after_comma) && g.iter().any(|m| prev_targets.contains(m));
        // "after Indian troops fired on ...", "dopo che": a clause-opening word that is also a
        // preposition introduces a clause whose subject this is.
        let opens_own_clause = first.start == clause_left || (first.start == clause_left + 1 && is_article(view.norms[clause_left]));
        if (in_prepositional_phrase(view, first.start) && !opens_own_clause) || previous_object || g.iter().any(|m| mentions[*m].place) {
            continue;
        }
        // A bare demonym names the subject when it stands alone ("i russi"), is counted
        // ("migliaia di georgiani") or qualifies the noun that opens the clause ("Un missile
        // russo ha colpito"), not inside an object.
        if first.demonym && g.len() == 1 && first.start > clause_left && !is_article(view.norms[first.start - 1]) {
            let noun_opening = first.start >= 2
                && first.start - 2 >= clause_left
                && is_article(view.norms[first.start - 2])
                && view.classes_at(first.start - 1) == 0;
            // "Migliaia di georgiani", "thousands of Israelis": people counted.
            let counted = view.is(first.start - 1, WordClass::Quantifier);
            if !noun_opening && !counted {
                continue;
            }
        }
        // "i due ministri", "the two leaders": a plural agent standing for a pair named earlier.
        if g.len() == 1 && first.country.is_none() && first.start > 0 && view.is(first.start - 1, WordClass::Pair) {
            if let Some(pair) = groups.iter().find(|p| p.len() >= 2 && mentions[*p.last().unwrap_or(&0)].end <= first.start) {
                notes.push("role:pair-anaphor".into());
                return Some(pair.clone());
            }
        }
        notes.push("role:subject".into());
        return Some(g.clone());
    }
    // "the militants, who attacked": the antecedent of a relative pronoun.
    if clause_left > 0 && view.is(clause_left - 1, WordClass::Relative) {
        if let Some(g) = relative_antecedent(view, mentions, groups, clause_left - 1) {
            notes.push("role:relative-antecedent".into());
            return Some(g);
        }
        // "a resolution that demanded ...": the antecedent is not an actor.
        return None;
    }
    // Coordinated verbs and dropped subjects: a clause that starts with its verb.
    // An object clitic before the verb group ("Lo ha poi accusato") does not open a clause.
    let head: Vec<usize> = (clause_left..start).filter(|&i| view.tokens[i].kind == TokenKind::Word && !is_object_clitic(view, i)).collect();
    // A subject pronoun ("he visited", "said it would send") stands for the last subject.
    let pronoun_first = head.first().is_some_and(|&i| view.is(i, WordClass::Pronoun));
    let verb_first = pronoun_first
        || head.first().is_some_and(|&i| view.is(i, WordClass::ClauseVerb) || view.is(i, WordClass::Coordination))
        || head.is_empty();
    if verb_first && !prev_sources.is_empty() {
        notes.push("role:shared-subject".into());
        return Some(prev_sources.to_vec());
    }
    // "La Commissione non ha imposto sanzioni, ma ha chiesto a Mosca...": the sentence's subject.
    if verb_first && clause_left > 0 {
        let earlier = groups.iter().find(|g| {
            let first = &mentions[g[0]];
            first.start < clause_left && !in_prepositional_phrase(view, first.start) && !first.place && !first.demonym
        });
        if let Some(g) = earlier {
            notes.push("role:sentence-subject".into());
            return Some(g.clone());
        }
    }
    if verb_first
        && head.first().is_some_and(|&i| view.is(i, WordClass::ClauseVerb) || view.is(i, WordClass::Pronoun))
        && !carry.subject.is_empty()
    {
        notes.push("role:carried-subject".into());
        return Some((0..carry.subject.len()).map(|k| mentions.len() + k).collect());
    }
    None
}

fn statement_topic(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], c: &Candidate) -> Option<(Vec<usize>, &'static str)> {
    let usable = |g: &&Vec<usize>| !g.iter().any(|m| c.sources.contains(m)) && !mentions[g[0]].place;
    // "ha affermato che ...", "said that ...", "said NATO would ..."
    let after = c.end + usize::from(view.norms.get(c.end).is_some_and(|_| view.is(c.end, WordClass::Relative)));
    if let Some(g) = groups.iter().filter(usable).find(|g| mentions[g[0]].start >= after && mentions[g[0]].start <= after + 1) {
        return Some((g.clone(), "role:statement-subject"));
    }
    if after > c.end {
        if let Some(g) = groups.iter().filter(usable).find(|g| mentions[g[0]].start > c.end) {
            return Some((g.clone(), "role:statement-topic"));
        }
    }
    // "Russia attacked Moldova, the Romanian minister said": the clause before the speaker.
    let speaker_start = c.sources.iter().filter_map(|&i| mentions.get(i)).map(|m| m.start).min().unwrap_or(c.start);
    let after_comma = |at: usize| {
        let mut k = at;
        if k > 0 && is_article(view.norms[k - 1]) {
            k -= 1;
        }
        k > 0 && view.norms[k - 1] == ","
    };
    let postposed = c.notes.iter().any(|n| n == "role:postposed-speaker");
    if postposed || (speaker_start < c.start && after_comma(speaker_start)) {
        let comma = (0..speaker_start.min(c.start)).rev().find(|&i| view.norms[i] == ",");
        if let Some(comma) = comma {
            if let Some(g) = groups.iter().filter(usable).find(|g| mentions[*g.last().unwrap_or(&0)].end <= comma) {
                return Some((g.clone(), "role:reported-clause-topic"));
            }
        }
    }
    // «...», ha detto X: the quote before the verb.
    let quote_end = (0..c.start).rev().find(|&i| matches!(view.norms[i], "»" | "”" | "\""));
    if let Some(qe) = quote_end {
        let qs = (0..qe).rev().find(|&i| matches!(view.norms[i], "«" | "“" | "\"")).unwrap_or(0);
        if let Some(g) = groups.iter().filter(usable).find(|g| mentions[g[0]].start > qs && mentions[g[0]].start < qe) {
            return Some((g.clone(), "role:quote-topic"));
        }
    }
    // "In un messaggio al premier giapponese, Modi ha scritto", "In a letter to the UN, ..."
    for i in 0..c.start {
        if view.is(i, WordClass::AddressedMessage) {
            let mut j = i + 1;
            while j < c.start && j <= i + 3 && !groups.iter().any(|g| mentions[g[0]].start == j) {
                j += 1;
            }
            let addressed = (i + 1..j).any(|k| matches!(view.norms[k], "a" | "al" | "alla" | "ai" | "all'" | "to"));
            if let Some(g) = groups.iter().filter(usable).find(|g| mentions[g[0]].start == j) {
                if addressed {
                    return Some((g.clone(), "role:message-addressee"));
                }
            }
        }
    }
    None
}

/// "in Pyongyang", "at the UN", "a Mosca": a place where it happened, not a target.
fn is_locative(view: &SentenceView, start: usize) -> bool {
    let mut k = start;
    if k > 0 && is_article(view.norms[k - 1]) {
        k -= 1;
    }
    k > 0 && matches!(view.norms[k - 1], "in" | "at" | "near" | "inside" | "outside" | "nel" | "nella" | "nello" | "presso")
}

/// The actor right before a relative pronoun at `pronoun` (commas skipped), unless it sits in a
/// prepositional phrase ("la risoluzione del Consiglio, che ...").
fn relative_antecedent(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], pronoun: usize) -> Option<Vec<usize>> {
    let mut k = pronoun;
    while k > 0 && (view.is(k - 1, WordClass::Relative) || view.norms[k - 1] == ",") {
        k -= 1;
    }
    groups.iter().find(|g| mentions[*g.last().unwrap_or(&0)].end == k && !in_prepositional_phrase(view, mentions[g[0]].start)).cloned()
}

fn find_target(
    view: &SentenceView,
    mentions: &[Mention],
    groups: &[Vec<usize>],
    c: &Candidate,
    clause_right: usize,
    next_trigger: usize,
) -> Vec<usize> {
    let limit = clause_right.min(c.end + 10);
    for g in groups {
        let first = &mentions[g[0]];
        // An actor inside the expression's gap counts: "promesso all'Ucraina nuovi aiuti".
        if first.start <= c.start || first.start >= limit {
            continue;
        }
        // A preposition that belongs to the expression ("fired rockets at") introduces the target.
        let own_preposition = first.start == c.end && c.end > c.start + 1;
        // For a material act the place is what is acted on ("bombed targets in Syria", "sent
        // troops into Ukraine"); for a verbal or diplomatic one it is only where it was said.
        let place_is_target =
            matches!(&c.code[..2], "06" | "07" | "08" | "14" | "15" | "16" | "17" | "18" | "19" | "20") || c.code == "042";
        if c.sources.contains(&g[0]) || (is_locative(view, first.start) && !own_preposition && !place_is_target) {
            continue;
        }
        // "hanno discusso di migranti", "talked about refugees": a topic, not a target.
        let topic = first.country.is_none()
            && !first.code.starts_with("IGO")
            && first.start > 0
            && matches!(view.norms[first.start - 1], "di" | "about" | "su" | "sui" | "sulle" | "sul" | "on" | "over")
            && !view.is(first.start - 1, WordClass::Quantifier);
        if topic {
            continue;
        }
        // "ha ricevuto a Palazzo Chigi il presidente ucraino": the host's own seat is a place.
        let own_country = c.sources.iter().filter_map(|&s| mentions.get(s)).any(|s| s.country.is_some() && s.country == first.country);
        if own_country && (first.agent.is_none() || g.len() == 1 && first.place) {
            continue;
        }
        // Meetings happen "a Riad", "in Bali": for symmetric events those are places too.
        if c.entry.reciprocal && first.start > 0 && matches!(view.norms[first.start - 1], "a" | "ad" | "at") {
            continue;
        }
        // Past the next event's words the actor belongs to that event.
        if first.start > next_trigger {
            break;
        }
        let between = c.end.min(first.start)..first.start;
        if between
            .clone()
            .any(|i| view.is(i, WordClass::Purpose) || view.is(i, WordClass::AgentPrep) && !view.is(i, WordClass::Preposition))
        {
            break;
        }
        if c.entry.speech {
            // A reporting verb's target is only who it was said to.
            let to = between.clone().next().is_some_and(|i| {
                view.is(i, WordClass::Preposition)
                    && matches!(view.norms[i], "a" | "al" | "alla" | "ai" | "agli" | "alle" | "all'" | "allo" | "to")
            });
            if to && between.len() <= 3 {
                return g.clone();
            }
            return vec![];
        }
        // "ha schierato truppe al confine con l'Ucraina", "recalled its ambassador from Paris":
        // the expression's own country-less agent is the source's; the place that follows is
        // the target.
        if first.start < c.end && first.country.is_none() && first.code.starts_with("---") {
            let later = groups.iter().find(|h| {
                let st = mentions[h[0]].start;
                st >= c.end && st < limit && st <= next_trigger && mentions[h[0]].country.is_some()
            });
            if let Some(h) = later {
                return h.clone();
            }
        }
        return g.clone();
    }
    vec![]
}

/// Nominal events: "l'invasione russa dell'Ucraina", "Russia's invasion of Ukraine",
/// "the bombing of Gaza by Israel", "sanzioni dell'ONU contro la Corea del Nord".
fn nominal_roles(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], c: &mut Candidate, limit: usize) {
    let group_starting = |pos: usize| groups.iter().find(|g| mentions[g[0]].start == pos).cloned();
    let group_ending = |pos: usize| groups.iter().find(|g| mentions[*g.last().unwrap_or(&0)].end == pos).cloned();
    let mut adjective = group_starting(c.end).filter(|g| mentions[g[0]].demonym);
    // "l'espulsione di dieci diplomatici russi", "the expulsion of two Russian diplomats": past
    // the expression's own `di`/`of`, a demonym qualifies the object, not the doer.
    let object_in_expression = (c.start + 1..c.end).any(|i| view.is(i, WordClass::ComplementPrep));
    let object_demonym = if object_in_expression { adjective.take() } else { None };
    if adjective.is_none() && c.start > 0 && object_demonym.is_none() {
        // "the Russian invasion", "Russia's invasion"
        let mut k = c.start;
        if k > 0 && view.is(k - 1, WordClass::Possessive) {
            k -= 1;
        }
        adjective = group_ending(k);
    }
    let mut complement = None;
    let mut against = None;
    let mut agent = None;
    let right_after = adjective.as_ref().or(object_demonym.as_ref()).filter(|g| mentions[g[0]].start == c.end);
    let mut k = right_after.map_or(c.end, |g| mentions[*g.last().unwrap_or(&0)].end);
    // A pattern that ends in its preposition ("invasione dell'", "attack on") has the complement next.
    let last = c.end - 1;
    if k == c.end && c.end > c.start + 1 && (view.is(last, WordClass::ComplementPrep) || view.is(last, WordClass::AgentPrep)) {
        let mut j = c.end;
        if j < view.norms.len() && is_article(view.norms[j]) {
            j += 1;
        }
        if let Some(g) = group_starting(j) {
            let end = mentions[*g.last().unwrap_or(&0)].end;
            if is_against_prep(view.norms[last]) {
                against = Some(g);
            } else if view.is(last, WordClass::AgentPrep) && !view.is(last, WordClass::ComplementPrep) {
                agent = Some(g);
            } else {
                complement = Some(g);
            }
            k = end;
        }
    }
    while k < limit.min(view.norms.len()) {
        // "decisa da Parigi", "espressa dalla Nato", "was launched by the armed wing of Hamas":
        // a participle (and its auxiliary) between the noun and its agent.
        let mut p = k;
        while p < k + 2 && p + 1 < view.norms.len() && (view.is(p, WordClass::PassiveAux) || view.is(p, WordClass::PassiveAuxWeak)) {
            p += 1;
        }
        let after_participle = looks_like_participle(view.norms[p]) && view.is(p + 1, WordClass::AgentPrep);
        if after_participle {
            k = p + 1;
        }
        let is_against = is_against_prep(view.norms[k]);
        let is_agent = view.is(k, WordClass::AgentPrep)
            && (after_participle || view.norms[k] == "by" || view.norms[k] == "da" || view.norms.get(k + 1) == Some(&"parte"));
        let is_of = view.is(k, WordClass::ComplementPrep);
        if !(is_against || is_agent || is_of) {
            break;
        }
        let mut j = k;
        while j < view.norms.len()
            && (view.is(j, WordClass::ComplementPrep) || view.is(j, WordClass::AgentPrep) || view.is(j, WordClass::Preposition))
            && j < k + 4
        {
            j += 1;
        }
        if j < view.norms.len() && is_article(view.norms[j]) {
            j += 1;
        }
        // "by the armed wing of Hamas", "dal braccio armato di Hamas": a part of an actor acts for it.
        let part_of = || {
            (j + 1..(j + 4).min(view.norms.len()))
                .find(|&o| {
                    view.is(o, WordClass::ComplementPrep)
                        && (j..o).all(|w| view.classes_at(w) == 0 && !mentions.iter().any(|x| x.start <= w && w < x.end))
                })
                .and_then(|o| group_starting(o + 1 + usize::from(view.norms.get(o + 1).is_some_and(|n| is_article(n)))))
        };
        let Some(g) = group_starting(j).or_else(|| if is_agent { part_of() } else { None }) else { break };
        let mut end = mentions[*g.last().unwrap_or(&0)].end;
        if is_agent {
            // "dalla Nato e dall'Ue", "by France and by Germany": the preposition repeated.
            let mut g = g;
            while end + 1 < view.norms.len() && view.is(end, WordClass::Coordination) && view.is(end + 1, WordClass::AgentPrep) {
                let next = end + 2 + usize::from(view.norms.get(end + 2).is_some_and(|n| is_article(n)));
                let Some(h) = group_starting(next) else { break };
                end = mentions[*h.last().unwrap_or(&0)].end;
                g.extend(h);
            }
            agent = Some(g);
        } else if is_against {
            against = Some(g);
        } else if complement.is_none() {
            complement = Some(g);
        }
        k = end;
    }
    let (source, target) =
        // With an adjective or a `by` agent naming the doer, a `di`/`of` complement is the target
        // whatever the entry says ("l'invasione russa dell'Ucraina").
        if c.entry.of_is_source && agent.is_none() && adjective.is_none() { (complement, against.or(object_demonym)) } else { (agent.or(adjective), against.or(complement).or(object_demonym)) };
    c.notes.push("role:nominal".into());
    c.sources = source.unwrap_or_default();
    c.targets = target.unwrap_or_default();
    if c.sources == c.targets {
        c.targets.clear();
    }
}

/// Prepositions that introduce the target of a hostile nominal event ("sanctions on", "contro").
/// A past participle by its ending, in either language ("decisa", "espressi", "launched").
fn looks_like_participle(norm: &str) -> bool {
    norm.len() > 4
        && (norm.ends_with("ed")
            || [
                "ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite", "essa", "esso", "essi", "esse", "isa",
                "iso", "isi", "ise",
            ]
            .iter()
            .any(|e| norm.ends_with(e)))
}

fn is_against_prep(norm: &str) -> bool {
    matches!(norm, "contro" | "against" | "on" | "upon" | "su" | "sul" | "sulla" | "sui" | "sulle" | "sull'" | "nei")
}

/// "tra il presidente russo e il leader nordcoreano", "between Russia and China".
/// Two or more coordinated actors introduced by "between"/"tra" before the event ("between A
/// and B, talks ...") or right after its words ("talks between A and B").
fn reciprocal_group(view: &SentenceView, mentions: &[Mention], groups: &[Vec<usize>], start: usize, end: usize) -> Option<Vec<usize>> {
    groups
        .iter()
        .filter(|g| g.len() >= 2 && (mentions[g[0]].start < start || (mentions[g[0]].start >= end && mentions[g[0]].start <= end + 2)))
        .find(|g| {
            let s = mentions[g[0]].start;
            (s.saturating_sub(2)..s).any(|i| view.is(i, WordClass::Reciprocal))
        })
        .cloned()
}

/// Who the next sentence's dropped subject refers to: the sentence's first subject-like actor.
/// Whom the sentence's first event was done to, for object pronouns in the next sentence.
pub fn sentence_object(a: &SentenceAnalysis) -> Vec<Mention> {
    let first = a.candidates.iter().find(|c| c.verdict == Verdict::Kept && !c.targets.is_empty() && !c.entry.speech);
    first.map_or_else(Vec::new, |c| {
        c.targets.iter().filter_map(|&i| a.mentions.get(i).or_else(|| a.carried.get(i - a.mentions.len())).cloned()).collect()
    })
}

pub fn sentence_subject(a: &SentenceAnalysis) -> Vec<Mention> {
    let resolve = |idx: &[usize]| -> Vec<Mention> {
        idx.iter().filter_map(|&i| a.mentions.get(i).or_else(|| a.carried.get(i - a.mentions.len())).cloned()).collect()
    };
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
